// DiscordDelivery against FakeDiscord: order, packing, rate limits (headers and 429), retries, a deleted
// webhook, a refused payload, a 500-alert burst (the figure), and the webhook never reaching a log line.
#include "alerts/alertoutbox.h"
#include "alerts/discorddelivery.h"
#include "fakediscord.h"
#include "store/localstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {
Alert makeAlert(qint64 row)
{
    Alert a;
    a.payment.rowId = row;
    a.payment.transactionId = QStringLiteral("T%1").arg(row);
    a.payment.amount = 1000000 + row;
    a.payment.occurredAtMs = 1764000000000 + row * 1000;
    a.payment.cardNumber = QStringLiteral("123456******3456");
    a.payment.merchantName = QStringLiteral("강남점");
    a.hits = { { QStringLiteral("high_value"), AlertSeverity::Warning, QStringLiteral("big") } };
    return a;
}

QStringList ids(int from, int to)
{
    QStringList out;
    for (int i = from; i <= to; ++i)
        out << QStringLiteral("T%1").arg(i);
    return out;
}

QStringList s_log;
QtMessageHandler s_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_log << message;
    s_previous(type, context, message);
}
} // namespace

class TestDiscordDelivery final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void deliversInOrderTenEmbedsPerMessage();
    void waitsForTheBucketInsteadOfHittingA429();
    void honoursRetryAfterOfA429();
    void retriesServerErrorsAndDroppedConnections();
    void deletedWebhookStopsAndKeepsAlertsPending();
    void refusedPayloadFailsOnlyTheOffendingAlert();
    void retryLimitPausesDelivery();
    void burstOf500IsDeliveredAsFastAsTheLimitAllows();
    void webhookNeverReachesTheLog();
    void twoProcessesOnOneStoreNeverSendTwice();
    void stoppingWaitsForTheAnswerToAMessageAlreadySent();
    void stoppingWithoutAnAnswerLeavesTheAlertPending();
    void stoppingSeesAnAnswerQueuedBehindTheStopCall();
    void answerLostAfterDiscordPostedIsResentOnce();
    void realDiscordWhenConfigured();

private:
    void record(int from, int to);
    DiscordDelivery *makeDelivery(const QString &url);

    QTemporaryDir *m_dir = nullptr;
    LocalStore *m_store = nullptr;
    AlertOutbox *m_outbox = nullptr;
    FakeDiscord *m_fake = nullptr;
    int m_mark = 0;
};

void TestDiscordDelivery::init()
{
    m_dir = new QTemporaryDir;
    m_store = new LocalStore(StoreLocation { m_dir->filePath(QStringLiteral("store.sqlite")) });
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_outbox = new AlertOutbox(*m_store);
    QVERIFY2(m_outbox->migrate(&error), qPrintable(error));
    m_fake = new FakeDiscord;
    QVERIFY(m_fake->listen());
    m_mark = 0;
}

void TestDiscordDelivery::cleanup()
{
    delete m_fake;
    delete m_outbox;
    delete m_store;
    delete m_dir;
}

void TestDiscordDelivery::record(int from, int to)
{
    QList<Alert> alerts;
    for (int i = from; i <= to; ++i)
        alerts << makeAlert(i);
    QString error;
    QVERIFY2(m_outbox->record(QStringLiteral("test"), ++m_mark, alerts, nullptr, &error), qPrintable(error));
}

DiscordDelivery *TestDiscordDelivery::makeDelivery(const QString &url)
{
    auto *d = new DiscordDelivery(*m_outbox, url, this);
    d->setBackoff(50, 400);
    return d;
}

void TestDiscordDelivery::deliversInOrderTenEmbedsPerMessage()
{
    record(1, 25);
    DiscordDelivery *d = makeDelivery(m_fake->webhookUrl());
    QSignalSpy delivered(d, &DiscordDelivery::deliveryStateChanged);
    QSignalSpy idle(d, &DiscordDelivery::idle);
    d->deliverPending();
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 10000);
    QCOMPARE(m_fake->messages().size(), 3);
    QCOMPARE(m_fake->transactionIds(), ids(1, 25));
    QCOMPARE(delivered.size(), 25);
    QCOMPARE(m_outbox->pendingCount(), qint64(0));
    QCOMPARE(m_fake->badRequests(), 0);
    // Nothing new: another round sends nothing.
    d->deliverPending();
    QTRY_COMPARE(idle.size(), 2);
    QCOMPARE(m_fake->requests(), 3);
    delete d;
}

