// Reconciliation rules: keys, statuses, reasons, duplicates, row order and the summary figures.
#include "reconcile/reconengine.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

namespace {
struct Rec
{
    QByteArray id;
    PaymentKind kind = PaymentKind::Approval;
    qint64 amount = 0;
    QByteArray approvalNo;
};
using Recs = QList<Rec>;

Rec approval(const char *id, qint64 amount, const char *approvalNo)
{
    return { id, PaymentKind::Approval, amount, approvalNo };
}
Rec cancel(const char *id, qint64 amount, const char *approvalNo)
{
    return { id, PaymentKind::Cancel, amount, approvalNo };
}

RecordTable table(const Recs &recs)
{
    RecordTable t;
    qint64 line = 1;
    for (const Rec &r : recs) {
        RecordView v;
        v.transactionId = r.id;
        v.kind = r.kind;
        v.amount = r.amount;
        v.approvalNo = r.approvalNo;
        v.occurredAtMs = 1795000000000;
        v.cardNumber = "411111******1111";
        v.merchantId = "M001";
        v.sourceLine = ++line;
        t.append(v);
    }
    return t;
}

ReconRow row(qint32 ledgerRow, qint32 vanRow, ReconStatus status, quint8 reasons = ReasonNone,
    DuplicateSide side = DuplicateSide::None)
{
    ReconRow r;
    r.ledgerRow = ledgerRow;
    r.vanRow = vanRow;
    r.status = status;
    r.reasons = reasons;
    r.duplicateSide = side;
    return r;
}

QString describe(const ReconRow &r)
{
    return QStringLiteral("{ledger %1, van %2, %3, reasons [%4], side %5}")
        .arg(r.ledgerRow)
        .arg(r.vanRow)
        .arg(ReconStatuses::toString(r.status), ReconStatuses::reasonNames(r.reasons).join(QLatin1Char(',')),
            ReconStatuses::sideName(r.duplicateSide));
}

QString describe(const std::vector<ReconRow> &rows)
{
    QStringList parts;
    for (const ReconRow &r : rows)
        parts << describe(r);
    return parts.join(QStringLiteral("\n  "));
}

bool sameRow(const ReconRow &a, const ReconRow &b)
{
    return a.ledgerRow == b.ledgerRow && a.vanRow == b.vanRow && a.status == b.status && a.reasons == b.reasons
        && a.duplicateSide == b.duplicateSide;
}

bool sameRows(const std::vector<ReconRow> &a, const std::vector<ReconRow> &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), sameRow);
}

QByteArray keyOf(const Rec &r)
{
    return r.id + '\0' + char('0' + int(r.kind));
}

/// What the spec says each record's outcome is, computed the slow obvious way.
struct Expected
{
    std::vector<ReconRow> ledger; ///< outcome of each ledger record (vanRow = its partner)
    std::vector<ReconRow> van; ///< outcome of each VAN record (ledgerRow = its partner)
    ReconSummary summary;
};

