#include "window/mainwindow.h"

#include "alerts/alertrulesdialog.h"
#include "alerts/alertsdock.h"
#include "charts/dashboardwidget.h"
#include "run/demopreparer.h"
#include "run/detailspane.h"
#include "publish/elasticsearchdialog.h"
#include "report/exportworker.h"
#include "import/profilelibrary.h"
#include "ledger/ledgerurl.h"
#include "import/ledgerdialog.h"
#include "logging/rotatinglog.h"
#include "models/alertsmodel.h"
#include "models/rejectedrowsmodel.h"
#include "resolution/openitemspanel.h"
#include "publish/publishjob.h"
#include "publish/publishworker.h"
#include "resolution/reasoncodesdialog.h"
#include "reconpdfwriter.h"
#include "report/reportworker.h"
#include "store/credentialpolicy.h"
#include "store/localstore.h"
#include "store/secretresolver.h"
#include "store/secretstore.h"
#include "settings/storedialog.h"
#include "import/vanimportdialog.h"
#include "window/welcomedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>
#include <utility>
#include <vector>

Q_LOGGING_CATEGORY(lcMainWindow, "payrecon.gui", QtWarningMsg)

namespace {

using StatusFilter = ReconRowsModel::StatusFilter;

/// Profile combo: marks the entry that stands for a mapping made in the import dialog and not saved.
constexpr int UnsavedProfileRole = Qt::UserRole + 1;

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
        { StatusFilter::Unmatched, MainWindow::tr("&All discrepancies"), MainWindow::tr("All discrepancies (%1)") },
        { StatusFilter::Mismatched, MainWindow::tr("&Mismatched"), MainWindow::tr("Mismatched (%1)") },
        { StatusFilter::Amount, MainWindow::tr("Amount &differs"), MainWindow::tr("Amount differs (%1)") },
        { StatusFilter::ApprovalNo, MainWindow::tr("Approval &number differs"),
            MainWindow::tr("Approval number differs (%1)") },
        { StatusFilter::LedgerOnly, MainWindow::tr("Only in the &ledger"), MainWindow::tr("Only in the ledger (%1)") },
        { StatusFilter::VanOnly, MainWindow::tr("Only in the &VAN file"), MainWindow::tr("Only in the VAN file (%1)") },
        { StatusFilter::Duplicate, MainWindow::tr("D&uplicates"), MainWindow::tr("Duplicates (%1)") },
        { StatusFilter::All, MainWindow::tr("&Everything, matched too"),
            MainWindow::tr("Everything, matched too (%1)") },
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

QString stageText(int stage, qint64 done, qint64 total)
{
    const QLocale locale;
    switch (ReconciliationJob::Stage(stage)) {
    case ReconciliationJob::Stage::LoadLedger:
        return total < 0 ? MainWindow::tr("Loading the ledger: %1 rows…").arg(locale.toString(done))
                         : MainWindow::tr("Loading the ledger…");
    case ReconciliationJob::Stage::LoadVan:
        return MainWindow::tr("Reading the VAN file…");
    case ReconciliationJob::Stage::Match:
        return MainWindow::tr("Matching…");
    }
    return {};
}

} // namespace

QIcon MainWindow::appIcon()
{
    // PNGs rather than the SVG: the SVG icon engine is a plugin (libqt6svg6) that may not be installed.
    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/payrecon-%1.png").arg(size), QSize(size, size));
    return icon;
}

void MainWindow::registerMetaTypes()
{
    qRegisterMetaType<ReconInputs>();
    qRegisterMetaType<std::shared_ptr<const ReconOutcome>>();
    qRegisterMetaType<std::shared_ptr<const DashboardStats>>();
    qRegisterMetaType<std::shared_ptr<const ReconReport>>();
}

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(StoreLocation { LocalStore::configuredLocation(), QString() }, parent)
{ }

MainWindow::MainWindow(StoreLocation store, QWidget *parent)
    : QMainWindow(parent)
    , m_storeLocation(std::move(store))
    , m_thread(new QThread(this))
    , m_worker(new ReconWorker)
    , m_preparer(new DemoPreparer)
    , m_demoDirectory(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo"))
    , m_matchedModel(new ReconRowsModel(this))
    , m_discrepancyModel(new ReconRowsModel(this))
    , m_searchTimer(new QTimer(this))
    , m_rejectedModel(new RejectedRowsModel(this))
{
    registerMetaTypes();
    setWindowTitle(tr("PayRecon"));
    setObjectName(QStringLiteral("mainWindow"));

    // One thread for every long job, created once: demo generation and reconciliation queue up on it in order.
    m_thread->setObjectName(QStringLiteral("reconciliation"));
    m_worker->moveToThread(m_thread);
    m_preparer->moveToThread(m_thread);
    m_exporter = new ExportWorker;
    m_exporter->moveToThread(m_thread);
    m_reporter = new ReportWorker(m_storeLocation);
    m_reporter->moveToThread(m_thread);
    // Publishing has a thread of its own: a million documents take a while and must not hold up the next run.
    m_publishThread = new QThread(this);
    m_publishThread->setObjectName(QStringLiteral("publishing"));
    m_publisher = new PublishWorker(m_storeLocation);
    m_publisher->moveToThread(m_publishThread);
    m_publishThread->start();
    connect(m_publisher, &PublishWorker::countsChanged, this, &MainWindow::showOutboxCounts);
    QMetaObject::invokeMethod(m_publisher, &PublishWorker::refreshCounts, Qt::QueuedConnection);
    connect(m_worker, &ReconWorker::progress, this, &MainWindow::onProgress, Qt::QueuedConnection);
    connect(m_worker, &ReconWorker::finished, this, &MainWindow::onFinished, Qt::QueuedConnection);
    connect(m_worker, &ReconWorker::failed, this, &MainWindow::onFailed, Qt::QueuedConnection);
    connect(m_worker, &ReconWorker::cancelled, this, &MainWindow::onCancelled, Qt::QueuedConnection);
    connect(m_preparer, &DemoPreparer::prepared, this, &MainWindow::onDemoPrepared, Qt::QueuedConnection);
    connect(m_preparer, &DemoPreparer::failed, this, &MainWindow::onFailed, Qt::QueuedConnection);
    m_thread->start();

    m_matchedModel->setStatusFilter(StatusFilter::Matched);
    m_discrepancyModel->setStatusFilter(StatusFilter::Unmatched);

    createActions();
    createMenus();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(createSourceBar());
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_resultsPage = createResultsTab();
    m_tabs->addTab(m_resultsPage, tr("Reconciliation"));
    m_rejectedView = new QTableView(m_tabs);
    m_rejectedView->setObjectName(QStringLiteral("rejectedView"));
    m_rejectedView->setModel(m_rejectedModel);
    m_rejectedView->setAlternatingRowColors(true);
    m_rejectedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejectedView->setWordWrap(false);
    m_rejectedView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_rejectedView->horizontalHeader()->setStretchLastSection(true);
    m_rejectedView->horizontalHeader()->resizeSection(RejectedRowsModel::FileColumn, 260);
    m_rejectedView->horizontalHeader()->resizeSection(RejectedRowsModel::ValueColumn, 180);
    m_rejectedView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_rejectedView->verticalHeader()->setDefaultSectionSize(m_rejectedView->fontMetrics().height() + 8);
    m_rejectedView->verticalHeader()->hide();
    m_tabs->addTab(m_rejectedView, tr("Rejected rows"));
    m_dashboard = new DashboardWidget(m_tabs);
    m_dashboard->setObjectName(QStringLiteral("dashboard"));
    connect(m_dashboard, &DashboardWidget::filterRequested, this, &MainWindow::applyChartFilter);
    m_worker->setTopCustomers(m_dashboard->topCustomers());
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_openItems = new OpenItemsPanel(m_storeLocation, m_tabs);
    m_tabs->addTab(m_openItems, tr("Open items"));
    layout->addWidget(m_tabs, 1);
    m_alertsDock = new AlertsDock(m_storeLocation, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_alertsDock);
    m_alertsDock->hide(); // shown from View → Alerts Panel, or when the monitor starts
    createTray();
    // Tab follows the screen: the sources in the toolbar, the filter and search above the grids, the grids
    // left to right, then the details below them.
    const QList<QWidget *> tabOrder { m_profileCombo, m_rangeCheck, m_fromEdit, m_toEdit, m_filterCombo, m_searchEdit,
        m_tabs, m_matchedView, m_discrepancyView, m_details };
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder[i - 1], tabOrder[i]);
    setCentralWidget(central);
    createStatusBar();
    connect(m_openItems, &OpenItemsPanel::statusMessage, statusBar(), &QStatusBar::showMessage);
    // The report of the run on screen prints its stored resolutions once the run is recorded.
    connect(m_openItems, &OpenItemsPanel::runRecorded, this, [this](qint64 runId, qint64) { m_shownRunId = runId; });

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_discrepancyModel, &ReconRowsModel::filterChanged, this, &MainWindow::updateFilterCounts);

    resize(1400, 850);
    loadSettings();
    updateSourceLabels();
    updateFilterCounts();
    setRunning(false);

    QTimer::singleShot(0, this, [this] {
        if (m_autoOpenDemo && m_ledgerUrl.isEmpty() && m_vanFile.isEmpty())
            openDemo();
        // First run: one screen on what to configure next, over the demo that is being prepared.
        QSettings settings;
        if (m_autoOpenDemo && !settings.value(QStringLiteral("ui/welcomeShown"), false).toBool()) {
            settings.setValue(QStringLiteral("ui/welcomeShown"), true);
            showWelcome();
        }
    });
}

