// The "Open items" tab: discrepancies kept in the store across runs, resolved one by one or in bulk (accept
// either side's value, write off, pending, pair by hand), undo of the last action, and the carry-over outcome
// of each run. Every store access goes through a ResolutionWorker on the panel's own thread.
#pragma once

#include "resolution/resolutionworker.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <vector>

class AuditDialog;
class OpenItemsFilter;
class OpenItemsModel;
class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;
class QTableView;
class QThread;
class ResolveDialog;

class OpenItemsPanel : public QWidget
{
    Q_OBJECT

public:
    /// What the grid shows: the open items of every run, or everything of the latest run or of every run.
    enum class Scope { OpenItems, LatestRun, AllRuns };

    /// \a store: the resolution store, with its password.
    explicit OpenItemsPanel(const StoreLocation &store, QWidget *parent = nullptr);
    ~OpenItemsPanel() override;

    OpenItemsModel *model() const { return m_model; }
    OpenItemsFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    ResolutionWorker *worker() const { return m_worker; }
    /// The resolve dialog while it is open (tests fill it in).
    ResolveDialog *resolveDialog() const;
    qint64 latestRunId() const { return m_latestRunId; }
    Scope scope() const;
    void setScope(Scope scope);
    /// The last message the panel showed (result, conflict or error).
    QString message() const;
    /// The window's audit dialog, created on first use.
    AuditDialog *auditDialog();

    QAction *acceptLedgerAction() const { return m_acceptLedgerAction; }
    QAction *acceptVanAction() const { return m_acceptVanAction; }
    QAction *writeOffAction() const { return m_writeOffAction; }
    QAction *pendingAction() const { return m_pendingAction; }
    QAction *pairAction() const { return m_pairAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *refreshAction() const { return m_refreshAction; }

public slots:
    /// The store for new connections (the same store with a new password); the open connection stays.
    void setStoreLocation(const StoreLocation &store);
    /// Stores a finished run (queued to the worker) and then shows what it carried over. inputs: what produced the
    /// outcome, for the stored report data (none: the run is stored without it).
    void recordRun(
        const RunInfo &run, std::shared_ptr<const ReconOutcome> outcome, const ReconInputs &inputs = ReconInputs());
    void refresh();
    /// Opens the resolve dialog for the selection; the request goes to the store when it is accepted.
    void requestResolve(ResolveAction action);
    void undoLast();
    void showAuditTrail();
    /// Pairs the current ledger-side item with the chosen suggestion (through the resolve dialog: a note is needed).
    void pairWithSuggestion();

signals:
    /// A run was stored; matchedLate: earlier open items it closed.
    void runRecorded(qint64 runId, qint64 matchedLate);
    /// For the window's status bar.
    void statusMessage(const QString &message, int timeoutMs);
    void itemsLoaded(int count);
    /// A resolve or undo came back (ok, or refused; conflict: someone else changed an item first).
    void actionFinished(bool ok, bool conflict, const QString &message);
    /// Suggestions for the current ledger-side item arrived (count may be 0).
    void suggestionsShown(int count);

private:
    QAction *addItemAction(const QString &text, const QKeySequence &shortcut, const char *name);
    std::vector<OpenItem> selectedItems() const;
    void updateActions();
    void setBusy(bool busy);
    void showMessage(const QString &text, bool warning);
    void onOpened(bool ok, const QString &description, const QString &operatorName, const QString &error);
    void onRunRecorded(const RunInfo &run, const RecordRunResult &result);
    void onItemsLoaded(const std::vector<OpenItem> &items, qint64 undoableBatch);
    void onActionResult(const ResolveResult &result, qint64 undoableBatch, bool undo);
    void onFailed(const QString &message);
    /// Asks the worker for VAN-side candidates when exactly one open ledger-side item is selected.
    void requestSuggestions();
    void onSuggestionsReady(
        qint64 ledgerItemId, const std::vector<Suggestion> &suggestions, const std::vector<OpenItem> &candidates);
    void openResolveDialog(ResolveAction action, const std::vector<OpenItem> &items);
    void sendRequest(
        ResolveAction action, const std::vector<OpenItem> &items, const QString &reasonCode, const QString &note);

    QThread *m_thread = nullptr;
    ResolutionWorker *m_worker = nullptr; ///< lives on m_thread
    OpenItemsModel *m_model = nullptr;
    OpenItemsFilter *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_scopeCombo = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPointer<ResolveDialog> m_dialog;
    QPointer<AuditDialog> m_audit;
    QAction *m_acceptLedgerAction = nullptr;
    QAction *m_acceptVanAction = nullptr;
    QAction *m_writeOffAction = nullptr;
    QAction *m_pendingAction = nullptr;
    QAction *m_pairAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_refreshAction = nullptr;
    qint64 m_latestRunId = 0;
    qint64 m_undoableBatch = 0;
    QListWidget *m_suggestionList = nullptr;
    QPushButton *m_pairSuggestionButton = nullptr;
    QLabel *m_suggestionHint = nullptr;
    QTimer *m_suggestTimer = nullptr; ///< coalesces selection changes while the operator moves through the grid
    OpenItem m_suggestFor; ///< the ledger-side item the list is for (id 0: none)
    std::vector<OpenItem> m_suggested; ///< the list's VAN-side items, best first
    bool m_busy = false; ///< a resolve or undo is on its way: one at a time, so versions stay meaningful
};