Expected referenceModel(const Recs &ledger, const Recs &van, qint64 rejected)
{
    QHash<QByteArray, QList<qint32>> l, v;
    for (qint32 i = 0; i < qint32(ledger.size()); ++i)
        l[keyOf(ledger[i])] << i;
    for (qint32 i = 0; i < qint32(van.size()); ++i)
        v[keyOf(van[i])] << i;

    Expected e;
    e.ledger.resize(size_t(ledger.size()));
    e.van.resize(size_t(van.size()));
    ReconSummary &s = e.summary;
    auto totals = [&s](ReconStatus st) -> ReconTotals & { return s.byStatus[size_t(st)]; };

    auto duplicateSide = [&](const QByteArray &key) {
        const bool ld = l.value(key).size() > 1;
        const bool vd = v.value(key).size() > 1;
        return ld && vd ? DuplicateSide::Both
            : ld        ? DuplicateSide::Ledger
            : vd        ? DuplicateSide::Van
                        : DuplicateSide::None;
    };

    for (qint32 i = 0; i < qint32(ledger.size()); ++i) {
        const Rec &r = ledger[i];
        const QByteArray key = keyOf(r);
        const DuplicateSide side = duplicateSide(key);
        if (side != DuplicateSide::None) {
            e.ledger[size_t(i)] = row(i, -1, ReconStatus::Duplicate, ReasonNone, side);
            ++totals(ReconStatus::Duplicate).count;
            totals(ReconStatus::Duplicate).ledgerWon += r.amount;
        } else if (v.contains(key)) {
            const qint32 j = v.value(key).first();
            const Rec &o = van[j];
            quint8 reasons = ReasonNone;
            if (r.amount != o.amount)
                reasons |= ReasonAmount;
            if (r.approvalNo != o.approvalNo)
                reasons |= ReasonApprovalNo;
            const ReconStatus st = reasons ? ReconStatus::Mismatched : ReconStatus::Matched;
            e.ledger[size_t(i)] = row(i, j, st, reasons);
            e.van[size_t(j)] = e.ledger[size_t(i)];
            ++totals(st).count;
            totals(st).ledgerWon += r.amount;
            totals(st).vanWon += o.amount;
            if (reasons & ReasonAmount) {
                ++s.amountReason.count;
                s.amountReason.ledgerWon += r.amount;
                s.amountReason.vanWon += o.amount;
            }
            if (reasons & ReasonApprovalNo) {
                ++s.approvalNoReason.count;
                s.approvalNoReason.ledgerWon += r.amount;
                s.approvalNoReason.vanWon += o.amount;
            }
        } else {
            e.ledger[size_t(i)] = row(i, -1, ReconStatus::LedgerOnly);
            ++totals(ReconStatus::LedgerOnly).count;
            totals(ReconStatus::LedgerOnly).ledgerWon += r.amount;
        }
        s.ledgerNetWon += r.kind == PaymentKind::Approval ? r.amount : -r.amount;
    }
    for (qint32 j = 0; j < qint32(van.size()); ++j) {
        const Rec &r = van[j];
        const QByteArray key = keyOf(r);
        const DuplicateSide side = duplicateSide(key);
        if (side != DuplicateSide::None) {
            e.van[size_t(j)] = row(-1, j, ReconStatus::Duplicate, ReasonNone, side);
            ++totals(ReconStatus::Duplicate).count;
            totals(ReconStatus::Duplicate).vanWon += r.amount;
        } else if (!l.contains(key)) {
            e.van[size_t(j)] = row(-1, j, ReconStatus::VanOnly);
            ++totals(ReconStatus::VanOnly).count;
            totals(ReconStatus::VanOnly).vanWon += r.amount;
        }
        s.vanNetWon += r.kind == PaymentKind::Approval ? r.amount : -r.amount;
    }
    s.ledgerRecords = ledger.size();
    s.vanRecords = van.size();
    s.rejectedRows = rejected;
    return e;
}

QStringList summaryDifferences(const ReconSummary &a, const ReconSummary &e)
{
    QStringList diffs;
    auto check = [&diffs](const QString &what, qint64 actual, qint64 expected) {
        if (actual != expected)
            diffs << QStringLiteral("%1: actual %2, expected %3").arg(what).arg(actual).arg(expected);
    };
    auto checkTotals = [&check](const QString &what, const ReconTotals &actual, const ReconTotals &expected) {
        check(what + QStringLiteral(".count"), actual.count, expected.count);
        check(what + QStringLiteral(".ledgerWon"), actual.ledgerWon, expected.ledgerWon);
        check(what + QStringLiteral(".vanWon"), actual.vanWon, expected.vanWon);
    };
    for (int st = 0; st < ReconStatusCount; ++st)
        checkTotals(ReconStatuses::toString(ReconStatus(st)), a.byStatus[size_t(st)], e.byStatus[size_t(st)]);
    checkTotals(QStringLiteral("amountReason"), a.amountReason, e.amountReason);
    checkTotals(QStringLiteral("approvalNoReason"), a.approvalNoReason, e.approvalNoReason);
    check(QStringLiteral("ledgerRecords"), a.ledgerRecords, e.ledgerRecords);
    check(QStringLiteral("vanRecords"), a.vanRecords, e.vanRecords);
    check(QStringLiteral("ledgerNetWon"), a.ledgerNetWon, e.ledgerNetWon);
    check(QStringLiteral("vanNetWon"), a.vanNetWon, e.vanNetWon);
    check(QStringLiteral("rejectedRows"), a.rejectedRows, e.rejectedRows);
    check(QStringLiteral("discrepancies()"), a.discrepancies(), e.discrepancies());
    return diffs;
}

