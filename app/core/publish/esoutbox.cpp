#include "esoutbox.h"

#include "publishlog.h"

#include "store/localstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>

namespace {
const QList<QStringList> &sqliteMigrations()
{
    static const QList<QStringList> steps = {
        // v1
        {
            QStringLiteral("CREATE TABLE es_outbox ("
                           "id INTEGER PRIMARY KEY, "
                           "run_id TEXT NOT NULL, "
                           "idx TEXT NOT NULL, "
                           "doc_id TEXT NOT NULL, "
                           "source BLOB, " // NULL once published: the store keeps ids, not every document forever
                           "source_hash BLOB NOT NULL, "
                           "state INTEGER NOT NULL DEFAULT 0, " // 0 pending, 1 done, 2 failed
                           "attempts INTEGER NOT NULL DEFAULT 0, "
                           "last_error TEXT, "
                           "updated_at INTEGER NOT NULL, "
                           "UNIQUE (idx, doc_id))"),
            QStringLiteral("CREATE INDEX es_outbox_state ON es_outbox(state, id)"),
        },
        // v2: one table name on both backends; in a team's MySQL database it sits next to other applications'
        // tables, so it carries the product's prefix.
        {
            QStringLiteral("ALTER TABLE es_outbox RENAME TO payrecon_es_outbox"),
        },
        // v3: the action, 0 index, 1 delete (an undone resolution's document leaves the verified index).
        {
            QStringLiteral("ALTER TABLE payrecon_es_outbox ADD COLUMN op INTEGER NOT NULL DEFAULT 0"),
        },
    };
    return steps;
}

const QList<QStringList> &mysqlMigrations()
{
    static const QList<QStringList> steps = {
        // v1
        {
            // doc_id is bytes: transaction ids compare exactly (case, trailing spaces), as Elasticsearch's _id does.
            QStringLiteral("CREATE TABLE payrecon_es_outbox ("
                           "id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                           "run_id VARCHAR(64) NOT NULL, "
                           "idx VARCHAR(255) NOT NULL, "
                           "doc_id VARBINARY(512) NOT NULL, "
                           "source LONGBLOB NULL, "
                           "source_hash VARBINARY(20) NOT NULL, "
                           "state TINYINT NOT NULL DEFAULT 0, "
                           "attempts INT NOT NULL DEFAULT 0, "
                           "last_error TEXT NULL, "
                           "updated_at BIGINT NOT NULL, "
                           "UNIQUE KEY payrecon_es_outbox_doc (idx, doc_id), "
                           "KEY payrecon_es_outbox_state (state, id)"
                           ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"),
        },
        // v2: the SQLite store's rename; nothing to do here.
        {},
        {
            QStringLiteral("ALTER TABLE payrecon_es_outbox ADD COLUMN op TINYINT NOT NULL DEFAULT 0"),
        },
    };
    return steps;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

EsOutbox::EsOutbox(LocalStore &store)
    : m_store { store }
{ }

EsOutbox::~EsOutbox()
{
    if (m_enqueuing)
        rollbackEnqueue();
}

const StoreLocation &EsOutbox::storeLocation() const
{
    return m_store.location();
}

QByteArray EsOutbox::hashOf(const QByteArray &source)
{
    return QCryptographicHash::hash(source, QCryptographicHash::Sha1);
}

QByteArray EsOutbox::deletionHash()
{
    // Not the hash of any JSON object: a source always starts with '{'.
    static const QByteArray hash = hashOf(QByteArrayLiteral("delete"));
    return hash;
}

QString EsOutbox::lastRunOf(const QString &index, const QByteArray &docId, bool *deletion, QString *error) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT run_id, op FROM payrecon_es_outbox WHERE idx = ? AND doc_id = ?"));
    query.addBindValue(index);
    query.addBindValue(QString::fromUtf8(docId));
    if (!exec(query, error) || !query.next())
        return {};
    *deletion = query.value(1).toInt() == 1;
    return query.value(0).toString();
}

bool EsOutbox::exec(QSqlQuery &query, QString *error) const
{
    if (query.exec())
        return true;
    if (error)
        *error = QCoreApplication::translate("EsOutbox", "Outbox in %1: %2")
                     .arg(m_store.describe(), query.lastError().text());
    return false;
}

bool EsOutbox::prepare(QString *error)
{
    return m_store.migrate(component(), sqliteMigrations(), mysqlMigrations(), error);
}

bool EsOutbox::beginEnqueue(const QString &runId, QString *error)
{
    // SQLite takes the write lock now, so a publisher in another process waits instead of failing mid-way.
    if (!m_store.begin(error))
        return false;
    m_enqueuing = true;
    m_runId = runId;
    m_changes = 0;
    qCInfo(lcPublish) << "outbox: enqueueing run" << runId;
    m_insert = std::make_unique<QSqlQuery>(m_store.database());
    m_buffered.clear();
    // A row whose source is unchanged keeps its state: enqueueing the same run again adds nothing.
    if (m_store.isMySql()) {
        m_insert.reset(); // MySQL writes MySqlBatch documents per statement, see flushMySql()
    } else {
        m_insert->prepare(QStringLiteral(
            "INSERT INTO payrecon_es_outbox (run_id, idx, doc_id, source, source_hash, state, attempts, last_error, "
            "updated_at, op) VALUES (?, ?, ?, ?, ?, 0, 0, NULL, ?, ?) "
            "ON CONFLICT (idx, doc_id) DO UPDATE SET run_id = excluded.run_id, op = excluded.op, "
            "source = excluded.source, "
            "source_hash = excluded.source_hash, state = 0, attempts = 0, last_error = NULL, "
            "updated_at = excluded.updated_at "
            "WHERE payrecon_es_outbox.source_hash IS NOT excluded.source_hash"));
    }
    return true;
}

QByteArray EsOutbox::versionOf(const EsDocument &doc)
{
    if (doc.deletion)
        return deletionHash();
    return doc.versionedBytes >= 0 ? hashOf(doc.source.left(doc.versionedBytes)) : hashOf(doc.source);
}

bool EsOutbox::add(const EsDocument &doc, QString *error)
{
    if (m_store.isMySql()) {
        m_buffered.push_back(doc);
        return m_buffered.size() < size_t(MySqlBatch) || flushMySql(error);
    }
    Q_ASSERT(m_insert);
    m_insert->bindValue(0, m_runId);
    m_insert->bindValue(1, doc.index);
    m_insert->bindValue(2, QString::fromUtf8(doc.id));
    m_insert->bindValue(3, doc.deletion ? QByteArray("") : doc.source);
    m_insert->bindValue(4, versionOf(doc));
    m_insert->bindValue(5, nowMs());
    m_insert->bindValue(6, doc.deletion ? 1 : 0);
    if (!exec(*m_insert, error))
        return false;
    m_changes += m_insert->numRowsAffected() > 0 ? 1 : 0;
    return true;
}

bool EsOutbox::flushMySql(QString *error)
{
    if (m_buffered.empty())
        return true;
    // One row per statement made a million-document run a round trip per document (≈ 6,000 documents/s on
    // loopback). Instead: which of these does the outbox already hold in this version (one SELECT per index),
    // then one multi-row upsert of the rest. The upsert keeps its own version check, so a concurrent writer
    // between the two statements cannot make a stale row pending or a changed one done.
    std::vector<QByteArray> versions;
    versions.reserve(m_buffered.size());
    for (const EsDocument &doc : m_buffered)
        versions.push_back(versionOf(doc));
    QHash<QString, std::vector<size_t>> byIndex;
    for (size_t i = 0; i < m_buffered.size(); ++i)
        byIndex[m_buffered[i].index].push_back(i);
    std::vector<bool> write(m_buffered.size(), true);
    QSqlDatabase db = m_store.database();
    for (auto it = byIndex.cbegin(); it != byIndex.cend(); ++it) {
        QString ids;
        for (size_t k = 0; k < it->size(); ++k)
            ids += k ? QStringLiteral(", ?") : QStringLiteral("?");
        QSqlQuery known(db);
        known.setForwardOnly(true);
        known.prepare(
            QStringLiteral("SELECT doc_id, source_hash FROM payrecon_es_outbox WHERE idx = ? AND doc_id IN (%1)")
                .arg(ids));
        known.addBindValue(it.key());
        for (size_t i : *it)
            known.addBindValue(QString::fromUtf8(m_buffered[i].id));
        if (!exec(known, error))
            return false;
        QHash<QByteArray, QByteArray> stored;
        while (known.next())
            stored.insert(known.value(0).toByteArray(), known.value(1).toByteArray());
        for (size_t i : *it) {
            const auto found = stored.constFind(m_buffered[i].id);
            if (found != stored.cend() && *found == versions[i])
                write[i] = false;
        }
    }
    QString rows;
    int count = 0;
    for (size_t i = 0; i < m_buffered.size(); ++i) {
        if (write[i]) {
            rows += count ? QStringLiteral(", (?, ?, ?, ?, ?, 0, 0, NULL, ?, ?)")
                          : QStringLiteral("(?, ?, ?, ?, ?, 0, 0, NULL, ?, ?)");
            ++count;
        }
    }
    if (count > 0) {
        // MySQL applies the assignments left to right, each seeing the ones before: source_hash changes last, so
        // every condition still compares with the stored version.
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral(
            "INSERT INTO payrecon_es_outbox (run_id, idx, doc_id, source, source_hash, state, attempts, last_error, "
            "updated_at, op) VALUES %1 ON DUPLICATE KEY UPDATE "
            "run_id = IF(source_hash = VALUES(source_hash), run_id, VALUES(run_id)), "
            "op = IF(source_hash = VALUES(source_hash), op, VALUES(op)), "
            "source = IF(source_hash = VALUES(source_hash), source, VALUES(source)), "
            "state = IF(source_hash = VALUES(source_hash), state, 0), "
            "attempts = IF(source_hash = VALUES(source_hash), attempts, 0), "
            "last_error = IF(source_hash = VALUES(source_hash), last_error, NULL), "
            "updated_at = IF(source_hash = VALUES(source_hash), updated_at, VALUES(updated_at)), "
            "source_hash = VALUES(source_hash)")
                           .arg(rows));
        const qint64 now = nowMs();
        for (size_t i = 0; i < m_buffered.size(); ++i) {
            if (!write[i])
                continue;
            const EsDocument &doc = m_buffered[i];
            upsert.addBindValue(m_runId);
            upsert.addBindValue(doc.index);
            upsert.addBindValue(QString::fromUtf8(doc.id));
            upsert.addBindValue(doc.deletion ? QByteArray("") : doc.source);
            upsert.addBindValue(versions[i]);
            upsert.addBindValue(now);
            upsert.addBindValue(doc.deletion ? 1 : 0);
        }
        if (!exec(upsert, error))
            return false;
    }
    m_changes += count;
    m_buffered.clear();
    return true;
}

bool EsOutbox::commitEnqueue(QString *error)
{
    m_enqueuing = false;
    m_insert.reset();
    if (!flushMySql(error)) {
        m_buffered.clear();
        m_store.rollback();
        return false;
    }
    if (!m_store.commit(error))
        return false;
    qCInfo(lcPublish) << "outbox: run" << m_runId << "enqueued" << m_changes << "new or changed documents";
    return true;
}

void EsOutbox::rollbackEnqueue()
{
    m_enqueuing = false;
    m_insert.reset();
    m_buffered.clear();
    m_store.rollback();
}

bool EsOutbox::enqueue(const QString &runId, const std::vector<EsDocument> &docs, QString *error)
{
    if (!beginEnqueue(runId, error))
        return false;
    for (const EsDocument &doc : docs) {
        if (!add(doc, error)) {
            rollbackEnqueue();
            return false;
        }
    }
    return commitEnqueue(error);
}

std::vector<EsOutboxItem> EsOutbox::nextPending(qint64 afterId, int maxDocs, qint64 maxBytes, QString *error)
{
    std::vector<EsOutboxItem> items;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // doc_id as bytes: the UTF-8 without a round trip through UTF-16 (MySQL's column is bytes already).
    query.prepare(m_store.isMySql()
            ? QStringLiteral("SELECT id, idx, doc_id, source, source_hash, attempts, op FROM payrecon_es_outbox "
                             "WHERE state = 0 AND id > ? ORDER BY id LIMIT ?")
            : QStringLiteral("SELECT id, idx, CAST(doc_id AS BLOB), source, source_hash, attempts, op "
                             "FROM payrecon_es_outbox WHERE state = 0 AND id > ? ORDER BY id LIMIT ?"));
    query.addBindValue(afterId);
    query.addBindValue(maxDocs);
    if (!exec(query, error))
        return items;
    items.reserve(size_t(qMin(maxDocs, 100000)));
    qint64 bytes = 0;
    QString lastIndex;
    while (query.next()) {
        EsOutboxItem item;
        item.id = query.value(0).toLongLong();
        // Two index names at most: share one string between the items instead of one copy each.
        const QString index = query.value(1).toString();
        if (index != lastIndex)
            lastIndex = index;
        item.index = lastIndex;
        item.docId = query.value(2).toByteArray();
        item.source = query.value(3).toByteArray();
        item.sourceHash = query.value(4).toByteArray();
        item.attempts = query.value(5).toInt();
        item.deletion = query.value(6).toInt() == 1;
        // The action line and newlines add about 60 bytes per document to the request.
        const qint64 size = item.source.size() + item.docId.size() + item.index.size() + 40;
        if (!items.empty() && bytes + size > maxBytes)
            break;
        bytes += size;
        items.push_back(std::move(item));
    }
    return items;
}

bool EsOutbox::apply(const std::vector<Outcome> &outcomes, QString *error)
{
    if (outcomes.empty())
        return true;
    if (!m_store.begin(error))
        return false;
    QSqlDatabase db = m_store.database();
    QSqlQuery failed(db);
    failed.prepare(QStringLiteral("UPDATE payrecon_es_outbox SET state = 2, attempts = attempts + 1, last_error = ?, "
                                  "updated_at = ? WHERE id = ? AND source_hash = ?"));
    QSqlQuery retry(db);
    retry.prepare(
        QStringLiteral("UPDATE payrecon_es_outbox SET attempts = attempts + 1, last_error = ?, updated_at = ? "
                       "WHERE id = ? AND source_hash = ?"));
    const qint64 now = nowMs();
    auto fail = [&] {
        m_store.rollback();
        return false;
    };
    // Acknowledged rows, the bulk of every call, go DoneBatch at a time through one statement: per-row statements
    // cost more in QtSql's bookkeeping than in SQLite. The join keeps the per-row condition: a row is marked done
    // only while it still holds the version (source_hash) that was sent.
    constexpr int DoneBatch = 500;
    // MySQL has no UPDATE … FROM: a join with the sent rows as a derived table, still one statement.
    const bool mysql = m_store.isMySql();
    auto doneSql = [mysql](int rows) {
        QString sql;
        if (mysql) {
            sql = QStringLiteral("UPDATE payrecon_es_outbox o JOIN (");
            for (int i = 0; i < rows; ++i)
                sql += i ? QStringLiteral(" UNION ALL SELECT ?, ?") : QStringLiteral("SELECT ? AS id, ? AS h");
            sql += QStringLiteral(
                ") sent ON o.id = sent.id AND o.source_hash = sent.h SET o.state = 1, "
                "o.source = NULL, o.attempts = o.attempts + 1, o.last_error = NULL, o.updated_at = ?");
            return sql;
        }
        sql = QStringLiteral("UPDATE payrecon_es_outbox SET state = 1, source = NULL, attempts = attempts + 1, "
                             "last_error = NULL, updated_at = ? FROM (VALUES ");
        for (int i = 0; i < rows; ++i)
            sql += i ? QStringLiteral(", (?, ?)") : QStringLiteral("(?, ?)");
        sql += QStringLiteral(") AS sent WHERE payrecon_es_outbox.id = sent.column1 "
                              "AND payrecon_es_outbox.source_hash = sent.column2");
        return sql;
    };
    std::unique_ptr<QSqlQuery> doneFull;
    std::vector<const Outcome *> done;
    done.reserve(DoneBatch);
    auto flushDone = [&] {
        if (done.empty())
            return true;
        std::unique_ptr<QSqlQuery> partial;
        QSqlQuery *q = nullptr;
        if (done.size() == size_t(DoneBatch)) {
            if (!doneFull) {
                doneFull = std::make_unique<QSqlQuery>(db);
                doneFull->prepare(doneSql(DoneBatch));
            }
            q = doneFull.get();
        } else {
            partial = std::make_unique<QSqlQuery>(db);
            partial->prepare(doneSql(int(done.size())));
            q = partial.get();
        }
        int at = 0;
        if (!mysql)
            q->bindValue(at++, now);
        for (const Outcome *o : done) {
            q->bindValue(at++, o->id);
            q->bindValue(at++, o->sourceHash);
        }
        if (mysql)
            q->bindValue(at++, now);
        done.clear();
        return exec(*q, error);
    };
    for (const Outcome &o : outcomes) {
        QSqlQuery *q = nullptr;
        switch (o.state) {
        case State::Done:
            done.push_back(&o);
            if (done.size() == size_t(DoneBatch) && !flushDone())
                return fail();
            continue;
        case State::Failed:
            q = &failed;
            break;
        case State::Pending:
            q = &retry;
            break;
        }
        q->bindValue(0, o.error);
        q->bindValue(1, now);
        q->bindValue(2, o.id);
        q->bindValue(3, o.sourceHash);
        if (!exec(*q, error))
            return fail();
    }
    if (!flushDone())
        return fail();
    return m_store.commit(error);
}

EsOutboxCounts EsOutbox::counts(QString *error) const
{
    EsOutboxCounts c;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT state, COUNT(*) FROM payrecon_es_outbox GROUP BY state"));
    if (!exec(query, error))
        return c;
    while (query.next()) {
        const qint64 n = query.value(1).toLongLong();
        switch (query.value(0).toInt()) {
        case int(State::Pending):
            c.pending = n;
            break;
        case int(State::Done):
            c.published = n;
            break;
        case int(State::Failed):
            c.failed = n;
            break;
        }
    }
    return c;
}

qint64 EsOutbox::retryFailed(QString *error)
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("UPDATE payrecon_es_outbox SET state = 0, attempts = 0, updated_at = ? WHERE state = 2"));
    query.addBindValue(nowMs());
    if (!exec(query, error))
        return -1;
    return query.numRowsAffected();
}

qint64 EsOutbox::pruneDone(qint64 beforeMsUtc, QString *error)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM payrecon_es_outbox WHERE state = 1 AND updated_at < ?"));
    query.addBindValue(beforeMsUtc);
    if (!exec(query, error))
        return -1;
    return query.numRowsAffected();
}

std::vector<std::pair<EsOutboxItem, QString>> EsOutbox::failedItems(int limit) const
{
    std::vector<std::pair<EsOutboxItem, QString>> items;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "SELECT id, idx, doc_id, attempts, last_error FROM payrecon_es_outbox WHERE state = 2 ORDER BY id LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return items;
    while (query.next()) {
        EsOutboxItem item;
        item.id = query.value(0).toLongLong();
        item.index = query.value(1).toString();
        item.docId = query.value(2).toString().toUtf8();
        item.attempts = query.value(3).toInt();
        items.emplace_back(std::move(item), query.value(4).toString());
    }
    return items;
}
