// Elasticsearch work for the window, on its own thread (a publish of a million documents takes a while and
// must not hold up the next reconciliation): queue a run, drain the outbox, test a connection, count.
#pragma once

#include "publish/esconfig.h"
#include "reconcile/reconciliationjob.h"
#include "store/storelocation.h"

#include <QDate>
#include <QObject>
#include <atomic>
#include <memory>

class PublishWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishWorker)

public:
    /// \a store: the store holding the outbox and the resolutions, with its password.
    explicit PublishWorker(StoreLocation store, QObject *parent = nullptr);

    /// Thread-safe: stops after the request in flight; the rest stays pending in the outbox.
    void cancel() { m_cancel = true; }

public slots:
    /// Queues outcome (when not null) as one run, then publishes everything pending.
    void publish(const EsConfig &config, std::shared_ptr<const ReconOutcome> outcome, const QDate &runDate);
    void checkConnection(const EsConfig &config);
    void refreshCounts();
    /// The store for the next publish (the same store with a new password); call it queued, on this thread.
    void setStoreLocation(const StoreLocation &store) { m_store = store; }

signals:
    void progress(qint64 published, qint64 failed, qint64 total);
    /// message: one paragraph for a person; complete: everything in the outbox acknowledged.
    void published(const QString &message, bool complete);
    void connectionChecked(bool ok, const QString &message);
    void countsChanged(qint64 pending, qint64 published, qint64 failed);

private:
    StoreLocation m_store;
    std::atomic_bool m_cancel { false };
};
