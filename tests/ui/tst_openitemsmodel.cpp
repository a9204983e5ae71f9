// OpenItemsModel and OpenItemsFilter: the open-items grid shows each state in words (matched late as such),
// amounts and Korean times, sorts numbers as numbers, filters open/resolved, updates in place, and passes
// QAbstractItemModelTester throughout.
#include "models/auditmodel.h"
#include "models/modelroles.h"
#include "models/openitemsfilter.h"
#include "models/openitemsmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

class TestOpenItemsModel final : public QObject
{
    Q_OBJECT

private slots:
    void showsAnItemsFields();
    void showsEachStateInWords_data();
    void showsEachStateInWords();
    void sortsAmountsAndTimesAsNumbers();
    void stateFilterShowsOpenOrResolvedItems();
    void updatedItemLeavesTheOpenView();
    void auditModelShowsActionsAndChanges();
    void twentyThousandItemsLoadAndSortOnTheGuiThreadQuickly();

private:
    static OpenItem item(qint64 id, OpenItem::Side side, qint64 ledgerAmount, qint64 vanAmount, qint64 atMs,
        ItemState state = ItemState::Open)
    {
        OpenItem i;
        i.id = id;
        i.runId = 1;
        i.side = side;
        i.status = side == OpenItem::Side::Both ? ReconStatus::Mismatched
            : side == OpenItem::Side::Ledger    ? ReconStatus::LedgerOnly
                                                : ReconStatus::VanOnly;
        i.reasons = side == OpenItem::Side::Both ? ReasonAmount : ReasonNone;
        i.transactionId = QStringLiteral("00126707%1").arg(id, 4, 10, QLatin1Char('0'));
        i.ledgerAmount = ledgerAmount;
        i.vanAmount = vanAmount;
        i.ledgerApprovalNo = QStringLiteral("5645442%1").arg(id % 10);
        i.vanApprovalNo = i.ledgerApprovalNo;
        i.occurredAtMs = atMs;
        i.cardNumber = QStringLiteral("557042******7729");
        i.merchantName = QStringLiteral("카페 봄날");
        i.state = state;
        return i;
    }
};

void TestOpenItemsModel::showsAnItemsFields()
{
    OpenItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 2026-11-24 01:46:52 UTC is 10:46:52 in Korea.
    OpenItem mismatched = item(1, OpenItem::Side::Both, 18700, 18000, 1763948812000);
    mismatched.vanApprovalNo = QStringLiteral("99999999");
    mismatched.reasons = ReasonAmount | ReasonApprovalNo;
    model.setItems({ mismatched });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(OpenItemsModel::ColumnCount));
    auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    QCOMPARE(cell(OpenItemsModel::TransactionIdColumn).toString(), QStringLiteral("001267070001"));
    QCOMPARE(cell(OpenItemsModel::TimeColumn).toString(), QStringLiteral("2025-11-24 10:46:52"));
    QCOMPARE(cell(OpenItemsModel::CardColumn).toString(), QStringLiteral("557042******7729"));
    QCOMPARE(cell(OpenItemsModel::DifferenceColumn, ModelRoles::AmountRole).toLongLong(), -700);
    QVERIFY(cell(OpenItemsModel::LedgerAmountColumn).toString().contains(QLatin1String("18")));
    QVERIFY(cell(OpenItemsModel::ApprovalColumn).toString().contains(QLatin1String("99999999")));
    QCOMPARE(cell(OpenItemsModel::SideStatusColumn).toString(), OpenItemsModel::sideStatusText(mismatched));
    QCOMPARE(
        cell(OpenItemsModel::LedgerAmountColumn, Qt::TextAlignmentRole).toInt() & Qt::AlignRight, int(Qt::AlignRight));
    QCOMPARE(cell(OpenItemsModel::StateColumn, ModelRoles::ItemStateRole).toInt(), int(ItemState::Open));
    QCOMPARE(cell(OpenItemsModel::StateColumn, ModelRoles::ItemIdRole).toLongLong(), 1);
    QVERIFY(!cell(OpenItemsModel::StateColumn, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(cell(OpenItemsModel::StateColumn, Qt::FontRole).value<QFont>().bold()); // open: stands out

    // A ledger-only item has no VAN amount and no difference, rather than a zero.
    model.setItems({ item(2, OpenItem::Side::Ledger, 5000, 0, 0) });
    QVERIFY(!cell(OpenItemsModel::VanAmountColumn).isValid());
    QVERIFY(!cell(OpenItemsModel::DifferenceColumn).isValid());
}

void TestOpenItemsModel::showsEachStateInWords_data()
{
    QTest::addColumn<int>("state");
    QTest::newRow("open") << int(ItemState::Open);
    QTest::newRow("pending") << int(ItemState::Pending);
    QTest::newRow("accepted ledger") << int(ItemState::AcceptedLedger);
    QTest::newRow("accepted van") << int(ItemState::AcceptedVan);
    QTest::newRow("written off") << int(ItemState::WrittenOff);
    QTest::newRow("paired") << int(ItemState::PairedManually);
    QTest::newRow("matched late") << int(ItemState::MatchedLate);
}

void TestOpenItemsModel::showsEachStateInWords()
{
    QFETCH(int, state);
    OpenItemsModel model;
    OpenItem i = item(1, OpenItem::Side::Ledger, 1000, 0, 0, ItemState(state));
    i.resolvedInRunId = 2;
    model.setItems({ i });
    const QModelIndex index = model.index(0, OpenItemsModel::StateColumn);
    QCOMPARE(index.data().toString(), ItemStates::displayName(ItemState(state)));
    QVERIFY(!index.data().toString().isEmpty());
    QVERIFY(index.data(Qt::BackgroundRole).isValid()); // a tint per state, besides the words and the icon
    if (ItemState(state) == ItemState::MatchedLate) {
        QVERIFY2(index.data().toString().contains(QLatin1String("late"), Qt::CaseInsensitive),
            qPrintable(index.data().toString()));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("2")));
        QCOMPARE(model.index(0, OpenItemsModel::RunColumn).data().toString(), QStringLiteral("1 → 2"));
    }
    // Distinct tints for the families: matched late must not look like an item accepted by hand.
    if (ItemState(state) == ItemState::MatchedLate)
        QVERIFY(
            OpenItemsModel::stateColor(ItemState::MatchedLate) != OpenItemsModel::stateColor(ItemState::AcceptedVan));
}

