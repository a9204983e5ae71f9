#include "keychainsecretstore.h"

#include "store/secretresolver.h"

#include <QCoreApplication>
#include <QThread>
#include <qt6keychain/keychain.h>

#include <chrono>
#include <future>
#include <memory>
#include <mutex>

namespace {
// Not a secret and never written: a read of it tells "backend answers, no such entry" from "no backend".
const QString ProbeKey = QStringLiteral("payrecon/availability-probe");

// The one thread all keychain jobs of the process run on (see the class comment for why one). Made on first use,
// stopped by QCoreApplication's destructor; never deleted, so no static destructor meets a running thread.
struct KeychainThread
{
    QThread thread;
    QObject *context = nullptr; ///< lives in thread: jobs are started from its event loop
    bool stopped = false;
};
std::mutex s_threadMutex;
KeychainThread *s_thread = nullptr;

/// The context object to queue jobs on, or null once the application is shutting down.
QObject *keychainContext()
{
    const std::lock_guard lock(s_threadMutex);
    if (!s_thread) {
        s_thread = new KeychainThread;
        s_thread->thread.setObjectName(QStringLiteral("keychain"));
        s_thread->context = new QObject;
        s_thread->context->moveToThread(&s_thread->thread);
        QObject::connect(&s_thread->thread, &QThread::finished, s_thread->context, &QObject::deleteLater);
        s_thread->thread.start();
        qAddPostRoutine([] {
            {
                const std::lock_guard lock(s_threadMutex);
                s_thread->stopped = true;
            }
            s_thread->thread.quit();
            s_thread->thread.wait();
        });
    }
    return s_thread->stopped ? nullptr : s_thread->context;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, int timeoutMs)
    : m_service { service }
    , m_timeoutMs { timeoutMs }
{ }

KeychainSecretStore::Outcome KeychainSecretStore::run(Operation operation, const QString &key, const QString &value)
{
    QObject *context = keychainContext();
    if (!context) {
        Outcome stopped;
        stopped.errorString
            = QCoreApplication::translate("KeychainSecretStore", "The keychain is not available while PayRecon quits.");
        return stopped;
    }
    // Waiting for the keychain thread from itself would never end.
    Q_ASSERT(QThread::currentThread() != context->thread());
    auto promise = std::make_shared<std::promise<Outcome>>();
    std::future<Outcome> future = promise->get_future();
    const QString service = m_service;
    QMetaObject::invokeMethod(
        context,
        [promise, operation, key, value, service] {
            QKeychain::Job *job = nullptr;
            if (operation == Operation::Read) {
                job = new QKeychain::ReadPasswordJob(service);
            } else if (operation == Operation::Write) {
                auto *write = new QKeychain::WritePasswordJob(service);
                write->setTextData(value);
                job = write;
            } else {
                job = new QKeychain::DeletePasswordJob(service);
            }
            job->setAutoDelete(true);
            job->setInsecureFallback(false); // never a plain-text file behind our back
            job->setKey(key);
            QObject::connect(job, &QKeychain::Job::finished, job, [promise, operation](QKeychain::Job *done) {
                Outcome outcome;
                outcome.ok = done->error() == QKeychain::NoError;
                outcome.notFound = done->error() == QKeychain::EntryNotFound;
                if (!outcome.ok)
                    outcome.errorString = done->errorString();
                if (outcome.ok && operation == Operation::Read)
                    outcome.text = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
                promise->set_value(outcome);
            });
            job->start();
        },
        Qt::QueuedConnection);
    if (future.wait_for(std::chrono::milliseconds(m_timeoutMs)) != std::future_status::ready) {
        // The job finishes (or not) on the keychain thread; the promise it fills is shared and outlives this call.
        Outcome timedOut;
        timedOut.errorString
            = QCoreApplication::translate("KeychainSecretStore", "The keychain did not answer within %1 seconds.")
                  .arg(m_timeoutMs / 1000);
        return timedOut;
    }
    return future.get();
}

bool KeychainSecretStore::isAvailable(QString *why)
{
    const std::lock_guard lock(m_probeMutex);
    if (!m_probed) {
        const Outcome probe = run(Operation::Read, ProbeKey);
        m_probed = true;
        m_available = probe.ok || probe.notFound;
        m_why = probe.errorString;
        if (m_available)
            qCInfo(lcSecrets, "OS keychain available (service %s)", qUtf8Printable(m_service));
    }
    if (!m_available && why)
        *why = m_why;
    return m_available;
}

std::optional<QString> KeychainSecretStore::read(const QString &key, QString *error)
{
    const Outcome outcome = run(Operation::Read, key);
    if (outcome.ok)
        return outcome.text;
    if (!outcome.notFound && error)
        *error = outcome.errorString;
    return std::nullopt;
}

bool KeychainSecretStore::write(const QString &key, const QString &value, QString *error)
{
    const Outcome outcome = run(Operation::Write, key, value);
    if (!outcome.ok && error)
        *error = outcome.errorString;
    return outcome.ok;
}

bool KeychainSecretStore::remove(const QString &key, QString *error)
{
    const Outcome outcome = run(Operation::Remove, key);
    if (!outcome.ok && !outcome.notFound && error)
        *error = outcome.errorString;
    return outcome.ok || outcome.notFound;
}
