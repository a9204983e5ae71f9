// LedgerMonitor against a real MariaDB (ctest fixture "mariadb") delivering to FakeDiscord: rows inserted
// while it runs and while it is down, a velocity pattern, and the server killing the monitor's connection
// (the monitor reports it, reconnects with backoff and resumes without losing or doubling an alert).
#include "alerts/ledgermonitor.h"
#include "alerts/ledgerpoller.h"
#include "fakediscord.h"
#include "ledger/demoledger.h"
#include "ledger/ledgerconnection.h"
#include "mariadbenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

namespace {
/// A TCP relay between the monitor and MariaDB, so a test can cut the monitor's connection (a network
/// failure, a server restart) without touching any other client of the shared test server. It runs on its
/// own thread: the monitor's blocking MySQL calls must never wait for the test's thread.
class TcpRelay : public QObject
{
public:
    explicit TcpRelay(quint16 target)
        : m_target { target }
    { }

    /// Call on the relay's thread.
    bool listen()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, &TcpRelay::accept);
        if (!m_server->listen(QHostAddress::LocalHost))
            return false;
        m_port = m_server->serverPort();
        return true;
    }
    quint16 port() const { return m_port.load(); }
    int accepted() const { return m_accepted.load(); }
    /// Cuts every relayed connection; with \a refuse, new ones are refused until setRefusing(false).
    void cutAll(bool refuse)
    {
        m_refusing = refuse;
        for (const QPointer<QTcpSocket> &c : std::as_const(m_clients)) {
            if (c)
                c->abort();
        }
        m_clients.clear();
    }
    void setRefusing(bool refuse) { m_refusing = refuse; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            if (m_refusing) {
                client->abort();
                client->deleteLater();
                continue;
            }
            auto *upstream = new QTcpSocket(client);
            QObject::connect(
                client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
            QObject::connect(
                upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            QObject::connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->abort(); });
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            m_clients << client;
            ++m_accepted;
        }
    }

    QTcpServer *m_server = nullptr;
    quint16 m_target;
    std::atomic<quint16> m_port { 0 };
    QList<QPointer<QTcpSocket>> m_clients;
    bool m_refusing = false;
    std::atomic_int m_accepted { 0 };
};

class MonitorThread
{
public:
    /// \a ledgerPassword: the fixture ledger's; \a store with its own password.
    MonitorThread(const AlertSettings &settings, const QString &ledgerPassword, const StoreLocation &store, QObject *)
        : m_monitor { new LedgerMonitor(settings, ledgerPassword, store) }
    {
        m_monitor->setReconnectBackoff(200, 1000);
        m_monitor->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_monitor, &QObject::deleteLater);
        QObject::connect(m_monitor, &LedgerMonitor::alertRaised, &m_context,
            [this](const Alert &a, qint64) { alerts << a.payment.transactionId + u':' + a.ruleIds().join(u'+'); });
        QObject::connect(m_monitor, &LedgerMonitor::statusChanged, &m_context,
            [this](LedgerMonitor::Status s, const QString &) { statuses << s; });
        m_thread.start();
        QMetaObject::invokeMethod(m_monitor, &LedgerMonitor::start);
    }
    ~MonitorThread()
    {
        QMetaObject::invokeMethod(m_monitor, &LedgerMonitor::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QStringList alerts;
    QList<LedgerMonitor::Status> statuses;

private:
    QThread m_thread;
    LedgerMonitor *m_monitor;
    // Receiver of the queued signals, on the test's thread. Declared last, so it goes first: signals still
    // queued when this helper is destroyed are dropped with it instead of reaching freed lists.
    QObject m_context;
};
} // namespace

class TestMySqlMonitor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void alertsNewRowsAndRowsInsertedWhileDown();
    void velocityPatternRaisesOneAlertNamingTheRule();
    void killedConnectionIsReportedRetriedAndResumed();
    void idlePollOnALargeLedgerIsCheap();
    void twoMonitorsOnTheTeamStoreSendEachAlertOnce();

