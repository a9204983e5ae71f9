// CSV export: Excel-safe cells (formula injection, quoting, BOM, CRLF), both sides of every outcome, the
// chosen rows in the chosen order, Korean text intact, and Korea's wall-clock time without QDateTime.
#include "domain/koreatime.h"
#include "reconcile/reconengine.h"
#include "report/csvreport.h"
#include "report/csvwriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

class TestCsvReport final : public QObject
{
    Q_OBJECT

private slots:
    void cell_data();
    void cell();
    void numbersAreBareEvenWhenNegative();
    void fileStartsWithBomAndEndsRowsWithCrlf();
    void seoulTime_data();
    void seoulTime();
    void writesBothSidesOfEveryOutcome();
    void writesTheChosenRowsInTheirOrder();
    void discrepanciesOnlyLeavesMatchedOut();
    void cancelStopsTheExport();
    void rejectedRows();

private:
    static ReconOutcome sample();
    static QList<QByteArrayList> parse(const QByteArray &csv);
};

void TestCsvReport::cell_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("plain") << QByteArray("001267079368") << QByteArray("001267079368");
    QTest::newRow("korean") << QByteArray("스타벅스 강남점") << QByteArray("스타벅스 강남점");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("formula =") << QByteArray("=HYPERLINK(\"http://x\")")
                               << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("formula +") << QByteArray("+1+1") << QByteArray("'+1+1");
    QTest::newRow("formula -") << QByteArray("-2+3+cmd|' /C calc'!A0") << QByteArray("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("formula @") << QByteArray("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("leading tab") << QByteArray("\t=1") << QByteArray("'\t=1");
    QTest::newRow("leading CR") << QByteArray("\r=1") << QByteArray("\"'\r=1\"");
    QTest::newRow("comma") << QByteArray("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("leading space") << QByteArray(" a") << QByteArray("\" a\"");
    QTest::newRow("equals inside is fine") << QByteArray("a=b") << QByteArray("a=b");
}

void TestCsvReport::cell()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(CsvWriter::cell(in), out);
    // The streaming path writes the same bytes as the one-cell function.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter w(buffer, false);
        w.text(QByteArrayView(in));
        w.endRow();
    }
    QCOMPARE(buffer.data(), out + "\r\n");
}

void TestCsvReport::numbersAreBareEvenWhenNegative()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter w(buffer, false);
    w.number(-1250000);
    w.empty();
    w.number(0);
    w.endRow();
    QVERIFY(w.finish());
    QCOMPARE(buffer.data(), QByteArray("-1250000,,0\r\n"));
}

void TestCsvReport::fileStartsWithBomAndEndsRowsWithCrlf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(CsvReport::writeOutcomes(buffer, sample()));
    QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
    const QByteArray body = buffer.data().mid(3);
    QCOMPARE(body.count("\r\n"), 1 + int(sample().result.rows.size()));
    QCOMPARE(body.count('\n'), body.count("\r\n"));
}

void TestCsvReport::seoulTime_data()
{
    QTest::addColumn<qint64>("utcMs");
    for (qint64 ms : { qint64(0), qint64(1795000000000), qint64(951782400000) /* 2000-02-29 */,
             qint64(1709164799999) /* 2024-02-28 23:59:59.999 UTC */, qint64(-86400000LL * 400),
             qint64(4102444800000) /* 2100-01-01 */, qint64(1700000000123) })
        QTest::newRow(qPrintable(QString::number(ms))) << ms;
}

