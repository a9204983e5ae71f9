// The desktop app's main window: lays out the sources, the result tabs, the alerts dock and the status bar, and
// wires the controllers that do the work (a run, exports, publishing, the tray, settings) to the actions.
#pragma once

#include "run/runcontroller.h"
#include "run/shownrun.h"
#include "store/storelocation.h"

#include <QIcon>
#include <QMainWindow>
#include <memory>

class AlertsDock;
class DashboardWidget;
class ExportController;
class MainActions;
class OpenItemsPanel;
class PublishController;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTableView;
class QToolButton;
class RejectedRowsModel;
class ResultsPanel;
class SecretStore;
class SettingsController;
class SourceBar;
class TrayNotifier;
class VanProfile;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
    Q_PROPERTY(bool autoOpenDemo READ autoOpenDemo WRITE setAutoOpenDemo)

public:
    using RunState = RunController::State;

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
    void setDemoDirectory(const QString &dir) { m_demoDirectory = dir; }
    /// Size of a freshly generated demo.
    void setDemoRows(qint64 rows) { m_demoRows = rows; }
    /// The OS keychain main() made (secrets: Elasticsearch password and API key, Discord webhook, store password);
    /// null keeps them in the environment, the settings file and this session's memory. Not owned.
    void setSecretStore(SecretStore *store);
    /// The store this session uses (its password changes when Settings → Team store saves a new one for it).
    const StoreLocation &storeLocation() const { return m_store; }

    /// Sets the VAN file and the profile that reads it (a built-in name, a saved name or a profile file), as
    /// accepting the import dialog does; also the way tests choose a file without the dialogs.
    void setVanSource(const QString &file, const QString &profileNameOrPath);
    /// The same with a mapping made in the import dialog and not saved; it lasts until another profile is chosen.
    void setVanSource(const QString &file, const VanProfile &unsavedProfile);

    RunState runState() const;
    /// Where the save dialogs start: the Documents folder, stem's %1 replaced by the settlement day of the run
    /// shown (its VAN file's last business day; today before any run), then "." and suffix.
    QString suggestedFilePath(const QString &stem, const QString &suffix) const;
    std::shared_ptr<const ReconOutcome> outcome() const { return m_shown.outcome; }
    /// Registers the types that cross threads in queued signals; idempotent.
    static void registerMetaTypes();
    /// The application icon (window, tray, About) from the same artwork as the installed launcher icon.
    static QIcon appIcon();

public slots:
    void openDemo();
    void reconcile();
    void cancelRun();
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
    /// Queues the run shown (when there is one) for Elasticsearch and publishes the outbox, on its own thread.
    void publishToElasticsearch();
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

private:
    QTableView *createRejectedView();
    void createStatusBar();
    void connectActions();
    void updateActions();
    void showProgress(const QString &text, qint64 done, qint64 total);
    void onFinished(const ShownRun &run, std::shared_ptr<const DashboardStats> stats);
    void onFailed(const QString &message);
    void onCancelled();
    void showSummary();
    /// Records the run shown in the store, after asking when its days do not fit together (a wrong day).
    void recordShownRun();
    void showStatus(const QString &message, int timeoutMs);
    /// A warning that does not block the event loop (tests and workers keep running under it).
    void warn(const QString &title, const QString &message);
    bool canReport(const QString &nothingYet);
    /// Hands a new password of the session's store to every part that opens it.
    void useStoreLocation(const StoreLocation &store);

    StoreLocation m_store; ///< before the controllers: they open it
    MainActions *m_actions;
    RunController *m_run;
    ExportController *m_exports;
    PublishController *m_publish;
    AlertsDock *m_alertsDock;
    SettingsController *m_settings;
    TrayNotifier *m_tray;

    SourceBar *m_sources;
    QTabWidget *m_tabs;
    ResultsPanel *m_results;
    RejectedRowsModel *m_rejectedModel;
    QTableView *m_rejectedView;
    DashboardWidget *m_dashboard;
    OpenItemsPanel *m_openItems;

    QLabel *m_summaryLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_esCountsLabel = nullptr;

    ShownRun m_shown; ///< the run on screen: what reports, publishing and the store describe
    bool m_autoOpenDemo = true;
    QString m_demoDirectory;
    qint64 m_demoRows = 5000;
    bool m_quitting = false;
};
