// EsPublisher against the fake 7.17 cluster: exact document counts and contents after a clean run, item
// rejections, whole-request 503s, dropped connections, mapping errors, a re-publish, cancel, and giving up.
#include "fakeelasticsearch.h"

#include "mariadbenv.h"
#include "publish/esclient.h"
#include "publish/esindexbootstrap.h"
#include "publish/espublisher.h"
#include "store/localstore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Verified = QStringLiteral("verified-payment-data");
const QString Mismatch = QStringLiteral("payment-mismatch-log");

EsDocument verifiedDoc(int i)
{
    const QByteArray id = "T" + QByteArray::number(i).rightJustified(7, '0');
    return EsDocument {
        Verified, id + ":approval",
        R"({"transaction_id":")" + id + R"(","kind":"approval","amount":)" + QByteArray::number(1000 + i)
            + R"(,"timestamp":"2026-11-24T10:00:00.000+09:00","card_masked":"941012******9012","merchant_name":"김밥"})"
    };
}
} // namespace

class TestEsPublisher final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void backoffDoublesWithJitter_data();
    void backoffDoublesWithJitter();
    void bulkBodyIsNdjsonWithTrailingNewline();
    void cleanRunPublishesEachDocumentOnce();
    void chunksByBytes();
    void retriesOnlyRejectedItems();
    void retriesTheRequestAfter503();
    void droppedConnectionIsReplayedWithoutDuplicates();
    void failsOverWhenANodeDies();
    void mappingErrorFailsThatRowOnly();
    void republishingTheSameRunAddsNothing();
    void cancelStopsAndAResumeFinishes();
    void givesUpAfterMaxAttemptsAndKeepsItemsPending();
    void wrongCredentialsStopWithoutMarkingAnything();
    void deletionsRemoveDocumentsAndToleratePresentAbsence();

private:
    void enqueue(int n, int from = 0);
    EsPublishResult publish(EsPublisher *publisher = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeElasticsearch> m_es;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<EsOutbox> m_box;
    std::unique_ptr<EsClient> m_client;
    EsConfig m_config;
    QList<int> m_sleeps;
};

void TestEsPublisher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_es = std::make_unique<FakeElasticsearch>();
    m_es->addUser(QStringLiteral("publisher"), QStringLiteral("pw"));
    QVERIFY(m_es->listen());
    QString error;
    StoreLocation location { m_dir->filePath(QStringLiteral("store.sqlite")) };
    if (MariaDbEnv::storeBackendIsMySql()) {
        // The team's store: the same cases, the outbox in MariaDB (ctest's tst_espublisher_mariadb).
        const std::optional<MariaDbEnv> env = MariaDbEnv::load(&error);
        QVERIFY2(env, qPrintable(error));
        if (!QSqlDatabase::contains(QStringLiteral("admin")))
            QVERIFY2(env->openAdmin(QStringLiteral("admin"), &error), qPrintable(error));
        QVERIFY2(MariaDbEnv::dropStoreTables(QStringLiteral("admin"), &error), qPrintable(error));
        location = { env->url(), env->password() };
    }
    m_store = std::make_unique<LocalStore>(location);
    QVERIFY2(m_store->open(&error), qPrintable(error));
    QCOMPARE(m_store->isMySql(), MariaDbEnv::storeBackendIsMySql());
    m_box = std::make_unique<EsOutbox>(*m_store);
    QVERIFY2(m_box->prepare(&error), qPrintable(error));
    m_config = EsConfig();
    m_config.nodes = { m_es->url() };
    m_config.user = QStringLiteral("publisher");
    m_config.password = QStringLiteral("pw");
    m_config.bulkMaxDocs = 100;
    m_config.timeoutMs = 10000;
    m_client = std::make_unique<EsClient>(m_config);
    const EsBootstrapResult boot = EsIndexBootstrap(*m_client).ensureIndexes();
    QVERIFY2(boot.ok(), qPrintable(boot.error));
    m_sleeps.clear();
}

