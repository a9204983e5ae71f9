#include "ledgerurl.h"

#include <QUrl>

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString decoded(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

bool parseMySql(QStringView rest, LedgerUrl &out, QString *error)
{
    // user@host[:port]/database[?socket=/path]
    QStringView query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0)
        return fail(
            error, LedgerUrl::tr("The MySQL ledger URL names no database: use mysql://user@host:port/database."));
    const QStringView authority = rest.left(slash);
    out.database = decoded(rest.mid(slash + 1));
    if (out.database.isEmpty() || out.database.contains(u'/'))
        return fail(error,
            LedgerUrl::tr("The MySQL ledger URL names no single database: use mysql://user@host:port/database."));

    const qsizetype at = authority.lastIndexOf(u'@');
    if (at < 0)
        return fail(error, LedgerUrl::tr("The MySQL ledger URL names no user: use mysql://user@host:port/database."));
    const QStringView userInfo = authority.left(at);
    if (userInfo.contains(u':')) {
        return fail(error,
            LedgerUrl::tr("The ledger URL must not contain a password. Set the environment variable "
                          "PAYRECON_LEDGER_PASSWORD instead, so the password stays out of shell history and logs."));
    }
    out.user = decoded(userInfo);
    if (out.user.isEmpty())
        return fail(error, LedgerUrl::tr("The MySQL ledger URL names no user: use mysql://user@host:port/database."));

    const QStringView hostPort = authority.mid(at + 1);
    QStringView portText;
    bool hasPort = false;
    if (hostPort.startsWith(u'[')) { // IPv6 literal: [::1]:3306
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return fail(error, LedgerUrl::tr("The MySQL ledger URL has an unterminated IPv6 address."));
        out.host = hostPort.mid(1, close - 1).toString();
        const QStringView after = hostPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return fail(error, LedgerUrl::tr("The MySQL ledger URL has text after the IPv6 address."));
        hasPort = !after.isEmpty();
        portText = after.mid(hasPort ? 1 : 0);
    } else if (const qsizetype colon = hostPort.lastIndexOf(u':'); colon >= 0) {
        out.host = hostPort.left(colon).toString();
        portText = hostPort.mid(colon + 1);
        hasPort = true;
    } else {
        out.host = hostPort.toString();
    }
    if (out.host.isEmpty())
        return fail(error, LedgerUrl::tr("The MySQL ledger URL names no host: use mysql://user@host:port/database."));
    if (hasPort) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(error, LedgerUrl::tr("The MySQL ledger URL has an invalid port \"%1\".").arg(portText));
        out.port = port;
    }

    if (!query.isEmpty()) {
        for (QStringView item : query.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = item.indexOf(u'=');
            const QStringView key = eq < 0 ? item : item.left(eq);
            const QString value = eq < 0 ? QString() : decoded(item.mid(eq + 1));
            // An unknown option is an error, not ignored: a typo must not silently connect somewhere else.
            if (key != u"socket")
                return fail(error,
                    LedgerUrl::tr("The MySQL ledger URL has an unknown option \"%1\"; only socket= is known.")
                        .arg(key));
            if (!value.startsWith(u'/'))
                return fail(error, LedgerUrl::tr("The socket= option of the ledger URL needs an absolute path."));
            out.socket = value;
        }
    }
    return true;
}
} // namespace

std::optional<LedgerUrl> LedgerUrl::parse(const QString &url, QString *error)
{
    const QString text = url.trimmed();
    LedgerUrl out;
    static constexpr QLatin1String sqliteScheme("sqlite://");
    static constexpr QLatin1String mysqlScheme("mysql://");
    if (text.startsWith(sqliteScheme, Qt::CaseInsensitive)) {
        out.driver = Driver::Sqlite;
        // sqlite:///abs/path keeps its leading slash; sqlite://relative/path stays relative. Paths are taken
        // as written (no percent-decoding) because a file name may legitimately contain '%'.
        out.path = text.mid(sqliteScheme.size());
        if (out.path.isEmpty()) {
            fail(error, tr("The SQLite ledger URL names no file: use sqlite:///absolute/path.db."));
            return std::nullopt;
        }
        return out;
    }
    if (text.startsWith(mysqlScheme, Qt::CaseInsensitive)) {
        out.driver = Driver::MySql;
        if (!parseMySql(QStringView(text).mid(mysqlScheme.size()), out, error))
            return std::nullopt;
        return out;
    }
    fail(error,
        tr("Unknown ledger URL \"%1\": use sqlite:///path/ledger.db or mysql://user@host:port/database.")
            .arg(text.section(u'@', -1))); // the part after '@' cannot hold a password
    return std::nullopt;
}

QString LedgerUrl::redacted() const
{
    if (driver == Driver::Sqlite)
        return QStringLiteral("sqlite://") + path;
    QString hostPart = host.contains(u':') ? u'[' + host + u']' : host;
    QString out = QStringLiteral("mysql://") + QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@' + hostPart + u':'
        + QString::number(port) + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(database));
    if (!socket.isEmpty())
        out += QStringLiteral("?socket=") + socket;
    return out;
}
