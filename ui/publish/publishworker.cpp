#include "publish/publishworker.h"

#include "publish/esclient.h"
#include "publish/publishjob.h"

#include <QLocale>

PublishWorker::PublishWorker(StoreLocation store, QObject *parent)
    : QObject { parent }
    , m_store { std::move(store) }
{ }

void PublishWorker::publish(const EsConfig &config, std::shared_ptr<const ReconOutcome> outcome, const QDate &runDate)
{
    m_cancel = false;
    PublishJob job(config, m_store);
    job.setCancelFlag(&m_cancel);
    job.setProgress([this](qint64 done, qint64 failed, qint64 total) { emit progress(done, failed, total); });
    const QLocale locale;
    QStringList lines;
    if (outcome) {
        const PublishEnqueueResult e = job.enqueue(*outcome, runDate);
        if (!e.error.isEmpty()) {
            emit published(tr("Nothing was queued for Elasticsearch: %1").arg(e.error), false);
            refreshCounts();
            return;
        }
        lines << tr("Run %1 queued: %2 documents, %3 of them new or changed.")
                     .arg(e.runId, locale.toString(e.documents), locale.toString(e.changes));
    }
    // Resolutions that made discrepancies verified (accepted, paired, matched late) join the verified index too.
    const PublishEnqueueResult resolved = job.enqueueResolved(m_store);
    if (!resolved.error.isEmpty())
        lines << tr("Resolved items were not queued: %1").arg(resolved.error);
    else if (resolved.changes - resolved.withdrawn > 0)
        lines << tr("%1 resolved items queued for the verified index.")
                     .arg(locale.toString(resolved.changes - resolved.withdrawn));
    if (resolved.withdrawn > 0)
        lines << tr("%1 documents of undone resolutions queued for removal from the verified index.")
                     .arg(locale.toString(resolved.withdrawn));
    const PublishDrainResult d = job.drain();
    if (!d.error.isEmpty()) {
        lines << tr("Publishing did not start: %1").arg(d.error)
              << tr("The documents stay in the outbox; publish again once this is fixed.");
    } else {
        const EsPublishResult &r = d.publish;
        if (!d.bootstrap.created.isEmpty())
            lines << tr("Created the index %1.").arg(d.bootstrap.created.join(QStringLiteral(", ")));
        lines
            << tr("Published %1 documents; %2 rejected.").arg(locale.toString(r.published), locale.toString(r.failed));
        if (r.cancelled)
            lines << tr("Cancelled: what was not acknowledged stays in the outbox.");
        if (!r.error.isEmpty())
            lines << tr("Publishing stopped: %1").arg(r.error);
        for (const auto &[item, reason] : d.rejected)
            lines << tr("Rejected %1/%2: %3").arg(item.index, QString::fromUtf8(item.docId), reason);
    }
    emit published(lines.join(QLatin1Char('\n')), d.complete());
    refreshCounts();
}

void PublishWorker::checkConnection(const EsConfig &config)
{
    const QString invalid = config.validate();
    if (!invalid.isEmpty()) {
        emit connectionChecked(false, invalid);
        return;
    }
    EsClient client(config);
    const EsClusterInfo info = client.checkConnection();
    emit connectionChecked(info.ok(), info.ok() ? info.summary() : info.message);
}

void PublishWorker::refreshCounts()
{
    QString error;
    const EsOutboxCounts c = PublishJob(EsConfig {}, m_store).counts(&error);
    if (error.isEmpty())
        emit countsChanged(c.pending, c.published, c.failed);
}
