#include "audittrail.h"

#include "resolve/itemstate.h"
#include "resolve/reconschema.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QStringList>

using ReconSchema::bind;

namespace {
/// The chain hash of one audit row, over the stored text exactly as written.
QString chainHash(const QString &prevHash, qint64 id, qint64 atMs, const QString &op, const QString &action,
    qint64 runId, qint64 itemId, qint64 batchId, qint64 undoesBatchId, const QString &reasonCode, const QString &note,
    const QString &beforeJson, const QString &afterJson)
{
    const QChar sep(0x1f);
    const QString content = QStringList { prevHash, QString::number(id), QString::number(atMs), op, action,
        QString::number(runId), QString::number(itemId), QString::number(batchId), QString::number(undoesBatchId),
        reasonCode, note, beforeJson, afterJson }
                                .join(sep);
    return QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

AuditTrail::AuditTrail(QSqlDatabase db, bool sqlite)
    : m_db { std::move(db) }
    , m_sqlite { sqlite }
{ }

AuditTrail::~AuditTrail()
{
    if (m_open)
        rollback();
}

bool AuditTrail::begin(QString *error)
{
    QSqlQuery q(m_db);
    // SQLite: IMMEDIATE takes the write lock now, so two processes queue here instead of failing at COMMIT.
    const bool ok = m_sqlite ? q.exec(QStringLiteral("BEGIN IMMEDIATE")) : m_db.transaction();
    if (!ok) {
        *error = (m_sqlite ? q.lastError() : m_db.lastError()).text();
        return false;
    }
    m_open = true;
    // Every writer locks the chain head first: one global order, so no deadlocks, and the chain stays linear.
    QSqlQuery head(m_db);
    if (!head.exec(m_sqlite
                ? QStringLiteral("SELECT last_id, last_hash FROM payrecon_audit_head WHERE id = 1")
                : QStringLiteral("SELECT last_id, last_hash FROM payrecon_audit_head WHERE id = 1 FOR UPDATE"))
        || !head.next()) {
        *error = head.lastError().text();
        rollback();
        return false;
    }
    m_lastId = head.value(0).toLongLong();
    m_lastHash = head.value(1).toString();
    return true;
}

bool AuditTrail::commit(QString *error)
{
    if (!flushAudit(error)) {
        rollback();
        return false;
    }
    QSqlQuery head(m_db);
    head.prepare(QStringLiteral("UPDATE payrecon_audit_head SET last_id = ?, last_hash = ? WHERE id = 1"));
    bind(head, m_lastId);
    bind(head, m_lastHash);
    if (!head.exec()) {
        *error = head.lastError().text();
        rollback();
        return false;
    }
    QSqlQuery q(m_db);
    const bool ok = m_sqlite ? q.exec(QStringLiteral("COMMIT")) : m_db.commit();
    if (!ok) {
        *error = (m_sqlite ? q.lastError() : m_db.lastError()).text();
        rollback();
        return false;
    }
    m_open = false;
    return true;
}

void AuditTrail::rollback()
{
    m_buffered.clear();
    if (!m_open)
        return;
    m_open = false;
    if (m_sqlite)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    else
        m_db.rollback();
}

qint64 AuditTrail::newBatch(const QString &operatorName, const QString &action, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO payrecon_batches (at_ms, operator, action) VALUES (?, ?, ?)"));
    bind(q, QDateTime::currentMSecsSinceEpoch());
    bind(q, operatorName);
    bind(q, action);
    if (!q.exec()) {
        *error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool AuditTrail::append(AuditEntry &e, QString *error)
{
    e.id = m_lastId + 1;
    if (e.atMs == 0)
        e.atMs = QDateTime::currentMSecsSinceEpoch();
    const QString before = ReconSchema::compactJson(e.before);
    const QString after = ReconSchema::compactJson(e.after);
    e.hash = chainHash(m_lastHash, e.id, e.atMs, e.operatorName, e.action, e.runId, e.itemId, e.batchId,
        e.undoesBatchId, e.reasonCode, e.note, before, after);
    const std::initializer_list<QVariant> row { QVariant(e.id), QVariant(e.atMs), QVariant(e.operatorName),
        QVariant(e.action), QVariant(e.runId), QVariant(e.itemId), QVariant(e.batchId), QVariant(e.undoesBatchId),
        QVariant(e.reasonCode), QVariant(e.note), QVariant(before), QVariant(after), QVariant(m_lastHash),
        QVariant(e.hash) };
    if (!m_sqlite) {
        // MySQL: one round trip per AuditChunk entries (carry-over writes thousands); the chain is computed
        // here, so nothing in the transaction needs the rows before commit() writes them.
        m_buffered.insert(m_buffered.end(), row);
        m_lastId = e.id;
        m_lastHash = e.hash;
        return m_buffered.size() < size_t(AuditChunk * AuditFields) || flushAudit(error);
    }
    if (!m_insert) { // prepared once per transaction: carry-over writes thousands of entries
        m_insert = std::make_unique<QSqlQuery>(m_db);
        m_insert->prepare(
            QStringLiteral("INSERT INTO payrecon_audit (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(ReconSchema::auditColumns()));
    }
    QSqlQuery &q = *m_insert;
    for (const QVariant &v : row)
        bind(q, v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    m_lastId = e.id;
    m_lastHash = e.hash;
    return true;
}

bool AuditTrail::flushAudit(QString *error)
{
    if (m_buffered.empty())
        return true;
    const int rows = int(m_buffered.size() / AuditFields);
    QString sql = QStringLiteral("INSERT INTO payrecon_audit (%1) VALUES ").arg(ReconSchema::auditColumns());
    for (int i = 0; i < rows; ++i)
        sql += i ? QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                 : QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : m_buffered)
        bind(q, v);
    m_buffered.clear();
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

QJsonObject AuditTrail::snapshot(const OpenItem &it)
{
    return QJsonObject { { QStringLiteral("state"), ItemStates::toString(it.state) },
        { QStringLiteral("paired_item_id"), it.pairedItemId },
        { QStringLiteral("resolved_in_run_id"), it.resolvedInRunId }, { QStringLiteral("reason_code"), it.reasonCode },
        { QStringLiteral("note"), it.note }, { QStringLiteral("version"), it.version } };
}

bool AuditTrail::verify(QSqlDatabase db, const QString &describe, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM payrecon_audit ORDER BY id").arg(ReconSchema::auditColumns()))) {
        *error = tr("Store %1: %2").arg(describe, q.lastError().text());
        return false;
    }
    QString prev;
    qint64 expectedId = 1;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString recomputed
            = chainHash(prev, id, q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong(),
                q.value(8).toString(), q.value(9).toString(), q.value(10).toString(), q.value(11).toString());
        if (id != expectedId || q.value(12).toString() != prev || q.value(13).toString() != recomputed) {
            *error = tr("The audit trail of %1 was altered at entry %2.").arg(describe).arg(id);
            return false;
        }
        prev = recomputed;
        ++expectedId;
    }
    QSqlQuery head(db);
    if (head.exec(QStringLiteral("SELECT last_id, last_hash FROM payrecon_audit_head WHERE id = 1")) && head.next()
        && (head.value(0).toLongLong() != expectedId - 1 || head.value(1).toString() != prev)) {
        *error = tr("The audit trail of %1 ends at entry %2 but its head says %3: entries were removed.")
                     .arg(describe)
                     .arg(expectedId - 1)
                     .arg(head.value(0).toLongLong());
        return false;
    }
    return true;
}