MainWindow::~MainWindow()
{
    m_worker->cancel();
    m_exporter->cancel();
    m_reporter->cancel();
    m_publisher->cancel();
    m_publishThread->quit();
    m_publishThread->wait();
    delete m_publisher;
    m_thread->quit();
    m_thread->wait();
    // The thread has stopped, so nothing else can touch them now.
    delete m_worker;
    delete m_preparer;
    delete m_exporter;
    delete m_reporter;
}

void MainWindow::createActions()
{
    m_openDemoAction = new QAction(tr("Open &demo"), this);
    m_openDemoAction->setObjectName(QStringLiteral("actionOpenDemo"));
    m_openDemoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_openDemoAction->setStatusTip(tr("Reconcile the built-in demo ledger and VAN file."));
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemo);

    m_chooseLedgerAction = new QAction(tr("Choose &ledger…"), this);
    m_chooseLedgerAction->setObjectName(QStringLiteral("actionChooseLedger"));
    m_chooseLedgerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_chooseLedgerAction, &QAction::triggered, this, &MainWindow::chooseLedger);

    m_openVanAction = new QAction(tr("&Open VAN file…"), this);
    m_openVanAction->setObjectName(QStringLiteral("actionOpenVan"));
    m_openVanAction->setShortcut(QKeySequence::Open);
    connect(m_openVanAction, &QAction::triggered, this, &MainWindow::openVanFile);

    m_reconcileAction = new QAction(tr("&Reconcile"), this);
    m_reconcileAction->setObjectName(QStringLiteral("actionReconcile"));
    m_reconcileAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_reconcileAction, &QAction::triggered, this, &MainWindow::reconcile);

    m_cancelAction = new QAction(tr("&Cancel"), this);
    m_cancelAction->setObjectName(QStringLiteral("actionCancel"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelRun);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);

    m_copyAction = new QAction(tr("&Copy rows"), this);
    m_copyAction->setObjectName(QStringLiteral("actionCopy"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    // Only while a grid has focus, so Ctrl+C in the search box still copies its text.
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelection);

    m_openLogFolderAction = new QAction(tr("Open &Log Folder"), this);
    m_openLogFolderAction->setObjectName(QStringLiteral("actionOpenLogFolder"));
    m_openLogFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_openLogFolderAction, &QAction::triggered, this, [] {
        const QString dir = RotatingLog::defaultDirectory();
        QDir().mkpath(dir);
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    });

    m_publishAction = new QAction(tr("&Publish to Elasticsearch"), this);
    m_publishAction->setObjectName(QStringLiteral("actionPublish"));
    m_publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_publishAction->setStatusTip(tr("Send the verified rows and the mismatch log of this run to Elasticsearch."));
    connect(m_publishAction, &QAction::triggered, this, &MainWindow::publishToElasticsearch);
    m_alertsPanelAction = new QAction(tr("&Alerts Panel"), this);
    m_alertsPanelAction->setObjectName(QStringLiteral("actionAlertsPanel"));
    m_alertsPanelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_monitorAction = new QAction(tr("&Watch for Alerts"), this);
    m_monitorAction->setObjectName(QStringLiteral("actionMonitor"));
    m_monitorAction->setCheckable(true);
    m_monitorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_alertRulesAction = new QAction(tr("Alert &Rules…"), this);
    m_alertRulesAction->setObjectName(QStringLiteral("actionAlertRules"));
    m_alertRulesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    connect(m_alertRulesAction, &QAction::triggered, this, &MainWindow::editAlertRules);
    m_esSettingsAction = new QAction(tr("&Elasticsearch…"), this);
    m_esSettingsAction->setObjectName(QStringLiteral("actionElasticsearchSettings"));
    m_esSettingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    connect(m_esSettingsAction, &QAction::triggered, this, &MainWindow::editElasticsearchSettings);
    m_storeSettingsAction = new QAction(tr("&Team Store…"), this);
    m_storeSettingsAction->setObjectName(QStringLiteral("actionStoreSettings"));
    m_storeSettingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    connect(m_storeSettingsAction, &QAction::triggered, this, &MainWindow::editStoreSettings);
    m_auditAction = new QAction(tr("Audit &Trail…"), this);
    m_auditAction->setObjectName(QStringLiteral("actionAuditTrail"));
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_auditAction, &QAction::triggered, this, &MainWindow::showAuditTrail);
    m_reasonCodesAction = new QAction(tr("Reason &Codes…"), this);
    m_reasonCodesAction->setObjectName(QStringLiteral("actionReasonCodes"));
    m_reasonCodesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    connect(m_reasonCodesAction, &QAction::triggered, this, &MainWindow::editReasonCodes);

    m_exportCsvAction = new QAction(tr("&Export CSV…"), this);
    m_exportCsvAction->setObjectName(QStringLiteral("actionExportCsv"));
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportCsvAction->setStatusTip(tr("Save the grid with focus, as filtered and sorted, as CSV for Excel."));
    connect(m_exportCsvAction, &QAction::triggered, this, &MainWindow::exportCsv);
    m_exportPdfAction = new QAction(tr("Export &PDF report…"), this);
    m_exportPdfAction->setObjectName(QStringLiteral("actionExportPdf"));
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportPdfAction->setStatusTip(
        tr("Save the reconciliation report to sign and file: summary, charts, discrepancies and approval lines."));
    connect(m_exportPdfAction, &QAction::triggered, this, &MainWindow::exportPdf);
    m_printReportAction = new QAction(tr("Pr&int report…"), this);
    m_printReportAction->setObjectName(QStringLiteral("actionPrintReport"));
    m_printReportAction->setShortcut(QKeySequence::Print);
    m_printReportAction->setStatusTip(tr("Preview and print the reconciliation report."));
    connect(m_printReportAction, &QAction::triggered, this, &MainWindow::printReport);

    m_welcomeAction = new QAction(tr("&Getting Started"), this);
    m_welcomeAction->setObjectName(QStringLiteral("actionGettingStarted"));
    m_welcomeAction->setShortcut(QKeySequence::HelpContents);
    connect(m_welcomeAction, &QAction::triggered, this, &MainWindow::showWelcome);

    m_aboutAction = new QAction(tr("&About PayRecon"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About PayRecon"),
            tr("<p><b>PayRecon %1</b></p><p>Reconciles a card merchant's ledger against the VAN company's "
               "settlement file.</p><p>Logs: %2</p>")
                .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(RotatingLog::defaultDirectory())));
    });

    m_filterActions = new QActionGroup(this);
    int filterKey = Qt::Key_1;
    for (const FilterLabel &label : filterLabels()) {
        auto *action = new QAction(label.menuText, m_filterActions);
        // Alt+1… in the order of the filter list, so the keyboard reaches every filter.
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(filterKey++)));
        action->setCheckable(true);
        action->setData(int(label.filter));
        action->setChecked(label.filter == StatusFilter::Unmatched);
    }
    connect(m_filterActions, &QActionGroup::triggered, this, [this](QAction *action) {
        const int index = m_filterCombo->findData(action->data());
        if (index >= 0)
            m_filterCombo->setCurrentIndex(index);
    });
}

