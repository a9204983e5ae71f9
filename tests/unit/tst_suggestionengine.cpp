// Pairing suggestions: each signal alone and combined, kind, equal ids, window edges, typos, order, limits,
// cancellation, pathological buckets and a 10K x 10K run with planted pairs.
#include "resolve/suggestionengine.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(std::vector<SuggestionItem>)

namespace {
constexpr qint64 kT0 = 1795000000000; // 2026-11-18, UTC ms
constexpr qint64 kMinute = 60 * 1000;
constexpr quint8 kAmountCard = SameAmountCardInWindow | SameAmount | CloseInTime;

SuggestionItem item(qint64 id, const char *transactionId, qint64 amount, const char *approvalNo, qint64 at,
    const char *last4, PaymentKind kind = PaymentKind::Approval)
{
    SuggestionItem i;
    i.id = id;
    i.transactionId = transactionId;
    i.kind = kind;
    i.amount = amount;
    i.approvalNo = approvalNo;
    i.occurredAtMs = at;
    i.cardLast4 = last4;
    return i;
}

/// The ledger item most rows rank against: far in id, amount, approval and card from the fillers below.
SuggestionItem ledgerItem()
{
    return item(1, "TX20261118000100", 15000, "30001234", kT0, "1111");
}

/// "vanId:reasons" per suggestion, so a failure shows the whole list.
QStringList brief(const std::vector<Suggestion> &list)
{
    QStringList out;
    for (const Suggestion &s : list)
        out << QStringLiteral("%1:%2").arg(s.vanId).arg(s.reasons);
    return out;
}

QStringList brief(std::initializer_list<std::pair<qint64, quint8>> expected)
{
    QStringList out;
    for (const auto &e : expected)
        out << QStringLiteral("%1:%2").arg(e.first).arg(e.second);
    return out;
}
} // namespace

class TestSuggestionEngine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ranksOneLedgerItem_data();
    void ranksOneLedgerItem();
    void oneEditAway_data();
    void oneEditAway();
    void idIndexFindsEveryOneEditPair();
    void scoresCombineSignals();
    void timeWindowIsConfigurable();
    void vanItemMayServeSeveralLedgerItems();
    void orderIsDeterministic();
    void maxPerItemLimitsEachList();
    void emptyInputs();
    void cancelledRunReturnsNothing();
    void cancelDuringRunStopsIt();
    void pathologicalBucketsStayBounded();
    void describeNamesReasons_data();
    void describeNamesReasons();
    void plantedPairsRankFirstIn10kBy10k();
};

void TestSuggestionEngine::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // describe() joins with the locale's list
}

