#include "reconschema.h"

#include <QJsonDocument>
#include <QSqlError>

namespace {
std::optional<ReconStatus> statusFromString(const QString &text)
{
    for (int s = 0; s < ReconStatusCount; ++s) {
        if (ReconStatuses::toString(ReconStatus(s)) == text)
            return ReconStatus(s);
    }
    return std::nullopt;
}
} // namespace

QString ReconSchema::component()
{
    return QStringLiteral("recon");
}

// Version i+1 = versions[i]; append, never edit a shipped step.
QList<QStringList> ReconSchema::sqliteVersions()
{
    return {
        {
            QStringLiteral(
                "CREATE TABLE payrecon_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at_ms INTEGER NOT NULL, "
                "finished_at_ms INTEGER NOT NULL, operator TEXT NOT NULL, ledger_source TEXT NOT NULL, "
                "ledger_sha256 TEXT NOT NULL, van_file TEXT NOT NULL, van_sha256 TEXT NOT NULL, "
                "van_profile TEXT NOT NULL, date_from TEXT NOT NULL, date_to TEXT NOT NULL, "
                "summary_json TEXT NOT NULL, item_count INTEGER NOT NULL, matched_late_count INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE payrecon_items (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                "run_id INTEGER NOT NULL REFERENCES payrecon_runs(id), result_row INTEGER NOT NULL, "
                "side INTEGER NOT NULL, status TEXT NOT NULL, reasons INTEGER NOT NULL, "
                "transaction_id TEXT NOT NULL, kind TEXT NOT NULL, ledger_amount INTEGER NOT NULL, "
                "van_amount INTEGER NOT NULL, ledger_approval_no TEXT NOT NULL, van_approval_no TEXT NOT NULL, "
                "occurred_at_ms INTEGER NOT NULL, card_number TEXT NOT NULL, merchant_name TEXT NOT NULL, "
                "customer_id TEXT NOT NULL, category TEXT NOT NULL, source_line INTEGER NOT NULL, "
                "state TEXT NOT NULL, paired_item_id INTEGER NOT NULL, resolved_in_run_id INTEGER NOT NULL, "
                "reason_code TEXT NOT NULL, note TEXT NOT NULL, updated_by TEXT NOT NULL, "
                "updated_at_ms INTEGER NOT NULL, version INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX payrecon_items_run ON payrecon_items(run_id, result_row)"),
            QStringLiteral("CREATE INDEX payrecon_items_state ON payrecon_items(state)"),
            QStringLiteral("CREATE INDEX payrecon_items_key ON payrecon_items(transaction_id, kind)"),
            QStringLiteral(
                "CREATE TABLE payrecon_batches (id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, "
                "operator TEXT NOT NULL, action TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE payrecon_audit (id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, "
                "operator TEXT NOT NULL, action TEXT NOT NULL, run_id INTEGER NOT NULL, item_id INTEGER NOT NULL, "
                "batch_id INTEGER NOT NULL, undoes_batch_id INTEGER NOT NULL, reason_code TEXT NOT NULL, "
                "note TEXT NOT NULL, before_json TEXT NOT NULL, after_json TEXT NOT NULL, "
                "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX payrecon_audit_item ON payrecon_audit(item_id)"),
            QStringLiteral("CREATE INDEX payrecon_audit_batch ON payrecon_audit(batch_id)"),
            QStringLiteral("CREATE INDEX payrecon_audit_undoes ON payrecon_audit(undoes_batch_id)"),
            // The chain's head: the one row every audit writer locks first, which also serialises writers.
            QStringLiteral("CREATE TABLE payrecon_audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), "
                           "last_id INTEGER NOT NULL, last_hash TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO payrecon_audit_head (id, last_id, last_hash) VALUES (1, 0, '')"),
            QStringLiteral("CREATE TRIGGER payrecon_audit_no_update BEFORE UPDATE ON payrecon_audit "
                           "BEGIN SELECT RAISE(ABORT, 'payrecon_audit is append-only'); END"),
            QStringLiteral("CREATE TRIGGER payrecon_audit_no_delete BEFORE DELETE ON payrecon_audit "
                           "BEGIN SELECT RAISE(ABORT, 'payrecon_audit is append-only'); END"),
        },
        // 2: the run's report data (header, inputs, hourly volume, rejected rows), so a stored run prints again.
        { QStringLiteral("ALTER TABLE payrecon_runs ADD COLUMN report_json TEXT NOT NULL DEFAULT ''") },
        // 3: what a resolved item's Elasticsearch document needs to stand beside a matched row's in the dashboards.
        {
            QStringLiteral("ALTER TABLE payrecon_items ADD COLUMN card_company TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE payrecon_items ADD COLUMN merchant_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE payrecon_items ADD COLUMN installment_months INTEGER NOT NULL DEFAULT 0"),
        },
    };
}

