// AlertOutbox: alerts and the high-water mark move together, dedupe, order, delivery states, restarts. The same
// cases run on the team's MySQL store with PAYRECON_STORE_BACKEND=mysql (ctest's tst_alertoutbox_mariadb).
#include "alerts/alertoutbox.h"
#include "mariadbenv.h"
#include "store/localstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {
Alert makeAlert(qint64 row, const QString &rule = QStringLiteral("high_value"))
{
    Alert a;
    a.payment.rowId = row;
    a.payment.transactionId = QStringLiteral("T%1").arg(row);
    a.payment.amount = 1000000 + row;
    a.payment.occurredAtMs = 1764000000000 + row;
    a.hits = { { rule, AlertSeverity::Warning, QStringLiteral("reason %1").arg(row) } };
    return a;
}

const QString Source = QStringLiteral("sqlite:///ledger.db#id");
} // namespace

class TestAlertOutbox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void recordsAlertsAndMovesTheMarkTogether();
    void sameRuleTransactionAndKindIsRecordedOnce();
    void pendingIsOldestFirstAndDeliveredLeavesTheQueue();
    void failedLeavesTheQueueWithItsReason();
    void markNeverMovesBackwards();
    void aFailedTransactionRecordsNothing();
    void pendingSurvivesAReopen();
    void pruningKeepsPendingAndRecentEntries();
    void deliveryLeaseIsExclusiveUntilReleasedOrExpired();

private:
    bool mysql() const { return MariaDbEnv::storeBackendIsMySql(); }
    StoreLocation m_location;
    QTemporaryDir *m_dir = nullptr;
    LocalStore *m_store = nullptr;
    AlertOutbox *m_outbox = nullptr;
};

void TestAlertOutbox::initTestCase()
{
    if (!mysql())
        return;
    QString error;
    m_location.location = MariaDbEnv::openTeamStore(QStringLiteral("admin"), &error, &m_location.password);
    QVERIFY2(!m_location.isEmpty(), qPrintable(error));
}

void TestAlertOutbox::init()
{
    m_dir = new QTemporaryDir;
    QString error;
    if (mysql()) {
        QVERIFY2(MariaDbEnv::dropStoreTables(QStringLiteral("admin"), &error), qPrintable(error));
    } else {
        m_location = StoreLocation { m_dir->filePath(QStringLiteral("store.sqlite")) };
    }
    m_store = new LocalStore(m_location);
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_outbox = new AlertOutbox(*m_store);
    QVERIFY2(m_outbox->migrate(&error), qPrintable(error));
}

void TestAlertOutbox::cleanup()
{
    delete m_outbox;
    delete m_store;
    delete m_dir;
}

void TestAlertOutbox::recordsAlertsAndMovesTheMarkTogether()
{
    QVERIFY(!m_outbox->highWaterMark(Source).has_value());
    QList<OutboxEntry> recorded;
    QString error;
    QVERIFY2(m_outbox->record(Source, 10, { makeAlert(3), makeAlert(7) }, &recorded, &error), qPrintable(error));
    QCOMPARE(recorded.size(), 2);
    QVERIFY(recorded[0].seq < recorded[1].seq);
    QCOMPARE(m_outbox->highWaterMark(Source).value_or(-1), qint64(10));
    QCOMPARE(m_outbox->pendingCount(), qint64(2));
    // Another ledger has its own mark.
    QVERIFY(!m_outbox->highWaterMark(QStringLiteral("mysql://x@h:3306/db#id")).has_value());
}

void TestAlertOutbox::sameRuleTransactionAndKindIsRecordedOnce()
{
    QList<OutboxEntry> recorded;
    QString error;
    QVERIFY(m_outbox->record(Source, 5, { makeAlert(5) }, &recorded, &error));
    QCOMPARE(recorded.size(), 1);
    Alert again = makeAlert(5);
    again.payment.rowId = 6; // the same transaction read twice (a duplicate ledger row)
    QVERIFY(m_outbox->record(Source, 6, { again }, &recorded, &error));
    QCOMPARE(recorded.size(), 0);
    // A different rule set on the same transaction is a different alert.
    QVERIFY(m_outbox->record(Source, 7, { makeAlert(5, QStringLiteral("velocity")) }, &recorded, &error));
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(m_outbox->pendingCount(), qint64(2));
    QCOMPARE(m_outbox->highWaterMark(Source).value_or(-1), qint64(7));
}

