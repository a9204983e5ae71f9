#include "reportworker.h"

#include "reconpdfwriter.h"
#include "report/reconreportbuilder.h"

ReportWorker::ReportWorker(QObject *parent)
    : QObject { parent }
{ }

void ReportWorker::writePdf(std::shared_ptr<const ReconOutcome> outcome, const ReconInputs &inputs, const QString &path)
{
    m_cancel = false;
    const ReconReport report = ReconReportBuilder().build(*outcome, inputs);
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

void ReportWorker::buildReport(std::shared_ptr<const ReconOutcome> outcome, const ReconInputs &inputs)
{
    emit reportBuilt(std::make_shared<const ReconReport>(ReconReportBuilder().build(*outcome, inputs)));
}
