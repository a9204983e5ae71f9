#include "clisecrets.h"

#include "keychainsecretstore.h"
#include "store/credentialpolicy.h"
#include "store/secretstore.h"

#include <QSettings>

#include <optional>

namespace {
bool s_migrated = false;
/// The team store's password once a command looked it up: a locked keyring asks its user once per process, not
/// once for every store a command opens.
std::optional<QString> s_storePassword;
} // namespace

SecretStore *CliSecrets::store()
{
    // Cheap to make: the keychain thread it uses is shared and started by the first call.
    static KeychainSecretStore keychain;
    return &keychain;
}

SecretResolver CliSecrets::resolver(QSettings &settings)
{
    SecretResolver resolver(store(), settings);
    if (!s_migrated) {
        s_migrated = true;
        QString error;
        resolver.migrate(&error);
        if (!error.isEmpty())
            qCWarning(lcSecrets, "secrets were left in the settings file: %s", qUtf8Printable(error));
    }
    return resolver;
}

StoreLocation CliSecrets::storeLocation(const QString &location)
{
    StoreLocation resolved { location, QString() };
    if (!resolved.isMySql())
        return resolved;
    if (!s_storePassword) {
        // No settings-file move here: resolver() does that once, for the commands that work with secrets.
        QSettings settings;
        SecretResolver secrets(store(), settings);
        s_storePassword = CredentialPolicy(secrets, settings).storeLocation(location).password;
    }
    resolved.password = *s_storePassword;
    return resolved;
}
