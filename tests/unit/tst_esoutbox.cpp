// The Elasticsearch outbox in the LocalStore: one transaction per run, idempotent on (index, _id), done only for
// the version that was sent, chunking by documents and bytes, counts, retry of failed rows, pruning. The same cases
// run on the team's MySQL store with PAYRECON_STORE_BACKEND=mysql (ctest's tst_esoutbox_mariadb).
#include "mariadbenv.h"
#include "publish/esdocumentbuilder.h"
#include "publish/esoutbox.h"
#include "reconsamples.h"
#include "store/localstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
EsDocument doc(const char *index, const QByteArray &id, const QByteArray &source)
{
    return EsDocument { QString::fromLatin1(index), id, source };
}

std::vector<EsDocument> docs(int n, const QByteArray &tag = "a")
{
    std::vector<EsDocument> out;
    for (int i = 0; i < n; ++i)
        out.push_back(doc("v", "T" + QByteArray::number(i) + ":approval",
            R"({"amount":)" + QByteArray::number(i) + R"(,"tag":")" + tag + "\"}"));
    return out;
}

std::vector<EsOutbox::Outcome> outcomes(const std::vector<EsOutboxItem> &items, EsOutbox::State state)
{
    std::vector<EsOutbox::Outcome> out;
    for (const EsOutboxItem &i : items)
        out.push_back(
            { i.id, i.sourceHash, state, state == EsOutbox::State::Done ? QString() : QStringLiteral("why") });
    return out;
}
} // namespace

class TestEsOutbox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void enqueueIsIdempotentOnIndexAndId();
    void changedDocumentBecomesPendingAgain();
    void rolledBackRunLeavesNothing();
    void survivesReopening();
    void chunksByDocumentsAndBytes();
    void doneOnlyForTheVersionSent();
    void failedRowsKeepTheReasonAndCanBeRetried();
    void pruneForgetsOldPublishedRows();
    void twoConnectionsShareOneQueue();
    void deletionIsAVersionOfItsOwn();
    void aLaterRunOfTheSameRowsQueuesNothing();
    void sqliteStoreOfTheFirstVersionIsUpgraded();

private:
    StoreLocation m_location;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<EsOutbox> m_box;
};

void TestEsOutbox::initTestCase()
{
    if (!MariaDbEnv::storeBackendIsMySql())
        return;
    QString error;
    m_location.location = MariaDbEnv::openTeamStore(QStringLiteral("admin"), &error, &m_location.password);
    QVERIFY2(!m_location.isEmpty(), qPrintable(error));
}

void TestEsOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    if (MariaDbEnv::storeBackendIsMySql()) {
        QVERIFY2(MariaDbEnv::dropStoreTables(QStringLiteral("admin"), &error), qPrintable(error));
    } else {
        m_location = StoreLocation { m_dir->filePath(QStringLiteral("store.sqlite")) };
    }
    m_store = std::make_unique<LocalStore>(m_location);
    QVERIFY2(m_store->open(&error), qPrintable(error));
    QCOMPARE(m_store->isMySql(), MariaDbEnv::storeBackendIsMySql());
    m_box = std::make_unique<EsOutbox>(*m_store);
    QVERIFY2(m_box->prepare(&error), qPrintable(error));
    QCOMPARE(m_store->schemaVersion(EsOutbox::component()), 3);
}

void TestEsOutbox::cleanup()
{
    m_box.reset();
    m_store.reset();
    m_dir.reset();
}

void TestEsOutbox::enqueueIsIdempotentOnIndexAndId()
{
    QString error;
    QVERIFY2(m_box->enqueue(QStringLiteral("r1"), docs(10), &error), qPrintable(error));
    QCOMPARE(m_box->enqueuedChanges(), 10);
    QVERIFY(m_box->enqueue(QStringLiteral("r1"), docs(10), &error));
    QCOMPARE(m_box->enqueuedChanges(), 0);
    EsOutboxCounts c = m_box->counts();
    QCOMPARE(c.pending, 10);
    QCOMPARE(c.total(), 10);
    // The same _id in another index is another document.
    QVERIFY(m_box->enqueue(QStringLiteral("r1"), { doc("m", "T0:approval", "{}") }, &error));
    QCOMPARE(m_box->counts().pending, 11);
    // Published rows stay published when the same documents are enqueued again.
    const auto items = m_box->nextPending(0, 100, 1 << 20, &error);
    QVERIFY(m_box->apply(outcomes(items, EsOutbox::State::Done), &error));
    QVERIFY(m_box->enqueue(QStringLiteral("r1"), docs(10), &error));
    c = m_box->counts();
    QCOMPARE(c.pending, 0);
    QCOMPARE(c.published, 11);
}

