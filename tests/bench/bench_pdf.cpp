// bench_pdf: the PDF reconciliation report with many discrepancy rows (default 10,000 and 100,000), one in ten
// resolved with a Korean note; pages, seconds, file size and peak RSS. Run by hand:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_pdf [rows...] [--keep DIR]
#include "benchsupport.h"
#include "reconpdfwriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

namespace {

ReconReport syntheticReport(qint64 rows)
{
    ReconReport r;
    r.merchantNames = { QStringLiteral("강남점 커피"), QStringLiteral("홍대점 베이커리") };
    r.merchantCount = 2;
    r.from = r.to = QDate(2026, 11, 24);
    r.generatedAtMs = 1795000000000;
    r.operatorName = QStringLiteral("bench");
    r.version = QStringLiteral(PAYRECON_VERSION);
    r.summary.byStatus[size_t(ReconStatus::Mismatched)].count = rows;
    r.discrepancies.reserve(size_t(rows));
    for (qint64 i = 0; i < rows; ++i) {
        ReconReport::Discrepancy d;
        d.transactionId = QStringLiteral("TX%1").arg(i, 10, 10, QLatin1Char('0'));
        d.status = ReconStatus::Mismatched;
        d.reasons = ReasonAmount;
        d.ledgerAmount = 10000 + i;
        d.vanAmount = 10100 + i;
        d.ledgerApprovalNo = d.vanApprovalNo = QString::number(30000000 + i);
        d.occurredAtMs = 1795000000000 + i * 1000;
        d.merchantName = r.merchantNames.at(int(i % 2));
        if (i % 10 == 0) {
            d.resolution = QStringLiteral("accept VAN value");
            d.note = QStringLiteral("고객 확인 완료, 가격 수정분 반영");
            d.resolvedBy = QStringLiteral("bench");
            d.resolvedAtMs = d.occurredAtMs + 3600000;
        }
        r.discrepancies.push_back(std::move(d));
    }
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString keep;
    if (const qsizetype k = args.indexOf(QStringLiteral("--keep")); k >= 0 && k + 1 < args.size()) {
        keep = args.at(k + 1);
        args.remove(k, 2);
    }
    QList<qint64> sizes;
    for (const QString &a : args)
        sizes << a.toLongLong();
    if (sizes.isEmpty())
        sizes = { 10000, 100000 };
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    std::printf("load average %s\n", BenchSupport::loadAverage().constData());
    for (qint64 rows : sizes) {
        const ReconReport report = syntheticReport(rows);
        const QString path = QDir(dir).filePath(QStringLiteral("bench-%1.pdf").arg(rows));
        QElapsedTimer timer;
        timer.start();
        ReconPdfWriter writer;
        QString error;
        if (!writer.write(report, path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%lld rows: %d pages, %.2f s, %.1f MB, peak RSS %.0f MB\n", rows, writer.pageCount(),
            double(timer.elapsed()) / 1000.0, double(QFileInfo(path).size()) / 1e6,
            double(BenchSupport::procStatusKb("VmHWM:")) / 1024.0);
        std::fflush(stdout);
    }
    return 0;
}
