// `payrecon-cli monitor` and `payrecon-cli alerts` as processes against FakeDiscord: exit codes, a monitor
// killed (SIGKILL) with alerts pending and rows inserted while it is down, then delivered exactly once.
#include "fakediscord.h"
#include "ledger/demoledger.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestAlertsCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void onceExitCodesAndListing();
    void killedMonitorLosesNothingAndDoublesNothing();
    void badOptionsAreExitCodeTwo();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    /// Runs the CLI while this thread keeps its event loop turning (FakeDiscord answers on its own thread).
    Run run(const QStringList &arguments);
    QProcessEnvironment environment() const;
    void insert(const QString &tx, qint64 amount);

    QTemporaryDir *m_dir = nullptr;
    FakeDiscord *m_fake = nullptr;
    QString m_ledger;
    QString m_writer = QStringLiteral("tst_alertscli.writer");
};

void TestAlertsCli::init()
{
    m_dir = new QTemporaryDir;
    m_ledger = m_dir->filePath(QStringLiteral("ledger.db"));
    m_fake = new FakeDiscord;
    QVERIFY(m_fake->listen());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_writer);
    db.setDatabaseName(m_ledger);
    QVERIFY(db.open());
    QString error;
    QVERIFY2(DemoLedger::createSchema(db, &error), qPrintable(error));
}

void TestAlertsCli::cleanup()
{
    QSqlDatabase::removeDatabase(m_writer);
    delete m_fake;
    delete m_dir;
}

QProcessEnvironment TestAlertsCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PAYRECON_STORE"), m_dir->filePath(QStringLiteral("store.sqlite")));
    env.insert(QStringLiteral("PAYRECON_DISCORD_WEBHOOK"), m_fake->webhookUrl());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config"))); // no user settings
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.remove(QStringLiteral("LC_ALL"));
    return env;
}

TestAlertsCli::Run TestAlertsCli::run(const QStringList &arguments)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(PAYRECON_CLI_PATH), arguments);
    Run r;
    if (!p.waitForStarted())
        return r;
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
        QTest::qWait(20);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return r; // exitCode -1 fails the caller's comparison
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestAlertsCli::insert(const QString &tx, qint64 amount)
{
    QSqlQuery q(QSqlDatabase::database(m_writer));
    q.prepare(QStringLiteral("INSERT INTO payments(transaction_id, kind, amount, occurred_at, card_number) "
                             "VALUES (?, 'approval', ?, '2026-11-25 14:00:00', '4111111111111111')"));
    q.addBindValue(tx);
    q.addBindValue(amount);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestAlertsCli::onceExitCodesAndListing()
{
    const QStringList once { QStringLiteral("monitor"), QStringLiteral("--ledger"),
        QStringLiteral("sqlite://") + m_ledger, QStringLiteral("--once") };
    insert(QStringLiteral("HISTORY"), 5000000);
    Run r = run(once);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("0 new alert(s)")), qPrintable(r.out));
    insert(QStringLiteral("T1"), 1000000);
    insert(QStringLiteral("T2"), 20000);
    r = run(once);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("ALERT #1 high_value: transaction T1")), qPrintable(r.out));
    QCOMPARE(m_fake->transactionIds(), QStringList { QStringLiteral("T1") });
    // The webhook is gone: exit 1, the alert stays pending, and `alerts` says why.
    m_fake->setDeleted(true);
    insert(QStringLiteral("T3"), 1000000);
    r = run(once);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Unknown Webhook")), qPrintable(r.err));
    r = run({ QStringLiteral("alerts") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.out.contains(QStringLiteral("pending")) && r.out.contains(QStringLiteral("delivered")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("1,000,000")));
    // Fixed: --flush delivers it.
    m_fake->setDeleted(false);
    r = run({ QStringLiteral("alerts"), QStringLiteral("--flush") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_fake->transactionIds(), (QStringList { QStringLiteral("T1"), QStringLiteral("T3") }));
    // Nothing here or in the logs shows the webhook token or a full card number.
    for (const QString &text : { r.out, r.err }) {
        QVERIFY(!text.contains(QLatin1String(FakeDiscord::Token)));
        QVERIFY(!text.contains(QStringLiteral("4111111111111111")));
    }
}

void TestAlertsCli::killedMonitorLosesNothingAndDoublesNothing()
{
    const QString url = QStringLiteral("sqlite://") + m_ledger;
    QCOMPARE(run({ QStringLiteral("monitor"), QStringLiteral("--ledger"), url, QStringLiteral("--once") }).exitCode, 0);
    // Discord fails for now: the running monitor records alerts but cannot deliver them.
    m_fake->failNext(1000, 503);
    QProcess monitor;
    monitor.setProcessEnvironment(environment());
    monitor.start(QStringLiteral(PAYRECON_CLI_PATH),
        { QStringLiteral("monitor"), QStringLiteral("--ledger"), url, QStringLiteral("--interval"),
            QStringLiteral("0.2") });
    QVERIFY(monitor.waitForStarted());
    insert(QStringLiteral("K1"), 1000000);
    insert(QStringLiteral("K2"), 2000000);
    QByteArray output;
    QTRY_VERIFY2_WITH_TIMEOUT((output += monitor.readAllStandardOutput()).contains("ALERT #2"),
        QByteArray(output + monitor.readAllStandardError()).constData(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->requests() >= 1, 10000);
    monitor.kill(); // SIGKILL: no chance to clean up
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), QProcess::NotRunning, 10000);
    QVERIFY(m_fake->transactionIds().isEmpty());

    insert(QStringLiteral("K3"), 3000000); // while nothing runs
    m_fake->failNext(0);
    const Run r = run({ QStringLiteral("monitor"), QStringLiteral("--ledger"), url, QStringLiteral("--once") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("ALERT #3 high_value: transaction K3")), qPrintable(r.out));
    QCOMPARE(
        m_fake->transactionIds(), (QStringList { QStringLiteral("K1"), QStringLiteral("K2"), QStringLiteral("K3") }));
}

void TestAlertsCli::badOptionsAreExitCodeTwo()
{
    QCOMPARE(run({ QStringLiteral("monitor"), QStringLiteral("--no-such-option") }).exitCode, 2);
    const Run noLedger = run({ QStringLiteral("monitor"), QStringLiteral("--once") });
    QCOMPARE(noLedger.exitCode, 2);
    QVERIFY(noLedger.err.contains(QStringLiteral("--ledger")));
    const Run badId
        = run({ QStringLiteral("monitor"), QStringLiteral("--ledger"), QStringLiteral("sqlite://") + m_ledger,
            QStringLiteral("--id-column"), QStringLiteral("id;DROP TABLE payments"), QStringLiteral("--once") });
    QCOMPARE(badId.exitCode, 2);
    QCOMPARE(run({ QStringLiteral("alerts"), QStringLiteral("--limit"), QStringLiteral("0") }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestAlertsCli)
#include "tst_alertscli.moc"
