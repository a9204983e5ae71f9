#include "dashboardwidget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFont>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPieSeries>
#include <QPieSlice>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace {

constexpr qreal kMillion = 1000000.0;

/// Removes what a previous outcome drew; series and axes are owned by the chart, so they are deleted here.
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// An hour axis labelled every third hour: 24 labels do not fit in a third of a window (a category axis would
/// cut each to "…"). Bars and points sit at x = hour, so a value axis from -0.5 to 23.5 centres them on the ticks.
QValueAxis *hourAxis()
{
    auto *axis = new QValueAxis;
    axis->setRange(-0.5, DashboardStats::HourCount - 0.5);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(3);
    axis->setLabelFormat(QStringLiteral("%02.0f"));
    axis->setMinorTickCount(2);
    return axis;
}

QString hourText(int hour)
{
    return QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
}

/// A value axis starting at zero whose top is a round number at or above max.
QValueAxis *zeroBasedAxis(qreal max, const QString &labelFormat)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max * 1.05 : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(labelFormat);
    return axis;
}

/// Slices below this share of the pie keep their label in the legend only, so small ones do not overlap.
constexpr qreal kMinLabelledShare = 0.08;

/// Names go in the legend with their share; the slices big enough carry only the share, inside, because names
/// outside the pie get cut short in a third of a window. Call after the series is in its chart; legendFont is the
/// widget's, made a little smaller here.
void labelSlices(QChart *chart, QPieSeries *series, QFont legendFont)
{
    const QLocale locale;
    const QList<QPieSlice *> slices = series->slices();
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    if (legendFont.pointSizeF() > 0) // -1 when the font is sized in pixels
        legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85); // names and shares fit beside the pie
    else
        legendFont.setPixelSize(qMax(8, legendFont.pixelSize() * 85 / 100));
    chart->legend()->setFont(legendFont);
    for (qsizetype i = 0; i < slices.size(); ++i) {
        QPieSlice *slice = slices.at(i);
        const QString share = DashboardWidget::tr("%1%").arg(locale.toString(slice->percentage() * 100, 'f', 1));
        const QString name = slice->label();
        slice->setLabel(share);
        slice->setLabelPosition(QPieSlice::LabelInsideNormal);
        // The theme picks the slice colours; keep the share readable on light and dark ones alike.
        slice->setLabelColor(slice->brush().color().lightness() < 128 ? Qt::white : Qt::black);
        slice->setLabelVisible(slice->percentage() >= kMinLabelledShare);
        if (i < markers.size())
            markers.at(i)->setLabel(DashboardWidget::tr("%1 (%2)").arg(name, share));
    }
}

/// Pie slices cannot be negative; a group whose cancellations outweigh its approvals is drawn empty (its
/// tooltip still tells the exact net).
qreal sliceValue(qint64 won)
{
    return won > 0 ? qreal(won) : 0.0;
}

} // namespace

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_statusView = addChartView(QStringLiteral("statusChartView"), 0, 0);
    m_hourlyView = addChartView(QStringLiteral("hourlyChartView"), 0, 1);
    m_hourlyView->viewport()->installEventFilter(this);
    m_customerView = addChartView(QStringLiteral("customerChartView"), 0, 2);
    m_timeOfDayView = addChartView(QStringLiteral("timeOfDayChartView"), 1, 0);
    m_categoryView = addChartView(QStringLiteral("categoryChartView"), 1, 1);
    m_cardCompanyView = addChartView(QStringLiteral("cardCompanyChartView"), 1, 2);
    applyTheme();
    rebuild();
}

QChartView *DashboardWidget::addChartView(const QString &objectName, int row, int column)
{
    auto *chart = new QChart;
    auto *view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 200);
    static_cast<QGridLayout *>(layout())->addWidget(view, row, column);
    return view;
}

void DashboardWidget::setOutcome(
    std::shared_ptr<const ReconOutcome> outcome, std::shared_ptr<const DashboardStats> stats)
{
    m_outcome = std::move(outcome);
    if (!m_outcome)
        m_stats = DashboardStats {};
    else if (stats)
        m_stats = *stats;
    else
        m_stats = DashboardStats::compute(*m_outcome, m_topCustomers);
    rebuild();
}

