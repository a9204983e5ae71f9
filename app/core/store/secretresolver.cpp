#include "secretresolver.h"

#include "store/secretstore.h"

#include <QFile>
#include <QSettings>

#include <atomic>

Q_LOGGING_CATEGORY(lcSecrets, "payrecon.secrets", QtInfoMsg)

namespace {
// Once per process, however many resolvers are made: a nightly job should not repeat it for every secret.
std::atomic_bool s_unavailableLogged { false };

bool isKey(const QString &key, const char *name)
{
    return key == QLatin1String(name);
}

// Log lines are English and never carry a value.
const char *logName(const QString &key)
{
    if (isKey(key, SecretStore::EsPasswordKey))
        return "the Elasticsearch password";
    if (isKey(key, SecretStore::EsApiKeyKey))
        return "the Elasticsearch API key";
    if (isKey(key, SecretStore::StorePasswordKey))
        return "the team store password";
    return "the Discord webhook";
}
} // namespace

SecretResolver::SecretResolver(SecretStore *store, QSettings &settings)
    : m_store { store }
    , m_settings { settings }
{ }

QStringList SecretResolver::keys()
{
    return { QLatin1String(SecretStore::EsPasswordKey), QLatin1String(SecretStore::EsApiKeyKey),
        QLatin1String(SecretStore::DiscordWebhookKey), QLatin1String(SecretStore::StorePasswordKey) };
}

QString SecretResolver::environmentVariable(const QString &key)
{
    if (isKey(key, SecretStore::EsPasswordKey))
        return QStringLiteral("PAYRECON_ES_PASSWORD");
    if (isKey(key, SecretStore::EsApiKeyKey))
        return QStringLiteral("PAYRECON_ES_API_KEY");
    if (isKey(key, SecretStore::DiscordWebhookKey))
        return QStringLiteral("PAYRECON_DISCORD_WEBHOOK");
    if (isKey(key, SecretStore::StorePasswordKey))
        return QStringLiteral("PAYRECON_STORE_PASSWORD");
    return {};
}

QString SecretResolver::settingsKey(const QString &key)
{
    if (isKey(key, SecretStore::EsPasswordKey))
        return QStringLiteral("elasticsearch/password");
    if (isKey(key, SecretStore::EsApiKeyKey))
        return QStringLiteral("elasticsearch/api_key");
    if (isKey(key, SecretStore::DiscordWebhookKey))
        return QStringLiteral("alerts/webhook");
    // Never written by PayRecon; one typed into the file by hand is read and moved into the keychain like the rest.
    if (isKey(key, SecretStore::StorePasswordKey))
        return QStringLiteral("store/password");
    return {};
}

QString SecretResolver::originText(SecretOrigin origin, const QString &key)
{
    switch (origin) {
    case SecretOrigin::Environment:
        return tr("environment (%1)").arg(environmentVariable(key));
    case SecretOrigin::Keychain:
        return tr("keychain");
    case SecretOrigin::SettingsFile:
        return tr("settings file");
    case SecretOrigin::NotSet:
        break;
    }
    return tr("not set");
}

bool SecretResolver::keychainAvailable()
{
    if (m_checked)
        return m_available;
    m_checked = true;
    if (!m_store) {
        m_problem = tr("This program was built without keychain support.");
        return m_available = false;
    }
    if (qEnvironmentVariable(KeychainVariable).trimmed().compare(u"off", Qt::CaseInsensitive) == 0) {
        // Asked for, so not worth a warning.
        m_problem = tr("The keychain is turned off by %1=off.").arg(QLatin1String(KeychainVariable));
        if (!s_unavailableLogged.exchange(true))
            qCInfo(lcSecrets, "keychain turned off by %s=off", KeychainVariable);
        return m_available = false;
    } else {
        QString why;
        m_available = m_store->isAvailable(&why);
        if (!m_available)
            m_problem = tr("No keychain service is available (%1).").arg(why);
    }
    if (!m_available && !s_unavailableLogged.exchange(true)) {
        qCWarning(lcSecrets, "no OS keychain: %s Secrets come from the environment and the owner-only settings file.",
            qUtf8Printable(m_problem));
    }
    return m_available;
}

QString SecretResolver::keychainProblem()
{
    keychainAvailable();
    return m_problem;
}

