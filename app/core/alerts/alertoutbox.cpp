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

const QString selectColumns = QStringLiteral("SELECT seq, dedupe_key, state, attempts, last_error, created_at, "
                                             "delivered_at, payload FROM payrecon_alert_outbox ");
} // namespace

AlertOutbox::AlertOutbox(LocalStore &store)
    : m_store { store }
{ }

bool AlertOutbox::migrate(QString *error)
{
    const QList<QStringList> sqlite = {
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
        // v3: one set of table names on both backends, prefixed for a team database shared with other applications.
        {
            QStringLiteral("ALTER TABLE alert_outbox RENAME TO payrecon_alert_outbox"),
            QStringLiteral("ALTER TABLE alert_marks RENAME TO payrecon_alert_marks"),
            QStringLiteral("ALTER TABLE alert_delivery_lease RENAME TO payrecon_alert_delivery_lease"),
        },
    };
    const QList<QStringList> mysql = {
        {
            QStringLiteral("CREATE TABLE payrecon_alert_outbox ("
                           "seq BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                           "dedupe_key VARCHAR(255) NOT NULL, "
                           "row_id BIGINT NOT NULL, "
                           "state TINYINT NOT NULL DEFAULT 0, "
                           "attempts INT NOT NULL DEFAULT 0, "
                           "last_error TEXT NULL, "
                           "created_at VARCHAR(32) NOT NULL, "
                           "delivered_at VARCHAR(32) NULL, "
                           "payload MEDIUMTEXT NOT NULL, "
                           "UNIQUE KEY payrecon_alert_outbox_key (dedupe_key), "
                           "KEY payrecon_alert_outbox_pending (state, seq)"
                           ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"),
            QStringLiteral("CREATE TABLE payrecon_alert_marks ("
                           "source VARCHAR(512) NOT NULL PRIMARY KEY, "
                           "mark BIGINT NOT NULL, "
                           "updated_at VARCHAR(32) NOT NULL"
                           ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"),
            // The lease row always exists (a free lease has no owner): operators on several machines then queue on
            // its row lock, where a missing row would leave them racing to insert it.
            QStringLiteral("CREATE TABLE payrecon_alert_delivery_lease ("
                           "id INT NOT NULL PRIMARY KEY, "
                           "owner VARCHAR(255) NOT NULL, "
                           "expires_at_ms BIGINT NOT NULL"
                           ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"),
            QStringLiteral(
                "INSERT IGNORE INTO payrecon_alert_delivery_lease (id, owner, expires_at_ms) VALUES (1, '', 0)"),
        },
        {},
        {},
    };
    return m_store.migrate(QLatin1String(Component), sqlite, mysql, error);
}

std::optional<qint64> AlertOutbox::highWaterMark(const QString &source, QString *error) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT mark FROM payrecon_alert_marks WHERE source = ?"));
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
    // SQLite takes the write lock now, so a CLI flushing at the same time waits instead of failing midway.
    QString beginError;
    if (!m_store.begin(&beginError)) {
        if (error)
            *error = tr("Cannot record alerts in the store: %1").arg(beginError);
        return false;
    }
    const QString now = nowText();
    QList<OutboxEntry> added;
    QSqlQuery insert(db);
    const bool mysql = m_store.isMySql();
    // A key already there leaves the row as it is: no rows affected on either backend.
    insert.prepare(mysql ? QStringLiteral("INSERT INTO payrecon_alert_outbox(dedupe_key, row_id, created_at, payload) "
                                          "VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE dedupe_key = dedupe_key")
                         : QStringLiteral("INSERT INTO payrecon_alert_outbox(dedupe_key, row_id, created_at, payload) "
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
    markQuery.prepare(mysql
            ? QStringLiteral("INSERT INTO payrecon_alert_marks(source, mark, updated_at) VALUES (?, ?, ?) "
                             "ON DUPLICATE KEY UPDATE mark = GREATEST(mark, VALUES(mark)), "
                             "updated_at = VALUES(updated_at)")
            : QStringLiteral("INSERT INTO payrecon_alert_marks(source, mark, updated_at) VALUES (?, ?, ?) "
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
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM payrecon_alert_outbox WHERE state = 0")) && q.next())
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
    if (!m_store.begin(error))
        return false;
    QSqlQuery u(db);
    u.prepare(sql);
    for (qint64 seq : seqs) {
        for (const QVariant &v : values)
            u.addBindValue(v);
        u.addBindValue(seq);
        if (!u.exec()) {
            if (error)
                *error = tr("Cannot update the alert outbox: %1").arg(u.lastError().text());
            m_store.rollback();
            return false;
        }
    }
    return m_store.commit(error);
}

bool AlertOutbox::acquireDeliveryLease(const QString &owner, int ttlMs, QString *holder)
{
    QSqlDatabase db = m_store.database();
    const bool mysql = m_store.isMySql();
    if (!m_store.begin(holder))
        return false;
    QSqlQuery q(db);
    // MySQL: the row lock queues operators on other machines, and the server's clock decides expiry, so a
    // workstation whose clock is off can neither steal a live lease nor keep an expired one.
    const bool read = mysql ? q.exec(QStringLiteral("SELECT owner, expires_at_ms, "
                                                    "CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED) "
                                                    "FROM payrecon_alert_delivery_lease WHERE id = 1 FOR UPDATE"))
                            : q.exec(QStringLiteral("SELECT owner, expires_at_ms FROM payrecon_alert_delivery_lease "
                                                    "WHERE id = 1"));
    if (!read) {
        if (holder)
            *holder = q.lastError().text();
        m_store.rollback();
        return false;
    }
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (q.next()) {
        if (mysql)
            now = q.value(2).toLongLong();
        const QString current = q.value(0).toString();
        if (!current.isEmpty() && current != owner && q.value(1).toLongLong() > now && holderIsAlive(current)) {
            if (holder)
                *holder = current;
            q.finish();
            m_store.rollback();
            return false;
        }
    }
    q.finish();
    QSqlQuery take(db);
    take.prepare(mysql ? QStringLiteral("UPDATE payrecon_alert_delivery_lease SET owner = ?, expires_at_ms = ? "
                                        "WHERE id = 1")
                       : QStringLiteral("INSERT INTO payrecon_alert_delivery_lease(id, owner, expires_at_ms) "
                                        "VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET owner = excluded.owner, "
                                        "expires_at_ms = excluded.expires_at_ms"));
    take.addBindValue(owner);
    take.addBindValue(now + ttlMs);
    if (!take.exec()) {
        if (holder)
            *holder = take.lastError().text();
        m_store.rollback();
        return false;
    }
    return m_store.commit(holder);
}

void AlertOutbox::releaseDeliveryLease(const QString &owner)
{
    QSqlQuery q(m_store.database());
    q.prepare(m_store.isMySql()
            ? QStringLiteral("UPDATE payrecon_alert_delivery_lease SET owner = '', expires_at_ms = 0 "
                             "WHERE id = 1 AND owner = ?")
            : QStringLiteral("DELETE FROM payrecon_alert_delivery_lease WHERE id = 1 AND owner = ?"));
    q.addBindValue(owner);
    q.exec();
}

int AlertOutbox::pruneDelivered(int days, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM payrecon_alert_outbox WHERE state <> 0 AND created_at < ?"));
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
    return update(
        QStringLiteral("UPDATE payrecon_alert_outbox SET state = 1, attempts = attempts + 1, last_error = NULL, "
                       "delivered_at = ? WHERE seq = ?"),
        seqs, { nowText() }, error);
}

bool AlertOutbox::markAttempt(const QList<qint64> &seqs, const QString &why, QString *error)
{
    return update(
        QStringLiteral("UPDATE payrecon_alert_outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"), seqs,
        { why }, error);
}

bool AlertOutbox::markFailed(const QList<qint64> &seqs, const QString &why, QString *error)
{
    return update(
        QStringLiteral(
            "UPDATE payrecon_alert_outbox SET state = 2, attempts = attempts + 1, last_error = ? WHERE seq = ?"),
        seqs, { why }, error);
}
