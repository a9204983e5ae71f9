// Every physical line of a VAN file is accounted for: title/header + footer + blank + record + rejected lines =
// lines in the file, over a corpus of broken files generated here; the control total line; bounded memory on a
// file without line ends.
#include "import/csvimporter.h"
#include "import/csvscanner.h"
#include "import/textdecoder.h"
#include "import/vanprofile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// Lines as docs/VAN_PROFILES.md defines them, counted without the importer's code: a line ends at LF, CR LF or
/// a lone CR; a last line without a line end counts; nothing after the final line end is a line.
qint64 countLines(QByteArrayView bytes)
{
    qint64 lines = 0;
    bool open = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n' || c == '\r') {
            ++lines;
            open = false;
            if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
                ++i;
        } else {
            open = true;
        }
    }
    return lines + (open ? 1 : 0);
}

QByteArray cp949(const QByteArray &utf8)
{
    QStringEncoder encoder("windows-949");
    QByteArray bytes = encoder(QString::fromUtf8(utf8));
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

/// Test PANs are assembled at run time so no full card number sits in the source as one literal.
QByteArray testPan()
{
    return QByteArray("5412") + "7534" + "5678" + "9010";
}
const char kPanHiddenDigits[] = "345678"; ///< digits 7..12 of testPan(): must never survive masking

VanProfile builtIn(const QString &name)
{
    QString error;
    const auto p = VanProfile::load(name, &error);
    if (!p)
        qWarning("cannot load %s: %s", qPrintable(name), qPrintable(error));
    return p.value_or(VanProfile());
}

const QByteArray kTitle = QByteArrayLiteral("카드사 정산내역,2026-11-24");
const QByteArray kHeader = QByteArrayLiteral(
    "거래번호,거래구분,승인금액,승인번호,거래일자,거래시간,카드번호,카드사,가맹점번호,가맹점명,고객번호,업종,할부");

/// A kvan-cp949 record (UTF-8; encoded when the file is built).
QByteArray record(
    int n, qint64 amount = 15000, const QByteArray &merchant = "행복상점", const QByteArray &kind = "승인")
{
    return QByteArray::number(1000 + n) + "," + kind + "," + QByteArray::number(amount) + ",A" + QByteArray::number(n)
        + ",20261124,090000,411111******1111,신한카드,M001," + merchant + ",C001,음식점,0";
}

/// A kvan-cp949 file: title, header, the given lines, the totals line; joined by eol and encoded as CP949.
QByteArray kvanFile(const QList<QByteArray> &lines, const QByteArray &total, const QByteArray &eol = "\n")
{
    QByteArray utf8 = kTitle + eol + kHeader + eol;
    for (const QByteArray &l : lines)
        utf8 += l + eol;
    if (!total.isNull())
        utf8 += total + eol;
    return cp949(utf8);
}

QByteArray utf16(const QByteArray &utf8, bool littleEndian, bool bom)
{
    QStringEncoder encoder(littleEndian ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE,
        bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return encoder(QString::fromUtf8(utf8));
}

QString describe(const ImportResult &r)
{
    QStringList parts;
    if (!r.error.isEmpty())
        parts << QStringLiteral("error: ") + r.error;
    const LineAccount &a = r.lines;
    parts << QStringLiteral("lines %1 = preamble %2 + footer %3 + blank %4 + record lines %5 + rejected lines %6")
                 .arg(a.total)
                 .arg(a.preamble)
                 .arg(a.footer)
                 .arg(a.blank)
                 .arg(a.recordLines)
                 .arg(a.rejectedLines);
    for (const RejectedRow &row : r.rejected)
        parts << QStringLiteral("%1:%2 (%3 lines) col %4 (%5) '%6': %7")
                     .arg(row.file)
                     .arg(row.line)
                     .arg(row.lines)
                     .arg(row.columnIndex)
                     .arg(row.column, row.value.left(120), row.reason);
    parts << r.controlTotal.message;
    return parts.join(QLatin1Char('\n'));
}

} // namespace

class TestVanLines final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileWithoutLineEndsIsReadInBoundedMemoryAndLinearTime();
    void everyLineIsAccountedFor_data();
    void everyLineIsAccountedFor();
    void unclosedQuoteRejectsItsLineAndKeepsTheNext();
    void multiLineRecordReportsItsFirstLineAndSpan();
    void utf16IsRefusedNamingTheFile_data();
    void utf16IsRefusedNamingTheFile();
    void tooLongLineIsRejectedWithAShortMaskedPrefix();
    void controlTotal_data();
    void controlTotal();
    void controlTotalUnderAHeaderName();
    void profileKeysRoundTripAndAreValidated();
};

