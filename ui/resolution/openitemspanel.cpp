#include "resolution/openitemspanel.h"

#include "resolution/auditdialog.h"
#include "domain/koreatime.h"
#include "models/modelroles.h"
#include "models/openitemsfilter.h"
#include "models/openitemsmodel.h"
#include "models/reconrowsmodel.h"
#include "resolution/resolvedialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcOpenItems, "payrecon.gui.openitems", QtWarningMsg)

OpenItemsPanel::OpenItemsPanel(const StoreLocation &store, QWidget *parent)
    : QWidget { parent }
    , m_thread { new QThread(this) }
    , m_worker { new ResolutionWorker(store) }
    , m_model { new OpenItemsModel(this) }
    , m_filter { new OpenItemsFilter(this) }
{
    ResolutionWorker::registerMetaTypes();
    setObjectName(QStringLiteral("openItemsPanel"));
    // The store's connection belongs to this thread: opening MySQL or a busy SQLite file never stalls the window.
    m_thread->setObjectName(QStringLiteral("resolution"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &ResolutionWorker::opened, this, &OpenItemsPanel::onOpened);
    connect(m_worker, &ResolutionWorker::runRecorded, this, &OpenItemsPanel::onRunRecorded);
    connect(m_worker, &ResolutionWorker::itemsLoaded, this, &OpenItemsPanel::onItemsLoaded);
    connect(m_worker, &ResolutionWorker::resolved, this,
        [this](const ResolveResult &result, qint64 batch) { onActionResult(result, batch, false); });
    connect(m_worker, &ResolutionWorker::undone, this,
        [this](const ResolveResult &result, qint64 batch) { onActionResult(result, batch, true); });
    connect(m_worker, &ResolutionWorker::failed, this, &OpenItemsPanel::onFailed);
    connect(m_worker, &ResolutionWorker::suggestionsReady, this, &OpenItemsPanel::onSuggestionsReady);
    m_thread->start();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *toolBar = new QToolBar(tr("Resolution"), this);
    toolBar->setObjectName(QStringLiteral("resolutionToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // F6–F9 and Ctrl+K: no desktop takes them (Ctrl+Alt+L locks the screen on KDE, Xfce, Cinnamon and MATE).
    m_acceptLedgerAction = addItemAction(tr("Accept &Ledger Value"), QKeySequence(Qt::Key_F6), "actionAcceptLedger");
    m_acceptVanAction = addItemAction(tr("Accept &VAN Value"), QKeySequence(Qt::Key_F7), "actionAcceptVan");
    m_writeOffAction = addItemAction(tr("&Write Off"), QKeySequence(Qt::Key_F8), "actionWriteOff");
    m_pendingAction = addItemAction(tr("Pending &Investigation"), QKeySequence(Qt::Key_F9), "actionPending");
    m_pairAction = addItemAction(tr("&Pair Manually"), QKeySequence(Qt::CTRL | Qt::Key_K), "actionPairManually");
    m_undoAction = addItemAction(tr("&Undo Last Action"), QKeySequence::Undo, "actionUndoResolution");
    m_refreshAction = addItemAction(tr("&Refresh"), QKeySequence(Qt::CTRL | Qt::Key_R), "actionRefreshItems");
    m_acceptLedgerAction->setToolTip(tr("The ledger's amount and approval number are right (counts as verified)."));
    m_acceptVanAction->setToolTip(tr("The VAN file's amount and approval number are right (counts as verified)."));
    m_writeOffAction->setToolTip(tr("Close without a counterpart, e.g. a test payment (not verified)."));
    m_pendingAction->setToolTip(tr("Someone is looking into it; it stays open for the next runs."));
    m_pairAction->setToolTip(tr("Link one ledger-only item with one VAN-only item, e.g. a mistyped transaction ID."));
    connect(m_acceptLedgerAction, &QAction::triggered, this, [this] { requestResolve(ResolveAction::AcceptLedger); });
    connect(m_acceptVanAction, &QAction::triggered, this, [this] { requestResolve(ResolveAction::AcceptVan); });
    connect(m_writeOffAction, &QAction::triggered, this, [this] { requestResolve(ResolveAction::WriteOff); });
    connect(m_pendingAction, &QAction::triggered, this, [this] { requestResolve(ResolveAction::Pending); });
    connect(m_pairAction, &QAction::triggered, this, [this] { requestResolve(ResolveAction::Pair); });
    connect(m_undoAction, &QAction::triggered, this, &OpenItemsPanel::undoLast);
    connect(m_refreshAction, &QAction::triggered, this, &OpenItemsPanel::refresh);
    toolBar->addActions({ m_acceptLedgerAction, m_acceptVanAction, m_writeOffAction, m_pendingAction, m_pairAction });
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_refreshAction);
    toolBar->addSeparator();
    m_scopeCombo = new QComboBox(toolBar);
    m_scopeCombo->setObjectName(QStringLiteral("scopeCombo"));
    m_scopeCombo->addItem(tr("Open items of every run"), int(Scope::OpenItems));
    m_scopeCombo->addItem(tr("Every item of the latest run"), int(Scope::LatestRun));
    m_scopeCombo->addItem(tr("Every item of every run"), int(Scope::AllRuns));
    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, &OpenItemsPanel::refresh);
    toolBar->addWidget(m_scopeCombo);
    layout->addWidget(toolBar);

    m_filter->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("openItemsView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OpenItemsModel::TimeColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({ m_acceptLedgerAction, m_acceptVanAction, m_writeOffAction, m_pendingAction, m_pairAction });
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_view->addActions({ m_undoAction, m_refreshAction });
    // Fixed widths, never ResizeToContents: that reads every row.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(OpenItemsModel::StateColumn, 150);
    header->resizeSection(OpenItemsModel::TransactionIdColumn, 150);
    header->resizeSection(OpenItemsModel::SideStatusColumn, 170);
    header->resizeSection(OpenItemsModel::TimeColumn, 150);
    header->resizeSection(OpenItemsModel::NoteColumn, 200);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OpenItemsPanel::updateActions);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &OpenItemsPanel::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &OpenItemsPanel::updateActions);
    // Under the grid: for one selected ledger-side item, the VAN-side items it most likely is (mistyped id, same
    // approval number, same amount and card close in time), ready to pair.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("openItemsSplitter"));
    splitter->addWidget(m_view);
    auto *suggestions = new QWidget(splitter);
    auto *suggestionLayout = new QVBoxLayout(suggestions);
    suggestionLayout->setContentsMargins(0, 0, 0, 0);
    m_suggestionHint = new QLabel(suggestions);
    m_suggestionHint->setObjectName(QStringLiteral("suggestionHint"));
    suggestionLayout->addWidget(m_suggestionHint);
    auto *suggestionRow = new QHBoxLayout;
    m_suggestionList = new QListWidget(suggestions);
    m_suggestionList->setObjectName(QStringLiteral("suggestionList"));
    // Five suggestions at most (the engine's default): room for them, the rest of the height for the grid.
    m_suggestionList->setMaximumHeight(m_suggestionList->fontMetrics().height() * 6 + 12);
    suggestionRow->addWidget(m_suggestionList, 1);
    m_pairSuggestionButton = new QPushButton(tr("P&air with Suggestion…"), suggestions);
    m_pairSuggestionButton->setObjectName(QStringLiteral("pairSuggestionButton"));
    m_pairSuggestionButton->setEnabled(false);
    suggestionRow->addWidget(m_pairSuggestionButton, 0, Qt::AlignTop);
    suggestionLayout->addLayout(suggestionRow);
    splitter->addWidget(suggestions);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    connect(m_suggestionList, &QListWidget::currentRowChanged, this,
        [this](int row) { m_pairSuggestionButton->setEnabled(row >= 0 && !m_busy); });
    connect(m_suggestionList, &QListWidget::itemDoubleClicked, this, &OpenItemsPanel::pairWithSuggestion);
    connect(m_pairSuggestionButton, &QPushButton::clicked, this, &OpenItemsPanel::pairWithSuggestion);
    m_suggestTimer = new QTimer(this);
    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(120);
    connect(m_suggestTimer, &QTimer::timeout, this, &OpenItemsPanel::requestSuggestions);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, m_suggestTimer, qOverload<>(&QTimer::start));

    auto *statusRow = new QHBoxLayout;
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("resolutionMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_messageLabel, 1);
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    statusRow->addWidget(m_storeLabel);
    layout->addLayout(statusRow);

    updateActions();
    QMetaObject::invokeMethod(m_worker, &ResolutionWorker::open, Qt::QueuedConnection);
    refresh();
}