void TestEsPublisher::cleanup()
{
    m_client.reset();
    m_box.reset();
    m_store.reset();
    m_es.reset();
    m_dir.reset();
}

void TestEsPublisher::enqueue(int n, int from)
{
    std::vector<EsDocument> docs;
    for (int i = from; i < from + n; ++i)
        docs.push_back(verifiedDoc(i));
    QString error;
    QVERIFY2(m_box->enqueue(QStringLiteral("run-1"), docs, &error), qPrintable(error));
}

EsPublishResult TestEsPublisher::publish(EsPublisher *given)
{
    EsPublisher own(*m_client, *m_box);
    EsPublisher &p = given ? *given : own;
    // No real waiting in tests: record the backoff instead.
    p.setSleep([this](int ms) { m_sleeps << ms; });
    p.setJitter([] { return 0.5; });
    p.setBackoff(100, 1000);
    return p.publish();
}

void TestEsPublisher::backoffDoublesWithJitter_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<int>("expected");
    QTest::newRow("first, no jitter") << 1 << 0.0 << 100;
    QTest::newRow("first, full jitter") << 1 << 1.0 << 200;
    QTest::newRow("third") << 3 << 0.5 << 600;
    QTest::newRow("capped") << 20 << 1.0 << 30000;
}

void TestEsPublisher::backoffDoublesWithJitter()
{
    QFETCH(int, attempt);
    QFETCH(double, jitter);
    QFETCH(int, expected);
    QCOMPARE(EsPublisher::backoffMs(attempt, 200, 30000, jitter), expected);
}

void TestEsPublisher::bulkBodyIsNdjsonWithTrailingNewline()
{
    std::vector<EsOutboxItem> items(2);
    items[0].index = Verified;
    items[0].docId = "T\"1:approval";
    items[0].source = R"({"a":1})";
    items[1].index = Mismatch;
    items[1].docId = "R:T2:cancel";
    items[1].source = R"({"b":2})";
    QCOMPARE(EsPublisher::bulkBody(items, { 0, 1 }),
        QByteArrayLiteral("{\"index\":{\"_index\":\"verified-payment-data\",\"_id\":\"T\\\"1:approval\"}}\n{\"a\":1}\n"
                          "{\"index\":{\"_index\":\"payment-mismatch-log\",\"_id\":\"R:T2:cancel\"}}\n{\"b\":2}\n"));
    QCOMPARE(EsPublisher::bulkBody(items, { 1 }).count('\n'), 2);
}

void TestEsPublisher::cleanRunPublishesEachDocumentOnce()
{
    enqueue(1050);
    EsPublisher publisher(*m_client, *m_box);
    QSignalSpy progress(&publisher, &EsPublisher::progress);
    const EsPublishResult r = publish(&publisher);
    QVERIFY2(r.complete(), qPrintable(r.error));
    QCOMPARE(r.published, 1050);
    QCOMPARE(r.requests, 11); // 100 documents a request
    QCOMPARE(progress.size(), 11);
    QCOMPARE(progress.last().at(0).toLongLong(), 1050);
    QCOMPARE(progress.last().at(2).toLongLong(), 1050);
    QCOMPARE(m_es->documentCount(Verified), 1050);
    QCOMPARE(m_es->overwrites(Verified), 0);
    QCOMPARE(m_es->bulkRequests(), 11);
    QCOMPARE(m_es->lastBulkContentType(), QByteArrayLiteral("application/x-ndjson"));
    QVERIFY(m_es->autoCreatedIndexes().isEmpty());
    const QJsonObject stored = QJsonDocument::fromJson(m_es->document(Verified, "T0000007:approval").source).object();
    QCOMPARE(stored.value(u"amount").toInteger(), 1007);
    QCOMPARE(stored.value(u"merchant_name").toString(), QStringLiteral("김밥"));
    QCOMPARE(m_box->counts().published, 1050);
    QVERIFY(m_sleeps.isEmpty());
}

