// Elasticsearch configuration, "Test connection" causes, TLS with a CA file, index bootstrap and the documents
// built from a reconciliation, against the fake 7.17 cluster (and a real one when PAYRECON_TEST_ES_URL is set).
#include "fakeelasticsearch.h"
#include "ledgersamples.h"

#include "publish/esclient.h"
#include "publish/esdocumentbuilder.h"
#include "publish/esindexbootstrap.h"
#include "reconcile/reconengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

namespace {
/// Sets or clears an environment variable for the lifetime of the object.
class EnvGuard
{
public:
    EnvGuard(const char *name, const QByteArray &value)
        : m_name { name }
        , m_old { qgetenv(name) }
        , m_wasSet { qEnvironmentVariableIsSet(name) }
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvGuard()
    {
        if (m_wasSet)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    QByteArray m_old;
    bool m_wasSet;
};

EsConfig configFor(const QUrl &url, const QString &user = QStringLiteral("publisher"),
    const QString &password = QStringLiteral("s3cret-pw"))
{
    EsConfig c;
    c.nodes = { url };
    c.user = user;
    c.password = password;
    c.timeoutMs = 10000;
    return c;
}

/// A loopback HTTP server whose answers a test writes byte for byte (chunked, closed connections, silence), to check
/// the _bulk requests' own HTTP/1.1 client where the fake Elasticsearch always answers the same well-behaved way.
class ScriptedHttpServer final : public QObject
{
public:
    /// The raw answer to one request (empty: never answer), and whether to close the connection after it.
    using Script = std::function<QPair<QByteArray, bool>(const QByteArray &head, const QByteArray &body)>;

    explicit ScriptedHttpServer(Script script)
        : m_script { std::move(script) }
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                m_sockets << socket;
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    while (true) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const QByteArray head = buffer->left(end);
                        const qsizetype at = head.toLower().indexOf("content-length:");
                        const qsizetype length
                            = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                        if (buffer->size() < end + 4 + length)
                            return;
                        const QByteArray body = buffer->mid(end + 4, length);
                        buffer->remove(0, end + 4 + length);
                        ++m_requests;
                        m_lastHead = head;
                        const auto [answer, close] = m_script(head, body);
                        if (!answer.isEmpty())
                            socket->write(answer);
                        if (close) {
                            socket->disconnectFromHost();
                            return;
                        }
                    }
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int connections() const { return m_connections; }
    int requests() const { return m_requests; }
    QByteArray lastHead() const { return m_lastHead; }
    /// Closes every connection at once, before the client's event loop can notice.
    void dropConnections()
    {
        for (QTcpSocket *socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
    }

private:
    Script m_script;
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_connections = 0;
    int m_requests = 0;
    QByteArray m_lastHead;
};

QByteArray okAnswer(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-elastic-product: Elasticsearch\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

/// A closed port on loopback: connection refused at once.
QUrl deadUrl()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    const quint16 port = s.serverPort();
    s.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}
} // namespace

class TestEsClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void environmentOverridesSettings();
    void urlCredentialsLeaveTheUrl();
    void describeNeverShowsSecrets();
    void apiKeyHeaderAcceptsBothForms_data();
    void apiKeyHeaderAcceptsBothForms();
    void validateNamesTheProblem_data();
    void validateNamesTheProblem();
    void connectsWithBasicAuth();
    void connectsWithApiKey();
    void wrongPasswordIs401WithoutLeakingIt();
    void missingCredentialsAsksForThem();
    void userWithoutPrivilegeIs403();
    void userWhoMayNotWriteTheIndexesIsToldBeforePublishing();
    void unreachableNodeIsNamed();
    void notElasticsearchIsDetected();
    void missingProductHeaderIsNotElasticsearch();
    void failsOverToTheNextNode();
    void tlsVerifiesWithTheCaFileOnly();
    void bulkConnectionReadsEveryAnswerForm();
    void bulkConnectionIsKeptAliveAndReopenedOnce();
    void bulkConnectionTimesOutAndCancels();
    void bootstrapCreatesIndexesWithExplicitMappings();
    void bootstrapNeverOverwritesAndReportsConflicts();
    void kstTimestampsCarryTheOffset_data();
    void kstTimestampsCarryTheOffset();
    void documentsFollowTheReconciliation();
    void documentsFitTheStrictMappings();
    void kibanaObjectsUseTheShippedPatternAndMappedFields();
    void realServerWhenConfigured();

private:
    QTemporaryDir m_tmp;
};

void TestEsClient::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // The developer's own PAYRECON_ES_* must not leak into these tests.
    for (const char *name :
        { "PAYRECON_ES_URL", "PAYRECON_ES_USER", "PAYRECON_ES_PASSWORD", "PAYRECON_ES_API_KEY", "PAYRECON_ES_CA_FILE" })
        qunsetenv(name);
}