QMenu *MainWindow::createLanguageMenu()
{
    auto *menu = new QMenu(tr("&Language"), this);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString current = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    // Language names are written in their own language so that anyone can find theirs.
    const std::pair<QString, QString> choices[] = {
        { QStringLiteral("system"), tr("System") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("ko"), QStringLiteral("한국어") },
    };
    for (const auto &[code, label] : choices) {
        QAction *action = menu->addAction(label);
        action->setObjectName(QStringLiteral("actionLanguage_") + code);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        QSettings settings;
        const QString code = action->data().toString();
        if (settings.value(QStringLiteral("ui/language"), QStringLiteral("system")).toString() == code)
            return;
        settings.setValue(QStringLiteral("ui/language"), code);
        // Translators are installed before the window exists (app/gui/main.cpp), so a change waits for a restart.
        QMessageBox::information(this, tr("Language"), tr("The new language applies the next time PayRecon starts."));
    });
    return menu;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openDemoAction);
    file->addAction(m_chooseLedgerAction);
    file->addAction(m_openVanAction);
    file->addSeparator();
    file->addAction(m_reconcileAction);
    file->addAction(m_cancelAction);
    file->addSeparator();
    file->addAction(m_exportCsvAction);
    file->addAction(m_exportPdfAction);
    file->addAction(m_printReportAction);
    file->addAction(m_publishAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_filterActions->actions());
    view->addSeparator();
    view->addMenu(createLanguageMenu());
    view->addSeparator();
    view->addAction(m_alertsPanelAction);
    view->addAction(m_auditAction);
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(m_monitorAction);
    settingsMenu->addAction(m_alertRulesAction);
    settingsMenu->addAction(m_esSettingsAction);
    settingsMenu->addAction(m_storeSettingsAction);
    settingsMenu->addAction(m_reasonCodesAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_welcomeAction);
    help->addAction(m_openLogFolderAction);
    help->addSeparator();
    help->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_openDemoAction);
    toolBar->addAction(m_chooseLedgerAction);
    toolBar->addAction(m_openVanAction);
    toolBar->addSeparator();
    toolBar->addAction(m_reconcileAction);
    toolBar->addAction(m_cancelAction);
}

QWidget *MainWindow::createSourceBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("sourceBar"));
    auto *grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);

    m_ledgerLabel = new QLabel(bar);
    m_ledgerLabel->setObjectName(QStringLiteral("ledgerLabel"));
    m_ledgerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *ledgerButton = new QPushButton(tr("Choose…"), bar);
    connect(ledgerButton, &QPushButton::clicked, m_chooseLedgerAction, &QAction::trigger);
    connect(m_chooseLedgerAction, &QAction::enabledChanged, ledgerButton, &QWidget::setEnabled);

    m_vanLabel = new QLabel(bar);
    m_vanLabel->setObjectName(QStringLiteral("vanLabel"));
    m_vanLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *vanButton = new QPushButton(tr("Open…"), bar);
    connect(vanButton, &QPushButton::clicked, m_openVanAction, &QAction::trigger);
    connect(m_openVanAction, &QAction::enabledChanged, vanButton, &QWidget::setEnabled);

    m_profileCombo = new QComboBox(bar);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    for (const QString &name : VanProfile::builtInNames())
        m_profileCombo->addItem(name, name);
    // Profiles saved from the import dialog, next to the built-ins, by name (their data is the file).
    for (const QString &name : ProfileLibrary::savedNames()) {
        m_profileCombo->addItem(name, ProfileLibrary::pathFor(name));
        m_profileCombo->setItemData(
            m_profileCombo->count() - 1, QDir::toNativeSeparators(ProfileLibrary::pathFor(name)), Qt::ToolTipRole);
    }
    // Empty data marks "Other…": choosing it asks for a profile file.
    m_profileCombo->addItem(tr("Other…"), QString());
    connect(m_profileCombo, &QComboBox::activated, this, &MainWindow::onProfileActivated);

    m_rangeCheck = new QCheckBox(tr("Only ledger rows from"), bar);
    m_rangeCheck->setObjectName(QStringLiteral("rangeCheck"));
    m_rangeCheck->setToolTip(tr("Applies to a SQL ledger: the dates are Seoul business days, both inclusive."));
    m_fromEdit = new QDateEdit(QDate::currentDate(), bar);
    m_toEdit = new QDateEdit(QDate::currentDate(), bar);
    for (QDateEdit *edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(m_rangeCheck, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }

    grid->addWidget(new QLabel(tr("Ledger:"), bar), 0, 0);
    grid->addWidget(m_ledgerLabel, 0, 1);
    grid->addWidget(ledgerButton, 0, 2);
    grid->addWidget(m_rangeCheck, 0, 3);
    grid->addWidget(m_fromEdit, 0, 4);
    grid->addWidget(new QLabel(tr("to"), bar), 0, 5);
    grid->addWidget(m_toEdit, 0, 6);
    grid->addWidget(new QLabel(tr("VAN file:"), bar), 1, 0);
    grid->addWidget(m_vanLabel, 1, 1);
    grid->addWidget(vanButton, 1, 2);
    grid->addWidget(new QLabel(tr("Profile:"), bar), 1, 3, Qt::AlignRight);
    grid->addWidget(m_profileCombo, 1, 4, 1, 3);
    grid->setColumnStretch(1, 1);
    return bar;
}