private:
    void insert(const QString &tx, qint64 amount, const QString &card = QStringLiteral("123456******3456"),
        const QString &time = QStringLiteral("2026-11-25 14:00:00"));
    AlertSettings settings() const;

    MariaDbEnv m_mariadb;
    QString m_admin = QStringLiteral("tst_mysqlmonitor.admin");
    QTemporaryDir *m_dir = nullptr;
    FakeDiscord *m_fake = nullptr;
};

void TestMySqlMonitor::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("PAYRECON_MARIADB_ENV"))
        QSKIP("PAYRECON_MARIADB_ENV is not set: run through ctest, which starts the MariaDB fixture");
    QString error;
    const std::optional<MariaDbEnv> env = MariaDbEnv::load(&error);
    QVERIFY2(env, qPrintable(error));
    m_mariadb = *env;
    QVERIFY2(m_mariadb.openAdmin(m_admin, &error), qPrintable(error));
}

void TestMySqlMonitor::init()
{
    QSqlDatabase db = QSqlDatabase::database(m_admin);
    QSqlQuery q(db);
    // Its own table: tst_mysqlledger shares the database and may run at the same time (ctest -j).
    QVERIFY(q.exec(QStringLiteral("DROP TABLE IF EXISTS monitor_payments")));
    QVERIFY2(
        q.exec(QStringLiteral("CREATE TABLE monitor_payments (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                              "transaction_id VARCHAR(64) NOT NULL, kind VARCHAR(8) NOT NULL, amount BIGINT NOT NULL, "
                              "occurred_at DATETIME NOT NULL, card_number VARCHAR(32), card_company VARCHAR(64), "
                              "merchant_id VARCHAR(64), merchant_name VARCHAR(128), customer_id VARCHAR(64)) "
                              "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4")),
        qPrintable(q.lastError().text()));
    m_dir = new QTemporaryDir;
    m_fake = new FakeDiscord;
    QVERIFY(m_fake->listen());
}

void TestMySqlMonitor::cleanup()
{
    delete m_fake;
    delete m_dir;
}

void TestMySqlMonitor::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(m_admin);
}

