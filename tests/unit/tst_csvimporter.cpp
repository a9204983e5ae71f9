// Reading VAN and ledger CSV files: the RFC 4180 scanner, VAN profiles and the importer's field rules.
#include "domain/cardmask.h"
#include "import/csvimporter.h"
#include "import/csvscanner.h"
#include "import/vanprofile.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using Records = QList<QByteArrayList>;

Q_DECLARE_METATYPE(PaymentRecord)
Q_DECLARE_METATYPE(PaymentKind)

/// Readable QCOMPARE failures for records.
char *toString(const PaymentRecord &r)
{
    const QString s = QStringLiteral("{%1 %2 %3 approval=%4 at=%5 card=%6 company=%7 mid=%8 merchant=%9 customer=%10 "
                                     "category=%11 installment=%12}")
                          .arg(r.transactionId, PaymentKinds::toString(r.kind))
                          .arg(r.amount)
                          .arg(r.approvalNo, r.occurredAt.toUTC().toString(Qt::ISODateWithMs), r.cardNumber,
                              r.cardCompany, r.merchantId, r.merchantName, r.customerId, r.category)
                          .arg(r.installmentMonths);
    return qstrdup(s.toUtf8().constData());
}

namespace {
const QByteArray kHeader = QByteArrayLiteral("transaction_id,kind,amount,approval_no,occurred_at,card_number,"
                                             "card_company,merchant_id,merchant_name,customer_id,category,"
                                             "installment_months");
enum CanonicalColumn {
    ColTransactionId = 1,
    ColKind,
    ColAmount,
    ColApprovalNo,
    ColOccurredAt,
    ColCardNumber,
    ColCardCompany,
    ColMerchantId,
    ColMerchantName,
    ColCustomerId,
    ColCategory,
    ColInstallment
};

/// A valid canonical row; tests change single fields of it.
QByteArrayList goodFields(const QByteArray &id)
{
    return { id, "approval", "15000", "A0001", "2026-11-24 09:00:00", "411111******1111", "신한카드", "M001",
        "행복상점", "C001", "음식점", "0" };
}

QByteArray joined(const QByteArrayList &fields, char delimiter = ',')
{
    return fields.join(delimiter);
}

QByteArray goodLine(const QByteArray &id, char delimiter = ',')
{
    return joined(goodFields(id), delimiter);
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

/// The record goodFields(id) must import as: 09:00 in Seoul is 00:00 UTC.
PaymentRecord goodRecord(const QString &id)
{
    PaymentRecord r;
    r.transactionId = id;
    r.kind = PaymentKind::Approval;
    r.amount = 15000;
    r.approvalNo = QStringLiteral("A0001");
    r.occurredAt = utc(2026, 11, 24);
    r.cardNumber = QStringLiteral("411111******1111");
    r.cardCompany = QString::fromUtf8("신한카드");
    r.merchantId = QStringLiteral("M001");
    r.merchantName = QString::fromUtf8("행복상점");
    r.customerId = QStringLiteral("C001");
    r.category = QString::fromUtf8("음식점");
    r.installmentMonths = 0;
    return r;
}

QByteArray toCp949(const QByteArray &utf8)
{
    QStringEncoder encoder("windows-949");
    QByteArray bytes = encoder(QString::fromUtf8(utf8));
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

/// Test PANs are assembled at run time so no full card number sits in the source as one literal.
QByteArray testPan(const char *separator)
{
    return QByteArray("5412") + separator + "7534" + separator + "5678" + separator + "9010";
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

VanProfile canonical()
{
    return builtIn(QStringLiteral("canonical-utf8"));
}

std::optional<VanProfile> parseProfile(const QByteArray &json)
{
    QString error;
    auto p = VanProfile::fromJson(json, &error);
    if (!p)
        qWarning("profile rejected: %s", qPrintable(error));
    return p;
}

QStringList ids(const RecordTable &t)
{
    QStringList out;
    for (qsizetype i = 0; i < t.size(); ++i)
        out << QString::fromUtf8(t.transactionId(i));
    return out;
}

QString describeRejected(const ImportResult &r)
{
    QStringList parts;
    if (!r.error.isEmpty())
        parts << QStringLiteral("error: ") + r.error;
    for (const RejectedRow &row : r.rejected) {
        parts << QStringLiteral("%1:%2 col %3 (%4) value '%5': %6")
                     .arg(row.file)
                     .arg(row.line)
                     .arg(row.columnIndex)
                     .arg(row.column, row.value, row.reason);
    }
    return parts.join(QStringLiteral("\n"));
}

/// A canonical file of many rows for block-boundary tests, with what the importer must make of it.
struct BigFile
{
    QByteArray data;
    QStringList ids;
    QList<qint64> lines;
    QList<qint64> rejectedLines;
};

BigFile bigFile(const QByteArray &lineEnd, int padding)
{
    const int rows = 120000;
    BigFile f;
    f.data = kHeader + lineEnd;
    f.data.reserve(rows * 130);
    qint64 line = 2;
    for (int i = 0; i < rows; ++i) {
        QByteArrayList fields = goodFields("R" + QByteArray::number(i));
        int span = 1;
        if (i == 0)
            fields[ColCategory - 1] = QByteArray(padding, 'p');
        if (i % 3 == 0) {
            fields[ColMerchantName - 1] = "\"Shop" + lineEnd + "#" + QByteArray::number(i) + ", \"\"x\"\"\"";
            span = 2;
        }
        if (i % 9973 == 5) {
            fields[ColAmount - 1] = "bad";
            f.rejectedLines << line;
        } else {
            f.ids << QStringLiteral("R%1").arg(i);
            f.lines << line;
        }
        f.data += joined(fields) + lineEnd;
        line += span;
    }
    return f;
}

/// A device that reads like a pipe: sequential, no size.
class PipeDevice final : public QIODevice
{
public:
    explicit PipeDevice(QByteArray data)
        : m_data(std::move(data))
    { }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_offset);
        memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

/// A buffer that raises a cancel flag once the reader has taken more than a given number of bytes.
class CancellingBuffer final : public QBuffer
{
public:
    CancellingBuffer(std::atomic_bool *cancel, qint64 after)
        : m_cancel(cancel)
        , m_after(after)
    { }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = QBuffer::readData(data, maxSize);
        if (pos() + n > m_after)
            m_cancel->store(true);
        return n;
    }

private:
    std::atomic_bool *m_cancel;
    qint64 m_after;
};

CsvScanner::Options multiline()
{
    CsvScanner::Options o;
    o.multilineFields = true;
    return o;
}

/// Scans a whole buffer in one go; fails the test on anything but records followed by End.
Records scanAll(
    QByteArray data, char delimiter, QList<int> *lines = nullptr, CsvScanner::Options options = CsvScanner::Options())
{
    CsvScanner scanner(delimiter, options);
    Records out;
    qsizetype pos = 0;
    for (int guard = 0; guard < 10000; ++guard) {
        const CsvScanner::Result r = scanner.next(data.data(), data.size(), pos, true);
        if (r == CsvScanner::Result::End)
            return out;
        if (r != CsvScanner::Result::Record) {
            qWarning("unexpected scanner result %d at %lld", int(r), qint64(pos));
            return out << QByteArrayList { QByteArrayLiteral("<scanner error>") };
        }
        QByteArrayList fields;
        for (const QByteArrayView f : scanner.fields())
            fields << f.toByteArray();
        out << fields;
        if (lines)
            *lines << scanner.lines();
    }
    return out << QByteArrayList { QByteArrayLiteral("<no end>") };
}
} // namespace

class TestCsvImporter final : public QObject
{
    Q_OBJECT

private slots:
    // CsvScanner
    void scannerSplitsRecordsAndFields_data();
    void scannerSplitsRecordsAndFields();
    void scannerGivesSameRecordsWhenFedByteByByte_data();
    void scannerGivesSameRecordsWhenFedByteByByte();
    void scannerGivesSameResultsWhateverTheBlocks_data();
    void scannerGivesSameResultsWhateverTheBlocks();
    void scannerAsksForMoreWhenBufferEndsMidRecord_data();
    void scannerAsksForMoreWhenBufferEndsMidRecord();
    void scannerReportsUnterminatedQuoteAtEnd();
    void scannerReturnsEndWhenNothingIsLeft();
    void detectDelimiterPicksMostFrequentOutsideQuotes_data();
    void detectDelimiterPicksMostFrequentOutsideQuotes();

    // VanProfile
    void profileFromJsonAcceptsValidLayouts_data();
    void profileFromJsonAcceptsValidLayouts();
    void profileFromJsonRejectsInvalidLayouts_data();
    void profileFromJsonRejectsInvalidLayouts();
    void profileToJsonRoundTrips_data();
    void profileToJsonRoundTrips();
    void loadFindsBuiltInProfiles();
    void loadOfUnknownNameListsBuiltIns();
    void loadReadsProfileFromPath();

    // CsvImporter
    void importsCanonicalUtf8Records_data();
    void importsCanonicalUtf8Records();
    void splitsOnEachDelimiter_data();
    void splitsOnEachDelimiter();
    void keepsQuotedDelimitersQuotesAndNewlines_data();
    void keepsQuotedDelimitersQuotesAndNewlines();
    void ignoresTrailingBlankLines_data();
    void ignoresTrailingBlankLines();
    void importsHeaderOnlyFileAsEmpty();
    void rejectsRecordWithUnterminatedQuoteAtEnd();
    void trimsFieldsAndKeepsLeadingZeros();
    void parsesAmountsAsPositiveMagnitudes_data();
    void parsesAmountsAsPositiveMagnitudes();
    void mapsKindValues_data();
    void mapsKindValues();
    void negativeAmountFollowsProfileFlag_data();
    void negativeAmountFollowsProfileFlag();
    void convertsLocalTimesToUtc_data();
    void convertsLocalTimesToUtc();
    void masksCardNumbersAtIngestion();
    void masksCardNumbersInEveryTextField();
    void headerErrorMasksACardNumberInTheHeader();
    void failsOnHeaderMissingMappedColumns_data();
    void failsOnHeaderMissingMappedColumns();
    void rejectsBadRowsWithLocationAndKeepsTheRest_data();
    void rejectsBadRowsWithLocationAndKeepsTheRest();
    void rejectsUndecodableBytesInCp949File();
    void readsCp949FileWithTitleHeaderAndFooter();
    void readsEucKrAsCp949();
    void detectsEncodingAutomatically_data();
    void detectsEncodingAutomatically();
    void detectsCp949AfterLongAsciiStart_data();
    void detectsCp949AfterLongAsciiStart();
    void readsColumnsByIndexWithoutHeader();
    void readsHeaderBelowTitleLine();
    void skipsFooterLines_data();
    void skipsFooterLines();
    void stopsWhenCancelled();
    void stopsWhenCancelledDuringImport();
    void reportsProgressUpToTotal();
    void reportsProgressUpToTotalWithFooter();
    void capsRejectedRowsButCountsAll();
    void importFileReadsFromDisk();
    void importFileNamesUnreadableFile();
    void importDeviceMatchesImportData();
    void keepsLineNumbersAcrossBlockBoundaries_data();
    void keepsLineNumbersAcrossBlockBoundaries();
    void importsShippedSampleFiles_data();
    void importsShippedSampleFiles();
};

// ---------------------------------------------------------------------------------------------- CsvScanner

void TestCsvImporter::scannerSplitsRecordsAndFields_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<QList<int>>("lines"); // physical lines of each record
    QTest::newRow("simple LF") << QByteArray("a,b,c\n1,2,3\n") << ','
                               << Records { { "a", "b", "c" }, { "1", "2", "3" } } << QList<int> { 1, 1 };
    QTest::newRow("CRLF stripped") << QByteArray("a,b\r\nc,d\r\n") << ',' << Records { { "a", "b" }, { "c", "d" } }
                                   << QList<int> { 1, 1 };
    QTest::newRow("last line without newline")
        << QByteArray("a,b\nc,d") << ',' << Records { { "a", "b" }, { "c", "d" } } << QList<int> { 1, 1 };
    QTest::newRow("empty fields") << QByteArray("a,,c\n,\n") << ',' << Records { { "a", "", "c" }, { "", "" } }
                                  << QList<int> { 1, 1 };
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << ',' << Records { { "a,b", "c" } }
                                      << QList<int> { 1 };
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << ',' << Records { { "say \"hi\"", "x" } }
                                    << QList<int> { 1 };
    QTest::newRow("only a quote") << QByteArray("\"\"\"\",x\n") << ',' << Records { { "\"", "x" } } << QList<int> { 1 };
    QTest::newRow("empty quoted") << QByteArray("\"\",a\n") << ',' << Records { { "", "a" } } << QList<int> { 1 };
    QTest::newRow("quoted LF") << QByteArray("\"x\ny\",z\nnext,1\n") << ','
                               << Records { { "x\ny", "z" }, { "next", "1" } } << QList<int> { 2, 1 };
    QTest::newRow("quoted CRLF") << QByteArray("\"x\r\ny\",z\r\nnext,1\r\n") << ','
                                 << Records { { "x\r\ny", "z" }, { "next", "1" } } << QList<int> { 2, 1 };
    QTest::newRow("quoted blank line") << QByteArray("\"a\n\nb\",c\nd,e\n") << ','
                                       << Records { { "a\n\nb", "c" }, { "d", "e" } } << QList<int> { 3, 1 };
    QTest::newRow("semicolon") << QByteArray("a;b,c\n") << ';' << Records { { "a", "b,c" } } << QList<int> { 1 };
    QTest::newRow("tab") << QByteArray("a\tb c\t\n") << '\t' << Records { { "a", "b c", "" } } << QList<int> { 1 };
    QTest::newRow("pipe quoted") << QByteArray("a|\"b|c\"|d\r\n") << '|' << Records { { "a", "b|c", "d" } }
                                 << QList<int> { 1 };
    QTest::newRow("korean") << QByteArray("가맹점,\"승인, 취소\"\n") << ',' << Records { { "가맹점", "승인, 취소" } }
                            << QList<int> { 1 };
    QTest::newRow("quoted field last without newline")
        << QByteArray("a,\"b\nc\"") << ',' << Records { { "a", "b\nc" } } << QList<int> { 2 };
    QTest::newRow("CR-only line ends") << QByteArray("a,b\rc,d\r") << ',' << Records { { "a", "b" }, { "c", "d" } }
                                       << QList<int> { 1, 1 };
    QTest::newRow("mixed line ends") << QByteArray("a\r\nb\nc\rd") << ','
                                     << Records { { "a" }, { "b" }, { "c" }, { "d" } } << QList<int> { 1, 1, 1, 1 };
    QTest::newRow("quoted lone CR") << QByteArray("\"x\ry\",z\rnext\r") << ','
                                    << Records { { "x\ry", "z" }, { "next" } } << QList<int> { 2, 1 };
}

void TestCsvImporter::scannerSplitsRecordsAndFields()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(Records, expected);
    QFETCH(QList<int>, lines);
    QList<int> actualLines;
    QCOMPARE(scanAll(input, delimiter, &actualLines, multiline()), expected);
    QCOMPARE(actualLines, lines);
}