OpenItemsPanel::~OpenItemsPanel()
{
    // The connection is closed in the thread that opened it, then the thread stops.
    QMetaObject::invokeMethod(m_worker, &ResolutionWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void OpenItemsPanel::setStoreLocation(const StoreLocation &store)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, store] { w->setStoreLocation(store); }, Qt::QueuedConnection);
}

QAction *OpenItemsPanel::addItemAction(const QString &text, const QKeySequence &shortcut, const char *name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(shortcut);
    // Only while the panel has focus: Ctrl+Z elsewhere (a line edit) keeps its usual meaning.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

OpenItemsPanel::Scope OpenItemsPanel::scope() const
{
    return Scope(m_scopeCombo->currentData().toInt());
}

void OpenItemsPanel::setScope(Scope scope)
{
    m_scopeCombo->setCurrentIndex(m_scopeCombo->findData(int(scope)));
}

ResolveDialog *OpenItemsPanel::resolveDialog() const
{
    return m_dialog;
}

QString OpenItemsPanel::message() const
{
    return m_messageLabel->text();
}

void OpenItemsPanel::showMessage(const QString &text, bool warning)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(warning ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
}

void OpenItemsPanel::recordRun(
    const RunInfo &run, std::shared_ptr<const ReconOutcome> outcome, const ReconInputs &inputs)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, run, outcome = std::move(outcome), inputs] { w->recordRun(run, outcome, inputs); },
        Qt::QueuedConnection);
}

