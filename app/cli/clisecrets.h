// The CLI's access to the OS keychain: one KeychainSecretStore per process, made when a command first needs a
// secret, and the settings-file-to-keychain move done once per process.
#pragma once

#include "store/secretresolver.h"
#include "store/storelocation.h"

class QSettings;
class SecretStore;

namespace CliSecrets {
/// The keychain store (its thread starts on first use and stops with the QCoreApplication).
SecretStore *store();
/// A resolver over store() and settings, after moving any secret left in the settings file into the keychain.
SecretResolver resolver(QSettings &settings);
/// \a location with the password a command opens it with: for a team (MySQL) store PAYRECON_STORE_PASSWORD, else the
/// keychain's store/password, asked at most once per process and only by a command that opens a team store; never
/// the ledger's password. A SQLite store needs none and leaves the keychain alone.
StoreLocation storeLocation(const QString &location);
} // namespace CliSecrets
