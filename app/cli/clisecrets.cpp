#include "clisecrets.h"

#include "keychainsecretstore.h"
#include "store/localstore.h"
#include "store/secretstore.h"

#include <QSettings>

namespace {
bool s_migrated = false;
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

void CliSecrets::provideStorePassword()
{
    LocalStore::setPasswordProvider([]() -> std::optional<QString> {
        // May run on a worker thread: its own QSettings, and no settings-file move (resolver() does that once).
        QSettings settings;
        SecretResolver secrets(store(), settings);
        const SecretResolver::Resolved password = secrets.resolve(QLatin1String(SecretStore::StorePasswordKey));
        if (password.origin == SecretOrigin::NotSet)
            return std::nullopt;
        return password.value;
    });
}
