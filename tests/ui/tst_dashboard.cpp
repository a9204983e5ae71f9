// Dashboard tab: its figures agree with the engine's summary, and clicking a chart asks for exactly the rows drawn.
#include "charts/dashboardstats.h"
#include "charts/dashboardwidget.h"
#include "demo/demogenerator.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>
#include <QTest>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace {

std::shared_ptr<ReconOutcome> makeOutcome(qint64 rows)
{
    DemoOptions options;
    options.rows = rows;
    options.seed = 7;
    const DemoGenerator generator(options);
    auto outcome = std::make_shared<ReconOutcome>();
    outcome->ledger = generator.ledgerTable();
    outcome->van = generator.vanTable();
    outcome->result = ReconEngine().run(outcome->ledger, outcome->van);
    return outcome;
}

qint64 signedAmount(const RecordTable &t, qsizetype row)
{
    return t.kind(row) == PaymentKind::Cancel ? -t.amount(row) : t.amount(row);
}

/// What a chart click handed over.
struct Request
{
    ReconRowsModel::Predicate predicate;
    QString description;
    int calls = 0;
};

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hourOfDayIsSeoulTimeFlooringNegativeTimes_data();
    void hourOfDayIsSeoulTimeFlooringNegativeTimes();
    void statusTotalsAgreeWithEngineSummary();
    void hourlyCountsSumToRecordCounts();
    void verifiedSpendSumsToMatchedNetWon();
    void topCustomersAreLargestFirstAndCapped();
    void emptyOutcomeGivesZeroes();
    void widgetHasSixChartViews();
    void clickingStatusBarSelectsThatStatus_data();
    void clickingStatusBarSelectsThatStatus();
    void clickingLedgerHourBarSelectsThatHoursLedgerRecords();
    void clickingCustomerSliceSelectsTheirVerifiedPayments();
    void clickingCategoryBarSelectsThatCategory();
    void clickingAnywhereInAnHourColumnSelectsThatHour();
    void leavingTheDashboardHidesItsTooltip();
    void formatWonFollowsTheLocale();
    void screenshot();
    void computeTimeForAMillionRows();

private:
    QChartView *view(const QString &name) const;
    void connectRequest(DashboardWidget &widget, Request &request) const;
    qint64 countRows(const ReconRowsModel::Predicate &predicate) const;

    std::shared_ptr<ReconOutcome> m_outcome;
    DashboardStats m_stats;
    std::unique_ptr<DashboardWidget> m_widget;
};

void TestDashboard::initTestCase()
{
    m_outcome = makeOutcome(3000);
    QVERIFY(!m_outcome->result.rows.empty());
    m_stats = DashboardStats::compute(*m_outcome);
    m_widget = std::make_unique<DashboardWidget>();
    m_widget->setOutcome(m_outcome);
}

QChartView *TestDashboard::view(const QString &name) const
{
    return m_widget->findChild<QChartView *>(name);
}

qint64 TestDashboard::countRows(const ReconRowsModel::Predicate &predicate) const
{
    return std::count_if(m_outcome->result.rows.begin(), m_outcome->result.rows.end(),
        [&](const ReconRow &row) { return predicate(*m_outcome, row); });
}

void TestDashboard::hourOfDayIsSeoulTimeFlooringNegativeTimes_data()
{
    QTest::addColumn<qint64>("utcMs");
    QTest::addColumn<int>("hour");
    QTest::newRow("epoch is 09 in Seoul") << qint64(0) << 9;
    QTest::newRow("15:00 UTC is midnight") << qint64(15) * 3600000 << 0;
    QTest::newRow("14:59:59.999 UTC is 23") << qint64(15) * 3600000 - 1 << 23;
    QTest::newRow("one ms before the epoch") << qint64(-1) << 8;
    QTest::newRow("ten hours before the epoch") << qint64(-10) * 3600000 << 23;
    QTest::newRow("a day and a bit before") << qint64(-25) * 3600000 - 1 << 7;
    const qint64 nov24at1330Kst
        = QDateTime(QDate(2026, 11, 24), QTime(13, 30), QTimeZone("Asia/Seoul")).toMSecsSinceEpoch();
    QTest::newRow("13:30 KST") << nov24at1330Kst << 13;
}