/// Order rules and coverage that hold for every input: each record is in exactly one row, ledger-side rows
/// come in ledger order, VAN-only rows come after them in VAN order.
void checkRowInvariants(const ReconResult &result, qsizetype ledgerSize, qsizetype vanSize)
{
    std::vector<int> ledgerSeen(size_t(ledgerSize), 0), vanSeen(size_t(vanSize), 0);
    qint32 lastLedger = -1;
    qint32 lastVanOnly = -1;
    bool vanOnlySeen = false;
    for (const ReconRow &r : result.rows) {
        QVERIFY2(r.ledgerRow >= -1 && r.ledgerRow < ledgerSize, qPrintable(describe(r)));
        QVERIFY2(r.vanRow >= -1 && r.vanRow < vanSize, qPrintable(describe(r)));
        QVERIFY2(r.ledgerRow >= 0 || r.vanRow >= 0, qPrintable(describe(r)));
        if (r.ledgerRow >= 0) {
            ++ledgerSeen[size_t(r.ledgerRow)];
            QVERIFY2(!vanOnlySeen, qPrintable(QStringLiteral("ledger-side row after a van_only row: ") + describe(r)));
            QVERIFY2(r.ledgerRow > lastLedger, qPrintable(QStringLiteral("ledger order broken at ") + describe(r)));
            lastLedger = r.ledgerRow;
        }
        if (r.vanRow >= 0)
            ++vanSeen[size_t(r.vanRow)];
        switch (r.status) {
        case ReconStatus::Matched:
        case ReconStatus::Mismatched:
            QVERIFY2(r.ledgerRow >= 0 && r.vanRow >= 0, qPrintable(describe(r)));
            QVERIFY2((r.status == ReconStatus::Matched) == (r.reasons == ReasonNone), qPrintable(describe(r)));
            QCOMPARE(r.duplicateSide, DuplicateSide::None);
            break;
        case ReconStatus::LedgerOnly:
            QVERIFY2(r.ledgerRow >= 0 && r.vanRow == -1, qPrintable(describe(r)));
            break;
        case ReconStatus::VanOnly:
            QVERIFY2(r.ledgerRow == -1 && r.vanRow >= 0, qPrintable(describe(r)));
            QVERIFY2(r.vanRow > lastVanOnly, qPrintable(QStringLiteral("VAN order broken at ") + describe(r)));
            lastVanOnly = r.vanRow;
            vanOnlySeen = true;
            break;
        case ReconStatus::Duplicate:
            // One row per record: exactly one side is set.
            QVERIFY2((r.ledgerRow >= 0) != (r.vanRow >= 0), qPrintable(describe(r)));
            QVERIFY2(r.duplicateSide != DuplicateSide::None, qPrintable(describe(r)));
            break;
        }
    }
    for (qsizetype i = 0; i < ledgerSize; ++i)
        QVERIFY2(ledgerSeen[size_t(i)] == 1,
            qPrintable(QStringLiteral("ledger record %1 in %2 rows").arg(i).arg(ledgerSeen[size_t(i)])));
    for (qsizetype i = 0; i < vanSize; ++i)
        QVERIFY2(vanSeen[size_t(i)] == 1,
            qPrintable(QStringLiteral("VAN record %1 in %2 rows").arg(i).arg(vanSeen[size_t(i)])));
}

/// Compares each record's outcome and the summary with the reference model.
void checkAgainstModel(const ReconResult &result, const Recs &ledger, const Recs &van, qint64 rejected)
{
    checkRowInvariants(result, ledger.size(), van.size());
    if (QTest::currentTestFailed())
        return;
    const Expected e = referenceModel(ledger, van, rejected);
    std::vector<ReconRow> byLedger(size_t(ledger.size())), byVan(size_t(van.size()));
    for (const ReconRow &r : result.rows) {
        if (r.ledgerRow >= 0)
            byLedger[size_t(r.ledgerRow)] = r;
        if (r.vanRow >= 0 && r.ledgerRow < 0)
            byVan[size_t(r.vanRow)] = r;
    }
    for (qsizetype i = 0; i < ledger.size(); ++i) {
        QVERIFY2(sameRow(byLedger[size_t(i)], e.ledger[size_t(i)]),
            qPrintable(QStringLiteral("ledger record %1 (%2): actual %3, expected %4")
                           .arg(i)
                           .arg(QString::fromUtf8(ledger[i].id), describe(byLedger[size_t(i)]),
                               describe(e.ledger[size_t(i)]))));
    }
    for (qsizetype j = 0; j < van.size(); ++j) {
        const ReconRow &exp = e.van[size_t(j)];
        if (exp.ledgerRow >= 0)
            continue; // paired: checked from the ledger side
        QVERIFY2(sameRow(byVan[size_t(j)], exp),
            qPrintable(QStringLiteral("VAN record %1 (%2): actual %3, expected %4")
                           .arg(j)
                           .arg(QString::fromUtf8(van[j].id), describe(byVan[size_t(j)]), describe(exp))));
    }
    const QStringList diffs = summaryDifferences(result.summary, e.summary);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QStringLiteral("; "))));
}

