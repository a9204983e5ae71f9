// LedgerMonitor on a SQLite ledger, on its own thread, delivering to FakeDiscord: first start, new rows,
// restarts (no re-alert, rows inserted while down), pending alerts after a restart, masking, a ledger that
// appears late, and runOnce for cron.
#include "alerts/alertoutbox.h"
#include "alerts/ledgermonitor.h"
#include "alerts/ledgerpoller.h"
#include "fakediscord.h"
#include "ledger/demoledger.h"
#include "store/localstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
/// The monitor on its own thread, as the GUI and the CLI run it; stopped in its thread on destruction.
class MonitorThread
{
public:
    MonitorThread(const AlertSettings &settings, const QString &storePath, QObject *)
        : m_monitor { new LedgerMonitor(settings, QString(), StoreLocation { storePath }) }
    {
        m_monitor->setReconnectBackoff(100, 400);
        m_monitor->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_monitor, &QObject::deleteLater);
        // Context objects on the test's thread make these queued: the lists are only touched here.
        QObject::connect(m_monitor, &LedgerMonitor::alertRaised, &m_context,
            [this](const Alert &a, qint64) { alerts << a.payment.transactionId; });
        QObject::connect(m_monitor, &LedgerMonitor::statusChanged, &m_context,
            [this](LedgerMonitor::Status s, const QString &) { statuses << s; });
        QObject::connect(m_monitor, &LedgerMonitor::deliveryStateChanged, &m_context,
            [this](qint64, AlertDeliveryState s, const QString &) { delivered += s == AlertDeliveryState::Delivered; });
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
    int delivered = 0;

private:
    QThread m_thread;
    LedgerMonitor *m_monitor;
    // Receiver of the queued signals, on the test's thread. Declared last, so it goes first: signals still
    // queued when this helper is destroyed are dropped with it instead of reaching freed lists.
    QObject m_context;
};
} // namespace

class TestLedgerMonitor final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstStartSkipsHistoryThenAlertsNewRows();
    void restartNeverReAlertsAndCatchesUpRowsInsertedWhileDown();
    void pendingAlertsAreSentAfterARestart();
    void stopWhileAnAlertIsInFlightNeverPostsItAgain();
    void rulesKeepTheirHistoryAcrossARestart();
    void fullCardNumbersNeverLeaveTheLedger();
    void ledgerThatAppearsLaterIsPickedUp();
    void runOnceCatchesUpDeliversAndReports();
    void burstOfRowsIsDeliveredInLedgerOrder();
    void insertToWebhookLatencyAtTwentyRowsASecond();
    void idlePollOnALargeLedgerIsCheap();

private:
    void insert(const QString &tx, qint64 amount, const QString &kind = QStringLiteral("approval"),
        const QString &card = QStringLiteral("123456******3456"),
        const QString &time = QStringLiteral("2026-11-25 14:00:00"));
    void createLedger();
    AlertSettings settings() const;

    QTemporaryDir *m_dir = nullptr;
    FakeDiscord *m_fake = nullptr;
    QString m_ledger;
    QString m_store;
    QString m_writer = QStringLiteral("tst_ledgermonitor.writer");
};

void TestLedgerMonitor::init()
{
    m_dir = new QTemporaryDir;
    m_ledger = m_dir->filePath(QStringLiteral("ledger.db"));
    m_store = m_dir->filePath(QStringLiteral("store.sqlite"));
    m_fake = new FakeDiscord;
    QVERIFY(m_fake->listen());
}

void TestLedgerMonitor::cleanup()
{
    QSqlDatabase::removeDatabase(m_writer);
    delete m_fake;
    delete m_dir;
}

void TestLedgerMonitor::createLedger()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_writer);
    db.setDatabaseName(m_ledger);
    QVERIFY(db.open());
    QString error;
    QVERIFY2(DemoLedger::createSchema(db, &error), qPrintable(error));
}

