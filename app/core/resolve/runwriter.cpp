#include "runwriter.h"

#include "resolve/audittrail.h"
#include "resolve/itemstate.h"
#include "resolve/reconschema.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <string>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcRecon, "payrecon.resolve", QtInfoMsg)

using ReconSchema::bind;

namespace {
constexpr int InsertChunk = 200; // rows per multi-row INSERT on MySQL: 28 x 200 parameters, one round trip

QString text(const RecordTable &t, qint32 row, RecordTable::Text field)
{
    return row < 0 ? QString() : QString::fromUtf8(t.text(row, field));
}

/// The stored item for one engine outcome row.
OpenItem itemFromRow(const ReconOutcome &o, const ReconRow &r)
{
    OpenItem it;
    const bool l = r.ledgerRow >= 0;
    const bool v = r.vanRow >= 0;
    it.side = l && v ? OpenItem::Side::Both : (l ? OpenItem::Side::Ledger : OpenItem::Side::Van);
    it.status = r.status;
    it.reasons = r.reasons;
    const RecordTable &main = l ? o.ledger : o.van;
    const qint32 row = l ? r.ledgerRow : r.vanRow;
    it.transactionId = text(main, row, RecordTable::Text::TransactionId);
    it.kind = main.kind(row);
    if (l) {
        it.ledgerAmount = o.ledger.amount(r.ledgerRow);
        it.ledgerApprovalNo = text(o.ledger, r.ledgerRow, RecordTable::Text::ApprovalNo);
    }
    if (v) {
        it.vanAmount = o.van.amount(r.vanRow);
        it.vanApprovalNo = text(o.van, r.vanRow, RecordTable::Text::ApprovalNo);
    }
    it.occurredAtMs = main.occurredAtMs(row);
    it.cardNumber = text(main, row, RecordTable::Text::CardNumber);
    it.merchantName = text(main, row, RecordTable::Text::MerchantName);
    it.customerId = text(main, row, RecordTable::Text::CustomerId);
    it.category = text(main, row, RecordTable::Text::Category);
    it.cardCompany = text(main, row, RecordTable::Text::CardCompany);
    it.merchantId = text(main, row, RecordTable::Text::MerchantId);
    it.installmentMonths = main.installmentMonths(row);
    it.sourceLine = main.sourceLine(row);
    return it;
}

bool approvalsCompatible(const QString &a, const QString &b)
{
    return a.isEmpty() || b.isEmpty() || a == b;
}

/// One earlier (or today's) item that carry-over closes as matched late.
struct MatchedLateClosing
{
    const OpenItem *item;
    qint64 pairedWith; ///< the item on the other side, 0 when the counterpart came inside a matched pair
    QString note;
};

/// MySQL: thousands of late pairs in a few dozen round trips instead of one UPDATE each. The rows are locked and
/// their versions compared first (READ COMMITTED: another operator may have changed one since it was read); only
/// the unchanged ones are updated, through a join with the new values, and flagged in \a written.
bool closeMatchedLateOnMySql(QSqlDatabase db, const std::vector<MatchedLateClosing> &closings, qint64 runId,
    const QString &operatorName, qint64 nowMs, std::vector<bool> &written, QString *error)
{
    constexpr size_t Chunk = 300;
    const QString matchedLate = ItemStates::toString(ItemState::MatchedLate);
    for (size_t start = 0; start < closings.size(); start += Chunk) {
        const size_t n = std::min(Chunk, closings.size() - start);
        QString ids;
        for (size_t i = 0; i < n; ++i)
            ids += i ? QStringLiteral(", ?") : QStringLiteral("?");
        QSqlQuery lock(db);
        lock.prepare(QStringLiteral("SELECT id, version FROM payrecon_items WHERE id IN (%1) FOR UPDATE").arg(ids));
        for (size_t i = start; i < start + n; ++i)
            bind(lock, closings[i].item->id);
        if (!lock.exec()) {
            *error = lock.lastError().text();
            return false;
        }
        QHash<qint64, int> versions;
        while (lock.next())
            versions.insert(lock.value(0).toLongLong(), lock.value(1).toInt());
        QString rows;
        QVariantList values;
        for (size_t i = start; i < start + n; ++i) {
            const MatchedLateClosing &c = closings[i];
            if (versions.value(c.item->id, -1) != c.item->version)
                continue;
            written[i] = true;
            rows += rows.isEmpty() ? QStringLiteral("SELECT ? AS id, ? AS paired, ? AS note")
                                   : QStringLiteral(" UNION ALL SELECT ?, ?, ?");
            values << c.item->id << c.pairedWith << c.note;
        }
        if (rows.isEmpty())
            continue;
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE payrecon_items i JOIN (%1) s ON i.id = s.id SET i.state = ?, "
                                      "i.paired_item_id = s.paired, i.resolved_in_run_id = ?, i.note = s.note, "
                                      "i.updated_by = ?, i.updated_at_ms = ?, i.version = i.version + 1")
                           .arg(rows));
        for (const QVariant &v : std::as_const(values))
            bind(update, v);
        for (const QVariant &v : { QVariant(matchedLate), QVariant(runId), QVariant(operatorName), QVariant(nowMs) })
            bind(update, v);
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return true;
}
} // namespace

