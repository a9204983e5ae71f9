// Another connection to the outbox's store on a thread of its own. The publisher runs two: one reads the next
// chunks, the other writes acknowledgements, so that the store's work runs while a _bulk request is in flight
// instead of between requests, and a read never waits behind a commit's fsync. Tasks run one at a time in the
// order they were posted.
#pragma once

#include "esoutbox.h"

#include <QString>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

class EsOutboxWorker
{
public:
    /// \a fallback (open in the calling thread) runs the tasks inline when the worker thread is not running.
    explicit EsOutboxWorker(EsOutbox &fallback);
    /// Runs what was posted, then closes the connection and joins the thread.
    ~EsOutboxWorker();
    EsOutboxWorker(const EsOutboxWorker &) = delete;
    EsOutboxWorker &operator=(const EsOutboxWorker &) = delete;

    /// Opens the store at \a store on the worker thread. False (with \a error) when it cannot; then post()
    /// runs every task inline on the fallback outbox, as before there was a worker. \a cacheKiB > 0 sets a SQLite
    /// connection's page cache (the store's default is sized for writes; a reader walking the outbox in id order
    /// needs little).
    /// \a name (at most 15 characters) names the thread where the system allows it, for profilers and `top -H`.
    bool start(const StoreLocation &store, QString *error, int cacheKiB = 0, const char *name = nullptr);
    bool isRunning() const { return m_thread.joinable(); }
    /// Runs what was posted, then closes the connection and joins the thread (the destructor does it too).
    void stop();
    /// CPU seconds the worker thread used, once stopped; -1 before, when it never ran, or where unknown.
    double cpuSeconds() const { return m_cpuSeconds; }

    /// Runs \a task after the tasks posted before it, on the worker's own outbox (or inline on the fallback).
    template <typename T>
    std::future<T> post(std::function<T(EsOutbox &)> task)
    {
        auto job = std::make_shared<std::packaged_task<T(EsOutbox &)>>(std::move(task));
        std::future<T> result = job->get_future();
        if (!isRunning()) {
            (*job)(m_fallback);
            return result;
        }
        {
            const std::lock_guard lock(m_mutex);
            m_tasks.push_back([job](EsOutbox &box) { (*job)(box); });
        }
        m_wake.notify_one();
        return result;
    }

private:
    void run(const StoreLocation &store, int cacheKiB, const char *name, std::promise<QString> opened);

    EsOutbox &m_fallback;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void(EsOutbox &)>> m_tasks;
    bool m_stop = false;
    std::atomic<double> m_cpuSeconds { -1 };
};
