// ReconRowsModel over a real demo reconciliation: filters agree with the engine's summary, search, native
// sorting (stable across filter changes), cell roles, money and time formatting, and model consistency.
#include "models/modelroles.h"
#include "models/reconrowsmodel.h"

#include "demo/demogenerator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using F = ReconRowsModel::StatusFilter;

class TestReconRowsModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void passesModelTesterThroughFiltersAndSorts();
    void statusFilterRowCountMatchesSummary_data();
    void statusFilterRowCountMatchesSummary();
    void countForAgreesWithRowCount_data();
    void countForAgreesWithRowCount();
    void searchByTransactionIdFindsExactlyItsRows_data();
    void searchByTransactionIdFindsExactlyItsRows();
    void searchMatchesBruteForce_data();
    void searchMatchesBruteForce();
    void searchByCardLast4FindsThatCard();
    void sortByLedgerAmountOrdersAmountRole_data();
    void sortByLedgerAmountOrdersAmountRole();
    void sortByTextColumnOrdersBytes_data();
    void sortByTextColumnOrdersBytes();
    void sortSurvivesFilterChange();
    void sortKeepsPersistentIndexes();
    void differsRoleMarksDifferingCells();
    void formatWonGroupsDigits_data();
    void formatWonGroupsDigits();
    void moneyCellsShowWon();
    void occurredAtShownInSeoulTime();
    void statusIconsDifferPerStatus();
    void predicateNarrowsView();
    void filterChangedEmittedOncePerChange();

private:
    /// SourceRowRole of every view row, in order.
    static QList<int> sources(const ReconRowsModel &model);
    static QByteArrayView primaryText(const ReconOutcome &o, const ReconRow &r, RecordTable::Text field);
    /// The search rule written the slow, obvious way.
    static bool searchMatches(const ReconOutcome &o, const ReconRow &r, const QString &text);
    static int seoulHour(qint64 utcMs) { return int(((utcMs / 1000 / 3600) + 9) % 24); }

    std::shared_ptr<const ReconOutcome> m_outcome;
};

void TestReconRowsModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DemoOptions options;
    options.rows = 3000;
    options.seed = 7;
    const DemoGenerator generator(options);
    auto outcome = std::make_shared<ReconOutcome>();
    outcome->ledger = generator.ledgerTable();
    outcome->van = generator.vanTable();
    outcome->result = ReconEngine().run(outcome->ledger, outcome->van);
    m_outcome = outcome;
    const ReconSummary &s = m_outcome->result.summary;
    // The data set must hold every class the tests look at.
    QVERIFY(s[ReconStatus::Matched].count > 0);
    QVERIFY(s.amountReason.count > 0);
    QVERIFY(s.approvalNoReason.count > 0);
    QVERIFY(s[ReconStatus::LedgerOnly].count > 0);
    QVERIFY(s[ReconStatus::VanOnly].count > 0);
    QVERIFY(s[ReconStatus::Duplicate].count > 0);
}

QList<int> TestReconRowsModel::sources(const ReconRowsModel &model)
{
    QList<int> out;
    out.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(ModelRoles::SourceRowRole).toInt());
    return out;
}

QByteArrayView TestReconRowsModel::primaryText(const ReconOutcome &o, const ReconRow &r, RecordTable::Text field)
{
    return r.ledgerRow >= 0 ? o.ledger.text(r.ledgerRow, field) : o.van.text(r.vanRow, field);
}

bool TestReconRowsModel::searchMatches(const ReconOutcome &o, const ReconRow &r, const QString &text)
{
    using T = RecordTable::Text;
    auto has = [&](QByteArrayView v) { return QString::fromUtf8(v).contains(text, Qt::CaseInsensitive); };
    if (has(primaryText(o, r, T::TransactionId)) || has(primaryText(o, r, T::MerchantName)))
        return true;
    if (r.ledgerRow >= 0 && has(o.ledger.approvalNo(r.ledgerRow)))
        return true;
    if (r.vanRow >= 0 && has(o.van.approvalNo(r.vanRow)))
        return true;
    bool digits = text.size() <= 4;
    for (QChar c : text)
        digits = digits && c.isDigit();
    return digits && QString::fromUtf8(primaryText(o, r, T::CardNumber)).right(4).contains(text);
}