void TestDashboard::hourOfDayIsSeoulTimeFlooringNegativeTimes()
{
    QFETCH(qint64, utcMs);
    QFETCH(int, hour);
    QCOMPARE(DashboardStats::hourOfDay(utcMs), hour);
}

void TestDashboard::statusTotalsAgreeWithEngineSummary()
{
    const ReconSummary &summary = m_outcome->result.summary;
    QVERIFY(summary[ReconStatus::Matched].count > 0);
    for (int s = 0; s < ReconStatusCount; ++s) {
        const ReconTotals &expected = summary.byStatus[size_t(s)];
        const ReconTotals &actual = m_stats.byStatus[size_t(s)];
        QCOMPARE(actual.count, expected.count);
        QCOMPARE(actual.ledgerWon, expected.ledgerWon);
        QCOMPARE(actual.vanWon, expected.vanWon);
    }
    QCOMPARE(m_stats.ledgerRecords, summary.ledgerRecords);
    QCOMPARE(m_stats.vanRecords, summary.vanRecords);
}

void TestDashboard::hourlyCountsSumToRecordCounts()
{
    const ReconSummary &summary = m_outcome->result.summary;
    qint64 ledger = 0, van = 0, discrepancies = 0, verified = 0;
    for (const DashboardStats::HourBucket &b : m_stats.hours) {
        ledger += b.ledgerCount;
        van += b.vanCount;
        discrepancies += b.discrepancies;
        verified += b.verifiedCount;
    }
    QCOMPARE(ledger, summary.ledgerRecords);
    QCOMPARE(van, summary.vanRecords);
    QCOMPARE(discrepancies, summary.discrepancies() - summary.rejectedRows);
    QCOMPARE(verified, summary[ReconStatus::Matched].count);
    // A business day of demo payments spreads over many hours, not one bucket.
    const auto busy = std::count_if(m_stats.hours.begin(), m_stats.hours.end(),
        [](const DashboardStats::HourBucket &b) { return b.ledgerCount > 0; });
    QVERIFY(busy > 6);
}

void TestDashboard::verifiedSpendSumsToMatchedNetWon()
{
    qint64 matchedNet = 0;
    for (const ReconRow &row : m_outcome->result.rows) {
        if (row.status == ReconStatus::Matched)
            matchedNet += signedAmount(m_outcome->ledger, row.ledgerRow);
    }
    QVERIFY(matchedNet > 0);
    QCOMPARE(m_stats.verifiedNetWon, matchedNet);
    QCOMPARE(m_stats.verifiedCount, m_outcome->result.summary[ReconStatus::Matched].count);

    qint64 customers = m_stats.otherCustomersNetWon;
    qint64 customerPayments = m_stats.otherCustomersOutcomes;
    for (const DashboardStats::Share &s : m_stats.topCustomers) {
        customers += s.netWon;
        customerPayments += s.count;
    }
    QCOMPARE(customers, matchedNet);
    QCOMPARE(customerPayments, m_stats.verifiedCount);

    qint64 hours = 0;
    for (const DashboardStats::HourBucket &b : m_stats.hours)
        hours += b.verifiedNetWon;
    QCOMPARE(hours, matchedNet);

    for (const auto *shares : { &m_stats.categories, &m_stats.cardCompanies }) {
        QVERIFY(shares->size() > 1);
        qint64 sum = 0;
        for (const DashboardStats::Share &s : *shares)
            sum += s.netWon;
        QCOMPARE(sum, matchedNet);
    }
}

void TestDashboard::topCustomersAreLargestFirstAndCapped()
{
    QCOMPARE(qsizetype(m_stats.topCustomers.size()), 10);
    QCOMPARE(m_stats.customerCount, qint64(m_stats.topCustomers.size()) + m_stats.otherCustomersCount);
    for (size_t i = 1; i < m_stats.topCustomers.size(); ++i)
        QVERIFY(m_stats.topCustomers[i - 1].netWon >= m_stats.topCustomers[i].netWon);

    const DashboardStats three = DashboardStats::compute(*m_outcome, 3);
    QCOMPARE(qsizetype(three.topCustomers.size()), 3);
    for (size_t i = 0; i < 3; ++i)
        QCOMPARE(three.topCustomers[i].key, m_stats.topCustomers[i].key);
    QCOMPARE(DashboardStats::compute(*m_outcome, 0).otherCustomersNetWon, m_stats.verifiedNetWon);
}