void TestVanLines::initTestCase()
{
    // Messages group digits by the locale; pin one so the figures read the same everywhere.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestVanLines::fileWithoutLineEndsIsReadInBoundedMemoryAndLinearTime()
{
    // First in the file, so no earlier case has grown the heap this one's figures sit on.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const auto profile = VanProfile::fromJson(R"({"name": "one line", "columns": {"transaction_id": "transaction_id",
        "kind": "kind", "amount": "amount", "occurred_at": "occurred_at"}})",
        &error);
    QVERIFY2(profile, qPrintable(error));
    const VanProfile p = *profile;
    struct Run
    {
        qint64 ms = 0;
        qint64 peakGrowthKb = 0;
        bool ok = false;
    };
    auto run = [&](qint64 mb) {
        const QString path = dir.filePath(QStringLiteral("%1mb.csv").arg(mb));
        {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return Run();
            f.write("transaction_id,kind,amount,occurred_at\n");
            const QByteArray block(1 << 20, 'x');
            for (qint64 i = 0; i < mb; ++i)
                f.write(block);
        }
        auto rssKb = [] {
            QFile status(QStringLiteral("/proc/self/status"));
            status.open(QIODevice::ReadOnly);
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    return line.mid(6).trimmed().split(' ').value(0).toLongLong();
            }
            return qint64(-1);
        };
        const qint64 before = rssKb();
        qint64 peak = before;
        CsvImporter importer(p);
        // Called after every block: RSS sampled there is the importer's working set at its largest.
        importer.setProgress([&](qint64, qint64) { peak = qMax(peak, rssKb()); });
        QElapsedTimer timer;
        timer.start();
        const ImportResult r = importer.importFile(path);
        Run result;
        result.ms = timer.elapsed();
        result.peakGrowthKb = peak - before;
        if (!r.ok() || r.rejectedCount != 1 || r.lines.total != 2 || !r.lines.balanced()
            || r.rejected.front().value.size() > 300)
            qWarning("%s", qPrintable(describe(r)));
        else
            result.ok = true;
        QFile::remove(path);
        return result;
    };
    const Run small = run(50);
    const Run large = run(200);
    qInfo("50 MB: %lld ms, +%lld MB; 200 MB: %lld ms, +%lld MB", small.ms, small.peakGrowthKb / 1024, large.ms,
        large.peakGrowthKb / 1024);
    QVERIFY2(small.ok && large.ok, "one long rejected line and its header, nothing else, was expected");
    QVERIFY2(large.peakGrowthKb < 100 * 1024, qPrintable(QStringLiteral("+%1 MB").arg(large.peakGrowthKb / 1024)));
    // Linear: four times the bytes may take four times as long (plus noise on a shared machine), not sixteen.
    QVERIFY2(large.ms <= 8 * small.ms + 1500,
        qPrintable(QStringLiteral("50 MB in %1 ms, 200 MB in %2 ms").arg(small.ms).arg(large.ms)));
}