void TestEsOutbox::changedDocumentBecomesPendingAgain()
{
    QString error;
    QVERIFY(m_box->enqueue(QStringLiteral("r1"), docs(3), &error));
    QVERIFY(m_box->apply(outcomes(m_box->nextPending(0, 100, 1 << 20, &error), EsOutbox::State::Done), &error));
    QCOMPARE(m_box->counts().published, 3);
    std::vector<EsDocument> changed = docs(3);
    changed[1].source = R"({"amount":999})";
    QVERIFY(m_box->enqueue(QStringLiteral("r2"), changed, &error));
    QCOMPARE(m_box->enqueuedChanges(), 1);
    const auto pending = m_box->nextPending(0, 100, 1 << 20, &error);
    QCOMPARE(pending.size(), size_t(1));
    QCOMPARE(pending[0].docId, QByteArrayLiteral("T1:approval"));
    QCOMPARE(pending[0].source, QByteArrayLiteral(R"({"amount":999})"));
    QCOMPARE(pending[0].attempts, 0);
}

void TestEsOutbox::rolledBackRunLeavesNothing()
{
    QString error;
    QVERIFY(m_box->beginEnqueue(QStringLiteral("r1"), &error));
    for (const EsDocument &d : docs(5))
        QVERIFY(m_box->add(d, &error));
    m_box->rollbackEnqueue();
    QCOMPARE(m_box->counts().total(), 0);
    // The connection is usable afterwards.
    QVERIFY(m_box->enqueue(QStringLiteral("r1"), docs(2), &error));
    QCOMPARE(m_box->counts().pending, 2);
}

void TestEsOutbox::survivesReopening()
{
    QString error;
    QVERIFY(m_box->enqueue(QStringLiteral("r1"), docs(4), &error));
    const StoreLocation path = m_store->location();
    m_box.reset();
    m_store.reset();
    LocalStore store(path);
    QVERIFY(store.open(&error));
    EsOutbox box(store);
    QVERIFY(box.prepare(&error));
    QCOMPARE(box.counts().pending, 4);
}

void TestEsOutbox::chunksByDocumentsAndBytes()
{
    QString error;
    QVERIFY(m_box->enqueue(QStringLiteral("r1"), docs(25), &error));
    auto chunk = m_box->nextPending(0, 10, 1 << 20, &error);
    QCOMPARE(chunk.size(), size_t(10));
    chunk = m_box->nextPending(chunk.back().id, 10, 1 << 20, &error);
    QCOMPARE(chunk.size(), size_t(10));
    QCOMPARE(chunk.front().docId, QByteArrayLiteral("T10:approval"));
    chunk = m_box->nextPending(chunk.back().id, 10, 1 << 20, &error);
    QCOMPARE(chunk.size(), size_t(5));
    QVERIFY(m_box->nextPending(chunk.back().id, 10, 1 << 20, &error).empty());
    // Each document is about 80 bytes with its action line: 200 bytes hold two.
    chunk = m_box->nextPending(0, 100, 200, &error);
    QCOMPARE(chunk.size(), size_t(2));
    // A document larger than the limit still goes, alone, or it would block the outbox forever.
    chunk = m_box->nextPending(0, 100, 10, &error);
    QCOMPARE(chunk.size(), size_t(1));
    QVERIFY(error.isEmpty());
}

