// File → Export CSV, Export PDF report and Print report for the window: the export and report workers on the
// window's worker thread, one progress dialog helper with Cancel, and the answer in the status bar.
#pragma once

#include "run/shownrun.h"
#include "store/storelocation.h"

#include <QObject>
#include <vector>

class ExportWorker;
class QProgressDialog;
class QThread;
class QWidget;
class ReportWorker;

class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    /// The workers live on workerThread (the reconciliation's: an export never runs beside a run); window is the
    /// parent of the dialogs.
    ExportController(const StoreLocation &store, QThread *workerThread, QWidget *window);
    /// Cancels what runs; delete this before the worker thread stops.
    ~ExportController() override;

    /// True while a report is written or prepared: one at a time, or a second one would be answered by the first.
    bool reportBusy() const { return m_reportBusy; }
    /// The store reports read resolutions from, from the next report on.
    void setStoreLocation(const StoreLocation &store);

    /// Writes rows of outcome (or its rejected rows) as CSV for Excel to path.
    void exportCsv(const std::shared_ptr<const ReconOutcome> &outcome, std::vector<qint32> rows, bool rejected,
        const QString &path);
    /// Writes the signed reconciliation report of run to path.
    void exportPdf(const ShownRun &run, const QString &path);
    /// Builds the report of run on the worker and shows it in a print preview here (a printer is painted here).
    void printReport(const ShownRun &run);

signals:
    /// An export ended; ok is false when it failed or was cancelled.
    void exported(const QString &path, bool ok);
    void reportBusyChanged(bool busy);
    void statusMessage(const QString &message, int timeoutMs);

private:
    /// A window-modal progress dialog fed by the worker's progress(done, total) signal; Cancel calls cancel.
    template <typename Worker>
    QProgressDialog *showProgress(const QString &text, Worker *worker, void (Worker::*progress)(qint64, qint64));
    void setReportBusy(bool busy);

    QWidget *m_window;
    ExportWorker *m_exporter; ///< lives on the worker thread
    ReportWorker *m_reporter; ///< lives on the worker thread
    bool m_reportBusy = false;
};