void TestVanLines::everyLineIsAccountedFor_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("multiline");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<int>("blank");

    const QByteArray total2 = "합계,2건,30000";
    QTest::newRow("clean") << kvanFile({ record(1), record(2) }, total2) << "kvan-cp949" << false << 2 << 0 << 0;
    QTest::newRow("unclosed quote swallowing nothing")
        << kvanFile({ record(1), record(2, 15000, "\"카페 봄날"), record(3) }, "합계,3건,45000") << "kvan-cp949"
        << false << 2 << 1 << 0;
    QTest::newRow("unclosed quote, next line a full card number")
        << kvanFile({ record(1, 15000, "\"카페 봄날"), testPan() + ",1,2,3", record(2) }, total2) << "kvan-cp949"
        << false << 1 << 2 << 0;
    QTest::newRow("stray quotes mid-field")
        << kvanFile({ record(1, 15000, "카페 \"봄날"), record(2, 15000, "\"카페\"봄날"), record(3, 15000, "a\"\"b") },
               "합계,3건,45000")
        << "kvan-cp949" << false << 3 << 0 << 0;
    QTest::newRow("no final newline") << kvanFile({ record(1), record(2) }, total2).chopped(1) << "kvan-cp949" << false
                                      << 2 << 0 << 0;
    QTest::newRow("no final newline, no footer")
        << cp949(kTitle + "\n" + kHeader + "\n" + record(1) + "\n" + record(2)) << "kvan-cp949" << false << 1 << 0 << 0;
    QTest::newRow("CR-only line ends") << kvanFile({ record(1), record(2) }, total2, "\r") << "kvan-cp949" << false << 2
                                       << 0 << 0;
    QTest::newRow("CRLF") << kvanFile({ record(1), record(2) }, total2, "\r\n") << "kvan-cp949" << false << 2 << 0 << 0;
    QTest::newRow("mixed CRLF, LF and CR") << cp949(kTitle + "\r\n" + kHeader + "\n" + record(1) + "\r" + record(2)
        + "\r\n" + record(3) + "\n" + "합계,3건,45000\r\n")
                                           << "kvan-cp949" << false << 3 << 0 << 0;
    QByteArray longLine = cp949(record(2, 15000, QByteArray(10 << 20, 'x')));
    QTest::newRow("a 10 MB line")
        << kvanFile({ record(1), "LONG", record(3) }, "합계,3건,45000").replace("LONG", longLine) << "kvan-cp949"
        << false << 2 << 1 << 0;
    QByteArray nul = record(2);
    nul[2] = '\0';
    QTest::newRow("NUL bytes") << kvanFile({ record(1), nul, record(3), QByteArray("\0\0\0", 3) }, "합계,4건,60000")
                               << "kvan-cp949" << false << 2 << 2 << 0;
    QTest::newRow("truncated last line, footer expected")
        << kvanFile({ record(1), record(2), record(3).left(30) }, QByteArray()).chopped(1) << "kvan-cp949" << false << 2
        << 0 << 0;
    const QByteArray canonical = "transaction_id,kind,amount,approval_no,occurred_at,card_number,card_company,"
                                 "merchant_id,merchant_name,customer_id,category,installment_months\n"
                                 "T1,approval,100,A1,2026-11-24 09:00:00,,,,가게,,,0\n";
    QTest::newRow("truncated last line, no footer") << canonical + "T2,approval,1"
                                                    << "canonical-utf8" << false << 1 << 1 << 0;
    QTest::newRow("truncated inside quotes") << canonical + "T2,approval,100,A2,2026-11-24 09:00:00,,,,\"ab"
                                             << "canonical-utf8" << false << 1 << 1 << 0;
    QTest::newRow("blank lines") << kvanFile({ record(1), "", "   ", record(2), "\t", "" }, total2).append("\n\n \n")
                                 << "kvan-cp949" << false << 2 << 0 << 7;
    QTest::newRow("blank lines between footer lines")
        << cp949(kTitle + "\n" + kHeader + "\n" + record(1) + "\n\n합계,1건,15000\n\n \n") << "kvan-cp949" << false << 1
        << 0 << 3;
    QTest::newRow("multi-line fields allowed") << kvanFile(
        { record(1, 15000, "\"두 줄\r\n상점\""), record(2), record(3, 15000, "\"a\n\nb\"") }, "합계,3건,45000", "\r\n")
                                               << "kvan-cp949" << true << 3 << 0 << 0;
    QTest::newRow("multi-line fields, quote never closed")
        << kvanFile({ record(1, 15000, "\"열린"), record(2), record(3) }, "합계,3건,45000") << "kvan-cp949" << true << 2
        << 1 << 0;
    QTest::newRow("everything at once") << (cp949(kTitle + "\r" + kHeader + "\r\n" + record(1, 15000, "\"열린") + "\n"
                                                + testPan() + "\r\n\n" + record(2, 15000, "카페\"봄날") + "\r" + "  \n")
        + longLine + cp949("\n" + record(4) + "\r\n" + "합계,5건,75000"))
                                        << "kvan-cp949" << false << 2 << 3 << 2;
}

