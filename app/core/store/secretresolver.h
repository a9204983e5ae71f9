// Where each secret comes from: the environment (automation) over the OS keychain over the settings file (legacy),
// moving settings-file secrets into the keychain, and falling back to the owner-only file and the environment
// when no keychain service answers (a headless server without a Secret Service).
#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

class QSettings;
class SecretStore;

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

enum class SecretOrigin { NotSet, Environment, Keychain, SettingsFile };

class SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(SecretResolver)

public:
    /// "off" keeps the keychain out entirely (servers, tests that must not touch the user's keychain).
    static constexpr char KeychainVariable[] = "PAYRECON_KEYCHAIN";

    struct Resolved
    {
        QString value;
        SecretOrigin origin = SecretOrigin::NotSet;
    };

    /// store may be null: then only the environment and the settings file count (the behaviour before the keychain).
    SecretResolver(SecretStore *store, QSettings &settings);

    /// The secret keys, in display order: SecretStore::EsPasswordKey, EsApiKeyKey, DiscordWebhookKey,
    /// StorePasswordKey.
    static QStringList keys();
    /// The environment variable that overrides key (PAYRECON_ES_PASSWORD, …); empty for an unknown key.
    static QString environmentVariable(const QString &key);
    /// Where the settings file kept key before the keychain (elasticsearch/password, alerts/webhook, …).
    static QString settingsKey(const QString &key);
    /// "environment (PAYRECON_…)", "keychain", "settings file" or "not set", for `config show`.
    static QString originText(SecretOrigin origin, const QString &key);

    /// Whether secrets go to the keychain; asks the store once. The first "no" of the process is logged.
    bool keychainAvailable();
    /// Why keychainAvailable() is false (no keychain support, PAYRECON_KEYCHAIN=off, the backend's error).
    QString keychainProblem();

    /// The effective value of key and where it came from (environment > keychain > settings file).
    Resolved resolve(const QString &key);
    /// With a keychain: moves every secret found in the settings file into it and removes it from the file (a
    /// copy the keychain already supersedes is just removed). Returns how many moved; *error on the first failure.
    int migrate(QString *error = nullptr);
    /// Keeps value for key: in the keychain when there is one (and drops any settings-file copy). Without one, the
    /// webhook goes to the settings file made owner-only (*warning says so), as before the keychain; the
    /// Elasticsearch secrets and the store password fail with a message pointing at the environment variable.
    /// *storedIn says where.
    bool store(
        const QString &key, const QString &value, SecretOrigin *storedIn, QString *error, QString *warning = nullptr);
    /// Forgets key in the keychain (when there is one) and in the settings file; the environment is not touched.
    bool clear(const QString &key, QString *error);

private:
    void removeFromSettings(const QString &key);

    SecretStore *m_store;
    QSettings &m_settings;
    bool m_checked = false;
    bool m_available = false;
    QString m_problem;
};