void TestEsClient::environmentOverridesSettings()
{
    QSettings settings(m_tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("elasticsearch"));
    settings.setValue(QStringLiteral("urls"), QStringLiteral("https://settings:9200"));
    settings.setValue(QStringLiteral("user"), QStringLiteral("from-settings"));
    settings.setValue(QStringLiteral("verified_index"), QStringLiteral("verified-x"));
    settings.setValue(QStringLiteral("bulk_max_docs"), 123);
    settings.endGroup();
    {
        const EsConfig c = EsConfig::load(settings);
        QCOMPARE(c.nodes, QList<QUrl> { QUrl(QStringLiteral("https://settings:9200")) });
        QCOMPARE(c.user, QStringLiteral("from-settings"));
        QCOMPARE(c.verifiedIndex, QStringLiteral("verified-x"));
        QCOMPARE(c.mismatchIndex, QStringLiteral("payment-mismatch-log"));
        QCOMPARE(c.bulkMaxDocs, 123);
        QCOMPARE(c.bulkMaxBytes, EsConfig::DefaultBulkMaxBytes);
    }
    EnvGuard url("PAYRECON_ES_URL", "https://a.internal:9200, https://b.internal:9200");
    EnvGuard user("PAYRECON_ES_USER", "env-user");
    EnvGuard password("PAYRECON_ES_PASSWORD", "env-pw");
    EnvGuard key("PAYRECON_ES_API_KEY", "id1:key1");
    EnvGuard ca("PAYRECON_ES_CA_FILE", "/etc/ca.pem");
    const EsConfig c = EsConfig::load(settings);
    QCOMPARE(c.nodes.size(), 2);
    QCOMPARE(c.nodes.at(1), QUrl(QStringLiteral("https://b.internal:9200")));
    QCOMPARE(c.user, QStringLiteral("env-user"));
    QCOMPARE(c.password, QStringLiteral("env-pw"));
    QCOMPARE(c.apiKey, QStringLiteral("id1:key1"));
    QCOMPARE(c.caFile, QStringLiteral("/etc/ca.pem"));
}

void TestEsClient::urlCredentialsLeaveTheUrl()
{
    QString user;
    QString password;
    const QList<QUrl> nodes = EsConfig::parseNodes(QStringLiteral("https://elastic:p%40ss@es:9200"), &user, &password);
    QCOMPARE(user, QStringLiteral("elastic"));
    QCOMPARE(password, QStringLiteral("p@ss"));
    QCOMPARE(nodes.value(0).toString(), QStringLiteral("https://es:9200"));
}

void TestEsClient::describeNeverShowsSecrets()
{
    EsConfig c = configFor(
        QUrl(QStringLiteral("https://es:9200")), QStringLiteral("publisher"), QStringLiteral("hunter2-secret"));
    QString text = c.describe();
    QVERIFY2(text.contains(QStringLiteral("publisher")) && text.contains(QStringLiteral("https://es:9200")),
        qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("hunter2")), qPrintable(text));
    c.apiKey = QStringLiteral("keyid:very-secret-key");
    text = c.describe();
    QVERIFY2(
        !text.contains(QStringLiteral("very-secret")) && !text.contains(QStringLiteral("keyid")), qPrintable(text));
}

void TestEsClient::apiKeyHeaderAcceptsBothForms_data()
{
    QTest::addColumn<QString>("apiKey");
    QTest::newRow("id:key") << QStringLiteral("VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw");
    QTest::newRow("encoded") << QString::fromLatin1(
        QByteArrayLiteral("VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw").toBase64());
}

void TestEsClient::apiKeyHeaderAcceptsBothForms()
{
    QFETCH(QString, apiKey);
    EsConfig c;
    c.user = QStringLiteral("ignored");
    c.password = QStringLiteral("ignored");
    c.apiKey = apiKey;
    QCOMPARE(c.authorizationHeader(),
        QByteArrayLiteral("ApiKey ") + QByteArrayLiteral("VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw").toBase64());
}

void TestEsClient::validateNamesTheProblem_data()
{
    QTest::addColumn<QString>("urls");
    QTest::addColumn<QString>("verifiedIndex");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no url") << QString() << QStringLiteral("verified-payment-data")
                            << QStringLiteral("PAYRECON_ES_URL");
    QTest::newRow("ftp") << QStringLiteral("ftp://es:21") << QStringLiteral("verified-payment-data")
                         << QStringLiteral("ftp://es:21");
    QTest::newRow("upper-case index") << QStringLiteral("http://es:9200") << QStringLiteral("Verified")
                                      << QStringLiteral("Verified");
    QTest::newRow("fine") << QStringLiteral("http://es:9200") << QStringLiteral("verified-payment-data") << QString();
}

