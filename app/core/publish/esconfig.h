// Where and how to publish to Elasticsearch: nodes, credentials, CA file, index names, bulk limits.
// Settings come from QSettings group "elasticsearch", the password and API key from the keychain when there is one
// (SecretResolver); PAYRECON_ES_* environment variables override both.
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;
class SecretResolver;

struct EsConfig
{
    static constexpr qint64 DefaultBulkMaxBytes = 5 * 1024 * 1024;
    // 10,000 verified documents (about 500 bytes each) make about 5 MB, as the byte bound does: within the 5-15 MB
    // per request Elasticsearch recommends, and half the requests of 5,000 (each has a fixed cost).
    static constexpr int DefaultBulkMaxDocs = 10000;

    QList<QUrl> nodes; ///< tried in order; the next one on a connection error (failover)
    QString user; ///< basic authentication, with password
    QString password;
    QString apiKey; ///< "id:key" or its base64 "encoded" form; wins over user/password
    QString caFile; ///< PEM, added to the system CA set; verification is always on
    QString verifiedIndex = QStringLiteral("verified-payment-data");
    QString mismatchIndex = QStringLiteral("payment-mismatch-log");
    qint64 bulkMaxBytes = DefaultBulkMaxBytes;
    int bulkMaxDocs = DefaultBulkMaxDocs;
    int timeoutMs = 60000; ///< per request, without progress
    int maxAttempts = 8; ///< per request or item within one publish run before giving up for now

    /// Settings (group "elasticsearch"), then the keychain's password and API key through secrets (when given),
    /// then the environment; URLs carrying user:password@ give up their credentials to user/password so they
    /// never travel in a logged URL.
    static EsConfig load(QSettings &settings, SecretResolver *secrets = nullptr);
    /// Applies PAYRECON_ES_URL (comma-separated), _USER, _PASSWORD, _API_KEY, _CA_FILE when set.
    void applyEnvironment();
    /// Parses "https://a:9200, https://b:9200".
    static QList<QUrl> parseNodes(const QString &commaSeparated, QString *user = nullptr, QString *password = nullptr);
    /// Writes everything except the secrets (password, API key): those go to the keychain (SecretResolver::store)
    /// or the environment.
    void save(QSettings &settings) const;

    /// Empty when usable, else a message saying what to fix.
    QString validate() const;
    /// One line for people and logs: nodes, user or "API key", CA file, indexes; secrets never appear.
    QString describe() const;
    /// The Authorization header value, empty without credentials. Never log it.
    QByteArray authorizationHeader() const;
};