QTableView *MainWindow::createGrid(ReconRowsModel *model, const QString &name)
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
    view->addAction(m_copyAction);
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

QWidget *MainWindow::createResultsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_matchedView = createGrid(m_matchedModel, QStringLiteral("matchedView"));
    m_discrepancyView = createGrid(m_discrepancyModel, QStringLiteral("discrepancyView"));
    // Always empty or zero for matched rows; the header's context menu shows them again.
    m_matchedView->setColumnHidden(ReconRowsModel::ReasonColumn, true);
    m_matchedView->setColumnHidden(ReconRowsModel::DifferenceColumn, true);

    auto *matchedPanel = new QWidget(page);
    auto *matchedLayout = new QVBoxLayout(matchedPanel);
    matchedLayout->setContentsMargins(0, 0, 0, 0);
    matchedLayout->addWidget(new QLabel(tr("<b>Matched</b>"), matchedPanel));
    matchedLayout->addWidget(m_matchedView, 1);

    auto *discrepancyPanel = new QWidget(page);
    auto *discrepancyLayout = new QVBoxLayout(discrepancyPanel);
    discrepancyLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("<b>Discrepancies</b>"), discrepancyPanel));
    m_filterCombo = new QComboBox(discrepancyPanel);
    m_filterCombo->setObjectName(QStringLiteral("statusFilter"));
    m_filterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const FilterLabel &label : filterLabels())
        m_filterCombo->addItem(label.countText.arg(0), int(label.filter));
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int filter = m_filterCombo->itemData(index).toInt();
        m_discrepancyModel->setStatusFilter(StatusFilter(filter));
        for (QAction *action : m_filterActions->actions())
            action->setChecked(action->data().toInt() == filter);
    });
    m_searchEdit = new QLineEdit(discrepancyPanel);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search transaction id, approval number, card last 4 or merchant"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    m_predicateButton = new QPushButton(discrepancyPanel);
    m_predicateButton->setObjectName(QStringLiteral("predicateButton"));
    m_predicateButton->setToolTip(tr("Show every row again (clear the chart filter)."));
    m_predicateButton->hide();
    connect(m_predicateButton, &QPushButton::clicked, this, &MainWindow::clearChartFilter);
    filterRow->addWidget(m_filterCombo);
    filterRow->addWidget(m_predicateButton);
    filterRow->addWidget(m_searchEdit, 1);
    discrepancyLayout->addLayout(filterRow);
    discrepancyLayout->addWidget(m_discrepancyView, 1);

    m_gridSplitter = new QSplitter(Qt::Horizontal, page);
    m_gridSplitter->setObjectName(QStringLiteral("gridSplitter"));
    m_gridSplitter->addWidget(matchedPanel);
    m_gridSplitter->addWidget(discrepancyPanel);
    m_gridSplitter->setSizes({ 500, 900 });

    m_details = new DetailsPane(page);
    m_vSplitter = new QSplitter(Qt::Vertical, page);
    m_vSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_vSplitter->addWidget(m_gridSplitter);
    m_vSplitter->addWidget(m_details);
    m_vSplitter->setSizes({ 520, 230 });
    layout->addWidget(m_vSplitter);
    return page;
}