void TestEsClient::validateNamesTheProblem()
{
    QFETCH(QString, urls);
    QFETCH(QString, verifiedIndex);
    QFETCH(QString, expected);
    EsConfig c;
    c.nodes = EsConfig::parseNodes(urls);
    c.verifiedIndex = verifiedIndex;
    const QString problem = c.validate();
    if (expected.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void TestEsClient::connectsWithBasicAuth()
{
    FakeElasticsearch es;
    es.addUser(QStringLiteral("publisher"), QStringLiteral("s3cret-pw"));
    QVERIFY(es.listen());
    EsClient client(configFor(es.url()));
    const EsClusterInfo info = client.checkConnection();
    QVERIFY2(info.ok(), qPrintable(info.message));
    QCOMPARE(info.version, QStringLiteral("7.17.9"));
    QCOMPARE(info.clusterName, QStringLiteral("payrecon-fake"));
    QCOMPARE(info.health, QStringLiteral("green"));
    QCOMPARE(info.user, QStringLiteral("publisher"));
    QCOMPARE(info.realm, QStringLiteral("native1"));
    QVERIFY(info.summary().contains(QStringLiteral("7.17.9")));
}

void TestEsClient::connectsWithApiKey()
{
    FakeElasticsearch es;
    es.addApiKey(QStringLiteral("kid"), QStringLiteral("kkey"), QStringLiteral("svc-owner"));
    QVERIFY(es.listen());
    EsConfig c = configFor(es.url(), QString(), QString());
    c.apiKey = QStringLiteral("kid:kkey");
    EsClient client(c);
    const EsClusterInfo info = client.checkConnection();
    QVERIFY2(info.ok(), qPrintable(info.message));
    QCOMPARE(info.user, QStringLiteral("svc-owner"));
    QCOMPARE(info.realm, QStringLiteral("_es_api_key"));
}

void TestEsClient::wrongPasswordIs401WithoutLeakingIt()
{
    FakeElasticsearch es;
    es.addUser(QStringLiteral("publisher"), QStringLiteral("right"));
    QVERIFY(es.listen());
    EsClient client(configFor(es.url(), QStringLiteral("publisher"), QStringLiteral("wrong-pw-123")));
    const EsClusterInfo info = client.checkConnection();
    QCOMPARE(info.problem, EsClusterInfo::Problem::Unauthorized);
    QVERIFY2(info.message.contains(QStringLiteral("401")) && info.message.contains(QStringLiteral("publisher")),
        qPrintable(info.message));
    QVERIFY2(!info.message.contains(QStringLiteral("wrong-pw")), qPrintable(info.message));
}

void TestEsClient::missingCredentialsAsksForThem()
{
    FakeElasticsearch es;
    QVERIFY(es.listen());
    EsClient client(configFor(es.url(), QString(), QString()));
    const EsClusterInfo info = client.checkConnection();
    QCOMPARE(info.problem, EsClusterInfo::Problem::Unauthorized);
    QVERIFY2(info.message.contains(QStringLiteral("PAYRECON_ES_USER")), qPrintable(info.message));
}

void TestEsClient::userWithoutPrivilegeIs403()
{
    FakeElasticsearch es;
    es.addUser(QStringLiteral("viewer"), QStringLiteral("pw"), false);
    QVERIFY(es.listen());
    EsClient client(configFor(es.url(), QStringLiteral("viewer"), QStringLiteral("pw")));
    const EsClusterInfo info = client.checkConnection();
    QCOMPARE(info.problem, EsClusterInfo::Problem::Forbidden);
    QVERIFY2(info.message.contains(QStringLiteral("403")) && info.message.contains(QStringLiteral("cluster:monitor")),
        qPrintable(info.message));
}

void TestEsClient::userWhoMayNotWriteTheIndexesIsToldBeforePublishing()
{
    FakeElasticsearch es;
    es.addUser(QStringLiteral("monitor"), QStringLiteral("pw"));
    es.setIndexPrivileges(QStringLiteral("monitor"), false, false);
    es.addUser(QStringLiteral("writer"), QStringLiteral("pw"));
    es.setIndexPrivileges(QStringLiteral("writer"), true, false);
    QVERIFY(es.listen());
    // Reads the cluster fine, may not write: named with the missing privileges, before any _bulk is tried.
    EsClient monitor(configFor(es.url(), QStringLiteral("monitor"), QStringLiteral("pw")));
    EsClusterInfo info = monitor.checkConnection();
    QCOMPARE(info.problem, EsClusterInfo::Problem::Forbidden);
    QVERIFY2(info.message.contains(QStringLiteral("monitor")) && info.message.contains(QStringLiteral("write"))
            && info.message.contains(QStringLiteral("verified-payment-data"))
            && info.message.contains(QStringLiteral("payment-mismatch-log")),
        qPrintable(info.message));
    QCOMPARE(es.bulkRequests(), 0);
    // May write but not create indexes: fine, with a note for the administrator.
    EsClient writer(configFor(es.url(), QStringLiteral("writer"), QStringLiteral("pw")));
    info = writer.checkConnection();
    QVERIFY2(info.ok(), qPrintable(info.message));
    QCOMPARE(info.cannotCreate,
        (QStringList { QStringLiteral("verified-payment-data"), QStringLiteral("payment-mismatch-log") }));
    QVERIFY2(info.summary().contains(QStringLiteral("may not create")), qPrintable(info.summary()));
    // A fully privileged user gets no note.
    es.addUser(QStringLiteral("admin"), QStringLiteral("pw"));
    EsClient admin(configFor(es.url(), QStringLiteral("admin"), QStringLiteral("pw")));
    info = admin.checkConnection();
    QVERIFY2(info.ok(), qPrintable(info.message));
    QVERIFY(info.cannotCreate.isEmpty());
}

void TestEsClient::unreachableNodeIsNamed()
{
    const QUrl dead = deadUrl();
    EsClient client(configFor(dead));
    const EsClusterInfo info = client.checkConnection();
    QCOMPARE(info.problem, EsClusterInfo::Problem::Unreachable);
    QVERIFY2(info.message.contains(dead.toString()), qPrintable(info.message));
}

void TestEsClient::notElasticsearchIsDetected()
{
    LoopbackHttpServer other([](const HttpRequest &) { return HttpResponse::json(200, R"({"status":"ok"})"); });
    QVERIFY(other.listen());
    EsClient client(configFor(other.url()));
    const EsClusterInfo info = client.checkConnection();
    QCOMPARE(info.problem, EsClusterInfo::Problem::NotElasticsearch);
    QVERIFY2(info.message.contains(QStringLiteral("not Elasticsearch")), qPrintable(info.message));
}

void TestEsClient::missingProductHeaderIsNotElasticsearch()
{
    FakeElasticsearch es;
    es.addUser(QStringLiteral("publisher"), QStringLiteral("s3cret-pw"));
    es.setProductHeader(false);
    QVERIFY(es.listen());
    EsClient client(configFor(es.url()));
    EsClusterInfo info = client.checkConnection();
    QCOMPARE(info.problem, EsClusterInfo::Problem::NotElasticsearch);
    QVERIFY2(info.message.contains(QStringLiteral("X-elastic-product")), qPrintable(info.message));
    // Before 7.14 the header did not exist: its absence proves nothing there.
    es.setVersion(QStringLiteral("7.10.2"));
    info = client.checkConnection();
    QVERIFY2(info.ok(), qPrintable(info.message));
}

void TestEsClient::failsOverToTheNextNode()
{
    FakeElasticsearch es;
    es.addUser(QStringLiteral("publisher"), QStringLiteral("s3cret-pw"));
    QVERIFY(es.listen());
    EsConfig c = configFor(deadUrl());
    c.nodes << es.url();
    EsClient client(c);
    const EsClusterInfo info = client.checkConnection();
    QVERIFY2(info.ok(), qPrintable(info.message));
    QCOMPARE(info.node, es.url());
    // The client stays on the node that answered.
    QCOMPARE(client.get(QStringLiteral("/")).node, es.url());
}

void TestEsClient::tlsVerifiesWithTheCaFileOnly()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed (installer/deps.sh installs it): the TLS test needs it to make certificates");
    QTemporaryDir dir;
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(openssl, args);
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    QVERIFY(run(QStringLiteral("req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=PayRecon-Test-CA -keyout ca.key "
                               "-out ca.pem")
                    .split(u' ')));
    QVERIFY(run(QStringLiteral("req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout server.key -out server.csr")
                    .split(u' ')));
    QFile ext(dir.filePath(QStringLiteral("ext.cnf")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\n");
    ext.close();
    QVERIFY(run(QStringLiteral("x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile "
                               "ext.cnf -out server.pem")
                    .split(u' ')));
    QFile certFile(dir.filePath(QStringLiteral("server.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("server.key")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    FakeElasticsearch es;
    es.addUser(QStringLiteral("publisher"), QStringLiteral("s3cret-pw"));
    QVERIFY(es.listenTls(QSslCertificate(&certFile), QSslKey(&keyFile, QSsl::Rsa)));
    QCOMPARE(es.url().scheme(), QStringLiteral("https"));

    const QByteArray bulk = R"({"index":{"_index":"tls-check","_id":"1"}})"
                            "\n"
                            R"({"amount":1})"
                            "\n";
    {
        EsClient untrusted(configFor(es.url()));
        // _bulk goes through a connection of its own (EsHttpConnection): it verifies the peer the same way.
        const EsResponse refused = untrusted.send("POST", QStringLiteral("/_bulk"), bulk, "application/x-ndjson");
        QCOMPARE(refused.failure, EsResponse::Failure::Tls);
        QVERIFY2(refused.errorText.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
            qPrintable(refused.errorText));
        QCOMPARE(es.documentCount(QStringLiteral("tls-check")), 0);
        const EsClusterInfo info = untrusted.checkConnection();
        QCOMPARE(info.problem, EsClusterInfo::Problem::Tls);
        qInfo().noquote() << "without the CA file:" << info.message;
        // The certificate error itself, so an administrator knows what to fix.
        QVERIFY2(info.message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive)
                && info.message.contains(QStringLiteral("PAYRECON_ES_CA_FILE")),
            qPrintable(info.message));
    }
    {
        // One node's certificate fails (expired, mis-issued): the next node serves.
        FakeElasticsearch plain;
        plain.addUser(QStringLiteral("publisher"), QStringLiteral("s3cret-pw"));
        QVERIFY(plain.listen());
        EsConfig both = configFor(es.url());
        both.nodes << plain.url();
        EsClient client(both);
        const EsClusterInfo info = client.checkConnection();
        QVERIFY2(info.ok(), qPrintable(info.message));
        QCOMPARE(info.node, plain.url());
        // No node answers: the TLS failure is the cause reported, not the dead node tried after it.
        EsConfig none = configFor(es.url());
        none.nodes << deadUrl();
        EsClient nothing(none);
        const EsClusterInfo failed = nothing.checkConnection();
        QCOMPARE(failed.problem, EsClusterInfo::Problem::Tls);
        QVERIFY2(failed.message.contains(es.url().toString(QUrl::RemoveUserInfo)), qPrintable(failed.message));
    }
    EsConfig c = configFor(es.url());
    c.caFile = dir.filePath(QStringLiteral("ca.pem"));
    EsClient trusted(c);
    const EsClusterInfo info = trusted.checkConnection();
    QVERIFY2(info.ok(), qPrintable(info.message));
    QCOMPARE(info.user, QStringLiteral("publisher"));
    for (int i = 0; i < 2; ++i) { // the second one on the kept-alive TLS connection
        const EsResponse sent = trusted.send("POST", QStringLiteral("/_bulk"), bulk, "application/x-ndjson");
        QVERIFY2(sent.isSuccess(), qPrintable(sent.errorText + QString::fromUtf8(sent.body)));
        QCOMPARE(sent.product, QByteArrayLiteral("Elasticsearch"));
    }
    QCOMPARE(es.documentCount(QStringLiteral("tls-check")), 1);

    // A CA file that is not PEM is an error of its own, not a silent fallback to the system set.
    QFile bogus(dir.filePath(QStringLiteral("bogus.pem")));
    QVERIFY(bogus.open(QIODevice::WriteOnly));
    bogus.write("not a certificate\n");
    bogus.close();
    c.caFile = bogus.fileName();
    EsClient broken(c);
    const EsClusterInfo bad = broken.checkConnection();
    QCOMPARE(bad.problem, EsClusterInfo::Problem::Tls);
    QVERIFY2(bad.message.contains(QStringLiteral("bogus.pem")), qPrintable(bad.message));
}

void TestEsClient::bulkConnectionReadsEveryAnswerForm()
{
    // Chunked, then closed without a length (HTTP/1.0 style), then a 100 Continue before the real answer, then a
    // broken chunk.
    int step = 0;
    QByteArray lastBody;
    ScriptedHttpServer server([&](const QByteArray &, const QByteArray &body) -> QPair<QByteArray, bool> {
        lastBody = body;
        switch (step++) {
        case 0:
            return { "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-elastic-product: Elasticsearch\r\n\r\n"
                     "6;ext=1\r\n{\"erro\r\n11\r\nrs\":false,\"items\"\r\n4\r\n:[]}\r\n0\r\nX-Trailer: t\r\n\r\n",
                false };
        case 1:
            return { "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"errors\":true}", true };
        case 2:
            return { "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 429 Too Many Requests\r\nContent-Length: 2\r\n\r\n{}",
                false };
        default: // a chunk longer than its size says: nothing in it is trusted
            return { "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}}\r\n0\r\n\r\n", false };
        }
    });
    EsClient client(configFor(server.url()));
    const QByteArray body = "{\"index\":{}}\n{}\n";
    EsResponse r = client.send("POST", QStringLiteral("/_bulk?filter_path=errors"), body, "application/x-ndjson");
    QCOMPARE(r.failure, EsResponse::Failure::None);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArrayLiteral(R"({"errors":false,"items":[]})"));
    QCOMPARE(r.product, QByteArrayLiteral("Elasticsearch"));
    QCOMPARE(lastBody, body);
    // What the server was sent: the path and query, credentials, the NDJSON type, the exact length.
    const QByteArray head = server.lastHead();
    QVERIFY2(head.startsWith("POST /_bulk?filter_path=errors HTTP/1.1\r\n"), head.constData());
    QVERIFY2(head.contains("\r\nAuthorization: Basic ") && head.contains("\r\nContent-Type: application/x-ndjson")
            && head.contains(QByteArray("\r\nContent-Length: " + QByteArray::number(body.size()))),
        head.constData());
    r = client.send("POST", QStringLiteral("/_bulk"), body, "application/x-ndjson");
    QCOMPARE(r.failure, EsResponse::Failure::None);
    QCOMPARE(r.body, QByteArrayLiteral(R"({"errors":true})"));
    r = client.send("POST", QStringLiteral("/_bulk"), body, "application/x-ndjson");
    QCOMPARE(r.failure, EsResponse::Failure::None);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.body, QByteArrayLiteral("{}"));
    r = client.send("POST", QStringLiteral("/_bulk"), body, "application/x-ndjson");
    QCOMPARE(r.failure, EsResponse::Failure::Connection);
    QVERIFY2(r.errorText.contains(QStringLiteral("malformed")), qPrintable(r.errorText));
    QCOMPARE(server.requests(), 4);
    QCOMPARE(server.connections(), 2); // the HTTP/1.0 answer ended its connection
}

void TestEsClient::bulkConnectionIsKeptAliveAndReopenedOnce()
{
    bool silent = false;
    ScriptedHttpServer server([&](const QByteArray &, const QByteArray &) -> QPair<QByteArray, bool> {
        if (silent) // drops the connection without a byte of answer
            return { QByteArray(), true };
        return { okAnswer(R"({"errors":false,"items":[]})"), false };
    });
    EsClient client(configFor(server.url()));
    const QByteArray body = "{\"index\":{}}\n{}\n";
    for (int i = 0; i < 3; ++i)
        QVERIFY(client.send("POST", QStringLiteral("/_bulk"), body, "application/x-ndjson").isSuccess());
    QCOMPARE(server.connections(), 1);
    // The server closed the idle connection; the client finds out only when it sends: it opens a new one and sends
    // once more, as QNetworkAccessManager does.
    server.dropConnections();
    QVERIFY(client.send("POST", QStringLiteral("/_bulk"), body, "application/x-ndjson").isSuccess());
    QCOMPARE(server.connections(), 2);
    QCOMPARE(server.requests(), 4);
    // A fresh connection that dies before any answer is a connection failure, not sent again behind the
    // publisher's back (it retries with backoff and counts it).
    server.dropConnections();
    silent = true;
    const EsResponse dead = client.send("POST", QStringLiteral("/_bulk"), body, "application/x-ndjson");
    QCOMPARE(dead.failure, EsResponse::Failure::Connection);
    QVERIFY(!dead.errorText.isEmpty());
    QCOMPARE(server.requests(), 5); // the resend after the stale connection, and nothing more
    QCOMPARE(server.connections(), 3);
    // A closed port.
    EsClient nowhere(configFor(deadUrl()));
    const EsResponse refused = nowhere.send("POST", QStringLiteral("/_bulk"), body, "application/x-ndjson");
    QCOMPARE(refused.failure, EsResponse::Failure::Connection);
    QVERIFY2(refused.errorText.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(refused.errorText));
}

void TestEsClient::bulkConnectionTimesOutAndCancels()
{
    ScriptedHttpServer server([](const QByteArray &, const QByteArray &) { return qMakePair(QByteArray(), false); });
    EsConfig c = configFor(server.url());
    c.timeoutMs = 300;
    EsClient client(c);
    const QByteArray body = "{\"index\":{}}\n{}\n";
    QElapsedTimer clock;
    clock.start();
    const EsResponse slow = client.send("POST", QStringLiteral("/_bulk"), body, "application/x-ndjson");
    QCOMPARE(slow.failure, EsResponse::Failure::Connection);
    QVERIFY2(slow.errorText.contains(QStringLiteral("0.3")), qPrintable(slow.errorText));
    QVERIFY(clock.elapsed() >= 250 && clock.elapsed() < 5000);

    c.timeoutMs = 60000;
    EsClient patient(c);
    std::atomic_bool cancel { false };
    patient.setCancelFlag(&cancel);
    QTimer::singleShot(100, [&cancel] { cancel = true; });
    clock.restart();
    const EsResponse cancelled = patient.send("POST", QStringLiteral("/_bulk"), body, "application/x-ndjson");
    QCOMPARE(cancelled.failure, EsResponse::Failure::Cancelled);
    QVERIFY(clock.elapsed() < 5000);
    // Raised before the request: nothing is sent.
    const int before = server.requests();
    QCOMPARE(patient.send("POST", QStringLiteral("/_bulk"), body, "application/x-ndjson").failure,
        EsResponse::Failure::Cancelled);
    QCOMPARE(server.requests(), before);
}

void TestEsClient::bootstrapCreatesIndexesWithExplicitMappings()
{
    FakeElasticsearch es;
    es.addUser(QStringLiteral("publisher"), QStringLiteral("s3cret-pw"));
    QVERIFY(es.listen());
    EsClient client(configFor(es.url()));
    EsIndexBootstrap bootstrap(client);
    EsBootstrapResult r = bootstrap.ensureIndexes();
    QVERIFY2(r.ok(), qPrintable(r.error + r.conflicts.join(u';')));
    QCOMPARE(
        r.created, (QStringList { QStringLiteral("verified-payment-data"), QStringLiteral("payment-mismatch-log") }));
    const QJsonObject props = es.mapping(QStringLiteral("verified-payment-data")).value(u"properties").toObject();
    for (const char *keyword : { "transaction_id", "approval_no", "kind", "card_company", "merchant_id", "customer_id",
             "category", "status", "reasons", "run_id", "card_masked", "resolution", "resolved_by" })
        QCOMPARE(
            props.value(QString::fromLatin1(keyword)).toObject().value(u"type").toString(), QStringLiteral("keyword"));
    QCOMPARE(props.value(u"amount").toObject().value(u"type").toString(), QStringLiteral("long"));
    QCOMPARE(props.value(u"timestamp").toObject().value(u"format").toString(),
        QStringLiteral("strict_date_optional_time||epoch_millis"));
    QCOMPARE(props.value(u"merchant_name").toObject().value(u"type").toString(), QStringLiteral("text"));
    QCOMPARE(props.value(u"merchant_name")
                 .toObject()
                 .value(u"fields")
                 .toObject()
                 .value(u"keyword")
                 .toObject()
                 .value(u"type")
                 .toString(),
        QStringLiteral("keyword"));
    QCOMPARE(props.value(u"run_date").toObject().value(u"type").toString(), QStringLiteral("date"));
    QCOMPARE(props.value(u"resolved_at").toObject().value(u"type").toString(), QStringLiteral("date"));

    r = bootstrap.ensureIndexes();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.created.isEmpty());
    QCOMPARE(r.existing.size(), 2);
    QVERIFY(r.missingFields.isEmpty());
}

void TestEsClient::bootstrapNeverOverwritesAndReportsConflicts()
{
    FakeElasticsearch es;
    es.addUser(QStringLiteral("publisher"), QStringLiteral("s3cret-pw"));
    QVERIFY(es.listen());
    const QJsonObject old = QJsonDocument::fromJson(R"({"properties": {"amount": {"type": "keyword"},
        "transaction_id": {"type": "keyword"}, "merchant_name": {"type": "keyword"}}})")
                                .object();
    es.createIndex(QStringLiteral("verified-payment-data"), old);
    EsClient client(configFor(es.url()));
    const EsBootstrapResult r = EsIndexBootstrap(client).ensureIndexes();
    QVERIFY(!r.ok());
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.existing, QStringList { QStringLiteral("verified-payment-data") });
    QCOMPARE(r.created, QStringList { QStringLiteral("payment-mismatch-log") });
    QVERIFY2(r.conflicts.join(u'\n').contains(QStringLiteral("amount is keyword, expected long")),
        qPrintable(r.conflicts.join(u'\n')));
    QVERIFY2(r.conflicts.join(u'\n').contains(QStringLiteral("merchant_name is keyword, expected text")),
        qPrintable(r.conflicts.join(u'\n')));
    QVERIFY(r.missingFields.join(u'\n').contains(QStringLiteral("card_masked")));
    QCOMPARE(es.mapping(QStringLiteral("verified-payment-data")), old); // untouched
}