QString DashboardWidget::formatWon(qint64 won)
{
    return QLocale().toCurrencyString(qlonglong(won), QStringLiteral("₩"));
}

QString DashboardWidget::statusLabel(ReconStatus status)
{
    switch (status) {
    case ReconStatus::Matched:
        return tr("Matched");
    case ReconStatus::Mismatched:
        return tr("Mismatched");
    case ReconStatus::LedgerOnly:
        return tr("Ledger only");
    case ReconStatus::VanOnly:
        return tr("VAN only");
    case ReconStatus::Duplicate:
        return tr("Duplicate");
    }
    return QString();
}

void DashboardWidget::hideEvent(QHideEvent *event)
{
    // A tooltip shown over a chart would stay on screen over the next tab: chart items see no leave event then.
    QToolTip::hideText();
    QWidget::hideEvent(event);
}

bool DashboardWidget::eventFilter(QObject *watched, QEvent *event)
{
    // A click anywhere in an hour's column of the hourly chart selects that hour: the bars alone are a few
    // pixels wide on a laptop screen. A click on a bar is the bar's own (its set's filter), told apart after the
    // chart has handled the release.
    if (watched == m_hourlyView->viewport() && event->type() == QEvent::MouseButtonPress)
        m_hourBarClicked = false;
    if (watched == m_hourlyView->viewport() && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        const QPointF scenePos = m_hourlyView->mapToScene(static_cast<QMouseEvent *>(event)->position().toPoint());
        QChart *chart = m_hourlyView->chart();
        const QPointF local = chart->mapFromScene(scenePos);
        if (chart->plotArea().contains(local) && !chart->series().isEmpty()) {
            const int hour = qRound(chart->mapToValue(local, chart->series().constFirst()).x());
            QTimer::singleShot(0, this, [this, hour] {
                if (!m_hourBarClicked)
                    selectHour(hour);
            });
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DashboardWidget::selectHour(int hour)
{
    if (hour < 0 || hour >= DashboardStats::HourCount)
        return;
    emit filterRequested(
        [hour](const ReconOutcome &o, const ReconRow &row) {
            return (row.ledgerRow >= 0 && DashboardStats::hourOfDay(o.ledger.occurredAtMs(row.ledgerRow)) == hour)
                || (row.vanRow >= 0 && DashboardStats::hourOfDay(o.van.occurredAtMs(row.vanRow)) == hour);
        },
        tr("Records in hour %1").arg(hourText(hour)));
}

void DashboardWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && m_statusView)
        applyTheme();
}

void DashboardWidget::applyTheme()
{
    // Follow the desktop: a dark window colour means a dark scheme, and the chart theme brings readable text,
    // grid and series colours for it instead of colours picked here.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    bool changed = false;
    for (QChartView *view :
        { m_statusView, m_hourlyView, m_customerView, m_timeOfDayView, m_categoryView, m_cardCompanyView }) {
        if (view->chart()->theme() != theme) {
            view->chart()->setTheme(theme);
            changed = true;
        }
    }
    // Pie share labels take their colour from the slice colours, which the new theme has just replaced.
    if (changed)
        rebuild();
}

void DashboardWidget::showTip(QChartView *view, bool shown, const QString &text) const
{
    if (shown)
        QToolTip::showText(QCursor::pos(), text, view);
    else
        QToolTip::hideText();
}

void DashboardWidget::rebuild()
{
    buildStatusChart();
    buildHourlyChart();
    buildCustomerChart();
    buildTimeOfDayChart();
    buildCategoryChart();
    buildCardCompanyChart();
}

void DashboardWidget::buildStatusChart()
{
    QChart *chart = m_statusView->chart();
    clearChart(chart);
    chart->setTitle(tr("Reconciliation outcomes"));
    chart->legend()->hide();

    // One set of horizontal bars, each labelled on the axis with its status and count (room for whole words),
    // so nothing depends on telling colours apart. A horizontal series draws its first category at the bottom,
    // so the statuses go in reverse to read matched first from the top.
    auto *set = new QBarSet(tr("Outcomes"));
    QStringList names;
    qint64 max = 0;
    for (int s = ReconStatusCount - 1; s >= 0; --s) {
        const qint64 count = m_stats.byStatus[size_t(s)].count;
        set->append(qreal(count));
        names << tr("%1 (%2)").arg(statusLabel(ReconStatus(s)), QLocale().toString(count));
        max = std::max(max, count);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    axisY->setTruncateLabels(false); // "…" for every name on a laptop screen told nothing
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = zeroBasedAxis(qreal(max), QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);

    const auto statusAt = [](int index) { return ReconStatus(ReconStatusCount - 1 - index); };
    connect(set, &QBarSet::hovered, this, [this, statusAt](bool shown, int index) {
        if (index < 0 || index >= ReconStatusCount)
            return;
        const ReconStatus status = statusAt(index);
        const ReconTotals &t = m_stats.byStatus[size_t(status)];
        showTip(m_statusView, shown,
            tr("%1: %2 outcomes\nLedger %3\nVAN %4")
                .arg(statusLabel(status), QLocale().toString(t.count), formatWon(t.ledgerWon), formatWon(t.vanWon)));
    });
    connect(set, &QBarSet::clicked, this, [this, statusAt](int index) {
        if (index < 0 || index >= ReconStatusCount)
            return;
        const ReconStatus status = statusAt(index);
        emit filterRequested([status](const ReconOutcome &, const ReconRow &row) { return row.status == status; },
            tr("Status: %1").arg(statusLabel(status)));
    });
}

void DashboardWidget::buildHourlyChart()
{
    QChart *chart = m_hourlyView->chart();
    clearChart(chart);
    chart->setTitle(tr("Records per hour"));
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *ledgerSet = new QBarSet(tr("Ledger"));
    auto *vanSet = new QBarSet(tr("VAN"));
    auto *discrepancies = new QLineSeries;
    discrepancies->setName(tr("Discrepancies"));
    discrepancies->setPointsVisible(true);
    qint64 max = 0;
    for (int h = 0; h < DashboardStats::HourCount; ++h) {
        const DashboardStats::HourBucket &b = m_stats.hours[size_t(h)];
        ledgerSet->append(qreal(b.ledgerCount));
        vanSet->append(qreal(b.vanCount));
        discrepancies->append(qreal(h), qreal(b.discrepancies));
        max = std::max({ max, b.ledgerCount, b.vanCount, b.discrepancies });
    }
    auto *bars = new QBarSeries;
    bars->setBarWidth(0.9); // of the hour: two bars of a pair each about half of it
    bars->append(ledgerSet);
    bars->append(vanSet);
    chart->addSeries(bars);
    chart->addSeries(discrepancies);

    // Bars and line share the hour axis: a bar's x is its index in the set, i.e. the hour.
    QValueAxis *axisX = hourAxis();
    chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);
    discrepancies->attachAxis(axisX);
    QValueAxis *axisY = zeroBasedAxis(qreal(max), QStringLiteral("%.0f"));
    chart->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisY);
    discrepancies->attachAxis(axisY);

    auto bucketTip = [this](int h) {
        const DashboardStats::HourBucket &b = m_stats.hours[size_t(h)];
        return tr("Hour %1\nLedger: %2 records, %3\nVAN: %4 records, %5\nDiscrepancies: %6")
            .arg(hourText(h), QLocale().toString(b.ledgerCount), formatWon(b.ledgerWon), QLocale().toString(b.vanCount),
                formatWon(b.vanWon), QLocale().toString(b.discrepancies));
    };
    auto onBarHover = [this, bucketTip](bool shown, int h) {
        if (h >= 0 && h < DashboardStats::HourCount)
            showTip(m_hourlyView, shown, bucketTip(h));
    };
    connect(ledgerSet, &QBarSet::hovered, this, onBarHover);
    connect(vanSet, &QBarSet::hovered, this, onBarHover);
    connect(discrepancies, &QLineSeries::hovered, this,
        [onBarHover](const QPointF &point, bool shown) { onBarHover(shown, qRound(point.x())); });

    connect(ledgerSet, &QBarSet::clicked, this, [this](int h) {
        m_hourBarClicked = true;
        if (h < 0 || h >= DashboardStats::HourCount)
            return;
        emit filterRequested(
            [h](const ReconOutcome &o, const ReconRow &row) {
                return row.ledgerRow >= 0 && DashboardStats::hourOfDay(o.ledger.occurredAtMs(row.ledgerRow)) == h;
            },
            tr("Ledger records in hour %1").arg(hourText(h)));
    });
    connect(vanSet, &QBarSet::clicked, this, [this](int h) {
        m_hourBarClicked = true;
        if (h < 0 || h >= DashboardStats::HourCount)
            return;
        emit filterRequested(
            [h](const ReconOutcome &o, const ReconRow &row) {
                return row.vanRow >= 0 && DashboardStats::hourOfDay(o.van.occurredAtMs(row.vanRow)) == h;
            },
            tr("VAN records in hour %1").arg(hourText(h)));
    });
    connect(discrepancies, &QLineSeries::clicked, this, [this](const QPointF &point) {
        m_hourBarClicked = true;
        const int h = qRound(point.x());
        if (h < 0 || h >= DashboardStats::HourCount)
            return;
        emit filterRequested(
            [h](const ReconOutcome &o, const ReconRow &row) {
                return row.status != ReconStatus::Matched && DashboardStats::rowHour(o, row) == h;
            },
            tr("Discrepancies in hour %1").arg(hourText(h)));
    });
}