void TestDiscordDelivery::waitsForTheBucketInsteadOfHittingA429()
{
    m_fake->setBucket(2, 600);
    record(1, 50); // 5 messages: 2 now, 2 after 600 ms, 1 after 1200 ms
    DiscordDelivery *d = makeDelivery(m_fake->webhookUrl());
    QSignalSpy idle(d, &DiscordDelivery::idle);
    QElapsedTimer t;
    t.start();
    d->deliverPending();
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 10000);
    QCOMPARE(m_fake->transactionIds(), ids(1, 50));
    QCOMPARE(m_fake->tooManyRequests(), 0);
    QCOMPARE(m_fake->waitViolations(), 0);
    QVERIFY2(t.elapsed() >= 1100, qPrintable(QString::number(t.elapsed())));
    delete d;
}

void TestDiscordDelivery::honoursRetryAfterOfA429()
{
    m_fake->setBucket(5, 700);
    m_fake->exhaustBucket();
    record(1, 3);
    DiscordDelivery *d = makeDelivery(m_fake->webhookUrl());
    QSignalSpy idle(d, &DiscordDelivery::idle);
    d->deliverPending();
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 10000);
    QCOMPARE(m_fake->tooManyRequests(), 1);
    QCOMPARE(m_fake->waitViolations(), 0);
    QCOMPARE(m_fake->transactionIds(), ids(1, 3));
    delete d;
}

void TestDiscordDelivery::retriesServerErrorsAndDroppedConnections()
{
    record(1, 12);
    m_fake->failNext(2, 503);
    DiscordDelivery *d = makeDelivery(m_fake->webhookUrl());
    QSignalSpy idle(d, &DiscordDelivery::idle);
    QSignalSpy states(d, &DiscordDelivery::stateChanged);
    d->deliverPending();
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 10000);
    bool retried = false;
    for (const QList<QVariant> &s : states)
        retried |= s.at(0).value<DiscordDelivery::State>() == DiscordDelivery::State::Retrying;
    QVERIFY(retried);
    record(13, 14);
    m_fake->failNext(1, 0); // connection dropped without an answer
    d->deliverPending();
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 2, 10000);
    QCOMPARE(m_fake->transactionIds(), ids(1, 14));
    QCOMPARE(m_outbox->pendingCount(), qint64(0));
    delete d;
}

void TestDiscordDelivery::deletedWebhookStopsAndKeepsAlertsPending()
{
    record(1, 4);
    m_fake->setDeleted(true);
    DiscordDelivery *d = makeDelivery(m_fake->webhookUrl());
    QSignalSpy idle(d, &DiscordDelivery::idle);
    d->deliverPending();
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 10000);
    QCOMPARE(d->state(), DiscordDelivery::State::Stopped);
    QVERIFY2(d->lastError().contains(QStringLiteral("deleted or is invalid")), qPrintable(d->lastError()));
    QVERIFY(d->lastError().contains(QStringLiteral("Unknown Webhook")));
    QCOMPARE(m_outbox->pendingCount(), qint64(4));
    QCOMPARE(m_fake->requests(), 1); // stopped, not hammering a dead webhook
    d->deliverPending();
    QTRY_COMPARE(idle.size(), 2);
    QCOMPARE(m_fake->requests(), 1);
    m_fake->setDeleted(false);
    d->resume();
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 3, 10000);
    QCOMPARE(m_fake->transactionIds(), ids(1, 4));
    delete d;
}