void TestEsOutbox::doneOnlyForTheVersionSent()
{
    QString error;
    QVERIFY(m_box->enqueue(QStringLiteral("r1"), docs(2), &error));
    const auto sent = m_box->nextPending(0, 100, 1 << 20, &error);
    // While the first version is in flight, a new run changes one document.
    std::vector<EsDocument> changed = docs(2);
    changed[0].source = R"({"amount":5})";
    QVERIFY(m_box->enqueue(QStringLiteral("r2"), changed, &error));
    QVERIFY(m_box->apply(outcomes(sent, EsOutbox::State::Done), &error));
    const EsOutboxCounts c = m_box->counts();
    QCOMPARE(c.published, 1);
    QCOMPARE(c.pending, 1); // the new version still has to go
    QCOMPARE(m_box->nextPending(0, 100, 1 << 20, &error).at(0).source, QByteArrayLiteral(R"({"amount":5})"));
    // Published rows drop their source: the store keeps ids, not every document forever.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM payrecon_es_outbox WHERE state = 1 AND source IS NULL")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestEsOutbox::failedRowsKeepTheReasonAndCanBeRetried()
{
    QString error;
    QVERIFY(m_box->enqueue(QStringLiteral("r1"), docs(3), &error));
    auto items = m_box->nextPending(0, 100, 1 << 20, &error);
    std::vector<EsOutbox::Outcome> o = outcomes(items, EsOutbox::State::Done);
    o[1].state = EsOutbox::State::Failed;
    o[1].error = QStringLiteral("mapper_parsing_exception: failed to parse field [amount]");
    o[2].state = EsOutbox::State::Pending;
    o[2].error = QStringLiteral("es_rejected_execution_exception");
    QVERIFY(m_box->apply(o, &error));
    EsOutboxCounts c = m_box->counts();
    QCOMPARE(c.published, 1);
    QCOMPARE(c.failed, 1);
    QCOMPARE(c.pending, 1);
    const auto failed = m_box->failedItems(10);
    QCOMPARE(failed.size(), size_t(1));
    QCOMPARE(failed[0].first.docId, QByteArrayLiteral("T1:approval"));
    QCOMPARE(failed[0].first.attempts, 1);
    QVERIFY(failed[0].second.startsWith(QStringLiteral("mapper_parsing_exception")));
    QCOMPARE(m_box->nextPending(0, 100, 1 << 20, &error).at(0).attempts, 1); // the retried one counts its attempt
    QCOMPARE(m_box->retryFailed(&error), 1);
    c = m_box->counts();
    QCOMPARE(c.failed, 0);
    QCOMPARE(c.pending, 2);
}

void TestEsOutbox::pruneForgetsOldPublishedRows()
{
    QString error;
    QVERIFY(m_box->enqueue(QStringLiteral("r1"), docs(3), &error));
    auto items = m_box->nextPending(0, 2, 1 << 20, &error);
    QVERIFY(m_box->apply(outcomes(items, EsOutbox::State::Done), &error));
    QCOMPARE(m_box->pruneDone(QDateTime::currentMSecsSinceEpoch() - 3600000, &error), 0);
    QCOMPARE(m_box->pruneDone(QDateTime::currentMSecsSinceEpoch() + 1000, &error), 2);
    const EsOutboxCounts c = m_box->counts();
    QCOMPARE(c.published, 0);
    QCOMPARE(c.pending, 1); // pending rows are never pruned
}

void TestEsOutbox::twoConnectionsShareOneQueue()
{
    // Two operators' PayRecons (or the GUI and a nightly CLI) on one store: one queue, no document twice.
    LocalStore otherStore(m_store->location());
    QString error;
    QVERIFY2(otherStore.open(&error), qPrintable(error));
    EsOutbox other(otherStore);
    QVERIFY2(other.prepare(&error), qPrintable(error));
    QVERIFY(m_box->enqueue(QStringLiteral("r1"), docs(6), &error));
    QVERIFY(other.enqueue(QStringLiteral("r2"), docs(8), &error)); // the first 6 are the same documents
    QCOMPARE(other.enqueuedChanges(), 2);
    const auto chunk = other.nextPending(0, 100, 1 << 20, &error);
    QCOMPARE(chunk.size(), size_t(8));
    QVERIFY(other.apply(outcomes(chunk, EsOutbox::State::Done), &error));
    const EsOutboxCounts c = m_box->counts(&error);
    QCOMPARE(c.published, 8);
    QCOMPARE(c.pending, 0);
    QVERIFY(m_box->nextPending(0, 100, 1 << 20, &error).empty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestEsOutbox::deletionIsAVersionOfItsOwn()
{
    QString error;
    QVERIFY(m_box->enqueue(QStringLiteral("resolved-1"), docs(2), &error));
    QVERIFY(m_box->apply(outcomes(m_box->nextPending(0, 100, 1 << 20, &error), EsOutbox::State::Done), &error));
    bool deletion = true;
    QCOMPARE(m_box->lastRunOf(QStringLiteral("v"), "T0:approval", &deletion, &error), QStringLiteral("resolved-1"));
    QVERIFY(!deletion);
    QVERIFY(m_box->lastRunOf(QStringLiteral("v"), "NONE:approval", &deletion, &error).isEmpty());
    EsDocument gone = docs(1).front();
    gone.source.clear();
    gone.deletion = true;
    QVERIFY(m_box->enqueue(QStringLiteral("resolved-2"), { gone }, &error));
    QCOMPARE(m_box->enqueuedChanges(), 1);
    auto pending = m_box->nextPending(0, 100, 1 << 20, &error);
    QCOMPARE(pending.size(), size_t(1));
    QVERIFY(pending[0].deletion);
    QCOMPARE(pending[0].docId, QByteArrayLiteral("T0:approval"));
    QCOMPARE(pending[0].sourceHash, EsOutbox::deletionHash());
    QCOMPARE(m_box->lastRunOf(QStringLiteral("v"), "T0:approval", &deletion, &error), QStringLiteral("resolved-2"));
    QVERIFY(deletion);
    QVERIFY(m_box->enqueue(QStringLiteral("resolved-3"), { gone }, &error));
    QCOMPARE(m_box->enqueuedChanges(), 0); // the same deletion again
    QVERIFY(m_box->apply(outcomes(pending, EsOutbox::State::Done), &error));
    // Indexed again (the resolution made once more): an index action, pending, with its source.
    QVERIFY(m_box->enqueue(QStringLiteral("resolved-4"), docs(1), &error));
    QCOMPARE(m_box->enqueuedChanges(), 1);
    pending = m_box->nextPending(0, 100, 1 << 20, &error);
    QCOMPARE(pending.size(), size_t(1));
    QVERIFY(!pending[0].deletion);
    QCOMPARE(pending[0].source, docs(1).front().source);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestEsOutbox::aLaterRunOfTheSameRowsQueuesNothing()
{
    using namespace ReconSamples;
    // The same day reconciled twice (a fixed profile, a re-sent file): the verified documents differ only in the
    // run that published them, so the second run queues nothing; a changed amount is a new version.
    const ReconOutcome o = outcome({ payment(QStringLiteral("A"), 1000, QStringLiteral("1")),
                                       payment(QStringLiteral("B"), 2000, QStringLiteral("2")) },
        { payment(QStringLiteral("A"), 1000, QStringLiteral("1")),
            payment(QStringLiteral("B"), 2000, QStringLiteral("2")) });
    auto verifiedDocs = [&](const ReconOutcome &outcome, const QByteArray &runId) {
        const EsDocumentBuilder builder(
            QStringLiteral("v"), QStringLiteral("m"), QString::fromLatin1(runId), QDate(2026, 11, 24));
        std::vector<EsDocument> out;
        for (const ReconRow &row : outcome.result.rows)
            out.push_back(builder.verified(outcome.ledger, outcome.van, row));
        return out;
    };
    const std::vector<EsDocument> first = verifiedDocs(o, "run-1");
    QCOMPARE(first.size(), size_t(2));
    QString error;
    QVERIFY(m_box->enqueue(QStringLiteral("run-1"), first, &error));
    QCOMPARE(m_box->enqueuedChanges(), 2);
    QVERIFY(m_box->apply(outcomes(m_box->nextPending(0, 100, 1 << 20, &error), EsOutbox::State::Done), &error));
    const std::vector<EsDocument> second = verifiedDocs(o, "run-2");
    QVERIFY(second[0].source != first[0].source); // the run id is in the document ...
    QVERIFY(m_box->enqueue(QStringLiteral("run-2"), second, &error));
    QCOMPARE(m_box->enqueuedChanges(), 0); // ... but not in its version
    const ReconOutcome changed = outcome({ payment(QStringLiteral("A"), 1500, QStringLiteral("1")),
                                             payment(QStringLiteral("B"), 2000, QStringLiteral("2")) },
        { payment(QStringLiteral("A"), 1500, QStringLiteral("1")),
            payment(QStringLiteral("B"), 2000, QStringLiteral("2")) });
    QVERIFY(m_box->enqueue(QStringLiteral("run-3"), verifiedDocs(changed, "run-3"), &error));
    QCOMPARE(m_box->enqueuedChanges(), 1);
}

void TestEsOutbox::sqliteStoreOfTheFirstVersionIsUpgraded()
{
    if (MariaDbEnv::storeBackendIsMySql())
        QSKIP("the SQLite store's own upgrade; MySQL stores start at the current schema");
    // A store written before the tables had PayRecon's prefix: its pending rows must survive the rename.
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    {
        LocalStore old(StoreLocation { path });
        QString error;
        QVERIFY(old.open(&error));
        QSqlQuery q(old.database());
        QVERIFY(
            q.exec(QStringLiteral("CREATE TABLE es_outbox (id INTEGER PRIMARY KEY, run_id TEXT NOT NULL, "
                                  "idx TEXT NOT NULL, doc_id TEXT NOT NULL, source BLOB, source_hash BLOB NOT NULL, "
                                  "state INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, "
                                  "last_error TEXT, updated_at INTEGER NOT NULL, UNIQUE (idx, doc_id))")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO es_outbox (run_id, idx, doc_id, source, source_hash, updated_at) "
                                      "VALUES ('r0', 'v', 'T9:approval', '{}', x'00', 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_versions (component, version) VALUES ('es_outbox', 1)")));
    }
    LocalStore store(StoreLocation { path });
    QString error;
    QVERIFY(store.open(&error));
    EsOutbox box(store);
    QVERIFY2(box.prepare(&error), qPrintable(error));
    QCOMPARE(store.schemaVersion(EsOutbox::component()), 3);
    const auto pending = box.nextPending(0, 10, 1 << 20, &error);
    QCOMPARE(pending.size(), size_t(1));
    QCOMPARE(pending[0].docId, QByteArrayLiteral("T9:approval"));
}

QTEST_GUILESS_MAIN(TestEsOutbox)
#include "tst_esoutbox.moc"
