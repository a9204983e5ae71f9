#include "window/mainwindow.h"

#include "alerts/alertsdock.h"
#include "alerts/traynotifier.h"
#include "charts/dashboardwidget.h"
#include "import/sourcebar.h"
#include "models/rejectedrowsmodel.h"
#include "publish/publishcontroller.h"
#include "reconcile/daycoverage.h"
#include "report/exportcontroller.h"
#include "report/reconreport.h"
#include "resolution/openitemspanel.h"
#include "run/demopreparer.h"
#include "run/resultspanel.h"
#include "settings/settingscontroller.h"
#include "store/localstore.h"
#include "window/mainactions.h"
#include "window/welcomedialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

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
    , m_store(std::move(store))
    , m_actions(new MainActions(this))
    , m_run(new RunController(this))
    , m_exports(new ExportController(m_store, m_run->workerThread(), this))
    , m_publish(new PublishController(m_store, this))
    , m_alertsDock(new AlertsDock(m_store, this))
    , m_settings(new SettingsController(m_store, m_alertsDock, this))
    , m_tray(new TrayNotifier(appIcon(), m_alertsDock, m_actions->monitor, m_actions->quit, this))
    , m_sources(new SourceBar(m_actions->chooseLedger, m_actions->openVan, this))
    , m_tabs(new QTabWidget(this))
    , m_results(new ResultsPanel(m_actions->copy, m_tabs))
    , m_rejectedModel(new RejectedRowsModel(this))
    , m_rejectedView(createRejectedView())
    , m_dashboard(new DashboardWidget(m_tabs))
    , m_openItems(new OpenItemsPanel(m_store, m_tabs))
    , m_demoDirectory(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo"))
{
    registerMetaTypes();
    setWindowTitle(tr("PayRecon"));
    setObjectName(QStringLiteral("mainWindow"));

    m_actions->buildMenus(m_results->filterActions());
    m_actions->addOpenItemsActions(m_openItems->actions());
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_sources);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_results, tr("Reconciliation"));
    m_tabs->addTab(m_rejectedView, tr("Rejected rows"));
    m_dashboard->setObjectName(QStringLiteral("dashboard"));
    m_run->setTopCustomers(m_dashboard->topCustomers());
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->addTab(m_openItems, tr("Open items"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    addDockWidget(Qt::BottomDockWidgetArea, m_alertsDock);
    m_alertsDock->hide(); // shown from View → Alerts Panel, or when the monitor starts
    // Tab follows the screen: the sources in the toolbar, the filter and search above the grids, the grids
    // left to right, then the details below them.
    const QList<QWidget *> tabOrder
        = m_sources->tabOrder() + m_results->filterTabOrder() + QList<QWidget *> { m_tabs } + m_results->gridTabOrder();
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder[i - 1], tabOrder[i]);
    createStatusBar();
    connectActions();

    // 1400x850 where it fits; on a 1366x768 laptop the screen's available area, less room for the frame (its
    // size is known only once shown).
    const QSize room = screen()->availableGeometry().size() - QSize(16, 48);
    resize(QSize(1400, 850).boundedTo(room));
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_results->loadSettings();
    m_sources->loadSettings(DemoPreparer::profileName());
    updateActions();

    QTimer::singleShot(0, this, [this] {
        if (m_autoOpenDemo && m_sources->isEmpty())
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
    // The export workers share the run's thread: they go before it stops.
    delete m_exports;
    delete m_run;
}

QTableView *MainWindow::createRejectedView()
{
    auto *view = new QTableView(m_tabs);
    view->setObjectName(QStringLiteral("rejectedView"));
    view->setModel(m_rejectedModel);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->resizeSection(RejectedRowsModel::FileColumn, 260);
    view->horizontalHeader()->resizeSection(RejectedRowsModel::ValueColumn, 180);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    return view;
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
    m_cancelButton->setDefaultAction(m_actions->cancel);
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

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->openDemo, &QAction::triggered, this, &MainWindow::openDemo);
    connect(a->chooseLedger, &QAction::triggered, m_sources, &SourceBar::chooseLedger);
    connect(a->openVan, &QAction::triggered, m_sources, &SourceBar::openVanFile);
    connect(a->reconcile, &QAction::triggered, this, &MainWindow::reconcile);
    connect(a->cancel, &QAction::triggered, this, &MainWindow::cancelRun);
    connect(a->exportCsv, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(a->exportPdf, &QAction::triggered, this, &MainWindow::exportPdf);
    connect(a->printReport, &QAction::triggered, this, &MainWindow::printReport);
    connect(a->publish, &QAction::triggered, this, &MainWindow::publishToElasticsearch);
    connect(a->quit, &QAction::triggered, this, &MainWindow::quit);
    connect(a->copy, &QAction::triggered, m_results, &ResultsPanel::copySelection);
    connect(a->auditTrail, &QAction::triggered, m_openItems, &OpenItemsPanel::showAuditTrail);
    connect(a->elasticsearchSettings, &QAction::triggered, m_publish, &PublishController::editSettings);
    connect(a->storeSettings, &QAction::triggered, m_settings, &SettingsController::editStore);
    connect(a->alertRules, &QAction::triggered, m_settings, &SettingsController::editAlertRules);
    connect(a->reasonCodes, &QAction::triggered, m_settings, &SettingsController::editReasonCodes);
    connect(a->gettingStarted, &QAction::triggered, this, &MainWindow::showWelcome);
    connect(a->alertsPanel, &QAction::triggered, this, [this] {
        m_alertsDock->show();
        m_alertsDock->raise();
    });
    connect(a->monitor, &QAction::toggled, this, [this](bool on) {
        if (!on) {
            m_alertsDock->stopMonitor();
            return;
        }
        m_alertsDock->show();
        m_alertsDock->startMonitor();
    });
    connect(m_alertsDock, &AlertsDock::monitoringChanged, this, [this](bool running) {
        const QSignalBlocker block(m_actions->monitor);
        m_actions->monitor->setChecked(running);
    });

    connect(m_run, &RunController::stateChanged, this, [this](RunState state) {
        if (state == RunState::Running) {
            m_progressBar->setRange(0, 0);
            m_summaryLabel->clear();
        }
        updateActions();
    });
    connect(m_run, &RunController::progress, this, &MainWindow::showProgress);
    connect(m_run, &RunController::demoPrepared, this, [this](const ReconInputs &inputs, bool generated) {
        if (generated)
            showStatus(tr("Created the demo dataset in %1.").arg(QDir::toNativeSeparators(m_demoDirectory)), 5000);
        m_sources->showRunSources(inputs, DemoPreparer::profileName());
    });
    connect(m_run, &RunController::finished, this, &MainWindow::onFinished);
    connect(this, &MainWindow::reconciled, m_tray, [this] { m_tray->runFinished(m_shown.outcome->result.summary); });
    connect(m_run, &RunController::failed, this, &MainWindow::onFailed);
    connect(m_run, &RunController::cancelled, this, &MainWindow::onCancelled);
    connect(m_exports, &ExportController::exported, this, &MainWindow::exported);
    connect(m_exports, &ExportController::reportBusyChanged, this, &MainWindow::updateActions);
    connect(m_publish, &PublishController::publishingChanged, this, &MainWindow::updateActions);
    connect(m_publish, &PublishController::finished, this, &MainWindow::publishFinished);
    connect(m_publish, &PublishController::countsChanged, m_esCountsLabel, &QLabel::setText);
    connect(m_exports, &ExportController::statusMessage, this, &MainWindow::showStatus);
    connect(m_publish, &PublishController::statusMessage, this, &MainWindow::showStatus);
    connect(m_settings, &SettingsController::statusMessage, this, &MainWindow::showStatus);
    connect(m_settings, &SettingsController::storeLocationChanged, this, &MainWindow::useStoreLocation);
    // The monitor watches the window's ledger by default, with the password typed for it.
    connect(m_sources, &SourceBar::ledgerChanged, this,
        [this](const LedgerConnection &ledger) { m_alertsDock->setLedgerPassword(ledger.password); });
    connect(m_results, &ResultsPanel::statusMessage, this, &MainWindow::showStatus);
    connect(m_openItems, &OpenItemsPanel::statusMessage, this, &MainWindow::showStatus);
    connect(m_dashboard, &DashboardWidget::filterRequested, this,
        [this](ReconRowsModel::Predicate predicate, const QString &description) {
            m_tabs->setCurrentWidget(m_results);
            m_results->applyChartFilter(std::move(predicate), description);
        });
    // The report of the run on screen prints its stored resolutions once the run is recorded.
    connect(m_openItems, &OpenItemsPanel::runRecorded, this, [this](qint64 runId, qint64) { m_shown.runId = runId; });
}

void MainWindow::useStoreLocation(const StoreLocation &store)
{
    m_store = store;
    // Each opens the store on its own thread: the new password reaches it there, after the work under way.
    m_publish->setStoreLocation(store);
    m_exports->setStoreLocation(store);
    m_openItems->setStoreLocation(store);
    m_alertsDock->setStoreLocation(store);
}

void MainWindow::setSecretStore(SecretStore *store)
{
    m_publish->setSecretStore(store);
    m_settings->setSecretStore(store);
    m_alertsDock->setSecretStore(store);
}

void MainWindow::setVanSource(const QString &file, const QString &profileNameOrPath)
{
    m_sources->setVanSource(file, profileNameOrPath);
}

void MainWindow::setVanSource(const QString &file, const VanProfile &unsavedProfile)
{
    m_sources->setVanSource(file, unsavedProfile);
}

MainWindow::RunState MainWindow::runState() const
{
    return m_run->state();
}

void MainWindow::showStatus(const QString &message, int timeoutMs)
{
    if (message.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::warn(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateActions()
{
    const bool running = m_run->isRunning();
    for (QAction *action : m_actions->sourceActions())
        action->setEnabled(!running);
    m_actions->publish->setEnabled(!running && !m_publish->isPublishing());
    const bool canReport = !running && !m_shown.isEmpty() && !m_exports->reportBusy();
    m_actions->exportPdf->setEnabled(canReport);
    m_actions->printReport->setEnabled(canReport);
    m_actions->cancel->setEnabled(running);
    m_sources->setRunning(running);
    m_progressBar->setVisible(running);
    m_progressLabel->setVisible(running);
    m_cancelButton->setVisible(running);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_results->saveSettings();
    m_sources->saveSettings();
    // While the monitor runs, closing the window keeps it watching from the tray; Quit really quits.
    if (!m_quitting && m_alertsDock->isMonitoring() && m_tray->isVisible()) {
        if (!settings.value(QStringLiteral("ui/trayNoticeShown"), false).toBool()) {
            settings.setValue(QStringLiteral("ui/trayNoticeShown"), true);
            m_tray->notify(tr("PayRecon keeps watching"),
                tr("The alert monitor keeps running in the tray. Use Quit in the tray menu to stop it."));
        }
        hide();
        event->ignore();
        return;
    }
    m_alertsDock->stopMonitor();
    m_run->cancel();
    event->accept();
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    QCoreApplication::quit(); // also when the window is hidden in the tray
}

void MainWindow::showWelcome()
{
    // Modeless: the demo keeps loading behind it, and tests never block on it.
    auto *dialog = new WelcomeDialog(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::openDemo()
{
    m_run->openDemo(m_demoDirectory, m_demoRows);
}

void MainWindow::reconcile()
{
    if (m_run->isRunning())
        return;
    QString error;
    const auto inputs = m_sources->inputs(&error);
    if (!inputs) {
        showStatus(error, 10000);
        warn(tr("Cannot reconcile"), error);
        return;
    }
    m_run->start(*inputs);
}

void MainWindow::cancelRun()
{
    m_run->cancel();
    m_actions->cancel->setEnabled(false);
}

void MainWindow::showProgress(const QString &text, qint64 done, qint64 total)
{
    m_progressLabel->setText(text);
    if (total <= 0) {
        m_progressBar->setRange(0, 0);
    } else {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    }
}

void MainWindow::onFinished(const ShownRun &run, std::shared_ptr<const DashboardStats> stats)
{
    // Two event-loop turns (a 1 ms timer, not 0: a zero timer is a posted event that runs before pending input
    // and timers get their turn), each well under the 100 ms stall budget at 1M outcomes: first what the user looks
    // at (discrepancies, counts, summary), then the big matched grid and the charts. Both together held the
    // loop for 150 ms on the first run (fresh pages for the matched grid's 1M-row index and header).
    m_shown = run;
    m_results->showDiscrepancies(m_shown.outcome);
    m_rejectedModel->setOutcome(m_shown.outcome);
    m_tabs->setTabText(m_tabs->indexOf(m_rejectedView),
        tr("Rejected rows (%1)").arg(QLocale().toString(m_shown.outcome->rejectedCount)));
    QTimer::singleShot(1, this, [this, shown = m_shown.outcome, stats = std::move(stats)]() mutable {
        if (m_shown.outcome != shown)
            return; // superseded (a new outcome or a cleared window); nothing of this one is left to show
        m_results->showMatched(m_shown.outcome);
        m_dashboard->setOutcome(m_shown.outcome, std::move(stats));
        m_run->markShown(); // only now: a new run may not start while half of this one is shown
        showSummary();
        recordShownRun();
        emit reconciled();
    });
}

void MainWindow::onFailed(const QString &message)
{
    m_summaryLabel->setText(tr("Reconciliation failed: %1").arg(message));
    warn(tr("Reconciliation failed"), message);
    emit runFailed(message);
}

void MainWindow::onCancelled()
{
    m_summaryLabel->setText(
        m_shown.isEmpty() ? tr("Cancelled.") : tr("Cancelled: still showing the previous reconciliation."));
    emit runCancelled();
}

void MainWindow::showSummary()
{
    const QLocale locale;
    const ReconSummary &s = m_shown.outcome->result.summary;
    m_summaryLabel->setText(
        tr("%1 ledger and %2 VAN records: %3 matched, %4 discrepancies, %5 rejected rows. "
           "Net: ledger %6 won, VAN %7 won. (load %8 ms, match %9 ms)")
            .arg(locale.toString(s.ledgerRecords), locale.toString(s.vanRecords),
                locale.toString(s[ReconStatus::Matched].count), locale.toString(s.discrepancies()),
                locale.toString(s.rejectedRows), locale.toString(s.ledgerNetWon), locale.toString(s.vanNetWon),
                locale.toString(m_shown.outcome->loadMs), locale.toString(m_shown.outcome->matchMs)));
}

bool MainWindow::canReport(const QString &nothingYet)
{
    if (m_shown.isEmpty() || m_run->isRunning()) {
        showStatus(nothingYet, 5000);
        return false;
    }
    return true;
}

void MainWindow::exportCsv()
{
    if (!canReport(tr("Reconcile first: there is nothing to export yet.")))
        return;
    const bool rejected = m_tabs->currentWidget() == m_rejectedView;
    const QString what = rejected          ? tr("rejected")
        : m_results->matchedGridHasFocus() ? tr("matched")
                                           : tr("discrepancies");
    const QString suggested = suggestedFilePath(QStringLiteral("payrecon-%1-") + what, QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV for Excel (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void MainWindow::exportCsvTo(const QString &path)
{
    if (m_shown.isEmpty() || m_run->isRunning())
        return;
    const bool rejected = m_tabs->currentWidget() == m_rejectedView;
    std::vector<qint32> rows;
    if (!rejected)
        rows = m_results->focusedGridRows();
    if (!rejected && rows.empty()) {
        showStatus(tr("The grid shows no rows to export."), 5000);
        return;
    }
    m_exports->exportCsv(m_shown.outcome, std::move(rows), rejected, path);
}

void MainWindow::exportPdf()
{
    if (!canReport(tr("Reconcile first: there is nothing to export yet.")))
        return;
    const QString suggested = suggestedFilePath(QStringLiteral("payrecon-report-%1"), QStringLiteral("pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF report"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdfTo(path);
}

void MainWindow::exportPdfTo(const QString &path)
{
    if (!m_run->isRunning())
        m_exports->exportPdf(m_shown, path);
}

void MainWindow::printReport()
{
    if (!canReport(tr("Reconcile first: there is nothing to print yet.")) || m_exports->reportBusy())
        return;
    // The preview paints every page on this thread (a printer cannot be painted elsewhere): at tens of thousands
    // of rows that takes a while, and writing the PDF (on the worker) is the better way to get it.
    constexpr qint64 kPreviewRowsWarning = 20000;
    const ReconResult &result = m_shown.outcome->result;
    const qint64 rows = qint64(result.rows.size()) - result.summary[ReconStatus::Matched].count;
    if (rows > kPreviewRowsWarning
        && QMessageBox::question(this, tr("Print report"),
               tr("The report lists %1 discrepancies. The print preview draws every page and may keep the window "
                  "busy for a minute; Export PDF report does the same work in the background. Show the preview "
                  "anyway?")
                   .arg(QLocale().toString(rows)),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    m_exports->printReport(m_shown);
}

void MainWindow::publishToElasticsearch()
{
    m_publish->publish(m_shown.outcome, m_sources->businessDay());
}

void MainWindow::recordShownRun()
{
    const DayCoverage &coverage = m_shown.outcome->coverage;
    const double minShare = DayCoverage::configuredMinShare(QSettings());
    if (coverage.verdict(minShare) == DayCoverage::Verdict::Plausible) {
        // The worker fills in the rest (file hashes, report data, operator) off the GUI thread.
        m_openItems->recordRun(m_shown.runInfo(), m_shown.outcome, m_shown.inputs);
        return;
    }
    // A wrong day would open an item for every record: the clerk decides, and nothing is recorded meanwhile.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Record this reconciliation?"), coverage.explanation(minShare),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("wrongDayQuestion"));
    box->setInformativeText(tr("The run is shown either way. Recorded, its discrepancies become open items."));
    QPushButton *record = box->addButton(tr("Record anyway"), QMessageBox::AcceptRole);
    record->setObjectName(QStringLiteral("recordAnyway"));
    box->addButton(tr("Do not record"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("doNotRecord"));
    box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().constLast()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, record, shown = m_shown.outcome](QAbstractButton *button) {
        if (m_shown.outcome != shown)
            return; // another run is on screen by now
        if (button == record)
            m_openItems->recordRun(m_shown.runInfo(), m_shown.outcome, m_shown.inputs);
        else
            showStatus(tr("This reconciliation was not recorded."), 0);
    });
    box->open();
}

QString MainWindow::suggestedFilePath(const QString &stem, const QString &suffix) const
{
    // The day the VAN file settles (its last business day), not today: a report made the morning after names
    // the day it is about.
    QDate day = QDate::currentDate();
    if (!m_shown.isEmpty() && m_shown.outcome->coverage.vanLast.isValid())
        day = m_shown.outcome->coverage.vanLast;
    else if (m_shown.inputs.to.isValid())
        day = m_shown.inputs.to;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(stem.arg(day.toString(Qt::ISODate)) + u'.' + suffix);
}
