#include "alertoutbox.h"

#include "alerts/alertlog.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

namespace {
QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

/// Lease owners are "host:pid/n". A holder on this host whose process is gone (killed, crashed) holds
/// nothing: waiting for its lease to expire would only delay the alerts it left pending.
bool holderIsAlive(const QString &holder)
{
    const qsizetype colon = holder.lastIndexOf(u':');
    const qsizetype slash = holder.indexOf(u'/', colon);
    if (colon < 0 || slash < 0 || holder.left(colon) != QSysInfo::machineHostName())
        return true;
    bool ok = false;
    const qint64 pid = QStringView(holder).mid(colon + 1, slash - colon - 1).toLongLong(&ok);
    if (!ok || pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_LINUX
    return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
#else
    return true; // no cheap portable check: the lease expires instead
#endif
}

const QString selectColumns = QStringLiteral(
    "SELECT seq, dedupe_key, state, attempts, last_error, created_at, delivered_at, payload FROM alert_outbox ");
} // namespace

AlertOutbox::AlertOutbox(LocalStore &store)
    : m_store { store }
{ }

bool AlertOutbox::migrate(QString *error)
{
    const QList<QStringList> versions = {
        {
            QStringLiteral("CREATE TABLE alert_outbox ("
                           "seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "dedupe_key TEXT NOT NULL UNIQUE, "
                           "row_id INTEGER NOT NULL, "
                           "state INTEGER NOT NULL DEFAULT 0, "
                           "attempts INTEGER NOT NULL DEFAULT 0, "
                           "last_error TEXT, "
                           "created_at TEXT NOT NULL, "
                           "delivered_at TEXT, "
                           "payload TEXT NOT NULL)"),
            // Pending entries are read oldest first on every delivery round.
            QStringLiteral("CREATE INDEX alert_outbox_pending ON alert_outbox(state, seq)"),
            QStringLiteral("CREATE TABLE alert_marks ("
                           "source TEXT PRIMARY KEY, "
                           "mark INTEGER NOT NULL, "
                           "updated_at TEXT NOT NULL)"),
        },
        {
            QStringLiteral("CREATE TABLE alert_delivery_lease ("
                           "id INTEGER PRIMARY KEY CHECK (id = 1), "
                           "owner TEXT NOT NULL, "
                           "expires_at_ms INTEGER NOT NULL)"),
        },
    };
    return m_store.migrate(QLatin1String(Component), versions, error);
}

std::optional<qint64> AlertOutbox::highWaterMark(const QString &source, QString *error) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT mark FROM alert_marks WHERE source = ?"));
    q.addBindValue(source);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool AlertOutbox::setHighWaterMark(const QString &source, qint64 mark, QString *error)
{
    return record(source, mark, {}, nullptr, error);
}

bool AlertOutbox::record(
    const QString &source, qint64 mark, const QList<Alert> &alerts, QList<OutboxEntry> *recorded, QString *error)
{
    QSqlDatabase db = m_store.database();
    QSqlQuery q(db);
    auto fail = [&](const QSqlQuery &failed) {
        if (error)
            *error = tr("Cannot record alerts in the store: %1").arg(failed.lastError().text());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    // IMMEDIATE: take the write lock now, so a CLI flushing at the same time waits instead of failing midway.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(q);
    const QString now = nowText();
    QList<OutboxEntry> added;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO alert_outbox(dedupe_key, row_id, created_at, payload) "
                                  "VALUES (?, ?, ?, ?) ON CONFLICT(dedupe_key) DO NOTHING"));
    for (const Alert &a : alerts) {
        const QString key = a.dedupeKey();
        insert.addBindValue(key);
        insert.addBindValue(a.payment.rowId);
        insert.addBindValue(now);
        insert.addBindValue(QString::fromUtf8(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact)));
        if (!insert.exec())
            return fail(insert);
        if (insert.numRowsAffected() == 1) {
            OutboxEntry e;
            e.seq = insert.lastInsertId().toLongLong();
            e.dedupeKey = key;
            e.createdAt = fromText(now);
            e.alert = a;
            added.append(std::move(e));
        } else {
            qCInfo(lcAlerts, "Alert for ledger row %lld is already in the outbox; not recorded again",
                qlonglong(a.payment.rowId));
        }
    }
    QSqlQuery markQuery(db);
    // The mark only moves forward, whatever a caller passes.
    markQuery.prepare(QStringLiteral("INSERT INTO alert_marks(source, mark, updated_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT(source) DO UPDATE SET mark = MAX(mark, excluded.mark), "
                                     "updated_at = excluded.updated_at"));
    markQuery.addBindValue(source);
    markQuery.addBindValue(mark);
    markQuery.addBindValue(now);
    if (!markQuery.exec())
        return fail(markQuery);
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q);
    if (recorded)
        *recorded = std::move(added);
    return true;
}