void TestEsPublisher::chunksByBytes()
{
    enqueue(300);
    m_config.bulkMaxDocs = 10000;
    m_config.bulkMaxBytes = 8 * 1024; // about 50 documents of ~160 bytes
    m_client = std::make_unique<EsClient>(m_config);
    const EsPublishResult r = publish();
    QVERIFY2(r.complete(), qPrintable(r.error));
    // Requests stay within the limit and fill most of it (documents are about 250 bytes with their action line).
    QVERIFY2(m_es->largestBulkBytes() <= 8 * 1024 && m_es->largestBulkBytes() > 7 * 1024,
        qPrintable(QString::number(m_es->largestBulkBytes())));
    QVERIFY2(r.requests >= 300 * 190 / (8 * 1024) && r.requests <= 300 / 25, qPrintable(QString::number(r.requests)));
    QCOMPARE(m_es->documentCount(Verified), 300);
}

void TestEsPublisher::retriesOnlyRejectedItems()
{
    enqueue(1000);
    FakeElasticsearch::Faults f;
    f.itemRejectRate = 0.2;
    m_es->setFaults(f);
    const EsPublishResult r = publish();
    QVERIFY2(r.complete(), qPrintable(r.error));
    QCOMPARE(m_es->documentCount(Verified), 1000);
    QCOMPARE(r.published, 1000);
    // Only the rejected items travel again: about a quarter more items than documents, never a whole chunk again.
    QVERIFY2(r.itemRetries >= 150 && r.itemRetries <= 350, qPrintable(QString::number(r.itemRetries)));
    QCOMPARE(m_es->itemsReceived(), 1000 + r.itemRetries);
    QCOMPARE(m_es->overwrites(Verified), 0);
    QCOMPARE(r.requestRetries, 0);
    QVERIFY(!m_sleeps.isEmpty());
    QCOMPARE(m_sleeps.first(), 75); // first retry of a chunk: base 100, jitter 0.5 -> 50 + 25
}

void TestEsPublisher::retriesTheRequestAfter503()
{
    enqueue(250);
    FakeElasticsearch::Faults f;
    f.fail503Bulks = 3;
    m_es->setFaults(f);
    const EsPublishResult r = publish();
    QVERIFY2(r.complete(), qPrintable(r.error));
    QCOMPARE(r.requestRetries, 3);
    QCOMPARE(m_es->documentCount(Verified), 250);
    // Exponential: 75, 150, 300 ms with jitter fixed at one half.
    QCOMPARE(m_sleeps, (QList<int> { 75, 150, 300 }));
}

void TestEsPublisher::droppedConnectionIsReplayedWithoutDuplicates()
{
    enqueue(500);
    FakeElasticsearch::Faults f;
    f.dropAfterItems = 40; // stores 40 documents, then the client sees the connection die
    f.dropBulks = 3;
    m_es->setFaults(f);
    const EsPublishResult r = publish();
    QVERIFY2(r.complete(), qPrintable(r.error));
    // Qt itself resends once when a kept-alive connection dies before any answer byte: the publisher sees 2 or 3.
    QVERIFY2(r.requestRetries >= 1 && r.requestRetries <= 3, qPrintable(QString::number(r.requestRetries)));
    QCOMPARE(m_es->bulkRequests(), 5 + 3);
    QCOMPARE(m_es->documentCount(Verified), 500);
    // The 40 documents stored before the drop were sent again and overwrote themselves: no growth.
    QCOMPARE(m_es->overwrites(Verified), 40);
    QCOMPARE(m_box->counts().published, 500);
}

