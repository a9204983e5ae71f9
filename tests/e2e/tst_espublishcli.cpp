// End to end through payrecon-cli and a fake Elasticsearch 7.17 in its own process: es-check, reconcile
// --publish killed mid-way and resumed by `publish` (every verified row in the index exactly once), a
// re-publish that adds nothing, and a run while the server is down that a later `publish` completes. With
// PAYRECON_STORE_BACKEND=mysql (ctest's tst_espublishcli_mariadb) the outbox is the team's MySQL store, so the
// resuming `publish` could as well run on another operator's machine.
#include "mariadbenv.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"
#include <QTimer>

namespace {
/// A running fake-es process.
class FakeEs
{
public:
    bool start(const QStringList &extra = {})
    {
        m_process.start(QStringLiteral(PAYRECON_FAKE_ES_PATH), extra);
        if (!m_process.waitForStarted(10000) || !m_process.waitForReadyRead(10000))
            return false;
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith("PORT "))
            return false;
        m_url = QUrl(QStringLiteral("http://127.0.0.1:") + QString::fromLatin1(line.mid(5)));
        return true;
    }
    void stop()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    ~FakeEs() { stop(); }
    QUrl url() const { return m_url; }
    QJsonObject state()
    {
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            nam.get(QNetworkRequest(m_url.resolved(QUrl(QStringLiteral("/_fake/state"))))));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    qint64 count(const QString &index) { return indexState(index).value(u"count").toInteger(); }
    QJsonObject indexState(const QString &index)
    {
        return state().value(u"indexes").toObject().value(index).toObject();
    }

private:
    QProcess m_process;
    QUrl m_url;
};
} // namespace

class TestEsPublishCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void esCheckReportsTheCluster();
    void esCheckNamesWrongCredentials();
    void killedPublishResumesExactlyOnce();
    void publishingAgainAddsNothing();
    void serverDownLeavesThePendingForLater();

private:
    QProcessEnvironment env(const QUrl &url, const QString &store) const;
    /// A fresh store for a case that starts from nothing: a new SQLite file, or the team store emptied.
    QString freshStore(const QString &file);
    Run cli(const QStringList &arguments, const QProcessEnvironment &environment) const;
    QStringList reconcileArgs() const;

    QTemporaryDir m_dir;
    QString m_data;
    QSet<QString> m_verifiedIds; ///< "<transaction_id>:<kind>" of every matched row
    qint64 m_mismatchRows = 0;
    FakeEs m_es;
    QString m_team; ///< the MariaDB fixture's URL when the suite runs on the team store
    QString m_teamPassword;
};

QProcessEnvironment TestEsPublishCli::env(const QUrl &url, const QString &store) const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("PAYRECON_STORE"), store);
    if (!m_team.isEmpty()) { // the team store's own password: it never borrows the ledger's
        e.insert(QStringLiteral("PAYRECON_STORE_URL"), m_team);
        e.insert(QStringLiteral("PAYRECON_STORE_PASSWORD"), m_teamPassword);
    }
    e.insert(QStringLiteral("PAYRECON_ES_URL"), url.toString());
    e.insert(QStringLiteral("PAYRECON_ES_USER"), QStringLiteral("publisher"));
    e.insert(QStringLiteral("PAYRECON_ES_PASSWORD"), QStringLiteral("pw-e2e"));
    e.remove(QStringLiteral("PAYRECON_ES_API_KEY"));
    e.remove(QStringLiteral("PAYRECON_ES_CA_FILE"));
    // Settings from a private config folder: 100 documents a request, so a publish takes many requests.
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return e;
}

Run TestEsPublishCli::cli(const QStringList &arguments, const QProcessEnvironment &environment) const
{
    return runProgram(QStringLiteral(PAYRECON_CLI_PATH), arguments, environment);
}

QStringList TestEsPublishCli::reconcileArgs() const
{
    const QDir dir(m_data);
    return { QStringLiteral("reconcile"), QStringLiteral("--ledger"),
        QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("ledger.db")), QStringLiteral("--van"),
        dir.filePath(QStringLiteral("van.csv")), QStringLiteral("--profile"), QStringLiteral("kvan-cp949"),
        QStringLiteral("--publish") };
}

