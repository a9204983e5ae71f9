// The _bulk requests' HTTP/1.1 client: one kept-alive connection (plain or TLS) to one node at a time, run by the
// calling thread's event loop. QNetworkAccessManager hands a request body to its HTTP thread 16 KiB at a time, each
// piece a round trip through the sending thread's event loop: a 5 MB _bulk took about 55 ms on loopback where the
// same bytes from curl took 10 ms. Here the body goes to the socket whole and the kernel takes it as fast as the
// server reads. Everything else EsClient sends (connection checks, index set-up) stays on QNetworkAccessManager.
#pragma once

#include "esclient.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>
#include <atomic>
#include <memory>

class QTcpSocket;

class EsHttpConnection
{
public:
    /// \a ssl for https nodes: its CA set and peer verification are used as given.
    explicit EsHttpConnection(QSslConfiguration ssl);
    ~EsHttpConnection();
    EsHttpConnection(const EsHttpConnection &) = delete;
    EsHttpConnection &operator=(const EsHttpConnection &) = delete;

    /// A certificate error as an administrator needs it: the error and the certificate's common name.
    static QString certificateText(const QSslError &e);

    /// One request to \a node (scheme, host and port are used). \a target is the encoded path and query,
    /// \a headers complete header lines ("Name: value\r\n") besides Host and Content-Length. Waits in a local event
    /// loop; gives up after \a timeoutMs without progress, or when \a cancel is raised (checked every 50 ms).
    /// A kept-alive connection that the server closed before any byte of the answer is opened again and the request
    /// sent once more, as QNetworkAccessManager does.
    EsResponse exchange(const QUrl &node, const QByteArray &method, const QByteArray &target, const QByteArray &headers,
        const QByteArray &body, int timeoutMs, const std::atomic_bool *cancel);

private:
    enum class Outcome { Answered, Failed, Stale };
    Outcome roundTrip(const QByteArray &request, const QByteArray &body, bool headOnly, int timeoutMs,
        const std::atomic_bool *cancel, EsResponse &r);
    void drop();

    QSslConfiguration m_ssl;
    std::unique_ptr<QTcpSocket> m_socket;
    QUrl m_origin; ///< scheme://host:port m_socket is connected to
};
