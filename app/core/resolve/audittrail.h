// The resolution store's write transaction and the append-only, hash-chained audit trail it writes to. Every
// writer locks the chain's head first (one global order, so no deadlocks, and the chain stays linear); each entry's
// hash covers the one before it; the head moves on commit. verify() recomputes the chain to find an entry that was
// altered or removed.
#pragma once

#include "resolve/auditentry.h"
#include "resolve/openitem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>
#include <vector>

class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    /// \a db: the store's open connection, used in the calling thread only.
    AuditTrail(QSqlDatabase db, bool sqlite);
    /// Rolls back a transaction that was begun and not committed.
    ~AuditTrail();
    AuditTrail(const AuditTrail &) = delete;
    AuditTrail &operator=(const AuditTrail &) = delete;

    /// Starts the write transaction and locks the chain's head. SQLite takes the write lock at once (BEGIN
    /// IMMEDIATE), so two processes queue here instead of failing at COMMIT.
    bool begin(QString *error);
    /// Writes the entries still buffered, moves the head and commits; rolls back on failure.
    bool commit(QString *error);
    void rollback();

    /// A new batch (one operator action, a run, a carry-over); its id, 0 on failure.
    qint64 newBatch(const QString &operatorName, const QString &action, QString *error);
    /// Appends \a entry after the chain's last entry: fills in its id, time (when 0) and hash.
    bool append(AuditEntry &entry, QString *error);

    /// The fields a resolution changes, as recorded before/after in the audit trail and restored by undo.
    static QJsonObject snapshot(const OpenItem &item);
    /// Recomputes the chain; false with the first broken entry (or the removed tail) named in \a error, which
    /// names the store as \a describe.
    static bool verify(QSqlDatabase db, const QString &describe, QString *error);

private:
    static constexpr int AuditFields = 14;
    static constexpr int AuditChunk = 200;

    bool flushAudit(QString *error);

    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insert;
    std::vector<QVariant> m_buffered; ///< MySQL: audit rows not written yet, AuditFields values each
    bool m_sqlite;
    bool m_open = false;
    qint64 m_lastId = 0;
    QString m_lastHash;
};
