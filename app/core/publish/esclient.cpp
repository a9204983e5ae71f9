#include "esclient.h"

#include "eshttpconnection.h"
#include "publishlog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QVersionNumber>
#include <optional>

Q_LOGGING_CATEGORY(lcPublish, "payrecon.publish", QtInfoMsg)

namespace {
EsResponse::Failure classify(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return EsResponse::Failure::Tls;
    default:
        return EsResponse::Failure::Connection;
    }
}

} // namespace

QJsonObject EsResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString EsResponse::serverReason() const
{
    const QJsonObject o = json();
    const QJsonValue error = o.value(u"error");
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        return e.value(u"type").toString() + QStringLiteral(": ") + e.value(u"reason").toString();
    }
    if (error.isString())
        return error.toString();
    return QString::fromUtf8(body.left(300)).simplified();
}

QString EsClusterInfo::summary() const
{
    QString text = QCoreApplication::translate("EsClient", "Elasticsearch %1, cluster \"%2\" (%3)")
                       .arg(version, clusterName, health.isEmpty() ? QStringLiteral("?") : health);
    if (!user.isEmpty())
        text += QStringLiteral(", ") + QCoreApplication::translate("EsClient", "user %1 (realm %2)").arg(user, realm);
    if (!cannotCreate.isEmpty())
        text += QStringLiteral(". ")
            + QCoreApplication::translate(
                "EsClient", "The user may not create %1: an administrator must create missing indexes first.")
                  .arg(cannotCreate.join(QStringLiteral(", ")));
    return text;
}

EsClient::EsClient(EsConfig config)
    : m_config { std::move(config) }
    , m_authorization { m_config.authorizationHeader() }
    , m_nam { std::make_unique<QNetworkAccessManager>() }
    , m_ssl { QSslConfiguration::defaultConfiguration() }
{
    // Verification is never switched off: an extra CA is added to the system set instead.
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_config.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_config.caFile, QSsl::Pem);
        if (cas.isEmpty())
            m_caError = QCoreApplication::translate("EsClient", "The CA file %1 holds no PEM certificate.")
                            .arg(m_config.caFile);
        else
            m_ssl.addCaCertificates(cas);
    }
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // credentials never follow a redirect
    m_bulk = std::make_unique<EsHttpConnection>(m_ssl);
}

EsClient::~EsClient() = default;

EsResponse EsClient::send(
    const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    EsResponse r;
    const int n = int(m_config.nodes.size());
    if (n == 0) {
        r.failure = EsResponse::Failure::Connection;
        r.errorText = QCoreApplication::translate("EsClient", "no Elasticsearch URL configured");
        return r;
    }
    // A TLS failure is one node's too (an expired or mis-issued certificate on one host): the next node may be
    // fine. When none answers, the TLS cause is the one to report, as the actionable one.
    std::optional<EsResponse> tlsFailure;
    for (int tried = 0; tried < n; ++tried) {
        const int index = (m_current + tried) % n;
        r = sendTo(m_config.nodes.at(index), method, path, body, contentType);
        if (r.failure != EsResponse::Failure::Connection && r.failure != EsResponse::Failure::Tls) {
            m_current = index;
            return r;
        }
        if (r.failure == EsResponse::Failure::Tls && !tlsFailure)
            tlsFailure = r;
        if (n > 1)
            qCInfo(lcPublish).noquote() << "node" << r.node.toString(QUrl::RemoveUserInfo) << "failed:" << r.errorText
                                        << "- trying the next node";
    }
    return tlsFailure.value_or(r);
}