void OpenItemsPanel::refresh()
{
    const Scope s = scope();
    m_filter->setStateFilter(
        s == Scope::OpenItems ? OpenItemsFilter::StateFilter::OpenOnly : OpenItemsFilter::StateFilter::All);
    const bool openOnly = s == Scope::OpenItems;
    const qint64 runId = s == Scope::LatestRun ? m_latestRunId : 0;
    if (s == Scope::LatestRun && runId == 0) {
        m_model->setItems({}); // no run recorded in this session yet
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, openOnly, runId] { w->loadItems(openOnly, runId); }, Qt::QueuedConnection);
}

void OpenItemsPanel::onOpened(bool ok, const QString &description, const QString &operatorName, const QString &error)
{
    if (!ok) {
        showMessage(tr("The resolution store cannot be opened: %1").arg(error), true);
        m_storeLabel->clear();
        return;
    }
    m_storeLabel->setText(tr("Store: %1 · Operator: %2").arg(description, operatorName));
}

void OpenItemsPanel::onRunRecorded(const RunInfo &run, const RecordRunResult &result)
{
    m_latestRunId = run.id;
    QString text;
    if (result.matchedLate > 0) {
        text = tr("Run %1 stored: %n item(s) matched late against earlier runs.", nullptr, int(result.matchedLate))
                   .arg(run.id);
    } else {
        text = tr("Run %1 stored with %n discrepancy item(s).", nullptr, int(result.itemIdsByRow.size())).arg(run.id);
    }
    showMessage(text, false);
    emit statusMessage(text, 20000);
    emit runRecorded(run.id, result.matchedLate);
    refresh();
}

void OpenItemsPanel::onItemsLoaded(const std::vector<OpenItem> &items, qint64 undoableBatch)
{
    // Keep the selection across the reload by item id: a reload after a conflict must not lose the operator's place.
    QSet<qint64> selected;
    for (const OpenItem &item : selectedItems())
        selected.insert(item.id);
    m_model->setItems(items);
    m_undoableBatch = undoableBatch;
    if (!selected.isEmpty()) {
        QItemSelection selection;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex index = m_filter->index(row, 0);
            if (selected.contains(index.data(ModelRoles::ItemIdRole).toLongLong()))
                selection.select(index, m_filter->index(row, OpenItemsModel::ColumnCount - 1));
        }
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    updateActions();
    emit itemsLoaded(int(items.size()));
}