RunWriter::RunWriter(const ReconStore &store, QSqlDatabase db)
    : m_db { std::move(db) }
    , m_sqlite { store.backend() == ReconStore::Backend::Sqlite }
    , m_describe { store.describe() }
    , m_operator { store.operatorName() }
{ }

std::optional<RecordRunResult> RunWriter::record(const RunInfo &run, const ReconOutcome &outcome, QString *error)
{
    QSqlDatabase database = m_db;
    AuditTrail tx(database, m_sqlite);
    auto fail = [&](const QString &what) {
        *error = tr("Store %1: could not record the run: %2").arg(m_describe, what);
        tx.rollback();
        return std::optional<RecordRunResult>();
    };
    QString err;
    if (!tx.begin(&err))
        return fail(err);

    std::vector<OpenItem> fresh;
    std::vector<qint32> freshRows;
    const std::vector<ReconRow> &rows = outcome.result.rows;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].status == ReconStatus::Matched)
            continue;
        fresh.push_back(itemFromRow(outcome, rows[i]));
        freshRows.push_back(qint32(i));
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(database);
    q.prepare(QStringLiteral(
        "INSERT INTO payrecon_runs (started_at_ms, finished_at_ms, operator, ledger_source, "
        "ledger_sha256, van_file, van_sha256, van_profile, date_from, date_to, summary_json, "
        "item_count, matched_late_count, report_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"));
    for (const QVariant &v : { QVariant(run.startedAtMs ? run.startedAtMs : now),
             QVariant(run.finishedAtMs ? run.finishedAtMs : now), QVariant(m_operator), QVariant(run.ledgerSource),
             QVariant(run.ledgerSha256), QVariant(run.vanFile), QVariant(run.vanSha256), QVariant(run.vanProfile),
             QVariant(run.from.toString(Qt::ISODate)), QVariant(run.to.toString(Qt::ISODate)),
             QVariant(ReconSchema::compactJson(outcome.result.summary.toJson())), QVariant(qint64(fresh.size())),
             QVariant(run.report.isEmpty() ? QString() : ReconSchema::compactJson(run.report)) })
        bind(q, v);
    if (!q.exec())
        return fail(q.lastError().text());
    RecordRunResult result;
    result.runId = q.lastInsertId().toLongLong();

    // Multi-row inserts: one round trip per 400 items keeps a 50,000-item run to seconds on MySQL.
    const QString placeholders
        = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString insertHead = QStringLiteral(
        "INSERT INTO payrecon_items (run_id, result_row, side, status, reasons, transaction_id, kind, ledger_amount, "
        "van_amount, ledger_approval_no, van_approval_no, occurred_at_ms, card_number, merchant_name, customer_id, "
        "category, source_line, state, paired_item_id, resolved_in_run_id, reason_code, note, updated_by, "
        "updated_at_ms, version, card_company, merchant_id, installment_months) VALUES ");
    const QString open = ItemStates::toString(ItemState::Open);
    // SQLite: one prepared single-row statement (Qt names every positional parameter, which makes a 10,000-parameter
    // statement quadratic); MySQL: multi-row statements, one round trip per chunk.
    const size_t chunk = m_sqlite ? 1 : InsertChunk;
    QSqlQuery ins(database);
    size_t prepared = 0;
    for (size_t start = 0; start < fresh.size(); start += chunk) {
        const size_t n = std::min<size_t>(chunk, fresh.size() - start);
        if (n != prepared) {
            QStringList groups;
            for (size_t i = 0; i < n; ++i)
                groups << placeholders;
            if (!ins.prepare(insertHead + groups.join(QLatin1Char(','))))
                return fail(ins.lastError().text());
            prepared = n;
        }
        for (size_t i = start; i < start + n; ++i) {
            const OpenItem &it = fresh[i];
            for (const QVariant &v :
                { QVariant(result.runId), QVariant(freshRows[i]), QVariant(int(it.side)),
                    QVariant(ReconStatuses::toString(it.status)), QVariant(int(it.reasons)), QVariant(it.transactionId),
                    QVariant(PaymentKinds::toString(it.kind)), QVariant(it.ledgerAmount), QVariant(it.vanAmount),
                    QVariant(it.ledgerApprovalNo), QVariant(it.vanApprovalNo), QVariant(it.occurredAtMs),
                    QVariant(it.cardNumber), QVariant(it.merchantName), QVariant(it.customerId), QVariant(it.category),
                    QVariant(it.sourceLine), QVariant(open), QVariant(0), QVariant(0), QVariant(QString()),
                    QVariant(QString()), QVariant(QString()), QVariant(0), QVariant(0), QVariant(it.cardCompany),
                    QVariant(it.merchantId), QVariant(it.installmentMonths) })
                bind(ins, v);
        }
        if (!ins.exec())
            return fail(ins.lastError().text());
    }
    q.prepare(QStringLiteral("SELECT id, result_row FROM payrecon_items WHERE run_id = ? ORDER BY result_row"));
    bind(q, result.runId);
    if (!q.exec())
        return fail(q.lastError().text());
    result.itemIdsByRow.reserve(fresh.size());
    while (q.next())
        result.itemIdsByRow.emplace_back(q.value(1).toInt(), q.value(0).toLongLong());
    for (size_t i = 0; i < fresh.size() && i < result.itemIdsByRow.size(); ++i) {
        fresh[i].id = result.itemIdsByRow[i].second;
        fresh[i].runId = result.runId;
    }

    const qint64 runBatch = tx.newBatch(m_operator, QStringLiteral("run_recorded"), &err);
    if (!runBatch)
        return fail(err);
    AuditEntry recorded;
    recorded.operatorName = m_operator;
    recorded.action = QStringLiteral("run_recorded");
    recorded.runId = result.runId;
    recorded.batchId = runBatch;
    const ReconSummary &s = outcome.result.summary;
    recorded.after = QJsonObject { { QStringLiteral("items"), qint64(fresh.size()) },
        { QStringLiteral("ledger_records"), s.ledgerRecords }, { QStringLiteral("van_records"), s.vanRecords },
        { QStringLiteral("matched"), s[ReconStatus::Matched].count }, { QStringLiteral("van_file"), run.vanFile },
        { QStringLiteral("van_sha256"), run.vanSha256 }, { QStringLiteral("ledger_source"), run.ledgerSource } };
    if (!tx.append(recorded, &err))
        return fail(err);

    if (!carryOver(tx, outcome, fresh, result, &err))
        return fail(err);
    if (!tx.commit(&err))
        return fail(err);
    qCInfo(lcRecon) << "recorded run" << result.runId << "with" << fresh.size() << "items;" << result.matchedLate
                    << "earlier items matched late";
    return result;
}