void TestEsClient::kstTimestampsCarryTheOffset_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("epoch") << qint64(0) << QByteArrayLiteral("1970-01-01T09:00:00.000+09:00");
    QTest::newRow("day boundary") << LedgerSamples::seoulMs(2026, 11, 24, 0, 0, 0)
                                  << QByteArrayLiteral("2026-11-24T00:00:00.000+09:00");
    QTest::newRow("leap day") << LedgerSamples::seoulMs(2024, 2, 29, 23, 59, 59) + 999
                              << QByteArrayLiteral("2024-02-29T23:59:59.999+09:00");
    QTest::newRow("before 1970") << qint64(-1) << QByteArrayLiteral("1970-01-01T08:59:59.999+09:00");
}

void TestEsClient::kstTimestampsCarryTheOffset()
{
    QFETCH(qint64, ms);
    QFETCH(QByteArray, expected);
    QCOMPARE(EsDocumentBuilder::kstTimestamp(ms), expected);
}

namespace {
struct Sample
{
    RecordTable ledger;
    RecordTable van;
    ReconResult result;
};

Sample sample()
{
    using LedgerSamples::record;
    using LedgerSamples::seoulMs;
    Sample s;
    PaymentRecord a = record(QStringLiteral("T1"), PaymentKind::Approval, 15000, seoulMs(2026, 11, 24, 13, 5, 0));
    a.approvalNo = QStringLiteral("A1");
    a.cardNumber = QStringLiteral("9410-1234-5678-9012"); // masked by append(), as the importers do
    a.cardCompany = QStringLiteral("신한카드");
    a.merchantName = QStringLiteral("김밥 \"천국\"");
    a.customerId = QStringLiteral("C1");
    a.category = QStringLiteral("식음료");
    LedgerSamples::append(s.ledger, a);
    LedgerSamples::append(s.van, a); // matched
    PaymentRecord b = a;
    b.transactionId = QStringLiteral("T2");
    LedgerSamples::append(s.ledger, b);
    b.amount = 16000;
    LedgerSamples::append(s.van, b); // mismatched: amount
    PaymentRecord c = a;
    c.transactionId = QStringLiteral("T3");
    LedgerSamples::append(s.ledger, c); // ledger only
    PaymentRecord d = a;
    d.transactionId = QStringLiteral("T4");
    LedgerSamples::append(s.van, d);
    LedgerSamples::append(s.van, d); // duplicate on the VAN side
    s.result = ReconEngine().run(s.ledger, s.van);
    return s;
}
} // namespace