namespace {
QList<OutboxEntry> readEntries(QSqlQuery &q)
{
    QList<OutboxEntry> out;
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.dedupeKey = q.value(1).toString();
        e.state = AlertDeliveryState(q.value(2).toInt());
        e.attempts = q.value(3).toInt();
        e.lastError = q.value(4).toString();
        e.createdAt = fromText(q.value(5));
        e.deliveredAt = fromText(q.value(6));
        const std::optional<Alert> alert
            = Alert::fromJson(QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object());
        if (!alert) {
            qCWarning(lcAlerts, "Outbox entry %lld cannot be read; skipped", qlonglong(e.seq));
            continue;
        }
        e.alert = *alert;
        out.append(std::move(e));
    }
    return out;
}
} // namespace

QList<OutboxEntry> AlertOutbox::pending(int limit, QString *error) const
{
    QSqlQuery q(m_store.database());
    q.prepare(selectColumns + QStringLiteral("WHERE state = 0 ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    return readEntries(q);
}

qint64 AlertOutbox::pendingCount() const
{
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM alert_outbox WHERE state = 0")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QList<OutboxEntry> AlertOutbox::recent(int limit, QString *error) const
{
    QSqlQuery q(m_store.database());
    q.prepare(selectColumns + QStringLiteral("ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    return readEntries(q);
}

bool AlertOutbox::update(const QString &sql, const QList<qint64> &seqs, const QVariantList &values, QString *error)
{
    QSqlDatabase db = m_store.database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QSqlQuery u(db);
    u.prepare(sql);
    for (qint64 seq : seqs) {
        for (const QVariant &v : values)
            u.addBindValue(v);
        u.addBindValue(seq);
        if (!u.exec()) {
            if (error)
                *error = tr("Cannot update the alert outbox: %1").arg(u.lastError().text());
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool AlertOutbox::acquireDeliveryLease(const QString &owner, int ttlMs, QString *holder)
{
    QSqlDatabase db = m_store.database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (holder)
            *holder = q.lastError().text();
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (q.exec(QStringLiteral("SELECT owner, expires_at_ms FROM alert_delivery_lease WHERE id = 1")) && q.next()
        && q.value(0).toString() != owner && q.value(1).toLongLong() > now && holderIsAlive(q.value(0).toString())) {
        if (holder)
            *holder = q.value(0).toString();
        q.finish();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    q.finish();
    QSqlQuery take(db);
    take.prepare(QStringLiteral("INSERT INTO alert_delivery_lease(id, owner, expires_at_ms) VALUES (1, ?, ?) "
                                "ON CONFLICT(id) DO UPDATE SET owner = excluded.owner, "
                                "expires_at_ms = excluded.expires_at_ms"));
    take.addBindValue(owner);
    take.addBindValue(now + ttlMs);
    if (!take.exec() || !q.exec(QStringLiteral("COMMIT"))) {
        if (holder)
            *holder = take.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

void AlertOutbox::releaseDeliveryLease(const QString &owner)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM alert_delivery_lease WHERE id = 1 AND owner = ?"));
    q.addBindValue(owner);
    q.exec();
}

int AlertOutbox::pruneDelivered(int days, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM alert_outbox WHERE state <> 0 AND created_at < ?"));
    q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

bool AlertOutbox::markDelivered(const QList<qint64> &seqs, QString *error)
{
    return update(QStringLiteral("UPDATE alert_outbox SET state = 1, attempts = attempts + 1, last_error = NULL, "
                                 "delivered_at = ? WHERE seq = ?"),
        seqs, { nowText() }, error);
}

bool AlertOutbox::markAttempt(const QList<qint64> &seqs, const QString &why, QString *error)
{
    return update(QStringLiteral("UPDATE alert_outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"), seqs,
        { why }, error);
}

bool AlertOutbox::markFailed(const QList<qint64> &seqs, const QString &why, QString *error)
{
    return update(
        QStringLiteral("UPDATE alert_outbox SET state = 2, attempts = attempts + 1, last_error = ? WHERE seq = ?"),
        seqs, { why }, error);
}
