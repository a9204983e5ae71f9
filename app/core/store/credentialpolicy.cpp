#include "credentialpolicy.h"

#include "store/localstore.h"
#include "store/secretresolver.h"
#include "store/secretstore.h"

#include <QSettings>
#include <QStringList>

namespace {
/// Both spellings of "this computer's default file" compare equal: empty and LocalStore::defaultPath().
QString effectiveLocation(const QString &location)
{
    return location.isEmpty() ? LocalStore::defaultPath() : location;
}
} // namespace

CredentialPolicy::CredentialPolicy(SecretResolver &secrets, QSettings &settings)
    : m_secrets { secrets }
    , m_settings { settings }
{ }

StoreLocation CredentialPolicy::storeLocation(const QString &location)
{
    StoreLocation store { effectiveLocation(location), QString() };
    if (!store.isMySql())
        return store;
    const SecretResolver::Resolved password = m_secrets.resolve(QLatin1String(SecretStore::StorePasswordKey));
    store.password = password.value;
    return store;
}

CredentialPolicy::EsSecretsResult CredentialPolicy::keepElasticsearchSecrets(
    const QString &password, const QString &apiKey)
{
    EsSecretsResult result { QString(), password, apiKey };
    if (!m_secrets.keychainAvailable())
        return result;
    QStringList problems;
    for (const auto &[key, value] :
        { std::pair { SecretStore::EsPasswordKey, password }, std::pair { SecretStore::EsApiKeyKey, apiKey } }) {
        const QString name = QLatin1String(key);
        if (qEnvironmentVariableIsSet(qPrintable(SecretResolver::environmentVariable(name))))
            continue;
        QString error;
        if (value.isEmpty() ? m_secrets.clear(name, &error) : m_secrets.store(name, value, nullptr, &error))
            continue;
        problems << error;
    }
    if (problems.isEmpty()) {
        // The keychain has them now.
        result.sessionPassword.clear();
        result.sessionApiKey.clear();
    } else {
        result.message
            = tr("The Elasticsearch credentials are kept for this session only: %1").arg(problems.join(u' '));
    }
    return result;
}

CredentialPolicy::StoreResult CredentialPolicy::saveStoreChoice(const StoreChoice &choice, const StoreLocation &session)
{
    StoreResult result;
    result.session = session;
    const QString inUse = effectiveLocation(session.location);
    if (!choice.locationFromEnvironment) {
        if (choice.location.isEmpty())
            m_settings.remove(QStringLiteral("store/url"));
        else
            m_settings.setValue(QStringLiteral("store/url"), choice.location); // never a password
        m_settings.sync();
    }
    // PAYRECON_STORE_URL decided the store this program opened, and still does.
    const QString effective = choice.locationFromEnvironment ? inUse : effectiveLocation(choice.location);
    result.sameStore = effective == inUse;
    if (choice.team && !choice.passwordFromEnvironment) {
        const QString passwordKey = QLatin1String(SecretStore::StorePasswordKey);
        if (m_secrets.keychainAvailable()) {
            QString error;
            if (!(choice.password.isEmpty() ? m_secrets.clear(passwordKey, &error)
                                            : m_secrets.store(passwordKey, choice.password, nullptr, &error)))
                result.problem = error;
        } else if (!result.sameStore) {
            result.problem = tr("No keychain is available to keep the team store password; set "
                                "PAYRECON_STORE_PASSWORD before the next start.");
        }
        // The store in use already: new connections take the new password now.
        if (result.sameStore)
            result.session.password = choice.password;
    }
    result.message = result.sameStore
        ? tr("The team store settings are saved.")
        : tr("The store is saved: %1. This window keeps using %2 until PayRecon is started again; the outboxes, "
             "alerts and open items switch together at the next start.")
              .arg(StoreLocation { effective, QString() }.redacted(), StoreLocation { inUse, QString() }.redacted());
    if (!result.problem.isEmpty())
        result.message += u' ' + result.problem;
    return result;
}