/// The worked example of summarisesCountsAndWonPerStatus, also used for ordering.
Recs exampleLedger()
{
    return { approval("T1", 10000, "A1"), approval("T2", 20000, "A2"), approval("T3", 30000, "A3"),
        approval("T4", 40000, "A4"), approval("T5", 50000, "A5"), cancel("T6", 6000, "A6"), cancel("T6", 6000, "A6"),
        cancel("T1", 1000, "A1") };
}

Recs exampleVan()
{
    return { approval("T4", 41000, "B4"), approval("T1", 10000, "A1"), approval("T9", 90000, "A9"),
        approval("T2", 25000, "A2"), approval("T3", 30000, "B3"), cancel("T6", 6000, "A6"), cancel("T1", 1000, "A1"),
        cancel("T8", 8000, "A8") };
}

/// Deterministic pseudo-random ledger and VAN sides with every kind of outcome.
void generate(quint32 seed, int keys, Recs &ledger, Recs &van)
{
    QRandomGenerator gen(seed);
    for (int k = 0; k < keys; ++k) {
        // Ids share prefixes and leading zeros on purpose: "0042" and "42" are different transactions.
        const QByteArray id = k % 7 == 0 ? "0" + QByteArray::number(k + 1) : QByteArray::number(k);
        const PaymentKind kind = gen.bounded(5) == 0 ? PaymentKind::Cancel : PaymentKind::Approval;
        const qint64 amount = 1000 * (1 + gen.bounded(500));
        const QByteArray approvalNo = QByteArray::number(10000000 + k);
        const int roll = int(gen.bounded(100));
        const int inLedger = roll < 5 ? 0 : roll < 8 ? 2 : 1;
        const int roll2 = int(gen.bounded(100));
        const int inVan = roll2 < 5 ? 0 : roll2 < 8 ? 2 : 1;
        for (int i = 0; i < inLedger; ++i)
            ledger << Rec { id, kind, amount, approvalNo };
        for (int i = 0; i < inVan; ++i) {
            const int change = int(gen.bounded(100));
            Rec r { id, kind, amount, approvalNo };
            if (change < 4 || (change >= 8 && change < 10))
                r.amount += 100;
            if (change >= 4 && change < 10)
                r.approvalNo = QByteArray::number(90000000 + k);
            van << r;
        }
    }
    // A VAN file lists records in its own order.
    for (qsizetype i = van.size() - 1; i > 0; --i)
        van.swapItemsAt(i, qsizetype(gen.bounded(quint32(i + 1))));
    for (qsizetype i = ledger.size() - 1; i > 0; --i)
        ledger.swapItemsAt(i, qsizetype(gen.bounded(quint32(i + 1))));
}
} // namespace

Q_DECLARE_METATYPE(Recs)
Q_DECLARE_METATYPE(ReconStatus)
Q_DECLARE_METATYPE(DuplicateSide)

class TestReconEngine final : public QObject
{
    Q_OBJECT

private slots:
    void matchesSameKeyAmountAndApprovalNo();
    void flagsMismatchReasons_data();
    void flagsMismatchReasons();
    void reportsRecordsFoundOnOneSideOnly();
    void marksEveryRecordOfARepeatedKeyDuplicate_data();
    void marksEveryRecordOfARepeatedKeyDuplicate();
    void treatsApprovalAndCancelAsSeparateKeys_data();
    void treatsApprovalAndCancelAsSeparateKeys();
    void comparesTransactionIdsByExactBytes_data();
    void comparesTransactionIdsByExactBytes();
    void ordersLedgerRowsFirstThenVanOnlyInVanOrder();
    void keepsLedgerOrderWithDuplicates();
    void summarisesCountsAndWonPerStatusAndReason();
    void handlesEmptyInputs_data();
    void handlesEmptyInputs();
    void countsRejectedRowsAsDiscrepancies();
    void stopsWhenCancelled();
    void agreesWithReferenceModelOnGeneratedData_data();
    void agreesWithReferenceModelOnGeneratedData();
    void producesIdenticalOutputOnRepeatedRuns();
};