void MainWindow::createStatusBar()
{
    m_summaryLabel = new QLabel(tr("No reconciliation yet."), this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_progressLabel = new QLabel(this);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setMaximumWidth(200);
    m_progressBar->setTextVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setDefaultAction(m_cancelAction);
    statusBar()->addWidget(m_summaryLabel, 1);
    m_esCountsLabel = new QLabel(this);
    m_esCountsLabel->setObjectName(QStringLiteral("esCountsLabel"));
    m_esCountsLabel->setToolTip(tr("The Elasticsearch outbox: documents waiting, acknowledged by the server, and "
                                   "rejected by it."));
    statusBar()->addPermanentWidget(m_esCountsLabel);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
}

void MainWindow::loadSettings()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_vSplitter->restoreState(s.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_gridSplitter->restoreState(s.value(QStringLiteral("window/gridSplitter")).toByteArray());
    m_matchedView->horizontalHeader()->restoreState(s.value(QStringLiteral("grid/matchedColumns")).toByteArray());
    m_discrepancyView->horizontalHeader()->restoreState(
        s.value(QStringLiteral("grid/discrepancyColumns")).toByteArray());
    m_ledgerUrl = s.value(QStringLiteral("sources/ledgerUrl")).toString();
    m_vanFile = s.value(QStringLiteral("sources/vanFile")).toString();
    setProfile(s.value(QStringLiteral("sources/profile"), DemoPreparer::profileName()).toString());
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/mainSplitter"), m_vSplitter->saveState());
    s.setValue(QStringLiteral("window/gridSplitter"), m_gridSplitter->saveState());
    s.setValue(QStringLiteral("grid/matchedColumns"), m_matchedView->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("grid/discrepancyColumns"), m_discrepancyView->horizontalHeader()->saveState());
    // The ledger URL never holds the password (LedgerUrl refuses one), so it is safe to keep.
    s.setValue(QStringLiteral("sources/ledgerUrl"), m_ledgerUrl);
    s.setValue(QStringLiteral("sources/vanFile"), m_vanFile);
    // An unsaved mapping lives only in memory; the last named profile stays remembered instead.
    if (!m_profileCombo->currentData(UnsavedProfileRole).toBool())
        s.setValue(QStringLiteral("sources/profile"), m_profileCombo->currentData().toString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // While the monitor runs, closing the window keeps it watching from the tray; Quit really quits.
    if (!m_quitting && m_alertsDock->isMonitoring() && m_tray && m_tray->isVisible()) {
        QSettings settings;
        if (!settings.value(QStringLiteral("ui/trayNoticeShown"), false).toBool()) {
            settings.setValue(QStringLiteral("ui/trayNoticeShown"), true);
            m_tray->showMessage(tr("PayRecon keeps watching"),
                tr("The alert monitor keeps running in the tray. Use Quit in the tray menu to stop it."),
                QSystemTrayIcon::Information, 8000);
        }
        saveSettings();
        hide();
        event->ignore();
        return;
    }
    m_alertsDock->stopMonitor();
    m_worker->cancel();
    saveSettings();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The grids copy one cell on Ctrl+C by themselves; when the shortcut did not fire first, copy rows here.
    if (event->type() == QEvent::KeyPress && (watched == m_matchedView || watched == m_discrepancyView)
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copySelection();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::openDemo()
{
    if (m_state == RunState::Running)
        return;
    qCInfo(lcMainWindow) << "opening the demo in" << m_demoDirectory;
    m_cancelRequested = false;
    setRunning(true);
    m_progressLabel->setText(tr("Preparing the demo dataset…"));
    QMetaObject::invokeMethod(
        m_preparer, [p = m_preparer, dir = m_demoDirectory, rows = m_demoRows] { p->prepare(dir, rows); },
        Qt::QueuedConnection);
}

void MainWindow::onDemoPrepared(const ReconInputs &inputs, bool generated)
{
    if (m_cancelRequested) {
        onCancelled();
        return;
    }
    if (generated)
        statusBar()->showMessage(
            tr("Created the demo dataset in %1.").arg(QDir::toNativeSeparators(m_demoDirectory)), 5000);
    m_ledgerUrl = inputs.ledger.url;
    m_ledgerPassword.clear();
    m_alertsDock->setLedgerPassword(m_ledgerPassword);
    m_vanFile = inputs.vanFile;
    m_rangeCheck->setChecked(false);
    setProfile(DemoPreparer::profileName());
    updateSourceLabels();
    startJob(inputs);
}

void MainWindow::chooseLedger()
{
    LedgerDialog dialog(this);
    dialog.setLedgerUrl(m_ledgerUrl);
    dialog.setPassword(m_ledgerPassword);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_ledgerUrl = dialog.ledgerUrl();
    m_ledgerPassword = dialog.password();
    m_alertsDock->setLedgerPassword(m_ledgerPassword); // the monitor watches the window's ledger by default
    updateSourceLabels();
}

void MainWindow::openVanFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open the VAN settlement file"),
        m_vanFile.isEmpty() ? QDir::homePath() : QFileInfo(m_vanFile).absolutePath(),
        tr("Settlement files (*.csv *.txt *.dat);;All files (*)"));
    if (file.isEmpty())
        return;
    // The preview, the profile choice and the mapping editor; nothing changes unless the user accepts.
    VanImportDialog dialog(file, m_profileCombo->currentData().toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.profileSource().isEmpty())
        setVanSource(file, dialog.profile());
    else
        setVanSource(file, dialog.profileSource());
}

void MainWindow::setVanSource(const QString &file, const QString &profileNameOrPath)
{
    m_vanFile = file;
    setProfile(profileNameOrPath);
    updateSourceLabels();
}

void MainWindow::setVanSource(const QString &file, const VanProfile &unsavedProfile)
{
    m_vanFile = file;
    m_unsavedProfile = unsavedProfile;
    // One entry stands for the mapping made in the import dialog; it is used until another profile is chosen.
    int index = -1;
    for (int i = 0; i < m_profileCombo->count() && index < 0; ++i) {
        if (m_profileCombo->itemData(i, UnsavedProfileRole).toBool())
            index = i;
    }
    if (index < 0) {
        index = m_profileCombo->count() - 1;
        m_profileCombo->insertItem(index, tr("Mapping made for this file (not saved)"), QStringLiteral("*"));
        m_profileCombo->setItemData(index, true, UnsavedProfileRole);
        m_profileCombo->setItemData(
            index, tr("Save it from the import dialog to keep it for the next files."), Qt::ToolTipRole);
    }
    m_profileCombo->setCurrentIndex(index);
    m_profileIndex = index;
    updateSourceLabels();
}

std::optional<VanProfile> MainWindow::currentProfile(QString *error) const
{
    if (m_profileCombo->currentData(UnsavedProfileRole).toBool() && m_unsavedProfile)
        return m_unsavedProfile;
    return VanProfile::load(m_profileCombo->currentData().toString(), error);
}

void MainWindow::onProfileActivated(int index)
{
    const QString data = m_profileCombo->itemData(index).toString();
    if (!data.isEmpty()) {
        m_profileIndex = index;
        return;
    }
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a VAN profile"), QDir::homePath(), tr("VAN profiles (*.json);;All files (*)"));
    QString error;
    if (file.isEmpty() || !VanProfile::load(file, &error)) {
        if (!file.isEmpty())
            QMessageBox::warning(this, tr("Cannot use this profile"), error);
        m_profileCombo->setCurrentIndex(m_profileIndex);
        return;
    }
    setProfile(file);
}

void MainWindow::setProfile(const QString &nameOrPath)
{
    int index = m_profileCombo->findData(nameOrPath);
    if (index < 0 && !nameOrPath.isEmpty()) {
        // A profile file: list it just above "Other…", by its file name (a profile saved just now by its name).
        index = m_profileCombo->count() - 1;
        const QFileInfo info(nameOrPath);
        const bool saved = info.absolutePath() == QFileInfo(ProfileLibrary::directory()).absoluteFilePath();
        m_profileCombo->insertItem(index, saved ? info.completeBaseName() : info.fileName(), nameOrPath);
        m_profileCombo->setItemData(index, QDir::toNativeSeparators(nameOrPath), Qt::ToolTipRole);
    }
    if (index < 0)
        index = 0;
    m_profileCombo->setCurrentIndex(index);
    m_profileIndex = index;
}

void MainWindow::updateSourceLabels()
{
    QString ledgerText = tr("(none: choose a ledger)");
    if (!m_ledgerUrl.isEmpty()) {
        QString error;
        const auto url = LedgerUrl::parse(m_ledgerUrl, &error);
        ledgerText = url ? url->redacted() : tr("%1 (invalid: %2)").arg(m_ledgerUrl, error);
    }
    m_ledgerLabel->setText(ledgerText);
    m_vanLabel->setText(m_vanFile.isEmpty() ? tr("(none: open a VAN file)") : QDir::toNativeSeparators(m_vanFile));
}

void MainWindow::reconcile()
{
    if (m_state == RunState::Running)
        return;
    auto refuse = [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot reconcile"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    if (m_ledgerUrl.isEmpty() || m_vanFile.isEmpty()) {
        refuse(tr("Choose a ledger and a VAN file first, or open the demo."));
        return;
    }
    ReconInputs inputs;
    QString error;
    const auto profile = currentProfile(&error);
    if (!profile) {
        refuse(error);
        return;
    }
    inputs.ledger = { m_ledgerUrl, m_ledgerPassword }; // a value for this run; the environment is left alone
    inputs.vanFile = m_vanFile;
    inputs.vanProfile = *profile;
    if (m_rangeCheck->isChecked()) {
        if (m_fromEdit->date() > m_toEdit->date()) {
            refuse(tr("The first day of the range is after the last day."));
            return;
        }
        inputs.from = m_fromEdit->date();
        inputs.to = m_toEdit->date();
    }
    m_cancelRequested = false;
    setRunning(true);
    startJob(inputs);
}

void MainWindow::startJob(const ReconInputs &inputs)
{
    m_runInputs = inputs;
    m_runStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_shownRunId = 0;
    m_progressLabel->setText(tr("Reconciling…"));
    m_progressBar->setRange(0, 0);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, inputs] { w->run(inputs); }, Qt::QueuedConnection);
}

void MainWindow::setRunning(bool running)
{
    if (running)
        m_state = RunState::Running;
    for (QAction *action :
        { m_openDemoAction, m_chooseLedgerAction, m_openVanAction, m_reconcileAction, m_exportCsvAction })
        action->setEnabled(!running);
    m_publishAction->setEnabled(!running && !m_publishing);
    m_exportPdfAction->setEnabled(!running && m_outcome);
    m_printReportAction->setEnabled(!running && m_outcome);
    m_profileCombo->setEnabled(!running);
    m_rangeCheck->setEnabled(!running);
    m_cancelAction->setEnabled(running);
    m_progressBar->setVisible(running);
    m_progressLabel->setVisible(running);
    m_cancelButton->setVisible(running);
    if (running) {
        m_progressBar->setRange(0, 0);
        m_summaryLabel->clear();
    }
}

void MainWindow::cancelRun()
{
    if (m_state != RunState::Running)
        return;
    qCInfo(lcMainWindow) << "cancel requested";
    // The flag also covers a Cancel that lands before the worker has picked the run up (run() resets its own).
    m_cancelRequested = true;
    m_worker->cancel();
    m_cancelAction->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling…"));
}

