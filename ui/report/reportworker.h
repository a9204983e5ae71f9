// Builds and writes the PDF reconciliation report off the GUI thread (hashing the input files and painting
// thousands of pages take seconds): a worker object on the window's worker thread, results by queued signals.
#pragma once

#include "reconcile/reconciliationjob.h"
#include "report/reconreport.h"
#include "store/storelocation.h"

#include <QObject>
#include <atomic>
#include <memory>

class ReportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportWorker)

public:
    /// \a store: the resolution store a recorded run is read from, with its password.
    explicit ReportWorker(StoreLocation store, QObject *parent = nullptr);

    /// Thread-safe.
    void cancel() { m_cancel = true; }

public slots:
    /// The store for the next report (the same store with a new password); call it queued, on this thread.
    void setStoreLocation(const StoreLocation &store) { m_store = store; }
    /// Builds the report of outcome (read from inputs) and writes it as a PDF at path, all or nothing.
    /// storedRunId > 0: the run as recorded in the resolution store, with its current resolutions and run id.
    void writePdf(std::shared_ptr<const ReconOutcome> outcome, const ReconInputs &inputs, const QString &path,
        qint64 storedRunId = 0);
    /// Builds the report only, for print preview (the printer paints on the GUI thread).
    void buildReport(std::shared_ptr<const ReconOutcome> outcome, const ReconInputs &inputs, qint64 storedRunId = 0);

signals:
    void progress(qint64 done, qint64 total);
    /// error is empty on success; a cancelled write leaves no file behind.
    void pdfWritten(const QString &path, int pages, const QString &error, bool cancelled);
    void reportBuilt(std::shared_ptr<const ReconReport> report);

private:
    ReconReport report(const ReconOutcome &outcome, const ReconInputs &inputs, qint64 storedRunId) const;

    StoreLocation m_store;
    std::atomic_bool m_cancel { false };
};
