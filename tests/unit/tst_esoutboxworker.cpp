// The outbox's second connection on a thread of its own: tasks run there in the order posted, see and make the
// same data as the caller's connection, finish before the worker is gone, and run inline when it cannot open.
#include "publish/esoutboxworker.h"
#include "store/localstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestEsOutboxWorker final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tasksRunOnTheWorkerThreadInOrder();
    void writesAreVisibleToTheCallersConnection();
    void destructionRunsWhatWasPosted();
    void stopRunsWhatWasPostedAndReportsTheThreadsCpu();
    void runsInlineWhenTheStoreCannotBeOpened();

private:
    StoreLocation storePath() const { return { m_dir->filePath(QStringLiteral("store.sqlite")) }; }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<EsOutbox> m_box;
};

void TestEsOutboxWorker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<LocalStore>(storePath());
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_box = std::make_unique<EsOutbox>(*m_store);
    QVERIFY2(m_box->prepare(&error), qPrintable(error));
    std::vector<EsDocument> docs;
    for (int i = 0; i < 10; ++i)
        docs.push_back({ QStringLiteral("v"), "T" + QByteArray::number(i) + ":approval",
            R"({"amount":)" + QByteArray::number(i) + '}' });
    QVERIFY2(m_box->enqueue(QStringLiteral("r1"), docs, &error), qPrintable(error));
}

void TestEsOutboxWorker::cleanup()
{
    m_box.reset();
    m_store.reset();
    m_dir.reset();
}

void TestEsOutboxWorker::tasksRunOnTheWorkerThreadInOrder()
{
    EsOutboxWorker worker(*m_box);
    QString error;
    QVERIFY2(worker.start(storePath(), &error), qPrintable(error));
    QVERIFY(worker.isRunning());
    std::vector<int> order; // written by the tasks only, read after the last one finished
    std::vector<std::future<QThread *>> threads;
    for (int i = 0; i < 5; ++i)
        threads.push_back(worker.post<QThread *>([&order, i](EsOutbox &) {
            order.push_back(i);
            return QThread::currentThread();
        }));
    std::future<qint64> pending = worker.post<qint64>([](EsOutbox &box) { return box.counts().pending; });
    QCOMPARE(pending.get(), 10); // the rows the caller's connection committed
    for (auto &thread : threads)
        QVERIFY(thread.get() != QThread::currentThread());
    QCOMPARE(order, (std::vector<int> { 0, 1, 2, 3, 4 }));
}

void TestEsOutboxWorker::writesAreVisibleToTheCallersConnection()
{
    EsOutboxWorker worker(*m_box);
    QString error;
    QVERIFY2(worker.start(storePath(), &error), qPrintable(error));
    std::future<QString> written = worker.post<QString>([](EsOutbox &box) {
        QString e;
        std::vector<EsOutbox::Outcome> done;
        for (const EsOutboxItem &item : box.nextPending(0, 4, 1 << 20, &e))
            done.push_back({ item.id, item.sourceHash, EsOutbox::State::Done, {} });
        if (e.isEmpty())
            box.apply(done, &e);
        return e;
    });
    QCOMPARE(written.get(), QString());
    const EsOutboxCounts counts = m_box->counts();
    QCOMPARE(counts.published, 4);
    QCOMPARE(counts.pending, 6);
}

void TestEsOutboxWorker::destructionRunsWhatWasPosted()
{
    {
        EsOutboxWorker worker(*m_box);
        QString error;
        QVERIFY2(worker.start(storePath(), &error), qPrintable(error));
        // Nobody waits for this one: the worker's destructor must still run it before closing the connection.
        worker.post<bool>([](EsOutbox &box) {
            std::vector<EsOutbox::Outcome> done;
            for (const EsOutboxItem &item : box.nextPending(0, 100, 1 << 20, nullptr))
                done.push_back({ item.id, item.sourceHash, EsOutbox::State::Done, {} });
            return box.apply(done, nullptr);
        });
    }
    QCOMPARE(m_box->counts().published, 10);
}

void TestEsOutboxWorker::stopRunsWhatWasPostedAndReportsTheThreadsCpu()
{
    EsOutboxWorker worker(*m_box);
    QString error;
    QVERIFY2(worker.start(storePath(), &error, 1024, "es-outbox-test"), qPrintable(error));
    QCOMPARE(worker.cpuSeconds(), -1.0); // known once the thread ended
    std::future<bool> busy = worker.post<bool>([](EsOutbox &box) {
        // Keeps the thread busy long enough to be measured: reading the outbox again and again.
        QElapsedTimer clock;
        clock.start();
        qint64 rows = 0;
        while (clock.elapsed() < 50)
            rows += qint64(box.nextPending(0, 100, 1 << 20, nullptr).size());
        return rows > 0;
    });
    worker.stop();
    QVERIFY(!worker.isRunning());
    QCOMPARE(busy.wait_for(std::chrono::seconds(0)), std::future_status::ready);
    QVERIFY(busy.get());
#ifdef Q_OS_UNIX
    QVERIFY2(worker.cpuSeconds() > 0.01 && worker.cpuSeconds() < 60, qPrintable(QString::number(worker.cpuSeconds())));
#endif
    worker.stop(); // twice is harmless
}

void TestEsOutboxWorker::runsInlineWhenTheStoreCannotBeOpened()
{
    // A regular file where the store's directory should be: no connection can be opened below it.
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-directory")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    EsOutboxWorker worker(*m_box);
    QString error;
    QVERIFY(!worker.start(StoreLocation { blocker.fileName() + QStringLiteral("/store.sqlite") }, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!worker.isRunning());
    std::future<QThread *> thread = worker.post<QThread *>([this](EsOutbox &box) {
        return &box == m_box.get() ? QThread::currentThread() : nullptr; // the fallback outbox, on this thread
    });
    QCOMPARE(thread.get(), QThread::currentThread());
}

QTEST_GUILESS_MAIN(TestEsOutboxWorker)
#include "tst_esoutboxworker.moc"
