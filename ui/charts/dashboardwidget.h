// The dashboard tab: six charts over one reconciliation (outcomes, records per hour, verified spending by
// customer, time of day, category and card company). Clicking a bar or slice asks for the matching rows.
#pragma once

#include "dashboardstats.h"
#include "models/reconrowsmodel.h"

#include <QWidget>
#include <memory>

class QChart;
class QChartView;
class QPieSeries;

class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget *parent = nullptr);

    /// Redraws every chart from stats, the figures of outcome (ReconWorker computes them off the GUI thread);
    /// without stats they are computed here, one pass over the outcome. A null outcome clears the charts.
    void setOutcome(std::shared_ptr<const ReconOutcome> outcome, std::shared_ptr<const DashboardStats> stats = {});
    int topCustomers() const { return m_topCustomers; }
    const DashboardStats &stats() const { return m_stats; }

    /// Won as the user's locale writes money, e.g. "₩1,250,000" in ko_KR.
    static QString formatWon(qint64 won);

signals:
    /// A chart element was clicked: show the outcomes the predicate accepts; description names them.
    void filterRequested(ReconRowsModel::Predicate predicate, const QString &description);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QChartView *addChartView(const QString &objectName, int row, int column);
    void applyTheme();
    void rebuild();
    void buildStatusChart();
    void buildHourlyChart();
    void buildCustomerChart();
    void buildTimeOfDayChart();
    void buildCategoryChart();
    void buildCardCompanyChart();
    /// Shows text as a tooltip at the cursor over view, or hides it when shown is false.
    void showTip(QChartView *view, bool shown, const QString &text) const;
    /// Narrows the grid to the records (either side) of an hour.
    void selectHour(int hour);
    /// One slice per share; hovering shows exact won (tipFormat: label, count, won), clicking filters the
    /// grid to the verified rows whose ledger `field` is the share's value (filterFormat: label).
    void addVerifiedSlices(QPieSeries *series, QChartView *view, const std::vector<DashboardStats::Share> &shares,
        RecordTable::Text field, const QString &tipFormat, const QString &filterFormat);

    static QString statusLabel(ReconStatus status);

    std::shared_ptr<const ReconOutcome> m_outcome;
    DashboardStats m_stats;
    int m_topCustomers = 10;
    QChartView *m_statusView = nullptr;
    QChartView *m_hourlyView = nullptr;
    bool m_hourBarClicked = false; ///< a bar or point of the hourly chart took the last click
    QChartView *m_customerView = nullptr;
    QChartView *m_timeOfDayView = nullptr;
    QChartView *m_categoryView = nullptr;
    QChartView *m_cardCompanyView = nullptr;
};