void TestSuggestionEngine::ranksOneLedgerItem_data()
{
    QTest::addColumn<std::vector<SuggestionItem>>("van");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("approval number alone")
        << std::vector { item(11, "ZZ1", 99000, "30001234", kT0 + 120 * kMinute, "9999") }
        << brief({ { 11, SameApprovalNo } });
    QTest::newRow("approval number and amount")
        << std::vector { item(11, "ZZ1", 15000, "30001234", kT0 + 120 * kMinute, "9999") }
        << brief({ { 11, SameApprovalNo | SameAmount } });
    QTest::newRow("approval number of the other kind")
        << std::vector { item(11, "ZZ1", 15000, "30001234", kT0, "1111", PaymentKind::Cancel) } << QStringList();
    QTest::newRow("empty approval numbers are no signal")
        << std::vector { item(11, "ZZ1", 99000, "", kT0, "9999") } << QStringList();
    QTest::newRow("amount and card 10 min later")
        << std::vector { item(11, "ZZ1", 15000, "77770000", kT0 + 10 * kMinute, "1111") }
        << brief({ { 11, kAmountCard } });
    QTest::newRow("amount and card exactly 30 min later")
        << std::vector { item(11, "ZZ1", 15000, "77770000", kT0 + 30 * kMinute, "1111") }
        << brief({ { 11, kAmountCard } });
    QTest::newRow("amount and card exactly 30 min earlier")
        << std::vector { item(11, "ZZ1", 15000, "77770000", kT0 - 30 * kMinute, "1111") }
        << brief({ { 11, kAmountCard } });
    QTest::newRow("amount and card 30 min 1 ms later")
        << std::vector { item(11, "ZZ1", 15000, "77770000", kT0 + 30 * kMinute + 1, "1111") } << QStringList();
    QTest::newRow("amount and card 30 min 1 ms earlier")
        << std::vector { item(11, "ZZ1", 15000, "77770000", kT0 - 30 * kMinute - 1, "1111") } << QStringList();
    QTest::newRow("amount and other card")
        << std::vector { item(11, "ZZ1", 15000, "77770000", kT0, "1112") } << QStringList();
    QTest::newRow("card and other amount")
        << std::vector { item(11, "ZZ1", 15001, "77770000", kT0, "1111") } << QStringList();
    QTest::newRow("amount and card of the other kind")
        << std::vector { item(11, "ZZ1", 15000, "77770000", kT0, "1111", PaymentKind::Cancel) } << QStringList();
    {
        SuggestionItem unknownCard = item(11, "ZZ1", 15000, "77770000", kT0, "");
        QTest::newRow("unknown card is no signal") << std::vector { unknownCard } << QStringList();
    }
    QTest::newRow("id substitution") << std::vector {
        item(11, "TX20261118000190", 99000, "77770000", kT0 + 300 * kMinute, "9999")
    } << brief({ { 11, IdOneEditAway } });
    QTest::newRow("id substitution in the first byte")
        << std::vector { item(11, "UX20261118000100", 99000, "77770000", kT0 + 300 * kMinute, "9999") }
        << brief({ { 11, IdOneEditAway } });
    QTest::newRow("id with a byte inserted")
        << std::vector { item(11, "TX202611180001000", 99000, "77770000", kT0 + 300 * kMinute, "9999") }
        << brief({ { 11, IdOneEditAway } });
    QTest::newRow("id with a byte deleted (leading zero)")
        << std::vector { item(11, "TX2026111800100", 99000, "77770000", kT0 + 300 * kMinute, "9999") }
        << brief({ { 11, IdOneEditAway } });
    QTest::newRow("id with adjacent bytes swapped")
        << std::vector { item(11, "TX20261118001000", 99000, "77770000", kT0 + 300 * kMinute, "9999") }
        << brief({ { 11, IdOneEditAway } });
    QTest::newRow("id swapped at the end")
        << std::vector { item(11, "TX20261118000010", 99000, "77770000", kT0 + 300 * kMinute, "9999") }
        << brief({ { 11, IdOneEditAway } });
    QTest::newRow("id two substitutions away")
        << std::vector { item(11, "TX20261118000299", 99000, "77770000", kT0, "9999") } << QStringList();
    QTest::newRow("id with bytes swapped two apart")
        << std::vector { item(11, "TX20261118001000", 99000, "77770000", kT0, "9999"),
               item(12, "TX20261118100000", 99000, "77770000", kT0, "9999") }
        << brief({ { 11, IdOneEditAway | CloseInTime } });
    QTest::newRow("id one edit away, other kind")
        << std::vector { item(11, "TX20261118000190", 15000, "77770000", kT0, "9999", PaymentKind::Cancel) }
        << QStringList();
    QTest::newRow("equal id alone is not suggested")
        << std::vector { item(11, "TX20261118000100", 99000, "77770000", kT0, "9999") } << QStringList();
    QTest::newRow("equal id with the same approval number: no id reason")
        << std::vector { item(11, "TX20261118000100", 99000, "30001234", kT0, "9999") }
        << brief({ { 11, SameApprovalNo | CloseInTime } });
    QTest::newRow("same amount and time alone are not suggested")
        << std::vector { item(11, "ZZ1", 15000, "77770000", kT0, "9999") } << QStringList();
    QTest::newRow("all three signals") << std::vector { item(11, "TX20261118000101", 15000, "30001234", kT0 + kMinute,
        "1111") } << brief({ { 11, SameApprovalNo | IdOneEditAway | kAmountCard } });
    QTest::newRow("two signals rank above one, however close")
        << std::vector { item(11, "ZZ1", 15000, "30001234", kT0, "9999"),
               item(12, "TX20261118000101", 15000, "77770000", kT0 + 29 * kMinute, "1111") }
        << brief({ { 12, IdOneEditAway | kAmountCard }, { 11, SameApprovalNo | SameAmount | CloseInTime } });
    QTest::newRow("approval number ranks above amount and card") << std::vector {
        item(11, "ZZ1", 15000, "77770000", kT0, "1111"), item(12, "ZZ2", 99000, "30001234", kT0 + 600 * kMinute, "9999")
    } << brief({ { 12, SameApprovalNo }, { 11, kAmountCard } });
    QTest::newRow("amount and card rank above an id typo")
        << std::vector { item(11, "TX20261118000101", 15000, "77770000", kT0, "9999"),
               item(12, "ZZ2", 15000, "77770000", kT0 + 20 * kMinute, "1111") }
        << brief({ { 12, kAmountCard }, { 11, IdOneEditAway | SameAmount | CloseInTime } });
    QTest::newRow("equal signals: nearer in time first")
        << std::vector { item(11, "ZZ1", 99000, "30001234", kT0 + 50 * kMinute, "9999"),
               item(12, "ZZ2", 99000, "30001234", kT0 - 40 * kMinute, "9999") }
        << brief({ { 12, SameApprovalNo }, { 11, SameApprovalNo } });
    QTest::newRow("equal signals and distance: lower van id first")
        << std::vector { item(12, "ZZ1", 99000, "30001234", kT0 + 50 * kMinute, "9999"),
               item(11, "ZZ2", 99000, "30001234", kT0 - 50 * kMinute, "9999") }
        << brief({ { 11, SameApprovalNo }, { 12, SameApprovalNo } });
    QTest::newRow("equal amount breaks a tie before time")
        << std::vector { item(11, "ZZ1", 99000, "30001234", kT0 + 50 * kMinute, "9999"),
               item(12, "ZZ2", 15000, "30001234", kT0 + 500 * kMinute, "9999") }
        << brief({ { 12, SameApprovalNo | SameAmount }, { 11, SameApprovalNo } });
    QTest::newRow("closeness breaks a tie")
        << std::vector { item(11, "ZZ1", 99000, "30001234", kT0 + 50 * kMinute, "9999"),
               item(12, "ZZ2", 99000, "30001234", kT0 + 10 * kMinute, "9999") }
        << brief({ { 12, SameApprovalNo | CloseInTime }, { 11, SameApprovalNo } });
}

