// Operator actions on open items: resolve (one action over one or more items, all or nothing) and undo of the
// operator's last action, each in one audit transaction, with optimistic concurrency on the items' versions so
// nobody's change is overwritten. A part of ReconStore, which callers use.
#pragma once

#include "resolve/reconstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class AuditTrail;

class ResolutionWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ResolutionWriter)

public:
    /// \a store names the store and the operator and reads items; \a db is its open connection, in the calling
    /// thread.
    ResolutionWriter(const ReconStore &store, QSqlDatabase db);

    /// ReconStore::resolve.
    ResolveResult resolve(const ResolveRequest &request);
    /// ReconStore::undoLast.
    ResolveResult undoLast();
    /// ReconStore::lastUndoableBatch.
    qint64 lastUndoableBatch(QString *error) const;

private:
    class Attempt;

    QString storeError(const QString &what) const;
    QString conflictMessage(const OpenItem &now) const;
    /// Writes \a after over \a before if nobody changed it since (version), with its audit entry (operator, item,
    /// batch and snapshots filled in here); false with result's error (and conflict) set otherwise.
    bool writeChange(
        AuditTrail &trail, const OpenItem &before, const OpenItem &after, AuditEntry entry, ResolveResult &result);

    const ReconStore &m_store;
    QSqlDatabase m_db;
    bool m_sqlite;
    QString m_describe;
    QString m_operator;
};
