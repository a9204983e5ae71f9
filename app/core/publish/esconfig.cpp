#include "esconfig.h"

#include "store/secretresolver.h"
#include "store/secretstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace {
QString env(const char *name)
{
    return qEnvironmentVariable(name).trimmed();
}
} // namespace

QList<QUrl> EsConfig::parseNodes(const QString &commaSeparated, QString *user, QString *password)
{
    QList<QUrl> nodes;
    const QStringList parts = commaSeparated.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString text = part.trimmed();
        if (text.isEmpty())
            continue;
        QUrl url(text, QUrl::StrictMode);
        if (!url.userName().isEmpty() && user && user->isEmpty()) {
            *user = url.userName(QUrl::FullyDecoded);
            if (password)
                *password = url.password(QUrl::FullyDecoded);
        }
        // Credentials never stay inside a URL: URLs end up in messages and logs.
        url.setUserInfo(QString());
        nodes << url;
    }
    return nodes;
}

EsConfig EsConfig::load(QSettings &settings, SecretResolver *secrets)
{
    EsConfig c;
    settings.beginGroup(QStringLiteral("elasticsearch"));
    const QVariant urls = settings.value(QStringLiteral("urls"));
    const QString urlText = urls.typeId() == QMetaType::QStringList ? urls.toStringList().join(u',') : urls.toString();
    c.user = settings.value(QStringLiteral("user")).toString();
    c.password = settings.value(QStringLiteral("password")).toString();
    c.nodes = parseNodes(urlText, &c.user, &c.password);
    c.apiKey = settings.value(QStringLiteral("api_key")).toString();
    c.caFile = settings.value(QStringLiteral("ca_file")).toString();
    c.verifiedIndex = settings.value(QStringLiteral("verified_index"), c.verifiedIndex).toString();
    c.mismatchIndex = settings.value(QStringLiteral("mismatch_index"), c.mismatchIndex).toString();
    c.bulkMaxBytes = settings.value(QStringLiteral("bulk_max_bytes"), c.bulkMaxBytes).toLongLong();
    c.bulkMaxDocs = settings.value(QStringLiteral("bulk_max_docs"), c.bulkMaxDocs).toInt();
    c.timeoutMs = settings.value(QStringLiteral("timeout_ms"), c.timeoutMs).toInt();
    c.maxAttempts = settings.value(QStringLiteral("max_attempts"), c.maxAttempts).toInt();
    settings.endGroup();
    if (secrets) {
        // Only what the keychain holds: the environment is applied next, the settings file was read above.
        const SecretResolver::Resolved password = secrets->resolve(QLatin1String(SecretStore::EsPasswordKey));
        if (password.origin == SecretOrigin::Keychain)
            c.password = password.value;
        const SecretResolver::Resolved apiKey = secrets->resolve(QLatin1String(SecretStore::EsApiKeyKey));
        if (apiKey.origin == SecretOrigin::Keychain)
            c.apiKey = apiKey.value;
    }
    c.applyEnvironment();
    return c;
}

void EsConfig::applyEnvironment()
{
    const QString urls = env("PAYRECON_ES_URL");
    if (!urls.isEmpty()) {
        QString urlUser;
        QString urlPassword;
        nodes = parseNodes(urls, &urlUser, &urlPassword);
        if (!urlUser.isEmpty()) {
            user = urlUser;
            password = urlPassword;
        }
    }
    if (!env("PAYRECON_ES_USER").isEmpty())
        user = env("PAYRECON_ES_USER");
    // Not trimmed: a password may legitimately end in a space.
    if (qEnvironmentVariableIsSet("PAYRECON_ES_PASSWORD"))
        password = qEnvironmentVariable("PAYRECON_ES_PASSWORD");
    if (!env("PAYRECON_ES_API_KEY").isEmpty())
        apiKey = env("PAYRECON_ES_API_KEY");
    if (!env("PAYRECON_ES_CA_FILE").isEmpty())
        caFile = env("PAYRECON_ES_CA_FILE");
}

