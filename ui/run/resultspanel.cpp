#include "run/resultspanel.h"

#include "run/detailspane.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace {

using StatusFilter = ReconRowsModel::StatusFilter;

/// One discrepancy-grid filter: its View menu text and its combo text, a whole sentence with the live count as %1.
struct FilterLabel
{
    StatusFilter filter;
    QString menuText;
    QString countText;
};

/// The discrepancy grid's filters, in menu order.
std::vector<FilterLabel> filterLabels()
{
    return {
        { StatusFilter::Unmatched, ResultsPanel::tr("&All discrepancies"), ResultsPanel::tr("All discrepancies (%1)") },
        { StatusFilter::Mismatched, ResultsPanel::tr("&Mismatched"), ResultsPanel::tr("Mismatched (%1)") },
        { StatusFilter::Amount, ResultsPanel::tr("Amount &differs"), ResultsPanel::tr("Amount differs (%1)") },
        { StatusFilter::ApprovalNo, ResultsPanel::tr("Approval &number differs"),
            ResultsPanel::tr("Approval number differs (%1)") },
        { StatusFilter::LedgerOnly, ResultsPanel::tr("Only in the &ledger"),
            ResultsPanel::tr("Only in the ledger (%1)") },
        { StatusFilter::VanOnly, ResultsPanel::tr("Only in the &VAN file"),
            ResultsPanel::tr("Only in the VAN file (%1)") },
        { StatusFilter::Duplicate, ResultsPanel::tr("D&uplicates"), ResultsPanel::tr("Duplicates (%1)") },
        { StatusFilter::All, ResultsPanel::tr("&Everything, matched too"),
            ResultsPanel::tr("Everything, matched too (%1)") },
    };
}

/// Starting widths per column: wide enough for typical values without reading every row.
int defaultColumnWidth(int column)
{
    switch (column) {
    case ReconRowsModel::StatusColumn:
    case ReconRowsModel::OccurredAtColumn:
    case ReconRowsModel::CardNumberColumn:
        return 150;
    case ReconRowsModel::ReasonColumn:
        return 200;
    case ReconRowsModel::TransactionIdColumn:
        return 130;
    case ReconRowsModel::MerchantColumn:
        return 160;
    case ReconRowsModel::LedgerAmountColumn:
    case ReconRowsModel::VanAmountColumn:
    case ReconRowsModel::LedgerApprovalColumn:
    case ReconRowsModel::VanApprovalColumn:
        return 120;
    case ReconRowsModel::KindColumn:
    case ReconRowsModel::LedgerLineColumn:
    case ReconRowsModel::VanLineColumn:
        return 90;
    default:
        return 100;
    }
}

} // namespace

