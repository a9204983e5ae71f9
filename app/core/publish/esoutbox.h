// The durable Elasticsearch outbox in PayRecon's LocalStore (component "es_outbox", table payrecon_es_outbox; the
// user's SQLite file or the team's MySQL store): what is to be published is written here first, in one transaction
// per run, and marked done only after the server acknowledged it. A crash at any point leaves each document pending
// (sent again, overwriting itself by _id) or done, never lost. In a team store two publishers may send the same
// pending document; the deterministic _id makes the second send an overwrite, not a duplicate.
#pragma once

#include "esdocument.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <vector>

class LocalStore;
struct StoreLocation;

struct EsOutboxItem
{
    qint64 id = 0;
    QString index;
    QByteArray docId;
    QByteArray source;
    QByteArray sourceHash; ///< marks the version sent: a row re-enqueued meanwhile is not marked done by mistake
    int attempts = 0;
    bool deletion = false; ///< a _bulk delete (no source)
};

struct EsOutboxCounts
{
    qint64 pending = 0;
    qint64 published = 0;
    qint64 failed = 0;
    qint64 total() const { return pending + published + failed; }
};

class EsOutbox
{
public:
    enum class State { Pending = 0, Done = 1, Failed = 2 };
    /// What the publisher learnt about one item.
    struct Outcome
    {
        qint64 id = 0;
        QByteArray sourceHash;
        State state = State::Pending; ///< Pending: retry later (attempts + 1, error kept)
        QString error;
    };

    static QString component() { return QStringLiteral("es_outbox"); }
    /// The store's location and password, for a second connection on another thread.
    const StoreLocation &storeLocation() const;

    /// The store must be open in the calling thread and outlive the outbox.
    explicit EsOutbox(LocalStore &store);
    ~EsOutbox();
    EsOutbox(const EsOutbox &) = delete;
    EsOutbox &operator=(const EsOutbox &) = delete;

    /// Creates or upgrades the tables.
    bool prepare(QString *error);

    /// One run's documents in one transaction: begin, add each, commit. Idempotent on (index, _id): the same
    /// document again changes nothing; a changed one becomes pending again with its new source.
    bool beginEnqueue(const QString &runId, QString *error);
    bool add(const EsDocument &doc, QString *error);
    bool commitEnqueue(QString *error);
    void rollbackEnqueue();
    /// Rows inserted or changed by the add() calls since beginEnqueue (complete once commitEnqueue returned: MySQL
    /// writes in batches).
    qint64 enqueuedChanges() const { return m_changes; }
    bool enqueue(const QString &runId, const std::vector<EsDocument> &docs, QString *error);

    /// Pending items with id > \a afterId in id order, at most \a maxDocs and about \a maxBytes of source (always
    /// at least one item when any is pending).
    std::vector<EsOutboxItem> nextPending(qint64 afterId, int maxDocs, qint64 maxBytes, QString *error);
    /// Applies outcomes in one transaction. Done only when the row still holds the version that was sent.
    bool apply(const std::vector<Outcome> &outcomes, QString *error);

    EsOutboxCounts counts(QString *error = nullptr) const;
    /// Failed items become pending again (after fixing the mapping, say). Returns how many, -1 on error.
    qint64 retryFailed(QString *error);
    /// Forgets published items last changed before \a beforeMsUtc; returns how many, -1 on error.
    qint64 pruneDone(qint64 beforeMsUtc, QString *error);
    /// The last error recorded for failed items, with their index and _id, at most \a limit.
    std::vector<std::pair<EsOutboxItem, QString>> failedItems(int limit) const;

    static QByteArray hashOf(const QByteArray &source);
    /// The version hash of a deletion: distinct from any JSON source's, so index → delete → index each count as a
    /// change and go out again.
    static QByteArray deletionHash();

    /// The outbox run that last changed (index, _id), empty when the outbox has no such row; *deletion tells
    /// whether that change was a deletion. Lets a caller remove only documents it put there itself.
    QString lastRunOf(const QString &index, const QByteArray &docId, bool *deletion, QString *error) const;

private:
    bool exec(QSqlQuery &query, QString *error) const;
    /// The hash that tells versions of a document apart (see EsDocument::versionedBytes).
    static QByteArray versionOf(const EsDocument &doc);
    /// MySQL: writes the documents add() buffered.
    bool flushMySql(QString *error);

    static constexpr int MySqlBatch = 500;

    LocalStore &m_store;
    std::unique_ptr<QSqlQuery> m_insert; ///< SQLite: one prepared single-row upsert
    std::vector<EsDocument> m_buffered; ///< MySQL: added, not written yet
    bool m_enqueuing = false; ///< between beginEnqueue and commitEnqueue / rollbackEnqueue
    QString m_runId;
    qint64 m_changes = 0;
};