void DashboardWidget::addVerifiedSlices(QPieSeries *series, QChartView *view,
    const std::vector<DashboardStats::Share> &shares, RecordTable::Text field, const QString &tipFormat,
    const QString &filterFormat)
{
    for (const DashboardStats::Share &share : shares) {
        QPieSlice *slice = series->append(share.label, sliceValue(share.netWon));
        connect(slice, &QPieSlice::hovered, this, [this, view, share, tipFormat](bool shown) {
            showTip(view, shown, tipFormat.arg(share.label, QLocale().toString(share.count), formatWon(share.netWon)));
        });
        connect(slice, &QPieSlice::clicked, this, [this, share, field, filterFormat] {
            const QByteArray key = share.key;
            emit filterRequested(
                [key, field](const ReconOutcome &o, const ReconRow &row) {
                    return row.status == ReconStatus::Matched && row.ledgerRow >= 0
                        && o.ledger.text(row.ledgerRow, field) == key;
                },
                filterFormat.arg(share.label));
        });
    }
}

void DashboardWidget::buildCustomerChart()
{
    QChart *chart = m_customerView->chart();
    clearChart(chart);
    chart->setTitle(tr("Verified spend by customer"));
    chart->legend()->setAlignment(Qt::AlignRight);

    auto *series = new QPieSeries;
    addVerifiedSlices(series, m_customerView, m_stats.topCustomers, RecordTable::Text::CustomerId,
        tr("Customer %1\n%2 verified payments, net %3"), tr("Verified payments of customer %1"));
    if (m_stats.otherCustomersCount > 0) {
        // Placed by its share like the others (usually first): the legend drops its last entries when the chart
        // is small, and "Others" is often the biggest slice.
        auto *others = new QPieSlice(tr("Others"), sliceValue(m_stats.otherCustomersNetWon));
        int position = 0;
        while (position < int(m_stats.topCustomers.size())
            && m_stats.topCustomers[size_t(position)].netWon >= m_stats.otherCustomersNetWon)
            ++position;
        series->insert(position, others);
        connect(others, &QPieSlice::hovered, this, [this](bool shown) {
            showTip(m_customerView, shown,
                tr("%1 other customers\n%2 verified payments, net %3")
                    .arg(QLocale().toString(m_stats.otherCustomersCount),
                        QLocale().toString(m_stats.otherCustomersOutcomes), formatWon(m_stats.otherCustomersNetWon)));
        });
        connect(others, &QPieSlice::clicked, this, [this] {
            std::vector<QByteArray> top;
            for (const DashboardStats::Share &share : m_stats.topCustomers)
                top.push_back(share.key);
            emit filterRequested(
                [top](const ReconOutcome &o, const ReconRow &row) {
                    if (row.status != ReconStatus::Matched || row.ledgerRow < 0)
                        return false;
                    const QByteArrayView customer = o.ledger.text(row.ledgerRow, RecordTable::Text::CustomerId);
                    return std::none_of(
                        top.begin(), top.end(), [customer](const QByteArray &k) { return k == customer; });
                },
                tr("Verified payments of customers outside the top %1").arg(qulonglong(top.size())));
        });
    }
    chart->addSeries(series);
    labelSlices(chart, series, font());
}

