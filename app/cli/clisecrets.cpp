#include "clisecrets.h"

#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QSettings>

#include <memory>

namespace {
std::unique_ptr<KeychainSecretStore> s_store;
bool s_migrated = false;
} // namespace

SecretStore *CliSecrets::store()
{
    if (!s_store) {
        s_store = std::make_unique<KeychainSecretStore>();
        // Its thread must stop while Qt is still there, not in a static destructor after main().
        qAddPostRoutine([] { s_store.reset(); });
    }
    return s_store.get();
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
