// ReconReportBuilder: input hashes and names (no password), Korean hourly buckets, merchants, date range, and
// one discrepancy row per unmatched outcome with both sides' values.
#include "reconcile/reconengine.h"
#include "report/reconreportbuilder.h"
#include "report/reconreportjson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

struct Rec
{
    QByteArray id;
    PaymentKind kind;
    qint64 amount;
    QByteArray approvalNo;
    QString kst; ///< "2026-11-24 09:30:00", Korean wall clock
    QByteArray merchant;
};

qint64 utcMsOfKst(const QString &kst)
{
    QDateTime t = QDateTime::fromString(kst, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setTimeZone(QTimeZone(9 * 3600));
    return t.toMSecsSinceEpoch();
}

RecordTable table(const QList<Rec> &recs)
{
    RecordTable t;
    qint64 line = 1;
    for (const Rec &r : recs) {
        RecordView v;
        v.transactionId = r.id;
        v.kind = r.kind;
        v.amount = r.amount;
        v.approvalNo = r.approvalNo;
        v.occurredAtMs = utcMsOfKst(r.kst);
        v.merchantName = r.merchant;
        v.sourceLine = ++line;
        t.append(v);
    }
    return t;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QByteArray Gangnam = "강남점 커피";
const QByteArray Hongdae = "홍대점 베이커리";

} // namespace

class TestReconReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileHashIsSha256OfTheBytes_data();
    void fileHashIsSha256OfTheBytes();
    void missingFileHasNoHash();
    void inputsNameFilesAndProfiles();
    void ledgerUrlNeverCarriesAPassword();
    void hourlyBucketsFollowKoreanTime();
    void discrepancyRowsCarryBothSides();
    void merchantsAreRankedByFrequency();
    void dateRangeComesFromRecordsOrTheQuery();
    void resolutionsStartOpen();
    void lineAccountAndControlTotalTravelWithTheSummary();

private:
    ReconOutcome outcome() const;

    QTemporaryDir m_dir;
    ReconInputs m_inputs;
};

void TestReconReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_inputs.ledgerCsv = m_dir.filePath(QStringLiteral("ledger.csv"));
    m_inputs.ledgerProfile.name = QStringLiteral("canonical-utf8");
    m_inputs.vanFile = m_dir.filePath(QStringLiteral("van.csv"));
    m_inputs.vanProfile.name = QStringLiteral("kvan-cp949");
    QVERIFY(writeFile(m_inputs.ledgerCsv, "abc"));
    QVERIFY(writeFile(m_inputs.vanFile, QByteArray()));
}

ReconOutcome TestReconReport::outcome() const
{
    ReconOutcome o;
    o.ledger = table({
        { "T1", PaymentKind::Approval, 10000, "A1", QStringLiteral("2026-11-24 00:10:00"), Gangnam }, // matched
        { "T2", PaymentKind::Approval, 20000, "A2", QStringLiteral("2026-11-24 09:30:00"), Gangnam }, // amount
        { "T3", PaymentKind::Cancel, 5000, "A3", QStringLiteral("2026-11-24 23:59:59"), Hongdae }, // ledger only
    });
    o.van = table({
        { "T1", PaymentKind::Approval, 10000, "A1", QStringLiteral("2026-11-24 00:10:05"), Gangnam },
        { "T2", PaymentKind::Approval, 25000, "A2", QStringLiteral("2026-11-24 09:31:00"), Gangnam },
        { "T4", PaymentKind::Approval, 7000, "A4", QStringLiteral("2026-11-25 09:00:00"), Gangnam }, // VAN only
    });
    RejectedRow bad;
    bad.file = m_inputs.vanFile;
    bad.line = 9;
    bad.reason = QStringLiteral("The amount is not a number.");
    o.rejected = { bad };
    o.rejectedCount = 1;
    o.result = ReconEngine().run(o.ledger, o.van, o.rejectedCount);
    return o;
}

void TestReconReport::fileHashIsSha256OfTheBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("sha256");
    QTest::newRow("empty") << QByteArray()
                           << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // Three 1 MiB blocks and a bit: the streamed hash must equal the one of the whole.
    const QByteArray big(3 * 1024 * 1024 + 17, 'x');
    QTest::newRow("over several blocks") << big
                                         << QString::fromLatin1(
                                                QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex());
}

void TestReconReport::fileHashIsSha256OfTheBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, sha256);
    const QString path = m_dir.filePath(QStringLiteral("hash.bin"));
    QVERIFY(writeFile(path, bytes));
    QCOMPARE(ReconReportBuilder::fileSha256(path), sha256);
}

void TestReconReport::missingFileHasNoHash()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot hash")));
    QCOMPARE(ReconReportBuilder::fileSha256(m_dir.filePath(QStringLiteral("absent.csv"))), QString());
}