void TestCsvImporter::scannerGivesSameRecordsWhenFedByteByByte_data()
{
    scannerSplitsRecordsAndFields_data();
}

void TestCsvImporter::scannerGivesSameRecordsWhenFedByteByByte()
{
    // The importer reads in blocks: a record cut anywhere (even between CR and LF, or inside "") must come out
    // the same once the rest arrives, and a NeedMore must leave the buffer fit to be scanned again.
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(Records, expected);
    QByteArray buffer = input;
    CsvScanner scanner(delimiter, multiline());
    Records out;
    qsizetype pos = 0;
    qsizetype visible = 0;
    for (int guard = 0; guard < 100000; ++guard) {
        const bool atEnd = visible == buffer.size();
        const qsizetype before = pos;
        const CsvScanner::Result r = scanner.next(buffer.data(), visible, pos, atEnd);
        if (r == CsvScanner::Result::Record) {
            QByteArrayList fields;
            for (const QByteArrayView f : scanner.fields())
                fields << f.toByteArray();
            out << fields;
            continue;
        }
        if (r == CsvScanner::Result::NeedMore) {
            QCOMPARE(pos, before);
            QVERIFY(!atEnd);
            ++visible;
            continue;
        }
        QVERIFY2(r == CsvScanner::Result::End, qPrintable(QStringLiteral("result %1 at %2").arg(int(r)).arg(visible)));
        if (atEnd)
            break;
        ++visible; // End before the end of the input only means "nothing complete yet"
    }
    QCOMPARE(out, expected);
}

/// Every result of scanning data fed n bytes at a time, as text: result, lines, fields (or the long line's size).
QStringList scanTrace(QByteArray data, CsvScanner::Options options, qsizetype step)
{
    CsvScanner scanner(',', options);
    QStringList trace;
    QByteArray buffer;
    qsizetype fed = 0;
    qsizetype pos = 0;
    for (int guard = 0; guard < 1000000; ++guard) {
        const bool atEnd = fed == data.size();
        const CsvScanner::Result r = scanner.next(buffer.data(), buffer.size(), pos, atEnd);
        if (r == CsvScanner::Result::End)
            return trace;
        if (r == CsvScanner::Result::NeedMore) {
            if (atEnd)
                return trace << QStringLiteral("NeedMore at the end");
            // Like the importer: drop what was read, then append the next piece.
            buffer.remove(0, pos);
            pos = 0;
            const qsizetype n = qMin(step, data.size() - fed);
            buffer += data.mid(fed, n);
            fed += n;
            continue;
        }
        QString line = QStringLiteral("%1/%2:").arg(int(r)).arg(scanner.lines());
        if (r == CsvScanner::Result::LineTooLong)
            line += QStringLiteral("%1 bytes from %2")
                        .arg(scanner.lineBytes())
                        .arg(QString::fromLatin1(scanner.prefix()));
        for (const QByteArrayView f : scanner.fields())
            line += QStringLiteral("[%1]").arg(QString::fromLatin1(f.toByteArray().toPercentEncoding()));
        if (r == CsvScanner::Result::UnterminatedQuote)
            line += QStringLiteral(" quote %1@%2").arg(scanner.quoteField()).arg(scanner.quoteOffset());
        trace << line;
    }
    return trace << QStringLiteral("no end");
}

void TestCsvImporter::scannerGivesSameResultsWhateverTheBlocks_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("multiline");
    QTest::addColumn<QStringList>("expected"); // fed whole; empty: only compared with itself
    auto list = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out << QString::fromLatin1(item);
        return out;
    };
    const QByteArray mixed = QByteArrayLiteral("a,b\rc,\"d\"\r\ne,\"f\"\"g\"\n\nh,\"open\r\ni,j\r\rk\0l,m\n"
                                               "0123456789012345678901234567890123456789\r\nn,o");
    QTest::newRow("line mode") << mixed << false
                               << list({ "0/1:[a][b]", "0/1:[c][d]", "0/1:[e][f%22g]", "0/1:[]",
                                      "3/1:[h][open] quote 1@2", "0/1:[i][j]", "0/1:[]", "5/1:[k%00l][m]",
                                      "4/1:40 bytes from 0123456789012345678901234567890", "0/1:[n][o]" });
    QTest::newRow("multi-line mode") << mixed << true << QStringList();
    QTest::newRow("CR-only") << QByteArray("a\rb\r\rc") << false << list({ "0/1:[a]", "0/1:[b]", "0/1:[]", "0/1:[c]" });
    QTest::newRow("quoted line ends, multi-line")
        << QByteArray("\"x\r\ny\",z\r\"p\rq\"\n\"never") << true
        << list({ "0/2:[x%0D%0Ay][z]", "0/2:[p%0Dq]", "3/1:[never] quote 0@0" });
    QTest::newRow("long line at the end without a line end")
        << QByteArray(100, 'z') << false << QStringList { QStringLiteral("4/1:100 bytes from ") + QString(31, u'z') };
}

void TestCsvImporter::scannerGivesSameResultsWhateverTheBlocks()
{
    // The importer feeds blocks whose edges fall anywhere: between CR and LF, inside quotes, inside a long line.
    QFETCH(QByteArray, input);
    QFETCH(bool, multiline);
    QFETCH(QStringList, expected);
    CsvScanner::Options options;
    options.multilineFields = multiline;
    options.maxLineBytes = 30;
    const QStringList whole = scanTrace(input, options, input.size());
    if (!expected.isEmpty())
        QCOMPARE(whole, expected);
    for (const qsizetype step : { 1, 2, 3, 7, 31 })
        QCOMPARE(scanTrace(input, options, step), whole);
}

void TestCsvImporter::scannerAsksForMoreWhenBufferEndsMidRecord_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("recordsFirst");
    QTest::newRow("unterminated last line") << QByteArray("a,b") << 0;
    QTest::newRow("inside quotes") << QByteArray("\"a\nb") << 0;
    QTest::newRow("after doubled quote") << QByteArray("a,\"b\"\"") << 0;
    QTest::newRow("after closing quote") << QByteArray("\"x\"") << 0;
    QTest::newRow("second record cut") << QByteArray("a,b\nc,d") << 1;
    QTest::newRow("second record inside quotes") << QByteArray("a,b\r\n\"c\r\n") << 1;
}

void TestCsvImporter::scannerAsksForMoreWhenBufferEndsMidRecord()
{
    QFETCH(QByteArray, input);
    QFETCH(int, recordsFirst);
    CsvScanner scanner(',', multiline());
    qsizetype pos = 0;
    for (int i = 0; i < recordsFirst; ++i)
        QCOMPARE(scanner.next(input.data(), input.size(), pos, false), CsvScanner::Result::Record);
    const qsizetype before = pos;
    QCOMPARE(scanner.next(input.data(), input.size(), pos, false), CsvScanner::Result::NeedMore);
    QCOMPARE(pos, before);
}

void TestCsvImporter::scannerReportsUnterminatedQuoteAtEnd()
{
    // Even where fields may span lines, a quote never closed rejects its own line only: the rest is read.
    for (const bool multi : { false, true }) {
        QByteArray input("ok,1\na,\"bc\nde");
        CsvScanner scanner(',', multi ? multiline() : CsvScanner::Options());
        qsizetype pos = 0;
        QCOMPARE(scanner.next(input.data(), input.size(), pos, true), CsvScanner::Result::Record);
        QCOMPARE(scanner.next(input.data(), input.size(), pos, true), CsvScanner::Result::UnterminatedQuote);
        QCOMPARE(scanner.fields().size(), size_t(2));
        QCOMPARE(scanner.fields().front().toByteArray(), QByteArray("a"));
        QCOMPARE(scanner.quoteField(), 1);
        QCOMPARE(scanner.quoteOffset(), qsizetype(2));
        QCOMPARE(scanner.lines(), 1);
        QCOMPARE(scanner.next(input.data(), input.size(), pos, true), CsvScanner::Result::Record);
        QCOMPARE(scanner.fields().front().toByteArray(), QByteArray("de"));
        QCOMPARE(scanner.next(input.data(), input.size(), pos, true), CsvScanner::Result::End);
    }
}

void TestCsvImporter::scannerReturnsEndWhenNothingIsLeft()
{
    CsvScanner scanner(',');
    QByteArray empty;
    qsizetype pos = 0;
    QCOMPARE(scanner.next(empty.data(), 0, pos, true), CsvScanner::Result::End);

    QByteArray one("a,b\n");
    pos = 0;
    QCOMPARE(scanner.next(one.data(), one.size(), pos, true), CsvScanner::Result::Record);
    QCOMPARE(pos, one.size());
    QCOMPARE(scanner.next(one.data(), one.size(), pos, true), CsvScanner::Result::End);
}

void TestCsvImporter::detectDelimiterPicksMostFrequentOutsideQuotes_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("expected");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::newRow("semicolon") << QByteArray("a;b;c\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\tc") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b|c|d,e\n") << '|';
    QTest::newRow("first line only") << QByteArray("a;b\n1,2,3,4,5,6\n") << ';';
    QTest::newRow("quoted commas ignored") << QByteArray("\"a,b,c,d\";x;y\n") << ';';
    QTest::newRow("CRLF") << QByteArray("a|b|c\r\n1,2,3,4\r\n") << '|';
    QTest::newRow("korean header") << QByteArray("거래일자;거래시간;거래구분, 비고\n") << ';';
}

