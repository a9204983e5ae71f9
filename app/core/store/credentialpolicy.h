// What happens to a secret someone types and to a store someone picks: which secret the keychain keeps and which it
// forgets, what stays in memory for the session when there is no keychain, which password the team store opens with,
// and what choosing another store means for a program that already has one open. The window and payrecon-cli ask;
// this decides, beside SecretResolver, which knows where each secret is.
#pragma once

#include "store/storelocation.h"

#include <QCoreApplication>
#include <QString>

class QSettings;
class SecretResolver;

class CredentialPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialPolicy)

public:
    /// What the Elasticsearch settings left behind.
    struct EsSecretsResult
    {
        QString message; ///< empty when every secret went where it belongs
        QString sessionPassword; ///< to keep in memory for this session: no keychain, or it refused
        QString sessionApiKey;
        bool ok() const { return message.isEmpty(); }
    };

    /// The Team store dialog's answer.
    struct StoreChoice
    {
        QString location; ///< settings store/url to save; empty for this computer's default file
        bool team = false;
        QString password; ///< team store only
        bool locationFromEnvironment = false; ///< PAYRECON_STORE_URL decides: store/url is left as it is
        bool passwordFromEnvironment = false; ///< PAYRECON_STORE_PASSWORD decides: nothing is saved for it
    };

    /// What saving a store choice means for the store this program has open.
    struct StoreResult
    {
        QString message; ///< for the user: saved, or which store is used until the next start; never a password
        QString problem; ///< the password could not be kept (also part of message)
        bool sameStore = true; ///< the chosen store is the one in use
        StoreLocation session; ///< the store to use from now on: the one in use, with a new password when it changed
        bool ok() const { return problem.isEmpty(); }
        /// Worth more than a status line: the store switches only at the next start, or the password was not kept.
        bool needsNotice() const { return !sameStore || !ok(); }
    };

    /// \a secrets and \a settings must outlive the policy.
    CredentialPolicy(SecretResolver &secrets, QSettings &settings);

    /// \a location with the password the team store opens with: for a MySQL store what SecretResolver finds for
    /// store/password (PAYRECON_STORE_PASSWORD, else the keychain, else a copy left in the settings file); for a
    /// SQLite file nothing is looked up, so the keychain is not asked (a locked keyring would ask every user). Never
    /// the ledger's password. Empty \a location means the default file.
    StoreLocation storeLocation(const QString &location);

    /// After the Elasticsearch settings: the chosen authentication's secret is kept in the keychain and the other one
    /// cleared (an API key left behind would win over a new password); one the environment provides is neither copied
    /// nor cleared, it wins anyway. Without a keychain, or when it refuses, both stay in memory for the session.
    EsSecretsResult keepElasticsearchSecrets(const QString &password, const QString &apiKey);

    /// After the Team store dialog: saves the location (unless the environment decides it) and keeps a team store's
    /// password in the keychain, or clears it there when the field is empty. \a session is the store this program
    /// has open: its outboxes, alerts and open items stay on it until the next start, so a different choice only
    /// says so; the same store takes the new password for new connections at once (in memory without a keychain).
    StoreResult saveStoreChoice(const StoreChoice &choice, const StoreLocation &session);

private:
    SecretResolver &m_secrets;
    QSettings &m_settings;
};