void TestDiscordDelivery::refusedPayloadFailsOnlyTheOffendingAlert()
{
    record(1, 6);
    m_fake->rejectTransaction(QStringLiteral("T3"));
    DiscordDelivery *d = makeDelivery(m_fake->webhookUrl());
    QSignalSpy idle(d, &DiscordDelivery::idle);
    QSignalSpy changes(d, &DiscordDelivery::deliveryStateChanged);
    d->deliverPending();
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 10000);
    QCOMPARE(m_fake->transactionIds(),
        (QStringList { QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T4"), QStringLiteral("T5"),
            QStringLiteral("T6") }));
    const OutboxEntry failed = m_outbox->recent(10).at(3);
    QCOMPARE(failed.alert.payment.transactionId, QStringLiteral("T3"));
    QCOMPARE(failed.state, AlertDeliveryState::Failed);
    QVERIFY(failed.lastError.contains(QStringLiteral("Invalid Form Body")));
    QCOMPARE(m_outbox->pendingCount(), qint64(0));
    delete d;
}

void TestDiscordDelivery::retryLimitPausesDelivery()
{
    record(1, 2);
    m_fake->failNext(100, 502);
    DiscordDelivery *d = makeDelivery(m_fake->webhookUrl());
    d->setRetryLimit(3);
    QSignalSpy idle(d, &DiscordDelivery::idle);
    d->deliverPending();
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 10000);
    QCOMPARE(m_fake->requests(), 3);
    QCOMPARE(m_outbox->pendingCount(), qint64(2));
    QVERIFY(d->lastError().contains(QStringLiteral("502")));
    QCOMPARE(m_outbox->pending(10).first().attempts, 3);
    delete d;
}

void TestDiscordDelivery::burstOf500IsDeliveredAsFastAsTheLimitAllows()
{
    // Discord's webhook bucket: 5 requests per 2 s. 500 alerts = 50 messages of 10 = 10 windows, so the
    // last message may go out after 9 full windows (18 s); allow 6 s of slack on a loaded, shared machine.
    constexpr int Alerts = 500;
    m_fake->setBucket(5, 2000);
    record(1, Alerts);
    DiscordDelivery *d = makeDelivery(m_fake->webhookUrl());
    QSignalSpy idle(d, &DiscordDelivery::idle);
    QElapsedTimer t;
    t.start();
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    d->deliverPending();
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 60000);
    const qint64 elapsed = t.elapsed();
    qInfo("burst: %d alerts in %d messages, %lld ms", Alerts, int(m_fake->messages().size()), qlonglong(elapsed));
    if (qEnvironmentVariableIsSet("PAYRECON_TEST_TIMELINE")) {
        const QHash<QString, qint64> arrivals = m_fake->arrivals();
        QStringList line;
        for (int i = 1; i <= Alerts; i += 10)
            line << QString::number(
                arrivals.value(QStringLiteral("T%1").arg(i)) - arrivals.value(QStringLiteral("T1")));
        qInfo("first message %lld ms after the start; arrival times after it (ms): %s",
            qlonglong(arrivals.value(QStringLiteral("T1")) - startedAt), qPrintable(line.join(u' ')));
    }
    QCOMPARE(m_fake->transactionIds(), ids(1, Alerts)); // in order, none lost, none doubled
    QCOMPARE(m_fake->messages().size(), Alerts / 10);
    QCOMPARE(m_fake->tooManyRequests(), 0);
    QCOMPARE(m_fake->waitViolations(), 0);
    QVERIFY2(elapsed >= 17500, "faster than the rate limit allows: the bucket was not honoured");
    QVERIFY2(elapsed <= 24000, qPrintable(QString::number(elapsed)));
    QCOMPARE(m_outbox->pendingCount(), qint64(0));
    delete d;
}