void MainWindow::onProgress(int stage, qint64 done, qint64 total)
{
    if (m_state != RunState::Running || m_cancelRequested)
        return;
    m_progressLabel->setText(stageText(stage, done, total));
    if (total <= 0) {
        m_progressBar->setRange(0, 0);
    } else {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    }
}

void MainWindow::onFinished(std::shared_ptr<const ReconOutcome> outcome, std::shared_ptr<const DashboardStats> stats)
{
    if (m_cancelRequested) {
        onCancelled();
        return;
    }
    // Two event-loop turns (a 1 ms timer, not 0: a zero timer is a posted event that runs before pending input
    // and timers get their turn), each well under the 100 ms stall budget at 1M outcomes: first what the user looks
    // at (discrepancies, counts, summary), then the big matched grid and the charts. Both together held the
    // loop for 150 ms on the first run (fresh pages for the matched grid's 1M-row index and header).
    m_outcome = std::move(outcome);
    m_shownInputs = m_runInputs;
    m_details->showHint();
    m_discrepancyModel->setOutcome(m_outcome);
    clearChartFilter();
    m_rejectedModel->setOutcome(m_outcome);
    m_tabs->setTabText(
        m_tabs->indexOf(m_rejectedView), tr("Rejected rows (%1)").arg(QLocale().toString(m_outcome->rejectedCount)));
    m_discrepancyView->setFocus();
    QTimer::singleShot(1, this, [this, shown = m_outcome, stats = std::move(stats)]() mutable {
        if (m_outcome != shown)
            return; // superseded (a new outcome or a cleared window); nothing of this one is left to show
        m_matchedModel->setOutcome(m_outcome);
        m_dashboard->setOutcome(m_outcome, std::move(stats));
        m_state = RunState::Finished;
        setRunning(false); // only now: a new run may not start while half of this one is shown
        updateFilterCounts();
        showSummary();
        recordRunInStore();
        qCInfo(lcMainWindow) << "reconciled:" << m_outcome->result.rows.size() << "outcomes";
        emit reconciled();
    });
}

void MainWindow::onFailed(const QString &message)
{
    m_state = RunState::Failed;
    setRunning(false);
    m_summaryLabel->setText(tr("Reconciliation failed: %1").arg(message));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reconciliation failed"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit runFailed(message);
}

void MainWindow::onCancelled()
{
    m_state = RunState::Cancelled;
    m_cancelRequested = false;
    setRunning(false);
    m_summaryLabel->setText(m_outcome ? tr("Cancelled: still showing the previous reconciliation.") : tr("Cancelled."));
    emit runCancelled();
}

void MainWindow::showSummary()
{
    if (!m_outcome)
        return;
    const QLocale locale;
    const ReconSummary &s = m_outcome->result.summary;
    m_summaryLabel->setText(
        tr("%1 ledger and %2 VAN records: %3 matched, %4 discrepancies, %5 rejected rows. "
           "Net: ledger %6 won, VAN %7 won. (load %8 ms, match %9 ms)")
            .arg(locale.toString(s.ledgerRecords), locale.toString(s.vanRecords),
                locale.toString(s[ReconStatus::Matched].count), locale.toString(s.discrepancies()),
                locale.toString(s.rejectedRows), locale.toString(s.ledgerNetWon), locale.toString(s.vanNetWon),
                locale.toString(m_outcome->loadMs), locale.toString(m_outcome->matchMs)));
}

void MainWindow::applyChartFilter(ReconRowsModel::Predicate predicate, const QString &description)
{
    // A chart element may stand for matched rows too: show everything it selects, narrowed by the predicate.
    const int all = m_filterCombo->findData(int(StatusFilter::All));
    if (all >= 0)
        m_filterCombo->setCurrentIndex(all);
    m_discrepancyModel->setPredicate(std::move(predicate), description);
    m_predicateButton->setText(tr("Filter: %1 ✕").arg(description));
    m_predicateButton->show();
    m_tabs->setCurrentWidget(m_resultsPage);
    m_discrepancyView->setFocus();
}

void MainWindow::clearChartFilter()
{
    if (!m_discrepancyModel->predicateDescription().isEmpty())
        m_discrepancyModel->clearPredicate();
    m_predicateButton->hide();
}

void MainWindow::updateFilterCounts()
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

void MainWindow::applySearch()
{
    const QString text = m_searchEdit->text().trimmed();
    m_matchedModel->setSearchText(text);
    m_discrepancyModel->setSearchText(text);
}

void MainWindow::showDetails(const ReconRowsModel *model, int viewRow)
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

void MainWindow::copySelection()
{
    QTableView *view = m_matchedView->hasFocus() ? m_matchedView : m_discrepancyView;
    QAbstractItemModel *model = view->model();
    QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        statusBar()->showMessage(tr("Select the rows to copy first."), 5000);
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
    statusBar()->showMessage(tr("Copied %n row(s).", nullptr, int(rows.size())), 5000);
}