void TestEsPublisher::failsOverWhenANodeDies()
{
    enqueue(300);
    FakeElasticsearch backup;
    backup.addUser(QStringLiteral("publisher"), QStringLiteral("pw"));
    QVERIFY(backup.listen());
    backup.createIndex(Verified, EsIndexBootstrap::verifiedIndexBody().value(u"mappings").toObject());
    m_config.nodes = { m_es->url(), backup.url() };
    m_client = std::make_unique<EsClient>(m_config);
    FakeElasticsearch::Faults f;
    f.dropAfterItems = 10;
    f.dropBulks = 1;
    m_es->setFaults(f);
    // The first node stores 10 documents and drops the connection; then it is gone for good.
    EsPublisher publisher(*m_client, *m_box);
    bool killed = false;
    connect(&publisher, &EsPublisher::progress, this, [&] {
        if (!killed) {
            killed = true;
            m_es.reset();
        }
    });
    m_es->setFaults(f);
    m_config.bulkMaxDocs = 100;
    const EsPublishResult r = publish(&publisher);
    QVERIFY2(r.complete(), qPrintable(r.error));
    QVERIFY(killed);
    QCOMPARE(r.published, 300);
    // Everything acknowledged by one node or the other; the backup holds all that came after the first chunk.
    QVERIFY(backup.documentCount(Verified) >= 200);
}

void TestEsPublisher::mappingErrorFailsThatRowOnly()
{
    enqueue(50);
    QString error;
    QVERIFY(m_box->enqueue(QStringLiteral("run-1"),
        { EsDocument { Verified, "BAD:approval", R"({"transaction_id":"BAD","amount":"12,000원"})" } }, &error));
    const EsPublishResult r = publish();
    QVERIFY(!r.complete());
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.published, 50);
    QCOMPARE(r.failed, 1);
    QCOMPARE(m_es->documentCount(Verified), 50);
    const EsOutboxCounts c = m_box->counts();
    QCOMPARE(c.failed, 1);
    QCOMPARE(c.pending, 0);
    const auto failed = m_box->failedItems(10);
    QCOMPARE(failed.size(), size_t(1));
    QCOMPARE(failed[0].first.docId, QByteArrayLiteral("BAD:approval"));
    QVERIFY2(failed[0].second.contains(QStringLiteral("mapper_parsing_exception"))
            && failed[0].second.contains(QStringLiteral("[amount]")),
        qPrintable(failed[0].second));
    QVERIFY(m_sleeps.isEmpty()); // a mapping error is not retried
}

void TestEsPublisher::republishingTheSameRunAddsNothing()
{
    enqueue(120);
    QVERIFY(publish().complete());
    const qint64 requests = m_es->bulkRequests();
    enqueue(120); // the same run again
    const EsPublishResult again = publish();
    QVERIFY(again.complete());
    QCOMPARE(again.requests, 0);
    QCOMPARE(m_es->bulkRequests(), requests);
    QCOMPARE(m_es->documentCount(Verified), 120);
    // A fresh store (say, a reinstalled PC) sends everything again: the ids keep the index from growing.
    QString error;
    LocalStore other(StoreLocation { m_dir->filePath(QStringLiteral("other.sqlite")) });
    QVERIFY(other.open(&error));
    EsOutbox box(other);
    QVERIFY(box.prepare(&error));
    std::vector<EsDocument> docs;
    for (int i = 0; i < 120; ++i)
        docs.push_back(verifiedDoc(i));
    QVERIFY(box.enqueue(QStringLiteral("run-2"), docs, &error));
    EsPublisher p(*m_client, box);
    QVERIFY(p.publish().complete());
    QCOMPARE(m_es->documentCount(Verified), 120);
    QCOMPARE(m_es->overwrites(Verified), 120);
}

void TestEsPublisher::cancelStopsAndAResumeFinishes()
{
    enqueue(1000);
    std::atomic_bool cancel { false };
    EsPublisher publisher(*m_client, *m_box);
    publisher.setCancelFlag(&cancel);
    m_client->setCancelFlag(&cancel);
    connect(&publisher, &EsPublisher::progress, this, [&](qint64 done) {
        if (done >= 300)
            cancel = true;
    });
    const EsPublishResult r = publish(&publisher);
    QVERIFY(r.cancelled);
    QVERIFY(!r.complete());
    QCOMPARE(r.published, 300);
    QCOMPARE(r.remaining.pending, 700);
    QCOMPARE(m_es->documentCount(Verified), 300);

    cancel = false;
    const EsPublishResult resumed = publish();
    QVERIFY2(resumed.complete(), qPrintable(resumed.error));
    QCOMPARE(resumed.published, 700);
    QCOMPARE(m_es->documentCount(Verified), 1000);
    QCOMPARE(m_es->overwrites(Verified), 0);
}