void TestEsClient::documentsFollowTheReconciliation()
{
    const Sample s = sample();
    EsDocumentBuilder builder(QStringLiteral("v"), QStringLiteral("m"), QStringLiteral("RUN1"), QDate(2026, 11, 24));
    std::vector<EsDocument> docs;
    QCOMPARE(builder.build(s.ledger, s.van, s.result,
                 [&](EsDocument &&d) {
                     docs.push_back(std::move(d));
                     return true;
                 }),
        qint64(s.result.rows.size()));
    QStringList ids;
    for (const EsDocument &d : docs)
        ids << d.index + u'/' + QString::fromUtf8(d.id);
    ids.sort();
    QCOMPARE(ids,
        (QStringList { QStringLiteral("m/RUN1:T2:approval"), QStringLiteral("m/RUN1:T3:approval"),
            QStringLiteral("m/RUN1:T4:approval:V2"), QStringLiteral("m/RUN1:T4:approval:V3"),
            QStringLiteral("v/T1:approval") }));
    QCOMPARE(builder.maskedHere(), 0);
    for (const EsDocument &d : docs) {
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(d.source, &e).object();
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        QCOMPARE(o.value(u"card_masked").toString(), QStringLiteral("941012******9012"));
        QVERIFY(!d.source.contains("9410123456789012") && !d.source.contains("1234-5678"));
        QCOMPARE(o.value(u"merchant_name").toString(), QStringLiteral("김밥 \"천국\""));
        QCOMPARE(o.value(u"run_date").toString(), QStringLiteral("2026-11-24"));
        QCOMPARE(o.value(u"timestamp").toString(), QStringLiteral("2026-11-24T13:05:00.000+09:00"));
        if (d.index == u"v") {
            QCOMPARE(o.value(u"amount").toInteger(), 15000);
            QCOMPARE(o.value(u"hour_kst").toInt(), 13);
            QCOMPARE(o.value(u"status").toString(), QStringLiteral("matched"));
        }
        if (d.id == "RUN1:T2:approval") {
            QCOMPARE(o.value(u"status").toString(), QStringLiteral("mismatched"));
            QCOMPARE(o.value(u"reasons").toArray(), QJsonArray { QStringLiteral("amount") });
            QCOMPARE(o.value(u"ledger_amount").toInteger(), 15000);
            QCOMPARE(o.value(u"van_amount").toInteger(), 16000);
            QCOMPARE(o.value(u"amount_difference").toInteger(), 1000);
        }
        if (d.id == "RUN1:T3:approval") {
            QCOMPARE(o.value(u"status").toString(), QStringLiteral("ledger_only"));
            QVERIFY(o.value(u"van_amount").isNull());
        }
        if (d.id.startsWith("RUN1:T4"))
            QCOMPARE(o.value(u"duplicate_side").toString(), QStringLiteral("van"));
    }

    // A full PAN that slipped past an importer is masked here as well, and counted.
    RecordTable leaky;
    RecordView v;
    v.transactionId = "X";
    v.cardNumber = "9410123456789012";
    leaky.append(v);
    const EsDocument d
        = builder.verified(leaky, leaky, ReconRow { 0, 0, ReconStatus::Matched, 0, DuplicateSide::None });
    QVERIFY(!d.source.contains("9410123456789012"));
    QVERIFY(d.source.contains("941012******9012"));
    QCOMPARE(builder.maskedHere(), 1);
}