std::vector<OpenItem> OpenItemsPanel::selectedItems() const
{
    std::vector<OpenItem> items;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    items.reserve(size_t(rows.size()));
    for (const QModelIndex &index : rows) {
        const QModelIndex source = m_filter->mapToSource(index);
        if (source.isValid())
            items.push_back(m_model->item(source.row()));
    }
    // By id: a stable order for the dialog's list and the request, whatever the grid's sort.
    std::sort(items.begin(), items.end(), [](const OpenItem &a, const OpenItem &b) { return a.id < b.id; });
    return items;
}

void OpenItemsPanel::updateActions()
{
    const std::vector<OpenItem> items = selectedItems();
    const bool any = !items.empty() && !m_busy;
    // Resolved items leave through Undo, not a second resolution on top.
    const bool allOpen
        = std::all_of(items.begin(), items.end(), [](const OpenItem &i) { return ItemStates::isOpen(i.state); });
    const bool allLedger = std::all_of(items.begin(), items.end(), [](const OpenItem &i) { return i.hasLedger(); });
    const bool allVan = std::all_of(items.begin(), items.end(), [](const OpenItem &i) { return i.hasVan(); });
    m_acceptLedgerAction->setEnabled(any && allOpen && allLedger);
    m_acceptVanAction->setEnabled(any && allOpen && allVan);
    m_writeOffAction->setEnabled(any && allOpen);
    m_pendingAction->setEnabled(any && allOpen);
    bool pairable = any && allOpen && items.size() == 2;
    if (pairable) {
        const OpenItem::Side a = items[0].side;
        const OpenItem::Side b = items[1].side;
        pairable = ((a == OpenItem::Side::Ledger && b == OpenItem::Side::Van)
                       || (a == OpenItem::Side::Van && b == OpenItem::Side::Ledger))
            && items[0].kind == items[1].kind;
    }
    m_pairAction->setEnabled(pairable);
    m_undoAction->setEnabled(m_undoableBatch != 0 && !m_busy);
}

void OpenItemsPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void OpenItemsPanel::requestResolve(ResolveAction action)
{
    if (m_busy || m_dialog)
        return;
    const std::vector<OpenItem> items = selectedItems();
    if (items.empty()) {
        showMessage(tr("Select the items to resolve first."), true);
        return;
    }
    openResolveDialog(action, items);
}

void OpenItemsPanel::openResolveDialog(ResolveAction action, const std::vector<OpenItem> &items)
{
    auto *dialog = new ResolveDialog(action, int(items.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Name a small selection; a bulk one is summed up by the count alone.
    if (items.size() <= 5) {
        QStringList ids;
        for (const OpenItem &item : items)
            ids << item.transactionId;
        dialog->setDetails(tr("Transaction IDs: %1").arg(ids.join(QStringLiteral(", "))));
    }
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this,
        [this, dialog, action, items] { sendRequest(action, items, dialog->reasonCode(), dialog->note()); });
    dialog->open();
}

void OpenItemsPanel::sendRequest(
    ResolveAction action, const std::vector<OpenItem> &items, const QString &reasonCode, const QString &note)
{
    ResolveRequest request;
    request.action = action;
    request.reasonCode = reasonCode;
    request.note = note;
    // The versions the operator saw when choosing: a change by someone else since then is a conflict, never
    // overwritten.
    for (const OpenItem &item : items)
        request.items.push_back({ item.id, item.version });
    setBusy(true);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, request] { w->resolve(request); }, Qt::QueuedConnection);
}

void OpenItemsPanel::undoLast()
{
    if (m_busy || m_undoableBatch == 0)
        return;
    setBusy(true);
    QMetaObject::invokeMethod(m_worker, &ResolutionWorker::undoLast, Qt::QueuedConnection);
}

