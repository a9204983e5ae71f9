#include "reconstore.h"

#include "resolve/audittrail.h"
#include "resolve/reconschema.h"
#include "resolve/resolutionwriter.h"
#include "resolve/runwriter.h"
#include "store/localstore.h"

#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

using ReconSchema::bind;

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

bool ReconStore::open(const StoreLocation &location, QString *error)
{
    m_local = std::make_unique<LocalStore>(location);
    if (!m_local->open(error)
        || !m_local->migrate(
            ReconSchema::component(), ReconSchema::sqliteVersions(), ReconSchema::mysqlVersions(), error)) {
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
    return m_local ? m_local->schemaVersion(ReconSchema::component()) : 0;
}

std::optional<RecordRunResult> ReconStore::recordRun(const RunInfo &run, const ReconOutcome &outcome, QString *error)
{
    return RunWriter(*this, db()).record(run, outcome, error);
}

std::vector<RunInfo> ReconStore::runs(int limit, QString *error) const
{
    std::vector<RunInfo> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM payrecon_runs ORDER BY id DESC LIMIT ?").arg(ReconSchema::runColumns()));
    bind(q, limit);
    if (!q.exec()) {
        *error = tr("Store %1: %2").arg(m_describe, q.lastError().text());
        return out;
    }
    while (q.next())
        out.push_back(ReconSchema::runFromQuery(q));
    return out;
}

std::optional<RunInfo> ReconStore::run(qint64 runId, QString *error) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM payrecon_runs WHERE id = ?").arg(ReconSchema::runColumns()));
    bind(q, runId);
    if (!q.exec()) {
        *error = tr("Store %1: %2").arg(m_describe, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("Store %1 has no run %2.").arg(m_describe).arg(runId);
        return std::nullopt;
    }
    return ReconSchema::runFromQuery(q);
}

std::vector<OpenItem> ReconStore::selectItems(const QStringList &where, const QVariantList &binds, QString *error) const
{
    QString sqlError;
    std::vector<OpenItem> out = ReconSchema::selectItems(db(), where, binds, &sqlError);
    if (!sqlError.isEmpty())
        *error = tr("Store %1: %2").arg(m_describe, sqlError);
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

ResolveResult ReconStore::resolve(const ResolveRequest &request)
{
    return ResolutionWriter(*this, db()).resolve(request);
}

ResolveResult ReconStore::undoLast()
{
    return ResolutionWriter(*this, db()).undoLast();
}

qint64 ReconStore::lastUndoableBatch(QString *error) const
{
    return ResolutionWriter(*this, db()).lastUndoableBatch(error);
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
                  .arg(ReconSchema::auditColumns(),
                      where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : binds)
        bind(q, v);
    bind(q, filter.limit);
    if (!q.exec()) {
        *error = tr("Store %1: %2").arg(m_describe, q.lastError().text());
        return out;
    }
    while (q.next())
        out.push_back(ReconSchema::auditFromQuery(q));
    return out;
}

bool ReconStore::verifyAuditChain(QString *error) const
{
    return AuditTrail::verify(db(), m_describe, error);
}