SecretResolver::Resolved SecretResolver::resolve(const QString &key)
{
    const QByteArray variable = environmentVariable(key).toLatin1();
    if (isKey(key, SecretStore::EsPasswordKey) || isKey(key, SecretStore::StorePasswordKey)) {
        // Not trimmed, and set counts even when empty: a password may end in a space (as EsConfig and LocalStore
        // read it).
        if (qEnvironmentVariableIsSet(variable.constData()))
            return { qEnvironmentVariable(variable.constData()), SecretOrigin::Environment };
    } else {
        const QString value = qEnvironmentVariable(variable.constData()).trimmed();
        if (!value.isEmpty())
            return { value, SecretOrigin::Environment };
    }
    if (keychainAvailable()) {
        QString error;
        const std::optional<QString> value = m_store->read(key, &error);
        if (value && !value->isEmpty())
            return { *value, SecretOrigin::Keychain };
        if (!error.isEmpty())
            qCWarning(lcSecrets, "could not read %s from the keychain: %s", logName(key), qUtf8Printable(error));
    }
    const QString legacy = m_settings.value(settingsKey(key)).toString();
    if (!legacy.isEmpty())
        return { legacy, SecretOrigin::SettingsFile };
    return {};
}

int SecretResolver::migrate(QString *error)
{
    if (!keychainAvailable())
        return 0;
    int moved = 0;
    for (const QString &key : keys()) {
        const QString legacy = m_settings.value(settingsKey(key)).toString();
        if (legacy.isEmpty())
            continue;
        QString readError;
        const std::optional<QString> current = m_store->read(key, &readError);
        if (!readError.isEmpty()) {
            if (error)
                *error = readError;
            return moved;
        }
        if (current && !current->isEmpty()) {
            // The keychain wins over the file anyway; the file's copy is only a secret lying around.
            removeFromSettings(key);
            qCInfo(lcSecrets, "removed the settings file's copy of %s: the keychain already holds it", logName(key));
            continue;
        }
        QString writeError;
        // Read back before deleting the only other copy: a keychain that accepts and forgets would lose it.
        if (!m_store->write(key, legacy, &writeError) || m_store->read(key, &writeError) != legacy) {
            if (error)
                *error = writeError.isEmpty() ? tr("The keychain did not keep the secret.") : writeError;
            return moved;
        }
        removeFromSettings(key);
        qCInfo(lcSecrets, "moved %s into the keychain", logName(key));
        ++moved;
    }
    return moved;
}

bool SecretResolver::store(
    const QString &key, const QString &value, SecretOrigin *storedIn, QString *error, QString *warning)
{
    if (keychainAvailable()) {
        QString writeError;
        if (!m_store->write(key, value, &writeError)) {
            if (error)
                *error = tr("The keychain refused the secret: %1").arg(writeError);
            return false;
        }
        removeFromSettings(key);
        if (storedIn)
            *storedIn = SecretOrigin::Keychain;
        return true;
    }
    if (isKey(key, SecretStore::DiscordWebhookKey)) {
        m_settings.setValue(settingsKey(key), value);
        m_settings.sync();
        // The file now holds a secret: owner-only (on Windows the registry's own ACLs apply instead).
        if (QFile::exists(m_settings.fileName()))
            QFile::setPermissions(m_settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString text = tr("The Discord webhook is stored in %1, readable only by you. Anyone who can read "
                                "that file can post to the channel; set PAYRECON_DISCORD_WEBHOOK instead to keep "
                                "it out of the file.")
                                 .arg(m_settings.fileName());
        qCWarning(lcSecrets, "%s", qUtf8Printable(text));
        if (warning)
            *warning = text;
        if (storedIn)
            *storedIn = SecretOrigin::SettingsFile;
        return true;
    }
    if (error && isKey(key, SecretStore::StorePasswordKey)) {
        *error = tr("No keychain is available to keep the team store password (%1). Set PAYRECON_STORE_PASSWORD in "
                    "the environment of PayRecon and payrecon-cli instead.")
                     .arg(keychainProblem());
        return false;
    }
    if (error) {
        *error = isKey(key, SecretStore::EsPasswordKey)
            ? tr("No keychain is available to keep the Elasticsearch password (%1). Set PAYRECON_ES_PASSWORD in "
                 "the environment of the jobs that publish instead.")
                  .arg(keychainProblem())
            : tr("No keychain is available to keep the Elasticsearch API key (%1). Set PAYRECON_ES_API_KEY in "
                 "the environment of the jobs that publish instead.")
                  .arg(keychainProblem());
    }
    return false;
}

bool SecretResolver::clear(const QString &key, QString *error)
{
    if (keychainAvailable()) {
        QString removeError;
        if (!m_store->remove(key, &removeError)) {
            if (error)
                *error = tr("The keychain did not remove the secret: %1").arg(removeError);
            return false;
        }
    }
    removeFromSettings(key);
    return true;
}

void SecretResolver::removeFromSettings(const QString &key)
{
    const QString settingsName = settingsKey(key);
    if (!m_settings.contains(settingsName))
        return;
    m_settings.remove(settingsName);
    m_settings.sync();
}