void TestReconRowsModel::passesModelTesterThroughFiltersAndSorts()
{
    ReconRowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOutcome(m_outcome);
    for (F f : { F::Matched, F::Unmatched, F::Mismatched, F::Amount, F::ApprovalNo, F::LedgerOnly, F::VanOnly,
             F::Duplicate, F::All }) {
        model.setStatusFilter(f);
        QVERIFY(!QTest::currentTestFailed());
    }
    model.setSearchText(QStringLiteral("00"));
    for (int column = 0; column < ReconRowsModel::ColumnCount; ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
    }
    model.setSearchText(QString());
    model.setStatusFilter(F::Unmatched);
    model.setPredicate([](const ReconOutcome &, const ReconRow &r) { return r.vanRow >= 0; }, QStringLiteral("VAN"));
    model.clearPredicate();
    model.sort(-1);
    model.setOutcome(nullptr);
    QCOMPARE(model.rowCount(), 0);
    model.setOutcome(m_outcome);
}

void TestReconRowsModel::statusFilterRowCountMatchesSummary_data()
{
    QTest::addColumn<F>("filter");
    QTest::addColumn<qint64>("expected");
    const ReconSummary &s = m_outcome->result.summary;
    const auto total = qint64(m_outcome->result.rows.size());
    QTest::newRow("all") << F::All << total;
    QTest::newRow("matched") << F::Matched << s[ReconStatus::Matched].count;
    QTest::newRow("unmatched") << F::Unmatched << total - s[ReconStatus::Matched].count;
    QTest::newRow("mismatched") << F::Mismatched << s[ReconStatus::Mismatched].count;
    QTest::newRow("amount") << F::Amount << s.amountReason.count;
    QTest::newRow("approval no") << F::ApprovalNo << s.approvalNoReason.count;
    QTest::newRow("ledger only") << F::LedgerOnly << s[ReconStatus::LedgerOnly].count;
    QTest::newRow("VAN only") << F::VanOnly << s[ReconStatus::VanOnly].count;
    QTest::newRow("duplicate") << F::Duplicate << s[ReconStatus::Duplicate].count;
}

void TestReconRowsModel::statusFilterRowCountMatchesSummary()
{
    QFETCH(F, filter);
    QFETCH(qint64, expected);
    ReconRowsModel model;
    model.setOutcome(m_outcome);
    model.setStatusFilter(filter);
    QCOMPARE(qint64(model.rowCount()), expected);
    QCOMPARE(qint64(model.countFor(filter)), expected);
}

void TestReconRowsModel::countForAgreesWithRowCount_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("cancelsOnly");
    QTest::newRow("no search") << QString() << false;
    QTest::newRow("search 12") << QStringLiteral("12") << false;
    QTest::newRow("cancels") << QString() << true;
    QTest::newRow("search 7, cancels") << QStringLiteral("7") << true;
}

void TestReconRowsModel::countForAgreesWithRowCount()
{
    QFETCH(QString, search);
    QFETCH(bool, cancelsOnly);
    ReconRowsModel model;
    model.setOutcome(m_outcome);
    model.setSearchText(search);
    if (cancelsOnly) {
        model.setPredicate(
            [](const ReconOutcome &o, const ReconRow &r) {
                const RecordTable &t = r.ledgerRow >= 0 ? o.ledger : o.van;
                return t.kind(r.ledgerRow >= 0 ? r.ledgerRow : r.vanRow) == PaymentKind::Cancel;
            },
            QStringLiteral("cancels"));
    }
    const QMetaEnum filters = QMetaEnum::fromType<F>();
    for (int k = 0; k < filters.keyCount(); ++k) {
        const auto f = F(filters.value(k));
        const qsizetype before = model.countFor(f);
        model.setStatusFilter(f);
        QCOMPARE(qsizetype(model.rowCount()), model.countFor(f));
        QCOMPARE(model.countFor(f), before); // counts do not depend on the filter shown
    }
    QVERIFY(model.countFor(F::All) > 0);
    QCOMPARE(model.countFor(F::Matched) + model.countFor(F::Unmatched), model.countFor(F::All));
}

