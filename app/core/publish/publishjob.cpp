#include "publishjob.h"

#include "resolve/reconstore.h"

#include "esclient.h"
#include "esdocumentbuilder.h"
#include "esoutbox.h"
#include "publishlog.h"
#include "reconcile/reconciliationjob.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace {
bool openOutbox(LocalStore &store, EsOutbox &box, QString *error)
{
    return store.open(error) && box.prepare(error);
}
} // namespace

PublishJob::PublishJob(EsConfig config, StoreLocation store)
    : m_config { std::move(config) }
    , m_store { std::move(store) }
{ }

QDate PublishJob::todayInKorea()
{
    return QDateTime::currentDateTimeUtc().addSecs(9 * 3600).date();
}

PublishEnqueueResult PublishJob::enqueue(const ReconOutcome &outcome, const QDate &runDate)
{
    PublishEnqueueResult r;
    LocalStore store(m_store);
    EsOutbox box(store);
    if (!openOutbox(store, box, &r.error))
        return r;
    r.runId = EsDocumentBuilder::newRunId(QDateTime::currentDateTimeUtc());
    const EsDocumentBuilder builder(m_config.verifiedIndex, m_config.mismatchIndex, r.runId, runDate);
    // One transaction: a run is in the outbox whole or not at all.
    if (!box.beginEnqueue(r.runId, &r.error))
        return r;
    QString error;
    r.documents = builder.build(outcome.ledger, outcome.van, outcome.result, [&box, &error, this](EsDocument &&doc) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return false;
        return box.add(doc, &error);
    });
    if (r.documents < 0 || !box.commitEnqueue(&error)) {
        box.rollbackEnqueue();
        r.error = error.isEmpty() ? QCoreApplication::translate("PublishJob", "Cancelled; nothing was queued.") : error;
        r.documents = 0;
        return r;
    }
    r.changes = box.enqueuedChanges();
    return r;
}

PublishEnqueueResult PublishJob::enqueueResolved(const StoreLocation &resolutionStore, qint64 sinceMs)
{
    PublishEnqueueResult r;
    ReconStore recon;
    if (!recon.open(resolutionStore, &r.error))
        return r;
    if (sinceMs < 0)
        sinceMs = QDateTime::currentMSecsSinceEpoch() - ResolvedWindowDays * 86400000;
    const std::vector<OpenItem> items = recon.itemsChangedSince(sinceMs, &r.error);
    if (!r.error.isEmpty())
        return r;
    LocalStore store(m_store);
    EsOutbox box(store);
    if (!openOutbox(store, box, &r.error))
        return r;
    // The prefix marks the outbox rows a resolution wrote: only those may be withdrawn again.
    r.runId = QString(ResolvedRunPrefix) + EsDocumentBuilder::newRunId(QDateTime::currentDateTimeUtc());
    const EsDocumentBuilder builder(m_config.verifiedIndex, m_config.mismatchIndex, r.runId, QDate());
    std::vector<EsDocument> docs;
    QSet<QByteArray> published;
    for (const OpenItem &item : items) {
        if (EsDocumentBuilder::publishesResolved(item)) {
            docs.push_back(builder.resolved(item));
            published.insert(docs.back().id);
        }
    }
    for (const OpenItem &item : items) {
        if (EsDocumentBuilder::publishesResolved(item))
            continue;
        EsDocument gone = builder.withdrawn(item);
        if (published.contains(gone.id))
            continue; // another item of the same payment is verified and keeps the document
        bool deleted = false;
        const QString last = box.lastRunOf(gone.index, gone.id, &deleted, &r.error);
        if (!r.error.isEmpty())
            return r;
        if (deleted || !last.startsWith(ResolvedRunPrefix))
            continue;
        published.insert(gone.id); // both sides of an undone pair name the same document once
        docs.push_back(std::move(gone));
        ++r.withdrawn;
    }
    if (!box.enqueue(r.runId, docs, &r.error))
        return r;
    r.documents = qint64(docs.size());
    r.changes = box.enqueuedChanges();
    if (r.withdrawn > 0)
        qCInfo(lcPublish) << "outbox:" << r.withdrawn << "documents of undone resolutions queued for deletion";
    return r;
}

PublishDrainResult PublishJob::drain(qint64 pruneDays)
{
    PublishDrainResult r;
    LocalStore store(m_store);
    EsOutbox box(store);
    if (!openOutbox(store, box, &r.error))
        return r;
    EsClient client(m_config);
    client.setCancelFlag(m_cancel);
    r.bootstrap = EsIndexBootstrap(client).ensureIndexes();
    if (!r.bootstrap.error.isEmpty()) {
        r.error = r.bootstrap.error;
        return r;
    }
    if (!r.bootstrap.conflicts.isEmpty()) {
        // Publishing into a conflicting mapping would fail row by row or, worse, index money as text.
        r.error = QCoreApplication::translate("PublishJob",
            "Nothing was published: the existing index mapping conflicts (%1). Fix the mapping or configure other "
            "index names.")
                      .arg(r.bootstrap.conflicts.join(QStringLiteral("; ")));
        return r;
    }
    EsPublisher publisher(client, box);
    publisher.setCancelFlag(m_cancel);
    if (m_progress)
        QObject::connect(&publisher, &EsPublisher::progress,
            [this](qint64 done, qint64 failed, qint64 total) { m_progress(done, failed, total); });
    r.publish = publisher.publish();
    if (r.publish.remaining.failed > 0)
        r.rejected = box.failedItems(20);
    if (pruneDays > 0)
        box.pruneDone(QDateTime::currentMSecsSinceEpoch() - pruneDays * 86400000, nullptr);
    return r;
}

EsOutboxCounts PublishJob::counts(QString *error) const
{
    LocalStore store(m_store);
    EsOutbox box(store);
    if (!openOutbox(store, box, error))
        return {};
    return box.counts(error);
}

qint64 PublishJob::retryFailed(QString *error)
{
    LocalStore store(m_store);
    EsOutbox box(store);
    if (!openOutbox(store, box, error))
        return -1;
    return box.retryFailed(error);
}
