// Where PayRecon keeps its secrets (Elasticsearch password and API key, Discord webhook, team store password). An
// interface, so that payrecon_core stays QtCore/Sql/Network only: the OS keychain implementation is KeychainSecretStore
// in payrecon_secrets, the in-memory one (tests, no keychain) is MemorySecretStore.
#pragma once

#include <QString>

#include <optional>

class SecretStore
{
public:
    /// The keychain service every entry is filed under.
    static constexpr char ServiceName[] = "PayRecon";
    static constexpr char EsPasswordKey[] = "elasticsearch/password";
    static constexpr char EsApiKeyKey[] = "elasticsearch/api_key";
    static constexpr char DiscordWebhookKey[] = "discord/webhook";
    /// The MySQL password of the team store (LocalStore); its location (settings store/url) holds none.
    static constexpr char StorePasswordKey[] = "store/password";

    virtual ~SecretStore();

    /// Whether the backend answers at all (a Secret Service on the session bus, say); *why names what is missing
    /// when it does not. Implementations ask once and remember the answer. Callable from any thread.
    virtual bool isAvailable(QString *why = nullptr) = 0;
    /// The stored value; nullopt with *error left empty when nothing is stored, nullopt with *error set on failure.
    virtual std::optional<QString> read(const QString &key, QString *error = nullptr) = 0;
    /// Stores value under key, replacing any earlier value. False and *error on failure.
    virtual bool write(const QString &key, const QString &value, QString *error = nullptr) = 0;
    /// Removes key; removing a key that is not there succeeds.
    virtual bool remove(const QString &key, QString *error = nullptr) = 0;

protected:
    SecretStore() = default;
    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;
};