QString TestEsPublishCli::freshStore(const QString &file)
{
    if (!m_team.isEmpty()) {
        QString error;
        if (!MariaDbEnv::dropStoreTables(QStringLiteral("admin"), &error))
            qFatal("cannot empty the team store: %s", qPrintable(error));
    }
    return m_dir.filePath(file);
}

void TestEsPublishCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PAYRECON_CLI_PATH)));
    if (MariaDbEnv::storeBackendIsMySql()) {
        QString error;
        m_team = MariaDbEnv::openTeamStore(QStringLiteral("admin"), &error, &m_teamPassword);
        QVERIFY2(!m_team.isEmpty(), qPrintable(error));
        QVERIFY(freshStore(QString()).size() > 0);
    }
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("config/PayRecon"))));
    QFile conf(m_dir.filePath(QStringLiteral("config/PayRecon/payrecon.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[elasticsearch]\nbulk_max_docs=100\n");
    conf.close();

    m_data = m_dir.filePath(QStringLiteral("data"));
    const QProcessEnvironment plain = env(QUrl(), m_dir.filePath(QStringLiteral("unused.sqlite")));
    Run r = cli({ QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("3000"),
                    QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--out"), m_data },
        plain);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    // The expected documents, from the JSON report of the same reconciliation.
    const QString report = m_dir.filePath(QStringLiteral("all.json"));
    QStringList args = reconcileArgs();
    args.removeLast();
    args << QStringLiteral("--json") << report << QStringLiteral("--json-all") << QStringLiteral("--quiet");
    r = cli(args, plain);
    QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(f.readAll()).object().value(u"rows").toArray();
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (o.value(u"status").toString() == u"matched")
            m_verifiedIds.insert(o.value(u"transaction_id").toString() + u':' + o.value(u"kind").toString());
        else
            ++m_mismatchRows;
    }
    QVERIFY(m_verifiedIds.size() > 2500);
    QVERIFY(m_mismatchRows > 10);

    // Slow enough that the publish takes several seconds: time to kill it in the middle.
    QVERIFY(m_es.start({ QStringLiteral("--password"), QStringLiteral("pw-e2e"), QStringLiteral("--bulk-delay-ms"),
        QStringLiteral("120") }));
}

void TestEsPublishCli::esCheckReportsTheCluster()
{
    const Run r = cli({ QStringLiteral("es-check") }, env(m_es.url(), m_dir.filePath(QStringLiteral("s0.sqlite"))));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QStringLiteral("7.17.9")) && r.out.contains(QStringLiteral("publisher"))
            && r.out.contains(QStringLiteral("green")),
        qPrintable(describe(r)));
    QVERIFY2(!r.out.contains(QStringLiteral("pw-e2e")) && !r.err.contains(QStringLiteral("pw-e2e")),
        qPrintable(describe(r)));
}

void TestEsPublishCli::esCheckNamesWrongCredentials()
{
    QProcessEnvironment e = env(m_es.url(), m_dir.filePath(QStringLiteral("s0.sqlite")));
    e.insert(QStringLiteral("PAYRECON_ES_PASSWORD"), QStringLiteral("not-the-password"));
    const Run r = cli({ QStringLiteral("es-check") }, e);
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("401")), qPrintable(describe(r)));
    QVERIFY2(!r.err.contains(QStringLiteral("not-the-password")), qPrintable(describe(r)));
    e.remove(QStringLiteral("PAYRECON_ES_URL"));
    const Run noUrl = cli({ QStringLiteral("es-check") }, e);
    QVERIFY2(noUrl.exitCode == 2 && noUrl.err.contains(QStringLiteral("PAYRECON_ES_URL")), qPrintable(describe(noUrl)));
}

