// The PDF reconciliation report: a real PDF whose text (pdftotext, poppler-utils) holds the summary figures, the
// Korean merchant names, resolutions and the approval block; pages numbered "Page X of Y" with the table header
// repeated; rejected rows capped; page 1 rasterises to something that is not blank.
#include "reconpdfwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Gangnam = QStringLiteral("강남점 커피");
const QString Hongdae = QStringLiteral("홍대점 베이커리");

ReconReport report(qint64 discrepancies, qint64 rejected)
{
    ReconReport r;
    r.merchantNames = { Gangnam, Hongdae };
    r.merchantCount = 2;
    r.from = QDate(2026, 11, 24);
    r.to = QDate(2026, 11, 24);
    r.generatedAtMs = 1795000000000;
    r.operatorName = QStringLiteral("김회계");
    r.version = QStringLiteral("0.1.0");
    r.runId = 7;
    ReconReport::Input ledger;
    ledger.role = QStringLiteral("ledger");
    ledger.name = QStringLiteral("mysql://clerk@db.example:3306/shop");
    ledger.rowsRead = 1240;
    ReconReport::Input van;
    van.role = QStringLiteral("VAN file");
    van.name = QStringLiteral("van-20261124.csv");
    van.sha256 = QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    van.profile = QStringLiteral("kvan-cp949");
    van.rowsRead = 1236;
    r.inputs = { ledger, van };
    ReconSummary &s = r.summary;
    s.byStatus[size_t(ReconStatus::Matched)] = { 1234, 12345678, 12345678 };
    s.byStatus[size_t(ReconStatus::Mismatched)] = { 3, 45000, 47000 };
    s.byStatus[size_t(ReconStatus::LedgerOnly)] = { 2, 9000, 0 };
    s.byStatus[size_t(ReconStatus::VanOnly)] = { 1, 0, 5000 };
    s.amountReason = { 2, 30000, 32000 };
    s.approvalNoReason = { 1, 15000, 15000 };
    s.ledgerRecords = 1240;
    s.vanRecords = 1236;
    s.ledgerNetWon = 12399678;
    s.vanNetWon = 12397678;
    s.rejectedRows = rejected;
    for (int h = 0; h < 24; ++h)
        r.hourly[size_t(h)] = { 10 + h, 100000 * (h + 1), 9 + h, 98000 * (h + 1) };
    for (qint64 i = 0; i < discrepancies; ++i) {
        ReconReport::Discrepancy d;
        d.transactionId = QStringLiteral("TX%1").arg(i, 8, 10, QLatin1Char('0'));
        d.status = i % 3 == 0 ? ReconStatus::Mismatched : i % 3 == 1 ? ReconStatus::LedgerOnly : ReconStatus::VanOnly;
        d.reasons = d.status == ReconStatus::Mismatched ? ReasonAmount : ReasonNone;
        if (d.status != ReconStatus::VanOnly) {
            d.ledgerAmount = 15000 + i;
            d.ledgerApprovalNo = QStringLiteral("3001%1").arg(i, 4, 10, QLatin1Char('0'));
        }
        if (d.status != ReconStatus::LedgerOnly) {
            d.vanAmount = 16000 + i;
            d.vanApprovalNo = QStringLiteral("3001%1").arg(i, 4, 10, QLatin1Char('0'));
        }
        d.occurredAtMs = 1795000000000 + i * 60000;
        d.merchantName = i % 2 ? Hongdae : Gangnam;
        if (i == 0) {
            d.resolution = QStringLiteral("accept VAN value");
            d.reasonCode = QStringLiteral("PRICE-FIX");
            d.note = QStringLiteral("고객 확인 완료, 가격 수정분 반영");
            d.resolvedBy = QStringLiteral("김회계");
            d.resolvedAtMs = 1795003600000;
        }
        r.discrepancies.push_back(d);
    }
    for (qint64 i = 0; i < std::min<qint64>(rejected, 1000); ++i) {
        RejectedRow row;
        row.file = QStringLiteral("van-20261124.csv");
        row.line = 2 + i;
        row.columnIndex = 3;
        row.column = QStringLiteral("금액");
        row.value = QStringLiteral("12,3O0");
        row.reason = QStringLiteral("The amount is not a whole number of won.");
        r.rejected.push_back(row);
    }
    r.rejectedCount = rejected;
    return r;
}