void TestCsvImporter::detectDelimiterPicksMostFrequentOutsideQuotes()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, expected);
    QCOMPARE(CsvScanner::detectDelimiter(sample), expected);
}

// ---------------------------------------------------------------------------------------------- VanProfile

void TestCsvImporter::profileFromJsonAcceptsValidLayouts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("minimal occurred_at") << QByteArray(
        R"({"name":"m","columns":{"transaction_id":"id","amount":"amt","occurred_at":"at"}})");
    QTest::newRow("date only") << QByteArray(
        R"({"name":"m","columns":{"transaction_id":"id","amount":"amt","date":"d"}})");
    QTest::newRow("date and time") << QByteArray(
        R"({"name":"m","columns":{"transaction_id":"id","amount":"amt","date":"d","time":"t"}})");
    QTest::newRow("header_row 0 with indexes")
        << QByteArray(R"({"name":"m","header_row":0,"columns":{"transaction_id":1,"amount":3,"occurred_at":2}})");
    for (const char *enc : { "UTF-8", "CP949", "EUC-KR", "auto" }) {
        QTest::newRow(qPrintable(QStringLiteral("encoding %1").arg(QLatin1String(enc))))
            << QByteArray(R"({"name":"m","encoding":")" + QByteArray(enc)
                   + R"(","columns":{"transaction_id":"id","amount":"amt","occurred_at":"at"}})");
    }
    for (const char *delim : { ",", ";", "\\t", "|", "auto" }) {
        QTest::newRow(qPrintable(QStringLiteral("delimiter %1").arg(QLatin1String(delim))))
            << QByteArray(R"({"name":"m","delimiter":")" + QByteArray(delim)
                   + R"(","columns":{"transaction_id":"id","amount":"amt","occurred_at":"at"}})");
    }
    QTest::newRow("kind values") << QByteArray(
        R"({"name":"m","columns":{"transaction_id":"id","amount":"amt","occurred_at":"at","kind":"k"},)"
        R"("kind_values":{"승인":"approval","취소":"cancel"}})");
}

void TestCsvImporter::profileFromJsonAcceptsValidLayouts()
{
    QFETCH(QByteArray, json);
    QString error;
    const auto p = VanProfile::fromJson(json, &error);
    QVERIFY2(p.has_value(), qPrintable(error));
    QCOMPARE(p->name, QStringLiteral("m"));
}

void TestCsvImporter::profileFromJsonRejectsInvalidLayouts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions"); // the error names the problem
    QTest::newRow("not json") << QByteArray("{name:") << QString();
    QTest::newRow("missing name") << QByteArray(
        R"({"columns":{"transaction_id":"id","amount":"amt","occurred_at":"at"}})")
                                  << QStringLiteral("name");
    QTest::newRow("missing transaction_id")
        << QByteArray(R"({"name":"m","columns":{"amount":"amt","occurred_at":"at"}})")
        << QStringLiteral("transaction_id");
    QTest::newRow("missing amount") << QByteArray(
        R"({"name":"m","columns":{"transaction_id":"id","occurred_at":"at"}})")
                                    << QStringLiteral("amount");
    QTest::newRow("neither occurred_at nor date")
        << QByteArray(R"({"name":"m","columns":{"transaction_id":"id","amount":"amt","time":"t"}})")
        << QStringLiteral("occurred_at");
    QTest::newRow("unknown canonical field")
        << QByteArray(R"({"name":"m","columns":{"transaction_id":"id","amount":"amt","occurred_at":"at","tip":"x"}})")
        << QStringLiteral("tip");
    QTest::newRow("unknown encoding") << QByteArray(
        R"({"name":"m","encoding":"latin1","columns":{"transaction_id":"id","amount":"amt","occurred_at":"at"}})")
                                      << QStringLiteral("latin1");
    QTest::newRow("unknown delimiter") << QByteArray(
        R"({"name":"m","delimiter":":","columns":{"transaction_id":"id","amount":"amt","occurred_at":"at"}})")
                                       << QStringLiteral("delimiter");
    QTest::newRow("kind value not approval/cancel") << QByteArray(
        R"({"name":"m","columns":{"transaction_id":"id","amount":"amt","occurred_at":"at"},)"
        R"("kind_values":{"환불":"refund"}})") << QStringLiteral("refund");
    QTest::newRow("header_row 0 with header names")
        << QByteArray(R"({"name":"m","header_row":0,"columns":{"transaction_id":"id","amount":3,"occurred_at":2}})")
        << QStringLiteral("transaction_id");
    QTest::newRow("not an object") << QByteArray("[1,2]") << QString();
}

void TestCsvImporter::profileFromJsonRejectsInvalidLayouts()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    const auto p = VanProfile::fromJson(json, &error);
    QVERIFY(!p.has_value());
    QVERIFY(!error.isEmpty());
    if (!mentions.isEmpty())
        QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestCsvImporter::profileToJsonRoundTrips_data()
{
    QTest::addColumn<QByteArray>("json");
    for (const QString &name : VanProfile::builtInNames()) {
        QFile f(QStringLiteral(":/profiles/%1.json").arg(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QTest::newRow(qPrintable(name)) << f.readAll();
    }
    QTest::newRow("indexes, tab, EUC-KR")
        << QByteArray(R"({"name":"idx","encoding":"EUC-KR","delimiter":"\t","header_row":0,"skip_footer_lines":3,)"
                      R"("columns":{"transaction_id":1,"amount":4,"date":2,"time":3,"kind":5},)"
                      R"("date_format":"yyyy.MM.dd","time_format":"HH:mm","time_zone":"UTC",)"
                      R"("kind_values":{"A":"approval","C":"cancel"},"negative_amount_is_cancel":true})");
}

void TestCsvImporter::profileToJsonRoundTrips()
{
    QFETCH(QByteArray, json);
    const auto a = parseProfile(json);
    QVERIFY(a);
    const auto b = parseProfile(a->toJson());
    QVERIFY2(b, a->toJson().constData());
    QCOMPARE(b->name, a->name);
    QCOMPARE(b->encoding, a->encoding);
    QCOMPARE(b->delimiter, a->delimiter);
    QCOMPARE(b->headerRow, a->headerRow);
    QCOMPARE(b->skipFooterLines, a->skipFooterLines);
    QCOMPARE(b->columns.keys().size(), a->columns.size());
    for (auto it = a->columns.begin(); it != a->columns.end(); ++it) {
        QVERIFY2(b->columns.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(b->columns.value(it.key()).header, it->header);
        QCOMPARE(b->columns.value(it.key()).index, it->index);
    }
    if (a->columns.contains(QStringLiteral("occurred_at"))) {
        QCOMPARE(b->datetimeFormat, a->datetimeFormat);
    } else {
        QCOMPARE(b->dateFormat, a->dateFormat);
        QCOMPARE(b->timeFormat, a->timeFormat);
    }
    QCOMPARE(b->timeZone, a->timeZone);
    QCOMPARE(b->kindValues, a->kindValues);
    QCOMPARE(b->negativeAmountIsCancel, a->negativeAmountIsCancel);
}

void TestCsvImporter::loadFindsBuiltInProfiles()
{
    const QStringList names = VanProfile::builtInNames();
    for (const char *n : { "canonical-utf8", "kvan-cp949", "kvan-cp949-signed" })
        QVERIFY2(names.contains(QLatin1String(n)), qPrintable(names.join(QLatin1Char(' '))));

    QString error;
    const auto kvan = VanProfile::load(QStringLiteral("kvan-cp949"), &error);
    QVERIFY2(kvan, qPrintable(error));
    QCOMPARE(kvan->name, QStringLiteral("kvan-cp949"));
    QCOMPARE(kvan->encoding, QStringLiteral("CP949"));
    QCOMPARE(kvan->headerRow, 2);
    QCOMPARE(kvan->skipFooterLines, 1);
    QCOMPARE(kvan->columns.value(QStringLiteral("amount")).header, QString::fromUtf8("승인금액"));
    QCOMPARE(kvan->kindValues.value(QString::fromUtf8("매입취소")), PaymentKind::Cancel);
    QCOMPARE(kvan->kindValues.value(QString::fromUtf8("승인"), PaymentKind::Cancel), PaymentKind::Approval);

    const auto signedKvan = VanProfile::load(QStringLiteral("kvan-cp949-signed"), &error);
    QVERIFY2(signedKvan, qPrintable(error));
    QCOMPARE(signedKvan->delimiter, QStringLiteral("|"));
    QCOMPARE(signedKvan->skipFooterLines, 2);
    QVERIFY(signedKvan->negativeAmountIsCancel);
    QVERIFY(!signedKvan->columns.contains(QStringLiteral("kind")));

    const auto canon = VanProfile::load(QStringLiteral("canonical-utf8"), &error);
    QVERIFY2(canon, qPrintable(error));
    QCOMPARE(canon->columns.size(), 12);
    QCOMPARE(canon->datetimeFormat, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void TestCsvImporter::loadOfUnknownNameListsBuiltIns()
{
    QString error;
    QVERIFY(!VanProfile::load(QStringLiteral("nope"), &error));
    QVERIFY2(error.contains(QLatin1String("nope")), qPrintable(error));
    for (const char *n : { "canonical-utf8", "kvan-cp949", "kvan-cp949-signed" })
        QVERIFY2(error.contains(QLatin1String(n)), qPrintable(error));
}

void TestCsvImporter::loadReadsProfileFromPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"name":"mine","delimiter":";","columns":{"transaction_id":"id","amount":"amt","occurred_at":"at"}})");
    f.close();
    QString error;
    const auto p = VanProfile::load(path, &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->name, QStringLiteral("mine"));
    QCOMPARE(p->delimiter, QStringLiteral(";"));

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile g(bad);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(R"({"name":"bad","columns":{"amount":"amt","occurred_at":"at"}})");
    g.close();
    QVERIFY(!VanProfile::load(bad, &error));
    QVERIFY2(error.contains(QLatin1String("transaction_id")), qPrintable(error));
}

// ---------------------------------------------------------------------------------------------- CsvImporter

void TestCsvImporter::importsCanonicalUtf8Records_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray lf = kHeader + '\n' + goodLine("T1") + '\n' + goodLine("T2") + '\n';
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QTest::newRow("LF") << lf;
    QTest::newRow("CRLF") << crlf;
    QTest::newRow("BOM LF") << QByteArray(bom + lf);
    QTest::newRow("BOM CRLF") << QByteArray(bom + crlf);
    QTest::newRow("no final newline") << lf.chopped(1);
    QTest::newRow("no final CRLF") << crlf.chopped(2);
}

void TestCsvImporter::importsCanonicalUtf8Records()
{
    QFETCH(QByteArray, data);
    const ImportResult r = CsvImporter(canonical()).importData(data, QStringLiteral("van.csv"));
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(r.delimiter, ',');
    QCOMPARE(r.rejectedCount, qint64(0));
    QVERIFY2(r.rejected.empty(), qPrintable(describeRejected(r)));
    QCOMPARE(r.table.size(), qsizetype(2));
    QCOMPARE(r.table.record(0), goodRecord(QStringLiteral("T1")));
    QCOMPARE(r.table.record(1), goodRecord(QStringLiteral("T2")));
    QCOMPARE(r.table.sourceLine(0), qint64(2));
    QCOMPARE(r.table.sourceLine(1), qint64(3));
    QCOMPARE(r.table.occurredAtMs(0), utc(2026, 11, 24).toMSecsSinceEpoch());
}

void TestCsvImporter::splitsOnEachDelimiter_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QString>("profileDelimiter");
    QTest::addColumn<bool>("bom");
    for (const char d : { ',', ';', '\t', '|' }) {
        const QString name = d == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(d));
        QTest::newRow(qPrintable(name)) << d << QString(QLatin1Char(d)) << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" auto"))) << d << QStringLiteral("auto") << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" auto after BOM"))) << d << QStringLiteral("auto") << true;
    }
}