void TestReconRowsModel::searchByTransactionIdFindsExactlyItsRows_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("matched") << int(ReconStatus::Matched);
    QTest::newRow("mismatched") << int(ReconStatus::Mismatched);
    QTest::newRow("VAN only") << int(ReconStatus::VanOnly);
    QTest::newRow("duplicate") << int(ReconStatus::Duplicate);
}

void TestReconRowsModel::searchByTransactionIdFindsExactlyItsRows()
{
    QFETCH(int, status);
    const auto &rows = m_outcome->result.rows;
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const ReconRow &r) { return int(r.status) == status; });
    QVERIFY(it != rows.end());
    const QByteArray id = primaryText(*m_outcome, *it, RecordTable::Text::TransactionId).toByteArray();
    const auto expected = std::count_if(rows.begin(), rows.end(),
        [&](const ReconRow &r) { return primaryText(*m_outcome, r, RecordTable::Text::TransactionId) == id; });

    ReconRowsModel model;
    model.setOutcome(m_outcome);
    model.setSearchText(QString::fromLatin1(id));
    QCOMPARE(qint64(model.rowCount()), qint64(expected));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, ReconRowsModel::TransactionIdColumn).data().toString(), QString::fromLatin1(id));
}

void TestReconRowsModel::searchMatchesBruteForce_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("digits") << QStringLiteral("345");
    QTest::newRow("four digits") << QStringLiteral("0042");
    QTest::newRow("Korean merchant") << QStringLiteral("스타벅스");
    QTest::newRow("ASCII merchant, other case") << QStringLiteral("gs25");
    QTest::newRow("padded") << QStringLiteral("  cu ");
    QTest::newRow("nothing") << QStringLiteral("zzzz");
}

void TestReconRowsModel::searchMatchesBruteForce()
{
    QFETCH(QString, text);
    const auto &rows = m_outcome->result.rows;
    const QString trimmed = text.trimmed();
    const auto expected = std::count_if(
        rows.begin(), rows.end(), [&](const ReconRow &r) { return searchMatches(*m_outcome, r, trimmed); });
    ReconRowsModel model;
    model.setOutcome(m_outcome);
    model.setSearchText(text);
    QCOMPARE(qint64(model.rowCount()), qint64(expected));
    if (text != QStringLiteral("zzzz"))
        QVERIFY(expected > 0);
}

void TestReconRowsModel::searchByCardLast4FindsThatCard()
{
    const auto &rows = m_outcome->result.rows;
    const QByteArrayView card = primaryText(*m_outcome, rows[rows.size() / 2], RecordTable::Text::CardNumber);
    const QString last4 = QString::fromLatin1(card.last(4));
    ReconRowsModel model;
    model.setOutcome(m_outcome);
    model.setSearchText(last4);
    QList<int> found = sources(model);
    std::sort(found.begin(), found.end());
    for (size_t k = 0; k < rows.size(); ++k) {
        if (primaryText(*m_outcome, rows[k], RecordTable::Text::CardNumber).last(4) == card.last(4))
            QVERIFY(std::binary_search(found.begin(), found.end(), int(k)));
    }
    QVERIFY(found.contains(int(rows.size() / 2)));
}

void TestReconRowsModel::sortByLedgerAmountOrdersAmountRole_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<F>("filter");
    QTest::newRow("ascending, all") << Qt::AscendingOrder << F::All;
    QTest::newRow("descending, all") << Qt::DescendingOrder << F::All;
    QTest::newRow("ascending, unmatched") << Qt::AscendingOrder << F::Unmatched;
    QTest::newRow("descending, unmatched") << Qt::DescendingOrder << F::Unmatched;
}

