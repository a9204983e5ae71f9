// The Reconciliation tab: the matched grid and the discrepancy grid side by side, the status filter with live
// counts, the search box, the chart filter's "clear" button, and the details pane under them.
#pragma once

#include "models/reconrowsmodel.h"

#include <QWidget>
#include <memory>
#include <vector>

class DetailsPane;
class QAction;
class QActionGroup;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

class ResultsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPanel)

public:
    /// copy is Edit → Copy rows: the grids take it, so its shortcut works while one of them has focus.
    explicit ResultsPanel(QAction *copy, QWidget *parent = nullptr);

    /// View → the status filters (Alt+1…), kept in step with the filter combo.
    QList<QAction *> filterActions() const;
    /// First event-loop turn of a finished run: the discrepancies, their counts, the details hint.
    void showDiscrepancies(const std::shared_ptr<const ReconOutcome> &outcome);
    /// Second turn: the big matched grid.
    void showMatched(const std::shared_ptr<const ReconOutcome> &outcome);
    /// A chart element narrows the discrepancy grid (everything it selects, matched rows too) until cleared.
    void applyChartFilter(ReconRowsModel::Predicate predicate, const QString &description);

    /// The grid an export or a copy takes: the matched grid while it has focus, else the discrepancies.
    bool matchedGridHasFocus() const;
    /// The rows of that grid as filtered and sorted, as indexes into the outcome.
    std::vector<qint32> focusedGridRows() const;
    /// Tab order: the filter and search (before the tabs), then the grids and the details (after them).
    QList<QWidget *> filterTabOrder() const;
    QList<QWidget *> gridTabOrder() const;

    void loadSettings();
    void saveSettings() const;

public slots:
    /// Copies the selected rows of the focused grid as tab-separated text with a header line.
    void copySelection();

signals:
    void statusMessage(const QString &message, int timeoutMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *createGrid(ReconRowsModel *model, QAction *copy, const QString &name);
    void clearChartFilter();
    void updateFilterCounts();
    void applySearch();
    void showDetails(const ReconRowsModel *model, int viewRow);

    ReconRowsModel *m_matchedModel;
    ReconRowsModel *m_discrepancyModel;
    QTableView *m_matchedView;
    QTableView *m_discrepancyView;
    QComboBox *m_filterCombo;
    QActionGroup *m_filterActions;
    QLineEdit *m_searchEdit;
    QTimer *m_searchTimer;
    QPushButton *m_predicateButton; ///< "filter: … ✕" while a chart click narrows the grid
    int m_filterBeforeChart = -1; ///< the status filter's index before a chart click chose "everything"
    DetailsPane *m_details;
    const ReconRowsModel *m_detailsModel = nullptr; ///< whose row the details pane shows
    QSplitter *m_vSplitter;
    QSplitter *m_gridSplitter;
};