void TestOpenItemsModel::sortsAmountsAndTimesAsNumbers()
{
    OpenItemsModel model;
    OpenItemsFilter filter;
    filter.setSourceModel(&model);
    filter.setStateFilter(OpenItemsFilter::StateFilter::All);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // As text "9,000" > "10,000" > "100,000"; as numbers the other way round.
    model.setItems({ item(1, OpenItem::Side::Ledger, 100000, 0, 3000), item(2, OpenItem::Side::Ledger, 9000, 0, 1000),
        item(3, OpenItem::Side::Ledger, 10000, 0, 2000), item(4, OpenItem::Side::Van, 0, 500, 4000) });
    auto ids = [&] {
        QList<qint64> out;
        for (int row = 0; row < filter.rowCount(); ++row)
            out << filter.index(row, 0).data(ModelRoles::ItemIdRole).toLongLong();
        return out;
    };
    filter.sort(OpenItemsModel::LedgerAmountColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), (QList<qint64> { 4, 2, 3, 1 })); // no ledger amount first
    filter.sort(OpenItemsModel::LedgerAmountColumn, Qt::DescendingOrder);
    QCOMPARE(ids(), (QList<qint64> { 1, 3, 2, 4 }));
    filter.sort(OpenItemsModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), (QList<qint64> { 2, 3, 1, 4 }));
}

void TestOpenItemsModel::stateFilterShowsOpenOrResolvedItems()
{
    OpenItemsModel model;
    OpenItemsFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({ item(1, OpenItem::Side::Ledger, 1, 0, 0, ItemState::Open),
        item(2, OpenItem::Side::Ledger, 1, 0, 0, ItemState::Pending),
        item(3, OpenItem::Side::Van, 0, 1, 0, ItemState::MatchedLate),
        item(4, OpenItem::Side::Both, 1, 2, 0, ItemState::WrittenOff) });
    QCOMPARE(filter.stateFilter(), OpenItemsFilter::StateFilter::OpenOnly); // the default: what needs work
    QCOMPARE(filter.rowCount(), 2); // open and pending
    filter.setStateFilter(OpenItemsFilter::StateFilter::Resolved);
    QCOMPARE(filter.rowCount(), 2);
    filter.setStateFilter(OpenItemsFilter::StateFilter::All);
    QCOMPARE(filter.rowCount(), 4);
}