void TestReconRowsModel::sortByLedgerAmountOrdersAmountRole()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(F, filter);
    ReconRowsModel model;
    model.setOutcome(m_outcome);
    model.setStatusFilter(filter);
    model.sort(ReconRowsModel::LedgerAmountColumn, order);
    QCOMPARE(model.sortColumn(), int(ReconRowsModel::LedgerAmountColumn));
    bool seenAmount = false;
    bool seenMissing = false;
    qint64 previous = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant v = model.index(row, ReconRowsModel::LedgerAmountColumn).data(ModelRoles::AmountRole);
        if (!v.isValid()) {
            // Rows without a ledger record sort before every amount, so they come first ascending, last descending.
            QVERIFY2(order == Qt::AscendingOrder ? !seenAmount : true, "missing amount after an amount");
            seenMissing = true;
            continue;
        }
        QVERIFY2(order == Qt::DescendingOrder ? !seenMissing : true, "amount after a missing amount");
        const qint64 amount = v.toLongLong();
        if (seenAmount)
            QVERIFY(order == Qt::AscendingOrder ? previous <= amount : previous >= amount);
        previous = amount;
        seenAmount = true;
    }
    QVERIFY(seenAmount);
}

void TestReconRowsModel::sortByTextColumnOrdersBytes_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("transaction id") << int(ReconRowsModel::TransactionIdColumn);
    QTest::newRow("ledger approval") << int(ReconRowsModel::LedgerApprovalColumn);
    QTest::newRow("VAN approval") << int(ReconRowsModel::VanApprovalColumn);
    QTest::newRow("card number") << int(ReconRowsModel::CardNumberColumn);
    QTest::newRow("card company") << int(ReconRowsModel::CardCompanyColumn);
    QTest::newRow("merchant") << int(ReconRowsModel::MerchantColumn);
    QTest::newRow("customer") << int(ReconRowsModel::CustomerColumn);
    QTest::newRow("category") << int(ReconRowsModel::CategoryColumn);
}

void TestReconRowsModel::sortByTextColumnOrdersBytes()
{
    QFETCH(int, column);
    ReconRowsModel model;
    model.setOutcome(m_outcome);
    for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        model.sort(column, order);
        QByteArray previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QByteArray value = model.index(row, column).data().toString().toUtf8();
            if (row > 0)
                QVERIFY2(order == Qt::AscendingOrder ? previous <= value : previous >= value, value.constData());
            previous = value;
        }
    }
}

void TestReconRowsModel::sortSurvivesFilterChange()
{
    ReconRowsModel model;
    model.setOutcome(m_outcome);
    model.sort(ReconRowsModel::LedgerAmountColumn, Qt::DescendingOrder);
    const QList<int> all = sources(model);
    QList<int> unmatched;
    for (int source : all) {
        if (m_outcome->result.rows[size_t(source)].status != ReconStatus::Matched)
            unmatched.append(source);
    }
    model.setStatusFilter(F::Unmatched);
    QCOMPARE(sources(model), unmatched);
    model.setStatusFilter(F::All);
    QCOMPARE(sources(model), all);
    // A new outcome keeps the sort too.
    model.setOutcome(m_outcome);
    QCOMPARE(sources(model), all);
}

void TestReconRowsModel::sortKeepsPersistentIndexes()
{
    ReconRowsModel model;
    model.setOutcome(m_outcome);
    const QPersistentModelIndex kept = model.index(17, ReconRowsModel::MerchantColumn);
    const int source = kept.data(ModelRoles::SourceRowRole).toInt();
    model.sort(ReconRowsModel::MerchantColumn, Qt::DescendingOrder);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.column(), int(ReconRowsModel::MerchantColumn));
    QCOMPARE(kept.data(ModelRoles::SourceRowRole).toInt(), source);
}