void TestVanLines::everyLineIsAccountedFor()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, profile);
    QFETCH(bool, multiline);
    QFETCH(int, records);
    QFETCH(int, rejected);
    QFETCH(int, blank);
    VanProfile p = builtIn(profile);
    p.multilineFields = multiline;
    const ImportResult r = CsvImporter(p).importData(bytes, QStringLiteral("corpus.csv"));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    const LineAccount &a = r.lines;
    QVERIFY2(a.balanced(), qPrintable(describe(r)));
    QCOMPARE(a.total, countLines(bytes));
    QCOMPARE(r.physicalLines, a.total);
    QCOMPARE(a.preamble, qint64(qMax(1, p.headerRow)));
    QCOMPARE(a.records, qint64(r.table.size()));
    QCOMPARE(a.rejectedRows, r.rejectedCount);
    QCOMPARE(int(r.table.size()), records);
    QCOMPARE(int(r.rejectedCount), rejected);
    QCOMPARE(int(a.blank), blank);
    qint64 rejectedLines = 0;
    for (const RejectedRow &row : r.rejected) {
        rejectedLines += row.lines;
        QCOMPARE(row.file, QStringLiteral("corpus.csv"));
        QVERIFY(row.line > a.preamble && row.line <= a.total);
        QVERIFY(!row.reason.isEmpty());
        QVERIFY2(row.value.size() < 1000, "a rejected value is shown as a short prefix");
        QVERIFY2(!row.value.contains(QLatin1String(kPanHiddenDigits)), qPrintable(row.value));
    }
    QCOMPARE(rejectedLines, a.rejectedLines);
    for (qsizetype i = 0; i < r.table.size(); ++i) {
        QVERIFY(r.table.sourceLine(i) > a.preamble && r.table.sourceLine(i) <= a.total);
        QVERIFY(!r.table.text(i, RecordTable::Text::MerchantName).contains(kPanHiddenDigits));
    }
    if (!multiline)
        QCOMPARE(a.recordLines, a.records);
}

void TestVanLines::unclosedQuoteRejectsItsLineAndKeepsTheNext()
{
    // The merchant name opens a quote and never closes it; the next line holds a full card number. Read as
    // RFC 4180 the two lines were one record and the number ended up in the merchant name.
    const QByteArray bytes = kvanFile(
        { record(1), record(2, 15000, "\"카페 봄날"),
            "1003,승인,15000,A3,20261124,090000," + testPan() + ",신한카드,M001," + "정상 상점,C001,음식점,0" },
        "합계,3건,45000");
    const ImportResult r
        = CsvImporter(builtIn(QStringLiteral("kvan-cp949"))).importData(bytes, QStringLiteral("v.csv"));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.table.size(), qsizetype(2));
    QCOMPARE(r.table.sourceLine(1), qint64(5));
    QCOMPARE(r.table.text(1, RecordTable::Text::MerchantName).toByteArray(), QByteArray("정상 상점"));
    QCOMPARE(r.table.text(1, RecordTable::Text::CardNumber).toByteArray(), QByteArray("541275******9010"));
    QCOMPARE(r.rejected.size(), size_t(1));
    const RejectedRow &row = r.rejected.front();
    QCOMPARE(row.file, QStringLiteral("v.csv"));
    QCOMPARE(row.line, qint64(4));
    QCOMPARE(row.columnIndex, 10);
    QCOMPARE(row.column, QStringLiteral("가맹점명"));
    QCOMPARE(row.lines, 1);
    QVERIFY2(row.reason.contains(QStringLiteral("not closed by the end of the line")), qPrintable(row.reason));
    QVERIFY2(r.controlTotal.state == ControlTotalCheck::State::Agrees, qPrintable(r.controlTotal.message));
    QCOMPARE(r.controlTotal.readCount, qint64(3));
}