void EsConfig::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("elasticsearch"));
    QStringList urls;
    for (const QUrl &u : nodes)
        urls << u.toString();
    settings.setValue(QStringLiteral("urls"), urls.join(QStringLiteral(", ")));
    settings.setValue(QStringLiteral("user"), user);
    settings.setValue(QStringLiteral("ca_file"), caFile);
    settings.setValue(QStringLiteral("verified_index"), verifiedIndex);
    settings.setValue(QStringLiteral("mismatch_index"), mismatchIndex);
    settings.setValue(QStringLiteral("bulk_max_bytes"), bulkMaxBytes);
    settings.setValue(QStringLiteral("bulk_max_docs"), bulkMaxDocs);
    settings.setValue(QStringLiteral("timeout_ms"), timeoutMs);
    settings.setValue(QStringLiteral("max_attempts"), maxAttempts);
    settings.endGroup();
}

QString EsConfig::validate() const
{
    if (nodes.isEmpty())
        return QCoreApplication::translate(
            "EsConfig", "No Elasticsearch URL: set PAYRECON_ES_URL (for example https://es.internal:9200).");
    for (const QUrl &u : nodes) {
        if (!u.isValid() || u.host().isEmpty() || (u.scheme() != u"http" && u.scheme() != u"https"))
            return QCoreApplication::translate("EsConfig", "\"%1\" is not an http:// or https:// Elasticsearch URL.")
                .arg(u.toString());
    }
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return QCoreApplication::translate("EsConfig", "The CA certificate file %1 cannot be read.").arg(caFile);
    if (apiKey.isEmpty() && !user.isEmpty() && password.isEmpty())
        return QCoreApplication::translate(
            "EsConfig", "User %1 has no password: set PAYRECON_ES_PASSWORD (or use PAYRECON_ES_API_KEY).")
            .arg(user);
    if (verifiedIndex.isEmpty() || mismatchIndex.isEmpty() || verifiedIndex == mismatchIndex)
        return QCoreApplication::translate("EsConfig", "The verified and mismatch index names must differ.");
    // Index names: lower case, no path or query characters (ES rejects them anyway, but later and less clearly).
    for (const QString &name : { verifiedIndex, mismatchIndex }) {
        if (name != name.toLower() || name.contains(u'/') || name.contains(u'?') || name.contains(u'#')
            || name.contains(u' ') || name.startsWith(u'_') || name.startsWith(u'-'))
            return QCoreApplication::translate("EsConfig", "\"%1\" is not a valid index name.").arg(name);
    }
    if (bulkMaxBytes < 1024 || bulkMaxDocs < 1)
        return QCoreApplication::translate("EsConfig", "The bulk limits must be at least 1 KiB and 1 document.");
    return {};
}

QString EsConfig::describe() const
{
    QStringList urls;
    for (const QUrl &u : nodes)
        urls << u.toString(QUrl::RemoveUserInfo);
    QString auth;
    if (!apiKey.isEmpty())
        auth = QCoreApplication::translate("EsConfig", "API key ****");
    else if (!user.isEmpty())
        auth = QCoreApplication::translate("EsConfig", "user %1, password %2")
                   .arg(user, password.isEmpty() ? QStringLiteral("(none)") : QStringLiteral("****"));
    else
        auth = QCoreApplication::translate("EsConfig", "no credentials");
    const QString ca = caFile.isEmpty() ? QCoreApplication::translate("EsConfig", "system CAs")
                                        : QCoreApplication::translate("EsConfig", "CA file %1").arg(caFile);
    return QCoreApplication::translate("EsConfig", "%1 (%2; %3; indexes %4, %5)")
        .arg(urls.isEmpty() ? QStringLiteral("-") : urls.join(QStringLiteral(", ")), auth, ca, verifiedIndex,
            mismatchIndex);
}

QByteArray EsConfig::authorizationHeader() const
{
    if (!apiKey.isEmpty()) {
        // "id:key" as shown by the create-API-key call, or its base64 form ("encoded" in the response).
        const QByteArray key = apiKey.toUtf8();
        return QByteArrayLiteral("ApiKey ") + (apiKey.contains(u':') ? key.toBase64() : key);
    }
    if (!user.isEmpty())
        return QByteArrayLiteral("Basic ") + (user + u':' + password).toUtf8().toBase64();
    return {};
}
