// Records a finished reconciliation in the resolution store: the run, its discrepancies as open items, and the
// carry-over that closes earlier open items whose counterpart this run brought (matched late), all in one audit
// transaction. A part of ReconStore, which callers use.
#pragma once

#include "resolve/reconstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>
#include <vector>

class AuditTrail;

class RunWriter final
{
    Q_DECLARE_TR_FUNCTIONS(RunWriter)

public:
    /// \a store names the store and the operator; \a db is its open connection, in the calling thread.
    RunWriter(const ReconStore &store, QSqlDatabase db);

    /// ReconStore::recordRun.
    std::optional<RecordRunResult> record(const RunInfo &run, const ReconOutcome &outcome, QString *error);

private:
    bool carryOver(AuditTrail &trail, const ReconOutcome &outcome, const std::vector<OpenItem> &fresh,
        RecordRunResult &result, QString *error);

    QSqlDatabase m_db;
    bool m_sqlite;
    QString m_describe;
    QString m_operator;
};