void TestCsvImporter::splitsOnEachDelimiter()
{
    QFETCH(char, delimiter);
    QFETCH(QString, profileDelimiter);
    QFETCH(bool, bom);
    VanProfile p = canonical();
    p.delimiter = profileDelimiter;
    QByteArray header = kHeader;
    header.replace(',', delimiter);
    QByteArrayList withOthers = goodFields("T2");
    // The other delimiters inside a field are plain text.
    withOthers[ColMerchantName - 1] = "\"a,b;c|d\"";
    const QByteArray data = (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + header + '\n'
        + goodLine("T1", delimiter) + '\n' + joined(withOthers, delimiter) + '\n';
    const ImportResult r = CsvImporter(p).importData(data);
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QCOMPARE(r.delimiter, delimiter);
    QCOMPARE(r.rejectedCount, qint64(0));
    QCOMPARE(r.table.size(), qsizetype(2));
    QCOMPARE(r.table.record(0), goodRecord(QStringLiteral("T1")));
    QCOMPARE(r.table.text(1, RecordTable::Text::MerchantName).toByteArray(), QByteArray("a,b;c|d"));
}

void TestCsvImporter::keepsQuotedDelimitersQuotesAndNewlines_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
}

void TestCsvImporter::keepsQuotedDelimitersQuotesAndNewlines()
{
    QFETCH(QByteArray, lineEnd);
    QByteArrayList quoted = goodFields("T1");
    quoted[ColMerchantName - 1] = "\"행복상점, \"\"본점\"\"\n2층\"";
    QByteArrayList badAmount = goodFields("T2");
    badAmount[ColAmount - 1] = "12.50";
    const QByteArray data = kHeader + lineEnd // line 1
        + joined(quoted) + lineEnd // lines 2-3
        + joined(badAmount) + lineEnd // line 4
        + goodLine("T3") + lineEnd; // line 5
    VanProfile profile = canonical();
    profile.multilineFields = true;
    const ImportResult r = CsvImporter(profile).importData(data, QStringLiteral("q.csv"));
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QCOMPARE(ids(r.table), (QStringList { QStringLiteral("T1"), QStringLiteral("T3") }));
    QCOMPARE(r.lines.total, qint64(5));
    QCOMPARE(r.lines.recordLines, qint64(3));
    QVERIFY(r.lines.balanced());
    QCOMPARE(r.table.text(0, RecordTable::Text::MerchantName).toByteArray(), QByteArray("행복상점, \"본점\"\n2층"));
    QCOMPARE(r.table.sourceLine(0), qint64(2));
    QCOMPARE(r.table.sourceLine(1), qint64(5));
    QCOMPARE(r.rejectedCount, qint64(1));
    QCOMPARE(r.rejected.size(), size_t(1));
    QCOMPARE(r.rejected[0].line, qint64(4));
    QCOMPARE(r.rejected[0].columnIndex, int(ColAmount));
}

void TestCsvImporter::ignoresTrailingBlankLines_data()
{
    QTest::addColumn<QByteArray>("tail");
    QTest::newRow("LF") << QByteArray("\n\n\n");
    QTest::newRow("CRLF") << QByteArray("\r\n\r\n");
    QTest::newRow("spaces") << QByteArray("\n   \n\t\n");
}

void TestCsvImporter::ignoresTrailingBlankLines()
{
    QFETCH(QByteArray, tail);
    const QByteArray data = kHeader + '\n' + goodLine("T1") + '\n' + goodLine("T2") + tail;
    const ImportResult r = CsvImporter(canonical()).importData(data);
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QCOMPARE(r.rejectedCount, qint64(0));
    QCOMPARE(ids(r.table), (QStringList { QStringLiteral("T1"), QStringLiteral("T2") }));
}

void TestCsvImporter::importsHeaderOnlyFileAsEmpty()
{
    for (const QByteArray &data : { QByteArray(kHeader + '\n'), kHeader, QByteArray(kHeader + "\r\n\r\n") }) {
        const ImportResult r = CsvImporter(canonical()).importData(data);
        QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
        QCOMPARE(r.table.size(), qsizetype(0));
        QCOMPARE(r.rejectedCount, qint64(0));
    }
}

void TestCsvImporter::rejectsRecordWithUnterminatedQuoteAtEnd()
{
    QByteArrayList open = goodFields("T2");
    open[ColMerchantName - 1] = "\"never closed";
    const QByteArray data = kHeader + '\n' + goodLine("T1") + '\n' + joined(open) + '\n' + goodLine("T3") + '\n';
    const ImportResult r = CsvImporter(canonical()).importData(data, QStringLiteral("open.csv"));
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    // The line with the open quote is rejected alone; the next line is a record of its own.
    QCOMPARE(ids(r.table), (QStringList { QStringLiteral("T1"), QStringLiteral("T3") }));
    QCOMPARE(r.table.sourceLine(1), qint64(4));
    QCOMPARE(r.rejectedCount, qint64(1));
    QCOMPARE(r.rejected.size(), size_t(1));
    QCOMPARE(r.rejected[0].file, QStringLiteral("open.csv"));
    QCOMPARE(r.rejected[0].line, qint64(3));
    QCOMPARE(r.rejected[0].columnIndex, int(ColMerchantName));
    QCOMPARE(r.rejected[0].column, QStringLiteral("merchant_name"));
    QCOMPARE(r.rejected[0].lines, 1);
    QVERIFY(r.rejected[0].reason.contains(QStringLiteral("not closed")));
}

void TestCsvImporter::trimsFieldsAndKeepsLeadingZeros()
{
    QByteArrayList f = goodFields("  000123 ");
    f[ColKind - 1] = " cancel ";
    f[ColAmount - 1] = "  1250000  ";
    f[ColApprovalNo - 1] = " 00012 ";
    f[ColOccurredAt - 1] = " 2026-11-24 09:00:00 ";
    f[ColMerchantName - 1] = "  행복 상점  ";
    f[ColInstallment - 1] = " 03 ";
    QByteArray header = kHeader;
    header.replace(",", " , "); // header names are trimmed too
    const ImportResult r = CsvImporter(canonical()).importData(header + '\n' + joined(f) + '\n');
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QVERIFY2(r.rejected.empty(), qPrintable(describeRejected(r)));
    QCOMPARE(r.table.size(), qsizetype(1));
    PaymentRecord expected = goodRecord(QStringLiteral("000123"));
    expected.kind = PaymentKind::Cancel;
    expected.amount = 1250000;
    expected.approvalNo = QStringLiteral("00012");
    expected.merchantName = QString::fromUtf8("행복 상점");
    expected.installmentMonths = 3;
    QCOMPARE(r.table.record(0), expected);
}

void TestCsvImporter::parsesAmountsAsPositiveMagnitudes_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("amount");
    QTest::newRow("digits") << QByteArray("1250000") << QByteArray("approval") << true << qint64(1250000);
    QTest::newRow("separators") << QByteArray("\"1,250,000\"") << QByteArray("approval") << true << qint64(1250000);
    QTest::newRow("won") << QByteArray("\"1,250,000원\"") << QByteArray("approval") << true << qint64(1250000);
    QTest::newRow("plus") << QByteArray("+5000") << QByteArray("approval") << true << qint64(5000);
    QTest::newRow("zero fraction") << QByteArray("12000.00") << QByteArray("approval") << true << qint64(12000);
    QTest::newRow("negative cancel") << QByteArray("\"-12,000\"") << QByteArray("cancel") << true << qint64(12000);
    QTest::newRow("fractional") << QByteArray("12.50") << QByteArray("approval") << false << qint64(0);
    QTest::newRow("text") << QByteArray("abc") << QByteArray("approval") << false << qint64(0);
    QTest::newRow("empty") << QByteArray("") << QByteArray("approval") << false << qint64(0);
    QTest::newRow("inner space") << QByteArray("12 000") << QByteArray("approval") << false << qint64(0);
    QTest::newRow("overflow") << QByteArray("99999999999999999999") << QByteArray("approval") << false << qint64(0);
    QTest::newRow("won alone") << QByteArray("원") << QByteArray("approval") << false << qint64(0);
}

void TestCsvImporter::parsesAmountsAsPositiveMagnitudes()
{
    QFETCH(QByteArray, cell);
    QFETCH(QByteArray, kind);
    QFETCH(bool, accepted);
    QFETCH(qint64, amount);
    QByteArrayList f = goodFields("T1");
    f[ColAmount - 1] = cell;
    f[ColKind - 1] = kind;
    const ImportResult r = CsvImporter(canonical())
                               .importData(kHeader + '\n' + goodLine("T0") + '\n' + joined(f) + '\n' + goodLine("T2"));
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    if (accepted) {
        QCOMPARE(r.rejectedCount, qint64(0));
        QCOMPARE(r.table.size(), qsizetype(3));
        QCOMPARE(r.table.amount(1), amount);
    } else {
        QCOMPARE(ids(r.table), (QStringList { QStringLiteral("T0"), QStringLiteral("T2") }));
        QCOMPARE(r.rejectedCount, qint64(1));
        QCOMPARE(r.rejected.size(), size_t(1));
        QCOMPARE(r.rejected[0].line, qint64(3));
        QCOMPARE(r.rejected[0].columnIndex, int(ColAmount));
        QCOMPARE(r.rejected[0].column, QStringLiteral("amount"));
        QVERIFY(!r.rejected[0].reason.isEmpty());
    }
}

void TestCsvImporter::mapsKindValues_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<PaymentKind>("kind");
    QTest::newRow("approval") << QByteArray("approval") << true << PaymentKind::Approval;
    QTest::newRow("cancel") << QByteArray("cancel") << true << PaymentKind::Cancel;
    QTest::newRow("승인") << QByteArray("승인") << true << PaymentKind::Approval;
    QTest::newRow("취소") << QByteArray("취소") << true << PaymentKind::Cancel;
    QTest::newRow("매입취소 (mapped by this profile)") << QByteArray("매입취소") << true << PaymentKind::Cancel;
    QTest::newRow("환불 (unmapped)") << QByteArray("환불") << false << PaymentKind::Approval;
    QTest::newRow("empty") << QByteArray("") << false << PaymentKind::Approval;
}

void TestCsvImporter::mapsKindValues()
{
    QFETCH(QByteArray, cell);
    QFETCH(bool, accepted);
    QFETCH(PaymentKind, kind);
    VanProfile p = canonical();
    // A custom profile spelling: canonical spellings must keep working next to it.
    p.kindValues = { { QString::fromUtf8("승인"), PaymentKind::Approval },
        { QString::fromUtf8("취소"), PaymentKind::Cancel }, { QString::fromUtf8("매입취소"), PaymentKind::Cancel } };
    QByteArrayList f = goodFields("T1");
    f[ColKind - 1] = cell;
    const ImportResult r = CsvImporter(p).importData(kHeader + '\n' + joined(f) + '\n' + goodLine("T2") + '\n');
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    if (accepted) {
        QCOMPARE(r.rejectedCount, qint64(0));
        QCOMPARE(r.table.size(), qsizetype(2));
        QCOMPARE(r.table.kind(0), kind);
        QCOMPARE(r.table.kind(1), PaymentKind::Approval);
    } else {
        QCOMPARE(ids(r.table), QStringList { QStringLiteral("T2") });
        QCOMPARE(r.rejectedCount, qint64(1));
        QCOMPARE(r.rejected.size(), size_t(1));
        QCOMPARE(r.rejected[0].line, qint64(2));
        QCOMPARE(r.rejected[0].columnIndex, int(ColKind));
        QCOMPARE(r.rejected[0].column, QStringLiteral("kind"));
        QCOMPARE(r.rejected[0].value, QString::fromUtf8(cell));
        QVERIFY(!r.rejected[0].reason.isEmpty());
    }
}