void TestVanLines::multiLineRecordReportsItsFirstLineAndSpan()
{
    VanProfile p = builtIn(QStringLiteral("kvan-cp949"));
    p.multilineFields = true;
    // A record over three lines with a bad amount: rejected at its first line, spanning three.
    QByteArray bad = record(2, 15000, "\"a\nb\nc\"");
    bad.replace(",15000,", ",15x00,");
    const ImportResult r
        = CsvImporter(p).importData(kvanFile({ record(1), bad, record(3) }, "합계,3건,45000"), QStringLiteral("m.csv"));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.rejected.size(), size_t(1));
    QCOMPARE(r.rejected.front().line, qint64(4));
    QCOMPARE(r.rejected.front().lines, 3);
    QCOMPARE(r.table.sourceLine(1), qint64(7));
    QCOMPARE(r.lines.rejectedLines, qint64(3));
    QVERIFY(r.lines.balanced());
    QCOMPARE(r.lines.total, qint64(8));
}

void TestVanLines::utf16IsRefusedNamingTheFile_data()
{
    QTest::addColumn<bool>("littleEndian");
    QTest::addColumn<bool>("bom");
    QTest::newRow("LE with BOM") << true << true;
    QTest::newRow("LE without BOM") << true << false;
    QTest::newRow("BE with BOM") << false << true;
    QTest::newRow("BE without BOM") << false << false;
}

void TestVanLines::utf16IsRefusedNamingTheFile()
{
    QFETCH(bool, littleEndian);
    QFETCH(bool, bom);
    const QByteArray utf8 = kTitle + "\n" + kHeader + "\n" + record(1) + "\n" + record(2) + "\n합계,2건,30000\n";
    for (const QString &profile : { QStringLiteral("kvan-cp949"), QStringLiteral("canonical-utf8") }) {
        const ImportResult r
            = CsvImporter(builtIn(profile)).importData(utf16(utf8, littleEndian, bom), QStringLiteral("wide.csv"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QStringLiteral("wide.csv: ")) && r.error.contains(QStringLiteral("UTF-16")),
            qPrintable(r.error));
        QCOMPARE(r.table.size(), qsizetype(0));
    }
    // A few stray NULs do not make a file UTF-16.
    QByteArray nul = kvanFile({ record(1), record(2) }, "합계,2건,30000");
    nul[nul.indexOf('\n') + 3] = '\0';
    QVERIFY(TextDecoder::detectUtf16(nul) == TextDecoder::Utf16::None);
}

void TestVanLines::tooLongLineIsRejectedWithAShortMaskedPrefix()
{
    VanProfile p = builtIn(QStringLiteral("kvan-cp949"));
    p.maxLineBytes = 1024;
    // The prefix kept for the message ends in the middle of a card number: no part of it may show.
    QByteArray line = "1002,승인,15000,A2,20261124,090000,";
    line += QByteArray(CsvScanner::kPrefixBytes - cp949(line).size() - 8, 'x') + ",";
    line += testPan() + "," + QByteArray(2000, 'y');
    const ImportResult r = CsvImporter(p).importData(
        kvanFile({ record(1), line, record(3) }, "합계,3건,45000"), QStringLiteral("l.csv"));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.table.size(), qsizetype(2));
    QCOMPARE(r.rejected.size(), size_t(1));
    const RejectedRow &row = r.rejected.front();
    QCOMPARE(row.line, qint64(4));
    QVERIFY2(row.reason.contains(QStringLiteral("max_line_bytes")), qPrintable(row.reason));
    QVERIFY2(row.value.size() <= CsvScanner::kPrefixBytes + 1, qPrintable(row.value));
    QVERIFY2(!row.value.contains(QStringLiteral("5412")), qPrintable(row.value));
    QVERIFY(r.lines.balanced());
}

