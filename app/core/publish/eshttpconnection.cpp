#include "eshttpconnection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>

namespace {
QUrl originOf(const QUrl &node)
{
    QUrl origin;
    origin.setScheme(node.scheme());
    origin.setHost(node.host());
    origin.setPort(node.port(node.scheme() == u"https" ? 443 : 80));
    return origin;
}
} // namespace

QString EsHttpConnection::certificateText(const QSslError &e)
{
    const QSslCertificate cert = e.certificate();
    if (cert.isNull())
        return e.errorString();
    return QStringLiteral("%1 (%2)").arg(
        e.errorString(), cert.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")));
}

namespace {

/// The answer as it arrives: the head (interim 1xx answers skipped), then a body by Content-Length, by chunks, or
/// up to the end of the connection.
class AnswerParser
{
public:
    explicit AnswerParser(bool headOnly)
        : m_headOnly { headOnly }
    { }

    void feed(const QByteArray &data)
    {
        if (m_pos == m_raw.size()) {
            m_raw = data;
            m_pos = 0;
        } else {
            m_raw += data;
        }
        run();
    }
    bool done() const { return m_done; }
    bool malformed() const { return m_malformed; }
    bool headDone() const { return m_headDone; }
    bool endsAtClose() const { return m_untilClose; }
    /// The server wants the connection closed, or sent more than the answer.
    bool closeAfter() const { return m_close || m_pos < m_raw.size(); }
    int status() const { return m_status; }
    QByteArray header(const QByteArray &lowerName) const { return m_headers.value(lowerName); }
    QByteArray takeBody() { return std::move(m_body); }

private:
    void run()
    {
        while (!m_done && !m_malformed) {
            if (!m_headDone) {
                if (!readHead())
                    return;
                continue;
            }
            if (m_chunked) {
                if (!readChunk())
                    return;
                continue;
            }
            const qsizetype available = m_raw.size() - m_pos;
            if (m_length >= 0) {
                const qsizetype take = qMin<qint64>(available, m_length - m_body.size());
                m_body.append(m_raw.constData() + m_pos, take);
                m_pos += take;
                m_done = m_body.size() == m_length;
                return;
            }
            m_body.append(m_raw.constData() + m_pos, available); // up to the end of the connection
            m_pos = m_raw.size();
            return;
        }
    }

    bool readHead()
    {
        const qsizetype end = m_raw.indexOf("\r\n\r\n", m_pos);
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_raw.mid(m_pos, end - m_pos).split('\n');
        m_pos = end + 4;
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        const QByteArray version = statusLine.value(0);
        bool ok = false;
        m_status = statusLine.value(1).toInt(&ok);
        if (!version.startsWith("HTTP/1.") || !ok || m_status < 100) {
            m_malformed = true;
            return false;
        }
        m_headers.clear();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                m_headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        if (m_status < 200)
            return true; // 100 Continue and the like: the real answer follows
        m_headDone = true;
        const QByteArray connection = m_headers.value("connection").toLower();
        m_close = connection.contains("close") || (version == "HTTP/1.0" && !connection.contains("keep-alive"));
        if (m_headOnly || m_status == 204 || m_status == 304) {
            m_done = true;
            return true;
        }
        if (m_headers.value("transfer-encoding").toLower().contains("chunked")) {
            m_chunked = true;
        } else if (m_headers.contains("content-length")) {
            m_length = m_headers.value("content-length").toLongLong(&ok);
            if (!ok || m_length < 0) {
                m_malformed = true;
                return false;
            }
            m_body.reserve(qMin<qint64>(m_length, 64 * 1024 * 1024));
        } else {
            m_untilClose = m_close = true;
        }
        return true;
    }

    bool readChunk()
    {
        if (m_chunkLeft == NeedSize || m_chunkLeft == InTrailer) {
            const qsizetype eol = m_raw.indexOf("\r\n", m_pos);
            if (eol < 0)
                return false;
            const QByteArray line = m_raw.mid(m_pos, eol - m_pos);
            m_pos = eol + 2;
            if (m_chunkLeft == InTrailer) {
                m_done = line.isEmpty();
                return true;
            }
            bool ok = false;
            const qint64 size = line.split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                m_malformed = true;
                return false;
            }
            m_chunkLeft = size == 0 ? InTrailer : size;
            return true;
        }
        if (m_chunkLeft == NeedCrlf) {
            if (m_raw.size() - m_pos < 2)
                return false;
            if (m_raw.at(m_pos) != '\r' || m_raw.at(m_pos + 1) != '\n') {
                m_malformed = true; // a chunk longer than its size line said
                return false;
            }
            m_pos += 2;
            m_chunkLeft = NeedSize;
            return true;
        }
        const qsizetype take = qMin<qint64>(m_raw.size() - m_pos, m_chunkLeft);
        m_body.append(m_raw.constData() + m_pos, take);
        m_pos += take;
        m_chunkLeft -= take;
        if (m_chunkLeft == 0)
            m_chunkLeft = NeedCrlf;
        return take > 0;
    }

    static constexpr qint64 NeedSize = -1;
    static constexpr qint64 InTrailer = -2;
    static constexpr qint64 NeedCrlf = -3;

    const bool m_headOnly;
    QByteArray m_raw;
    qsizetype m_pos = 0;
    bool m_headDone = false;
    bool m_done = false;
    bool m_malformed = false;
    bool m_close = false;
    bool m_chunked = false;
    bool m_untilClose = false;
    int m_status = 0;
    QHash<QByteArray, QByteArray> m_headers;
    qint64 m_length = -1;
    qint64 m_chunkLeft = NeedSize;
    QByteArray m_body;
};
} // namespace

