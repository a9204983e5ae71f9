// The reconciliation record of PayRecon: runs, their discrepancies (open items carried across days),
// resolutions and the append-only audit trail. SQLite in the data folder for one user, or tables in the
// team's MySQL/MariaDB database so several operators work on the same items (optimistic concurrency).
// One ReconStore per thread: it opens its own connection in the thread that calls open(). The façade callers use;
// its parts are ReconSchema (tables, migrations, rows), AuditTrail (the write transaction and the hash chain),
// RunWriter (recording a run and carry-over) and ResolutionWriter (resolve and undo).
#pragma once

#include "auditentry.h"
#include "openitem.h"
#include "reconcile/reconciliationjob.h"
#include "store/storelocation.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <memory>
#include <optional>
#include <vector>

class LocalStore;

/// A run as stored: what was reconciled, from which inputs, with which result.
struct RunInfo
{
    qint64 id = 0;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    QString operatorName;
    QString ledgerSource; ///< redacted ledger URL or ledger file name (never a password)
    QString ledgerSha256; ///< of a ledger file; empty for a database
    QString vanFile;
    QString vanSha256;
    QString vanProfile;
    QDate from;
    QDate to;
    QJsonObject summary; ///< ReconSummary::toJson()
    qint64 itemCount = 0; ///< discrepancies stored for this run
    qint64 matchedLateCount = 0; ///< earlier open items this run closed
    QJsonObject report; ///< ReconReportJson: header, inputs, hourly volume, rejected rows (schema 2)
};

/// One operator action over one or more items.
struct ResolveRequest
{
    struct Ref
    {
        qint64 id = 0;
        int expectedVersion = 0; ///< the version the operator saw; a different one means someone else changed it
    };
    std::vector<Ref> items; ///< bulk: every item gets the same action; Pair: exactly one ledger-side and one VAN-side
    ResolveAction action = ResolveAction::Pending;
    QString reasonCode;
    QString note; ///< mandatory
};

struct ResolveResult
{
    bool ok = false;
    bool conflict = false; ///< another operator changed an item first: nothing was written, reload and retry
    QString error; ///< sentence for the user (names the item and, on conflict, who changed it and when)
    qint64 batchId = 0;
    std::vector<OpenItem> items; ///< the items as they are now (after the change when ok)
};

/// What recordRun did besides storing the run.
struct RecordRunResult
{
    qint64 runId = 0;
    /// For every discrepancy row of the ReconResult: (row index in result.rows, item id); sorted by row.
    std::vector<std::pair<qint32, qint64>> itemIdsByRow;
    qint64 matchedLate = 0; ///< pairs closed against earlier runs' open items
    qint64 matchedLateWon = 0;
};

class ReconStore
{
    Q_DECLARE_TR_FUNCTIONS(ReconStore)

public:
    enum class Backend { Sqlite, MySql };

    /// OS user name (USER / USERNAME) unless settings "store/operator" or PAYRECON_OPERATOR names someone.
    static QString defaultOperator();

    ReconStore();
    ~ReconStore();
    ReconStore(const ReconStore &) = delete;
    ReconStore &operator=(const ReconStore &) = delete;

    /// \a location: empty = LocalStore::defaultPath() (SQLite); sqlite:///path; mysql://user@host[:port]/db with its
    /// own password (never the ledger's). Applies pending schema migrations. Error names the store.
    bool open(const StoreLocation &location, QString *error);
    bool isOpen() const;
    Backend backend() const { return m_backend; }
    QString describe() const; ///< redacted location for messages
    void setOperator(const QString &name) { m_operator = name; }
    QString operatorName() const { return m_operator; }
    int schemaVersion() const;

    /// Stores a finished run and its discrepancies (one transaction), then closes earlier open items whose
    /// counterpart this run brought (same transaction id and kind, same amount, approval numbers equal or
    /// missing): both become MatchedLate, with audit entries.
    std::optional<RecordRunResult> recordRun(const RunInfo &run, const ReconOutcome &outcome, QString *error);

    std::vector<RunInfo> runs(int limit, QString *error) const; ///< newest first
    std::optional<RunInfo> run(qint64 runId, QString *error) const;
    /// Items of one run (runId > 0) or every run (0); openOnly keeps Open and Pending items.
    std::vector<OpenItem> items(qint64 runId, bool openOnly, QString *error) const;
    std::optional<OpenItem> item(qint64 itemId, QString *error) const;
    /// Items in any state changed at or after \a sinceMs (UTC): what the publisher must bring up to date, including
    /// resolutions undone since they were published.
    std::vector<OpenItem> itemsChangedSince(qint64 sinceMs, QString *error) const;

    /// One action on one or more items, all-or-nothing, in one transaction with its audit entries.
    ResolveResult resolve(const ResolveRequest &request);
    /// Reverts this operator's most recent action that is not undone yet (its whole batch); conflicts when an
    /// item changed since. Writes an "undo" batch; the original entries stay.
    ResolveResult undoLast();
    /// Batch id undoLast() would revert, 0 when there is none.
    qint64 lastUndoableBatch(QString *error) const;

    std::vector<AuditEntry> audit(const AuditFilter &filter, QString *error) const; ///< oldest first
    /// Recomputes the hash chain; false with the first broken entry's id in *error when a row was altered.
    bool verifyAuditChain(QString *error) const;

private:
    QSqlDatabase db() const;
    std::vector<OpenItem> selectItems(const QStringList &where, const QVariantList &binds, QString *error) const;

    std::unique_ptr<LocalStore> m_local; ///< the connection (SQLite file or MySQL) and its migrations
    QString m_describe;
    Backend m_backend = Backend::Sqlite;
    QString m_operator;
};
