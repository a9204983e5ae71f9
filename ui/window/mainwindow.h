// The desktop app's main window: where the ledger and VAN file come from, a reconciliation run on a worker
// thread, and its outcome as a matched grid, a discrepancy grid with filters and search, and a details pane.
#pragma once

#include "models/reconrowsmodel.h"
#include "publish/esconfig.h"
#include "run/reconworker.h"
#include "store/storelocation.h"

#include <QIcon>
#include <QMainWindow>
#include <memory>
#include <optional>

class DashboardWidget;
class AlertsDock;
class ExportWorker;
class ReportWorker;
class QSystemTrayIcon;
class PublishWorker;
class DemoPreparer;
class DetailsPane;
class OpenItemsPanel;
class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QThread;
class QTimer;
class QToolButton;
class RejectedRowsModel;

class SecretStore;
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_PROPERTY(bool autoOpenDemo READ autoOpenDemo WRITE setAutoOpenDemo)

public:
    enum class RunState { Idle, Running, Finished, Failed, Cancelled };
    Q_ENUM(RunState)

    /// On the configured store (LocalStore::configuredLocation()) without a password: what tests and a SQLite
    /// store need.
    explicit MainWindow(QWidget *parent = nullptr);
    /// \a store: the store this session's outboxes, alerts and open items use until the next start, with its
    /// password (main() resolves it once).
    explicit MainWindow(StoreLocation store, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// With nothing configured the window opens the demo once the event loop starts; tests turn that off.
    bool autoOpenDemo() const { return m_autoOpenDemo; }
    void setAutoOpenDemo(bool on) { m_autoOpenDemo = on; }
    /// Where "Open demo" keeps its dataset (default: the app's data directory + "/demo").
    QString demoDirectory() const { return m_demoDirectory; }
    void setDemoDirectory(const QString &dir) { m_demoDirectory = dir; }
    /// The OS keychain main() made (secrets: Elasticsearch password and API key, Discord webhook); null keeps
    /// them in the environment, the settings file and this session's memory. Not owned.
    void setSecretStore(SecretStore *store);
    /// The store this session uses (its password changes when Settings → Team store saves a new one for it).
    const StoreLocation &storeLocation() const { return m_storeLocation; }
    /// Size of a freshly generated demo.
    void setDemoRows(qint64 rows) { m_demoRows = rows; }

    /// Sets the VAN file and the profile that reads it (a built-in name, a saved name or a profile file), as
    /// accepting the import dialog does; also the way tests choose a file without the dialogs.
    void setVanSource(const QString &file, const QString &profileNameOrPath);
    /// The same with a mapping made in the import dialog and not saved; it lasts until another profile is chosen.
    void setVanSource(const QString &file, const VanProfile &unsavedProfile);

    RunState runState() const { return m_state; }
    std::shared_ptr<const ReconOutcome> outcome() const { return m_outcome; }
    /// Registers the types that cross threads in queued signals; idempotent.
    static void registerMetaTypes();
    /// The application icon (window, tray, About) from the same artwork as the installed launcher icon.
    static QIcon appIcon();

public slots:
    void openDemo();
    void chooseLedger();
    void openVanFile();
    void reconcile();
    void cancelRun();
    /// Copies the selected rows of the focused grid as tab-separated text with a header line.
    void copySelection();
    /// Saves the focused grid (its filter and order) as CSV for Excel; the rejected rows from their tab.
    void exportCsv();
    /// The same without asking for the file (tests, and the dialog's answer).
    void exportCsvTo(const QString &path);
    /// File → Export PDF report: the signed reconciliation report of the run shown, written on the worker thread.
    void exportPdf();
    /// The same without asking for the file (tests, and the dialog's answer); emits exported() when done.
    void exportPdfTo(const QString &path);
    /// File → Print report: the same report in a print preview (built on the worker thread, painted here).
    void printReport();
    /// The first-run page: what the demo is and what to configure next.
    void showWelcome();
    /// Queues this run for Elasticsearch (when there is one) and publishes the outbox, on its own thread.
    void publishToElasticsearch();
    void editElasticsearchSettings();
    /// Settings → Team store: this computer's SQLite file or the team's MySQL/MariaDB database.
    void editStoreSettings();
    /// Settings → Alert Rules: thresholds in won, rule switches, the webhook (masked).
    void editAlertRules();
    /// View → Audit Trail: every resolution and run, filtered and exportable.
    void showAuditTrail();
    /// Settings → Reason Codes: the list operators pick from when resolving.
    void editReasonCodes();
    /// Quits for real, also while the alert monitor keeps the window in the tray.
    void quit();

signals:
    /// A run finished and its outcome is shown.
    void reconciled();
    /// A publish ended; complete: everything in the outbox was acknowledged.
    void publishFinished(bool complete, const QString &message);
    /// An export ended; ok is false when it failed or was cancelled.
    void exported(const QString &path, bool ok);
    void runCancelled();
    void runFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    /// View → Language: System / English / 한국어, kept in QSettings "ui/language" and applied at the next start.
    QMenu *createLanguageMenu();
    QWidget *createSourceBar();
    QWidget *createResultsTab();
    QTableView *createGrid(ReconRowsModel *model, const QString &name);
    void createStatusBar();
    void loadSettings();
    void saveSettings() const;

    void startJob(const ReconInputs &inputs);
    void setRunning(bool running);
    void onDemoPrepared(const ReconInputs &inputs, bool generated);
    void onProgress(int stage, qint64 done, qint64 total);
    void onFinished(std::shared_ptr<const ReconOutcome> outcome, std::shared_ptr<const DashboardStats> stats);
    void onFailed(const QString &message);
    void onCancelled();

    void onProfileActivated(int index);
    void setProfile(const QString &nameOrPath);
    /// The profile the combo shows: loaded by name or file, or the unsaved mapping from the import dialog.
    std::optional<VanProfile> currentProfile(QString *error) const;
    void updateSourceLabels();
    void updateFilterCounts();
    EsConfig elasticsearchConfig() const;
    void createTray();
    /// Hands a new password for the session's store to everything that opens it.
    void useStoreLocation(const StoreLocation &store);
    void showOutboxCounts(qint64 pending, qint64 published, qint64 failed);
    void applySearch();
    void showDetails(const ReconRowsModel *model, int viewRow);
    void showSummary();
    void applyChartFilter(ReconRowsModel::Predicate predicate, const QString &description);
    void clearChartFilter();
    /// Hands the shown run to the open-items panel, which stores it and matches earlier open items.
    void recordRunInStore();

    StoreLocation m_storeLocation; ///< the session's store, with its password

    // Run state
    QThread *m_thread = nullptr;
    ExportWorker *m_exporter = nullptr; ///< lives on m_thread; exports run only while no reconciliation does
    ReconWorker *m_worker = nullptr;
    DemoPreparer *m_preparer = nullptr;
    RunState m_state = RunState::Idle;
    bool m_cancelRequested = false;
    std::shared_ptr<const ReconOutcome> m_outcome;
    bool m_autoOpenDemo = true;
    QString m_demoDirectory;
    qint64 m_demoRows = 5000;

    // Sources
    QString m_ledgerUrl;
    QString m_ledgerPassword; ///< memory only; handed to the run and the monitor as a value
    QString m_vanFile;
    std::optional<VanProfile> m_unsavedProfile; ///< a mapping made in the import dialog and not saved
    QLabel *m_ledgerLabel = nullptr;
    QLabel *m_vanLabel = nullptr;
    QComboBox *m_profileCombo = nullptr;
    int m_profileIndex = 0; ///< restored when "Other…" is abandoned
    QCheckBox *m_rangeCheck = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;

    // Results
    ReconRowsModel *m_matchedModel = nullptr;
    ReconRowsModel *m_discrepancyModel = nullptr;
    QTableView *m_matchedView = nullptr;
    QTableView *m_discrepancyView = nullptr;
    QComboBox *m_filterCombo = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchTimer = nullptr;
    DetailsPane *m_details = nullptr;
    const ReconRowsModel *m_detailsModel = nullptr; ///< whose row the details pane shows
    QSplitter *m_vSplitter = nullptr;
    QSplitter *m_gridSplitter = nullptr;
    QPushButton *m_predicateButton = nullptr; ///< "filter: … ✕" while a chart click narrows the grid
    QTabWidget *m_tabs = nullptr;
    QWidget *m_resultsPage = nullptr;
    RejectedRowsModel *m_rejectedModel = nullptr;
    QTableView *m_rejectedView = nullptr;
    DashboardWidget *m_dashboard = nullptr;

    // Status bar
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;

    // Actions
    QAction *m_openDemoAction = nullptr;
    QAction *m_chooseLedgerAction = nullptr;
    QAction *m_openVanAction = nullptr;
    QAction *m_reconcileAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_welcomeAction = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_esSettingsAction = nullptr;
    QAction *m_storeSettingsAction = nullptr;
    QAction *m_alertsPanelAction = nullptr;
    QAction *m_alertRulesAction = nullptr;
    QAction *m_monitorAction = nullptr;
    AlertsDock *m_alertsDock = nullptr;
    QSystemTrayIcon *m_tray = nullptr; ///< null where the desktop has no tray
    QTimer *m_balloonTimer = nullptr;
    int m_pendingBalloons = 0;
    QString m_lastBalloonTitle;
    QString m_lastBalloonText;
    bool m_quitting = false;
    QLabel *m_esCountsLabel = nullptr;
    QThread *m_publishThread = nullptr;
    PublishWorker *m_publisher = nullptr; ///< lives on m_publishThread
    bool m_publishing = false;
    SecretStore *m_secrets = nullptr;
    QString m_esPassword; ///< memory only without a keychain, like the ledger password
    QString m_esApiKey;
    QAction *m_aboutAction = nullptr;
    QAction *m_openLogFolderAction = nullptr;
    QActionGroup *m_filterActions = nullptr;

    // Resolution (open items carried across runs, audit trail)
    OpenItemsPanel *m_openItems = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_reasonCodesAction = nullptr;
    ReconInputs m_runInputs; ///< what the current run reads, for the stored run's record
    qint64 m_runStartedMs = 0;
    qint64 m_shownRunId = 0; ///< the shown outcome's run in the resolution store, 0 until recorded
    // PDF report (PDF work)
    ReportWorker *m_reporter = nullptr; ///< lives on m_thread, like the CSV exporter
    ReconInputs m_shownInputs; ///< inputs of the outcome shown: what the report names and hashes
    QAction *m_exportPdfAction = nullptr;
    QAction *m_printReportAction = nullptr;
};