void TestSuggestionEngine::ranksOneLedgerItem()
{
    QFETCH(std::vector<SuggestionItem>, van);
    QFETCH(QStringList, expected);
    const auto result = SuggestionEngine().rank({ ledgerItem() }, van);
    QCOMPARE(result.size(), size_t(1));
    QCOMPARE(brief(result[0]), expected);
    for (const Suggestion &s : result[0])
        QCOMPARE(s.ledgerId, qint64(1));
}

void TestSuggestionEngine::oneEditAway_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("expected");
    QTest::newRow("equal") << QByteArray("0012345") << QByteArray("0012345") << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << false;
    QTest::newRow("empty and one byte") << QByteArray() << QByteArray("7") << true;
    QTest::newRow("substitution") << QByteArray("0012345") << QByteArray("0012845") << true;
    QTest::newRow("two substitutions") << QByteArray("0012345") << QByteArray("0812845") << false;
    QTest::newRow("leading zero dropped") << QByteArray("0012345") << QByteArray("012345") << true;
    QTest::newRow("byte added at the end") << QByteArray("0012345") << QByteArray("00123456") << true;
    QTest::newRow("two bytes added") << QByteArray("0012345") << QByteArray("001234567") << false;
    QTest::newRow("adjacent swap") << QByteArray("0012345") << QByteArray("0013245") << true;
    QTest::newRow("adjacent swap at the start") << QByteArray("1012345") << QByteArray("0112345") << true;
    QTest::newRow("two adjacent swaps") << QByteArray("0012345") << QByteArray("0013254") << false;
    QTest::newRow("swap two apart") << QByteArray("0012345") << QByteArray("0014325") << false;
    QTest::newRow("insert and delete") << QByteArray("0012345") << QByteArray("0123455") << false;
}

void TestSuggestionEngine::oneEditAway()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, expected);
    QCOMPARE(SuggestionEngine::isOneEditAway(a, b), expected);
    QCOMPARE(SuggestionEngine::isOneEditAway(b, a), expected);
}