void DashboardWidget::buildTimeOfDayChart()
{
    QChart *chart = m_timeOfDayView->chart();
    clearChart(chart);
    chart->setTitle(tr("Verified spend by time of day"));
    chart->legend()->hide();

    auto *set = new QBarSet(tr("Net spend"));
    qint64 max = 0;
    for (int h = 0; h < DashboardStats::HourCount; ++h) {
        const qint64 won = m_stats.hours[size_t(h)].verifiedNetWon;
        set->append(qreal(won) / kMillion);
        max = std::max(max, won);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    QValueAxis *axisX = hourAxis();
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = zeroBasedAxis(qreal(max) / kMillion, QStringLiteral("%.1f"));
    axisY->setTitleText(tr("Million won"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);

    connect(set, &QBarSet::hovered, this, [this](bool shown, int h) {
        if (h < 0 || h >= DashboardStats::HourCount)
            return;
        const DashboardStats::HourBucket &b = m_stats.hours[size_t(h)];
        showTip(m_timeOfDayView, shown,
            tr("Hour %1\n%2 verified payments, net %3")
                .arg(hourText(h), QLocale().toString(b.verifiedCount), formatWon(b.verifiedNetWon)));
    });
    connect(set, &QBarSet::clicked, this, [this](int h) {
        if (h < 0 || h >= DashboardStats::HourCount)
            return;
        emit filterRequested(
            [h](const ReconOutcome &o, const ReconRow &row) {
                return row.status == ReconStatus::Matched && row.ledgerRow >= 0
                    && DashboardStats::hourOfDay(o.ledger.occurredAtMs(row.ledgerRow)) == h;
            },
            tr("Verified payments in hour %1").arg(hourText(h)));
    });
}

void DashboardWidget::buildCategoryChart()
{
    QChart *chart = m_categoryView->chart();
    clearChart(chart);
    chart->setTitle(tr("Verified spend by category"));
    chart->legend()->hide();

    // Horizontal bars read better than a pie for a dozen categories with long names; the largest goes on top,
    // and a horizontal series draws its first category at the bottom.
    const std::vector<DashboardStats::Share> &shares = m_stats.categories;
    auto *set = new QBarSet(tr("Net spend"));
    QStringList names;
    qint64 max = 0;
    for (auto it = shares.rbegin(); it != shares.rend(); ++it) {
        set->append(qreal(it->netWon) / kMillion);
        names << it->label;
        max = std::max(max, it->netWon);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->setTruncateLabels(false); // "…" for every name on a laptop screen told nothing
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = zeroBasedAxis(qreal(max) / kMillion, QStringLiteral("%.1f"));
    axisX->setTitleText(tr("Million won"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);

    const auto shareAt = [this](int index) -> const DashboardStats::Share * {
        const auto n = qsizetype(m_stats.categories.size());
        if (index < 0 || index >= n)
            return nullptr;
        return &m_stats.categories[size_t(n - 1 - index)];
    };
    connect(set, &QBarSet::hovered, this, [this, shareAt](bool shown, int index) {
        if (const DashboardStats::Share *share = shareAt(index)) {
            showTip(m_categoryView, shown,
                tr("%1\n%2 verified payments, net %3")
                    .arg(share->label, QLocale().toString(share->count), formatWon(share->netWon)));
        }
    });
    connect(set, &QBarSet::clicked, this, [this, shareAt](int index) {
        const DashboardStats::Share *share = shareAt(index);
        if (!share)
            return;
        const QByteArray key = share->key;
        emit filterRequested(
            [key](const ReconOutcome &o, const ReconRow &row) {
                return row.status == ReconStatus::Matched && row.ledgerRow >= 0
                    && o.ledger.text(row.ledgerRow, RecordTable::Text::Category) == key;
            },
            tr("Verified payments in category %1").arg(share->label));
    });
}

void DashboardWidget::buildCardCompanyChart()
{
    QChart *chart = m_cardCompanyView->chart();
    clearChart(chart);
    chart->setTitle(tr("Verified spend by card company"));
    chart->legend()->setAlignment(Qt::AlignRight);

    auto *series = new QPieSeries;
    addVerifiedSlices(series, m_cardCompanyView, m_stats.cardCompanies, RecordTable::Text::CardCompany,
        tr("%1\n%2 verified payments, net %3"), tr("Verified payments with card company %1"));
    chart->addSeries(series);
    labelSlices(chart, series, font());
}