void TestOpenItemsModel::updatedItemLeavesTheOpenView()
{
    OpenItemsModel model;
    OpenItemsFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({ item(1, OpenItem::Side::Ledger, 1, 0, 0), item(2, OpenItem::Side::Van, 0, 1, 0) });
    QCOMPARE(filter.rowCount(), 2);
    OpenItem resolved = model.item(1);
    resolved.state = ItemState::AcceptedVan;
    resolved.note = QStringLiteral("VAN 정산 확인");
    resolved.version = 2;
    model.updateItems({ resolved });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(2), 1);
    QCOMPARE(model.item(1).state, ItemState::AcceptedVan);
    QCOMPARE(model.index(1, OpenItemsModel::NoteColumn).data().toString(), QStringLiteral("VAN 정산 확인"));
    QCOMPARE(filter.rowCount(), 1); // dynamic filter: gone from "open only" at once
    QCOMPARE(filter.index(0, 0).data(ModelRoles::ItemIdRole).toLongLong(), 1);
    // An id not loaded yet (another run's item in a pair) is appended.
    model.updateItems({ item(9, OpenItem::Side::Van, 0, 1, 0) });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(42), -1);
}

void TestOpenItemsModel::auditModelShowsActionsAndChanges()
{
    AuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditEntry e;
    e.id = 5;
    e.atMs = 1763948812000;
    e.operatorName = QStringLiteral("alice");
    e.action = QStringLiteral("write_off");
    e.runId = 1;
    e.itemId = 7;
    e.batchId = 3;
    e.note = QStringLiteral("테스트 결제");
    e.before = QJsonObject { { QStringLiteral("state"), QStringLiteral("open") } };
    e.after = QJsonObject { { QStringLiteral("state"), QStringLiteral("written_off") } };
    AuditEntry run;
    run.id = 4;
    run.action = QStringLiteral("run_recorded");
    run.runId = 1;
    model.setEntries({ run, e });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, AuditModel::ActionColumn).data().toString(),
        ItemStates::actionDisplayName(ResolveAction::WriteOff));
    QCOMPARE(model.index(1, AuditModel::ChangeColumn).data().toString(),
        QStringLiteral("%1 → %2").arg(
            ItemStates::displayName(ItemState::Open), ItemStates::displayName(ItemState::WrittenOff)));
    QCOMPARE(model.index(1, AuditModel::TimeColumn).data().toString(), QStringLiteral("2025-11-24 10:46:52"));
    QVERIFY(model.index(1, AuditModel::ChangeColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("written_off")));
    QVERIFY(!model.index(0, AuditModel::ItemColumn).data().isValid()); // a run-level entry names no item
    QCOMPARE(model.index(0, AuditModel::ActionColumn).data().toString(), AuditModel::tr("Run recorded"));
    for (const QString &action : AuditModel::actions())
        QVERIFY(!AuditModel::actionDisplayName(action).isEmpty());
}

void TestOpenItemsModel::twentyThousandItemsLoadAndSortOnTheGuiThreadQuickly()
{
    // A million-row day leaves 1-2 % discrepancies: the grid's load and a sort by amount happen on the GUI thread
    // and must stay well inside a frame budget's order of magnitude (the bound is loose for a loaded CI machine).
    std::vector<OpenItem> items;
    items.reserve(20000);
    for (int i = 0; i < 20000; ++i)
        items.push_back(item(i + 1, OpenItem::Side(1 + i % 3), (i * 7919) % 1000000, (i * 104729) % 1000000,
            1763948812000 + qint64(i) * 1000, i % 5 ? ItemState::Open : ItemState::WrittenOff));
    OpenItemsModel model;
    OpenItemsFilter filter;
    filter.setSourceModel(&model);
    QElapsedTimer timer;
    timer.start();
    model.setItems(std::move(items));
    const qint64 loadMs = timer.restart();
    filter.sort(OpenItemsModel::LedgerAmountColumn, Qt::DescendingOrder);
    const qint64 sortMs = timer.elapsed();
    qInfo("20,000 items: load and open-only filter %lld ms, sort by ledger amount %lld ms", loadMs, sortMs);
    QCOMPARE(filter.rowCount(), 16000);
    QVERIFY2(loadMs + sortMs < 2000, qPrintable(QString::number(loadMs + sortMs)));
}

QTEST_MAIN(TestOpenItemsModel)
#include "tst_openitemsmodel.moc"