void TestEsPublisher::givesUpAfterMaxAttemptsAndKeepsItemsPending()
{
    enqueue(30);
    m_config.maxAttempts = 3;
    m_client = std::make_unique<EsClient>(m_config);
    FakeElasticsearch::Faults f;
    f.rejectNextItems = 1000000;
    m_es->setFaults(f);
    const EsPublishResult r = publish();
    QVERIFY(!r.complete());
    QVERIFY2(r.error.contains(QStringLiteral("es_rejected_execution_exception")), qPrintable(r.error));
    QCOMPARE(m_sleeps.size(), 2); // 3 attempts, 2 waits between them
    const EsOutboxCounts c = m_box->counts();
    QCOMPARE(c.pending, 30); // retryable: left for the next run, not failed
    QCOMPARE(c.failed, 0);
    m_es->setFaults({});
    QVERIFY(publish().complete());
    QCOMPARE(m_es->documentCount(Verified), 30);
}

void TestEsPublisher::wrongCredentialsStopWithoutMarkingAnything()
{
    enqueue(10);
    m_config.password = QStringLiteral("wrong");
    m_client = std::make_unique<EsClient>(m_config);
    const EsPublishResult r = publish();
    QVERIFY(!r.complete());
    QVERIFY2(r.error.contains(QStringLiteral("401")), qPrintable(r.error));
    QVERIFY(!r.error.contains(QStringLiteral("wrong")));
    QCOMPARE(r.requests, 1);
    QCOMPARE(m_box->counts().pending, 10);
    QCOMPARE(m_es->documentCount(Verified), 0);
}

void TestEsPublisher::deletionsRemoveDocumentsAndToleratePresentAbsence()
{
    enqueue(5);
    QVERIFY(publish().complete());
    QCOMPARE(m_es->documentCount(Verified), 5);
    // Two deletions (an undone resolution's document) and one for a document the server never had: 404
    // "not_found", which is what was asked for, so done rather than failed.
    EsDocument first = verifiedDoc(1);
    EsDocument second = verifiedDoc(3);
    EsDocument absent = verifiedDoc(99);
    for (EsDocument *d : { &first, &second, &absent }) {
        d->source.clear();
        d->deletion = true;
    }
    QString error;
    QVERIFY2(m_box->enqueue(QStringLiteral("resolved-1"), { first, second, absent, verifiedDoc(5) }, &error),
        qPrintable(error));
    QCOMPARE(m_box->enqueuedChanges(), 4);
    const EsPublishResult r = publish();
    QVERIFY2(r.complete(), qPrintable(r.error));
    QCOMPARE(r.published, 4);
    QCOMPARE(m_es->deleted(), 2);
    QCOMPARE(m_es->documentCount(Verified), 4); // 5 - 2 + the new T0000005
    const QList<QByteArray> ids = m_es->ids(Verified);
    QVERIFY(!ids.contains(first.id));
    QVERIFY(!ids.contains(second.id));
    QVERIFY(ids.contains(verifiedDoc(5).id));
    // The same deletions again are no change; the document indexed again after them is.
    QVERIFY(m_box->enqueue(QStringLiteral("resolved-2"), { first, second }, &error));
    QCOMPARE(m_box->enqueuedChanges(), 0);
    QVERIFY(m_box->enqueue(QStringLiteral("run-3"), { verifiedDoc(1) }, &error));
    QCOMPARE(m_box->enqueuedChanges(), 1);
    QVERIFY(publish().complete());
    QVERIFY(m_es->ids(Verified).contains(first.id));
}

QTEST_GUILESS_MAIN(TestEsPublisher)
#include "tst_espublisher.moc"