void TestSuggestionEngine::idIndexFindsEveryOneEditPair()
{
    // Short ids over two letters are full of runs ("aab", "bbba"), where deletion keys and positions are subtle:
    // the index must propose exactly the pairs a brute-force check finds.
    QRandomGenerator rng(11);
    const auto randomId = [&] {
        QByteArray id;
        for (int i = 0, n = rng.bounded(1, 7); i < n; ++i)
            id += rng.bounded(2) ? 'a' : 'b';
        return id;
    };
    std::vector<SuggestionItem> ledger;
    std::vector<SuggestionItem> van;
    for (int i = 0; i < 150; ++i) {
        ledger.push_back(item(i, randomId().constData(), 1000 + i, "", kT0, ""));
        van.push_back(item(1000 + i, randomId().constData(), 5000 + i, "", kT0, ""));
    }
    SuggestionEngine engine;
    engine.setMaxPerItem(1000);
    const auto result = engine.rank(ledger, van);
    int pairs = 0;
    for (size_t l = 0; l < ledger.size(); ++l) {
        QList<qint64> expected;
        for (const SuggestionItem &v : van) {
            if (SuggestionEngine::isOneEditAway(ledger[l].transactionId, v.transactionId))
                expected << v.id;
        }
        QList<qint64> actual;
        for (const Suggestion &s : result[l]) {
            QCOMPARE(s.reasons, quint8(IdOneEditAway | CloseInTime));
            actual << s.vanId;
        }
        std::sort(actual.begin(), actual.end());
        QVERIFY2(actual == expected, ledger[l].transactionId.constData());
        pairs += int(expected.size());
    }
    QVERIFY(pairs > 1000); // the data really is dense in near ids
}

void TestSuggestionEngine::scoresCombineSignals()
{
    const std::vector van { item(11, "ZZ1", 99000, "30001234", kT0 + 600 * kMinute, "9999"),
        item(12, "TX20261118000101", 15000, "30001234", kT0 + kMinute, "1111") };
    const auto result = SuggestionEngine().rank({ ledgerItem() }, van);
    QCOMPARE(result[0].size(), size_t(2));
    QCOMPARE(result[0][0].score,
        SuggestionEngine::WeightApprovalNo + SuggestionEngine::WeightAmountCardInWindow
            + SuggestionEngine::WeightIdOneEditAway + SuggestionEngine::WeightSameAmount
            + SuggestionEngine::WeightCloseInTime);
    QCOMPARE(result[0][1].score, int(SuggestionEngine::WeightApprovalNo));
    // The weakest pair of signals must beat the strongest single signal with both tie-breakers.
    QVERIFY(SuggestionEngine::WeightAmountCardInWindow + SuggestionEngine::WeightIdOneEditAway
        > SuggestionEngine::WeightApprovalNo + SuggestionEngine::WeightSameAmount
            + SuggestionEngine::WeightCloseInTime);
}

void TestSuggestionEngine::timeWindowIsConfigurable()
{
    const std::vector van { item(11, "ZZ1", 15000, "77770000", kT0 + 6 * kMinute, "1111") };
    SuggestionEngine engine;
    QCOMPARE(engine.timeWindow(), 30 * kMinute);
    QCOMPARE(brief(engine.rank({ ledgerItem() }, van)[0]), brief({ { 11, kAmountCard } }));
    engine.setTimeWindow(5 * kMinute);
    QVERIFY(engine.rank({ ledgerItem() }, van)[0].empty());
    engine.setTimeWindow(6 * kMinute);
    QCOMPARE(brief(engine.rank({ ledgerItem() }, van)[0]), brief({ { 11, kAmountCard } }));
    // A negative window is no window: only the same millisecond is "in" it.
    engine.setTimeWindow(-kMinute);
    QCOMPARE(engine.timeWindow(), qint64(0));
    QVERIFY(engine.rank({ ledgerItem() }, van)[0].empty());
    const std::vector sameTime { item(12, "ZZ2", 15000, "77770000", kT0, "1111") };
    QCOMPARE(brief(engine.rank({ ledgerItem() }, sameTime)[0]), brief({ { 12, kAmountCard } }));
}