void TestReconReport::inputsNameFilesAndProfiles()
{
    ReconReportBuilder builder;
    builder.setOperatorName(QStringLiteral("김회계"));
    builder.setRunId(42);
    builder.setGeneratedAtMs(1795000000000);
    const ReconReport r = builder.build(outcome(), m_inputs);
    QCOMPARE(r.operatorName, QStringLiteral("김회계"));
    QCOMPARE(r.runId, 42);
    QCOMPARE(r.generatedAtMs, 1795000000000);
    QCOMPARE(r.version, QStringLiteral(PAYRECON_VERSION));
    QCOMPARE(r.inputs.size(), size_t(2));
    const ReconReport::Input &ledger = r.inputs[0];
    QCOMPARE(ledger.role, QStringLiteral("ledger"));
    QCOMPARE(ledger.name, QStringLiteral("ledger.csv"));
    QCOMPARE(ledger.sha256, QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(ledger.profile, QStringLiteral("canonical-utf8"));
    QCOMPARE(ledger.rowsRead, 3);
    QCOMPARE(ledger.rowsRejected, 0);
    const ReconReport::Input &van = r.inputs[1];
    QCOMPARE(van.role, QStringLiteral("VAN file"));
    QCOMPARE(van.name, QStringLiteral("van.csv"));
    QCOMPARE(van.sha256, QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(van.profile, QStringLiteral("kvan-cp949"));
    QCOMPARE(van.rowsRead, 3);
    QCOMPARE(van.rowsRejected, 1);
    QCOMPARE(r.rejectedCount, 1);
    QCOMPARE(r.rejected.size(), size_t(1));
    QCOMPARE(r.summary.byStatus[size_t(ReconStatus::Matched)].count, 1);
}

void TestReconReport::ledgerUrlNeverCarriesAPassword()
{
    qputenv("PAYRECON_LEDGER_PASSWORD", "s3cret-pw");
    ReconInputs in = m_inputs;
    in.ledgerCsv.clear();
    in.ledger.url = QStringLiteral("mysql://clerk@db.example:3306/shop");
    in.ledger.password = QStringLiteral("s3cret-pw");
    const ReconReport r = ReconReportBuilder().build(outcome(), in);
    qunsetenv("PAYRECON_LEDGER_PASSWORD");
    const ReconReport::Input &ledger = r.inputs[0];
    QVERIFY2(ledger.name.contains(QStringLiteral("db.example")), qPrintable(ledger.name));
    QVERIFY2(!ledger.name.contains(QStringLiteral("s3cret")), qPrintable(ledger.name));
    QVERIFY(ledger.sha256.isEmpty()); // a database has no file to hash
    QVERIFY(ledger.profile.isEmpty());

    // A URL that does not parse (a password in it) is still shown without the password.
    in.ledger.url = QStringLiteral("mysql://clerk:hunter2@db.example/shop");
    const ReconReport bad = ReconReportBuilder().build(outcome(), in);
    QVERIFY2(!bad.inputs[0].name.contains(QStringLiteral("hunter2")), qPrintable(bad.inputs[0].name));
}

void TestReconReport::hourlyBucketsFollowKoreanTime()
{
    const ReconReport r = ReconReportBuilder().build(outcome(), m_inputs);
    // 00:10 KST is 15:10 UTC the day before: it belongs to hour 0, not 15.
    QCOMPARE(r.hourly[0].ledgerCount, 1);
    QCOMPARE(r.hourly[0].ledgerWon, 10000);
    QCOMPARE(r.hourly[0].vanCount, 1);
    QCOMPARE(r.hourly[0].vanWon, 10000);
    QCOMPARE(r.hourly[15].ledgerCount, 0);
    QCOMPARE(r.hourly[9].ledgerCount, 1);
    QCOMPARE(r.hourly[9].ledgerWon, 20000);
    QCOMPARE(r.hourly[9].vanCount, 2); // T2 at 09:31 and T4 at 09:00 the next day
    QCOMPARE(r.hourly[9].vanWon, 32000);
    // A cancellation takes its amount off the hour's net volume.
    QCOMPARE(r.hourly[23].ledgerCount, 1);
    QCOMPARE(r.hourly[23].ledgerWon, -5000);
    qint64 ledgerNet = 0;
    qint64 vanNet = 0;
    qint64 records = 0;
    for (const ReconReport::HourVolume &h : r.hourly) {
        ledgerNet += h.ledgerWon;
        vanNet += h.vanWon;
        records += h.ledgerCount + h.vanCount;
    }
    QCOMPARE(ledgerNet, r.summary.ledgerNetWon);
    QCOMPARE(vanNet, r.summary.vanNetWon);
    QCOMPARE(records, 6);
}

void TestReconReport::discrepancyRowsCarryBothSides()
{
    const ReconReport r = ReconReportBuilder().build(outcome(), m_inputs);
    QCOMPARE(r.discrepancies.size(), size_t(3)); // T1 matched is not listed
    const ReconReport::Discrepancy &amount = r.discrepancies[0];
    QCOMPARE(amount.transactionId, QStringLiteral("T2"));
    QCOMPARE(amount.status, ReconStatus::Mismatched);
    QCOMPARE(amount.reasons, quint8(ReasonAmount));
    QCOMPARE(amount.ledgerAmount, std::optional<qint64>(20000));
    QCOMPARE(amount.vanAmount, std::optional<qint64>(25000));
    QCOMPARE(amount.ledgerApprovalNo, QStringLiteral("A2"));
    QCOMPARE(amount.vanApprovalNo, QStringLiteral("A2"));
    QCOMPARE(amount.occurredAtMs, utcMsOfKst(QStringLiteral("2026-11-24 09:30:00"))); // the ledger's time
    QCOMPARE(amount.merchantName, QString::fromUtf8(Gangnam));

    const ReconReport::Discrepancy &ledgerOnly = r.discrepancies[1];
    QCOMPARE(ledgerOnly.transactionId, QStringLiteral("T3"));
    QCOMPARE(ledgerOnly.kind, PaymentKind::Cancel);
    QCOMPARE(ledgerOnly.status, ReconStatus::LedgerOnly);
    QCOMPARE(ledgerOnly.ledgerAmount, std::optional<qint64>(5000));
    QVERIFY(!ledgerOnly.vanAmount);
    QVERIFY(ledgerOnly.vanApprovalNo.isEmpty());
    QCOMPARE(ledgerOnly.merchantName, QString::fromUtf8(Hongdae));

    const ReconReport::Discrepancy &vanOnly = r.discrepancies[2];
    QCOMPARE(vanOnly.transactionId, QStringLiteral("T4"));
    QCOMPARE(vanOnly.status, ReconStatus::VanOnly);
    QVERIFY(!vanOnly.ledgerAmount);
    QCOMPARE(vanOnly.vanAmount, std::optional<qint64>(7000));
    QCOMPARE(vanOnly.vanApprovalNo, QStringLiteral("A4"));
    QCOMPARE(vanOnly.occurredAtMs, utcMsOfKst(QStringLiteral("2026-11-25 09:00:00")));
}

void TestReconReport::merchantsAreRankedByFrequency()
{
    const ReconReport r = ReconReportBuilder().build(outcome(), m_inputs);
    QCOMPARE(r.merchantCount, 2);
    QCOMPARE(r.merchantNames, (QStringList { QString::fromUtf8(Gangnam), QString::fromUtf8(Hongdae) }));
}

void TestReconReport::dateRangeComesFromRecordsOrTheQuery()
{
    const ReconReport fromRecords = ReconReportBuilder().build(outcome(), m_inputs);
    // 00:10 KST on the 24th is still the 23rd in UTC: the range is in Korean dates.
    QCOMPARE(fromRecords.from, QDate(2026, 11, 24));
    QCOMPARE(fromRecords.to, QDate(2026, 11, 25));
    ReconInputs in = m_inputs;
    in.from = QDate(2026, 11, 1);
    in.to = QDate(2026, 11, 30);
    const ReconReport fromQuery = ReconReportBuilder().build(outcome(), in);
    QCOMPARE(fromQuery.from, QDate(2026, 11, 1));
    QCOMPARE(fromQuery.to, QDate(2026, 11, 30));
}

void TestReconReport::resolutionsStartOpen()
{
    const ReconReport r = ReconReportBuilder().build(outcome(), m_inputs);
    QCOMPARE(r.resolvedCount(), 0);
    ReconReport resolved = r;
    resolved.discrepancies[0].resolution = QStringLiteral("accept VAN value");
    QCOMPARE(resolved.resolvedCount(), 1);
}

void TestReconReport::lineAccountAndControlTotalTravelWithTheSummary()
{
    // What the PDF of a stored run shows comes back from the stored summary: the lines and the failed total.
    ReconOutcome o = outcome();
    LineAccount &lines = o.result.summary.vanLines;
    lines = { 9, 2, 1, 1, 4, 1, 4, 1 };
    QVERIFY(lines.balanced());
    ControlTotalCheck &total = o.result.summary.controlTotal;
    total.state = ControlTotalCheck::State::Differs;
    total.file = QStringLiteral("van.csv");
    total.line = 9;
    total.expectedCount = 6;
    total.readCount = 5;
    total.message = QStringLiteral("van.csv: line 9: the control total says 6 rows …");
    ReconSummary withoutTotal = o.result.summary;
    withoutTotal.controlTotal = ControlTotalCheck();
    QCOMPARE(o.result.summary.discrepancies(), withoutTotal.discrepancies() + 1);

    const ReconReport back
        = ReconReportJson::fromJson(ReconReportJson::toJson(ReconReportBuilder().build(o, m_inputs)));
    QCOMPARE(back.summary.vanLines.total, qint64(9));
    QCOMPARE(back.summary.vanLines.blank, qint64(1));
    QVERIFY(back.summary.vanLines.balanced());
    QVERIFY(back.summary.controlTotal.failed());
    QCOMPARE(back.summary.controlTotal.message, total.message);
    QCOMPARE(back.summary.controlTotal.line, qint64(9));
    QCOMPARE(back.summary.discrepancies(), o.result.summary.discrepancies());
    // A summary without a VAN file or a total line writes neither.
    const QJsonObject plain = ReconSummary().toJson();
    QVERIFY(!plain.contains(QStringLiteral("van_lines")));
    QVERIFY(!plain.contains(QStringLiteral("control_total")));
}

QTEST_GUILESS_MAIN(TestReconReport)
#include "tst_reconreport.moc"