void TestReconRowsModel::differsRoleMarksDifferingCells()
{
    ReconRowsModel model;
    model.setOutcome(m_outcome);
    int amountRows = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const ReconRow *r = model.reconRow(row);
        QVERIFY(r);
        const bool amount = r->status == ReconStatus::Mismatched && (r->reasons & ReasonAmount);
        const bool approval = r->status == ReconStatus::Mismatched && (r->reasons & ReasonApprovalNo);
        amountRows += amount;
        for (int column : { ReconRowsModel::LedgerAmountColumn, ReconRowsModel::VanAmountColumn }) {
            QCOMPARE(model.index(row, column).data(ModelRoles::DiffersRole).toBool(), amount);
            // The view shows it: bold (not colour alone) plus a tint, only on differing cells.
            const QVariant font = model.index(row, column).data(Qt::FontRole);
            QCOMPARE(font.isValid() && font.value<QFont>().bold(), amount);
            QCOMPARE(model.index(row, column).data(Qt::BackgroundRole).isValid(), amount);
        }
        for (int column : { ReconRowsModel::LedgerApprovalColumn, ReconRowsModel::VanApprovalColumn })
            QCOMPARE(model.index(row, column).data(ModelRoles::DiffersRole).toBool(), approval);
        QCOMPARE(model.index(row, ReconRowsModel::MerchantColumn).data(ModelRoles::DiffersRole).toBool(), false);
        QCOMPARE(model.index(row, ReconRowsModel::StatusColumn).data(ModelRoles::StatusRole).toInt(), int(r->status));
    }
    QCOMPARE(qint64(amountRows), m_outcome->result.summary.amountReason.count);
    QVERIFY(!model.reconRow(-1));
    QVERIFY(!model.reconRow(model.rowCount()));
}

void TestReconRowsModel::formatWonGroupsDigits_data()
{
    QTest::addColumn<qint64>("won");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("₩0");
    QTest::newRow("three digits") << qint64(999) << QStringLiteral("₩999");
    QTest::newRow("four digits") << qint64(1000) << QStringLiteral("₩1,000");
    QTest::newRow("millions") << qint64(1250000) << QStringLiteral("₩1,250,000");
    QTest::newRow("negative") << qint64(-500) << QStringLiteral("-₩500");
    QTest::newRow("negative thousands") << qint64(-12500) << QStringLiteral("-₩12,500");
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << QStringLiteral("₩9,223,372,036,854,775,807");
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << QStringLiteral("-₩9,223,372,036,854,775,808");
}

void TestReconRowsModel::formatWonGroupsDigits()
{
    QFETCH(qint64, won);
    QFETCH(QString, expected);
    QCOMPARE(ReconRowsModel::formatWon(won), expected);
}

void TestReconRowsModel::moneyCellsShowWon()
{
    ReconRowsModel model;
    model.setOutcome(m_outcome);
    model.setStatusFilter(F::Amount);
    QVERIFY(model.rowCount() > 0);
    const ReconRow *r = model.reconRow(0);
    const qint64 ledger = m_outcome->ledger.amount(r->ledgerRow);
    const qint64 van = m_outcome->van.amount(r->vanRow);
    const QLocale locale;
    auto won = [&](qint64 v) -> QString {
        return (v < 0 ? QStringLiteral("-₩") : QStringLiteral("₩")) + locale.toString(qAbs(v));
    };
    QCOMPARE(model.index(0, ReconRowsModel::LedgerAmountColumn).data().toString(), won(ledger));
    QCOMPARE(model.index(0, ReconRowsModel::VanAmountColumn).data().toString(), won(van));
    QCOMPARE(model.index(0, ReconRowsModel::DifferenceColumn).data().toString(), won(van - ledger));
    QCOMPARE(model.index(0, ReconRowsModel::DifferenceColumn).data(ModelRoles::AmountRole).toLongLong(), van - ledger);
    QCOMPARE(model.index(0, ReconRowsModel::ReasonColumn).data().toString(),
        QStringLiteral("Ledger %1 vs VAN %2").arg(won(ledger), won(van)));
    QVERIFY(model.index(0, ReconRowsModel::LedgerAmountColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(locale.toString(ledger)));
    const auto alignment = model.index(0, ReconRowsModel::LedgerAmountColumn).data(Qt::TextAlignmentRole);
    QVERIFY(alignment.value<Qt::Alignment>() & Qt::AlignRight);
    QVERIFY(!model.index(0, ReconRowsModel::MerchantColumn).data(Qt::TextAlignmentRole).isValid());

    // One-sided rows leave the other side's money and the difference empty.
    model.setStatusFilter(F::LedgerOnly);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(!model.index(0, ReconRowsModel::VanAmountColumn).data().isValid());
    QVERIFY(!model.index(0, ReconRowsModel::DifferenceColumn).data(ModelRoles::AmountRole).isValid());
    QCOMPARE(model.index(0, ReconRowsModel::StatusColumn).data().toString(), QStringLiteral("Ledger only"));
}

void TestReconRowsModel::occurredAtShownInSeoulTime()
{
    ReconRowsModel model;
    model.setOutcome(m_outcome);
    const ReconRow *r = model.reconRow(0);
    const qint64 ms = m_outcome->ledger.occurredAtMs(r->ledgerRow);
    const QDateTime seoul = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QByteArrayLiteral("Asia/Seoul")));
    QCOMPARE(model.index(0, ReconRowsModel::OccurredAtColumn).data().toString(),
        QLocale().toString(seoul, QLocale::ShortFormat));
}

