#include "report/exportworker.h"

#include "report/csvreport.h"

#include <QSaveFile>

ExportWorker::ExportWorker(QObject *parent)
    : QObject { parent }
{ }

void ExportWorker::exportCsv(
    std::shared_ptr<const ReconOutcome> outcome, std::vector<qint32> rows, bool rejected, const QString &path)
{
    m_cancel = false;
    // QSaveFile: an interrupted or cancelled export never leaves a half file that looks complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        emit finished(path, 0, file.errorString(), false);
        return;
    }
    bool ok = false;
    qint64 count = 0;
    if (rejected) {
        ok = CsvReport::writeRejected(file, outcome->rejected);
        count = qint64(outcome->rejected.size());
    } else {
        CsvReport::Options options;
        options.rows = &rows;
        options.cancel = &m_cancel;
        options.progress = [this](qint64 done, qint64 total) { emit progress(done, total); };
        ok = CsvReport::writeOutcomes(file, *outcome, options);
        count = qint64(rows.size());
    }
    if (m_cancel) {
        file.cancelWriting();
        emit finished(path, 0, QString(), true);
        return;
    }
    if (!ok || !file.commit()) {
        emit finished(path, 0, file.errorString(), false);
        return;
    }
    emit finished(path, count, QString(), false);
}