void TestReconEngine::matchesSameKeyAmountAndApprovalNo()
{
    const Recs ledger { approval("000123", 15000, "12345678") };
    const Recs van { approval("000123", 15000, "12345678") };
    const ReconResult r = ReconEngine().run(table(ledger), table(van));
    QVERIFY(!r.cancelled);
    const std::vector<ReconRow> expected { row(0, 0, ReconStatus::Matched) };
    QVERIFY2(sameRows(r.rows, expected), qPrintable(describe(r.rows)));
    checkAgainstModel(r, ledger, van, 0);
}

void TestReconEngine::flagsMismatchReasons_data()
{
    QTest::addColumn<Recs>("ledger");
    QTest::addColumn<Recs>("van");
    QTest::addColumn<int>("reasons");
    QTest::newRow("amount") << Recs { approval("T1", 15000, "A1") } << Recs { approval("T1", 16000, "A1") }
                            << int(ReasonAmount);
    QTest::newRow("approval no") << Recs { approval("T1", 15000, "A1") } << Recs { approval("T1", 15000, "B1") }
                                 << int(ReasonApprovalNo);
    QTest::newRow("both") << Recs { approval("T1", 15000, "A1") } << Recs { approval("T1", 1500, "B1") }
                          << int(ReasonAmount | ReasonApprovalNo);
    QTest::newRow("approval no missing on one side")
        << Recs { cancel("T1", 15000, "A1") } << Recs { cancel("T1", 15000, "") } << int(ReasonApprovalNo);
    QTest::newRow("approval no leading zero")
        << Recs { approval("T1", 15000, "0012") } << Recs { approval("T1", 15000, "12") } << int(ReasonApprovalNo);
}

void TestReconEngine::flagsMismatchReasons()
{
    QFETCH(Recs, ledger);
    QFETCH(Recs, van);
    QFETCH(int, reasons);
    const ReconResult r = ReconEngine().run(table(ledger), table(van));
    const std::vector<ReconRow> expected { row(0, 0, ReconStatus::Mismatched, quint8(reasons)) };
    QVERIFY2(sameRows(r.rows, expected), qPrintable(describe(r.rows)));
    checkAgainstModel(r, ledger, van, 0);
}

void TestReconEngine::reportsRecordsFoundOnOneSideOnly()
{
    const Recs ledger { approval("L1", 1000, "A"), approval("BOTH", 2000, "B") };
    const Recs van { approval("BOTH", 2000, "B"), approval("V1", 3000, "C") };
    const ReconResult r = ReconEngine().run(table(ledger), table(van));
    const std::vector<ReconRow> expected { row(0, -1, ReconStatus::LedgerOnly), row(1, 0, ReconStatus::Matched),
        row(-1, 1, ReconStatus::VanOnly) };
    QVERIFY2(sameRows(r.rows, expected), qPrintable(describe(r.rows)));
    checkAgainstModel(r, ledger, van, 0);
}

void TestReconEngine::marksEveryRecordOfARepeatedKeyDuplicate_data()
{
    QTest::addColumn<Recs>("ledger");
    QTest::addColumn<Recs>("van");
    QTest::addColumn<DuplicateSide>("side");
    const Rec d = approval("D1", 5000, "A1");
    const Rec other = approval("OK", 7000, "A2");
    QTest::newRow("twice in ledger") << Recs { d, other, d } << Recs { other, d } << DuplicateSide::Ledger;
    QTest::newRow("twice in van") << Recs { d, other } << Recs { d, other, d } << DuplicateSide::Van;
    QTest::newRow("twice on both") << Recs { d, d, other } << Recs { other, d, d } << DuplicateSide::Both;
    QTest::newRow("twice in ledger, none in van") << Recs { d, other, d } << Recs { other } << DuplicateSide::Ledger;
    QTest::newRow("three times in van, none in ledger")
        << Recs { other } << Recs { d, d, other, d } << DuplicateSide::Van;
    Rec d2 = d;
    d2.amount = 9999;
    d2.approvalNo = "ZZ";
    QTest::newRow("repeats differ in amount") << Recs { d, d2, other } << Recs { d, other } << DuplicateSide::Ledger;
}