void TestDiscordDelivery::webhookNeverReachesTheLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("payrecon.*=true"));
    s_log.clear();
    s_previous = qInstallMessageHandler(captureLog);
    record(1, 2);
    // A refused connection (nothing listens on port 9 of loopback), then a 404.
    const QString dead = QStringLiteral("http://127.0.0.1:9/api/webhooks/1/") + QLatin1String(FakeDiscord::Token);
    DiscordDelivery *d = makeDelivery(dead);
    d->setRetryLimit(2);
    QSignalSpy idle(d, &DiscordDelivery::idle);
    d->deliverPending();
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 10000);
    delete d;
    m_fake->setDeleted(true);
    d = makeDelivery(m_fake->webhookUrl());
    QSignalSpy idle2(d, &DiscordDelivery::idle);
    d->deliverPending();
    QTRY_COMPARE_WITH_TIMEOUT(idle2.size(), 1, 10000);
    const QString lastError = d->lastError();
    delete d;
    qInstallMessageHandler(s_previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(s_log.size() >= 2);
    for (const QString &line : std::as_const(s_log))
        QVERIFY2(!line.contains(QLatin1String(FakeDiscord::Token)), qPrintable(line));
    QVERIFY(!lastError.contains(QLatin1String(FakeDiscord::Token)));
    for (const OutboxEntry &e : m_outbox->recent(10))
        QVERIFY(!e.lastError.contains(QLatin1String(FakeDiscord::Token)));
}

void TestDiscordDelivery::twoProcessesOnOneStoreNeverSendTwice()
{
    // The window's monitor and `payrecon-cli alerts --flush` at once: two connections to one store file.
    LocalStore otherStore(m_store->location());
    QString error;
    QVERIFY(otherStore.open(&error));
    AlertOutbox otherOutbox(otherStore);
    QVERIFY(otherOutbox.migrate(&error));
    m_fake->setDelay(30); // keep a send in flight while the other one tries
    record(1, 60);
    DiscordDelivery *first = makeDelivery(m_fake->webhookUrl());
    auto *second = new DiscordDelivery(otherOutbox, m_fake->webhookUrl(), this);
    second->setBackoff(50, 200);
    QSignalSpy idle1(first, &DiscordDelivery::idle);
    QSignalSpy idle2(second, &DiscordDelivery::idle);
    first->deliverPending();
    second->deliverPending();
    QTRY_VERIFY_WITH_TIMEOUT(idle1.size() >= 1 && idle2.size() >= 1, 20000);
    QCOMPARE(m_fake->transactionIds(), ids(1, 60));
    QCOMPARE(m_outbox->pendingCount(), qint64(0));
    delete first;
    delete second;
}

void TestDiscordDelivery::stoppingWaitsForTheAnswerToAMessageAlreadySent()
{
    // The monitor is stopped (window closed, SIGTERM, a test's scope ending) just after Discord took the
    // message but before its 2xx arrived. Without waiting for the answer the alert stays pending and the next
    // start posts it again: the duplicate tst_mysqlmonitor once saw under load.
    record(1, 1);
    m_fake->delayNext(1, 300);
    // Owned here: a failed check must not leave it sending after cleanup() removed its outbox.
    std::unique_ptr<DiscordDelivery> d { makeDelivery(m_fake->webhookUrl()) };
    d->deliverPending();
    QTRY_COMPARE(m_fake->transactionIds(), ids(1, 1)); // posted; the answer is still on its way
    QCOMPARE(m_outbox->pendingCount(), qint64(1));
    record(2, 2); // recorded meanwhile: stopping must not start sending it
    QVERIFY(d->finishInFlight(5000));
    QCOMPARE(m_outbox->pendingCount(), qint64(1)); // only T2, never sent
    d.reset();

    std::unique_ptr<DiscordDelivery> next { makeDelivery(m_fake->webhookUrl()) }; // the next start
    QSignalSpy idle(next.get(), &DiscordDelivery::idle);
    next->deliverPending();
    QTRY_COMPARE(idle.size(), 1);
    QCOMPARE(m_fake->transactionIds(), ids(1, 2));
    QCOMPARE(m_fake->duplicates(), QStringList());
    QCOMPARE(m_outbox->pendingCount(), qint64(0));
}

