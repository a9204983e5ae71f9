// SecretStore held in memory: the keychain stand-in for tests, and a way to exercise the no-keychain fallback
// (setAvailable(false)) without a Secret Service.
#pragma once

#include "store/secretstore.h"

#include <QHash>

#include <mutex>

class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore() = default;

    bool isAvailable(QString *why = nullptr) override;
    std::optional<QString> read(const QString &key, QString *error = nullptr) override;
    bool write(const QString &key, const QString &value, QString *error = nullptr) override;
    bool remove(const QString &key, QString *error = nullptr) override;

    /// false makes every call fail as a keychain without a backend does.
    void setAvailable(bool available);
    /// Every key stored, for tests' assertions.
    QHash<QString, QString> entries() const;

private:
    mutable std::mutex m_mutex; // callable from any thread, as the keychain is
    QHash<QString, QString> m_entries;
    bool m_available = true;
};
