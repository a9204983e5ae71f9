// Drains the Elasticsearch outbox through _bulk: chunks by bytes and documents, "index" actions with the
// deterministic _id (a replay overwrites, never adds), per-item results read one by one. Retryable item errors
// (429, 5xx) are sent again alone with exponential backoff and jitter; connection errors and 429/5xx answers
// repeat the whole request; other item errors mark that row failed with the server's reason. An item is marked
// done only after the server acknowledged it. Runs on the thread that owns the client and the store.
#pragma once

#include "esoutbox.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <future>

class EsClient;
class EsOutboxWorker;

struct EsPublishResult
{
    qint64 published = 0; ///< acknowledged during this run
    qint64 failed = 0; ///< rejected for good during this run (mapping errors and the like)
    qint64 itemRetries = 0; ///< items sent again after a retryable item error
    qint64 requestRetries = 0; ///< whole requests sent again after a connection error or a 429/5xx answer
    qint64 requests = 0;
    double storeReadCpuS = -1; ///< CPU seconds of the thread reading chunks from the outbox; -1 when unknown
    double storeWriteCpuS = -1; ///< CPU seconds of the thread writing outcomes to the outbox; -1 when unknown
    bool cancelled = false;
    QString error; ///< why the run stopped early; what was not acknowledged stays pending
    EsOutboxCounts remaining; ///< the outbox after the run

    /// Everything in the outbox acknowledged: nothing pending, nothing failed.
    bool complete() const { return error.isEmpty() && !cancelled && remaining.pending == 0 && remaining.failed == 0; }
};

class EsPublisher : public QObject
{
    Q_OBJECT

public:
    using Sleep = std::function<void(int ms)>;
    using Jitter = std::function<double()>; ///< uniform in [0, 1)

    EsPublisher(EsClient &client, EsOutbox &outbox, QObject *parent = nullptr);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    /// First retry waits about \a baseMs, doubling up to \a maxMs.
    void setBackoff(int baseMs, int maxMs);
    /// Tests replace the wait (record it instead) and the randomness.
    void setSleep(Sleep sleep) { m_sleep = std::move(sleep); }
    void setJitter(Jitter jitter) { m_jitter = std::move(jitter); }

    EsPublishResult publish();

    /// Equal jitter: half the exponential delay fixed, half random, so retrying clients spread out.
    static int backoffMs(int attempt, int baseMs, int maxMs, double jitter01);
    /// The _bulk NDJSON for \a items (action line + source line each, trailing newline).
    static QByteArray bulkBody(const std::vector<EsOutboxItem> &items, const std::vector<qsizetype> &which);

signals:
    /// After each acknowledged chunk: counts for this run and the pending total it started with.
    void progress(qint64 published, qint64 failed, qint64 total);

private:
    bool publishChunk(const std::vector<EsOutboxItem> &items, EsPublishResult &result, qint64 total);
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void wait(int attempt);
    /// Queues outcomes and writes them to the outbox once enough have gathered (or \a force): one commit, one
    /// fsync, per many requests. The write runs on the store's writer thread while the next requests are in
    /// flight (outcomes keep gathering, up to a fixed bound, while it runs); \a force waits for it. A crash before the
    /// write only means those documents are sent again, which their _id makes harmless. False (with result.error set)
    /// when the store refused this or the previous write.
    bool record(std::vector<EsOutbox::Outcome> &&outcomes, EsPublishResult &result, bool force = false);
    /// Waits for the write in progress; false (with result.error set) when it failed.
    bool settleWrite(EsPublishResult &result);
    /// The same without waiting: a write that already failed stops the run at the next chunk.
    bool settleWriteIfDone(EsPublishResult &result);

    EsClient &m_client;
    EsOutbox &m_outbox;
    const std::atomic_bool *m_cancel = nullptr;
    int m_backoffBaseMs = 200;
    int m_backoffMaxMs = 30000;
    Sleep m_sleep;
    Jitter m_jitter;
    EsOutboxWorker *m_worker = nullptr; ///< during publish(): the writer's connection to the store, or inline
    std::future<QString> m_writing; ///< the error of the write in progress on the worker, empty when it succeeded
    std::vector<EsOutbox::Outcome> m_unsaved;
    qint64 m_lastSaveMs = 0;
};