void TestDiscordDelivery::stoppingWithoutAnAnswerLeavesTheAlertPending()
{
    // The grace period is bounded: Discord that does not answer keeps nobody from quitting. The alert was
    // posted, but nothing says so, so it stays pending: posted twice rather than lost.
    record(1, 1);
    m_fake->delayNext(1, 3000);
    std::unique_ptr<DiscordDelivery> d { makeDelivery(m_fake->webhookUrl()) };
    d->deliverPending();
    QTRY_COMPARE(m_fake->transactionIds(), ids(1, 1));
    QElapsedTimer waited;
    waited.start();
    QVERIFY(!d->finishInFlight(200));
    QVERIFY2(waited.elapsed() < 2500, qPrintable(QString::number(waited.elapsed())));
    d.reset();
    QCOMPARE(m_outbox->pendingCount(), qint64(1));
}

void TestDiscordDelivery::stoppingSeesAnAnswerQueuedBehindTheStopCall()
{
    // The monitor's stop() arrives as a queued call; under load the answer's events were queued behind it
    // before the thread got to run, and the grace period's nested loop never dispatched them.
    record(1, 1);
    m_fake->delayNext(1, 200);
    std::unique_ptr<DiscordDelivery> d { makeDelivery(m_fake->webhookUrl()) };
    d->deliverPending();
    QTRY_COMPARE(m_fake->transactionIds(), ids(1, 1));
    int result = -1;
    QMetaObject::invokeMethod(
        this, [&d, &result] { result = d->finishInFlight(3000) ? 1 : 0; }, Qt::QueuedConnection);
    // Not a wait for a condition: this thread must not run its loop while the answer's events queue up
    // behind the stop call, as when a loaded machine did not schedule the monitor's thread. Too short a nap
    // only makes the test pass without exercising the case, never fail.
    QTest::qSleep(900);
    QElapsedTimer waited;
    waited.start();
    QTRY_VERIFY(result >= 0);
    QCOMPARE(result, 1);
    QVERIFY2(waited.elapsed() < 2000, qPrintable(QString::number(waited.elapsed())));
    QCOMPARE(m_outbox->pendingCount(), qint64(0));
}

void TestDiscordDelivery::answerLostAfterDiscordPostedIsResentOnce()
{
    // The classic lost answer: Discord posted the message, the client's transfer timeout ran out first.
    // Discord's execute-webhook has no idempotency key and no way to look a message up without its id, so
    // the outcome is unknown and PayRecon chooses at-least-once: resend, and say so in the log. A missed
    // fraud alert costs more than a repeated one (docs/ALERTS.md).
    record(1, 3);
    m_fake->delayNext(1, 1500);
    std::unique_ptr<DiscordDelivery> d { makeDelivery(m_fake->webhookUrl()) };
    d->setRequestTimeout(300);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Discord may have posted it; 3 alert")));
    QSignalSpy idle(d.get(), &DiscordDelivery::idle);
    d->deliverPending();
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 10000);
    QCOMPARE(m_fake->transactionIds(), ids(1, 3) + ids(1, 3)); // the same message, once more, not more
    QCOMPARE(m_fake->duplicates(), ids(1, 3));
    QCOMPARE(m_outbox->pendingCount(), qint64(0));
    const QList<OutboxEntry> entries = m_outbox->recent(3);
    for (const OutboxEntry &e : entries)
        QCOMPARE(e.attempts, 2);
    d.reset();
}

void TestDiscordDelivery::realDiscordWhenConfigured()
{
    const QString url = qEnvironmentVariable("PAYRECON_TEST_DISCORD_WEBHOOK");
    if (url.isEmpty())
        QSKIP("PAYRECON_TEST_DISCORD_WEBHOOK is not set: the real-Discord check is opt-in");
    record(1, 12); // two messages: 10 + 2
    DiscordDelivery *d = makeDelivery(url);
    d->setRetryLimit(5);
    QSignalSpy idle(d, &DiscordDelivery::idle);
    d->deliverPending();
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 60000);
    QVERIFY2(d->lastError().isEmpty(), qPrintable(d->lastError()));
    QCOMPARE(m_outbox->pendingCount(), qint64(0));
    QCOMPARE(d->requestsSent(), 2);
    delete d;
}

QTEST_GUILESS_MAIN(TestDiscordDelivery)
#include "tst_discorddelivery.moc"