/// pdftotext -layout of a PDF, UTF-8; empty with a failure recorded when it cannot run.
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning() << "pdftotext failed:" << p.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Collapses runs of spaces: -layout pads columns, and a test should not depend on column widths.
QString squeezed(const QString &text)
{
    QString s = text;
    return s.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
}

} // namespace

class TestReconPdf final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsAKoreanFont();
    void textHoldsFiguresNamesAndApproval();
    void pagesAreNumberedAndRepeatTheTableHeader();
    void rejectedRowsAreCapped();
    void firstPageIsNotBlank();
    void cancelledWriteLeavesNoFile();
    void unwritablePathIsAnError();
    void tenThousandRowsStayBounded();

private:
    QString writeReport(const ReconReport &r, const QString &name, int *pages = nullptr);

    QTemporaryDir m_dir;
    bool m_hasPdfToText = false;
};

void TestReconPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // PAYRECON_KEEP_TEST_FILES=1 keeps the PDFs and the page image for a person to look at.
    if (qEnvironmentVariableIntValue("PAYRECON_KEEP_TEST_FILES")) {
        m_dir.setAutoRemove(false);
        qInfo() << "keeping the test files in" << m_dir.path();
    }
    // Money in the PDF follows the default locale; pin it so the figures below are spelled one way.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_hasPdfToText = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

QString TestReconPdf::writeReport(const ReconReport &r, const QString &name, int *pages)
{
    const QString path = m_dir.filePath(name);
    ReconPdfWriter writer;
    QString error;
    const bool ok = writer.write(r, path, &error);
    if (!ok)
        qWarning() << "write failed:" << error;
    if (pages)
        *pages = writer.pageCount();
    return ok ? path : QString();
}

void TestReconPdf::findsAKoreanFont()
{
    QString error;
    const QString family = ReconPdfWriter::koreanFontFamily(&error);
    QVERIFY2(!family.isEmpty(), qPrintable(error));
    QVERIFY(QFontDatabase::writingSystems(family).contains(QFontDatabase::Korean));
}

void TestReconPdf::textHoldsFiguresNamesAndApproval()
{
    int pages = 0;
    const QString path = writeReport(report(6, 2), QStringLiteral("small.pdf"), &pages);
    QVERIFY(!path.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QCOMPARE(pages, 2); // summary page, then discrepancies, rejected rows and approval
    if (!m_hasPdfToText)
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be checked");
    const QString text = squeezed(pdfText(path));
    QVERIFY(!text.isEmpty());
    const QString expected[] = {
        QStringLiteral("Card settlement reconciliation report"),
        Gangnam,
        Hongdae,
        QStringLiteral("김회계"),
        QStringLiteral("2026-11-24 to 2026-11-24"),
        QStringLiteral("Run 7"), // the store's run id
        QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        QStringLiteral("mysql://clerk@db.example:3306/shop"),
        QStringLiteral("1,234"), // matched count
        QStringLiteral("₩12,345,678"), // matched won
        QStringLiteral("₩12,399,678"), // ledger net
        QStringLiteral("₩12,397,678"), // VAN net
        QStringLiteral("-₩2,000"), // VAN minus ledger
        QStringLiteral("Discrepancies (6)"),
        QStringLiteral("TX00000005"),
        QStringLiteral("accept VAN value"),
        QStringLiteral("21:06:40 KST"), // the resolution's time, last line of its cell
        QStringLiteral("고객 확인 완료"),
        QStringLiteral("Open"),
        QStringLiteral("Input rows that could not be read: 2. All are listed."),
        QStringLiteral("Prepared by"),
        QStringLiteral("Reviewed by"),
        QStringLiteral("Approved by"),
        QStringLiteral("Signature"),
        QStringLiteral("Page 1 of 2"),
        QStringLiteral("Page 2 of 2"),
    };
    for (const QString &s : expected)
        QVERIFY2(text.contains(s), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(s, text.left(6000))));
}

