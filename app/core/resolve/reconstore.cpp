#include "reconstore.h"

#include "domain/cardmask.h"
#include "domain/koreatime.h"
#include "ledger/ledgerurl.h"
#include "ledger/sqlledgersource.h"
#include "store/localstore.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <string_view>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcRecon, "payrecon.resolve", QtInfoMsg)

namespace {
const QString Component = QStringLiteral("recon");
constexpr int InsertChunk = 200; // rows per multi-row INSERT on MySQL: 28 x 200 parameters, one round trip

// Table definitions per backend. Version i+1 = versions[i]; append, never edit a shipped step.
QList<QStringList> sqliteVersions()
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
QList<QStringList> mysqlVersions()
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

const QString ItemColumns = QStringLiteral(
    "id, run_id, result_row, side, status, reasons, transaction_id, kind, ledger_amount, van_amount, "
    "ledger_approval_no, van_approval_no, occurred_at_ms, card_number, merchant_name, customer_id, category, "
    "source_line, state, paired_item_id, resolved_in_run_id, reason_code, note, updated_by, updated_at_ms, version, "
    "card_company, merchant_id, installment_months");
const QString AuditColumns = QStringLiteral("id, at_ms, operator, action, run_id, item_id, batch_id, undoes_batch_id, "
                                            "reason_code, note, before_json, after_json, prev_hash, hash");
const QString RunColumns = QStringLiteral(
    "id, started_at_ms, finished_at_ms, operator, ledger_source, ledger_sha256, van_file, van_sha256, van_profile, "
    "date_from, date_to, summary_json, item_count, matched_late_count, report_json");

std::optional<ReconStatus> statusFromString(const QString &text)
{
    for (int s = 0; s < ReconStatusCount; ++s) {
        if (ReconStatuses::toString(ReconStatus(s)) == text)
            return ReconStatus(s);
    }
    return std::nullopt;
}

OpenItem itemFromQuery(const QSqlQuery &q)
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

RunInfo runFromQuery(const QSqlQuery &q)
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

AuditEntry auditFromQuery(const QSqlQuery &q)
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

/// The fields a resolution changes, as recorded before/after in the audit trail and restored by undo.
QJsonObject snapshot(const OpenItem &it)
{
    return QJsonObject { { QStringLiteral("state"), ItemStates::toString(it.state) },
        { QStringLiteral("paired_item_id"), it.pairedItemId },
        { QStringLiteral("resolved_in_run_id"), it.resolvedInRunId }, { QStringLiteral("reason_code"), it.reasonCode },
        { QStringLiteral("note"), it.note }, { QStringLiteral("version"), it.version } };
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

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

/// Binds \a v, turning a null QString into an empty one: the columns are NOT NULL and "" means "none".
void bind(QSqlQuery &q, const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        q.addBindValue(QString::fromLatin1(""));
    else
        q.addBindValue(v);
}

bool approvalsCompatible(const QString &a, const QString &b)
{
    return a.isEmpty() || b.isEmpty() || a == b;
}
} // namespace

// ---------------------------------------------------------------------------------------------------------------
// Transaction and audit-chain plumbing shared by every writer.

class ReconStoreTx
{
public:
    ReconStoreTx(QSqlDatabase db, bool sqlite)
        : m_db { std::move(db) }
        , m_sqlite { sqlite }
    { }
    ~ReconStoreTx()
    {
        if (m_open)
            rollback();
    }

    bool begin(QString *error)
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

    bool commit(QString *error)
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

    void rollback()
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

    qint64 newBatch(const QString &op, const QString &action, QString *error)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO payrecon_batches (at_ms, operator, action) VALUES (?, ?, ?)"));
        bind(q, QDateTime::currentMSecsSinceEpoch());
        bind(q, op);
        bind(q, action);
        if (!q.exec()) {
            *error = q.lastError().text();
            return 0;
        }
        return q.lastInsertId().toLongLong();
    }