void OpenItemsPanel::onActionResult(const ResolveResult &result, qint64 undoableBatch, bool undo)
{
    m_busy = false;
    if (result.ok) {
        m_undoableBatch = undoableBatch;
        m_model->updateItems(result.items);
        const int count = int(result.items.size());
        const QString text
            = undo ? tr("Undone: %n item(s) restored.", nullptr, count) : tr("Resolved %n item(s).", nullptr, count);
        showMessage(text, false);
        emit statusMessage(text, 10000);
        updateActions();
        requestSuggestions(); // a paired or resolved item is no candidate any more
        emit actionFinished(true, false, text);
        return;
    }
    qCInfo(lcOpenItems) << (result.conflict ? "conflict" : "refused") << result.error;
    // The store's sentence already names the item, who changed it and when, and that nothing was saved.
    const QString text = result.conflict ? tr("%1 The list has been reloaded.").arg(result.error) : result.error;
    showMessage(text, true);
    auto *box = new QMessageBox(QMessageBox::Warning,
        result.conflict ? tr("Changed by someone else") : tr("Cannot resolve"), text, QMessageBox::Ok, this);
    box->setObjectName(result.conflict ? QStringLiteral("conflictMessage") : QStringLiteral("resolveErrorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    // On a conflict the grid is stale: show what the store holds now.
    refresh();
    updateActions();
    emit actionFinished(false, result.conflict, text);
}

void OpenItemsPanel::onFailed(const QString &message)
{
    showMessage(message, true);
    emit statusMessage(message, 15000);
}

AuditDialog *OpenItemsPanel::auditDialog()
{
    if (!m_audit)
        m_audit = new AuditDialog(m_worker, this);
    return m_audit;
}

void OpenItemsPanel::showAuditTrail()
{
    AuditDialog *dialog = auditDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->reload();
}

void OpenItemsPanel::requestSuggestions()
{
    const std::vector<OpenItem> items = selectedItems();
    m_suggestionList->clear();
    m_suggested.clear();
    m_suggestFor = OpenItem();
    m_pairSuggestionButton->setEnabled(false);
    if (items.size() != 1 || items[0].side != OpenItem::Side::Ledger || !ItemStates::isOpen(items[0].state)) {
        m_suggestionHint->setText(tr("Select one open ledger-only item to see the VAN items it may be."));
        return;
    }
    m_suggestFor = items[0];
    m_suggestionHint->setText(tr("Looking for VAN items that may be transaction %1…").arg(m_suggestFor.transactionId));
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, ledger = m_suggestFor] { w->suggest(ledger); }, Qt::QueuedConnection);
}

void OpenItemsPanel::onSuggestionsReady(
    qint64 ledgerItemId, const std::vector<Suggestion> &suggestions, const std::vector<OpenItem> &candidates)
{
    if (ledgerItemId != m_suggestFor.id)
        return; // the selection moved on meanwhile
    m_suggested = candidates;
    m_suggestionList->clear();
    const QLocale locale;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const OpenItem &van = candidates[i];
        const QString amount = ReconRowsModel::formatWon(van.vanAmount, locale);
        const QString time = QString::fromLatin1(KoreaTime::plain(van.occurredAtMs));
        const QString text = van.vanApprovalNo.isEmpty()
            ? tr("%1 · %2 · %3 · card %4").arg(van.transactionId, amount, time, van.cardNumber)
            : tr("%1 · %2 · approval no. %3 · %4 · card %5")
                  .arg(van.transactionId, amount, van.vanApprovalNo, time, van.cardNumber);
        auto *entry = new QListWidgetItem(text, m_suggestionList);
        entry->setToolTip(SuggestionEngine::describe(suggestions[i].reasons));
        entry->setData(Qt::UserRole, van.id);
    }
    m_suggestionHint->setText(candidates.empty()
            ? tr("No VAN item looks like transaction %1.").arg(m_suggestFor.transactionId)
            : tr("VAN items that may be transaction %1, likeliest first:").arg(m_suggestFor.transactionId));
    if (!candidates.empty())
        m_suggestionList->setCurrentRow(0);
    emit suggestionsShown(int(candidates.size()));
}

void OpenItemsPanel::pairWithSuggestion()
{
    const int row = m_suggestionList->currentRow();
    if (m_busy || m_dialog || m_suggestFor.id == 0 || row < 0 || row >= int(m_suggested.size()))
        return;
    openResolveDialog(ResolveAction::Pair, { m_suggestFor, m_suggested[size_t(row)] });
}