void TestEsPublishCli::killedPublishResumesExactlyOnce()
{
    const QProcessEnvironment e = env(m_es.url(), freshStore(QStringLiteral("store.sqlite")));
    QProcess first;
    first.setProcessEnvironment(e);
    first.start(QStringLiteral(PAYRECON_CLI_PATH), reconcileArgs());
    QVERIFY(first.waitForStarted(10000));
    // Kill it (SIGKILL: no chance to clean up) once a good part, but not all, is in the index.
    const qint64 total = m_verifiedIds.size();
    qint64 atKill = 0;
    QTRY_VERIFY_WITH_TIMEOUT((atKill = m_es.count(QStringLiteral("verified-payment-data"))) >= total / 4, 60000);
    first.kill();
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    const qint64 afterKill = m_es.count(QStringLiteral("verified-payment-data"));
    QVERIFY2(afterKill < total, "the publish finished before it could be killed: slow the fake down");

    const Run resumed = cli({ QStringLiteral("publish") }, e);
    QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
    QVERIFY2(resumed.out.contains(QStringLiteral("0 pending")), qPrintable(describe(resumed)));

    const QJsonObject verified = m_es.indexState(QStringLiteral("verified-payment-data"));
    const QJsonObject versions = verified.value(u"versions").toObject();
    QCOMPARE(verified.value(u"count").toInteger(), total);
    QSet<QString> ids;
    qint64 replayed = 0;
    for (auto it = versions.begin(); it != versions.end(); ++it) {
        ids.insert(it.key());
        replayed += it.value().toInt() > 1 ? 1 : 0;
    }
    QCOMPARE(ids, m_verifiedIds);
    // Sent twice (and overwritten in place) at most: the chunk in flight at the kill, plus what was acknowledged in
    // the last second before it (the publisher records acknowledgements about once a second); here 100 documents
    // take 120 ms, so under 1,100.
    QVERIFY2(replayed <= 1100, qPrintable(QString::number(replayed)));
    QCOMPARE(m_es.count(QStringLiteral("payment-mismatch-log")), m_mismatchRows);
}

void TestEsPublishCli::publishingAgainAddsNothing()
{
    const QProcessEnvironment e = env(m_es.url(), m_dir.filePath(QStringLiteral("store.sqlite")));
    const qint64 before = m_es.state().value(u"bulk_requests").toInteger();
    Run r = cli({ QStringLiteral("publish") }, e);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(m_es.state().value(u"bulk_requests").toInteger(), before); // nothing pending, nothing sent

    // The same reconciliation again is a new run: the verified documents are the same versions (only the run
    // that published them would differ), so none is sent again; the mismatch log records the run's outcomes once
    // more under the new run id.
    const QJsonObject versionsBefore
        = m_es.indexState(QStringLiteral("verified-payment-data")).value(u"versions").toObject();
    r = cli(reconcileArgs() << QStringLiteral("--quiet"), e);
    QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
    QCOMPARE(m_es.count(QStringLiteral("verified-payment-data")), qint64(m_verifiedIds.size()));
    QCOMPARE(m_es.indexState(QStringLiteral("verified-payment-data")).value(u"versions").toObject(), versionsBefore);
    QCOMPARE(m_es.count(QStringLiteral("payment-mismatch-log")), 2 * m_mismatchRows);
}

void TestEsPublishCli::serverDownLeavesThePendingForLater()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QUrl dead(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    const QString store = freshStore(QStringLiteral("store-down.sqlite"));
    Run r = cli(reconcileArgs(), env(dead, store));
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("unreachable")), qPrintable(describe(r)));

    FakeEs fresh;
    QVERIFY(fresh.start({ QStringLiteral("--password"), QStringLiteral("pw-e2e") }));
    r = cli({ QStringLiteral("publish") }, env(fresh.url(), store));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(fresh.count(QStringLiteral("verified-payment-data")), qint64(m_verifiedIds.size()));
    QCOMPARE(fresh.count(QStringLiteral("payment-mismatch-log")), m_mismatchRows);
}

QTEST_GUILESS_MAIN(TestEsPublishCli)
#include "tst_espublishcli.moc"
