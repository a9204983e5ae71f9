#include "report/exportcontroller.h"

#include "reconpdfwriter.h"
#include "report/exportworker.h"
#include "report/reportworker.h"

#include <QDir>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QThread>
#include <climits>

ExportController::ExportController(const StoreLocation &store, QThread *workerThread, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_exporter(new ExportWorker)
    , m_reporter(new ReportWorker(store))
{
    setObjectName(QStringLiteral("exportController"));
    m_exporter->moveToThread(workerThread);
    m_reporter->moveToThread(workerThread);
}

ExportController::~ExportController()
{
    m_exporter->cancel();
    m_reporter->cancel();
    // Deleted on their thread, which handles deferred deletes even as it stops.
    m_exporter->deleteLater();
    m_reporter->deleteLater();
}

void ExportController::setStoreLocation(const StoreLocation &store)
{
    // The worker opens the store on its thread: the change reaches it there, after the report under way.
    QMetaObject::invokeMethod(
        m_reporter, [w = m_reporter, store] { w->setStoreLocation(store); }, Qt::QueuedConnection);
}

template <typename Worker>
QProgressDialog *ExportController::showProgress(
    const QString &text, Worker *worker, void (Worker::*progress)(qint64, qint64))
{
    auto *dialog = new QProgressDialog(text, tr("Cancel"), 0, 1000, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(
        dialog, &QProgressDialog::canceled, worker, [worker] { worker->cancel(); }, Qt::DirectConnection);
    // The dialog is the context: closing it ends the connection.
    connect(worker, progress, dialog,
        [dialog](qint64 done, qint64 total) { dialog->setValue(total > 0 ? int(done * 1000 / total) : 0); });
    return dialog;
}

void ExportController::setReportBusy(bool busy)
{
    if (m_reportBusy == busy)
        return;
    m_reportBusy = busy;
    emit reportBusyChanged(busy);
}

void ExportController::exportCsv(
    const std::shared_ptr<const ReconOutcome> &outcome, std::vector<qint32> rows, bool rejected, const QString &path)
{
    QProgressDialog *dialog
        = showProgress(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)), m_exporter, &ExportWorker::progress);
    connect(
        m_exporter, &ExportWorker::finished, this,
        [this, dialog](const QString &file, qint64 count, const QString &error, bool cancelled) {
            dialog->close();
            if (cancelled)
                emit statusMessage(tr("Export cancelled; no file was written."), 5000);
            else if (!error.isEmpty())
                QMessageBox::warning(m_window, tr("Export failed"),
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), error));
            else
                emit statusMessage(tr("Exported %n row(s) to %1.", nullptr, int(std::min<qint64>(count, INT_MAX)))
                                       .arg(QDir::toNativeSeparators(file)),
                    10000);
            emit exported(file, error.isEmpty() && !cancelled);
        },
        Qt::SingleShotConnection);
    QMetaObject::invokeMethod(
        m_exporter,
        [exporter = m_exporter, outcome, rows = std::move(rows), rejected, path]() mutable {
            exporter->exportCsv(outcome, std::move(rows), rejected, path);
        },
        Qt::QueuedConnection);
}

void ExportController::exportPdf(const ShownRun &run, const QString &path)
{
    if (m_reportBusy || run.isEmpty())
        return;
    setReportBusy(true);
    QProgressDialog *dialog = showProgress(
        tr("Writing the report %1…").arg(QDir::toNativeSeparators(path)), m_reporter, &ReportWorker::progress);
    connect(
        m_reporter, &ReportWorker::pdfWritten, this,
        [this, dialog](const QString &file, int pages, const QString &error, bool cancelled) {
            dialog->close();
            setReportBusy(false);
            if (cancelled)
                emit statusMessage(tr("Report cancelled; no file was written."), 5000);
            else if (!error.isEmpty())
                QMessageBox::warning(m_window, tr("Report failed"), error);
            else
                emit statusMessage(
                    tr("Wrote the %n-page report %1.", nullptr, pages).arg(QDir::toNativeSeparators(file)), 10000);
            emit exported(file, error.isEmpty() && !cancelled);
        },
        Qt::SingleShotConnection);
    QMetaObject::invokeMethod(
        m_reporter,
        [reporter = m_reporter, run, path] { reporter->writePdf(run.outcome, run.inputs, path, run.runId); },
        Qt::QueuedConnection);
}

void ExportController::printReport(const ShownRun &run)
{
    if (m_reportBusy || run.isEmpty())
        return;
    setReportBusy(true);
    emit statusMessage(tr("Preparing the report…"), 0);
    connect(
        m_reporter, &ReportWorker::reportBuilt, this,
        [this](std::shared_ptr<const ReconReport> report) {
            emit statusMessage(QString(), 0);
            setReportBusy(false);
            auto *preview = new QPrintPreviewDialog(m_window);
            preview->setObjectName(QStringLiteral("reportPreview"));
            preview->setAttribute(Qt::WA_DeleteOnClose);
            preview->printer()->setPageSize(QPageSize(QPageSize::A4));
            preview->printer()->setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
            preview->printer()->setDocName(tr("Reconciliation report"));
            connect(preview, &QPrintPreviewDialog::paintRequested, this, [this, report](QPrinter *printer) {
                QString error;
                if (!ReconPdfWriter().render(*report, printer, &error))
                    QMessageBox::warning(m_window, tr("Report failed"), error);
            });
            preview->open();
        },
        Qt::SingleShotConnection);
    QMetaObject::invokeMethod(
        m_reporter, [reporter = m_reporter, run] { reporter->buildReport(run.outcome, run.inputs, run.runId); },
        Qt::QueuedConnection);
}