void TestSuggestionEngine::vanItemMayServeSeveralLedgerItems()
{
    const std::vector ledger { item(1, "A1", 15000, "30001234", kT0, "1111"),
        item(2, "B2", 15000, "30001234", kT0 + kMinute, "2222"), item(3, "C3", 15000, "55555555", kT0, "3333") };
    const std::vector van { item(11, "ZZ1", 15000, "30001234", kT0, "9999") };
    const auto result = SuggestionEngine().rank(ledger, van);
    QCOMPARE(result.size(), size_t(3));
    QCOMPARE(brief(result[0]), brief({ { 11, SameApprovalNo | SameAmount | CloseInTime } }));
    QCOMPARE(brief(result[1]), brief({ { 11, SameApprovalNo | SameAmount | CloseInTime } }));
    QVERIFY(result[2].empty());
    QCOMPARE(result[1][0].ledgerId, qint64(2));
}

void TestSuggestionEngine::orderIsDeterministic()
{
    // Many equal candidates: the order must not depend on the input order of the VAN side.
    std::vector<SuggestionItem> van;
    for (int i = 0; i < 40; ++i)
        van.push_back(item(100 + i, "ZZ", 15000, "30001234", kT0 + (i % 4 - 2) * kMinute, "1111"));
    SuggestionEngine engine;
    engine.setMaxPerItem(40);
    const auto first = engine.rank({ ledgerItem() }, van);
    QCOMPARE(first[0].size(), size_t(40));
    QRandomGenerator rng(7);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(van.begin(), van.end(), rng);
        QCOMPARE(brief(engine.rank({ ledgerItem() }, van)[0]), brief(first[0]));
    }
    // Distance 0 first (i % 4 == 2) by van id, then 1 min earlier and later mixed by van id, and so on.
    QCOMPARE(first[0][0].vanId, qint64(102));
    QCOMPARE(first[0][1].vanId, qint64(106));
    QCOMPARE(first[0][9].vanId, qint64(138));
    QCOMPARE(first[0][10].vanId, qint64(101));
    QCOMPARE(first[0][11].vanId, qint64(103));
    QCOMPARE(first[0][39].vanId, qint64(136));
}

void TestSuggestionEngine::maxPerItemLimitsEachList()
{
    std::vector<SuggestionItem> van;
    for (int i = 0; i < 8; ++i)
        van.push_back(item(100 + i, "ZZ", 15000, "30001234", kT0 + i * kMinute, "9999"));
    SuggestionEngine engine;
    QCOMPARE(engine.maxPerItem(), 5);
    auto result = engine.rank({ ledgerItem() }, van);
    QCOMPARE(result[0].size(), size_t(5));
    QCOMPARE(result[0].back().vanId, qint64(104));
    engine.setMaxPerItem(2);
    result = engine.rank({ ledgerItem() }, van);
    QCOMPARE(brief(result[0]),
        brief({ { 100, SameApprovalNo | SameAmount | CloseInTime },
            { 101, SameApprovalNo | SameAmount | CloseInTime } }));
    engine.setMaxPerItem(0);
    QCOMPARE(engine.maxPerItem(), 1);
    QCOMPARE(engine.rank({ ledgerItem() }, van)[0].size(), size_t(1));
}

void TestSuggestionEngine::emptyInputs()
{
    SuggestionEngine engine;
    QVERIFY(engine.rank({}, {}).empty());
    QVERIFY(engine.rank({}, { ledgerItem() }).empty());
    const auto result = engine.rank({ ledgerItem(), ledgerItem() }, {});
    QCOMPARE(result.size(), size_t(2));
    QVERIFY(result[0].empty());
    QVERIFY(result[1].empty());
    // An item with nothing to go on (no id, approval number or card) finds nothing and breaks nothing.
    const SuggestionItem blank;
    QVERIFY(engine.rank({ blank }, { blank })[0].empty());
}

void TestSuggestionEngine::cancelledRunReturnsNothing()
{
    const std::vector van { item(11, "ZZ1", 15000, "30001234", kT0, "1111") };
    std::atomic_bool cancel { false };
    SuggestionEngine engine;
    engine.setCancelFlag(&cancel);
    QCOMPARE(engine.rank({ ledgerItem() }, van).size(), size_t(1));
    cancel = true;
    QVERIFY(engine.rank({ ledgerItem() }, van).empty());
}