void TestVanLines::controlTotal_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("expectedCount");
    QTest::addColumn<qint64>("readCount");
    QTest::addColumn<QStringList>("inMessage");
    using S = ControlTotalCheck::State;
    const QByteArray three = record(1) + "\n" + record(2, 20000) + "\n" + record(3, 5000, "행복상점", "취소");
    QTest::newRow("agrees (net)") << kvanFile({ three }, "합계,3건,30000") << int(S::Agrees) << qint64(3) << qint64(3)
                                  << QStringList { QStringLiteral("agrees") };
    QTest::newRow("agrees, grouped and with units") << kvanFile({ three }, "합계,\"3 건\",\"30,000원\"")
                                                    << int(S::Agrees) << qint64(3) << qint64(3) << QStringList();
    QTest::newRow("doctored amount") << kvanFile({ three }, "합계,3건,31000") << int(S::Differs) << qint64(3)
                                     << qint64(3) << QStringList { QStringLiteral("31,000"), QStringLiteral("30,000") };
    QTest::newRow("a record cut away") << kvanFile({ record(1), record(2, 20000) }, "합계,3건,30000") << int(S::Differs)
                                       << qint64(3) << qint64(2)
                                       << QStringList { QStringLiteral("3 rows"), QStringLiteral("2 rows") };
    QTest::newRow("truncated: no total line")
        << kvanFile({ record(1), record(2), record(3) }, QByteArray()) << int(S::Missing) << qint64(0) << qint64(2)
        << QStringList { QStringLiteral("\"합계\""), QStringLiteral("truncated") };
    QTest::newRow("count not a number") << kvanFile({ three }, "합계,세건,30000") << int(S::Unreadable) << qint64(0)
                                        << qint64(3) << QStringList { QStringLiteral("세건") };
    QTest::newRow("rejected row with a readable amount still counts")
        << kvanFile({ record(1), record(2).replace("090000", "99xx99") }, "합계,2건,30000") << int(S::Agrees)
        << qint64(2) << qint64(2) << QStringList { QStringLiteral("agrees") };
    QTest::newRow("rejected row without an amount: count only")
        << kvanFile({ record(1), record(2).replace(",15000,", ",15x00,") }, "합계,2건,30000") << int(S::Agrees)
        << qint64(2) << qint64(2) << QStringList { QStringLiteral("cannot be checked") };
    QTest::newRow("rejected row without an amount, count differs")
        << kvanFile({ record(1), record(2).replace(",15000,", ",15x00,") }, "합계,5건,30000") << int(S::Differs)
        << qint64(5) << qint64(2) << QStringList { QStringLiteral("cannot be checked") };
}

void TestVanLines::controlTotal()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, state);
    QFETCH(qint64, expectedCount);
    QFETCH(qint64, readCount);
    QFETCH(QStringList, inMessage);
    const ImportResult r
        = CsvImporter(builtIn(QStringLiteral("kvan-cp949"))).importData(bytes, QStringLiteral("total.csv"));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    const ControlTotalCheck &c = r.controlTotal;
    QCOMPARE(int(c.state), state);
    QCOMPARE(c.failed(), state != int(ControlTotalCheck::State::Agrees));
    QCOMPARE(c.expectedCount, expectedCount);
    QCOMPARE(c.readCount, readCount);
    QVERIFY2(c.message.startsWith(QStringLiteral("total.csv")), qPrintable(c.message));
    for (const QString &s : inMessage)
        QVERIFY2(c.message.contains(s), qPrintable(c.message));
    QVERIFY(r.lines.balanced());
    // The JSON form reads back.
    const ControlTotalCheck back = ControlTotalCheck::fromJson(c.toJson());
    QCOMPARE(int(back.state), state);
    QCOMPARE(back.message, c.message);
    QCOMPARE(back.readCount, c.readCount);
}