// MySQL DDL commits on its own, so each statement must be safe to repeat after a crash mid-step.
QList<QStringList> ReconSchema::mysqlVersions()
{
    const QString table = QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
    return {
        {
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS payrecon_runs (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                "started_at_ms BIGINT NOT NULL, finished_at_ms BIGINT NOT NULL, operator VARCHAR(128) NOT NULL, "
                "ledger_source VARCHAR(1024) NOT NULL, ledger_sha256 CHAR(64) NOT NULL, "
                "van_file VARCHAR(1024) NOT NULL, van_sha256 VARCHAR(64) NOT NULL, van_profile VARCHAR(255) NOT NULL, "
                "date_from VARCHAR(10) NOT NULL, date_to VARCHAR(10) NOT NULL, summary_json MEDIUMTEXT NOT NULL, "
                "item_count BIGINT NOT NULL, matched_late_count BIGINT NOT NULL)")
                + table,
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS payrecon_items (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                "run_id BIGINT NOT NULL, result_row INT NOT NULL, side TINYINT NOT NULL, status VARCHAR(16) NOT NULL, "
                "reasons TINYINT NOT NULL, transaction_id VARCHAR(128) NOT NULL, kind VARCHAR(16) NOT NULL, "
                "ledger_amount BIGINT NOT NULL, van_amount BIGINT NOT NULL, ledger_approval_no VARCHAR(64) NOT NULL, "
                "van_approval_no VARCHAR(64) NOT NULL, occurred_at_ms BIGINT NOT NULL, card_number VARCHAR(32) NOT "
                "NULL, "
                "merchant_name VARCHAR(255) NOT NULL, customer_id VARCHAR(128) NOT NULL, category VARCHAR(128) NOT "
                "NULL, "
                "source_line BIGINT NOT NULL, state VARCHAR(16) NOT NULL, paired_item_id BIGINT NOT NULL, "
                "resolved_in_run_id BIGINT NOT NULL, reason_code VARCHAR(64) NOT NULL, note TEXT NOT NULL, "
                "updated_by VARCHAR(128) NOT NULL, updated_at_ms BIGINT NOT NULL, version INT NOT NULL, "
                "KEY payrecon_items_run (run_id, result_row), KEY payrecon_items_state (state), "
                "KEY payrecon_items_key (transaction_id, kind), "
                "CONSTRAINT payrecon_items_run_fk FOREIGN KEY (run_id) REFERENCES payrecon_runs(id))")
                + table,
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS payrecon_batches (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                "at_ms BIGINT NOT NULL, operator VARCHAR(128) NOT NULL, action VARCHAR(32) NOT NULL)")
                + table,
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS payrecon_audit (id BIGINT NOT NULL PRIMARY KEY, at_ms BIGINT NOT NULL, "
                "operator VARCHAR(128) NOT NULL, action VARCHAR(32) NOT NULL, run_id BIGINT NOT NULL, "
                "item_id BIGINT NOT NULL, batch_id BIGINT NOT NULL, undoes_batch_id BIGINT NOT NULL, "
                "reason_code VARCHAR(64) NOT NULL, note TEXT NOT NULL, before_json TEXT NOT NULL, "
                "after_json TEXT NOT NULL, prev_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL, "
                "KEY payrecon_audit_item (item_id), KEY payrecon_audit_batch (batch_id), "
                "KEY payrecon_audit_undoes (undoes_batch_id))")
                + table,
            QStringLiteral("CREATE TABLE IF NOT EXISTS payrecon_audit_head (id INT NOT NULL PRIMARY KEY, "
                           "last_id BIGINT NOT NULL, last_hash VARCHAR(64) NOT NULL)")
                + table,
            QStringLiteral("INSERT IGNORE INTO payrecon_audit_head (id, last_id, last_hash) VALUES (1, 0, '')"),
            QStringLiteral("DROP TRIGGER IF EXISTS payrecon_audit_no_update"),
            QStringLiteral("CREATE TRIGGER payrecon_audit_no_update BEFORE UPDATE ON payrecon_audit FOR EACH ROW "
                           "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'payrecon_audit is append-only'"),
            QStringLiteral("DROP TRIGGER IF EXISTS payrecon_audit_no_delete"),
            QStringLiteral("CREATE TRIGGER payrecon_audit_no_delete BEFORE DELETE ON payrecon_audit FOR EACH ROW "
                           "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'payrecon_audit is append-only'"),
        },
        { QStringLiteral("ALTER TABLE payrecon_runs ADD COLUMN report_json MEDIUMTEXT NULL") },
        {
            QStringLiteral("ALTER TABLE payrecon_items ADD COLUMN card_company VARCHAR(64) NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE payrecon_items ADD COLUMN merchant_id VARCHAR(64) NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE payrecon_items ADD COLUMN installment_months INT NOT NULL DEFAULT 0"),
        },
    };
}

