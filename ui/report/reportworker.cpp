#include "report/reportworker.h"

#include "reconpdfwriter.h"
#include "report/reconreportbuilder.h"
#include "resolve/reconstore.h"
#include "resolve/runreport.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReport, "payrecon.report", QtInfoMsg)

ReportWorker::ReportWorker(StoreLocation store, QObject *parent)
    : QObject { parent }
    , m_store { std::move(store) }
{ }

ReconReport ReportWorker::report(const ReconOutcome &outcome, const ReconInputs &inputs, qint64 storedRunId) const
{
    if (storedRunId > 0) {
        // The recorded run carries the resolutions made since, who made them, and the run id auditors look up.
        ReconStore store;
        QString error;
        std::optional<RunInfo> run;
        if (store.open(m_store, &error))
            run = store.run(storedRunId, &error);
        // Only if it is this outcome's run: a run recorded from another window or a stale id must not be printed.
        if (run && run->summary == outcome.result.summary.toJson()) {
            const std::vector<OpenItem> items = store.items(storedRunId, false, &error);
            if (error.isEmpty())
                return RunReport::build(*run, items);
        }
        qCWarning(lcReport) << "report without stored resolutions:"
                            << (error.isEmpty() ? QStringLiteral("another run") : error);
    }
    return ReconReportBuilder().build(outcome, inputs);
}

void ReportWorker::writePdf(
    std::shared_ptr<const ReconOutcome> outcome, const ReconInputs &inputs, const QString &path, qint64 storedRunId)
{
    m_cancel = false;
    const ReconReport report = this->report(*outcome, inputs, storedRunId);
    ReconPdfWriter writer;
    writer.setCancelFlag(&m_cancel);
    writer.setProgress([this](qint64 done, qint64 total) { emit progress(done, total); });
    QString error;
    const bool ok = writer.write(report, path, &error);
    if (m_cancel) {
        emit pdfWritten(path, 0, QString(), true);
        return;
    }
    emit pdfWritten(path, writer.pageCount(), ok ? QString() : error, false);
}

void ReportWorker::buildReport(
    std::shared_ptr<const ReconOutcome> outcome, const ReconInputs &inputs, qint64 storedRunId)
{
    emit reportBuilt(std::make_shared<const ReconReport>(report(*outcome, inputs, storedRunId)));
}