void TestCsvImporter::negativeAmountFollowsProfileFlag_data()
{
    QTest::addColumn<bool>("flag");
    QTest::addColumn<bool>("kindColumn");
    QTest::addColumn<QByteArray>("kindCell");
    QTest::addColumn<QByteArray>("amountCell");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<PaymentKind>("kind");
    QTest::addColumn<qint64>("amount");
    QTest::newRow("flag, no kind column, negative")
        << true << false << QByteArray() << QByteArray("\"-12,000\"") << true << PaymentKind::Cancel << qint64(12000);
    QTest::newRow("flag, no kind column, positive")
        << true << false << QByteArray() << QByteArray("\"12,000\"") << true << PaymentKind::Approval << qint64(12000);
    QTest::newRow("flag, cancel kind, negative")
        << true << true << QByteArray("취소") << QByteArray("-12000") << true << PaymentKind::Cancel << qint64(12000);
    QTest::newRow("flag, cancel kind, positive")
        << true << true << QByteArray("cancel") << QByteArray("12000") << true << PaymentKind::Cancel << qint64(12000);
    QTest::newRow("no flag, approval kind, negative")
        << false << true << QByteArray("approval") << QByteArray("\"-12,000\"") << false << PaymentKind::Approval
        << qint64(0);
    QTest::newRow("no flag, no kind column, negative")
        << false << false << QByteArray() << QByteArray("-12000") << false << PaymentKind::Approval << qint64(0);
    QTest::newRow("no flag, cancel kind, negative") << false << true << QByteArray("cancel") << QByteArray("-12000")
                                                    << true << PaymentKind::Cancel << qint64(12000);
}

void TestCsvImporter::negativeAmountFollowsProfileFlag()
{
    QFETCH(bool, flag);
    QFETCH(bool, kindColumn);
    QFETCH(QByteArray, kindCell);
    QFETCH(QByteArray, amountCell);
    QFETCH(bool, accepted);
    QFETCH(PaymentKind, kind);
    QFETCH(qint64, amount);
    VanProfile p = canonical();
    p.negativeAmountIsCancel = flag;
    QByteArrayList header = kHeader.split(',');
    QByteArrayList f = goodFields("T1");
    QByteArrayList g = goodFields("T2");
    f[ColAmount - 1] = amountCell;
    f[ColKind - 1] = kindCell;
    if (!kindColumn) {
        p.columns.remove(QStringLiteral("kind"));
        header.removeAt(ColKind - 1);
        f.removeAt(ColKind - 1);
        g.removeAt(ColKind - 1);
    }
    const ImportResult r = CsvImporter(p).importData(
        joined(header) + '\n' + joined(f) + '\n' + joined(g) + '\n', QStringLiteral("n.csv"));
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    if (accepted) {
        QVERIFY2(r.rejected.empty(), qPrintable(describeRejected(r)));
        QCOMPARE(r.table.size(), qsizetype(2));
        QCOMPARE(r.table.kind(0), kind);
        QCOMPARE(r.table.amount(0), amount);
        QCOMPARE(r.table.kind(1), PaymentKind::Approval);
    } else {
        QCOMPARE(ids(r.table), QStringList { QStringLiteral("T2") });
        QCOMPARE(r.rejectedCount, qint64(1));
        QCOMPARE(r.rejected.size(), size_t(1));
        QCOMPARE(r.rejected[0].line, qint64(2));
        QCOMPARE(r.rejected[0].file, QStringLiteral("n.csv"));
        QVERIFY(!r.rejected[0].reason.isEmpty());
    }
}

void TestCsvImporter::convertsLocalTimesToUtc_data()
{
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QDateTime>("expected");
    const QByteArray single = R"({"name":"s","columns":{"transaction_id":"id","amount":"amt","occurred_at":"at"},)"
                              R"("datetime_format":"yyyy-MM-dd HH:mm:ss"})";
    QTest::newRow("09:00 Seoul") << single << QByteArray("id,amt,at") << QByteArray("T1,100,2026-11-24 09:00:00")
                                 << utc(2026, 11, 24, 0, 0, 0);
    QTest::newRow("before 09:00 is the previous UTC day")
        << single << QByteArray("id,amt,at") << QByteArray("T1,100,2026-01-01 00:30:15")
        << utc(2025, 12, 31, 15, 30, 15);
    QTest::newRow("leap day") << single << QByteArray("id,amt,at") << QByteArray("T1,100,2024-02-29 23:59:59")
                              << utc(2024, 2, 29, 14, 59, 59);
    QTest::newRow("split compact") << QByteArray(
        R"({"name":"s","columns":{"transaction_id":"id","amount":"amt",)"
        R"("date":"d","time":"t"},"date_format":"yyyyMMdd","time_format":"HHmmss"})")
                                   << QByteArray("id,amt,d,t") << QByteArray("T1,100,20261124,130509")
                                   << utc(2026, 11, 24, 4, 5, 9);
    QTest::newRow("split, time before date")
        << QByteArray(R"({"name":"s","columns":{"transaction_id":"id",)"
                      R"("amount":"amt","date":"d","time":"t"},)"
                      R"("date_format":"yyyy-MM-dd","time_format":"HH:mm:ss"})")
        << QByteArray("t,id,d,amt") << QByteArray("08:15:00,T1,2026-11-24,100") << utc(2026, 11, 23, 23, 15, 0);
    QTest::newRow("date only is local midnight")
        << QByteArray(R"({"name":"s","columns":{"transaction_id":"id","amount":"amt","date":"d"},)"
                      R"("date_format":"yyyy.MM.dd"})")
        << QByteArray("id,amt,d") << QByteArray("T1,100,2026.11.24") << utc(2026, 11, 23, 15, 0, 0);
    QTest::newRow("milliseconds") << QByteArray(R"({"name":"s","columns":{"transaction_id":"id","amount":"amt",)"
                                                R"("occurred_at":"at"},"datetime_format":"yyyy-MM-dd'T'HH:mm:ss.zzz"})")
                                  << QByteArray("id,amt,at") << QByteArray("T1,100,2026-11-24T09:00:00.250")
                                  << utc(2026, 11, 24).addMSecs(250);
    QTest::newRow("time_zone UTC") << QByteArray(R"({"name":"s","columns":{"transaction_id":"id","amount":"amt",)"
                                                 R"("occurred_at":"at"},"time_zone":"UTC",)"
                                                 R"("datetime_format":"yyyy-MM-dd HH:mm:ss"})")
                                   << QByteArray("id,amt,at") << QByteArray("T1,100,2026-11-24 09:00:00")
                                   << utc(2026, 11, 24, 9, 0, 0);
}

void TestCsvImporter::convertsLocalTimesToUtc()
{
    QFETCH(QByteArray, profile);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, row);
    QFETCH(QDateTime, expected);
    const auto p = parseProfile(profile);
    QVERIFY(p);
    const ImportResult r = CsvImporter(*p).importData(header + '\n' + row + '\n');
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QVERIFY2(r.rejected.empty(), qPrintable(describeRejected(r)));
    QCOMPARE(r.table.size(), qsizetype(1));
    QCOMPARE(r.table.occurredAtMs(0), expected.toMSecsSinceEpoch());
    QCOMPARE(r.table.record(0).occurredAt, expected);
}

void TestCsvImporter::masksCardNumbersAtIngestion()
{
    QByteArrayList dashed = goodFields("T1");
    dashed[ColCardNumber - 1] = testPan("-");
    QByteArrayList spaced = goodFields("T2");
    spaced[ColCardNumber - 1] = testPan(" ");
    QByteArrayList plain = goodFields("T3");
    plain[ColCardNumber - 1] = testPan("");
    QByteArrayList badAmount = goodFields("T4");
    badAmount[ColCardNumber - 1] = testPan("");
    badAmount[ColAmount - 1] = "abc";
    QByteArrayList badDate = goodFields("T5");
    badDate[ColCardNumber - 1] = testPan("-");
    badDate[ColOccurredAt - 1] = "2026-13-01 00:00:00";
    QByteArrayList shortRow = goodFields("T6");
    shortRow[ColCardNumber - 1] = testPan("");
    shortRow.removeLast();
    QByteArrayList longRow = goodFields("T7");
    longRow[ColCardNumber - 1] = testPan(" ");
    longRow << testPan("");
    QByteArrayList panAsAmount = goodFields("T8");
    panAsAmount[ColAmount - 1] = testPan("-");

    QByteArray data = kHeader + '\n';
    for (const QByteArrayList &f : { dashed, spaced, plain, badAmount, badDate, shortRow, longRow, panAsAmount })
        data += joined(f) + '\n';
    const ImportResult r = CsvImporter(canonical()).importData(data, QStringLiteral("cards.csv"));
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QCOMPARE(ids(r.table), (QStringList { QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3") }));
    for (qsizetype i = 0; i < r.table.size(); ++i)
        QCOMPARE(r.table.text(i, RecordTable::Text::CardNumber).toByteArray(), QByteArray("541275******9010"));
    QCOMPARE(r.rejectedCount, qint64(5));
    const QRegularExpression nonDigits(QStringLiteral("[^0-9]"));
    for (const RejectedRow &row : r.rejected) {
        for (const QString &text : { row.value, row.reason, row.column }) {
            QString digits = text;
            digits.remove(nonDigits);
            QVERIFY2(!digits.contains(QLatin1String(kPanHiddenDigits)),
                qPrintable(QStringLiteral("line %1 leaks a card number: %2").arg(row.line).arg(text)));
        }
    }
}

void TestCsvImporter::masksCardNumbersInEveryTextField()
{
    // Luhn-valid numbers in every text column but the card's, in the forms they arrive in; the ids stay as keys.
    const QByteArray luhnId = testPan("");
    QByteArrayList fields = goodFields(luhnId);
    fields[ColApprovalNo - 1] = testPan("");
    fields[ColCardCompany - 1] = "VISA " + testPan(" ");
    fields[ColMerchantId - 1] = "\"=\"\"" + testPan("") + "\"\"\"";
    // A quoted name that took in the delimiter and the next field: whether a quote may also swallow a line end
    // is the profile's choice, and the masking is the same either way (tst_cardmask covers the text with "\n").
    fields[ColMerchantName - 1] = "\"행복상점 " + testPan("-") + ",x\"";
    fields[ColCustomerId - 1] = testPan(".");
    fields[ColCategory - 1] = "음식점 " + testPan("/");
    QByteArrayList other = goodFields("T2");
    other[ColMerchantName - 1] = "010-1234-5678 / 123-45-67890 / 20261124000123456";
    const ImportResult r
        = CsvImporter(canonical())
              .importData(kHeader + '\n' + joined(fields) + '\n' + joined(other) + '\n', QStringLiteral("text.csv"));
    QVERIFY2(r.ok() && r.rejected.empty(), qPrintable(describeRejected(r)));
    QCOMPARE(r.table.size(), qsizetype(2));
    using T = RecordTable::Text;
    QCOMPARE(r.table.transactionId(0).toByteArray(), luhnId);
    QCOMPARE(r.table.text(0, T::ApprovalNo).toByteArray(), luhnId);
    QCOMPARE(r.table.text(0, T::CardCompany).toByteArray(), QByteArray("VISA 5412 75** **** 9010"));
    QCOMPARE(r.table.text(0, T::MerchantId).toByteArray(), QByteArray("=\"541275******9010\""));
    QCOMPARE(r.table.text(0, T::MerchantName).toByteArray(), QByteArray("행복상점 5412-75**-****-9010,x"));
    QCOMPARE(r.table.text(0, T::CustomerId).toByteArray(), QByteArray("5412.75**.****.9010"));
    QCOMPARE(r.table.text(0, T::Category).toByteArray(), QByteArray("음식점 5412/75**/****/9010"));
    QCOMPARE(
        r.table.text(1, T::MerchantName).toByteArray(), QByteArray("010-1234-5678 / 123-45-67890 / 20261124000123456"));
}

void TestCsvImporter::headerErrorMasksACardNumberInTheHeader()
{
    QByteArray header = kHeader;
    header.replace("card_number", QByteArray("card " + testPan(" ")));
    const ImportResult r = CsvImporter(canonical()).importData(header + '\n' + goodLine("T1") + '\n');
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("header has:")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("card 5412 75** **** 9010")), qPrintable(r.error));
    QVERIFY2(!r.error.contains(QLatin1String(kPanHiddenDigits).left(4)), qPrintable(r.error));
}

void TestCsvImporter::failsOnHeaderMissingMappedColumns_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("missing");
    QByteArrayList header = kHeader.split(',');
    header.removeAt(ColApprovalNo - 1);
    header.removeAt(ColAmount - 1);
    QByteArrayList row = goodFields("T1");
    row.removeAt(ColApprovalNo - 1);
    row.removeAt(ColAmount - 1);
    QTest::newRow("canonical") << QStringLiteral("canonical-utf8")
                               << QByteArray(joined(header) + '\n' + joined(row) + '\n')
                               << QStringList { QStringLiteral("amount"), QStringLiteral("approval_no") };
    const QByteArray kvan
        = toCp949("K-VAN 매출 내역\n"
                  "거래일자,거래시간,거래구분,거래번호,카드번호,카드사,가맹점번호,가맹점명,고객번호,업종,할부\n"
                  "20261124,090000,승인,000123,411111******1111,신한카드,M001,가게,C001,음식점,0\n"
                  "합계,1건\n");
    QTest::newRow("kvan") << QStringLiteral("kvan-cp949") << kvan
                          << QStringList { QString::fromUtf8("승인금액"), QString::fromUtf8("승인번호") };
}