    bool append(AuditEntry &e, QString *error)
    {
        e.id = m_lastId + 1;
        if (e.atMs == 0)
            e.atMs = QDateTime::currentMSecsSinceEpoch();
        const QString before = compactJson(e.before);
        const QString after = compactJson(e.after);
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
                    .arg(AuditColumns));
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

private:
    static constexpr int AuditFields = 14;
    static constexpr int AuditChunk = 200;

    bool flushAudit(QString *error)
    {
        if (m_buffered.empty())
            return true;
        const int rows = int(m_buffered.size() / AuditFields);
        QString sql = QStringLiteral("INSERT INTO payrecon_audit (%1) VALUES ").arg(AuditColumns);
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

    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insert;
    std::vector<QVariant> m_buffered; ///< MySQL: audit rows not written yet, AuditFields values each
    bool m_sqlite;
    bool m_open = false;
    qint64 m_lastId = 0;
    QString m_lastHash;
};

// ---------------------------------------------------------------------------------------------------------------

QString ReconStore::configuredUrl()
{
    const QString location = LocalStore::defaultLocation();
    return location == LocalStore::defaultPath() ? QString() : location;
}

QString ReconStore::defaultOperator()
{
    QString name = qEnvironmentVariable("PAYRECON_OPERATOR");
    if (name.isEmpty())
        name = QSettings().value(QStringLiteral("store/operator")).toString();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

ReconStore::ReconStore()
    : m_operator { defaultOperator() }
{ }

ReconStore::~ReconStore() = default;

QSqlDatabase ReconStore::db() const
{
    return m_local ? m_local->database() : QSqlDatabase();
}

bool ReconStore::open(const QString &url, QString *error)
{
    m_local = std::make_unique<LocalStore>(url.isEmpty() ? LocalStore::defaultPath() : url);
    if (!m_local->open(error) || !m_local->migrate(Component, sqliteVersions(), mysqlVersions(), error)) {
        m_local.reset();
        return false;
    }
    m_backend = m_local->isMySql() ? Backend::MySql : Backend::Sqlite;
    m_describe = m_local->describe();
    return true;
}

bool ReconStore::isOpen() const
{
    return db().isOpen();
}

QString ReconStore::describe() const
{
    return m_describe;
}

int ReconStore::schemaVersion() const
{
    return m_local ? m_local->schemaVersion(Component) : 0;
}

std::optional<RecordRunResult> ReconStore::recordRun(const RunInfo &run, const ReconOutcome &outcome, QString *error)
{
    const bool sqlite = m_backend == Backend::Sqlite;
    QSqlDatabase database = db();
    ReconStoreTx tx(database, sqlite);
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
    for (const QVariant &v :
        { QVariant(run.startedAtMs ? run.startedAtMs : now), QVariant(run.finishedAtMs ? run.finishedAtMs : now),
            QVariant(m_operator), QVariant(run.ledgerSource), QVariant(run.ledgerSha256), QVariant(run.vanFile),
            QVariant(run.vanSha256), QVariant(run.vanProfile), QVariant(run.from.toString(Qt::ISODate)),
            QVariant(run.to.toString(Qt::ISODate)), QVariant(compactJson(outcome.result.summary.toJson())),
            QVariant(qint64(fresh.size())), QVariant(run.report.isEmpty() ? QString() : compactJson(run.report)) })
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
    const size_t chunk = m_backend == Backend::Sqlite ? 1 : InsertChunk;
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

namespace {
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

bool ReconStore::carryOver(ReconStoreTx &tx, const ReconOutcome &outcome, const std::vector<OpenItem> &fresh,
    RecordRunResult &result, QString *error)
{
    QSqlDatabase database = db();
    QString queryError;
    const std::vector<OpenItem> earlier
        = selectItems({ QStringLiteral("run_id <> ?"), QStringLiteral("state IN ('open', 'pending')"),
                          QStringLiteral("status IN ('ledger_only', 'van_only')") },
            { result.runId }, &queryError);
    if (!queryError.isEmpty()) {
        *error = queryError;
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
    if (m_backend == Backend::Sqlite) {
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
        e.before = snapshot(*c.item);
        e.after = snapshot(after);
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

std::vector<RunInfo> ReconStore::runs(int limit, QString *error) const
{
    std::vector<RunInfo> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM payrecon_runs ORDER BY id DESC LIMIT ?").arg(RunColumns));
    bind(q, limit);
    if (!q.exec()) {
        *error = tr("Store %1: %2").arg(m_describe, q.lastError().text());
        return out;
    }
    while (q.next())
        out.push_back(runFromQuery(q));
    return out;
}

std::optional<RunInfo> ReconStore::run(qint64 runId, QString *error) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM payrecon_runs WHERE id = ?").arg(RunColumns));
    bind(q, runId);
    if (!q.exec()) {
        *error = tr("Store %1: %2").arg(m_describe, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("Store %1 has no run %2.").arg(m_describe).arg(runId);
        return std::nullopt;
    }
    return runFromQuery(q);
}

std::vector<OpenItem> ReconStore::selectItems(const QStringList &where, const QVariantList &binds, QString *error) const
{
    std::vector<OpenItem> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM payrecon_items%2 ORDER BY id")
                  .arg(ItemColumns,
                      where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : binds)
        bind(q, v);
    if (!q.exec()) {
        *error = tr("Store %1: %2").arg(m_describe, q.lastError().text());
        return out;
    }
    while (q.next())
        out.push_back(itemFromQuery(q));
    return out;
}

std::vector<OpenItem> ReconStore::items(qint64 runId, bool openOnly, QString *error) const
{
    QStringList where;
    QVariantList binds;
    if (runId > 0) {
        where << QStringLiteral("run_id = ?");
        binds << runId;
    }
    if (openOnly)
        where << QStringLiteral("state IN ('open', 'pending')");
    return selectItems(where, binds, error);
}

std::vector<OpenItem> ReconStore::verifiedItems(qint64 sinceMs, QString *error) const
{
    return selectItems({ QStringLiteral("state IN ('accepted_ledger', 'accepted_van', 'paired', 'matched_late')"),
                           QStringLiteral("updated_at_ms >= ?") },
        { sinceMs }, error);
}

std::vector<OpenItem> ReconStore::itemsChangedSince(qint64 sinceMs, QString *error) const
{
    return selectItems({ QStringLiteral("updated_at_ms >= ?") }, { sinceMs }, error);
}

std::optional<OpenItem> ReconStore::item(qint64 itemId, QString *error) const
{
    QString queryError;
    std::vector<OpenItem> found = selectItems({ QStringLiteral("id = ?") }, { itemId }, &queryError);
    if (found.empty()) {
        *error = queryError.isEmpty() ? tr("Store %1 has no item %2.").arg(m_describe).arg(itemId) : queryError;
        return std::nullopt;
    }
    return found.front();
}

QString ReconStore::conflictMessage(const OpenItem &now) const
{
    if (now.updatedBy.isEmpty())
        return tr("Transaction %1 changed while you were looking at it. Nothing was saved; reload and try again.")
            .arg(now.transactionId);
    return tr("Transaction %1 was changed by %2 at %3 (now: %4). Nothing was saved; reload and try again.")
        .arg(now.transactionId, now.updatedBy, QString::fromLatin1(KoreaTime::plain(now.updatedAtMs)),
            ItemStates::displayName(now.state));
}

ResolveResult ReconStore::resolve(const ResolveRequest &request)
{
    ResolveResult result;
    // Operators paste what the customer said; the note is stored and audited forever, so no full card number.
    const QString note = CardMask::maskText(request.note.trimmed());
    if (note.isEmpty()) {
        result.error = tr("A note is required: say why the item is resolved this way.");
        return result;
    }
    if (request.items.empty()) {
        result.error = tr("Select at least one item.");
        return result;
    }
    const bool pair = request.action == ResolveAction::Pair;
    if (pair && request.items.size() != 2) {
        result.error = tr("Pairing links exactly two items: one from the ledger and one from the VAN file.");
        return result;
    }
    QSqlDatabase database = db();
    ReconStoreTx tx(database, m_backend == Backend::Sqlite);
    QString err;
    auto fail = [&](const QString &message) {
        tx.rollback();
        result.ok = false;
        result.error = message;
        return result;
    };
    if (!tx.begin(&err))
        return fail(tr("Store %1: %2").arg(m_describe, err));

    std::vector<OpenItem> current;
    current.reserve(request.items.size());
    for (const ResolveRequest::Ref &ref : request.items) {
        std::optional<OpenItem> it = item(ref.id, &err);
        if (!it)
            return fail(err);
        if (it->version != ref.expectedVersion) {
            result.conflict = true;
            result.items.push_back(*it);
            return fail(conflictMessage(*it));
        }
        if (!ItemStates::isOpen(it->state))
            return fail(tr("Transaction %1 is already resolved (%2). Undo that first to change it.")
                            .arg(it->transactionId, ItemStates::displayName(it->state)));
        if (request.action == ResolveAction::AcceptLedger && !it->hasLedger())
            return fail(
                tr("Transaction %1 has no ledger record whose value could be accepted.").arg(it->transactionId));
        if (request.action == ResolveAction::AcceptVan && !it->hasVan())
            return fail(tr("Transaction %1 has no VAN record whose value could be accepted.").arg(it->transactionId));
        current.push_back(*it);
    }
    if (pair) {
        const bool ok = (current[0].side == OpenItem::Side::Ledger && current[1].side == OpenItem::Side::Van)
            || (current[0].side == OpenItem::Side::Van && current[1].side == OpenItem::Side::Ledger);
        if (!ok)
            return fail(tr("Pairing links a ledger-only item with a VAN-only item; %1 and %2 are not such a pair.")
                            .arg(current[0].transactionId, current[1].transactionId));
        if (current[0].kind != current[1].kind)
            return fail(tr("An approval cannot be paired with a cancellation (%1, %2).")
                            .arg(current[0].transactionId, current[1].transactionId));
    }

    const QString action = ItemStates::actionName(request.action);
    result.batchId = tx.newBatch(m_operator, action, &err);
    if (!result.batchId)
        return fail(tr("Store %1: %2").arg(m_describe, err));
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
        if (!writeChange(tx, before, after, e, result))
            return fail(result.error);
    }
    if (!tx.commit(&err))
        return fail(tr("Store %1: %2").arg(m_describe, err));
    result.ok = true;
    return result;
}

bool ReconStore::writeChange(
    ReconStoreTx &tx, const OpenItem &before, const OpenItem &after, AuditEntry entry, ResolveResult &result)
{
    QSqlQuery u(db());
    u.prepare(QStringLiteral("UPDATE payrecon_items SET state = ?, paired_item_id = ?, resolved_in_run_id = ?, "
                             "reason_code = ?, note = ?, updated_by = ?, updated_at_ms = ?, version = version + 1 "
                             "WHERE id = ? AND version = ?"));
    for (const QVariant &v : { QVariant(ItemStates::toString(after.state)), QVariant(after.pairedItemId),
             QVariant(after.resolvedInRunId), QVariant(after.reasonCode), QVariant(after.note), QVariant(m_operator),
             QVariant(after.updatedAtMs), QVariant(before.id), QVariant(before.version) })
        bind(u, v);
    if (!u.exec()) {
        result.error = tr("Store %1: %2").arg(m_describe, u.lastError().text());
        return false;
    }
    if (u.numRowsAffected() != 1) { // someone else's change landed first: name them, write nothing
        QString err;
        const std::optional<OpenItem> changed = item(before.id, &err);
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
    entry.before = snapshot(before);
    entry.after = snapshot(after);
    QString err;
    if (!tx.append(entry, &err)) {
        result.error = tr("Store %1: %2").arg(m_describe, err);
        return false;
    }
    result.items.push_back(after);
    return true;
}

qint64 ReconStore::lastUndoableBatch(QString *error) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT MAX(b.id) FROM payrecon_batches b WHERE b.operator = ? AND b.action IN "
                             "('accept_ledger', 'accept_van', 'write_off', 'pending', 'pair') AND NOT EXISTS "
                             "(SELECT 1 FROM payrecon_audit a WHERE a.undoes_batch_id = b.id)"));
    bind(q, m_operator);
    if (!q.exec() || !q.next()) {
        *error = tr("Store %1: %2").arg(m_describe, q.lastError().text());
        return 0;
    }
    return q.value(0).toLongLong();
}

ResolveResult ReconStore::undoLast()
{
    ResolveResult result;
    QSqlDatabase database = db();
    ReconStoreTx tx(database, m_backend == Backend::Sqlite);
    QString err;
    auto fail = [&](const QString &message) {
        tx.rollback();
        result.ok = false;
        result.error = message;
        return result;
    };
    if (!tx.begin(&err))
        return fail(tr("Store %1: %2").arg(m_describe, err));
    const qint64 target = lastUndoableBatch(&err);
    if (!target)
        return fail(err.isEmpty() ? tr("There is nothing of yours to undo.") : err);
    std::vector<AuditEntry> entries;
    {
        QSqlQuery q(database);
        q.prepare(QStringLiteral("SELECT %1 FROM payrecon_audit WHERE batch_id = ? AND item_id <> 0 ORDER BY id")
                      .arg(AuditColumns));
        bind(q, target);
        if (!q.exec())
            return fail(tr("Store %1: %2").arg(m_describe, q.lastError().text()));
        while (q.next())
            entries.push_back(auditFromQuery(q));
    }
    result.batchId = tx.newBatch(m_operator, QStringLiteral("undo"), &err);
    if (!result.batchId)
        return fail(tr("Store %1: %2").arg(m_describe, err));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const AuditEntry &done : entries) {
        std::optional<OpenItem> cur = item(done.itemId, &err);
        if (!cur)
            return fail(err);
        if (cur->version != done.after.value(QStringLiteral("version")).toInt()) {
            result.conflict = true;
            result.items.push_back(*cur);
            return fail(conflictMessage(*cur));
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
        if (!writeChange(tx, *cur, restored, e, result))
            return fail(result.error);
    }
    if (!tx.commit(&err))
        return fail(tr("Store %1: %2").arg(m_describe, err));
    result.ok = true;
    return result;
}

std::vector<AuditEntry> ReconStore::audit(const AuditFilter &filter, QString *error) const
{
    std::vector<AuditEntry> out;
    QStringList where;
    QVariantList binds;
    if (filter.fromMs) {
        where << QStringLiteral("at_ms >= ?");
        binds << filter.fromMs;
    }
    if (filter.toMs) {
        where << QStringLiteral("at_ms < ?");
        binds << filter.toMs;
    }
    if (!filter.operatorName.isEmpty()) {
        where << QStringLiteral("operator = ?");
        binds << filter.operatorName;
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        binds << filter.action;
    }
    if (filter.runId) {
        where << QStringLiteral("run_id = ?");
        binds << filter.runId;
    }
    if (filter.itemId) {
        where << QStringLiteral("item_id = ?");
        binds << filter.itemId;
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM payrecon_audit%2 ORDER BY id LIMIT ?")
                  .arg(AuditColumns,
                      where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : binds)
        bind(q, v);
    bind(q, filter.limit);
    if (!q.exec()) {
        *error = tr("Store %1: %2").arg(m_describe, q.lastError().text());
        return out;
    }
    while (q.next())
        out.push_back(auditFromQuery(q));
    return out;
}

bool ReconStore::verifyAuditChain(QString *error) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM payrecon_audit ORDER BY id").arg(AuditColumns))) {
        *error = tr("Store %1: %2").arg(m_describe, q.lastError().text());
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
            *error = tr("The audit trail of %1 was altered at entry %2.").arg(m_describe).arg(id);
            return false;
        }
        prev = recomputed;
        ++expectedId;
    }
    QSqlQuery head(db());
    if (head.exec(QStringLiteral("SELECT last_id, last_hash FROM payrecon_audit_head WHERE id = 1")) && head.next()
        && (head.value(0).toLongLong() != expectedId - 1 || head.value(1).toString() != prev)) {
        *error = tr("The audit trail of %1 ends at entry %2 but its head says %3: entries were removed.")
                     .arg(m_describe)
                     .arg(expectedId - 1)
                     .arg(head.value(0).toLongLong());
        return false;
    }
    return true;
}
