// The CLI's access to the OS keychain: one KeychainSecretStore per process, made when a command first needs a
// secret, and the settings-file-to-keychain move done once per process.
#pragma once

#include "store/secretresolver.h"

class QSettings;
class SecretStore;

namespace CliSecrets {
/// The keychain store (its thread starts on first use and stops with the QCoreApplication).
SecretStore *store();
/// A resolver over store() and settings, after moving any secret left in the settings file into the keychain.
SecretResolver resolver(QSettings &settings);
/// Lets LocalStore ask the keychain for store/password the first time a command opens a team (MySQL) store, so a
/// command that never does leaves the keychain alone.
void provideStorePassword();
} // namespace CliSecrets