void TestCsvImporter::failsOnHeaderMissingMappedColumns()
{
    QFETCH(QString, profile);
    QFETCH(QByteArray, data);
    QFETCH(QStringList, missing);
    const ImportResult r = CsvImporter(builtIn(profile)).importData(data, QStringLiteral("settle_1124.csv"));
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
    QVERIFY2(r.error.contains(QLatin1String("settle_1124.csv")), qPrintable(r.error));
    for (const QString &m : missing)
        QVERIFY2(r.error.contains(m), qPrintable(r.error));
    QCOMPARE(r.table.size(), qsizetype(0));
}

void TestCsvImporter::rejectsBadRowsWithLocationAndKeepsTheRest_data()
{
    QTest::addColumn<QByteArray>("badRow");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("columnIndex");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value"); // null: not checked
    auto with = [](int column, const QByteArray &cell) {
        QByteArrayList f = goodFields("BAD");
        f[column - 1] = cell;
        return joined(f);
    };
    QByteArrayList shortRow = goodFields("BAD");
    shortRow.removeLast();
    QByteArrayList longRow = goodFields("BAD");
    longRow << "extra";
    const QString utf8 = QStringLiteral("UTF-8");
    QTest::newRow("too few fields") << joined(shortRow) << utf8 << 0 << QString() << QString();
    QTest::newRow("too many fields") << joined(longRow) << utf8 << 0 << QString() << QString();
    QTest::newRow("fractional amount") << with(ColAmount, "12.50") << utf8 << int(ColAmount) << QStringLiteral("amount")
                                       << QStringLiteral("12.50");
    QTest::newRow("text amount") << with(ColAmount, "abc") << utf8 << int(ColAmount) << QStringLiteral("amount")
                                 << QStringLiteral("abc");
    QTest::newRow("impossible date") << with(ColOccurredAt, "2026-02-30 10:00:00") << utf8 << int(ColOccurredAt)
                                     << QStringLiteral("occurred_at") << QStringLiteral("2026-02-30 10:00:00");
    QTest::newRow("date in wrong format") << with(ColOccurredAt, "24/11/2026 10:00") << utf8 << int(ColOccurredAt)
                                          << QStringLiteral("occurred_at") << QStringLiteral("24/11/2026 10:00");
    QTest::newRow("empty transaction id") << with(ColTransactionId, "") << utf8 << int(ColTransactionId)
                                          << QStringLiteral("transaction_id") << QStringLiteral("");
    QTest::newRow("blank transaction id") << with(ColTransactionId, "   ") << utf8 << int(ColTransactionId)
                                          << QStringLiteral("transaction_id") << QString();
    QTest::newRow("unknown kind") << with(ColKind, "환불") << utf8 << int(ColKind) << QStringLiteral("kind")
                                  << QString::fromUtf8("환불");
    QTest::newRow("invalid UTF-8") << with(ColMerchantName, "가게\xFF") << utf8 << int(ColMerchantName)
                                   << QStringLiteral("merchant_name") << QString();
    QTest::newRow("truncated UTF-8") << with(ColCardCompany, "신한\xEC\x8B") << utf8 << int(ColCardCompany)
                                     << QStringLiteral("card_company") << QString();
}

void TestCsvImporter::rejectsBadRowsWithLocationAndKeepsTheRest()
{
    QFETCH(QByteArray, badRow);
    QFETCH(QString, encoding);
    QFETCH(int, columnIndex);
    QFETCH(QString, column);
    QFETCH(QString, value);
    VanProfile p = canonical();
    p.encoding = encoding;
    const QByteArray data = kHeader + '\n' + goodLine("G1") + '\n' + badRow + '\n' + goodLine("G2") + '\n' + badRow
        + '\n' + goodLine("G3") + '\n';
    const ImportResult r = CsvImporter(p).importData(data, QStringLiteral("van_20261124.csv"));
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QCOMPARE(ids(r.table), (QStringList { QStringLiteral("G1"), QStringLiteral("G2"), QStringLiteral("G3") }));
    QCOMPARE(r.table.sourceLine(1), qint64(4));
    QCOMPARE(r.table.sourceLine(2), qint64(6));
    QCOMPARE(r.rejectedCount, qint64(2));
    QCOMPARE(r.rejected.size(), size_t(2));
    const qint64 lines[] = { 3, 5 };
    for (int i = 0; i < 2; ++i) {
        const RejectedRow &row = r.rejected[size_t(i)];
        QCOMPARE(row.file, QStringLiteral("van_20261124.csv"));
        QCOMPARE(row.line, lines[i]);
        QCOMPARE(row.columnIndex, columnIndex);
        if (columnIndex > 0)
            QCOMPARE(row.column, column);
        else
            QVERIFY2(row.column.isEmpty(), qPrintable(row.column));
        if (!value.isNull())
            QCOMPARE(row.value, value);
        QVERIFY(!row.reason.isEmpty());
    }
}

void TestCsvImporter::rejectsUndecodableBytesInCp949File()
{
    const VanProfile p = builtIn(QStringLiteral("kvan-cp949"));
    const QByteArray head = toCp949("K-VAN 매출 내역\n"
                                    "거래일자,거래시간,거래구분,거래번호,승인번호,카드번호,카드사,가맹점번호,가맹점명,"
                                    "고객번호,업종,할부,승인금액\n"
                                    "20261124,090000,승인,000001,30000001,411111******1111,신한카드,M001,가게,C001,"
                                    "음식점,0,1000\n");
    const QByteArray bad = toCp949("20261124,090100,승인,000002,30000002,411111******1111,신한카드,M001,") + "\xC2\xFF"
        + toCp949(",C001,음식점,0,2000\n");
    const QByteArray tail = toCp949("20261124,090200,취소,000001,30000001,411111******1111,신한카드,M001,가게,C001,"
                                    "음식점,0,1000\n"
                                    "합계,2건,3000\n");
    const ImportResult r = CsvImporter(p).importData(head + bad + tail, QStringLiteral("kvan.csv"));
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QCOMPARE(r.encoding, QStringLiteral("CP949"));
    QCOMPARE(ids(r.table), (QStringList { QStringLiteral("000001"), QStringLiteral("000001") }));
    QCOMPARE(r.table.kind(1), PaymentKind::Cancel);
    QCOMPARE(r.rejectedCount, qint64(1));
    QCOMPARE(r.rejected.size(), size_t(1));
    const RejectedRow &row = r.rejected[0];
    QCOMPARE(row.file, QStringLiteral("kvan.csv"));
    QCOMPARE(row.line, qint64(4));
    QCOMPARE(row.columnIndex, 9);
    QCOMPARE(row.column, QString::fromUtf8("가맹점명"));
    QVERIFY(!row.reason.isEmpty());
}

void TestCsvImporter::readsCp949FileWithTitleHeaderAndFooter()
{
    // Columns in another order than the profile lists them: the header decides.
    const QByteArray utf8
        = "K-VAN 가맹점 정산 내역 (2026-11-24)\r\n"
          "거래번호,거래일자,거래시간,거래구분,승인금액,승인번호,카드번호,카드사,가맹점번호,가맹점명,"
          "고객번호,업종,할부\r\n"
          "000123,20261124,090000,승인,\"1,250,000\",30012345,CARD,신한카드,M001,똠얌 식당,C001,음식점,03\r\n"
          "000123,20261124,101530,취소,\"1,250,000원\",30012345,CARD,신한카드,M001,똠얌 식당,C001,음식점,03\r\n"
          "000125,20261125,000000,매입취소,8900,30012399,540926******1234,국민카드,M002,카페,C002,카페,일시불\r\n"
          "합계,3건,\"2,508,900\"\r\n";
    QByteArray data = toCp949(utf8);
    data.replace("CARD", testPan("-"));
    const ImportResult r = CsvImporter(builtIn(QStringLiteral("kvan-cp949"))).importData(data, QStringLiteral("k.csv"));
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QCOMPARE(r.encoding, QStringLiteral("CP949"));
    QVERIFY2(r.rejected.empty(), qPrintable(describeRejected(r)));
    QCOMPARE(r.table.size(), qsizetype(3));

    PaymentRecord a;
    a.transactionId = QStringLiteral("000123");
    a.kind = PaymentKind::Approval;
    a.amount = 1250000;
    a.approvalNo = QStringLiteral("30012345");
    a.occurredAt = utc(2026, 11, 24, 0, 0, 0);
    a.cardNumber = QStringLiteral("541275******9010");
    a.cardCompany = QString::fromUtf8("신한카드");
    a.merchantId = QStringLiteral("M001");
    a.merchantName = QString::fromUtf8("똠얌 식당");
    a.customerId = QStringLiteral("C001");
    a.category = QString::fromUtf8("음식점");
    a.installmentMonths = 3;
    QCOMPARE(r.table.record(0), a);
    PaymentRecord c = a;
    c.kind = PaymentKind::Cancel;
    c.occurredAt = utc(2026, 11, 24, 1, 15, 30);
    QCOMPARE(r.table.record(1), c);
    PaymentRecord d;
    d.transactionId = QStringLiteral("000125");
    d.kind = PaymentKind::Cancel;
    d.amount = 8900;
    d.approvalNo = QStringLiteral("30012399");
    d.occurredAt = utc(2026, 11, 24, 15, 0, 0);
    d.cardNumber = QStringLiteral("540926******1234");
    d.cardCompany = QString::fromUtf8("국민카드");
    d.merchantId = QStringLiteral("M002");
    d.merchantName = QString::fromUtf8("카페");
    d.customerId = QStringLiteral("C002");
    d.category = QString::fromUtf8("카페");
    d.installmentMonths = 0;
    QCOMPARE(r.table.record(2), d);
    QCOMPARE(r.table.sourceLine(0), qint64(3));
    QCOMPARE(r.table.sourceLine(2), qint64(5));
}

void TestCsvImporter::readsEucKrAsCp949()
{
    VanProfile p = canonical();
    p.encoding = QStringLiteral("EUC-KR");
    QByteArrayList f = goodFields("T1");
    f[ColMerchantName - 1] = "똠방각하"; // 똠 is CP949-only: EUC-KR files are read as CP949
    const QByteArray data = toCp949(kHeader + '\n' + joined(f) + '\n' + goodLine("T2") + '\n');
    const ImportResult r = CsvImporter(p).importData(data);
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QVERIFY2(r.rejected.empty(), qPrintable(describeRejected(r)));
    QCOMPARE(r.encoding, QStringLiteral("CP949"));
    QCOMPARE(r.table.size(), qsizetype(2));
    QCOMPARE(r.table.record(0).merchantName, QString::fromUtf8("똠방각하"));
    QCOMPARE(r.table.record(1), goodRecord(QStringLiteral("T2")));
}

void TestCsvImporter::detectsEncodingAutomatically_data()
{
    QTest::addColumn<bool>("cp949");
    QTest::addColumn<QString>("expected");
    QTest::newRow("UTF-8") << false << QStringLiteral("UTF-8");
    QTest::newRow("CP949") << true << QStringLiteral("CP949");
}