QString ReconSchema::itemColumns()
{
    return QStringLiteral(
        "id, run_id, result_row, side, status, reasons, transaction_id, kind, ledger_amount, van_amount, "
        "ledger_approval_no, van_approval_no, occurred_at_ms, card_number, merchant_name, customer_id, category, "
        "source_line, state, paired_item_id, resolved_in_run_id, reason_code, note, updated_by, updated_at_ms, "
        "version, card_company, merchant_id, installment_months");
}

QString ReconSchema::auditColumns()
{
    return QStringLiteral("id, at_ms, operator, action, run_id, item_id, batch_id, undoes_batch_id, reason_code, note, "
                          "before_json, after_json, prev_hash, hash");
}

QString ReconSchema::runColumns()
{
    return QStringLiteral(
        "id, started_at_ms, finished_at_ms, operator, ledger_source, ledger_sha256, van_file, van_sha256, van_profile, "
        "date_from, date_to, summary_json, item_count, matched_late_count, report_json");
}

OpenItem ReconSchema::itemFromQuery(const QSqlQuery &q)
{
    OpenItem it;
    it.id = q.value(0).toLongLong();
    it.runId = q.value(1).toLongLong();
    it.side = OpenItem::Side(q.value(3).toInt());
    it.status = statusFromString(q.value(4).toString()).value_or(ReconStatus::LedgerOnly);
    it.reasons = quint8(q.value(5).toInt());
    it.transactionId = q.value(6).toString();
    it.kind = PaymentKinds::fromString(q.value(7).toString()).value_or(PaymentKind::Approval);
    it.ledgerAmount = q.value(8).toLongLong();
    it.vanAmount = q.value(9).toLongLong();
    it.ledgerApprovalNo = q.value(10).toString();
    it.vanApprovalNo = q.value(11).toString();
    it.occurredAtMs = q.value(12).toLongLong();
    it.cardNumber = q.value(13).toString();
    it.merchantName = q.value(14).toString();
    it.customerId = q.value(15).toString();
    it.category = q.value(16).toString();
    it.sourceLine = q.value(17).toLongLong();
    it.state = ItemStates::fromString(q.value(18).toString()).value_or(ItemState::Open);
    it.pairedItemId = q.value(19).toLongLong();
    it.resolvedInRunId = q.value(20).toLongLong();
    it.reasonCode = q.value(21).toString();
    it.note = q.value(22).toString();
    it.updatedBy = q.value(23).toString();
    it.updatedAtMs = q.value(24).toLongLong();
    it.version = q.value(25).toInt();
    it.cardCompany = q.value(26).toString();
    it.merchantId = q.value(27).toString();
    it.installmentMonths = q.value(28).toInt();
    return it;
}

RunInfo ReconSchema::runFromQuery(const QSqlQuery &q)
{
    RunInfo r;
    r.id = q.value(0).toLongLong();
    r.startedAtMs = q.value(1).toLongLong();
    r.finishedAtMs = q.value(2).toLongLong();
    r.operatorName = q.value(3).toString();
    r.ledgerSource = q.value(4).toString();
    r.ledgerSha256 = q.value(5).toString();
    r.vanFile = q.value(6).toString();
    r.vanSha256 = q.value(7).toString();
    r.vanProfile = q.value(8).toString();
    r.from = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    r.to = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    r.summary = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    r.itemCount = q.value(12).toLongLong();
    r.matchedLateCount = q.value(13).toLongLong();
    r.report = QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object();
    return r;
}

AuditEntry ReconSchema::auditFromQuery(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.operatorName = q.value(2).toString();
    e.action = q.value(3).toString();
    e.runId = q.value(4).toLongLong();
    e.itemId = q.value(5).toLongLong();
    e.batchId = q.value(6).toLongLong();
    e.undoesBatchId = q.value(7).toLongLong();
    e.reasonCode = q.value(8).toString();
    e.note = q.value(9).toString();
    e.before = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    e.after = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    e.hash = q.value(13).toString();
    return e;
}

QString ReconSchema::compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void ReconSchema::bind(QSqlQuery &q, const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        q.addBindValue(QString::fromLatin1(""));
    else
        q.addBindValue(v);
}

std::vector<OpenItem> ReconSchema::selectItems(
    QSqlDatabase db, const QStringList &where, const QVariantList &binds, QString *sqlError)
{
    std::vector<OpenItem> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM payrecon_items%2 ORDER BY id")
                  .arg(itemColumns(),
                      where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : binds)
        bind(q, v);
    if (!q.exec()) {
        *sqlError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(itemFromQuery(q));
    return out;
}
