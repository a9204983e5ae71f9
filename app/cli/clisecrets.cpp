#include "clisecrets.h"

#include "keychainsecretstore.h"

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