void TestCsvImporter::detectsEncodingAutomatically()
{
    QFETCH(bool, cp949);
    QFETCH(QString, expected);
    VanProfile p = canonical();
    p.encoding = QStringLiteral("auto");
    const QByteArray utf8 = kHeader + '\n' + goodLine("T1") + '\n' + goodLine("T2") + '\n';
    const ImportResult r = CsvImporter(p).importData(cp949 ? toCp949(utf8) : utf8);
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QCOMPARE(r.encoding, expected);
    QVERIFY2(r.rejected.empty(), qPrintable(describeRejected(r)));
    QCOMPARE(r.table.size(), qsizetype(2));
    QCOMPARE(r.table.record(0), goodRecord(QStringLiteral("T1")));
    QCOMPARE(r.table.record(1), goodRecord(QStringLiteral("T2")));
}

void TestCsvImporter::detectsCp949AfterLongAsciiStart_data()
{
    QTest::addColumn<QByteArray>("firstKorean");
    QTest::newRow("invalid as UTF-8") << QByteArray("행복상점");
    // In CP949, 치킨 is C4 A1 C5 B2: valid UTF-8 by accident ("ġŲ"), yet the file as a whole is not UTF-8.
    QTest::newRow("valid as UTF-8 by accident") << QByteArray("치킨");
}

void TestCsvImporter::detectsCp949AfterLongAsciiStart()
{
    // "auto" means UTF-8 only when the file is valid UTF-8: Korean text first seen far into a CP949 file
    // (after 5 MB of ASCII-only rows) must still be read as CP949.
    QFETCH(QByteArray, firstKorean);
    VanProfile p = canonical();
    p.encoding = QStringLiteral("auto");
    QByteArray data = kHeader + '\n';
    int rows = 0;
    while (data.size() < 5 * 1024 * 1024) {
        QByteArrayList f = goodFields("A" + QByteArray::number(rows++));
        f[ColCardCompany - 1] = "SHINHAN";
        f[ColMerchantName - 1] = "Happy Store";
        f[ColCategory - 1] = "FOOD";
        data += joined(f) + '\n';
    }
    QByteArrayList first = goodFields("K0");
    first[ColCardCompany - 1] = "SHINHAN";
    first[ColMerchantName - 1] = firstKorean;
    first[ColCategory - 1] = "FOOD";
    data += toCp949(joined(first) + '\n' + goodLine("K1") + '\n');
    const ImportResult r = CsvImporter(p).importData(data);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.encoding, QStringLiteral("CP949"));
    QVERIFY2(r.rejected.empty(), qPrintable(describeRejected(r).left(2000)));
    QCOMPARE(r.table.size(), qsizetype(rows + 2));
    QCOMPARE(r.table.record(rows).merchantName, QString::fromUtf8(firstKorean));
    QCOMPARE(r.table.record(rows + 1), goodRecord(QStringLiteral("K1")));
}

void TestCsvImporter::readsColumnsByIndexWithoutHeader()
{
    const auto p = parseProfile(R"({"name":"idx","header_row":0,"delimiter":";",)"
                                R"("columns":{"transaction_id":2,"amount":4,"date":1,"time":3,"card_number":5},)"
                                R"("date_format":"yyyyMMdd","time_format":"HHmmss"})");
    QVERIFY(p);
    QByteArray data = "20261124;000777;090000;5000;CARD\n"
                      "20261124;000778;bad;6000;x\n"
                      "20261124;000779;100000;7000;\n"
                      "20261124;000780\n";
    data.replace("CARD", testPan(""));
    const ImportResult r = CsvImporter(*p).importData(data, QStringLiteral("idx.csv"));
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QCOMPARE(ids(r.table), (QStringList { QStringLiteral("000777"), QStringLiteral("000779") }));
    QCOMPARE(r.table.sourceLine(0), qint64(1));
    QCOMPARE(r.table.sourceLine(1), qint64(3));
    QCOMPARE(r.table.amount(0), qint64(5000));
    QCOMPARE(r.table.occurredAtMs(0), utc(2026, 11, 24).toMSecsSinceEpoch());
    QCOMPARE(r.table.text(0, RecordTable::Text::CardNumber).toByteArray(), QByteArray("541275******9010"));
    QCOMPARE(r.rejectedCount, qint64(2));
    QCOMPARE(r.rejected.size(), size_t(2));
    QCOMPARE(r.rejected[0].line, qint64(2));
    QCOMPARE(r.rejected[0].columnIndex, 3);
    QCOMPARE(r.rejected[0].value, QStringLiteral("bad"));
    QCOMPARE(r.rejected[1].line, qint64(4)); // fewer fields than the highest mapped index
    QCOMPARE(r.rejected[1].columnIndex, 0);
}

void TestCsvImporter::readsHeaderBelowTitleLine()
{
    VanProfile p = canonical();
    p.headerRow = 2;
    QByteArrayList bad = goodFields("T2");
    bad[ColAmount - 1] = "x";
    const QByteArray data = "정산 내역, 2026-11-24\n" + kHeader + '\n' + goodLine("T1") + '\n' + joined(bad) + '\n'
        + goodLine("T3") + '\n';
    const ImportResult r = CsvImporter(p).importData(data);
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QCOMPARE(ids(r.table), (QStringList { QStringLiteral("T1"), QStringLiteral("T3") }));
    QCOMPARE(r.table.record(0), goodRecord(QStringLiteral("T1")));
    QCOMPARE(r.table.sourceLine(0), qint64(3));
    QCOMPARE(r.table.sourceLine(1), qint64(5));
    QCOMPARE(r.rejected.size(), size_t(1));
    QCOMPARE(r.rejected[0].line, qint64(4));
}

void TestCsvImporter::skipsFooterLines_data()
{
    QTest::addColumn<int>("footerLines");
    QTest::addColumn<QByteArray>("footer");
    QTest::addColumn<int>("records");
    QTest::newRow("none") << 0 << QByteArray() << 3;
    QTest::newRow("one") << 1 << QByteArray("합계,3건,45000\n") << 3;
    QTest::newRow("two with blank lines after") << 2 << QByteArray("합계,3건\n총액,45000\n\n\n") << 3;
    QTest::newRow("two, blank line between") << 2 << QByteArray("합계,3건\n\n총액,45000\n") << 3;
    QTest::newRow("one without final newline") << 1 << QByteArray("END") << 3;
    QTest::newRow("footer count covers a data row") << 2 << QByteArray("합계,3건\n") << 2;
}

void TestCsvImporter::skipsFooterLines()
{
    QFETCH(int, footerLines);
    QFETCH(QByteArray, footer);
    QFETCH(int, records);
    VanProfile p = canonical();
    p.skipFooterLines = footerLines;
    const QByteArray data
        = kHeader + '\n' + goodLine("T1") + '\n' + goodLine("T2") + '\n' + goodLine("T3") + '\n' + footer;
    const ImportResult r = CsvImporter(p).importData(data);
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QVERIFY2(r.rejected.empty(), qPrintable(describeRejected(r)));
    QCOMPARE(r.rejectedCount, qint64(0));
    QCOMPARE(r.table.size(), qsizetype(records));
}

void TestCsvImporter::stopsWhenCancelled()
{
    QByteArray data = kHeader + '\n';
    for (int i = 0; i < 1000; ++i)
        data += goodLine("T" + QByteArray::number(i)) + '\n';
    std::atomic_bool cancel { true };
    CsvImporter importer(canonical());
    importer.setCancelFlag(&cancel);
    const ImportResult r = importer.importData(data);
    QVERIFY(r.cancelled);
    QVERIFY(!r.ok());

    cancel = false;
    const ImportResult full = importer.importData(data);
    QVERIFY(!full.cancelled);
    QCOMPARE(full.table.size(), qsizetype(1000));
}

void TestCsvImporter::stopsWhenCancelledDuringImport()
{
    QByteArray data = kHeader + '\n';
    int rows = 0;
    while (data.size() < 12 * 1024 * 1024)
        data += goodLine("T" + QByteArray::number(rows++)) + '\n';
    std::atomic_bool cancel { false };
    CancellingBuffer device(&cancel, 1024 * 1024);
    device.setData(data);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvImporter importer(canonical());
    importer.setCancelFlag(&cancel);
    const ImportResult r = importer.importDevice(device, QStringLiteral("big.csv"), data.size());
    QVERIFY(cancel);
    QVERIFY(r.cancelled);
    QVERIFY(!r.ok());
    QVERIFY(r.table.size() < rows);
}

void TestCsvImporter::reportsProgressUpToTotal()
{
    QByteArray data = kHeader + '\n';
    for (int i = 0; i < 50000; ++i)
        data += goodLine("T" + QByteArray::number(i)) + '\n';
    QList<QPair<qint64, qint64>> calls;
    CsvImporter importer(canonical());
    importer.setProgress([&calls](qint64 done, qint64 total) { calls.append({ done, total }); });
    const ImportResult r = importer.importData(data);
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.last().first, qint64(data.size()));
    QCOMPARE(calls.last().second, qint64(data.size()));
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls[i].second, qint64(data.size()));
        QVERIFY(calls[i].first <= calls[i].second);
        if (i > 0)
            QVERIFY(calls[i].first >= calls[i - 1].first);
    }
}

void TestCsvImporter::reportsProgressUpToTotalWithFooter()
{
    // Skipping a footer must not stop the progress short of the file size.
    const QByteArray data = toCp949("K-VAN 매출 내역\n"
                                    "거래일자,거래시간,거래구분,거래번호,승인번호,카드번호,카드사,가맹점번호,가맹점명,"
                                    "고객번호,업종,할부,승인금액\n"
                                    "20261124,090000,승인,000001,30000001,411111******1111,신한카드,M001,가게,C001,"
                                    "음식점,0,1000\n"
                                    "합계,1건,1000\n");
    qint64 lastDone = -1, lastTotal = -1;
    CsvImporter importer(builtIn(QStringLiteral("kvan-cp949")));
    importer.setProgress([&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    });
    const ImportResult r = importer.importData(data);
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QCOMPARE(r.table.size(), qsizetype(1));
    QCOMPARE(lastTotal, qint64(data.size()));
    QCOMPARE(lastDone, lastTotal);
}

void TestCsvImporter::capsRejectedRowsButCountsAll()
{
    QByteArray data = kHeader + '\n';
    for (int i = 0; i < 10; ++i) {
        QByteArrayList f = goodFields("T" + QByteArray::number(i));
        if (i % 2)
            f[ColAmount - 1] = "bad";
        data += joined(f) + '\n';
    }
    CsvImporter importer(canonical());
    importer.setRejectedLimit(2);
    const ImportResult r = importer.importData(data);
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QCOMPARE(r.table.size(), qsizetype(5));
    QCOMPARE(r.rejectedCount, qint64(5));
    QCOMPARE(r.rejected.size(), size_t(2));
    QCOMPARE(r.rejected[0].line, qint64(3));
    QCOMPARE(r.rejected[1].line, qint64(5));
}

void TestCsvImporter::importFileReadsFromDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("van 2026-11-24.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArrayList bad = goodFields("T2");
    bad[ColAmount - 1] = "x";
    f.write(kHeader + "\r\n" + goodLine("T1") + "\r\n" + joined(bad) + "\r\n");
    f.close();
    qint64 lastDone = -1, lastTotal = -1;
    CsvImporter importer(canonical());
    importer.setProgress([&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    });
    const ImportResult r = importer.importFile(path);
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QCOMPARE(ids(r.table), QStringList { QStringLiteral("T1") });
    QCOMPARE(r.table.record(0), goodRecord(QStringLiteral("T1")));
    QCOMPARE(r.rejected.size(), size_t(1));
    QVERIFY2(r.rejected[0].file.endsWith(QStringLiteral("van 2026-11-24.csv")), qPrintable(r.rejected[0].file));
    QCOMPARE(r.rejected[0].line, qint64(3));
    QCOMPARE(lastTotal, QFileInfo(path).size());
    QCOMPARE(lastDone, lastTotal);
}

void TestCsvImporter::importFileNamesUnreadableFile()
{
    const QString path = QStringLiteral("/nonexistent/dir/missing-van.csv");
    const ImportResult r = CsvImporter(canonical()).importFile(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("missing-van.csv")), qPrintable(r.error));
    QVERIFY(r.table.isEmpty());
}