void TestDashboard::emptyOutcomeGivesZeroes()
{
    const DashboardStats empty = DashboardStats::compute(ReconOutcome {});
    QCOMPARE(empty.verifiedNetWon, 0);
    QVERIFY(empty.topCustomers.empty());
    QVERIFY(empty.categories.empty());
    DashboardWidget widget;
    widget.setOutcome(nullptr);
    widget.setOutcome(std::make_shared<ReconOutcome>());
    QCOMPARE(widget.stats().byStatus[0].count, 0);
}

void TestDashboard::widgetHasSixChartViews()
{
    const QList<QChartView *> views = m_widget->findChildren<QChartView *>();
    QCOMPARE(views.size(), 6);
    for (QChartView *v : views) {
        QVERIFY2(v->renderHints().testFlag(QPainter::Antialiasing), qPrintable(v->objectName()));
        QVERIFY2(!v->chart()->series().isEmpty(), qPrintable(v->objectName()));
    }
    QCOMPARE(m_widget->stats().verifiedNetWon, m_stats.verifiedNetWon);
}

void TestDashboard::connectRequest(DashboardWidget &widget, Request &request) const
{
    connect(&widget, &DashboardWidget::filterRequested, &widget,
        [&request](const ReconRowsModel::Predicate &predicate, const QString &description) {
            request.predicate = predicate;
            request.description = description;
            ++request.calls;
        });
}

void TestDashboard::clickingStatusBarSelectsThatStatus_data()
{
    QTest::addColumn<int>("status");
    for (int s = 0; s < ReconStatusCount; ++s)
        QTest::newRow(qPrintable(ReconStatuses::toString(ReconStatus(s)))) << s;
}

void TestDashboard::clickingStatusBarSelectsThatStatus()
{
    QFETCH(int, status);
    DashboardWidget widget;
    widget.setOutcome(m_outcome);
    Request request;
    connectRequest(widget, request);

    auto *series = qobject_cast<QHorizontalBarSeries *>(
        widget.findChild<QChartView *>(QStringLiteral("statusChartView"))->chart()->series().value(0));
    QVERIFY(series);
    QBarSet *set = series->barSets().at(0);
    // Matched is drawn on top, i.e. last in a horizontal series.
    const int index = ReconStatusCount - 1 - status;
    QCOMPARE(qint64(set->at(index)), m_outcome->result.summary.byStatus[size_t(status)].count);
    emit set->clicked(index);

    QCOMPARE(request.calls, 1);
    QVERIFY(request.predicate);
    QVERIFY(!request.description.isEmpty());
    const qint64 manual = std::count_if(m_outcome->result.rows.begin(), m_outcome->result.rows.end(),
        [status](const ReconRow &r) { return int(r.status) == status; });
    QCOMPARE(countRows(request.predicate), manual);
    QCOMPARE(manual, m_outcome->result.summary.byStatus[size_t(status)].count);
}

void TestDashboard::clickingLedgerHourBarSelectsThatHoursLedgerRecords()
{
    Request request;
    connectRequest(*m_widget, request);
    auto *series = qobject_cast<QBarSeries *>(view(QStringLiteral("hourlyChartView"))->chart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 2);
    QBarSet *ledgerSet = series->barSets().at(0);
    QCOMPARE(ledgerSet->count(), 24);

    emit ledgerSet->clicked(13);
    QCOMPARE(request.calls, 1);
    QVERIFY(request.description.contains(QStringLiteral("13")));

    qint64 manual = 0;
    for (qsizetype i = 0; i < m_outcome->ledger.size(); ++i) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(m_outcome->ledger.occurredAtMs(i), QTimeZone("Asia/Seoul"));
        if (t.time().hour() == 13)
            ++manual;
    }
    QVERIFY(manual > 0);
    QCOMPARE(countRows(request.predicate), manual);
    QCOMPARE(qint64(ledgerSet->at(13)), manual);

    // The VAN bars select by the VAN record's own time.
    emit series->barSets().at(1)->clicked(13);
    QCOMPARE(request.calls, 2);
    QCOMPARE(countRows(request.predicate), m_stats.hours[13].vanCount);

    // The discrepancy line: outcomes other than matched, placed by their ledger (else VAN) record's hour.
    auto *line = qobject_cast<QLineSeries *>(view(QStringLiteral("hourlyChartView"))->chart()->series().value(1));
    QVERIFY(line);
    emit line->clicked(QPointF(13.2, 0));
    QCOMPARE(request.calls, 3);
    qint64 discrepancies = 0;
    for (const ReconRow &row : m_outcome->result.rows) {
        const qint64 ms = row.ledgerRow >= 0 ? m_outcome->ledger.occurredAtMs(row.ledgerRow)
                                             : m_outcome->van.occurredAtMs(row.vanRow);
        if (row.status != ReconStatus::Matched
            && QDateTime::fromMSecsSinceEpoch(ms, QTimeZone("Asia/Seoul")).time().hour() == 13)
            ++discrepancies;
    }
    QCOMPARE(countRows(request.predicate), discrepancies);
    QCOMPARE(m_stats.hours[13].discrepancies, discrepancies);
    disconnect(m_widget.get(), &DashboardWidget::filterRequested, nullptr, nullptr);
}

