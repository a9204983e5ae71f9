// SecretStore over the OS keychain through qtkeychain (Secret Service on Linux), usable synchronously from any
// thread, the GUI thread included, without a nested event loop.
#pragma once

#include "store/secretstore.h"

#include <mutex>

/// qtkeychain's jobs are asynchronous and, in 0.13, queue through one process-wide executor object that stays in
/// the thread of the first job ever started: a job started from any other thread whose event loop has ended never
/// runs. So every job of every store runs on one process-wide "keychain" thread, whose event loop also delivers
/// the D-Bus (libsecret) replies; a caller on any thread queues its job there and waits on a future with a timeout.
/// The waiting thread runs no event loop at all: a worker thread simply blocks, and the GUI thread is held for
/// the round trip (milliseconds with an unlocked keyring) instead of spinning a nested QEventLoop that would
/// deliver clicks, timers and paint events to widgets in the middle of a save. A locked keyring shows its own
/// unlock prompt (a separate process); the wait gives up after timeoutMs. The thread stops with the
/// QCoreApplication.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(const QString &service = QLatin1String(ServiceName), int timeoutMs = 60000);

    bool isAvailable(QString *why = nullptr) override;
    std::optional<QString> read(const QString &key, QString *error = nullptr) override;
    bool write(const QString &key, const QString &value, QString *error = nullptr) override;
    bool remove(const QString &key, QString *error = nullptr) override;

    /// The service every entry is filed under ("PayRecon"; tests use their own).
    QString service() const { return m_service; }

private:
    enum class Operation { Read, Write, Remove };
    struct Outcome
    {
        bool ok = false;
        bool notFound = false; ///< the key has no entry (not an error for read and remove)
        QString errorString;
        QString text;
    };

    Outcome run(Operation operation, const QString &key, const QString &value = {});

    QString m_service;
    int m_timeoutMs;
    std::mutex m_probeMutex;
    bool m_probed = false;
    bool m_available = false;
    QString m_why;
};