void TestCsvReport::seoulTime()
{
    QFETCH(qint64, utcMs);
    const QString expected
        = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(9 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(QString::fromLatin1(KoreaTime::plain(utcMs)), expected);
}

ReconOutcome TestCsvReport::sample()
{
    ReconOutcome o;
    auto add = [](RecordTable &t, const char *id, PaymentKind kind, qint64 amount, const char *approval,
                   const char *merchant, qint64 line) {
        RecordView v;
        v.transactionId = id;
        v.kind = kind;
        v.amount = amount;
        v.approvalNo = approval;
        v.occurredAtMs = 1795000000000; // 2026-11-18 11:06:40 UTC = 20:06:40 in Seoul
        v.cardNumber = "557042******7729";
        v.cardCompany = "KB국민카드";
        v.merchantId = "0031263352";
        v.merchantName = merchant;
        v.customerId = "C0042";
        v.category = "카페";
        v.sourceLine = line;
        t.append(v);
    };
    add(o.ledger, "001", PaymentKind::Approval, 18700, "56454427", "카페 \"봄\", 강남", 1);
    add(o.ledger, "002", PaymentKind::Approval, 19800, "82892958", "김밥천국", 2);
    add(o.ledger, "003", PaymentKind::Cancel, 5400, "86685667", "=cmd", 3);
    add(o.van, "001", PaymentKind::Approval, 18700, "56454427", "카페 \"봄\", 강남", 3);
    add(o.van, "002", PaymentKind::Approval, 19000, "82892958", "김밥천국", 4);
    add(o.van, "004", PaymentKind::Approval, 7200, "60393347", "한솥도시락", 5);
    o.result = ReconEngine().run(o.ledger, o.van);
    return o;
}

QList<QByteArrayList> TestCsvReport::parse(const QByteArray &csv)
{
    // A small RFC 4180 reader for the test: enough to check cells, independent of the writer.
    QList<QByteArrayList> rows;
    QByteArrayList row;
    QByteArray cell;
    bool quoted = false;
    const QByteArray s = csv.startsWith("\xEF\xBB\xBF") ? csv.mid(3) : csv;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << cell;
            cell.clear();
        } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

void TestCsvReport::writesBothSidesOfEveryOutcome()
{
    const ReconOutcome o = sample();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(CsvReport::writeOutcomes(buffer, o));
    const QList<QByteArrayList> rows = parse(buffer.data());
    QCOMPARE(rows.size(), 1 + 4);
    QCOMPARE(rows[0].size(), CsvReport::outcomeHeader().size());
    for (const QByteArrayList &r : rows)
        QCOMPARE(r.size(), rows[0].size());
    // Ledger order first: 001 matched, 002 amount mismatch, 003 ledger only; then 004 VAN only.
    QCOMPARE(rows[1].mid(0, 5), QByteArrayList({ "matched", "", "", "001", "approval" }));
    QCOMPARE(rows[1][15], QByteArray("카페 \"봄\", 강남"));
    QCOMPARE(
        rows[2].mid(0, 8), QByteArrayList({ "mismatched", "amount", "", "002", "approval", "19800", "19000", "-800" }));
    QCOMPARE(rows[2][10], QByteArray("2026-11-18 20:06:40"));
    QCOMPARE(rows[2][12], QByteArray("557042******7729"));
    QCOMPARE(rows[3].mid(0, 8), QByteArrayList({ "ledger_only", "", "", "003", "cancel", "5400", "", "" }));
    QCOMPARE(rows[3][15], QByteArray("'=cmd")); // a merchant name is never a formula
    QCOMPARE(rows[4].mid(0, 8), QByteArrayList({ "van_only", "", "", "004", "approval", "", "7200", "" }));
    QCOMPARE(rows[4][19], QByteArray(""));
    QCOMPARE(rows[4][20], QByteArray("5"));
}

void TestCsvReport::writesTheChosenRowsInTheirOrder()
{
    const ReconOutcome o = sample();
    const std::vector<qint32> chosen { 3, 1 };
    CsvReport::Options options;
    options.rows = &chosen;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(CsvReport::writeOutcomes(buffer, o, options));
    const QList<QByteArrayList> rows = parse(buffer.data());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1][3], QByteArray("004"));
    QCOMPARE(rows[2][3], QByteArray("002"));
}

void TestCsvReport::discrepanciesOnlyLeavesMatchedOut()
{
    CsvReport::Options options;
    options.includeMatched = false;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(CsvReport::writeOutcomes(buffer, sample(), options));
    const QList<QByteArrayList> rows = parse(buffer.data());
    QCOMPARE(rows.size(), 1 + 3);
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows[i][0] != "matched");
}

void TestCsvReport::cancelStopsTheExport()
{
    std::atomic_bool cancel { true };
    CsvReport::Options options;
    options.cancel = &cancel;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(!CsvReport::writeOutcomes(buffer, sample(), options));
}

void TestCsvReport::rejectedRows()
{
    std::vector<RejectedRow> rejected(1);
    rejected[0].file = QStringLiteral("van.csv");
    rejected[0].line = 17;
    rejected[0].columnIndex = 3;
    rejected[0].column = QStringLiteral("승인금액");
    rejected[0].value = QStringLiteral("-12,000원");
    rejected[0].reason = QStringLiteral("not a won amount");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(CsvReport::writeRejected(buffer, rejected));
    const QList<QByteArrayList> rows = parse(buffer.data());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1], QByteArrayList({ "van.csv", "17", "승인금액", "3", "'-12,000원", "not a won amount" }));
}

QTEST_GUILESS_MAIN(TestCsvReport)
#include "tst_csvreport.moc"