EsResponse EsClient::sendTo(const QUrl &node, const QByteArray &method, const QString &path, const QByteArray &body,
    const QByteArray &contentType)
{
    EsResponse r;
    r.node = node;
    if (cancelled()) {
        r.failure = EsResponse::Failure::Cancelled;
        return r;
    }
    if (node.scheme() == u"https" && !m_caError.isEmpty()) {
        r.failure = EsResponse::Failure::Tls;
        r.errorText = m_caError;
        return r;
    }
    QUrl url = node;
    const qsizetype q = path.indexOf(u'?');
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + (q < 0 ? path : path.left(q)));
    url.setQuery(q < 0 ? QString() : path.mid(q + 1));

    if (method == "POST" && path.startsWith(u"/_bulk")) {
        // The bulk of the traffic: megabytes per request, see EsHttpConnection. No redirect is followed there either.
        QByteArray headers;
        if (!m_authorization.isEmpty())
            headers += "Authorization: " + m_authorization + "\r\n";
        headers += "Content-Type: " + contentType + "\r\nAccept: application/json\r\n";
        QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
        if (url.hasQuery())
            target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
        return m_bulk->exchange(node, method, target, headers, body, m_config.timeoutMs, m_cancel);
    }

    QNetworkRequest request(url);
    if (!m_authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false); // Elasticsearch speaks HTTP/1.1
    request.setTransferTimeout(m_config.timeoutMs);
    if (url.scheme() == u"https")
        request.setSslConfiguration(m_ssl);

    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QStringList sslErrors;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            sslErrors << EsHttpConnection::certificateText(e);
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    bool abortedByUs = false;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancelled()) {
            abortedByUs = true;
            reply->abort();
        }
    });
    cancelPoll.start(50);
    if (!reply->isFinished())
        loop.exec();
    cancelPoll.stop();

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (abortedByUs) {
        r.failure = EsResponse::Failure::Cancelled;
    } else if (status.isValid() && status.toInt() > 0) {
        // An HTTP answer, whatever QNetworkReply::error() says about its status.
        r.status = status.toInt();
        r.body = reply->readAll();
        r.product = reply->rawHeader(QByteArrayLiteral("X-elastic-product"));
    } else {
        r.failure = classify(reply->error());
        if (reply->error() == QNetworkReply::OperationCanceledError)
            r.errorText
                = QCoreApplication::translate("EsClient", "no answer within %1 s").arg(m_config.timeoutMs / 1000.0);
        else
            r.errorText = reply->errorString();
        if (!sslErrors.isEmpty()) {
            r.failure = EsResponse::Failure::Tls;
            r.errorText = sslErrors.join(QStringLiteral("; "));
        }
    }
    reply->deleteLater();
    return r;
}