void TestSuggestionEngine::cancelDuringRunStopsIt()
{
    std::vector<SuggestionItem> ledger;
    for (int i = 0; i < 20000; ++i)
        ledger.push_back(item(i, "TX1", 15000, "30001234", kT0, "1111"));
    const std::vector van { item(11, "TX2", 15000, "30001234", kT0, "1111") };
    SuggestionEngine engine;
    QList<qint64> progress;
    engine.setProgress([&](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(20000));
        progress << done;
    });
    QCOMPARE(engine.rank(ledger, van).size(), size_t(20000));
    QCOMPARE(progress, (QList<qint64> { 4096, 8192, 12288, 16384, 20000 }));

    // The user cancels while the first update is shown: the run stops within 256 items, without a final update.
    std::atomic_bool cancel { false };
    engine.setCancelFlag(&cancel);
    progress.clear();
    engine.setProgress([&](qint64 done, qint64) {
        progress << done;
        cancel = true;
    });
    QVERIFY(engine.rank(ledger, van).empty());
    QCOMPARE(progress, QList<qint64> { 4096 });
}

void TestSuggestionEngine::pathologicalBucketsStayBounded()
{
    // 20,000 VAN items share one amount, card, approval number and time; the ledger side has 2,000 such items.
    // Unbounded, that is 40M candidate checks; bounded, each ledger item looks at a few buckets' nearest items.
    std::vector<SuggestionItem> van;
    for (int i = 0; i < 20000; ++i)
        van.push_back(item(100000 + i, QByteArray("VVV").append(QByteArray::number(i)).constData(), 15000, "30001234",
            kT0 + (i % 100) * 1000, "1111"));
    std::vector<SuggestionItem> ledger;
    for (int i = 0; i < 2000; ++i)
        ledger.push_back(item(i, QByteArray("LL").append(QByteArray::number(i)).constData(), 15000, "30001234",
            kT0 + (i % 100) * 1000, "1111"));
    // The real partner of ledger item 7 has a typo in its id on top: three signals, so it must come first.
    van.push_back(item(7, "LL8", 15000, "30001234", kT0 + 7000, "1111"));
    QElapsedTimer timer;
    timer.start();
    const auto result = SuggestionEngine().rank(ledger, van);
    const qint64 ms = timer.elapsed();
    QCOMPARE(result.size(), ledger.size());
    for (const auto &list : result)
        QCOMPARE(list.size(), size_t(5));
    QCOMPARE(result[7][0].vanId, qint64(7));
    QCOMPARE(result[7][0].reasons, quint8(SameApprovalNo | IdOneEditAway | kAmountCard));
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));

    // The same with ids: a placeholder id on 20,000 VAN items, one substitution from every ledger item's.
    for (SuggestionItem &v : van) {
        v.transactionId = "0000000000";
        v.approvalNo = QByteArray::number(v.id);
    }
    for (SuggestionItem &l : ledger)
        l.transactionId = "0000000001";
    timer.restart();
    const auto byId = SuggestionEngine().rank(ledger, van);
    const qint64 idMs = timer.elapsed();
    for (const auto &list : byId) {
        QCOMPARE(list.size(), size_t(5));
        QVERIFY(list[0].reasons & IdOneEditAway);
    }
    QVERIFY2(idMs < 5000, qPrintable(QStringLiteral("%1 ms").arg(idMs)));
}

void TestSuggestionEngine::describeNamesReasons_data()
{
    QTest::addColumn<int>("reasons");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << 0 << QString();
    QTest::newRow("approval") << int(SameApprovalNo)
                              << QStringLiteral("Likely the same payment: the same approval number.");
    QTest::newRow("approval and amount") << int(SameApprovalNo
        | SameAmount) << QStringLiteral("Likely the same payment: the same approval number and the same amount.");
    QTest::newRow("card signal hides its parts") << int(
        kAmountCard) << QStringLiteral("Likely the same payment: the same amount and card within the time window.");
    QTest::newRow("id typo, amount, time")
        << int(IdOneEditAway | SameAmount | CloseInTime)
        << QStringLiteral(
               "Likely the same payment: a transaction ID one typo away, the same amount, and close in time.");
}