void TestLedgerMonitor::insert(
    const QString &tx, qint64 amount, const QString &kind, const QString &card, const QString &time)
{
    QSqlQuery q(QSqlDatabase::database(m_writer));
    q.prepare(QStringLiteral("INSERT INTO payments(transaction_id, kind, amount, occurred_at, card_number, "
                             "card_company, merchant_id, merchant_name, customer_id) "
                             "VALUES (?, ?, ?, ?, ?, '신한카드', 'M001', '강남점', ?)"));
    q.addBindValue(tx);
    q.addBindValue(kind);
    q.addBindValue(amount);
    q.addBindValue(time);
    q.addBindValue(card);
    q.addBindValue(QString(QStringLiteral("C-") + tx));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

AlertSettings TestLedgerMonitor::settings() const
{
    AlertSettings s;
    s.ledgerUrl = QStringLiteral("sqlite://") + m_ledger;
    s.webhook = m_fake->webhookUrl();
    s.pollIntervalMs = 150;
    return s;
}

void TestLedgerMonitor::firstStartSkipsHistoryThenAlertsNewRows()
{
    createLedger();
    insert(QStringLiteral("OLD1"), 5000000);
    insert(QStringLiteral("OLD2"), 5000000);
    MonitorThread m(settings(), m_store, this);
    QTRY_VERIFY(m.statuses.contains(LedgerMonitor::Status::Running));
    QTest::qWait(400); // a few polls over the history: nothing may be alerted
    insert(QStringLiteral("SMALL"), 15000);
    insert(QStringLiteral("T10"), 1000000);
    insert(QStringLiteral("T11"), 2500000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_fake->transactionIds(), (QStringList { QStringLiteral("T10"), QStringLiteral("T11") }), 10000);
    QCOMPARE(m.alerts, (QStringList { QStringLiteral("T10"), QStringLiteral("T11") }));
    QTRY_COMPARE(m.delivered, 2);
}

void TestLedgerMonitor::restartNeverReAlertsAndCatchesUpRowsInsertedWhileDown()
{
    createLedger();
    {
        MonitorThread m(settings(), m_store, this);
        QTRY_VERIFY(m.statuses.contains(LedgerMonitor::Status::Running));
        insert(QStringLiteral("T1"), 1000000);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->transactionIds(), QStringList { QStringLiteral("T1") }, 10000);
    }
    insert(QStringLiteral("T2"), 1200000); // while the monitor is down
    insert(QStringLiteral("T3"), 1300000);
    {
        MonitorThread m(settings(), m_store, this);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->transactionIds(),
            (QStringList { QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3") }), 10000);
        QTest::qWait(500); // more polls: still nothing twice
        QCOMPARE(m_fake->transactionIds().size(), 3);
        QCOMPARE(m.alerts, (QStringList { QStringLiteral("T2"), QStringLiteral("T3") }));
    }
}

void TestLedgerMonitor::pendingAlertsAreSentAfterARestart()
{
    createLedger();
    m_fake->setDeleted(true);
    {
        MonitorThread m(settings(), m_store, this);
        QTRY_VERIFY(m.statuses.contains(LedgerMonitor::Status::Running));
        insert(QStringLiteral("T1"), 3000000);
        insert(QStringLiteral("T2"), 3000000);
        QTRY_COMPARE(m.alerts.size(), 2);
        QTRY_VERIFY(m_fake->requests() >= 1);
    }
    QVERIFY(m_fake->transactionIds().isEmpty());
    m_fake->setDeleted(false);
    MonitorThread m(settings(), m_store, this);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_fake->transactionIds(), (QStringList { QStringLiteral("T1"), QStringLiteral("T2") }), 10000);
    QTest::qWait(400);
    QCOMPARE(m_fake->transactionIds().size(), 2);
    QVERIFY(m.alerts.isEmpty()); // delivered from the outbox, not raised again
}

void TestLedgerMonitor::stopWhileAnAlertIsInFlightNeverPostsItAgain()
{
    // The duplicate tst_mysqlmonitor saw under load, made certain: the monitor is stopped after Discord took
    // the message and before its answer came back (the fake holds the answer back for 1.5 s). stop() waits for
    // the answer, so the alert is marked delivered and the next start does not post it again.
    createLedger();
    {
        MonitorThread m(settings(), m_store, this);
        QTRY_VERIFY(m.statuses.contains(LedgerMonitor::Status::Running));
        m_fake->delayNext(1, 1500);
        insert(QStringLiteral("T1"), 1000000);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->transactionIds(), QStringList { QStringLiteral("T1") }, 10000);
        QCOMPARE(m.delivered, 0); // stopped with the answer still on its way
    }
    insert(QStringLiteral("T2"), 1200000);
    MonitorThread m(settings(), m_store, this);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_fake->transactionIds(), (QStringList { QStringLiteral("T1"), QStringLiteral("T2") }), 10000);
    QTest::qWait(400); // more polls and delivery turns: still nothing twice
    QCOMPARE(m_fake->duplicates(), QStringList());
    QCOMPARE(m.alerts, QStringList { QStringLiteral("T2") });
}