void TestReconEngine::marksEveryRecordOfARepeatedKeyDuplicate()
{
    QFETCH(Recs, ledger);
    QFETCH(Recs, van);
    QFETCH(DuplicateSide, side);
    const ReconResult r = ReconEngine().run(table(ledger), table(van));
    checkAgainstModel(r, ledger, van, 0);
    if (QTest::currentTestFailed())
        return;
    qsizetype duplicates = 0;
    for (const ReconRow &row : r.rows) {
        const Rec &rec = row.ledgerRow >= 0 ? ledger[row.ledgerRow] : van[row.vanRow];
        if (rec.id == "D1") {
            QCOMPARE(row.status, ReconStatus::Duplicate);
            QCOMPARE(row.duplicateSide, side);
            ++duplicates;
        } else {
            QCOMPARE(row.status, ReconStatus::Matched);
        }
    }
    const auto isD1 = [](const Rec &rec) { return rec.id == "D1"; };
    QCOMPARE(duplicates,
        qsizetype(std::count_if(ledger.begin(), ledger.end(), isD1) + std::count_if(van.begin(), van.end(), isD1)));
    QCOMPARE(r.summary[ReconStatus::Duplicate].count, duplicates);
}

void TestReconEngine::treatsApprovalAndCancelAsSeparateKeys_data()
{
    QTest::addColumn<Recs>("ledger");
    QTest::addColumn<Recs>("van");
    QTest::addColumn<QList<int>>("statuses"); // of the rows, in order
    QTest::newRow("partial cancellation matches its VAN cancel")
        << Recs { approval("T1", 10000, "A1"), cancel("T1", 3000, "A1") }
        << Recs { cancel("T1", 3000, "A1"), approval("T1", 10000, "A1") }
        << QList<int> { int(ReconStatus::Matched), int(ReconStatus::Matched) };
    QTest::newRow("cancel missing from VAN is not a duplicate")
        << Recs { approval("T1", 10000, "A1"), cancel("T1", 10000, "A1") } << Recs { approval("T1", 10000, "A1") }
        << QList<int> { int(ReconStatus::Matched), int(ReconStatus::LedgerOnly) };
    QTest::newRow("cancel only in VAN") << Recs { approval("T1", 10000, "A1") }
                                        << Recs { approval("T1", 10000, "A1"), cancel("T1", 4000, "A1") }
                                        << QList<int> { int(ReconStatus::Matched), int(ReconStatus::VanOnly) };
    QTest::newRow("cancel amount differs") << Recs { approval("T1", 10000, "A1"), cancel("T1", 3000, "A1") }
                                           << Recs { approval("T1", 10000, "A1"), cancel("T1", 4000, "A1") }
                                           << QList<int> { int(ReconStatus::Matched), int(ReconStatus::Mismatched) };
}

void TestReconEngine::treatsApprovalAndCancelAsSeparateKeys()
{
    QFETCH(Recs, ledger);
    QFETCH(Recs, van);
    QFETCH(QList<int>, statuses);
    const ReconResult r = ReconEngine().run(table(ledger), table(van));
    QList<int> actual;
    for (const ReconRow &row : r.rows)
        actual << int(row.status);
    QVERIFY2(actual == statuses, qPrintable(describe(r.rows)));
    checkAgainstModel(r, ledger, van, 0);
}

void TestReconEngine::comparesTransactionIdsByExactBytes_data()
{
    QTest::addColumn<QByteArray>("ledgerId");
    QTest::addColumn<QByteArray>("vanId");
    QTest::addColumn<bool>("sameKey");
    QTest::newRow("equal") << QByteArray("000123") << QByteArray("000123") << true;
    QTest::newRow("leading zeros differ") << QByteArray("0123") << QByteArray("123") << false;
    QTest::newRow("case differs") << QByteArray("A1") << QByteArray("a1") << false;
    QTest::newRow("space differs") << QByteArray(" 123") << QByteArray("123") << false;
    QTest::newRow("korean equal") << QByteArray("승인-7") << QByteArray("승인-7") << true;
    QTest::newRow("prefix") << QByteArray("123") << QByteArray("1234") << false;
}