void TestEsClient::documentsFitTheStrictMappings()
{
    // The fake enforces "dynamic": "strict" and field types like 7.17: every field the builder writes must
    // be declared in the bootstrap mapping with a type that accepts it.
    FakeElasticsearch es;
    es.addUser(QStringLiteral("publisher"), QStringLiteral("s3cret-pw"));
    QVERIFY(es.listen());
    EsClient client(configFor(es.url()));
    QVERIFY(EsIndexBootstrap(client).ensureIndexes().ok());
    const Sample s = sample();
    EsDocumentBuilder builder(
        client.config().verifiedIndex, client.config().mismatchIndex, QStringLiteral("R"), QDate(2026, 11, 24));
    QByteArray body;
    builder.build(s.ledger, s.van, s.result, [&](EsDocument &&d) {
        body += R"({"index":{"_index":")" + d.index.toUtf8() + R"(","_id":")" + d.id + "\"}}\n" + d.source + '\n';
        return true;
    });
    const EsResponse r = client.send("POST", QStringLiteral("/_bulk"), body, "application/x-ndjson");
    QCOMPARE(r.status, 200);
    QVERIFY2(!r.json().value(u"errors").toBool(), r.body.constData());
    QCOMPARE(es.documentCount(client.config().verifiedIndex), 1);
    QCOMPARE(es.documentCount(client.config().mismatchIndex), 4);
    // And the fake does reject what the real one would.
    const EsResponse bad = client.send("POST", QStringLiteral("/_bulk"),
        R"({"index":{"_index":"verified-payment-data","_id":"x"}})"
        "\n"
        R"({"amount":"abc","surprise":1})"
        "\n",
        "application/x-ndjson");
    QVERIFY(bad.json().value(u"errors").toBool());
}

