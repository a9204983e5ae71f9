#include "esoutboxworker.h"

#include "store/localstore.h"

#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pthread.h>
#include <time.h>
#endif

namespace {
/// Stores the thread's CPU time when the thread function returns, however it returns.
class ThreadCpu
{
public:
    explicit ThreadCpu(std::atomic<double> &out)
        : m_out { out }
    { }
    ~ThreadCpu()
    {
#ifdef Q_OS_UNIX
        timespec t {};
        if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) == 0)
            m_out = double(t.tv_sec) + double(t.tv_nsec) / 1e9;
#endif
    }

private:
    std::atomic<double> &m_out;
};
} // namespace

EsOutboxWorker::EsOutboxWorker(EsOutbox &fallback)
    : m_fallback { fallback }
{ }

EsOutboxWorker::~EsOutboxWorker()
{
    stop();
}

void EsOutboxWorker::stop()
{
    if (!isRunning())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

bool EsOutboxWorker::start(const StoreLocation &store, QString *error, int cacheKiB, const char *name)
{
    if (isRunning())
        return true;
    std::promise<QString> opened;
    std::future<QString> openError = opened.get_future();
    m_stop = false;
    m_thread = std::thread(
        [this, store, cacheKiB, name, p = std::move(opened)]() mutable { run(store, cacheKiB, name, std::move(p)); });
    const QString why = openError.get();
    if (why.isEmpty())
        return true;
    m_thread.join(); // run() returned after reporting the failure
    if (error)
        *error = why;
    return false;
}

void EsOutboxWorker::run(const StoreLocation &location, int cacheKiB, const char *name, std::promise<QString> opened)
{
#ifdef Q_OS_LINUX
    if (name)
        pthread_setname_np(pthread_self(), name);
#else
    Q_UNUSED(name);
#endif
    const ThreadCpu cpu(m_cpuSeconds);
    // Opened, used and closed on this thread only: a QSqlDatabase connection never crosses threads.
    LocalStore store(location);
    QString error;
    if (!store.open(&error)) {
        opened.set_value(error.isEmpty() ? QStringLiteral("cannot open %1").arg(location.redacted()) : error);
        return;
    }
    if (cacheKiB > 0 && !store.isMySql()) {
        QSqlQuery pragma(store.database());
        pragma.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(cacheKiB)); // a hint: the default cache works too
    }
    EsOutbox outbox(store);
    opened.set_value({});
    while (true) {
        std::function<void(EsOutbox &)> task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_tasks.empty(); });
            if (m_tasks.empty())
                return; // stopping, and everything posted has run
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        task(outbox);
    }
}