void TestReconEngine::comparesTransactionIdsByExactBytes()
{
    QFETCH(QByteArray, ledgerId);
    QFETCH(QByteArray, vanId);
    QFETCH(bool, sameKey);
    const Recs ledger { Rec { ledgerId, PaymentKind::Approval, 1000, "A" } };
    const Recs van { Rec { vanId, PaymentKind::Approval, 1000, "A" } };
    const ReconResult r = ReconEngine().run(table(ledger), table(van));
    const std::vector<ReconRow> expected = sameKey
        ? std::vector<ReconRow> { row(0, 0, ReconStatus::Matched) }
        : std::vector<ReconRow> { row(0, -1, ReconStatus::LedgerOnly), row(-1, 0, ReconStatus::VanOnly) };
    QVERIFY2(sameRows(r.rows, expected), qPrintable(describe(r.rows)));
}

void TestReconEngine::ordersLedgerRowsFirstThenVanOnlyInVanOrder()
{
    const Recs ledger { approval("T3", 3000, "A3"), approval("T1", 1000, "A1"), approval("T2", 2000, "A2"),
        cancel("T3", 500, "A3") };
    const Recs van { approval("T9", 9000, "A9"), approval("T2", 2500, "A2"), approval("T3", 3000, "A3"),
        approval("T8", 8000, "A8"), cancel("T7", 700, "A7") };
    const std::vector<ReconRow> expected { row(0, 2, ReconStatus::Matched), row(1, -1, ReconStatus::LedgerOnly),
        row(2, 1, ReconStatus::Mismatched, ReasonAmount), row(3, -1, ReconStatus::LedgerOnly),
        row(-1, 0, ReconStatus::VanOnly), row(-1, 3, ReconStatus::VanOnly), row(-1, 4, ReconStatus::VanOnly) };
    const ReconResult r = ReconEngine().run(table(ledger), table(van));
    QVERIFY2(sameRows(r.rows, expected), qPrintable(QStringLiteral("actual:\n  ") + describe(r.rows)));
}

void TestReconEngine::keepsLedgerOrderWithDuplicates()
{
    const Recs ledger = exampleLedger();
    const Recs van = exampleVan();
    const ReconResult r = ReconEngine().run(table(ledger), table(van), 4);
    checkAgainstModel(r, ledger, van, 4);
    if (QTest::currentTestFailed())
        return;
    // The ledger-side rows are exactly the ledger records in ledger order, with their partners.
    std::vector<ReconRow> ledgerSide;
    for (const ReconRow &row : r.rows) {
        if (row.ledgerRow >= 0)
            ledgerSide.push_back(row);
    }
    const std::vector<ReconRow> expected { row(0, 1, ReconStatus::Matched),
        row(1, 3, ReconStatus::Mismatched, ReasonAmount), row(2, 4, ReconStatus::Mismatched, ReasonApprovalNo),
        row(3, 0, ReconStatus::Mismatched, ReasonAmount | ReasonApprovalNo), row(4, -1, ReconStatus::LedgerOnly),
        row(5, -1, ReconStatus::Duplicate, ReasonNone, DuplicateSide::Ledger),
        row(6, -1, ReconStatus::Duplicate, ReasonNone, DuplicateSide::Ledger), row(7, 6, ReconStatus::Matched) };
    QVERIFY2(sameRows(ledgerSide, expected), qPrintable(describe(r.rows)));
    // Then the VAN-only records 2 and 7, in that order, last.
    QVERIFY(r.rows.size() >= 2);
    QVERIFY2(sameRow(r.rows.back(), row(-1, 7, ReconStatus::VanOnly)), qPrintable(describe(r.rows)));
}

void TestReconEngine::summarisesCountsAndWonPerStatusAndReason()
{
    const ReconResult r = ReconEngine().run(table(exampleLedger()), table(exampleVan()), 4);
    const ReconSummary &s = r.summary;
    // Worked out by hand from exampleLedger() / exampleVan().
    ReconSummary e;
    e.byStatus[size_t(ReconStatus::Matched)] = { 2, 11000, 11000 };
    e.byStatus[size_t(ReconStatus::Mismatched)] = { 3, 90000, 96000 };
    e.byStatus[size_t(ReconStatus::LedgerOnly)] = { 1, 50000, 0 };
    e.byStatus[size_t(ReconStatus::VanOnly)] = { 2, 0, 98000 };
    e.byStatus[size_t(ReconStatus::Duplicate)] = { 3, 12000, 6000 };
    e.amountReason = { 2, 60000, 66000 };
    e.approvalNoReason = { 2, 70000, 71000 };
    e.ledgerRecords = 8;
    e.vanRecords = 8;
    e.ledgerNetWon = 150000 - 13000;
    e.vanNetWon = 196000 - 15000;
    e.rejectedRows = 4;
    const QStringList diffs = summaryDifferences(s, e);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QStringLiteral("; "))));
    QCOMPARE(s.discrepancies(), qint64(3 + 1 + 2 + 3 + 4));
    QCOMPARE(r.rows.size(), size_t(2 + 3 + 1 + 2 + 3));
}

