// Writes CSV exports off the GUI thread (a million rows take a second or two): a worker object on the
// window's worker thread, progress and the result by queued signals, Cancel by an atomic flag.
#pragma once

#include "reconcile/reconciliationjob.h"

#include <QObject>
#include <atomic>
#include <memory>
#include <vector>

class ExportWorker : public QObject
{
    Q_OBJECT

public:
    explicit ExportWorker(QObject *parent = nullptr);

    /// Thread-safe.
    void cancel() { m_cancel = true; }

public slots:
    /// rows: indexes into outcome->result.rows in the grid's order; empty = the rejected rows instead.
    void exportCsv(
        std::shared_ptr<const ReconOutcome> outcome, std::vector<qint32> rows, bool rejected, const QString &path);

signals:
    void progress(qint64 done, qint64 total);
    /// error is empty on success; cancelled exports leave no file behind.
    void finished(const QString &path, qint64 rows, const QString &error, bool cancelled);

private:
    std::atomic_bool m_cancel { false };
};