void MainWindow::exportCsv()
{
    if (!m_outcome || m_state == RunState::Running) {
        statusBar()->showMessage(tr("Reconcile first: there is nothing to export yet."), 5000);
        return;
    }
    const bool rejected = m_tabs->currentWidget() == m_rejectedView;
    QTableView *view = m_matchedView->hasFocus() ? m_matchedView : m_discrepancyView;
    const QString what = rejected ? tr("rejected") : view == m_matchedView ? tr("matched") : tr("discrepancies");
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("payrecon-%1-%2.csv").arg(QDate::currentDate().toString(Qt::ISODate), what));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV for Excel (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void MainWindow::exportCsvTo(const QString &path)
{
    if (!m_outcome || m_state == RunState::Running)
        return;
    const bool rejected = m_tabs->currentWidget() == m_rejectedView;
    QTableView *view = m_matchedView->hasFocus() ? m_matchedView : m_discrepancyView;
    std::vector<qint32> rows;
    if (!rejected)
        rows = qobject_cast<ReconRowsModel *>(view->model())->sourceRows();
    if (!rejected && rows.empty()) {
        statusBar()->showMessage(tr("The grid shows no rows to export."), 5000);
        return;
    }

    auto *dialog
        = new QProgressDialog(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"), 0, 1000, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(dialog, &QProgressDialog::canceled, this, [this] { m_exporter->cancel(); });
    auto progress = connect(m_exporter, &ExportWorker::progress, dialog,
        [dialog](qint64 done, qint64 total) { dialog->setValue(total > 0 ? int(done * 1000 / total) : 0); });
    // One-shot: each export gets its own finished handler, removed when it fires.
    auto done = std::make_shared<QMetaObject::Connection>();
    *done = connect(m_exporter, &ExportWorker::finished, this,
        [this, dialog, done, progress](const QString &file, qint64 count, const QString &error, bool cancelled) {
            disconnect(*done);
            disconnect(progress);
            dialog->close();
            if (cancelled)
                statusBar()->showMessage(tr("Export cancelled; no file was written."), 5000);
            else if (!error.isEmpty())
                QMessageBox::warning(
                    this, tr("Export failed"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), error));
            else
                statusBar()->showMessage(tr("Exported %n row(s) to %1.", nullptr, int(std::min<qint64>(count, INT_MAX)))
                                             .arg(QDir::toNativeSeparators(file)),
                    10000);
            emit exported(file, error.isEmpty() && !cancelled);
        });
    QMetaObject::invokeMethod(
        m_exporter,
        [exporter = m_exporter, outcome = m_outcome, rows = std::move(rows), rejected, path]() mutable {
            exporter->exportCsv(outcome, std::move(rows), rejected, path);
        },
        Qt::QueuedConnection);
}

void MainWindow::exportPdf()
{
    if (!m_outcome || m_state == RunState::Running) {
        statusBar()->showMessage(tr("Reconcile first: there is nothing to export yet."), 5000);
        return;
    }
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("payrecon-report-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF report"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdfTo(path);
}

void MainWindow::exportPdfTo(const QString &path)
{
    if (!m_outcome || m_state == RunState::Running || !m_exportPdfAction->isEnabled())
        return;
    auto *dialog = new QProgressDialog(
        tr("Writing the report %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"), 0, 1000, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(dialog, &QProgressDialog::canceled, this, [this] { m_reporter->cancel(); });
    // One report at a time: a second one queued behind would be answered by this one's finished handler.
    m_exportPdfAction->setEnabled(false);
    m_printReportAction->setEnabled(false);
    auto progress = connect(m_reporter, &ReportWorker::progress, dialog,
        [dialog](qint64 done, qint64 total) { dialog->setValue(total > 0 ? int(done * 1000 / total) : 0); });
    // One-shot, as for the CSV export.
    auto done = std::make_shared<QMetaObject::Connection>();
    *done = connect(m_reporter, &ReportWorker::pdfWritten, this,
        [this, dialog, done, progress](const QString &file, int pages, const QString &error, bool cancelled) {
            disconnect(*done);
            disconnect(progress);
            dialog->close();
            m_exportPdfAction->setEnabled(m_state != RunState::Running && m_outcome);
            m_printReportAction->setEnabled(m_state != RunState::Running && m_outcome);
            if (cancelled)
                statusBar()->showMessage(tr("Report cancelled; no file was written."), 5000);
            else if (!error.isEmpty())
                QMessageBox::warning(this, tr("Report failed"), error);
            else
                statusBar()->showMessage(
                    tr("Wrote the %n-page report %1.", nullptr, pages).arg(QDir::toNativeSeparators(file)), 10000);
            emit exported(file, error.isEmpty() && !cancelled);
        });
    QMetaObject::invokeMethod(
        m_reporter,
        [reporter = m_reporter, outcome = m_outcome, inputs = m_shownInputs, path, runId = m_shownRunId] {
            reporter->writePdf(outcome, inputs, path, runId);
        },
        Qt::QueuedConnection);
}

void MainWindow::printReport()
{
    if (!m_outcome || m_state == RunState::Running) {
        statusBar()->showMessage(tr("Reconcile first: there is nothing to print yet."), 5000);
        return;
    }
    if (!m_printReportAction->isEnabled())
        return; // a report is being written or prepared
    // The preview paints every page on this thread (a printer cannot be painted elsewhere): at tens of thousands
    // of rows that takes a while, and writing the PDF (on the worker) is the better way to get it.
    constexpr qint64 PreviewRowsWarning = 20000;
    const qint64 rows = qint64(m_outcome->result.rows.size()) - m_outcome->result.summary[ReconStatus::Matched].count;
    if (rows > PreviewRowsWarning
        && QMessageBox::question(this, tr("Print report"),
               tr("The report lists %1 discrepancies. The print preview draws every page and may keep the window "
                  "busy for a minute; Export PDF report does the same work in the background. Show the preview "
                  "anyway?")
                   .arg(QLocale().toString(rows)),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    m_exportPdfAction->setEnabled(false);
    m_printReportAction->setEnabled(false);
    statusBar()->showMessage(tr("Preparing the report…"));
    // Built on the worker (it hashes the input files); the preview paints it here, as a printer must be.
    auto done = std::make_shared<QMetaObject::Connection>();
    *done = connect(
        m_reporter, &ReportWorker::reportBuilt, this, [this, done](std::shared_ptr<const ReconReport> report) {
            disconnect(*done);
            statusBar()->clearMessage();
            m_exportPdfAction->setEnabled(m_state != RunState::Running && m_outcome);
            m_printReportAction->setEnabled(m_state != RunState::Running && m_outcome);
            auto *preview = new QPrintPreviewDialog(this);
            preview->setObjectName(QStringLiteral("reportPreview"));
            preview->setAttribute(Qt::WA_DeleteOnClose);
            preview->printer()->setPageSize(QPageSize(QPageSize::A4));
            preview->printer()->setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
            preview->printer()->setDocName(tr("Reconciliation report"));
            connect(preview, &QPrintPreviewDialog::paintRequested, this, [this, report](QPrinter *printer) {
                QString error;
                if (!ReconPdfWriter().render(*report, printer, &error))
                    QMessageBox::warning(this, tr("Report failed"), error);
            });
            preview->open();
        });
    QMetaObject::invokeMethod(
        m_reporter,
        [reporter = m_reporter, outcome = m_outcome, inputs = m_shownInputs, runId = m_shownRunId] {
            reporter->buildReport(outcome, inputs, runId);
        },
        Qt::QueuedConnection);
}

void MainWindow::showWelcome()
{
    // Modeless: the demo keeps loading behind it, and tests never block on it.
    auto *dialog = new WelcomeDialog(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::setSecretStore(SecretStore *store)
{
    m_secrets = store;
    m_alertsDock->setSecretStore(store);
}

EsConfig MainWindow::elasticsearchConfig() const
{
    QSettings settings;
    SecretResolver secrets(m_secrets, settings);
    EsConfig config = EsConfig::load(settings, &secrets); // settings, the keychain, then PAYRECON_ES_* over them
    // Without a keychain, secrets typed in the dialog live in memory for this session; the environment still wins.
    if (config.password.isEmpty())
        config.password = m_esPassword;
    if (config.apiKey.isEmpty())
        config.apiKey = m_esApiKey;
    return config;
}

void MainWindow::editElasticsearchSettings()
{
    QSettings settings;
    SecretResolver secrets(m_secrets, settings);
    const bool keychain = secrets.keychainAvailable();
    ElasticsearchDialog dialog(elasticsearchConfig(), m_publisher, keychain, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const EsConfig config = dialog.config();
    config.save(settings); // never the password or the API key
    const CredentialPolicy::EsSecretsResult kept
        = CredentialPolicy(secrets, settings).keepElasticsearchSecrets(config.password, config.apiKey);
    m_esPassword = kept.sessionPassword;
    m_esApiKey = kept.sessionApiKey;
    if (!kept.ok())
        statusBar()->showMessage(kept.message, 15000);
}

void MainWindow::editStoreSettings()
{
    QSettings settings;
    SecretResolver secrets(m_secrets, settings);
    const SecretResolver::Resolved current = secrets.resolve(QLatin1String(SecretStore::StorePasswordKey));
    StoreDialog dialog(LocalStore::configuredLocation(), current.value, secrets.keychainAvailable(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // What the choice means (settings, keychain, this session's store) is the policy's; the window shows it.
    const CredentialPolicy::StoreResult saved
        = CredentialPolicy(secrets, settings)
              .saveStoreChoice({ dialog.location(), dialog.isTeam(), dialog.password(),
                                   dialog.locationFromEnvironment(), dialog.passwordFromEnvironment() },
                  m_storeLocation);
    if (saved.session.password != m_storeLocation.password)
        useStoreLocation(saved.session);
    const QString &text = saved.message;
    statusBar()->showMessage(text, 0);
    if (saved.needsNotice()) {
        // Not modal: the window goes on working on its current store.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Team store"), text, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("storeSavedNotice"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::useStoreLocation(const StoreLocation &store)
{
    m_storeLocation = store;
    // Each opens the store on its own thread: the new password reaches it there, after the work under way.
    QMetaObject::invokeMethod(
        m_publisher, [w = m_publisher, store] { w->setStoreLocation(store); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        m_reporter, [w = m_reporter, store] { w->setStoreLocation(store); }, Qt::QueuedConnection);
    m_openItems->setStoreLocation(store);
    m_alertsDock->setStoreLocation(store);
}

void MainWindow::publishToElasticsearch()
{
    EsConfig config = elasticsearchConfig();
    if (!config.validate().isEmpty()) {
        editElasticsearchSettings();
        config = elasticsearchConfig();
        if (!config.validate().isEmpty())
            return;
    }
    if (m_publishing) {
        statusBar()->showMessage(tr("Already publishing."), 5000);
        return;
    }
    m_publishing = true;
    m_publishAction->setEnabled(false);
    // The business day reconciled: the end of the ledger range when one is set, else today in Korea.
    const QDate runDate = m_rangeCheck->isChecked() ? m_toEdit->date() : PublishJob::todayInKorea();
    auto *dialog = new QProgressDialog(tr("Publishing to Elasticsearch…"), tr("Cancel"), 0, 1000, this);
    dialog->setObjectName(QStringLiteral("publishProgress"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::NonModal); // the window stays usable; publishing has its own thread
    dialog->setMinimumDuration(500);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(dialog, &QProgressDialog::canceled, this, [this] { m_publisher->cancel(); });
    auto progress
        = connect(m_publisher, &PublishWorker::progress, dialog, [dialog](qint64 done, qint64 failed, qint64 total) {
              dialog->setValue(total > 0 ? int((done + failed) * 1000 / total) : 0);
              dialog->setLabelText(tr("Publishing to Elasticsearch: %1 of %2 documents…")
                                       .arg(QLocale().toString(done + failed), QLocale().toString(total)));
          });
    auto done = std::make_shared<QMetaObject::Connection>();
    *done = connect(m_publisher, &PublishWorker::published, this,
        [this, dialog, done, progress](const QString &message, bool complete) {
            disconnect(*done);
            disconnect(progress);
            dialog->close();
            m_publishing = false;
            m_publishAction->setEnabled(m_state != RunState::Running);
            if (complete)
                statusBar()->showMessage(message.section(QLatin1Char('\n'), -1), 10000);
            else
                QMessageBox::warning(this, tr("Elasticsearch"), message);
            emit publishFinished(complete, message);
        });
    QMetaObject::invokeMethod(
        m_publisher,
        [publisher = m_publisher, config, outcome = m_outcome, runDate] {
            publisher->publish(config, outcome, runDate);
        },
        Qt::QueuedConnection);
}

void MainWindow::showOutboxCounts(qint64 pending, qint64 published, qint64 failed)
{
    const QLocale locale;
    m_esCountsLabel->setText(tr("Elasticsearch: %1 pending · %2 published · %3 failed")
                                 .arg(locale.toString(pending), locale.toString(published), locale.toString(failed)));
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    QCoreApplication::quit(); // also when the window is hidden in the tray
}

void MainWindow::createTray()
{
    connect(m_alertsPanelAction, &QAction::triggered, this, [this] {
        m_alertsDock->show();
        m_alertsDock->raise();
    });
    connect(m_monitorAction, &QAction::toggled, this, [this](bool on) {
        if (on) {
            m_alertsDock->show();
            m_alertsDock->startMonitor();
        } else {
            m_alertsDock->stopMonitor();
        }
    });
    connect(m_alertsDock, &AlertsDock::monitoringChanged, this, [this](bool running) {
        const QSignalBlocker block(m_monitorAction);
        m_monitorAction->setChecked(running);
        if (m_tray)
            m_tray->setVisible(running || isHidden());
    });
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // the panel and its Discord delivery work the same without a tray
    m_tray = new QSystemTrayIcon(appIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(tr("PayRecon"));
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show PayRecon"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(m_monitorAction);
    menu->addSeparator();
    menu->addAction(m_quitAction);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    // One balloon per alert, but a burst becomes one summary: a screen full of balloons helps nobody.
    m_balloonTimer = new QTimer(this);
    m_balloonTimer->setSingleShot(true);
    m_balloonTimer->setInterval(1500);
    connect(m_balloonTimer, &QTimer::timeout, this, [this] {
        if (m_pendingBalloons == 1)
            m_tray->showMessage(m_lastBalloonTitle, m_lastBalloonText, QSystemTrayIcon::Warning, 10000);
        else if (m_pendingBalloons > 1)
            m_tray->showMessage(tr("%n new payment alert(s)", nullptr, m_pendingBalloons),
                tr("Latest: %1").arg(m_lastBalloonTitle), QSystemTrayIcon::Warning, 10000);
        m_pendingBalloons = 0;
    });
    connect(m_alertsDock, &AlertsDock::alertRaised, this, [this](const QString &title, const QString &text) {
        m_lastBalloonTitle = title;
        m_lastBalloonText = text;
        ++m_pendingBalloons;
        if (!m_balloonTimer->isActive())
            m_balloonTimer->start();
    });
    connect(m_alertsDock, &AlertsDock::todayCountChanged, this,
        [this](int count) { m_tray->setToolTip(tr("PayRecon: %n alert(s) today", nullptr, count)); });
}

void MainWindow::editAlertRules()
{
    QSettings settings;
    SecretResolver secrets(m_secrets, settings);
    AlertRulesDialog dialog(AlertSettings::load(settings, &secrets), secrets.keychainAvailable(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString warning;
    dialog.settings().save(settings, &warning, &secrets);
    if (!warning.isEmpty())
        statusBar()->showMessage(warning, 15000);
    if (m_alertsDock->isMonitoring()) { // the monitor reads its settings when it starts
        m_alertsDock->stopMonitor();
        m_alertsDock->startMonitor();
    }
}

void MainWindow::recordRunInStore()
{
    RunInfo run;
    run.startedAtMs = m_runStartedMs;
    if (!m_runInputs.ledgerCsv.isEmpty()) {
        run.ledgerSource = m_runInputs.ledgerCsv;
    } else {
        run.ledgerSource = m_runInputs.ledger.redacted(); // never the password
    }
    run.vanFile = m_runInputs.vanFile;
    run.vanProfile = m_runInputs.vanProfile.name;
    run.from = m_runInputs.from;
    run.to = m_runInputs.to;
    // The worker fills in the rest (file hashes, report data, operator) off the GUI thread.
    m_openItems->recordRun(run, m_outcome, m_runInputs);
}

void MainWindow::showAuditTrail()
{
    m_openItems->showAuditTrail();
}

void MainWindow::editReasonCodes()
{
    auto *dialog = new ReasonCodesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