void TestAlertOutbox::pendingIsOldestFirstAndDeliveredLeavesTheQueue()
{
    QList<Alert> alerts;
    for (int i = 1; i <= 15; ++i)
        alerts << makeAlert(i);
    QString error;
    QVERIFY(m_outbox->record(Source, 15, alerts, nullptr, &error));
    QList<OutboxEntry> first = m_outbox->pending(10);
    QCOMPARE(first.size(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(first[i].alert.payment.rowId, qint64(i + 1));
    QList<qint64> seqs;
    for (const OutboxEntry &e : first)
        seqs << e.seq;
    QVERIFY(m_outbox->markDelivered(seqs, &error));
    const QList<OutboxEntry> rest = m_outbox->pending(10);
    QCOMPARE(rest.size(), 5);
    QCOMPARE(rest.first().alert.payment.rowId, qint64(11));
    const QList<OutboxEntry> recent = m_outbox->recent(3);
    QCOMPARE(recent.first().alert.payment.rowId, qint64(15));
    QCOMPARE(m_outbox->recent(20).last().state, AlertDeliveryState::Delivered);
    QVERIFY(m_outbox->recent(20).last().deliveredAt.isValid());
    QCOMPARE(m_outbox->recent(20).last().attempts, 1);
}

void TestAlertOutbox::failedLeavesTheQueueWithItsReason()
{
    QList<OutboxEntry> recorded;
    QString error;
    QVERIFY(m_outbox->record(Source, 2, { makeAlert(1), makeAlert(2) }, &recorded, &error));
    QVERIFY(m_outbox->markAttempt({ recorded[0].seq }, QStringLiteral("HTTP 503"), &error));
    QCOMPARE(m_outbox->pending(10).first().attempts, 1);
    QCOMPARE(m_outbox->pending(10).first().lastError, QStringLiteral("HTTP 503"));
    QVERIFY(m_outbox->markFailed({ recorded[0].seq }, QStringLiteral("HTTP 400"), &error));
    QCOMPARE(m_outbox->pendingCount(), qint64(1));
    const OutboxEntry failed = m_outbox->recent(10).last();
    QCOMPARE(failed.state, AlertDeliveryState::Failed);
    QCOMPARE(failed.lastError, QStringLiteral("HTTP 400"));
}

void TestAlertOutbox::markNeverMovesBackwards()
{
    QString error;
    QVERIFY(m_outbox->setHighWaterMark(Source, 100, &error));
    QVERIFY(m_outbox->setHighWaterMark(Source, 50, &error));
    QCOMPARE(m_outbox->highWaterMark(Source).value_or(-1), qint64(100));
}

void TestAlertOutbox::aFailedTransactionRecordsNothing()
{
    QString error;
    QVERIFY(m_outbox->setHighWaterMark(Source, 1, &error));
    // Break the mark table: the alert insert succeeds, the mark update fails, so both must roll back.
    QSqlQuery q(m_store->database());
    QVERIFY2(q.exec(mysql() ? QStringLiteral("CREATE TRIGGER no_marks BEFORE UPDATE ON payrecon_alert_marks "
                                             "FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'disk full'")
                            : QStringLiteral("CREATE TRIGGER no_marks BEFORE UPDATE ON payrecon_alert_marks "
                                             "BEGIN SELECT RAISE(ABORT, 'disk full'); END")),
        qPrintable(q.lastError().text()));
    QVERIFY(!m_outbox->record(Source, 9, { makeAlert(9) }, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("disk full")), qPrintable(error));
    QCOMPARE(m_outbox->pendingCount(), qint64(0));
    QCOMPARE(m_outbox->highWaterMark(Source).value_or(-1), qint64(1));
}

void TestAlertOutbox::pendingSurvivesAReopen()
{
    QString error;
    QVERIFY(m_outbox->record(Source, 3, { makeAlert(1), makeAlert(3) }, nullptr, &error));
    const StoreLocation path = m_store->location();
    delete m_outbox;
    delete m_store;
    m_store = new LocalStore(path);
    QVERIFY(m_store->open(&error));
    m_outbox = new AlertOutbox(*m_store);
    QVERIFY(m_outbox->migrate(&error));
    QCOMPARE(m_outbox->pendingCount(), qint64(2));
    QCOMPARE(m_outbox->highWaterMark(Source).value_or(-1), qint64(3));
    QCOMPARE(m_outbox->pending(10).first().alert.hits.first().reason, QStringLiteral("reason 1"));
}

void TestAlertOutbox::pruningKeepsPendingAndRecentEntries()
{
    QList<OutboxEntry> recorded;
    QString error;
    QVERIFY(m_outbox->record(Source, 3, { makeAlert(1), makeAlert(2), makeAlert(3) }, &recorded, &error));
    QVERIFY(m_outbox->markDelivered({ recorded[0].seq, recorded[1].seq }, &error));
    QSqlQuery q(m_store->database());
    // Entries 1 (delivered) and 3 (pending) are old; entry 2 (delivered) is recent.
    QVERIFY(q.exec(
        QStringLiteral("UPDATE payrecon_alert_outbox SET created_at = '2020-01-01T00:00:00.000Z' WHERE seq IN (%1, %2)")
            .arg(recorded[0].seq)
            .arg(recorded[2].seq)));
    QCOMPARE(m_outbox->pruneDelivered(90, &error), 1);
    const QList<OutboxEntry> left = m_outbox->recent(10);
    QCOMPARE(left.size(), 2);
    QCOMPARE(left[0].alert.payment.rowId, qint64(3));
    QCOMPARE(left[1].alert.payment.rowId, qint64(2));
}

void TestAlertOutbox::deliveryLeaseIsExclusiveUntilReleasedOrExpired()
{
    // A second connection to the same file stands for a second process.
    LocalStore other(m_store->location());
    QString error;
    QVERIFY(other.open(&error));
    AlertOutbox otherOutbox(other);
    QString holder;
    QVERIFY(m_outbox->acquireDeliveryLease(QStringLiteral("gui"), 60000, &holder));
    QVERIFY(m_outbox->acquireDeliveryLease(QStringLiteral("gui"), 60000, &holder)); // renewal
    QVERIFY(!otherOutbox.acquireDeliveryLease(QStringLiteral("cli"), 60000, &holder));
    QCOMPARE(holder, QStringLiteral("gui"));
    otherOutbox.releaseDeliveryLease(QStringLiteral("cli")); // not its lease: no effect
    QVERIFY(!otherOutbox.acquireDeliveryLease(QStringLiteral("cli"), 60000, &holder));
    m_outbox->releaseDeliveryLease(QStringLiteral("gui"));
    QVERIFY(otherOutbox.acquireDeliveryLease(QStringLiteral("cli"), 1, &holder));
    QTest::qWait(5); // the cli "crashed": its lease runs out
    QVERIFY(m_outbox->acquireDeliveryLease(QStringLiteral("gui"), 60000, &holder));
    m_outbox->releaseDeliveryLease(QStringLiteral("gui"));
    // A holder on this host whose process is gone (SIGKILL) holds nothing, however long its lease.
    const QString host = QSysInfo::machineHostName();
    QVERIFY(otherOutbox.acquireDeliveryLease(host + QStringLiteral(":999999999/0"), 60000, &holder));
    QVERIFY(m_outbox->acquireDeliveryLease(host + QStringLiteral(":1/0"), 60000, &holder)); // pid 1 lives
    QVERIFY(!otherOutbox.acquireDeliveryLease(host + QStringLiteral(":999999999/1"), 60000, &holder));
}

QTEST_GUILESS_MAIN(TestAlertOutbox)
#include "tst_alertoutbox.moc"
