// HTTP(S) to an Elasticsearch 7.17 cluster: authentication, TLS with an extra CA file (verification always on),
// failover across the configured nodes, and "Test connection". Calls block in a local event loop, so an
// EsClient belongs to one thread (the CLI's main thread, or the GUI's publishing worker) and is created there.
#pragma once

#include "esconfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <atomic>
#include <memory>

class EsHttpConnection;
class QNetworkAccessManager;

struct EsResponse
{
    enum class Failure {
        None, ///< an HTTP response arrived (any status)
        Connection, ///< refused, reset, closed, DNS, timeout: the request may or may not have been processed
        Tls, ///< handshake or certificate verification failed
        Cancelled, ///< the cancel flag was raised
    };
    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    QByteArray product; ///< X-elastic-product header
    QString errorText; ///< network or certificate errors, for Connection/Tls
    QUrl node; ///< the node that answered (or the last one tried)

    bool isSuccess() const { return failure == Failure::None && status >= 200 && status < 300; }
    QJsonObject json() const;
    /// "security_exception: unable to authenticate user [x]" from an error body, else the start of the body.
    QString serverReason() const;
};

struct EsClusterInfo
{
    enum class Problem { None, Config, Unreachable, Tls, Unauthorized, Forbidden, NotElasticsearch, Server, Cancelled };
    Problem problem = Problem::None;
    QString message; ///< the cause, translated, naming the node; empty when fine
    QUrl node;
    QString version;
    QString clusterName;
    QString health; ///< green, yellow, red
    QString user;
    QString realm;
    QStringList roles;
    /// Indexes the user may write but not create (_has_privileges): fine once they exist, so only a note.
    QStringList cannotCreate;

    bool ok() const { return problem == Problem::None; }
    /// "Elasticsearch 7.17.9, cluster "x" (green), user publisher (realm native1)".
    QString summary() const;
};

class EsClient
{
public:
    explicit EsClient(EsConfig config);
    ~EsClient();
    EsClient(const EsClient &) = delete;
    EsClient &operator=(const EsClient &) = delete;

    const EsConfig &config() const { return m_config; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    /// Empty, or why the CA file could not be used (then every TLS request fails with it).
    QString caError() const { return m_caError; }

    /// One request to the current node; on a connection failure the next nodes are tried in turn.
    /// \a path starts with '/' and may carry a query ("/_bulk?filter_path=…").
    EsResponse send(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QByteArray &contentType = QByteArrayLiteral("application/json"));
    EsResponse get(const QString &path) { return send(QByteArrayLiteral("GET"), path); }

    /// GET /, /_security/_authenticate and /_cluster/health: who and what we talk to, or the exact cause.
    EsClusterInfo checkConnection();

private:
    EsResponse sendTo(const QUrl &node, const QByteArray &method, const QString &path, const QByteArray &body,
        const QByteArray &contentType);
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    EsConfig m_config;
    QByteArray m_authorization;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<EsHttpConnection> m_bulk; ///< _bulk requests: the body goes to the socket whole
    QSslConfiguration m_ssl;
    QString m_caError;
    const std::atomic_bool *m_cancel = nullptr;
    int m_current = 0; ///< index into m_config.nodes of the node that last answered
};