EsClusterInfo EsClient::checkConnection()
{
    EsClusterInfo info;
    const QString configError = m_config.validate();
    if (!configError.isEmpty()) {
        info.problem = EsClusterInfo::Problem::Config;
        info.message = configError;
        return info;
    }
    // Maps a failed response to the cause a person can act on; false when \a r is usable.
    auto failed = [&](const EsResponse &r, const QString &what) {
        info.node = r.node;
        const QString node = r.node.toString(QUrl::RemoveUserInfo);
        switch (r.failure) {
        case EsResponse::Failure::Cancelled:
            info.problem = EsClusterInfo::Problem::Cancelled;
            info.message = QCoreApplication::translate("EsClient", "Cancelled.");
            return true;
        case EsResponse::Failure::Tls:
            info.problem = EsClusterInfo::Problem::Tls;
            info.message = QCoreApplication::translate(
                "EsClient", "TLS failure with %1: %2. Is the cluster's CA certificate set (PAYRECON_ES_CA_FILE)?")
                               .arg(node, r.errorText);
            return true;
        case EsResponse::Failure::Connection:
            info.problem = EsClusterInfo::Problem::Unreachable;
            info.message = QCoreApplication::translate("EsClient", "Elasticsearch is unreachable at %1: %2")
                               .arg(node, r.errorText);
            return true;
        case EsResponse::Failure::None:
            break;
        }
        if (r.status == 401) {
            info.problem = EsClusterInfo::Problem::Unauthorized;
            info.message = m_authorization.isEmpty()
                ? QCoreApplication::translate("EsClient",
                    "%1 requires credentials (HTTP 401): set PAYRECON_ES_USER and PAYRECON_ES_PASSWORD, or "
                    "PAYRECON_ES_API_KEY.")
                      .arg(node)
                : QCoreApplication::translate("EsClient", "Wrong credentials for %1 (HTTP 401: %2).")
                      .arg(node, r.serverReason());
            return true;
        }
        if (r.status == 403) {
            info.problem = EsClusterInfo::Problem::Forbidden;
            info.message
                = QCoreApplication::translate("EsClient", "The user may not %1 on %2 (HTTP 403, no privilege: %3).")
                      .arg(what, node, r.serverReason());
            return true;
        }
        if (!r.isSuccess()) {
            info.problem = EsClusterInfo::Problem::Server;
            info.message = QCoreApplication::translate("EsClient", "%1 answered %2 to %3: %4")
                               .arg(node)
                               .arg(r.status)
                               .arg(what, r.serverReason());
            return true;
        }
        return false;
    };

    const EsResponse root = get(QStringLiteral("/"));
    if (failed(root, QStringLiteral("GET /")))
        return info;
    const QJsonObject rootJson = root.json();
    info.version = rootJson.value(u"version").toObject().value(u"number").toString();
    info.clusterName = rootJson.value(u"cluster_name").toString();
    const QString node = root.node.toString(QUrl::RemoveUserInfo);
    if (rootJson.value(u"tagline").toString().isEmpty() || info.version.isEmpty()) {
        info.problem = EsClusterInfo::Problem::NotElasticsearch;
        info.message = QCoreApplication::translate(
            "EsClient", "%1 is not Elasticsearch: its answer to GET / has no tagline or version number.")
                           .arg(node);
        return info;
    }
    // Since 7.14 every genuine answer carries X-elastic-product; without it this is a look-alike or a proxy that
    // strips headers, which the official clients refuse too.
    const QVersionNumber version = QVersionNumber::fromString(info.version);
    if (version >= QVersionNumber(7, 14) && root.product != "Elasticsearch") {
        info.problem = EsClusterInfo::Problem::NotElasticsearch;
        info.message = QCoreApplication::translate("EsClient",
            "%1 claims Elasticsearch %2 but lacks the X-elastic-product header: not a genuine "
            "Elasticsearch.")
                           .arg(node, info.version);
        return info;
    }

    const EsResponse who = get(QStringLiteral("/_security/_authenticate"));
    if (failed(who, QStringLiteral("GET /_security/_authenticate")))
        return info;
    const QJsonObject whoJson = who.json();
    info.user = whoJson.value(u"username").toString();
    info.realm = whoJson.value(u"authentication_realm").toObject().value(u"name").toString();
    for (const QJsonValue &role : whoJson.value(u"roles").toArray())
        info.roles << role.toString();

    // A user who may read the cluster but not write the indexes passes everything above and fails only at the
    // first _bulk, hours later in a nightly job: ask the cluster now what this user may do on PayRecon's indexes.
    const QStringList indexes { m_config.verifiedIndex, m_config.mismatchIndex };
    const QJsonObject ask { { QStringLiteral("index"),
        QJsonArray { QJsonObject { { QStringLiteral("names"), QJsonArray::fromStringList(indexes) },
            { QStringLiteral("privileges"),
                QJsonArray { QStringLiteral("write"), QStringLiteral("view_index_metadata"),
                    QStringLiteral("create_index") } } } } } };
    const EsResponse may = send(QByteArrayLiteral("POST"), QStringLiteral("/_security/user/_has_privileges"),
        QJsonDocument(ask).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"));
    if (failed(may, QStringLiteral("POST /_security/user/_has_privileges")))
        return info;
    const QJsonObject granted = may.json().value(u"index").toObject();
    QStringList missing;
    for (const QString &index : indexes) {
        const QJsonObject p = granted.value(index).toObject();
        QStringList lacking;
        for (const char *privilege : { "write", "view_index_metadata" }) {
            if (!p.value(QLatin1String(privilege)).toBool())
                lacking << QLatin1String(privilege);
        }
        if (!lacking.isEmpty())
            missing << QStringLiteral("%1 (%2)").arg(index, lacking.join(QStringLiteral(", ")));
        if (!p.value(u"create_index").toBool())
            info.cannotCreate << index;
    }
    if (!missing.isEmpty()) {
        info.problem = EsClusterInfo::Problem::Forbidden;
        info.message = QCoreApplication::translate("EsClient",
            "The user %1 lacks index privileges on %2: %3. Grant a role with write and view_index_metadata (and "
            "create_index, unless the indexes are created beforehand) on these indexes.")
                           .arg(info.user, may.node.toString(QUrl::RemoveUserInfo), missing.join(QStringLiteral("; ")));
        return info;
    }

    const EsResponse health = get(QStringLiteral("/_cluster/health"));
    if (failed(health, QStringLiteral("GET /_cluster/health")))
        return info;
    info.health = health.json().value(u"status").toString();
    info.node = health.node;
    qCInfo(lcPublish).noquote() << "connected:" << info.summary();
    return info;
}