ResultsPanel::ResultsPanel(QAction *copy, QWidget *parent)
    : QWidget(parent)
    , m_matchedModel(new ReconRowsModel(this))
    , m_discrepancyModel(new ReconRowsModel(this))
    , m_matchedView(createGrid(m_matchedModel, copy, QStringLiteral("matchedView")))
    , m_discrepancyView(createGrid(m_discrepancyModel, copy, QStringLiteral("discrepancyView")))
    , m_filterCombo(new QComboBox(this))
    , m_filterActions(new QActionGroup(this))
    , m_searchEdit(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_predicateButton(new QPushButton(this))
    , m_details(new DetailsPane(this))
    , m_vSplitter(new QSplitter(Qt::Vertical, this))
    , m_gridSplitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("resultsPanel"));
    m_matchedModel->setStatusFilter(StatusFilter::Matched);
    m_discrepancyModel->setStatusFilter(StatusFilter::Unmatched);
    // Always empty or zero for matched rows; the header's context menu shows them again.
    m_matchedView->setColumnHidden(ReconRowsModel::ReasonColumn, true);
    m_matchedView->setColumnHidden(ReconRowsModel::DifferenceColumn, true);

    int filterKey = Qt::Key_1;
    for (const FilterLabel &label : filterLabels()) {
        auto *action = new QAction(label.menuText, m_filterActions);
        // Alt+1… in the order of the filter list, so the keyboard reaches every filter.
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(filterKey++)));
        action->setCheckable(true);
        action->setData(int(label.filter));
        action->setChecked(label.filter == StatusFilter::Unmatched);
        m_filterCombo->addItem(label.countText.arg(0), int(label.filter));
    }
    connect(m_filterActions, &QActionGroup::triggered, this, [this](QAction *action) {
        const int index = m_filterCombo->findData(action->data());
        if (index >= 0)
            m_filterCombo->setCurrentIndex(index);
    });
    m_filterCombo->setObjectName(QStringLiteral("statusFilter"));
    m_filterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int filter = m_filterCombo->itemData(index).toInt();
        m_discrepancyModel->setStatusFilter(StatusFilter(filter));
        for (QAction *action : m_filterActions->actions())
            action->setChecked(action->data().toInt() == filter);
    });
    connect(m_discrepancyModel, &ReconRowsModel::filterChanged, this, &ResultsPanel::updateFilterCounts);

    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search transaction id, approval number, card last 4 or merchant"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &ResultsPanel::applySearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    m_predicateButton->setObjectName(QStringLiteral("predicateButton"));
    m_predicateButton->setToolTip(tr("Show every row again (clear the chart filter)."));
    m_predicateButton->hide();
    connect(m_predicateButton, &QPushButton::clicked, this, &ResultsPanel::clearChartFilter);

    auto *matchedPanel = new QWidget(this);
    auto *matchedLayout = new QVBoxLayout(matchedPanel);
    matchedLayout->setContentsMargins(0, 0, 0, 0);
    matchedLayout->addWidget(new QLabel(tr("<b>Matched</b>"), matchedPanel));
    matchedLayout->addWidget(m_matchedView, 1);

    auto *discrepancyPanel = new QWidget(this);
    auto *discrepancyLayout = new QVBoxLayout(discrepancyPanel);
    discrepancyLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("<b>Discrepancies</b>"), discrepancyPanel));
    filterRow->addWidget(m_filterCombo);
    filterRow->addWidget(m_predicateButton);
    filterRow->addWidget(m_searchEdit, 1);
    discrepancyLayout->addLayout(filterRow);
    discrepancyLayout->addWidget(m_discrepancyView, 1);

    m_gridSplitter->setObjectName(QStringLiteral("gridSplitter"));
    m_gridSplitter->addWidget(matchedPanel);
    m_gridSplitter->addWidget(discrepancyPanel);
    m_gridSplitter->setSizes({ 500, 900 });
    m_vSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_vSplitter->addWidget(m_gridSplitter);
    m_vSplitter->addWidget(m_details);
    m_vSplitter->setSizes({ 520, 230 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_vSplitter);
    updateFilterCounts();
}

QTableView *ResultsPanel::createGrid(ReconRowsModel *model, QAction *copy, const QString &name)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    // Start in the engine's order (ledger order, then VAN-only rows); a third click on a header returns to it.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->horizontalHeader()->setSortIndicatorClearable(true);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setWordWrap(false);
    // Never ResizeToContents: it would read every one of a million rows.
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(100);
    for (int c = 0; c < ReconRowsModel::ColumnCount; ++c)
        header->resizeSection(c, defaultColumnWidth(c));
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [view, header](const QPoint &pos) {
        QMenu menu(view);
        for (int c = 0; c < header->count(); ++c) {
            QAction *action = menu.addAction(view->model()->headerData(c, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(c));
            connect(action, &QAction::toggled, view, [view, c](bool shown) { view->setColumnHidden(c, !shown); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    // Fixed, uniform row heights let the view skip measuring rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    view->addAction(copy);
    view->installEventFilter(this);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this, model](const QModelIndex &current) { showDetails(model, current.isValid() ? current.row() : -1); });
    // A reset (new outcome, filter, search) drops the current row without telling the selection model's users.
    connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
        if (m_detailsModel == model)
            showDetails(model, -1);
    });
    return view;
}

QList<QAction *> ResultsPanel::filterActions() const
{
    return m_filterActions->actions();
}

QList<QWidget *> ResultsPanel::filterTabOrder() const
{
    return { m_filterCombo, m_searchEdit };
}

QList<QWidget *> ResultsPanel::gridTabOrder() const
{
    return { m_matchedView, m_discrepancyView, m_details };
}

void ResultsPanel::loadSettings()
{
    QSettings s;
    m_vSplitter->restoreState(s.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_gridSplitter->restoreState(s.value(QStringLiteral("window/gridSplitter")).toByteArray());
    m_matchedView->horizontalHeader()->restoreState(s.value(QStringLiteral("grid/matchedColumns")).toByteArray());
    m_discrepancyView->horizontalHeader()->restoreState(
        s.value(QStringLiteral("grid/discrepancyColumns")).toByteArray());
}

void ResultsPanel::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/mainSplitter"), m_vSplitter->saveState());
    s.setValue(QStringLiteral("window/gridSplitter"), m_gridSplitter->saveState());
    s.setValue(QStringLiteral("grid/matchedColumns"), m_matchedView->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("grid/discrepancyColumns"), m_discrepancyView->horizontalHeader()->saveState());
}

