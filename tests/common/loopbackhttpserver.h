// A small HTTP/1.1 server on 127.0.0.1 for tests that must talk to "Elasticsearch" or "Discord".
// It speaks enough of the protocol for QNetworkAccessManager (keep-alive, Content-Length bodies,
// optional TLS) and lets a test script faults: slow answers and connections dropped mid-request.
// The handler runs in the thread the server lives in; run the server on its own QThread when the
// test blocks its own thread (e.g. QProcess::waitForFinished).
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>
#include <atomic>
#include <functional>

class QTcpSocket;

struct HttpRequest
{
    QByteArray method;
    QByteArray path; ///< without the query, percent-encoded as sent
    QByteArray query; ///< after '?', empty when none
    QMap<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; ///< answer after this long (the connection stays busy meanwhile)
    bool dropConnection = false; ///< close the connection without answering

    static HttpResponse json(int status, const QByteArray &body);
};

class LoopbackHttpServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit LoopbackHttpServer(Handler handler, QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    /// Plain HTTP on 127.0.0.1; \a port 0 picks a free one.
    bool listen(quint16 port = 0);
    /// HTTPS on 127.0.0.1 with the given server certificate and key.
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port = 0);
    void close();

    quint16 port() const;
    /// http(s)://127.0.0.1:<port>
    QUrl url() const;
    /// Requests handled so far (including dropped ones); safe from any thread.
    int requestCount() const { return m_requests.load(); }

private:
    void acceptPending();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    Handler m_handler;
    std::atomic_int m_requests { 0 };
};