void TestReconEngine::handlesEmptyInputs_data()
{
    QTest::addColumn<Recs>("ledger");
    QTest::addColumn<Recs>("van");
    QTest::newRow("both empty") << Recs {} << Recs {};
    QTest::newRow("ledger empty") << Recs {} << Recs { approval("V1", 1000, "A"), cancel("V1", 400, "A") };
    QTest::newRow("van empty") << Recs { approval("L1", 1000, "A"), approval("L2", 2000, "B") } << Recs {};
}

void TestReconEngine::handlesEmptyInputs()
{
    QFETCH(Recs, ledger);
    QFETCH(Recs, van);
    const ReconResult r = ReconEngine().run(table(ledger), table(van), 2);
    QVERIFY(!r.cancelled);
    QCOMPARE(r.rows.size(), size_t(ledger.size() + van.size()));
    for (const ReconRow &row : r.rows)
        QCOMPARE(row.status, ledger.isEmpty() ? ReconStatus::VanOnly : ReconStatus::LedgerOnly);
    checkAgainstModel(r, ledger, van, 2);
    QCOMPARE(r.summary.discrepancies(), qint64(ledger.size() + van.size() + 2));
}

void TestReconEngine::countsRejectedRowsAsDiscrepancies()
{
    const Recs same { approval("T1", 1000, "A") };
    const ReconResult r = ReconEngine().run(table(same), table(same), 7);
    QCOMPARE(r.summary.rejectedRows, qint64(7));
    QCOMPARE(r.summary[ReconStatus::Matched].count, qint64(1));
    QCOMPARE(r.summary.discrepancies(), qint64(7));
    const ReconResult clean = ReconEngine().run(table(same), table(same));
    QCOMPARE(clean.summary.discrepancies(), qint64(0));
}

void TestReconEngine::stopsWhenCancelled()
{
    Recs ledger, van;
    generate(7, 2000, ledger, van);
    std::atomic_bool cancel { true };
    ReconEngine engine;
    engine.setCancelFlag(&cancel);
    const ReconResult r = engine.run(table(ledger), table(van));
    QVERIFY(r.cancelled);

    cancel = false;
    const ReconResult full = engine.run(table(ledger), table(van));
    QVERIFY(!full.cancelled);
    QCOMPARE(full.summary.ledgerRecords, qint64(ledger.size()));
}

void TestReconEngine::agreesWithReferenceModelOnGeneratedData_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("keys");
    QTest::newRow("small") << quint32(1) << 50;
    QTest::newRow("medium") << quint32(2) << 3000;
    QTest::newRow("large") << quint32(3) << 20000;
    QTest::newRow("over 200k records") << quint32(4) << 110000;
}

void TestReconEngine::agreesWithReferenceModelOnGeneratedData()
{
    QFETCH(quint32, seed);
    QFETCH(int, keys);
    Recs ledger, van;
    generate(seed, keys, ledger, van);
    const ReconResult r = ReconEngine().run(table(ledger), table(van), 3);
    QVERIFY(!r.cancelled);
    checkAgainstModel(r, ledger, van, 3);
}

void TestReconEngine::producesIdenticalOutputOnRepeatedRuns()
{
    Recs ledger, van;
    generate(11, 5000, ledger, van);
    const RecordTable l = table(ledger);
    const RecordTable v = table(van);
    const ReconResult a = ReconEngine().run(l, v, 1);
    const ReconResult b = ReconEngine().run(l, v, 1);
    QVERIFY(!a.rows.empty());
    QVERIFY(sameRows(a.rows, b.rows));
    QCOMPARE(a.summary.toJson(), b.summary.toJson());
    // Tables built again from the same records give the same answer too.
    const ReconResult c = ReconEngine().run(table(ledger), table(van), 1);
    QVERIFY(sameRows(a.rows, c.rows));
}

QTEST_GUILESS_MAIN(TestReconEngine)
#include "tst_reconengine.moc"