void TestSuggestionEngine::describeNamesReasons()
{
    QFETCH(int, reasons);
    QFETCH(QString, expected);
    QCOMPARE(SuggestionEngine::describe(quint8(reasons)), expected);
}

void TestSuggestionEngine::plantedPairsRankFirstIn10kBy10k()
{
    constexpr int kItems = 10000;
    QRandomGenerator rng(20261125);
    // Approval numbers unique across both sides, so only planted pairs share one.
    QSet<QByteArray> approvals;
    const auto freshApproval = [&] {
        for (;;) {
            QByteArray a = QByteArray::number(rng.bounded(10000000, 99999999));
            if (!approvals.contains(a)) {
                approvals.insert(a);
                return a;
            }
        }
    };
    const auto randomItem = [&](qint64 id) {
        SuggestionItem i;
        i.id = id;
        i.transactionId
            = QByteArray::number(rng.bounded(100000000, 999999999)) + QByteArray::number(rng.bounded(1000, 9999));
        i.kind = rng.bounded(10) == 0 ? PaymentKind::Cancel : PaymentKind::Approval;
        i.amount = 100 * rng.bounded(10, 5000);
        i.approvalNo = freshApproval();
        i.occurredAtMs = kT0 + rng.bounded(24 * 60) * kMinute + rng.bounded(60000);
        i.cardLast4 = QByteArray::number(rng.bounded(1000, 9999));
        return i;
    };
    std::vector<SuggestionItem> ledger;
    std::vector<SuggestionItem> van;
    for (int i = 0; i < kItems; ++i) {
        ledger.push_back(randomItem(i));
        van.push_back(randomItem(1000000 + i));
    }
    // Every 7th ledger item gets a partner among the VAN items, with one of three kinds of evidence.
    QHash<qint64, qint64> planted; // ledger id -> van id
    for (int l = 0, n = 0; l < kItems; l += 7, ++n) {
        SuggestionItem &v = van[size_t((l * 37) % kItems)];
        const SuggestionItem &led = ledger[size_t(l)];
        v.kind = led.kind;
        v.occurredAtMs = led.occurredAtMs + rng.bounded(-10, 10) * kMinute;
        QByteArray id = led.transactionId;
        const int at = rng.bounded(1, int(id.size()) - 1);
        switch (n % 4) {
        case 0: // approval number and amount
            v.approvalNo = led.approvalNo;
            v.amount = led.amount;
            break;
        case 1: // a substitution typo, same amount and card
            id[at] = id[at] == '9' ? '0' : char(id[at] + 1);
            v.transactionId = id;
            v.amount = led.amount;
            v.cardLast4 = led.cardLast4;
            break;
        case 2: // a swap typo and the approval number
            std::swap(id[at], id[at + 1]);
            if (id == led.transactionId)
                id[at] = id[at] == '9' ? '0' : char(id[at] + 1);
            v.transactionId = id;
            v.approvalNo = led.approvalNo;
            break;
        default: // a dropped byte and amount and card
            id.remove(at, 1);
            v.transactionId = id;
            v.amount = led.amount;
            v.cardLast4 = led.cardLast4;
            break;
        }
        planted.insert(led.id, v.id);
    }
    QElapsedTimer timer;
    timer.start();
    const auto result = SuggestionEngine().rank(ledger, van);
    const qint64 ms = timer.elapsed();
    qInfo("10K x 10K ranked in %lld ms", ms);
    QCOMPARE(result.size(), ledger.size());
    for (size_t l = 0; l < ledger.size(); ++l) {
        const auto it = planted.constFind(ledger[l].id);
        if (it == planted.cend())
            continue;
        QVERIFY2(!result[l].empty(), qPrintable(QStringLiteral("ledger %1 has no suggestion").arg(ledger[l].id)));
        QCOMPARE(result[l][0].vanId, it.value());
        QVERIFY(result[l][0].score >= SuggestionEngine::WeightApprovalNo);
    }
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms))); // the 1 s floor is shown by bench_suggestions
}

QTEST_GUILESS_MAIN(TestSuggestionEngine)
#include "tst_suggestionengine.moc"