void TestDashboard::clickingCustomerSliceSelectsTheirVerifiedPayments()
{
    Request request;
    connectRequest(*m_widget, request);
    auto *pie = qobject_cast<QPieSeries *>(view(QStringLiteral("customerChartView"))->chart()->series().value(0));
    QVERIFY(pie);
    QCOMPARE(pie->count(), 11); // top ten and "others"

    // Slices run from the biggest share down, "others" among them by its share, so a small chart's legend,
    // which drops its last entries, keeps it.
    QPieSlice *othersSlice = nullptr;
    QPieSlice *topSlice = nullptr;
    const DashboardStats::Share &top = m_stats.topCustomers.front();
    for (qsizetype i = 0; i < pie->count(); ++i) {
        QPieSlice *slice = pie->slices().at(i);
        if (i > 0)
            QVERIFY(pie->slices().at(i - 1)->value() >= slice->value());
        // Labels carry shares by now (the legend holds the names): tell the slices apart by their values.
        if (!othersSlice && qint64(slice->value()) == m_stats.otherCustomersNetWon)
            othersSlice = slice;
        else if (!topSlice && qint64(slice->value()) == top.netWon)
            topSlice = slice;
    }
    QVERIFY(othersSlice && topSlice);

    emit topSlice->clicked();
    QCOMPARE(request.calls, 1);
    QVERIFY(request.description.contains(top.label));
    QCOMPARE(countRows(request.predicate), top.count);

    emit othersSlice->clicked();
    QCOMPARE(request.calls, 2);
    QCOMPARE(countRows(request.predicate), m_stats.otherCustomersOutcomes);
    disconnect(m_widget.get(), &DashboardWidget::filterRequested, nullptr, nullptr);
}

void TestDashboard::clickingCategoryBarSelectsThatCategory()
{
    Request request;
    connectRequest(*m_widget, request);
    auto *series
        = qobject_cast<QHorizontalBarSeries *>(view(QStringLiteral("categoryChartView"))->chart()->series().value(0));
    QVERIFY(series);
    QBarSet *set = series->barSets().at(0);
    QCOMPARE(qsizetype(set->count()), qsizetype(m_stats.categories.size()));

    // The largest category is drawn on top, i.e. last in the horizontal series.
    emit set->clicked(set->count() - 1);
    QCOMPARE(request.calls, 1);
    const DashboardStats::Share &largest = m_stats.categories.front();
    QVERIFY(request.description.contains(largest.label));
    QCOMPARE(countRows(request.predicate), largest.count);
    disconnect(m_widget.get(), &DashboardWidget::filterRequested, nullptr, nullptr);
}

void TestDashboard::formatWonFollowsTheLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    QCOMPARE(DashboardWidget::formatWon(1250000), QStringLiteral("₩1,250,000"));
    // Negative nets (refunds outweighing payments) follow the locale too; ko_KR may use accounting brackets.
    const QString negative = DashboardWidget::formatWon(-3000);
    QVERIFY2(negative.contains(QStringLiteral("3,000")) && negative != DashboardWidget::formatWon(3000),
        qPrintable(negative));
    QLocale::setDefault(saved);
}