void TestCsvImporter::importDeviceMatchesImportData()
{
    QByteArrayList bad = goodFields("T2");
    bad[ColOccurredAt - 1] = "2026-11-24 25:00:00";
    const QByteArray data = kHeader + '\n' + goodLine("T1") + '\n' + joined(bad) + '\n' + goodLine("T3") + '\n';
    QBuffer buffer;
    buffer.setData(data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const CsvImporter importer(canonical());
    const ImportResult a = importer.importDevice(buffer, QStringLiteral("dev.csv"), data.size());
    const ImportResult b = importer.importData(data, QStringLiteral("dev.csv"));
    QVERIFY2(a.ok(), qPrintable(describeRejected(a)));
    QCOMPARE(ids(a.table), ids(b.table));
    QCOMPARE(ids(a.table), (QStringList { QStringLiteral("T1"), QStringLiteral("T3") }));
    QCOMPARE(a.rejectedCount, b.rejectedCount);
    QCOMPARE(a.rejected.size(), size_t(1));
    QCOMPARE(a.rejected[0].line, b.rejected[0].line);
    QCOMPARE(a.rejected[0].columnIndex, int(ColOccurredAt));

    PipeDevice pipe(data);
    QVERIFY(pipe.open(QIODevice::ReadOnly));
    const ImportResult c = importer.importDevice(pipe, QStringLiteral("dev.csv"));
    QVERIFY2(c.ok(), qPrintable(describeRejected(c)));
    QCOMPARE(ids(c.table), ids(b.table));
    QCOMPARE(c.rejected.size(), size_t(1));
    QCOMPARE(c.rejected[0].line, b.rejected[0].line);
}

void TestCsvImporter::keepsLineNumbersAcrossBlockBoundaries_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addColumn<int>("padding");
    QTest::addColumn<QByteArray>("aim"); // when set, the padding puts aim[0] last before the boundary
    const QByteArray crlf("\r\n");
    QTest::newRow("CRLF") << crlf << 0 << QByteArray();
    QTest::newRow("LF shifted by 37") << QByteArray("\n") << 37 << QByteArray();
    QTest::newRow("edge between CR and LF of a record end") << crlf << 0 << QByteArray("\r\nR");
    QTest::newRow("edge between CR and LF inside quotes") << crlf << 0 << QByteArray("\r\n#");
    QTest::newRow("edge inside a doubled quote") << crlf << 0 << QByteArray("\"\"x");
    QTest::newRow("edge after a closing quote") << crlf << 0 << QByteArray("\",C");
    QTest::newRow("edge before an opening quote") << crlf << 0 << QByteArray(",\"Shop");
}

void TestCsvImporter::keepsLineNumbersAcrossBlockBoundaries()
{
    // Large enough (about 14 MB) that the importer must read it in several blocks, with quoted newlines,
    // doubled quotes and CRLFs all over so that block edges fall inside quotes and between CR and LF.
    QFETCH(QByteArray, lineEnd);
    QFETCH(int, padding);
    QFETCH(QByteArray, aim);
    const BigFile unpadded = bigFile(lineEnd, padding);
    BigFile file = unpadded;
    if (!aim.isEmpty()) {
        // The importer reads 4 MiB blocks today. Aiming at that edge makes these cases certain; with any other
        // block size the test is still valid, only less pointed.
        const qsizetype boundary = 4 << 20;
        const qsizetype at = unpadded.data.lastIndexOf(aim, boundary - 1);
        QVERIFY(at > 1000);
        file = bigFile(lineEnd, int(boundary - 1 - at));
        QCOMPARE(file.data.mid(boundary - 1, aim.size()), aim);
    }
    VanProfile profile = canonical();
    profile.multilineFields = true; // the file's merchant names span lines
    const ImportResult r = CsvImporter(profile).importData(file.data, QStringLiteral("big.csv"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.lines.balanced());
    QCOMPARE(r.lines.total, qint64(file.data.count(lineEnd.back())));
    QCOMPARE(r.rejectedCount, qint64(file.rejectedLines.size()));
    QCOMPARE(r.rejected.size(), size_t(file.rejectedLines.size()));
    for (qsizetype i = 0; i < file.rejectedLines.size(); ++i) {
        QCOMPARE(r.rejected[size_t(i)].line, file.rejectedLines[i]);
        QCOMPARE(r.rejected[size_t(i)].columnIndex, int(ColAmount));
    }
    QCOMPARE(r.table.size(), qsizetype(file.ids.size()));
    for (qsizetype i = 0; i < r.table.size(); ++i) {
        if (QString::fromUtf8(r.table.transactionId(i)) != file.ids[i] || r.table.sourceLine(i) != file.lines[i])
            QFAIL(qPrintable(QStringLiteral("row %1: %2 at line %3, expected %4 at line %5")
                                 .arg(i)
                                 .arg(QString::fromUtf8(r.table.transactionId(i)))
                                 .arg(r.table.sourceLine(i))
                                 .arg(file.ids[i])
                                 .arg(file.lines[i])));
        if (r.table.amount(i) != 15000 || r.table.kind(i) != PaymentKind::Approval)
            QFAIL(qPrintable(QStringLiteral("row %1: wrong amount or kind").arg(i)));
        const QByteArrayView name = r.table.text(i, RecordTable::Text::MerchantName);
        const int n = QStringView(file.ids[i]).mid(1).toInt();
        const QByteArray expectedName
            = n % 3 == 0 ? "Shop" + lineEnd + "#" + QByteArray::number(n) + ", \"x\"" : QByteArray("행복상점");
        if (name != expectedName)
            QFAIL(qPrintable(QStringLiteral("row %1: merchant name %2").arg(i).arg(QString::fromUtf8(name))));
    }
}

void TestCsvImporter::importsShippedSampleFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QList<PaymentRecord>>("records");
    QTest::addColumn<QList<qint64>>("recordLines");
    QTest::addColumn<QList<qint64>>("rejectedLines");
    QTest::addColumn<bool>("multilineFields");

    auto rec = [](const char *id, PaymentKind kind, qint64 amount, const char *approvalNo, const QDateTime &at,
                   const char *card, const char *company, const char *mid, const char *merchant, const char *customer,
                   const char *category, int installment) {
        PaymentRecord r;
        r.transactionId = QString::fromUtf8(id);
        r.kind = kind;
        r.amount = amount;
        r.approvalNo = QString::fromUtf8(approvalNo);
        r.occurredAt = at;
        r.cardNumber = QString::fromUtf8(card);
        r.cardCompany = QString::fromUtf8(company);
        r.merchantId = QString::fromUtf8(mid);
        r.merchantName = QString::fromUtf8(merchant);
        r.customerId = QString::fromUtf8(customer);
        r.category = QString::fromUtf8(category);
        r.installmentMonths = installment;
        return r;
    };
    const auto A = PaymentKind::Approval;
    const auto C = PaymentKind::Cancel;

    // The sample's merchant "별"다방 spans two lines: read whole only where the profile allows multi-line fields.
    QTest::newRow("canonical-sample.csv, one line per record")
        << QStringLiteral("canonical-sample.csv") << QStringLiteral("canonical-utf8") << QStringLiteral("UTF-8")
        << QList<PaymentRecord> { rec("000123", A, 1250000, "30012345", utc(2026, 11, 24, 0, 0, 0), "411111******1111",
                                      "신한카드", "M001", "행복상점, 본점", "C001", "음식점", 3),
               rec("000124", C, 1250000, "30012345", utc(2026, 11, 24, 1, 15, 30), "411111******1111", "신한카드",
                   "M001", "행복상점, 본점", "C001", "음식점", 3),
               rec("000127", C, 3000, "30012401", utc(2026, 11, 24, 23, 59, 59), "356900******0001", "삼성카드", "M003",
                   "편의점", "C004", "소매", 0) }
        << QList<qint64> { 2, 3, 7 } << QList<qint64> { 4, 5, 6 } << false;
    QTest::newRow("canonical-sample.csv, multi-line fields")
        << QStringLiteral("canonical-sample.csv") << QStringLiteral("canonical-utf8") << QStringLiteral("UTF-8")
        << QList<PaymentRecord> { rec("000123", A, 1250000, "30012345", utc(2026, 11, 24, 0, 0, 0), "411111******1111",
                                      "신한카드", "M001", "행복상점, 본점", "C001", "음식점", 3),
               rec("000124", C, 1250000, "30012345", utc(2026, 11, 24, 1, 15, 30), "411111******1111", "신한카드",
                   "M001", "행복상점, 본점", "C001", "음식점", 3),
               rec("000125", A, 8900, "30012399", utc(2026, 11, 24, 14, 59, 59), "540926******1234", "국민카드", "M002",
                   "\"별\"다방\n2층", "C002", "카페", 0),
               rec("000127", C, 3000, "30012401", utc(2026, 11, 24, 23, 59, 59), "356900******0001", "삼성카드", "M003",
                   "편의점", "C004", "소매", 0) }
        << QList<qint64> { 2, 3, 4, 7 } << QList<qint64> { 6 } << true;

    QTest::newRow("kvan-sample-cp949.csv")
        << QStringLiteral("kvan-sample-cp949.csv") << QStringLiteral("kvan-cp949") << QStringLiteral("CP949")
        << QList<PaymentRecord> { rec("000123", A, 1250000, "30012345", utc(2026, 11, 24, 0, 0, 0), "411111******1111",
                                      "신한카드", "M001", "행복상점 본점", "C001", "음식점", 3),
               rec("000123", C, 1250000, "30012345", utc(2026, 11, 24, 1, 15, 30), "411111******1111", "신한카드",
                   "M001", "행복상점 본점", "C001", "음식점", 3),
               rec("000125", C, 8900, "30012399", utc(2026, 11, 24, 14, 59, 59), "540926******1234", "국민카드", "M002",
                   "똠얌꿍 식당", "C002", "음식점", 0) }
        << QList<qint64> { 3, 4, 5 } << QList<qint64> {} << false;

    QTest::newRow("kvan-signed-sample-cp949.csv")
        << QStringLiteral("kvan-signed-sample-cp949.csv") << QStringLiteral("kvan-cp949-signed")
        << QStringLiteral("CP949")
        << QList<PaymentRecord> { rec("T-0001", A, 15000, "30012345", utc(2026, 11, 24, 0, 0, 0), "411111******1111",
                                      "신한카드", "M001", "행복상점", "C001", "음식점", 0),
               rec("T-0001", C, 15000, "30012345", utc(2026, 11, 24, 0, 30, 0), "411111******1111", "신한카드", "M001",
                   "행복상점", "C001", "음식점", 0),
               rec("T-0002", A, 240000, "30012346", utc(2026, 11, 24, 1, 0, 0), "540926******1234", "비씨카드", "M001",
                   "행복상점", "C002", "음식점", 6) }
        << QList<qint64> { 2, 3, 4 } << QList<qint64> {} << false;
}

void TestCsvImporter::importsShippedSampleFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, encoding);
    QFETCH(QList<PaymentRecord>, records);
    QFETCH(QList<qint64>, recordLines);
    QFETCH(QList<qint64>, rejectedLines);
    QFETCH(bool, multilineFields);
    const QString path = QStringLiteral(PAYRECON_TEST_DATA_DIR "/") + file;
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    VanProfile p = builtIn(profile);
    p.multilineFields = multilineFields;
    const ImportResult r = CsvImporter(p).importFile(path);
    QVERIFY2(r.ok(), qPrintable(describeRejected(r)));
    QVERIFY(r.lines.balanced());
    QCOMPARE(r.encoding, encoding);
    QCOMPARE(r.table.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(r.table.record(i), records[i]);
        QCOMPARE(r.table.sourceLine(i), recordLines[i]);
    }
    QCOMPARE(r.rejectedCount, qint64(rejectedLines.size()));
    QCOMPARE(r.rejected.size(), size_t(rejectedLines.size()));
    for (qsizetype i = 0; i < rejectedLines.size(); ++i) {
        QCOMPARE(r.rejected[size_t(i)].line, rejectedLines[i]);
        QVERIFY(r.rejected[size_t(i)].file.endsWith(file));
    }
}

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