void TestLedgerMonitor::rulesKeepTheirHistoryAcrossARestart()
{
    createLedger();
    AlertSettings s = settings();
    s.velocityCount = 3;
    const QString card = QStringLiteral("777777******7777");
    {
        MonitorThread m(s, m_store, this);
        QTRY_VERIFY(m.statuses.contains(LedgerMonitor::Status::Running));
        insert(QStringLiteral("V1"), 20000, QStringLiteral("approval"), card, QStringLiteral("2026-11-25 14:00:00"));
        insert(QStringLiteral("V2"), 20000, QStringLiteral("approval"), card, QStringLiteral("2026-11-25 14:01:00"));
        QTest::qWait(500);
        QVERIFY(m.alerts.isEmpty());
    }
    // The third approval within 10 minutes arrives after a restart: still the third.
    MonitorThread m(s, m_store, this);
    QTRY_VERIFY(m.statuses.contains(LedgerMonitor::Status::Running));
    insert(QStringLiteral("V3"), 20000, QStringLiteral("approval"), card, QStringLiteral("2026-11-25 14:02:00"));
    QTRY_COMPARE_WITH_TIMEOUT(m.alerts, QStringList { QStringLiteral("V3") }, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->transactionIds(), QStringList { QStringLiteral("V3") }, 10000);
}

void TestLedgerMonitor::fullCardNumbersNeverLeaveTheLedger()
{
    createLedger();
    MonitorThread m(settings(), m_store, this);
    QTRY_VERIFY(m.statuses.contains(LedgerMonitor::Status::Running));
    insert(QStringLiteral("T1"), 4000000, QStringLiteral("approval"), QStringLiteral("9410-1234-5678-9012"));
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->messages().size(), 1, 10000);
    const QByteArray sent = QJsonDocument(m_fake->messages().first()).toJson();
    QVERIFY(sent.contains("941012******9012"));
    QVERIFY(!sent.contains("12345678"));
    QFile store(m_store);
    QVERIFY(store.open(QIODevice::ReadOnly));
    const QByteArray bytes = store.readAll() + [this] {
        QFile wal(m_store + QStringLiteral("-wal"));
        return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
    }();
    QVERIFY(bytes.contains("941012******9012"));
    QVERIFY(!bytes.contains("9410123456789012"));
    QVERIFY(!bytes.contains("9410-1234-5678-9012"));
}

void TestLedgerMonitor::ledgerThatAppearsLaterIsPickedUp()
{
    // Unreachable at start (a missing file here, a down server in production): retried with backoff.
    MonitorThread m(settings(), m_store, this);
    QTRY_VERIFY(m.statuses.contains(LedgerMonitor::Status::Reconnecting));
    createLedger();
    QTRY_COMPARE_WITH_TIMEOUT(m.statuses.last(), LedgerMonitor::Status::Running, 5000);
    insert(QStringLiteral("T1"), 1000000);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->transactionIds(), QStringList { QStringLiteral("T1") }, 10000);
}

void TestLedgerMonitor::runOnceCatchesUpDeliversAndReports()
{
    createLedger();
    AlertSettings s = settings();
    {
        LedgerMonitor first(s, QString(), StoreLocation { m_store });
        QSignalSpy done(&first, &LedgerMonitor::onceFinished);
        first.runOnce(); // first start: records the mark only
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).toBool(), true);
        QCOMPARE(done.first().at(1).toLongLong(), qint64(0));
    }
    insert(QStringLiteral("T1"), 1000000);
    insert(QStringLiteral("T2"), 20000);
    insert(QStringLiteral("T3"), 1000000);
    LedgerMonitor monitor(s, QString(), StoreLocation { m_store });
    QSignalSpy done(&monitor, &LedgerMonitor::onceFinished);
    monitor.runOnce();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    QCOMPARE(done.first().at(0).toBool(), true);
    QCOMPARE(m_fake->transactionIds(), (QStringList { QStringLiteral("T1"), QStringLiteral("T3") }));
    // Webhook gone: the run fails and keeps the alert pending.
    m_fake->setDeleted(true);
    insert(QStringLiteral("T4"), 1000000);
    LedgerMonitor again(s, QString(), StoreLocation { m_store });
    QSignalSpy failed(&again, &LedgerMonitor::onceFinished);
    again.runOnce();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.first().at(0).toBool(), false);
    QCOMPARE(failed.first().at(1).toLongLong(), qint64(1));
    QVERIFY(failed.first().at(2).toString().contains(QStringLiteral("Unknown Webhook")));
}