void TestVanLines::controlTotalUnderAHeaderName()
{
    // The shipped test sample writes its gross total under the amount column (13th), not in column 3.
    VanProfile p = builtIn(QStringLiteral("kvan-cp949"));
    p.controlTotal.amount = { QStringLiteral("승인금액"), 0 };
    p.controlTotal.grossAmount = true;
    const ImportResult r = CsvImporter(p).importFile(QStringLiteral(PAYRECON_TEST_DATA_DIR "/kvan-sample-cp949.csv"));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY2(r.controlTotal.state == ControlTotalCheck::State::Agrees, qPrintable(r.controlTotal.message));
    QCOMPARE(r.controlTotal.expectedWon, qint64(2508900));
    p.controlTotal.amount = { QStringLiteral("없는열"), 0 };
    const ImportResult missing
        = CsvImporter(p).importFile(QStringLiteral(PAYRECON_TEST_DATA_DIR "/kvan-sample-cp949.csv"));
    QVERIFY(missing.controlTotal.state == ControlTotalCheck::State::Unreadable);
    QVERIFY2(missing.controlTotal.message.contains(QStringLiteral("없는열")), qPrintable(missing.controlTotal.message));
}

void TestVanLines::profileKeysRoundTripAndAreValidated()
{
    const VanProfile kvan = builtIn(QStringLiteral("kvan-cp949"));
    QVERIFY(kvan.controlTotal.declared());
    QVERIFY(!kvan.multilineFields);
    QCOMPARE(kvan.maxLineBytes, VanProfile::kDefaultMaxLineBytes);
    VanProfile p = kvan;
    p.multilineFields = true;
    p.maxLineBytes = 4096;
    p.controlTotal.covers = VanProfile::ControlTotal::Covers::Approvals;
    p.controlTotal.amount = { QStringLiteral("승인금액"), 0 };
    QString error;
    const auto back = VanProfile::fromJson(p.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->multilineFields);
    QCOMPARE(back->maxLineBytes, qsizetype(4096));
    QCOMPARE(back->controlTotal.label, QStringLiteral("합계"));
    QCOMPARE(back->controlTotal.count.index, 2);
    QCOMPARE(back->controlTotal.amount.header, QStringLiteral("승인금액"));
    QVERIFY(back->controlTotal.covers == VanProfile::ControlTotal::Covers::Approvals);

    const QByteArray base = R"({"name": "x", "header_row": 1, "skip_footer_lines": 1,
        "columns": {"transaction_id": "id", "amount": "amt", "occurred_at": "at"}, )";
    for (const QByteArray &bad : { QByteArray(R"("max_line_bytes": 10})"), QByteArray(R"("max_line_bytes": "big"})"),
             QByteArray(R"("control_total": {"label": "합계"}})"),
             QByteArray(R"("control_total": {"label": "", "count_column": 2, "amount_column": 3}})"),
             QByteArray(R"("control_total": {"label": "합계", "count_column": 2, "amount_column": 3, "covers": "x"}})"),
             QByteArray(
                 R"("control_total": {"label": "T", "count_column": 2, "amount_column": 3, "amount_basis": "y"}})") }) {
        QVERIFY2(!VanProfile::fromJson(base + bad, &error), bad.constData());
        QVERIFY(!error.isEmpty());
    }
    const QByteArray noFooter = R"({"name": "x", "columns": {"transaction_id": "id", "amount": "amt", "occurred_at":
        "at"}, "control_total": {"label": "합계", "count_column": 2, "amount_column": 3}})";
    QVERIFY(!VanProfile::fromJson(noFooter, &error));
    QVERIFY2(error.contains(QStringLiteral("skip_footer_lines")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestVanLines)
#include "tst_vanlines.moc"