void TestReconRowsModel::statusIconsDifferPerStatus()
{
    ReconRowsModel model;
    model.setOutcome(m_outcome);
    QHash<int, qint64> iconOf; // status -> icon cache key
    for (F f : { F::Matched, F::Mismatched, F::LedgerOnly, F::Duplicate }) {
        model.setStatusFilter(f);
        QVERIFY(model.rowCount() > 0);
        const QVariant v = model.index(0, ReconRowsModel::StatusColumn).data(Qt::DecorationRole);
        const auto icon = v.value<QIcon>();
        QVERIFY(!icon.isNull());
        iconOf.insert(model.index(0, 0).data(ModelRoles::StatusRole).toInt(), icon.cacheKey());
        QVERIFY(!model.index(0, ReconRowsModel::MerchantColumn).data(Qt::DecorationRole).isValid());
    }
    QCOMPARE(iconOf.size(), 4);
    QCOMPARE(QSet<qint64>(iconOf.cbegin(), iconOf.cend()).size(), 4);
}

void TestReconRowsModel::predicateNarrowsView()
{
    const auto &rows = m_outcome->result.rows;
    auto atOne = [](const ReconOutcome &o, const ReconRow &r) {
        const qint64 ms = r.ledgerRow >= 0 ? o.ledger.occurredAtMs(r.ledgerRow) : o.van.occurredAtMs(r.vanRow);
        return seoulHour(ms) == 13;
    };
    const auto expected
        = std::count_if(rows.begin(), rows.end(), [&](const ReconRow &r) { return atOne(*m_outcome, r); });
    QVERIFY(expected > 0);
    QVERIFY(size_t(expected) < rows.size());

    ReconRowsModel model;
    model.setOutcome(m_outcome);
    model.setPredicate(atOne, QStringLiteral("13:00–13:59"));
    QCOMPARE(model.predicateDescription(), QStringLiteral("13:00–13:59"));
    QCOMPARE(qint64(model.rowCount()), qint64(expected));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(atOne(*m_outcome, *model.reconRow(row)));
    model.clearPredicate();
    QCOMPARE(size_t(model.rowCount()), rows.size());
    QVERIFY(model.predicateDescription().isEmpty());
}

void TestReconRowsModel::filterChangedEmittedOncePerChange()
{
    ReconRowsModel model;
    QSignalSpy spy(&model, &ReconRowsModel::filterChanged);
    model.setOutcome(m_outcome);
    model.setStatusFilter(F::Duplicate);
    model.setStatusFilter(F::Duplicate); // no change, no signal
    model.setSearchText(QStringLiteral("1"));
    model.clearPredicate();
    QCOMPARE(spy.count(), 4);
}

// Icons come from the application style, so the test needs a QApplication (offscreen on CI).
QTEST_MAIN(TestReconRowsModel)
#include "tst_reconrowsmodel.moc"
