// One publishing session over the local store, shared by payrecon-cli and the window's worker: put a run's
// documents into the outbox (one transaction), make sure the indexes exist with our mapping, and drain the
// outbox. Blocking; run it on a worker thread. The store and the client are opened in the calling thread.
#pragma once

#include "esconfig.h"
#include "esindexbootstrap.h"
#include "espublisher.h"
#include "store/storelocation.h"

#include <QDate>
#include <atomic>
#include <functional>

struct ReconOutcome;

struct PublishEnqueueResult
{
    QString runId;
    qint64 documents = 0; ///< documents the run produced
    qint64 changes = 0; ///< of which new or changed in the outbox (a re-run adds none)
    qint64 withdrawn = 0; ///< enqueueResolved: documents of undone resolutions queued for deletion
    QString error;
};

struct PublishDrainResult
{
    EsBootstrapResult bootstrap;
    EsPublishResult publish;
    std::vector<std::pair<EsOutboxItem, QString>> rejected; ///< a sample of rejected documents with reasons
    QString error; ///< the store, the bootstrap or a conflicting mapping stopped it before publishing

    bool complete() const { return error.isEmpty() && publish.complete(); }
};

class PublishJob
{
public:
    using Progress = std::function<void(qint64 published, qint64 failed, qint64 total)>;

    /// \a store: the LocalStore holding the outbox, with its password (the session's store unless a test or --store
    /// says otherwise).
    PublishJob(EsConfig config, StoreLocation store);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /// runDate: the business day reconciled.
    PublishEnqueueResult enqueue(const ReconOutcome &outcome, const QDate &runDate);
    /// Queues the verified documents of items resolved in the resolution store (\a resolutionStore as ReconStore::open
    /// takes it) and changed since \a sinceMs: accepted, paired and late-matched discrepancies join the verified
    /// index. Idempotent like enqueue(): an unchanged resolution queues nothing new.
    /// A resolution undone after it was published queues the deletion of its document, but only of a document
    /// that a resolution put there (the outbox remembers which run last wrote each _id): a matched row's document
    /// is never removed this way.
    /// sinceMs < 0: the last ResolvedWindowDays, beyond the outbox's 30-day memory so nothing falls between.
    PublishEnqueueResult enqueueResolved(const StoreLocation &resolutionStore, qint64 sinceMs = -1);
    static constexpr qint64 ResolvedWindowDays = 35;
    /// Outbox run ids of enqueueResolved() start with it.
    static constexpr QLatin1StringView ResolvedRunPrefix { "resolved-" };
    /// Bootstraps the indexes (refusing to publish into a conflicting mapping), then publishes everything
    /// pending. Published documents older than pruneDays are forgotten afterwards (0 keeps them).
    PublishDrainResult drain(qint64 pruneDays = 30);
    /// Outbox counts without touching the network; error set when the store cannot be read.
    EsOutboxCounts counts(QString *error) const;
    /// Queues rejected documents again; returns how many, -1 on a store error.
    qint64 retryFailed(QString *error);

    /// Today in Korea, the run date when the ledger range does not give one.
    static QDate todayInKorea();

private:
    EsConfig m_config;
    StoreLocation m_store;
    const std::atomic_bool *m_cancel = nullptr;
    Progress m_progress;
};
