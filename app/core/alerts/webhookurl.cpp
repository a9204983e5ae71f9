#include "webhookurl.h"

#include <QHostAddress>
#include <QUrlQuery>

namespace {
bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

bool WebhookUrl::isValid(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("WebhookUrl", "No Discord webhook URL is configured."));
    if (!url.isValid() || url.host().isEmpty())
        return fail(QCoreApplication::translate("WebhookUrl", "The Discord webhook URL is not a valid URL."));
    if (!url.userInfo().isEmpty())
        return fail(QCoreApplication::translate("WebhookUrl", "The Discord webhook URL must not contain a user name."));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return true;
    if (scheme == u"http" && isLoopback(url.host()))
        return true;
    if (scheme == u"http")
        return fail(QCoreApplication::translate("WebhookUrl",
            "The Discord webhook URL must start with https:// (plain http:// is allowed only to 127.0.0.1, "
            "localhost or [::1])."));
    return fail(QCoreApplication::translate("WebhookUrl", "The Discord webhook URL must start with https://."));
}

QString WebhookUrl::masked(const QString &text)
{
    const QUrl url(text.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("****");
    QString hostPart = url.host(QUrl::FullyEncoded);
    if (hostPart.contains(u':'))
        hostPart = u'[' + hostPart + u']';
    if (url.port() > 0)
        hostPart += u':' + QString::number(url.port());
    const QString base = url.scheme() + QStringLiteral("://") + hostPart;
    // /api/webhooks/<id>/<token>: the id's first four digits identify it to the user, the token never shows.
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    const qsizetype at = parts.indexOf(QStringLiteral("webhooks"));
    if (at >= 0 && at + 1 < parts.size()) {
        const QString id = parts.at(at + 1);
        const QString shownId = id.size() > 4 ? id.left(4) + QStringLiteral("…") : id;
        return base + u'/' + parts.mid(0, at + 1).join(u'/') + u'/' + shownId + QStringLiteral("/****");
    }
    return base + QStringLiteral("/****");
}

QUrl WebhookUrl::executeUrl(const QString &text)
{
    QUrl url(text.trimmed());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("wait"));
    query.addQueryItem(QStringLiteral("wait"), QStringLiteral("true"));
    url.setQuery(query);
    return url;
}