void ResultsPanel::showDiscrepancies(const std::shared_ptr<const ReconOutcome> &outcome)
{
    m_details->showHint();
    m_discrepancyModel->setOutcome(outcome);
    clearChartFilter();
    m_discrepancyView->setFocus();
}

void ResultsPanel::showMatched(const std::shared_ptr<const ReconOutcome> &outcome)
{
    m_matchedModel->setOutcome(outcome);
    updateFilterCounts();
}

void ResultsPanel::applyChartFilter(ReconRowsModel::Predicate predicate, const QString &description)
{
    // A chart element may stand for matched rows too: show everything it selects, narrowed by the predicate.
    // The filter chosen before comes back when the chart filter is cleared.
    if (m_discrepancyModel->predicateDescription().isEmpty())
        m_filterBeforeChart = m_filterCombo->currentIndex();
    const int all = m_filterCombo->findData(int(StatusFilter::All));
    if (all >= 0)
        m_filterCombo->setCurrentIndex(all);
    m_discrepancyModel->setPredicate(std::move(predicate), description);
    m_predicateButton->setText(tr("Filter: %1 ✕").arg(description));
    m_predicateButton->show();
    m_discrepancyView->setFocus();
}

void ResultsPanel::clearChartFilter()
{
    if (!m_discrepancyModel->predicateDescription().isEmpty()) {
        m_discrepancyModel->clearPredicate();
        if (m_filterBeforeChart >= 0)
            m_filterCombo->setCurrentIndex(m_filterBeforeChart);
    }
    m_filterBeforeChart = -1;
    m_predicateButton->hide();
}

void ResultsPanel::updateFilterCounts()
{
    const QLocale locale;
    const auto labels = filterLabels();
    for (int i = 0; i < m_filterCombo->count(); ++i) {
        const auto filter = StatusFilter(m_filterCombo->itemData(i).toInt());
        const auto it
            = std::find_if(labels.begin(), labels.end(), [filter](const FilterLabel &l) { return l.filter == filter; });
        if (it != labels.end())
            m_filterCombo->setItemText(
                i, it->countText.arg(locale.toString(qint64(m_discrepancyModel->countFor(filter)))));
    }
}

void ResultsPanel::applySearch()
{
    const QString text = m_searchEdit->text().trimmed();
    m_matchedModel->setSearchText(text);
    m_discrepancyModel->setSearchText(text);
}

void ResultsPanel::showDetails(const ReconRowsModel *model, int viewRow)
{
    m_detailsModel = model;
    const ReconRow *row = viewRow >= 0 ? model->reconRow(viewRow) : nullptr;
    const auto outcome = model->outcome();
    if (!row || !outcome) {
        m_details->showHint();
        return;
    }
    m_details->showRow(*outcome, *row);
}

bool ResultsPanel::matchedGridHasFocus() const
{
    return m_matchedView->hasFocus();
}

std::vector<qint32> ResultsPanel::focusedGridRows() const
{
    return (matchedGridHasFocus() ? m_matchedModel : m_discrepancyModel)->sourceRows();
}

bool ResultsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The grids copy one cell on Ctrl+C by themselves; when the shortcut did not fire first, copy rows here.
    if (event->type() == QEvent::KeyPress && (watched == m_matchedView || watched == m_discrepancyView)
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copySelection();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ResultsPanel::copySelection()
{
    QTableView *view = matchedGridHasFocus() ? m_matchedView : m_discrepancyView;
    QAbstractItemModel *model = view->model();
    QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        emit statusMessage(tr("Select the rows to copy first."), 5000);
        return;
    }
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    // Columns in the order the user arranged them, without the hidden ones.
    QHeaderView *header = view->horizontalHeader();
    std::vector<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.push_back(logical);
    }
    auto clean = [](QString text) { return text.replace(u'\t', u' ').replace(u'\n', u' '); };
    QStringList lines;
    QStringList cells;
    for (int c : columns)
        cells << clean(model->headerData(c, Qt::Horizontal).toString());
    lines << cells.join(u'\t');
    for (const QModelIndex &row : std::as_const(rows)) {
        cells.clear();
        for (int c : columns)
            cells << clean(model->index(row.row(), c).data().toString());
        lines << cells.join(u'\t');
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    emit statusMessage(tr("Copied %n row(s).", nullptr, int(rows.size())), 5000);
}