void TestLedgerMonitor::burstOfRowsIsDeliveredInLedgerOrder()
{
    createLedger();
    AlertSettings s = settings();
    s.batchSize = 64; // several batches per poll
    MonitorThread m(s, m_store, this);
    QTRY_VERIFY(m.statuses.contains(LedgerMonitor::Status::Running));
    QStringList expected;
    QSqlDatabase::database(m_writer).transaction();
    for (int i = 1; i <= 200; ++i) {
        const bool high = i % 2 == 0;
        insert(QStringLiteral("B%1").arg(i), high ? 1000000 + i : 10000 + i, QStringLiteral("approval"),
            QStringLiteral("1234%1******%2").arg(10 + i % 89).arg(1000 + i));
        if (high)
            expected << QStringLiteral("B%1").arg(i);
    }
    QSqlDatabase::database(m_writer).commit();
    QElapsedTimer t;
    t.start();
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->transactionIds().size(), 100, 20000);
    qInfo("100 alerts from 200 rows delivered in %lld ms (%d messages)", qlonglong(t.elapsed()),
        int(m_fake->messages().size()));
    QCOMPARE(m_fake->transactionIds(), expected);
    QCOMPARE(m_fake->waitViolations(), 0);
}

void TestLedgerMonitor::insertToWebhookLatencyAtTwentyRowsASecond()
{
    // The target: with a 1 s poll, insert-to-webhook p95 <= 1.5 s at 20 rows/s.
    createLedger();
    AlertSettings s = settings();
    s.pollIntervalMs = 1000;
    s.velocityEnabled = false; // one card for all rows: this measures delivery, not the rules
    MonitorThread m(s, m_store, this);
    QTRY_VERIFY(m.statuses.contains(LedgerMonitor::Status::Running));
    QTest::qWait(300);
    QHash<QString, qint64> insertedAt;
    QElapsedTimer pace;
    pace.start();
    for (int i = 0; i < 100; ++i) { // 5 s at 20 rows/s
        while (pace.elapsed() < i * 50)
            QTest::qWait(5);
        const QString tx = QStringLiteral("L%1").arg(i);
        insertedAt.insert(tx, QDateTime::currentMSecsSinceEpoch());
        insert(tx, 1000000 + i);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->transactionIds().size(), 100, 20000);
    const QHash<QString, qint64> arrivals = m_fake->arrivals();
    QList<qint64> latencies;
    for (auto it = insertedAt.cbegin(); it != insertedAt.cend(); ++it)
        latencies << arrivals.value(it.key()) - it.value();
    std::sort(latencies.begin(), latencies.end());
    const qint64 p50 = latencies.at(49);
    const qint64 p95 = latencies.at(94);
    qInfo("insert-to-webhook latency at 20 rows/s, 1 s poll: p50 %lld ms, p95 %lld ms, max %lld ms (%d messages)",
        qlonglong(p50), qlonglong(p95), qlonglong(latencies.last()), int(m_fake->messages().size()));
    QCOMPARE(m_fake->waitViolations(), 0);
    // The target is p95 <= 1.5 s (measured: about 1.0 s on an idle machine). The bound leaves room
    // for a loaded two-core CI box running the suite in parallel; a regression (a lost wake-up, a poll
    // waiting for the next interval after a full batch) still fails it.
    QVERIFY2(p95 <= 2500, qPrintable(QString::number(p95)));
}

void TestLedgerMonitor::idlePollOnALargeLedgerIsCheap()
{
    // 200,000 rows of history: a poll past the mark must cost an index seek, not a scan.
    createLedger();
    QSqlDatabase db = QSqlDatabase::database(m_writer);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
                                  "INSERT INTO payments(transaction_id, kind, amount, occurred_at, card_number) "
                                  "SELECT 'H' || i, 'approval', 10000 + i, '2026-11-24 12:00:00', '123456******3456' "
                                  "FROM n")));
    AlertSettings s = settings();
    std::optional<LedgerUrl> url = LedgerUrl::parse(s.ledgerUrl, nullptr);
    QVERIFY(url);
    LedgerPoller poller(*url, s);
    QString error;
    QVERIFY2(poller.open(&error), qPrintable(error));
    QCOMPARE(poller.maxId(&error).value_or(-1), qint64(200000));
    QList<PaymentEvent> rows;
    qint64 last = 0;
    QElapsedTimer t;
    t.start();
    constexpr int Polls = 200;
    for (int i = 0; i < Polls; ++i) {
        QVERIFY2(poller.fetch(200000, &rows, &last, &error), qPrintable(error));
        QVERIFY(rows.isEmpty());
    }
    const double perPollMs = double(t.nsecsElapsed()) / 1e6 / Polls;
    QVERIFY(poller.fetch(199990, &rows, &last, &error));
    QCOMPARE(rows.size(), 10);
    QCOMPARE(last, qint64(200000));
    qInfo("idle poll on a 200,000-row SQLite ledger: %.3f ms", perPollMs);
    QVERIFY2(perPollMs < 20.0, qPrintable(QString::number(perPollMs)));
}

QTEST_GUILESS_MAIN(TestLedgerMonitor)
#include "tst_ledgermonitor.moc"
