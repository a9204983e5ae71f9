#include "loopbackhttpserver.h"

#include <QHash>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace {
const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// Per-connection parse state, kept as a dynamic property-free side table keyed by socket.
struct Pending
{
    QByteArray buffer; ///< bytes after the request being filled: the next request's head, when pipelined
    bool busy = false; ///< a delayed answer is outstanding: later requests wait (HTTP/1.1 ordering)
    bool filling = false; ///< the head of \a request is parsed, its body is arriving
    HttpRequest request;
    qsizetype length = 0; ///< its Content-Length
};
} // namespace

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.headers.append(
        qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=UTF-8")));
    r.body = body;
    return r;
}

static QHash<QTcpSocket *, Pending> &pendingTable()
{
    // Tests run one server per thread at most a few at a time; a thread-local table keeps it lock-free.
    thread_local QHash<QTcpSocket *, Pending> table;
    return table;
}

LoopbackHttpServer::LoopbackHttpServer(Handler handler, QObject *parent)
    : QObject { parent }
    , m_handler { std::move(handler) }
{ }

LoopbackHttpServer::~LoopbackHttpServer()
{
    close();
}

bool LoopbackHttpServer::listen(quint16 port)
{
    m_server = new QTcpServer(this);
    m_tls = false;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &LoopbackHttpServer::acceptPending);
    return m_server->listen(QHostAddress::LocalHost, port);
}

bool LoopbackHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port)
{
    auto *server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    m_server = server;
    m_tls = true;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &LoopbackHttpServer::acceptPending);
    return m_server->listen(QHostAddress::LocalHost, port);
}

void LoopbackHttpServer::close()
{
    if (!m_server)
        return;
    m_server->close();
    const auto sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        pendingTable().remove(socket);
        socket->abort();
    }
    delete m_server;
    m_server = nullptr;
}

quint16 LoopbackHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl LoopbackHttpServer::url() const
{
    return QUrl(
        QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(port()));
}

void LoopbackHttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(m_server);
        pendingTable().insert(socket, Pending {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [socket] {
            pendingTable().remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LoopbackHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = pendingTable().find(socket);
    if (it == pendingTable().end())
        return;
    // A body goes straight from the socket into its request, reserved once at its full length: a 5 MB _bulk read
    // in 64 KiB pieces and appended to one growing buffer cost the fake more copying and page faults than the
    // _bulk itself. What follows the body (a pipelined request) lands in buffer.
    if (it->filling && it->buffer.isEmpty()) {
        QByteArray &body = it->request.body;
        const qint64 take = qMin<qint64>(it->length - body.size(), socket->bytesAvailable());
        if (take > 0) {
            const qsizetype at = body.size();
            body.resize(at + take);
            body.resize(at + qMax<qint64>(0, socket->read(body.data() + at, take)));
        }
    }
    it->buffer += socket->readAll();
    while (!it->busy) {
        if (!it->filling) {
            const qsizetype headerEnd = it->buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            HttpRequest &head = it->request;
            head = HttpRequest();
            const QList<QByteArray> lines = it->buffer.left(headerEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            head.method = first.value(0);
            const QByteArray target = first.value(1);
            const qsizetype q = target.indexOf('?');
            head.path = q < 0 ? target : target.left(q);
            head.query = q < 0 ? QByteArray() : target.mid(q + 1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    head.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            it->length = qMax<qsizetype>(0, head.headers.value("content-length", "0").toLongLong());
            const qsizetype inBuffer = qMin(it->length, it->buffer.size() - headerEnd - 4);
            head.body.reserve(
                qMin<qsizetype>(it->length, 64 * 1024 * 1024)); // a bogus length must not reserve gigabytes
            head.body.append(it->buffer.constData() + headerEnd + 4, inBuffer);
            it->buffer.remove(0, headerEnd + 4 + inBuffer);
            it->filling = true;
        }
        if (it->request.body.size() < it->length)
            return; // body still arriving
        it->filling = false;
        const HttpRequest request = std::move(it->request);
        it->request = HttpRequest();
        ++m_requests;

        const HttpResponse response = m_handler(request);
        if (response.dropConnection) {
            pendingTable().remove(socket);
            socket->abort();
            return;
        }
        QByteArray out
            = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        bool hasType = false;
        for (const auto &[name, value] : response.headers) {
            hasType = hasType || name.toLower() == "content-type";
            out += name + ": " + value + "\r\n";
        }
        if (!hasType && !response.body.isEmpty())
            out += "Content-Type: application/json; charset=UTF-8\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
        if (response.delayMs <= 0) {
            socket->write(out);
            continue;
        }
        it->busy = true;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, out] {
            if (!guard)
                return;
            auto entry = pendingTable().find(guard.data());
            if (entry == pendingTable().end())
                return;
            guard->write(out);
            entry->busy = false;
            onReadyRead(guard.data()); // requests that queued up behind the slow one
        });
        return;
    }
}
