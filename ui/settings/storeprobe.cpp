#include "settings/storeprobe.h"

#include "ledger/ledgerurl.h"
#include "store/localstore.h"
#include "store/storelocation.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("payrecon-store-probe-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Removes the connection when the probe returns, whatever path it took.
struct ConnectionGuard
{
    QString name;
    ~ConnectionGuard()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QString componentsText(QSqlQuery &query)
{
    QStringList parts;
    while (query.next())
        parts << QStringLiteral("%1 v%2").arg(query.value(0).toString()).arg(query.value(1).toInt());
    return parts.join(QStringLiteral(", "));
}
} // namespace

void StoreProbe::probe(const StoreLocation &store)
{
    const QString &location = store.location;
    QString message;
    bool ok = false;
    if (!location.contains(QLatin1String("://"))) {
        ok = probeSqlite(location, &message);
    } else if (location.startsWith(QLatin1String("sqlite://"), Qt::CaseInsensitive)) {
        ok = probeSqlite(location.mid(9), &message);
    } else {
        ok = probeMySql(location, store.password, &message);
    }
    emit finished(ok, message);
}

bool StoreProbe::probeSqlite(const QString &file, QString *message)
{
    const QString shown = QDir::toNativeSeparators(file);
    if (!QFileInfo::exists(file)) {
        *message = tr("%1 does not exist yet; PayRecon creates it and its tables on the next start.").arg(shown);
        return true;
    }
    const ConnectionGuard guard { nextConnectionName() };
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), guard.name);
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *message = tr("Cannot open %1: %2").arg(shown, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT component, version FROM schema_versions ORDER BY component"))) {
        *message = tr("%1 holds no PayRecon tables yet; they are created on the next start.").arg(shown);
        return true;
    }
    const QString components = componentsText(query);
    *message = components.isEmpty()
        ? tr("%1 holds no PayRecon tables yet; they are created on the next start.").arg(shown)
        : tr("SQLite file %1. PayRecon's tables are there: %2.").arg(shown, components);
    return true;
}

bool StoreProbe::probeMySql(const QString &location, const QString &password, QString *message)
{
    QString error;
    const std::optional<LedgerUrl> url = LedgerUrl::parse(location, &error);
    if (!url) {
        *message = error;
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL"))) {
        *message = tr("The Qt SQL driver QMYSQL is not installed (package libqt6sql6-mysql).");
        return false;
    }
    const QString where = url->redacted();
    const ConnectionGuard guard { nextConnectionName() };
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), guard.name);
    db.setHostName(url->host);
    db.setPort(url->port);
    db.setDatabaseName(url->database);
    db.setUserName(url->user);
    db.setPassword(password);
    // Short timeouts: closing the dialog waits for a probe under way (StoreDialog's destructor).
    QString options = QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10;MYSQL_OPT_READ_TIMEOUT=10");
    if (!url->socket.isEmpty())
        options += QStringLiteral(";UNIX_SOCKET=") + url->socket;
    db.setConnectOptions(options);
    if (!db.open()) {
        const QSqlError e = db.lastError();
        const QString code = e.nativeErrorCode();
        // The server's own words follow; the first sentence names the cause in the user's terms.
        QString cause;
        if (code == u"1045")
            cause = tr("The user name or the password is wrong.");
        else if (code == u"1049")
            cause = tr("The database \"%1\" does not exist on that server.").arg(url->database);
        else if (code == u"1044")
            cause = tr("The user \"%1\" may not use the database \"%2\".").arg(url->user, url->database);
        else if (code == u"2002" || code == u"2003" || code == u"2005" || code == u"2013")
            cause = tr("The server cannot be reached (host, port or socket, or a firewall).");
        else
            cause = tr("The server refused the connection.");
        *message = tr("%1 Cannot open %2: %3").arg(cause, where, e.text());
        return false;
    }
    QSqlQuery query(db);
    const QString version
        = query.exec(QStringLiteral("SELECT VERSION()")) && query.next() ? query.value(0).toString() : QString();
    const QString server = version.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive)
        ? tr("MariaDB %1").arg(version.section(u'-', 0, 0))
        : tr("MySQL %1").arg(version);
    const bool hasTable = query.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                                                    "table_schema = DATABASE() AND table_name = "
                                                    "'payrecon_schema_versions'"))
        && query.next() && query.value(0).toInt() > 0;
    QString components;
    if (hasTable) {
        if (!query.exec(QStringLiteral("SELECT component, version FROM payrecon_schema_versions ORDER BY component"))) {
            *message = tr("Connected to %1 at %2, but cannot read payrecon_schema_versions: %3")
                           .arg(server, where, query.lastError().text());
            return false;
        }
        components = componentsText(query);
    }
    *message = components.isEmpty()
        ? tr("Connected to %1 at %2. PayRecon's tables are not there yet; they are created on the next start "
             "(the user needs CREATE, ALTER, INDEX, INSERT, UPDATE, SELECT and TRIGGER on the database).")
              .arg(server, where)
        : tr("Connected to %1 at %2. PayRecon's tables are there: %3.").arg(server, where, components);
    return true;
}
