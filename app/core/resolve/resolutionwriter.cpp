#include "resolutionwriter.h"

#include "domain/cardmask.h"
#include "domain/koreatime.h"
#include "resolve/audittrail.h"
#include "resolve/itemstate.h"
#include "resolve/reconschema.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using ReconSchema::bind;

/// One resolution transaction and the result it fills: begun when made, rolled back unless committed. What
/// resolve() and undoLast() share around their own work.
class ResolutionWriter::Attempt
{
public:
    explicit Attempt(const ResolutionWriter &writer)
        : trail { writer.m_db, writer.m_sqlite }
        , m_writer { writer }
    {
        QString error;
        if (!trail.begin(&error))
            m_beginError = m_writer.storeError(error);
    }

    bool begun() const { return m_beginError.isEmpty(); }
    /// The result when begin failed.
    ResolveResult failed() { return fail(m_beginError); }
    /// Rolls back and returns the result with \a message.
    ResolveResult fail(const QString &message)
    {
        trail.rollback();
        result.ok = false;
        result.error = message;
        return result;
    }
    /// Commits; the result, ok unless the commit failed.
    ResolveResult commit()
    {
        QString error;
        if (!trail.commit(&error))
            return fail(m_writer.storeError(error));
        result.ok = true;
        return result;
    }

    AuditTrail trail;
    ResolveResult result;

private:
    const ResolutionWriter &m_writer;
    QString m_beginError;
};

ResolutionWriter::ResolutionWriter(const ReconStore &store, QSqlDatabase db)
    : m_store { store }
    , m_db { std::move(db) }
    , m_sqlite { store.backend() == ReconStore::Backend::Sqlite }
    , m_describe { store.describe() }
    , m_operator { store.operatorName() }
{ }

QString ResolutionWriter::storeError(const QString &what) const
{
    return tr("Store %1: %2").arg(m_describe, what);
}

QString ResolutionWriter::conflictMessage(const OpenItem &now) const
{
    if (now.updatedBy.isEmpty())
        return tr("Transaction %1 changed while you were looking at it. Nothing was saved; reload and try again.")
            .arg(now.transactionId);
    return tr("Transaction %1 was changed by %2 at %3 (now: %4). Nothing was saved; reload and try again.")
        .arg(now.transactionId, now.updatedBy, QString::fromLatin1(KoreaTime::plain(now.updatedAtMs)),
            ItemStates::displayName(now.state));
}

ResolveResult ResolutionWriter::resolve(const ResolveRequest &request)
{
    // Refused before any transaction: nothing to roll back.
    const auto refuse = [](const QString &message) {
        ResolveResult refused;
        refused.error = message;
        return refused;
    };
    // Operators paste what the customer said; the note is stored and audited forever, so no full card number.
    const QString note = CardMask::maskText(request.note.trimmed());
    if (note.isEmpty())
        return refuse(tr("A note is required: say why the item is resolved this way."));
    if (request.items.empty())
        return refuse(tr("Select at least one item."));
    const bool pair = request.action == ResolveAction::Pair;
    if (pair && request.items.size() != 2)
        return refuse(tr("Pairing links exactly two items: one from the ledger and one from the VAN file."));
    Attempt attempt(*this);
    if (!attempt.begun())
        return attempt.failed();
    ResolveResult &result = attempt.result;
    QString err;

    std::vector<OpenItem> current;
    current.reserve(request.items.size());
    for (const ResolveRequest::Ref &ref : request.items) {
        std::optional<OpenItem> it = m_store.item(ref.id, &err);
        if (!it)
            return attempt.fail(err);
        if (it->version != ref.expectedVersion) {
            result.conflict = true;
            result.items.push_back(*it);
            return attempt.fail(conflictMessage(*it));
        }
        if (!ItemStates::isOpen(it->state))
            return attempt.fail(tr("Transaction %1 is already resolved (%2). Undo that first to change it.")
                                    .arg(it->transactionId, ItemStates::displayName(it->state)));
        if (request.action == ResolveAction::AcceptLedger && !it->hasLedger())
            return attempt.fail(
                tr("Transaction %1 has no ledger record whose value could be accepted.").arg(it->transactionId));
        if (request.action == ResolveAction::AcceptVan && !it->hasVan())
            return attempt.fail(
                tr("Transaction %1 has no VAN record whose value could be accepted.").arg(it->transactionId));
        current.push_back(*it);
    }
    if (pair) {
        const bool ok = (current[0].side == OpenItem::Side::Ledger && current[1].side == OpenItem::Side::Van)
            || (current[0].side == OpenItem::Side::Van && current[1].side == OpenItem::Side::Ledger);
        if (!ok)
            return attempt.fail(
                tr("Pairing links a ledger-only item with a VAN-only item; %1 and %2 are not such a pair.")
                    .arg(current[0].transactionId, current[1].transactionId));
        if (current[0].kind != current[1].kind)
            return attempt.fail(tr("An approval cannot be paired with a cancellation (%1, %2).")
                                    .arg(current[0].transactionId, current[1].transactionId));
    }

    const QString action = ItemStates::actionName(request.action);
    result.batchId = attempt.trail.newBatch(m_operator, action, &err);
    if (!result.batchId)
        return attempt.fail(storeError(err));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (size_t i = 0; i < current.size(); ++i) {
        const OpenItem &before = current[i];
        OpenItem after = before;
        after.state = ItemStates::targetState(request.action);
        after.pairedItemId = pair ? current[1 - i].id : 0;
        after.reasonCode = request.reasonCode;
        after.note = note;
        after.updatedBy = m_operator;
        after.updatedAtMs = now;
        after.version = before.version + 1;
        AuditEntry e;
        e.atMs = now;
        e.action = action;
        e.reasonCode = request.reasonCode;
        e.note = note;
        if (!writeChange(attempt.trail, before, after, e, result))
            return attempt.fail(result.error);
    }
    return attempt.commit();
}

