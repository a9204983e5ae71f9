// Whether a reconciliation's two sides are of the same business days: a wrong ledger range is caught before the
// run is recorded, a VAN file's days are found for the window's default range.
#include "ledgersamples.h"
#include "reconcile/daycoverage.h"
#include "reconcile/reconciliationjob.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestDayCoverage final : public QObject
{
    Q_OBJECT

private slots:
    void verdictFollowsTheDaysOfBothSides_data();
    void verdictFollowsTheDaysOfBothSides();
    void businessDayIsTheSeoulDate();
    void explanationNamesTheDaysAndCounts();
    void vanDaysAreReadFromTheWholeFile();

private:
    /// count records on the Seoul day given, at 12:00 (or at 00:30 when early).
    static void add(RecordTable &table, QDate day, int count, bool early = false);
};

void TestDayCoverage::add(RecordTable &table, QDate day, int count, bool early)
{
    for (int i = 0; i < count; ++i) {
        const qint64 ms = LedgerSamples::seoulMs(day.year(), day.month(), day.day(), early ? 0 : 12, 30, i % 60);
        LedgerSamples::append(table,
            LedgerSamples::record(
                QStringLiteral("T%1-%2").arg(day.toJulianDay()).arg(i), PaymentKind::Approval, 1000 + i, ms));
    }
}

void TestDayCoverage::verdictFollowsTheDaysOfBothSides_data()
{
    QTest::addColumn<int>("ledgerRows");
    QTest::addColumn<QDate>("ledgerDay");
    QTest::addColumn<QDate>("vanDay");
    QTest::addColumn<int>("vanRows");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("verdict");
    const QDate d24(2026, 11, 24);
    const QDate d25(2026, 11, 25);
    using V = DayCoverage::Verdict;
    QTest::newRow("same day, ranged") << 10 << d24 << d24 << 10 << d24 << d24 << int(V::Plausible);
    QTest::newRow("same day, no range") << 10 << d24 << d24 << 10 << QDate() << QDate() << int(V::Plausible);
    QTest::newRow("range for yesterday: no ledger rows") << 0 << d24 << d24 << 10 << d25 << d25 << int(V::LedgerEmpty);
    QTest::newRow("no ledger rows, no range") << 0 << d24 << d24 << 10 << QDate() << QDate() << int(V::LedgerEmpty);
    QTest::newRow("ledger of another day, no range")
        << 10 << d25 << d24 << 10 << QDate() << QDate() << int(V::DaysApart);
    QTest::newRow("ledger rows but VAN outside the range") << 10 << d25 << d24 << 10 << d25 << d25 << int(V::DaysApart);
    QTest::newRow("open-ended range covers the VAN day")
        << 10 << d24 << d24 << 10 << d24 << QDate() << int(V::Plausible);
    QTest::newRow("both empty") << 0 << d24 << d24 << 0 << QDate() << QDate() << int(V::Plausible);
    QTest::newRow("VAN empty") << 10 << d24 << d24 << 0 << d24 << d24 << int(V::Plausible);
}

void TestDayCoverage::verdictFollowsTheDaysOfBothSides()
{
    QFETCH(int, ledgerRows);
    QFETCH(QDate, ledgerDay);
    QFETCH(QDate, vanDay);
    QFETCH(int, vanRows);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, verdict);
    ReconOutcome outcome;
    add(outcome.ledger, ledgerDay, ledgerRows);
    add(outcome.van, vanDay, vanRows);
    ReconInputs inputs;
    inputs.from = from;
    inputs.to = to;
    const DayCoverage coverage = DayCoverage::of(outcome, inputs);
    QCOMPARE(int(coverage.verdict()), verdict);
    QCOMPARE(coverage.explanation().isEmpty(), verdict == int(DayCoverage::Verdict::Plausible));
    if (vanRows > 0) {
        QCOMPARE(coverage.vanFirst, vanDay);
        QCOMPARE(coverage.vanLast, vanDay);
    }
}

void TestDayCoverage::businessDayIsTheSeoulDate()
{
    // 00:30 in Seoul is still the previous day in UTC: the business day is Seoul's.
    QCOMPARE(DayCoverage::businessDay(LedgerSamples::seoulMs(2026, 11, 25, 0, 30, 0)), QDate(2026, 11, 25));
    QCOMPARE(DayCoverage::businessDay(LedgerSamples::seoulMs(2026, 11, 24, 23, 59, 59)), QDate(2026, 11, 24));
    QCOMPARE(DayCoverage::businessDay(LedgerSamples::seoulMs(1969, 12, 31, 8, 59, 0)), QDate(1969, 12, 31));
}

void TestDayCoverage::explanationNamesTheDaysAndCounts()
{
    // A file spanning two days, two thirds of it outside the one-day range; the share threshold decides.
    ReconOutcome outcome;
    add(outcome.ledger, QDate(2026, 11, 24), 5);
    add(outcome.van, QDate(2026, 11, 24), 1);
    add(outcome.van, QDate(2026, 11, 25), 2, true);
    ReconInputs inputs;
    inputs.from = inputs.to = QDate(2026, 11, 24);
    const DayCoverage coverage = DayCoverage::of(outcome, inputs);
    QCOMPARE(coverage.vanRecordsCovered, 1);
    QCOMPARE(coverage.vanFirst, QDate(2026, 11, 24));
    QCOMPARE(coverage.vanLast, QDate(2026, 11, 25));
    QCOMPARE(coverage.verdict(0.5), DayCoverage::Verdict::DaysApart);
    QCOMPARE(coverage.verdict(0.3), DayCoverage::Verdict::Plausible);
    const QString text = coverage.explanation(0.5);
    QVERIFY2(text.contains(QLatin1String("Only 1 of the VAN file's 3 records")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("33.3")), qPrintable(text));
}

void TestDayCoverage::vanDaysAreReadFromTheWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("van.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // The canonical profile's header; the last record is two days later, far from the first lines.
    f.write("transaction_id,kind,amount,approval_no,occurred_at,card_number,card_company,merchant_id,merchant_name,"
            "customer_id,category,installment_months\n");
    for (int i = 0; i < 500; ++i)
        f.write(QStringLiteral("T%1,approval,1000,1234,2026-11-24 10:00:00,,,,,,,0\n").arg(i).toUtf8());
    f.write("T9,approval,1000,1234,2026-11-26 00:10:00,,,,,,,0\n");
    f.close();
    const auto profile = VanProfile::load(QStringLiteral("canonical-utf8"), nullptr);
    QVERIFY(profile);
    QString error;
    const auto days = DayCoverage::vanDays(path, *profile, nullptr, &error);
    QVERIFY2(days, qPrintable(error));
    QCOMPARE(days->first, QDate(2026, 11, 24));
    QCOMPARE(days->second, QDate(2026, 11, 26));
    QVERIFY(!DayCoverage::vanDays(dir.filePath(QStringLiteral("missing.csv")), *profile, nullptr, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDayCoverage)
#include "tst_daycoverage.moc"