void TestEsClient::kibanaObjectsUseTheShippedPatternAndMappedFields()
{
    QFile file(QStringLiteral(PAYRECON_KIBANA_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonObject properties
        = EsIndexBootstrap::verifiedIndexBody().value(u"mappings").toObject().value(u"properties").toObject();
    // "merchant_name.keyword" is a subfield: look it up in the mapping's "fields".
    auto mapped = [&](const QString &field) {
        const QStringList parts = field.split(u'.');
        const QJsonObject top = properties.value(parts.first()).toObject();
        if (parts.size() == 1)
            return !top.isEmpty();
        return parts.size() == 2 && top.value(u"fields").toObject().contains(parts.at(1));
    };
    QString patternId;
    QSet<QString> visualizations;
    QList<QJsonObject> dashboards;
    int line = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(text, &e).object();
        QVERIFY2(e.error == QJsonParseError::NoError && !o.isEmpty(), qPrintable(QStringLiteral("line %1").arg(line)));
        const QString type = o.value(u"type").toString();
        const QJsonObject attributes = o.value(u"attributes").toObject();
        if (type == u"index-pattern") {
            QCOMPARE(attributes.value(u"title").toString(), QStringLiteral("verified-payment-data"));
            QCOMPARE(attributes.value(u"timeFieldName").toString(), QStringLiteral("timestamp"));
            patternId = o.value(u"id").toString();
        } else if (type == u"visualization") {
            visualizations.insert(o.value(u"id").toString());
            const QJsonArray refs = o.value(u"references").toArray();
            QCOMPARE(refs.size(), 1);
            QCOMPARE(refs.at(0).toObject().value(u"id").toString(), patternId); // the pattern comes first
            QCOMPARE(refs.at(0).toObject().value(u"type").toString(), QStringLiteral("index-pattern"));
            const QJsonObject state
                = QJsonDocument::fromJson(attributes.value(u"visState").toString().toUtf8()).object();
            QVERIFY(!state.value(u"aggs").toArray().isEmpty());
            for (const QJsonValue &agg : state.value(u"aggs").toArray()) {
                const QString field = agg.toObject().value(u"params").toObject().value(u"field").toString();
                QVERIFY2(field.isEmpty() || mapped(field),
                    qPrintable(o.value(u"id").toString() + QStringLiteral(": unmapped field ") + field));
            }
        } else if (type == u"dashboard") {
            dashboards << o;
        } else {
            QFAIL(qPrintable(QStringLiteral("line %1: unexpected type %2").arg(line).arg(type)));
        }
    }
    QVERIFY(!patternId.isEmpty());
    QCOMPARE(visualizations.size(), 5);
    QCOMPARE(dashboards.size(), 1);
    const QJsonArray panels = QJsonDocument::fromJson(
        dashboards.first().value(u"attributes").toObject().value(u"panelsJSON").toString().toUtf8())
                                  .array();
    QCOMPARE(panels.size(), visualizations.size());
    QSet<QString> referenced;
    for (const QJsonValue &r : dashboards.first().value(u"references").toArray())
        referenced.insert(r.toObject().value(u"id").toString());
    QCOMPARE(referenced, visualizations);
}

void TestEsClient::realServerWhenConfigured()
{
    const QString url = qEnvironmentVariable("PAYRECON_TEST_ES_URL");
    if (url.isEmpty())
        QSKIP("PAYRECON_TEST_ES_URL is not set: no real Elasticsearch to test against (set it, with "
              "PAYRECON_TEST_ES_USER/PASSWORD or PAYRECON_TEST_ES_API_KEY and PAYRECON_TEST_ES_CA_FILE)");
    EsConfig c;
    c.nodes = EsConfig::parseNodes(url, &c.user, &c.password);
    if (qEnvironmentVariableIsSet("PAYRECON_TEST_ES_USER"))
        c.user = qEnvironmentVariable("PAYRECON_TEST_ES_USER");
    if (qEnvironmentVariableIsSet("PAYRECON_TEST_ES_PASSWORD"))
        c.password = qEnvironmentVariable("PAYRECON_TEST_ES_PASSWORD");
    c.apiKey = qEnvironmentVariable("PAYRECON_TEST_ES_API_KEY");
    c.caFile = qEnvironmentVariable("PAYRECON_TEST_ES_CA_FILE");
    // Throwaway index names, so a real cluster's data is never touched.
    const QString suffix = QString::number(QDateTime::currentMSecsSinceEpoch());
    c.verifiedIndex = QStringLiteral("payrecon-test-verified-") + suffix;
    c.mismatchIndex = QStringLiteral("payrecon-test-mismatch-") + suffix;
    EsClient client(c);
    const EsClusterInfo info = client.checkConnection();
    QVERIFY2(info.ok(), qPrintable(info.message));
    qInfo().noquote() << "real server:" << info.summary();
    const EsBootstrapResult boot = EsIndexBootstrap(client).ensureIndexes();
    QVERIFY2(boot.ok(), qPrintable(boot.error + boot.conflicts.join(u';')));
    const Sample s = sample();
    EsDocumentBuilder builder(c.verifiedIndex, c.mismatchIndex, QStringLiteral("R"), QDate(2026, 11, 24));
    QByteArray body;
    builder.build(s.ledger, s.van, s.result, [&](EsDocument &&d) {
        body += R"({"index":{"_index":")" + d.index.toUtf8() + R"(","_id":")" + d.id + "\"}}\n" + d.source + '\n';
        return true;
    });
    const EsResponse r = client.send("POST", QStringLiteral("/_bulk?refresh=true"), body, "application/x-ndjson");
    QVERIFY2(r.isSuccess() && !r.json().value(u"errors").toBool(), r.body.left(2000).constData());
    QCOMPARE(client.get(u'/' + c.verifiedIndex + QStringLiteral("/_count")).json().value(u"count").toInt(), 1);
    QCOMPARE(client.get(u'/' + c.mismatchIndex + QStringLiteral("/_count")).json().value(u"count").toInt(), 4);
    client.send("DELETE", u'/' + c.verifiedIndex);
    client.send("DELETE", u'/' + c.mismatchIndex);
}

QTEST_GUILESS_MAIN(TestEsClient)
#include "tst_esclient.moc"