void TestDashboard::clickingAnywhereInAnHourColumnSelectsThatHour()
{
    // Above every bar of 13:00, where no bar or point is: the column still selects the hour (both sides).
    m_widget->resize(1300, 650);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    QTest::qWait(50);
    Request request;
    connectRequest(*m_widget, request);
    QChartView *hourly = view(QStringLiteral("hourlyChartView"));
    QChart *chart = hourly->chart();
    auto *axisY = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(axisY);
    const QPointF inChart = chart->mapToPosition(QPointF(13, axisY->max() * 0.97), chart->series().value(0));
    const QPoint inView = hourly->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(hourly->viewport(), Qt::LeftButton, {}, inView);
    QTRY_COMPARE(request.calls, 1);
    QVERIFY2(request.description.contains(QLatin1String("13")), qPrintable(request.description));
    const qint64 expected
        = std::count_if(m_outcome->result.rows.begin(), m_outcome->result.rows.end(), [this](const ReconRow &row) {
              return (row.ledgerRow >= 0
                         && DashboardStats::hourOfDay(m_outcome->ledger.occurredAtMs(row.ledgerRow)) == 13)
                  || (row.vanRow >= 0 && DashboardStats::hourOfDay(m_outcome->van.occurredAtMs(row.vanRow)) == 13);
          });
    QVERIFY(expected > 0);
    QCOMPARE(countRows(request.predicate), expected);
    // A click on a bar is the bar's: one request, the bar's own.
    auto *bars = qobject_cast<QBarSeries *>(chart->series().value(0));
    QVERIFY(bars);
    const QPointF barTop = chart->mapToPosition(QPointF(13, 1), bars);
    const QPoint onBar = hourly->mapFromScene(chart->mapToScene(barTop)) + QPoint(-3, 0);
    QTest::mouseClick(hourly->viewport(), Qt::LeftButton, {}, onBar);
    QTest::qWait(50);
    QVERIFY2(request.calls == 2, qPrintable(request.description));
    disconnect(m_widget.get(), &DashboardWidget::filterRequested, nullptr, nullptr);
}

void TestDashboard::leavingTheDashboardHidesItsTooltip()
{
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    auto *pie = qobject_cast<QPieSeries *>(view(QStringLiteral("customerChartView"))->chart()->series().value(0));
    QVERIFY(pie);
    emit pie->slices().at(0)->hovered(true);
    QTRY_VERIFY(QToolTip::isVisible());
    m_widget->hide(); // what a tab change does to it
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestDashboard::screenshot()
{
    const QString dir = QStringLiteral(PAYRECON_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/dashboard.png");
    QFile::remove(path);
    m_widget->resize(1200, 800);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    QTest::qWait(50); // let the chart scenes lay out their labels
    const QPixmap shot = m_widget->grab();
    QCOMPARE(shot.size(), QSize(1200, 800) * shot.devicePixelRatio());
    QVERIFY(shot.save(path));
    QVERIFY(QFileInfo(path).size() > 0);

    // A dark desktop palette switches the charts to the dark theme.
    QPalette dark = m_widget->palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, Qt::white);
    m_widget->setPalette(dark);
    for (QChartView *v : m_widget->findChildren<QChartView *>())
        QCOMPARE(v->chart()->theme(), QChart::ChartThemeDark);
    QTest::qWait(50);
    QVERIFY(m_widget->grab().save(dir + QStringLiteral("/dashboard-dark.png")));
}

void TestDashboard::computeTimeForAMillionRows()
{
    if (qEnvironmentVariableIsEmpty("PAYRECON_DASHBOARD_BENCH"))
        QSKIP("set PAYRECON_DASHBOARD_BENCH=1 to time DashboardStats::compute on a 1M-row outcome");
    const auto outcome = makeOutcome(1000000);
    DashboardStats stats;
    qint64 best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        stats = DashboardStats::compute(*outcome);
        best = std::min(best, timer.elapsed());
    }
    qInfo("DashboardStats::compute: %lld ms best of 5 over %zu outcomes (%lld ledger, %lld VAN records)", best,
        outcome->result.rows.size(), stats.ledgerRecords, stats.vanRecords);
    QCOMPARE(stats.verifiedCount, outcome->result.summary[ReconStatus::Matched].count);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