void TestMySqlMonitor::insert(const QString &tx, qint64 amount, const QString &card, const QString &time)
{
    QSqlQuery q(QSqlDatabase::database(m_admin));
    q.prepare(QStringLiteral("INSERT INTO monitor_payments(transaction_id, kind, amount, occurred_at, card_number, "
                             "merchant_name, customer_id) VALUES (?, 'approval', ?, ?, ?, '강남점', 'C1')"));
    q.addBindValue(tx);
    q.addBindValue(amount);
    q.addBindValue(time);
    q.addBindValue(card);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

AlertSettings TestMySqlMonitor::settings() const
{
    AlertSettings s;
    s.ledgerUrl = m_mariadb.url();
    s.table = QStringLiteral("monitor_payments");
    s.webhook = m_fake->webhookUrl();
    s.pollIntervalMs = 200;
    s.outlierEnabled = false; // same customer throughout: keep each test to the rule it is about
    return s;
}

void TestMySqlMonitor::alertsNewRowsAndRowsInsertedWhileDown()
{
    const QString store = m_dir->filePath(QStringLiteral("store.sqlite"));
    insert(QStringLiteral("HISTORY"), 9000000);
    {
        MonitorThread m(settings(), m_mariadb.password(), StoreLocation { store }, this);
        QTRY_VERIFY(m.statuses.contains(LedgerMonitor::Status::Running));
        QTest::qWait(500);
        insert(QStringLiteral("M1"), 1000000, QStringLiteral("111111******0001"));
        insert(QStringLiteral("M2"), 999999, QStringLiteral("111111******0002"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->transactionIds(), QStringList { QStringLiteral("M1") }, 10000);
    }
    insert(QStringLiteral("M3"), 2000000, QStringLiteral("111111******0003"));
    MonitorThread m(settings(), m_mariadb.password(), StoreLocation { store }, this);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_fake->transactionIds(), (QStringList { QStringLiteral("M1"), QStringLiteral("M3") }), 10000);
    QTest::qWait(600);
    QCOMPARE(m_fake->transactionIds().size(), 2);
}

void TestMySqlMonitor::velocityPatternRaisesOneAlertNamingTheRule()
{
    MonitorThread m(
        settings(), m_mariadb.password(), StoreLocation { m_dir->filePath(QStringLiteral("store.sqlite")) }, this);
    QTRY_VERIFY(m.statuses.contains(LedgerMonitor::Status::Running));
    // Five approvals on one card within four minutes: the fifth fires velocity (default 5 in 10 min).
    for (int i = 0; i < 5; ++i)
        insert(QStringLiteral("V%1").arg(i), 30000, QStringLiteral("222222******0000"),
            QStringLiteral("2026-11-25 14:0%1:00").arg(i));
    QTRY_COMPARE_WITH_TIMEOUT(m.alerts, QStringList { QStringLiteral("V4:velocity") }, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->transactionIds(), QStringList { QStringLiteral("V4") }, 10000);
}

void TestMySqlMonitor::killedConnectionIsReportedRetriedAndResumed()
{
    // Stopped on every way out of this function, including a failed check.
    struct RelayThread : QThread
    {
        ~RelayThread() override
        {
            quit();
            wait();
        }
    } relayThread;
    auto *relay = new TcpRelay(quint16(m_mariadb.value("PAYRECON_MARIADB_PORT").toInt()));
    relay->moveToThread(&relayThread);
    QObject::connect(&relayThread, &QThread::finished, relay, &QObject::deleteLater);
    relayThread.start();
    auto onRelay = [relay](auto &&f) { QMetaObject::invokeMethod(relay, f, Qt::BlockingQueuedConnection); };
    bool listening = false;
    onRelay([relay, &listening] { listening = relay->listen(); });
    QVERIFY(listening);
    AlertSettings s = settings();
    s.ledgerUrl.replace(QStringLiteral(":") + m_mariadb.value("PAYRECON_MARIADB_PORT") + u'/',
        QStringLiteral(":%1/").arg(relay->port()));
    {
        MonitorThread m(
            s, m_mariadb.password(), StoreLocation { m_dir->filePath(QStringLiteral("store.sqlite")) }, this);
        QTRY_VERIFY_WITH_TIMEOUT(m.statuses.contains(LedgerMonitor::Status::Running), 10000);
        insert(QStringLiteral("K1"), 1000000, QStringLiteral("333333******0001"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->transactionIds(), QStringList { QStringLiteral("K1") }, 10000);
        QCOMPARE(relay->accepted(), 1);

        // The network to the server goes away and stays away for a while (a restart, a failover).
        onRelay([relay] { relay->cutAll(true); });
        insert(QStringLiteral("K2"), 1000000, QStringLiteral("333333******0002")); // while disconnected
        QTRY_VERIFY_WITH_TIMEOUT(m.statuses.contains(LedgerMonitor::Status::Reconnecting), 10000);
        QTest::qWait(700); // a few refused reconnects
        QCOMPARE(relay->accepted(), 1);
        QCOMPARE(m.statuses.last(), LedgerMonitor::Status::Reconnecting);
        onRelay([relay] { relay->setRefusing(false); });
        QTRY_COMPARE_WITH_TIMEOUT(m.statuses.last(), LedgerMonitor::Status::Running, 10000);
        insert(QStringLiteral("K3"), 1000000, QStringLiteral("333333******0003"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->transactionIds(),
            (QStringList { QStringLiteral("K1"), QStringLiteral("K2"), QStringLiteral("K3") }), 10000);
        QTest::qWait(600);
        QCOMPARE(m_fake->transactionIds().size(), 3);
        QVERIFY(relay->accepted() >= 2);
    }
}

void TestMySqlMonitor::idlePollOnALargeLedgerIsCheap()
{
    QSqlQuery q(QSqlDatabase::database(m_admin));
    // MariaDB's sequence engine: 100,000 rows of history in one statement.
    QVERIFY2(
        q.exec(QStringLiteral("INSERT INTO monitor_payments(transaction_id, kind, amount, occurred_at, card_number) "
                              "SELECT CONCAT('H', seq), 'approval', 10000 + seq, '2026-11-24 12:00:00', "
                              "'123456******3456' FROM seq_1_to_100000")),
        qPrintable(q.lastError().text()));
    const AlertSettings s = settings();
    const std::optional<LedgerUrl> url = LedgerConnection { s.ledgerUrl, m_mariadb.password() }.parse(nullptr);
    QVERIFY(url);
    LedgerPoller poller(*url, s);
    QString error;
    QVERIFY2(poller.open(&error), qPrintable(error));
    const qint64 max = poller.maxId(&error).value_or(-1);
    QVERIFY(max >= 100000);
    QList<PaymentEvent> rows;
    qint64 last = 0;
    QElapsedTimer t;
    t.start();
    constexpr int Polls = 200;
    for (int i = 0; i < Polls; ++i) {
        QVERIFY2(poller.fetch(max, &rows, &last, &error), qPrintable(error));
        QVERIFY(rows.isEmpty());
    }
    const double perPollMs = double(t.nsecsElapsed()) / 1e6 / Polls;
    qInfo("idle poll on a 100,000-row MariaDB ledger over TCP: %.3f ms", perPollMs);
    QVERIFY2(perPollMs < 50.0, qPrintable(QString::number(perPollMs)));
}

void TestMySqlMonitor::twoMonitorsOnTheTeamStoreSendEachAlertOnce()
{
    // Two operators' PayRecons watch the same ledger with the outbox in the team's MySQL store: both see every
    // row, yet the shared high-water mark, the outbox's unique dedupe key and the delivery lease let each alert
    // reach Discord exactly once.
    QString error;
    QVERIFY2(MariaDbEnv::dropStoreTables(m_admin, &error), qPrintable(error));
    const StoreLocation team { m_mariadb.url(), m_mariadb.password() };
    // A slow Discord keeps one monitor's delivery in flight while the other records the next rows and wants to
    // deliver too: without the shared lease both would send the entries still pending.
    m_fake->setDelay(300);
    MonitorThread first(settings(), m_mariadb.password(), team, this);
    MonitorThread second(settings(), m_mariadb.password(), team, this);
    QTRY_VERIFY(first.statuses.contains(LedgerMonitor::Status::Running));
    QTRY_VERIFY(second.statuses.contains(LedgerMonitor::Status::Running));
    QStringList expected;
    for (int i = 0; i < 12; ++i) {
        const QString tx = QStringLiteral("TEAM%1").arg(i, 2, 10, QLatin1Char('0'));
        insert(tx, 1000000 + i, QStringLiteral("333333******%1").arg(i, 4, 10, QLatin1Char('0')),
            QStringLiteral("2026-11-25 1%1:00:00").arg(i % 10));
        expected << tx;
        if (i % 2 == 0)
            QTest::qWait(250); // rows arrive in several polls of both monitors
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->transactionIds().size() >= expected.size(), 30000);
    QTest::qWait(1000); // time for a second delivery, if one were coming
    QStringList delivered = m_fake->transactionIds();
    delivered.sort();
    QCOMPARE(delivered, expected);
    // Both recorded alerts, together each once: whoever read a row first recorded it, the other found it there.
    QCOMPARE(first.alerts.size() + second.alerts.size(), expected.size());
    QSqlQuery q(QSqlDatabase::database(m_admin));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(state = 1) FROM payrecon_alert_outbox")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), expected.size());
    QCOMPARE(q.value(1).toInt(), expected.size());
}

QTEST_GUILESS_MAIN(TestMySqlMonitor)
#include "tst_mysqlmonitor.moc"