bool RunWriter::carryOver(AuditTrail &tx, const ReconOutcome &outcome, const std::vector<OpenItem> &fresh,
    RecordRunResult &result, QString *error)
{
    QSqlDatabase database = m_db;
    QString queryError;
    const std::vector<OpenItem> earlier = ReconSchema::selectItems(database,
        { QStringLiteral("run_id <> ?"), QStringLiteral("state IN ('open', 'pending')"),
            QStringLiteral("status IN ('ledger_only', 'van_only')") },
        { result.runId }, &queryError);
    if (!queryError.isEmpty()) {
        *error = tr("Store %1: %2").arg(m_describe, queryError);
        return false;
    }
    if (earlier.empty())
        return true;

    // Today's one-sided records by key; std::string keys so the matched-row scan below can probe with views.
    auto keyOf
        = [](const QString &id, PaymentKind kind) { return id.toStdString() + char(0x1f) + char('0' + int(kind)); };
    std::unordered_multimap<std::string, size_t> freshByKey;
    for (size_t i = 0; i < fresh.size(); ++i) {
        if (fresh[i].status == ReconStatus::LedgerOnly || fresh[i].status == ReconStatus::VanOnly)
            freshByKey.emplace(keyOf(fresh[i].transactionId, fresh[i].kind), i);
    }
    std::vector<bool> freshUsed(fresh.size(), false);
    struct Closure
    {
        size_t earlier;
        qint64 freshIndex; ///< -1: the counterpart arrived inside a matched pair of this run
    };
    std::vector<Closure> closures;
    std::unordered_map<std::string, size_t> waiting[2]; // by kind: earlier items still unmatched, by transaction id
    for (size_t e = 0; e < earlier.size(); ++e) {
        const OpenItem &old = earlier[e];
        bool closed = false;
        auto range = freshByKey.equal_range(keyOf(old.transactionId, old.kind));
        for (auto it = range.first; it != range.second && !closed; ++it) {
            const OpenItem &now = fresh[it->second];
            if (freshUsed[it->second] || now.side == old.side)
                continue;
            const OpenItem &l = old.hasLedger() ? old : now;
            const OpenItem &v = old.hasLedger() ? now : old;
            if (l.ledgerAmount != v.vanAmount || !approvalsCompatible(l.ledgerApprovalNo, v.vanApprovalNo))
                continue;
            freshUsed[it->second] = true;
            closures.push_back({ e, qint64(it->second) });
            closed = true;
        }
        if (!closed)
            waiting[int(old.kind)].emplace(old.transactionId.toStdString(), e);
    }
    // A wider ledger query (yesterday and today) can bring an earlier one-sided record back as a matched pair.
    if (!waiting[0].empty() || !waiting[1].empty()) {
        for (const ReconRow &r : outcome.result.rows) {
            if (r.status != ReconStatus::Matched)
                continue;
            const PaymentKind kind = outcome.ledger.kind(r.ledgerRow);
            auto &map = waiting[int(kind)];
            if (map.empty())
                continue;
            const QByteArrayView id = outcome.ledger.transactionId(r.ledgerRow);
            auto it = map.find(std::string(id.data(), size_t(id.size())));
            if (it == map.end())
                continue;
            const OpenItem &old = earlier[it->second];
            const qint64 amount = old.hasLedger() ? outcome.ledger.amount(r.ledgerRow) : outcome.van.amount(r.vanRow);
            if (amount != old.amount())
                continue;
            closures.push_back({ it->second, -1 });
            map.erase(it);
        }
    }
    if (closures.empty())
        return true;

    const qint64 batch = tx.newBatch(m_operator, QStringLiteral("matched_late"), error);
    if (!batch)
        return false;
    std::vector<MatchedLateClosing> closings;
    closings.reserve(closures.size() * 2);
    for (const Closure &c : closures) {
        const OpenItem &old = earlier[c.earlier];
        if (c.freshIndex >= 0) {
            const OpenItem &now = fresh[size_t(c.freshIndex)];
            closings.push_back({ &old, now.id, tr("The counterpart arrived in run %1.").arg(result.runId) });
            closings.push_back({ &now, old.id, tr("Counterpart of item %1 from run %2.").arg(old.id).arg(old.runId) });
        } else {
            closings.push_back({ &old, 0, tr("The counterpart arrived in run %1.").arg(result.runId) });
        }
        ++result.matchedLate;
        result.matchedLateWon += old.amount();
    }
    // An item someone changed since it was read is left as they set it (its closing is skipped, without audit).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString matchedLate = ItemStates::toString(ItemState::MatchedLate);
    std::vector<bool> written(closings.size(), false);
    if (m_sqlite) {
        QSqlQuery update(database);
        update.prepare(
            QStringLiteral("UPDATE payrecon_items SET state = ?, paired_item_id = ?, resolved_in_run_id = ?, "
                           "note = ?, updated_by = ?, updated_at_ms = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"));
        for (size_t i = 0; i < closings.size(); ++i) {
            const MatchedLateClosing &c = closings[i];
            for (const QVariant &v :
                { QVariant(matchedLate), QVariant(c.pairedWith), QVariant(result.runId), QVariant(c.note),
                    QVariant(m_operator), QVariant(now), QVariant(c.item->id), QVariant(c.item->version) })
                bind(update, v);
            if (!update.exec()) {
                *error = update.lastError().text();
                return false;
            }
            written[i] = update.numRowsAffected() == 1;
        }
    } else if (!closeMatchedLateOnMySql(database, closings, result.runId, m_operator, now, written, error)) {
        return false;
    }
    for (size_t i = 0; i < closings.size(); ++i) {
        if (!written[i])
            continue;
        const MatchedLateClosing &c = closings[i];
        OpenItem after = *c.item;
        after.state = ItemState::MatchedLate;
        after.pairedItemId = c.pairedWith;
        after.resolvedInRunId = result.runId;
        after.note = c.note;
        after.version = c.item->version + 1;
        AuditEntry e;
        e.operatorName = m_operator;
        e.action = QStringLiteral("matched_late");
        e.runId = c.item->runId;
        e.itemId = c.item->id;
        e.batchId = batch;
        e.note = c.note;
        e.before = AuditTrail::snapshot(*c.item);
        e.after = AuditTrail::snapshot(after);
        e.atMs = now;
        if (!tx.append(e, error))
            return false;
    }
    QSqlQuery u(database);
    u.prepare(QStringLiteral("UPDATE payrecon_runs SET matched_late_count = ? WHERE id = ?"));
    bind(u, result.matchedLate);
    bind(u, result.runId);
    if (!u.exec()) {
        *error = u.lastError().text();
        return false;
    }
    return true;
}