void TestReconPdf::pagesAreNumberedAndRepeatTheTableHeader()
{
    int pages = 0;
    const QString path = writeReport(report(300, 0), QStringLiteral("multi.pdf"), &pages);
    QVERIFY(!path.isEmpty());
    QVERIFY2(pages >= 6, qPrintable(QString::number(pages)));
    if (!m_hasPdfToText)
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be checked");
    const QString text = squeezed(pdfText(path));
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(
            text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(QString::number(page)));
    // Every page from the second holds part of the table and starts with its header.
    QCOMPARE(text.count(QStringLiteral("Resolution and note")), pages - 1);
    QCOMPARE(text.count(QStringLiteral("Discrepancies (continued)")), pages - 2);
    QVERIFY(text.contains(QStringLiteral("TX00000299")));
}

void TestReconPdf::rejectedRowsAreCapped()
{
    const QString path = writeReport(report(0, 1500), QStringLiteral("rejected.pdf"));
    QVERIFY(!path.isEmpty());
    if (!m_hasPdfToText)
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be checked");
    const QString text = squeezed(pdfText(path));
    QVERIFY(text.contains(QStringLiteral("Input rows that could not be read: 1,500. The first 1,000 are listed.")));
    QVERIFY(text.contains(QStringLiteral("Every record of the ledger matched one of the VAN file.")));
    QCOMPARE(text.count(QStringLiteral("The amount is not a whole number of won.")), 1000);
    QVERIFY(text.contains(QStringLiteral("금액 (3)")));
}

void TestReconPdf::firstPageIsNotBlank()
{
    const QString path = writeReport(report(20, 0), QStringLiteral("raster.pdf"));
    QVERIFY(!path.isEmpty());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed: page 1 cannot be rasterised");
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
        { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"), QStringLiteral("1"),
            QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), path, prefix });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    page = page.convertToFormat(QImage::Format_RGB32);
    // A4 at 60 dpi is about 496 x 702; the page carries text, a table and two charts, so well over a few
    // percent of its pixels are ink, and the charts bring colour (not only grey text).
    qint64 ink = 0;
    qint64 coloured = 0;
    for (int y = 0; y < page.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(page.constScanLine(y));
        for (int x = 0; x < page.width(); ++x) {
            const QColor c(line[x]);
            ink += c.lightness() < 200 ? 1 : 0;
            coloured += c.hsvSaturation() > 100 && c.value() > 60 ? 1 : 0;
        }
    }
    const qint64 pixels = qint64(page.width()) * page.height();
    QVERIFY2(ink * 100 > pixels * 3, qPrintable(QStringLiteral("%1 of %2 pixels are ink").arg(ink).arg(pixels)));
    QVERIFY2(coloured * 200 > pixels, qPrintable(QStringLiteral("%1 coloured pixels").arg(coloured)));
    page.save(m_dir.filePath(QStringLiteral("page1-checked.png")));
}

void TestReconPdf::cancelledWriteLeavesNoFile()
{
    const std::atomic_bool cancel { true };
    ReconPdfWriter writer;
    writer.setCancelFlag(&cancel);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QString error;
    QVERIFY(!writer.write(report(2000, 0), path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestReconPdf::unwritablePathIsAnError()
{
    ReconPdfWriter writer;
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    QVERIFY(!writer.write(report(1, 0), path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestReconPdf::tenThousandRowsStayBounded()
{
    const ReconReport r = report(10000, 0);
    QElapsedTimer timer;
    timer.start();
    qint64 progressCalls = 0;
    qint64 lastDone = 0;
    ReconPdfWriter writer;
    writer.setProgress([&](qint64 done, qint64 total) {
        ++progressCalls;
        lastDone = done;
        QCOMPARE(total, 10000);
    });
    const QString path = m_dir.filePath(QStringLiteral("ten-thousand.pdf"));
    QString error;
    QVERIFY2(writer.write(r, path, &error), qPrintable(error));
    const qint64 ms = timer.elapsed();
    const qint64 bytes = QFileInfo(path).size();
    qInfo("10,000 discrepancies: %d pages, %lld ms, %lld bytes", writer.pageCount(), ms, bytes);
    QVERIFY(progressCalls >= 9);
    QCOMPARE(lastDone, 10000);
    // About 40 rows a page, and a few kilobytes a page: far off either bound means pagination or fonts went wrong.
    QVERIFY2(writer.pageCount() > 150 && writer.pageCount() < 400, qPrintable(QString::number(writer.pageCount())));
    QVERIFY2(bytes < 40 * 1024 * 1024, qPrintable(QString::number(bytes)));
}

QTEST_MAIN(TestReconPdf)
#include "tst_reconpdf.moc"
