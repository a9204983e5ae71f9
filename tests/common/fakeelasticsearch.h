// An Elasticsearch 7.17 look-alike with security on, standing on LoopbackHttpServer: basic and ApiKey
// authentication (401 bodies and WWW-Authenticate like the real one), 403 for users without privileges,
// X-elastic-product, GET /, _security/_authenticate, _cluster/health, index creation and mappings (strict
// mappings enforced on documents), _bulk with 7.17 per-item results, _count and _doc. Documents are stored by
// (index, _id) with a version, so tests can count exactly-once delivery. Faults on demand: per-item 429,
// whole-request 503, a connection dropped after N items were stored, slow answers.
#pragma once

#include "loopbackhttpserver.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>

class FakeElasticsearch final : public QObject
{
    Q_OBJECT

public:
    struct Faults
    {
        double itemRejectRate = 0; ///< share of bulk items answered 429 es_rejected_execution_exception
        int rejectNextItems = 0; ///< the next N bulk items answered 429, then none
        int fail503Bulks = 0; ///< the next N _bulk requests answered 503 as a whole
        int dropAfterItems = -1; ///< the next _bulk stores this many items, then drops the connection (once)
        int dropBulks = 1; ///< how many _bulk requests dropAfterItems applies to
        int delayMs = 0; ///< every answer this late
        int bulkDelayMs = 0; ///< _bulk answers this late
    };
    struct Stored
    {
        QByteArray source;
        int version = 0;
    };

    explicit FakeElasticsearch(QObject *parent = nullptr);

    bool listen(quint16 port = 0) { return m_server.listen(port); }
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key)
    {
        return m_server.listenTls(certificate, key);
    }
    QUrl url() const { return m_server.url(); }

    // Security
    void addUser(const QString &user, const QString &password, bool privileged = true);
    /// Narrows a (privileged) user's index privileges: without \a write no _bulk and no index creation, without
    /// \a createIndex no index creation. _has_privileges answers accordingly.
    void setIndexPrivileges(const QString &user, bool write, bool createIndex);
    void addApiKey(const QString &id, const QString &key, const QString &owner);
    void setSecurity(bool enabled) { m_securityEnabled = enabled; }
    // What GET / says
    void setVersion(const QString &version) { m_version = version; }
    void setProductHeader(bool send) { m_productHeader = send; }
    void setKeepSources(bool keep) { m_keepSources = keep; } ///< off for million-document benchmarks
    void setValidate(bool validate) { m_validate = validate; } ///< strict-mapping checks; off for benchmarks

    void setFaults(const Faults &faults);
    Faults faults() const;

    // Inspection (thread-safe: the server may live on another thread)
    bool hasIndex(const QString &index) const;
    QJsonObject mapping(const QString &index) const;
    void createIndex(const QString &index, const QJsonObject &mappings);
    qint64 documentCount(const QString &index) const;
    QList<QByteArray> ids(const QString &index) const;
    Stored document(const QString &index, const QByteArray &id) const;
    /// Documents indexed more than once (version > 1), i.e. replays that overwrote themselves.
    qint64 overwrites(const QString &index) const;
    qint64 bulkRequests() const;
    qint64 itemsReceived() const;
    /// Documents removed by _bulk delete items (a delete of a missing document removes nothing).
    qint64 deleted() const;
    QByteArray lastBulkContentType() const;
    qint64 largestBulkBytes() const;
    QStringList autoCreatedIndexes() const;
    /// Everything as JSON: {"indexes": {name: {"count": n, "versions": {id: v}}}, "bulk_requests": n}.
    QJsonObject state() const;

    HttpResponse handle(const HttpRequest &request);

private:
    struct Index
    {
        QJsonObject mappings;
        QHash<QByteArray, Stored> docs;
        QByteArray uuid;
    };
    HttpResponse answer(int status, const QJsonObject &body) const;
    HttpResponse securityError(int status, const QString &reason) const;
    HttpResponse error(int status, const QString &type, const QString &reason, const QJsonObject &extra = {}) const;
    /// The authenticated user, or an empty string with \a failure set.
    QString authenticate(const HttpRequest &request, HttpResponse *failure, QString *realm) const;
    HttpResponse bulk(const HttpRequest &request, const QString &user);
    /// Empty when \a source fits the index's strict mapping, else the 7.17 item error.
    QJsonObject validate(const Index &index, const QByteArray &id, const QByteArray &source) const;

    LoopbackHttpServer m_server;
    mutable QMutex m_mutex;
    QHash<QString, QString> m_passwords;
    QSet<QString> m_unprivileged;
    QSet<QString> m_readOnly; ///< may not write the indexes
    QSet<QString> m_noCreate; ///< may not create indexes
    QHash<QString, QPair<QString, QString>> m_apiKeys; ///< id -> (key, owner)
    bool m_securityEnabled = true;
    QString m_version = QStringLiteral("7.17.9");
    bool m_productHeader = true;
    bool m_keepSources = true;
    bool m_validate = true;
    Faults m_faults;
    QRandomGenerator m_random { 20261125 };
    QHash<QString, Index> m_indexes;
    QStringList m_autoCreated;
    qint64 m_bulkRequests = 0;
    qint64 m_itemsReceived = 0;
    qint64 m_deleted = 0;
    QByteArray m_lastBulkContentType;
    qint64 m_largestBulkBytes = 0;
};
