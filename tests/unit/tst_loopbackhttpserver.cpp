// The test HTTP server itself: the fakes for Elasticsearch and Discord stand on it, so it must be right.
#include "loopbackhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestLoopbackHttpServer final : public QObject
{
    Q_OBJECT

private slots:
    void answersWithStatusHeadersAndBody();
    void keepsOneConnectionForManyRequests();
    void delaysAnAnswer();
    void dropsTheConnection();
    void servesTlsThatVerifiesAgainstTheGivenCa();

private:
    QNetworkReply *waitFor(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10000);
        }
        return reply;
    }
    QNetworkAccessManager m_nam;
};

void TestLoopbackHttpServer::answersWithStatusHeadersAndBody()
{
    HttpRequest seen;
    LoopbackHttpServer server([&seen](const HttpRequest &r) {
        seen = r;
        HttpResponse resp = HttpResponse::json(429, R"({"retry_after":0.5})");
        resp.headers.append(qMakePair(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")));
        return resp;
    });
    QVERIFY(server.listen());
    QNetworkRequest request(server.url().resolved(QUrl(QStringLiteral("/api/webhooks/1/abc?wait=true"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "ApiKey xyz");
    std::unique_ptr<QNetworkReply> reply(waitFor(m_nam.post(request, QByteArrayLiteral(R"({"content":"한글"})"))));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
    QCOMPARE(reply->rawHeader("Retry-After"), QByteArrayLiteral("1"));
    QCOMPARE(reply->readAll(), QByteArrayLiteral(R"({"retry_after":0.5})"));
    QCOMPARE(seen.method, QByteArrayLiteral("POST"));
    QCOMPARE(seen.path, QByteArrayLiteral("/api/webhooks/1/abc"));
    QCOMPARE(seen.query, QByteArrayLiteral("wait=true"));
    QCOMPARE(seen.headers.value("authorization"), QByteArrayLiteral("ApiKey xyz"));
    QCOMPARE(QString::fromUtf8(seen.body), QStringLiteral(R"({"content":"한글"})"));
    QCOMPARE(server.requestCount(), 1);
}

void TestLoopbackHttpServer::keepsOneConnectionForManyRequests()
{
    int count = 0;
    LoopbackHttpServer server(
        [&count](const HttpRequest &r) { return HttpResponse::json(200, QByteArray::number(++count) + r.body); });
    QVERIFY(server.listen());
    for (int i = 0; i < 20; ++i) {
        const QByteArray body(size_t(i) * 1000, 'x');
        std::unique_ptr<QNetworkReply> reply(waitFor(m_nam.post(QNetworkRequest(server.url()), body)));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray::number(i + 1) + body);
    }
    QCOMPARE(server.requestCount(), 20);
}

void TestLoopbackHttpServer::delaysAnAnswer()
{
    LoopbackHttpServer server([](const HttpRequest &) {
        HttpResponse r = HttpResponse::json(200, "{}");
        r.delayMs = 300;
        return r;
    });
    QVERIFY(server.listen());
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(waitFor(m_nam.get(QNetworkRequest(server.url()))));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY2(timer.elapsed() >= 280, qPrintable(QString::number(timer.elapsed())));
}

void TestLoopbackHttpServer::dropsTheConnection()
{
    LoopbackHttpServer server([](const HttpRequest &) {
        HttpResponse r;
        r.dropConnection = true;
        return r;
    });
    QVERIFY(server.listen());
    std::unique_ptr<QNetworkReply> reply(waitFor(m_nam.post(QNetworkRequest(server.url()), QByteArray("x"))));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QVERIFY(server.requestCount() >= 1);
}

void TestLoopbackHttpServer::servesTlsThatVerifiesAgainstTheGivenCa()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed (installer/deps.sh installs it)");
    QTemporaryDir dir;
    const auto run = [&](std::initializer_list<const char *> list) {
        QStringList args;
        for (const char *a : list)
            args << QString::fromLatin1(a);
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(openssl, args);
        return p.waitForFinished(30000) && p.exitCode() == 0;
    };
    QVERIFY(run({ "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Test CA", "-keyout",
        "ca.key", "-out", "ca.pem" }));
    QVERIFY(run({ "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", "server.key", "-out",
        "server.csr" }));
    QFile ext(dir.filePath(QStringLiteral("ext.cnf")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\n");
    ext.close();
    QVERIFY(run({ "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days",
        "2", "-extfile", "ext.cnf", "-out", "server.pem" }));
    QFile certFile(dir.filePath(QStringLiteral("server.pem"))), keyFile(dir.filePath(QStringLiteral("server.key")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    LoopbackHttpServer server([](const HttpRequest &) { return HttpResponse::json(200, R"({"ok":true})"); });
    QVERIFY(server.listenTls(QSslCertificate(&certFile), QSslKey(&keyFile, QSsl::Rsa)));
    QCOMPARE(server.url().scheme(), QStringLiteral("https"));

    // Without the CA the client must refuse: the server's certificate is not trusted.
    std::unique_ptr<QNetworkReply> refused(waitFor(m_nam.get(QNetworkRequest(server.url()))));
    QCOMPARE(refused->error(), QNetworkReply::SslHandshakeFailedError);

    QNetworkRequest trusted(server.url());
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QVERIFY(config.addCaCertificates(dir.filePath(QStringLiteral("ca.pem"))));
    trusted.setSslConfiguration(config);
    // A fresh manager: one whose connection to this host failed verification keeps that channel's state.
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> ok(waitFor(nam.get(trusted)));
    QVERIFY2(ok->error() == QNetworkReply::NoError, qPrintable(ok->errorString()));
    QCOMPARE(ok->readAll(), QByteArrayLiteral(R"({"ok":true})"));
}

QTEST_GUILESS_MAIN(TestLoopbackHttpServer)
#include "tst_loopbackhttpserver.moc"