bool ResolutionWriter::writeChange(
    AuditTrail &trail, const OpenItem &before, const OpenItem &after, AuditEntry entry, ResolveResult &result)
{
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE payrecon_items SET state = ?, paired_item_id = ?, resolved_in_run_id = ?, "
                             "reason_code = ?, note = ?, updated_by = ?, updated_at_ms = ?, version = version + 1 "
                             "WHERE id = ? AND version = ?"));
    for (const QVariant &v : { QVariant(ItemStates::toString(after.state)), QVariant(after.pairedItemId),
             QVariant(after.resolvedInRunId), QVariant(after.reasonCode), QVariant(after.note), QVariant(m_operator),
             QVariant(after.updatedAtMs), QVariant(before.id), QVariant(before.version) })
        bind(u, v);
    if (!u.exec()) {
        result.error = storeError(u.lastError().text());
        return false;
    }
    if (u.numRowsAffected() != 1) { // someone else's change landed first: name them, write nothing
        QString err;
        const std::optional<OpenItem> changed = m_store.item(before.id, &err);
        result.conflict = true;
        if (changed)
            result.items.push_back(*changed);
        result.error = changed ? conflictMessage(*changed) : err;
        return false;
    }
    entry.operatorName = m_operator;
    entry.runId = before.runId;
    entry.itemId = before.id;
    entry.batchId = result.batchId;
    entry.before = AuditTrail::snapshot(before);
    entry.after = AuditTrail::snapshot(after);
    QString err;
    if (!trail.append(entry, &err)) {
        result.error = storeError(err);
        return false;
    }
    result.items.push_back(after);
    return true;
}

qint64 ResolutionWriter::lastUndoableBatch(QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MAX(b.id) FROM payrecon_batches b WHERE b.operator = ? AND b.action IN "
                             "('accept_ledger', 'accept_van', 'write_off', 'pending', 'pair') AND NOT EXISTS "
                             "(SELECT 1 FROM payrecon_audit a WHERE a.undoes_batch_id = b.id)"));
    bind(q, m_operator);
    if (!q.exec() || !q.next()) {
        *error = storeError(q.lastError().text());
        return 0;
    }
    return q.value(0).toLongLong();
}

ResolveResult ResolutionWriter::undoLast()
{
    Attempt attempt(*this);
    if (!attempt.begun())
        return attempt.failed();
    ResolveResult &result = attempt.result;
    QString err;
    const qint64 target = lastUndoableBatch(&err);
    if (!target)
        return attempt.fail(err.isEmpty() ? tr("There is nothing of yours to undo.") : err);
    std::vector<AuditEntry> entries;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT %1 FROM payrecon_audit WHERE batch_id = ? AND item_id <> 0 ORDER BY id")
                      .arg(ReconSchema::auditColumns()));
        bind(q, target);
        if (!q.exec())
            return attempt.fail(storeError(q.lastError().text()));
        while (q.next())
            entries.push_back(ReconSchema::auditFromQuery(q));
    }
    result.batchId = attempt.trail.newBatch(m_operator, QStringLiteral("undo"), &err);
    if (!result.batchId)
        return attempt.fail(storeError(err));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const AuditEntry &done : entries) {
        std::optional<OpenItem> cur = m_store.item(done.itemId, &err);
        if (!cur)
            return attempt.fail(err);
        if (cur->version != done.after.value(QStringLiteral("version")).toInt()) {
            result.conflict = true;
            result.items.push_back(*cur);
            return attempt.fail(conflictMessage(*cur));
        }
        OpenItem restored = *cur;
        restored.state
            = ItemStates::fromString(done.before.value(QStringLiteral("state")).toString()).value_or(ItemState::Open);
        restored.pairedItemId = done.before.value(QStringLiteral("paired_item_id")).toInteger();
        restored.resolvedInRunId = done.before.value(QStringLiteral("resolved_in_run_id")).toInteger();
        restored.reasonCode = done.before.value(QStringLiteral("reason_code")).toString();
        restored.note = done.before.value(QStringLiteral("note")).toString();
        restored.updatedBy = m_operator;
        restored.updatedAtMs = now;
        restored.version = cur->version + 1;
        AuditEntry e;
        e.atMs = now;
        e.action = QStringLiteral("undo");
        e.undoesBatchId = target;
        e.note = tr("Undid \"%1\".").arg(done.action);
        if (!writeChange(attempt.trail, *cur, restored, e, result))
            return attempt.fail(result.error);
    }
    return attempt.commit();
}