EsHttpConnection::EsHttpConnection(QSslConfiguration ssl)
    : m_ssl { std::move(ssl) }
{ }

EsHttpConnection::~EsHttpConnection()
{
    drop();
}

void EsHttpConnection::drop()
{
    if (!m_socket)
        return;
    m_socket->abort();
    m_socket.reset();
}

EsResponse EsHttpConnection::exchange(const QUrl &node, const QByteArray &method, const QByteArray &target,
    const QByteArray &headers, const QByteArray &body, int timeoutMs, const std::atomic_bool *cancel)
{
    const QUrl origin = originOf(node);
    const bool tls = node.scheme() == u"https";
    QByteArray host = node.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (node.port() >= 0)
        host += ':' + QByteArray::number(node.port());
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n" + headers;
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "\r\n";

    for (int attempt = 0;; ++attempt) {
        EsResponse r;
        r.node = node;
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            r.failure = EsResponse::Failure::Cancelled;
            return r;
        }
        const bool reused = m_socket && m_origin == origin && m_socket->state() == QAbstractSocket::ConnectedState;
        if (!reused) {
            drop();
            if (tls) {
                auto socket = std::make_unique<QSslSocket>();
                socket->setSslConfiguration(m_ssl);
                socket->setPeerVerifyName(node.host());
                socket->connectToHostEncrypted(node.host(), quint16(origin.port()));
                m_socket = std::move(socket);
            } else {
                m_socket = std::make_unique<QTcpSocket>();
                m_socket->connectToHost(node.host(), quint16(origin.port()));
            }
            // The body's last segment must not wait for the server's delayed acknowledgement (Nagle).
            QTcpSocket *socket = m_socket.get();
            QObject::connect(socket, &QAbstractSocket::connected, socket,
                [socket] { socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
            m_origin = origin;
        }
        const Outcome outcome = roundTrip(head, body, method == "HEAD", timeoutMs, cancel, r);
        if (outcome == Outcome::Stale && reused && attempt == 0)
            continue; // the kept-alive connection had been closed: nothing of this request was processed
        return r;
    }
}

EsHttpConnection::Outcome EsHttpConnection::roundTrip(const QByteArray &request, const QByteArray &body, bool headOnly,
    int timeoutMs, const std::atomic_bool *cancel, EsResponse &r)
{
    QTcpSocket *socket = m_socket.get();
    AnswerParser answer(headOnly);
    QStringList sslErrors;
    bool timedOut = false;
    bool cancelled = false;
    bool gotBytes = false;
    bool ended = false;
    QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
    QString socketErrorText;

    // Signals are connected with the loop as context: they go when it goes, while the socket stays for the next
    // request.
    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            loop.quit();
        }
    });
    auto read = [&] {
        const QByteArray data = socket->readAll();
        if (data.isEmpty())
            return;
        gotBytes = true;
        idle.start(timeoutMs);
        answer.feed(data);
        if (answer.done() || answer.malformed())
            loop.quit();
    };
    QObject::connect(socket, &QIODevice::readyRead, &loop, read);
    QObject::connect(socket, &QIODevice::bytesWritten, &loop, [&] { idle.start(timeoutMs); });
    QObject::connect(socket, &QAbstractSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError e) {
        if (socketErrorText.isEmpty()) {
            socketError = e;
            socketErrorText = socket->errorString();
        }
        loop.quit();
    });
    QObject::connect(socket, &QAbstractSocket::disconnected, &loop, [&] {
        ended = true;
        loop.quit();
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        QObject::connect(ssl, &QSslSocket::sslErrors, &loop, [&sslErrors](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                sslErrors << certificateText(e);
        });
    }

    // Before the connection is up (or encrypted) the socket keeps what is written and sends it when it can.
    socket->write(request);
    if (!body.isEmpty())
        socket->write(body);
    idle.start(timeoutMs);
    if (cancel)
        cancelPoll.start(50);
    loop.exec();
    if (!cancelled && !timedOut && !answer.done())
        read(); // what arrived together with the end of the connection

    if (cancelled) {
        drop();
        r.failure = EsResponse::Failure::Cancelled;
        return Outcome::Failed;
    }
    const bool closedAnswer
        = (ended || socketError == QAbstractSocket::RemoteHostClosedError) && answer.headDone() && answer.endsAtClose();
    if ((answer.done() || closedAnswer) && !answer.malformed()) {
        r.status = answer.status();
        r.product = answer.header("x-elastic-product");
        r.body = answer.takeBody();
        if (closedAnswer || answer.closeAfter())
            drop();
        return Outcome::Answered;
    }
    drop();
    r.failure = EsResponse::Failure::Connection;
    if (timedOut) {
        r.errorText = QCoreApplication::translate("EsClient", "no answer within %1 s").arg(timeoutMs / 1000.0);
        return Outcome::Failed;
    }
    if (answer.malformed()) {
        r.errorText = QCoreApplication::translate("EsClient", "malformed HTTP answer");
        return Outcome::Failed;
    }
    if (!sslErrors.isEmpty()) {
        r.failure = EsResponse::Failure::Tls;
        r.errorText = sslErrors.join(QStringLiteral("; "));
        return Outcome::Failed;
    }
    if (socketError == QAbstractSocket::SslHandshakeFailedError) {
        r.failure = EsResponse::Failure::Tls;
        r.errorText = socketErrorText;
        return Outcome::Failed;
    }
    r.errorText = socketErrorText.isEmpty() ? QCoreApplication::translate("EsClient", "the connection was closed")
                                            : socketErrorText;
    return gotBytes ? Outcome::Failed : Outcome::Stale;
}
