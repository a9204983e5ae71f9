// The resolution workspace's store access off the GUI thread: a worker object moved to its own QThread that
// owns the ReconStore (its SQL connection is opened, used and closed in that thread) and answers the open-items
// panel and the audit dialog by queued signals.
#pragma once

#include "run/reconworker.h" // declares std::shared_ptr<const ReconOutcome> as a metatype
#include "resolve/reconstore.h"
#include "resolve/suggestionengine.h"

#include <QObject>
#include <memory>
#include <vector>

class ResolutionWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolutionWorker)

public:
    /// \a store: the resolution store, with its password; opened in the worker's thread.
    explicit ResolutionWorker(StoreLocation store, QObject *parent = nullptr);
    ~ResolutionWorker() override;

    /// Registers the types that cross threads in this worker's queued signals; idempotent.
    static void registerMetaTypes();

public slots:
    /// Opens the store as ReconStore::defaultOperator(); the other slots open it when needed.
    void open();
    /// The store the next connection opens (the same store with a new password): the open one stays as it is.
    void setStoreLocation(const StoreLocation &store) { m_location = store; }
    /// Stores a finished reconciliation and matches earlier open items against it (carry-over). The outcome is
    /// shared read-only with the window's grids, never copied. With the inputs that produced it, the run also keeps
    /// its report data (inputs with hashes, hourly volume) so it prints again later.
    void recordRun(const RunInfo &run, std::shared_ptr<const ReconOutcome> outcome, const ReconInputs &inputs);
    /// runId 0 = every run; openOnly keeps open and pending items.
    void loadItems(bool openOnly, qint64 runId);
    void resolve(const ResolveRequest &request);
    void undoLast();
    void loadAudit(const AuditFilter &filter);
    /// CSV (UTF-8 with BOM, formula-safe cells) of the audit entries the filter selects.
    void exportAudit(const AuditFilter &filter, const QString &path);
    /// Ranks the VAN-side candidates for one ledger-side item (the suggestion engine, off the GUI thread): every
    /// open VAN-side item of the same kind in the store, whatever run brought it and whatever the panel shows.
    void suggest(const OpenItem &ledgerItem);
    /// Recomputes the audit trail's hash chain (every entry is read).
    void verifyAudit();
    /// Closes the store in this thread; call (queued) before the thread stops.
    void close();

signals:
    void opened(bool ok, const QString &description, const QString &operatorName, const QString &error);
    void runRecorded(const RunInfo &run, const RecordRunResult &result);
    /// undoableBatch: what undoLast() would revert (0: nothing).
    void itemsLoaded(const std::vector<OpenItem> &items, qint64 undoableBatch);
    void resolved(const ResolveResult &result, qint64 undoableBatch);
    void undone(const ResolveResult &result, qint64 undoableBatch);
    void auditLoaded(const std::vector<AuditEntry> &entries);
    void auditExported(const QString &path, qint64 rows, const QString &error);
    /// Best first; candidates holds the suggested items in the same order.
    void suggestionsReady(
        qint64 ledgerItemId, const std::vector<Suggestion> &suggestions, const std::vector<OpenItem> &candidates);
    /// error names the first altered entry when the chain is broken.
    void auditVerified(bool intact, const QString &error);
    /// A store error that is not the answer to a resolve (opening, loading, recording a run).
    void failed(const QString &message);

private:
    bool ensureOpen(QString *error);

    StoreLocation m_location;
    std::unique_ptr<ReconStore> m_store; ///< created and used only in the worker's thread
};

Q_DECLARE_METATYPE(RunInfo)
Q_DECLARE_METATYPE(RecordRunResult)
Q_DECLARE_METATYPE(ResolveRequest)
Q_DECLARE_METATYPE(ResolveResult)
Q_DECLARE_METATYPE(AuditFilter)
Q_DECLARE_METATYPE(std::vector<OpenItem>)
Q_DECLARE_METATYPE(std::vector<AuditEntry>)
Q_DECLARE_METATYPE(OpenItem)
Q_DECLARE_METATYPE(std::vector<Suggestion>)
