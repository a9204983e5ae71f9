// LocalStore: per-component versioned migrations, atomic steps, refusal of a newer store.
#include "store/localstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestLocalStore final : public QObject
{
    Q_OBJECT

private slots:
    void appliesEachStepOnceAndRecordsTheVersion();
    void componentsAreVersionedSeparately();
    void failingStepLeavesTheOldSchema();
    void refusesAStoreFromANewerPayRecon();
    void newStoreFileIsOwnerOnly();
    void environmentOverridesTheDefaultPath();
    void missingFolderIsCreated();
};

static const QList<QStringList> kOutboxV2 = {
    { QStringLiteral("CREATE TABLE box (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)") },
    { QStringLiteral("ALTER TABLE box ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX box_attempts ON box(attempts)") },
};

void TestLocalStore::appliesEachStepOnceAndRecordsTheVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        LocalStore store(StoreLocation { path });
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.schemaVersion(QStringLiteral("box")), 0);
        QVERIFY2(store.migrate(QStringLiteral("box"), kOutboxV2.mid(0, 1), &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(QStringLiteral("box")), 1);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO box(payload) VALUES ('a')")));
    }
    LocalStore store(StoreLocation { path });
    QString error;
    QVERIFY(store.open(&error));
    // Re-running v1 would fail (table exists): only step 2 may run.
    QVERIFY2(store.migrate(QStringLiteral("box"), kOutboxV2, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(QStringLiteral("box")), 2);
    QVERIFY2(store.migrate(QStringLiteral("box"), kOutboxV2, &error), qPrintable(error));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT payload, attempts FROM box")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("a"));
    QCOMPARE(q.value(1).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
}

void TestLocalStore::componentsAreVersionedSeparately()
{
    QTemporaryDir dir;
    LocalStore store(StoreLocation { dir.filePath(QStringLiteral("s.sqlite")) });
    QString error;
    QVERIFY(store.open(&error));
    QVERIFY(store.migrate(QStringLiteral("box"), kOutboxV2, &error));
    QVERIFY(store.migrate(QStringLiteral("other"), { { QStringLiteral("CREATE TABLE other (x)") } }, &error));
    QCOMPARE(store.schemaVersion(QStringLiteral("box")), 2);
    QCOMPARE(store.schemaVersion(QStringLiteral("other")), 1);
}

void TestLocalStore::failingStepLeavesTheOldSchema()
{
    QTemporaryDir dir;
    LocalStore store(StoreLocation { dir.filePath(QStringLiteral("s.sqlite")) });
    QString error;
    QVERIFY(store.open(&error));
    const QList<QStringList> broken = {
        { QStringLiteral("CREATE TABLE good (x)") },
        { QStringLiteral("CREATE TABLE half (x)"), QStringLiteral("THIS IS NOT SQL") },
    };
    QVERIFY(!store.migrate(QStringLiteral("c"), broken, &error));
    QVERIFY2(error.contains(QStringLiteral("s.sqlite")) && error.contains(QStringLiteral("THIS IS NOT SQL")),
        qPrintable(error));
    // Step 1 and its bump rolled back together with the broken step 2: one transaction per call.
    QCOMPARE(store.schemaVersion(QStringLiteral("c")), 0);
    QSqlQuery q(store.database());
    QVERIFY(!q.exec(QStringLiteral("SELECT * FROM half")));
    // The connection is usable afterwards (no transaction left open).
    QVERIFY(store.migrate(QStringLiteral("c"), broken.mid(0, 1), &error));
    QCOMPARE(store.schemaVersion(QStringLiteral("c")), 1);
}

void TestLocalStore::refusesAStoreFromANewerPayRecon()
{
    QTemporaryDir dir;
    LocalStore store(StoreLocation { dir.filePath(QStringLiteral("s.sqlite")) });
    QString error;
    QVERIFY(store.open(&error));
    QVERIFY(store.migrate(QStringLiteral("box"), kOutboxV2, &error));
    QVERIFY(!store.migrate(QStringLiteral("box"), kOutboxV2.mid(0, 1), &error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    QCOMPARE(store.schemaVersion(QStringLiteral("box")), 2);
}

void TestLocalStore::newStoreFileIsOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    LocalStore store(StoreLocation { path });
    QString error;
    QVERIFY(store.open(&error));
    const auto perms = QFile::permissions(path);
    QVERIFY(perms & QFileDevice::ReadOwner);
    QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

void TestLocalStore::environmentOverridesTheDefaultPath()
{
    qputenv("PAYRECON_STORE", "/tmp/x/elsewhere.sqlite");
    QCOMPARE(LocalStore::defaultPath(), QStringLiteral("/tmp/x/elsewhere.sqlite"));
    qunsetenv("PAYRECON_STORE");
    QVERIFY(LocalStore::defaultPath().endsWith(QStringLiteral("/payrecon-store.sqlite")));
}

void TestLocalStore::missingFolderIsCreated()
{
    QTemporaryDir dir;
    LocalStore store(StoreLocation { dir.filePath(QStringLiteral("a/b/s.sqlite")) });
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("a/b/s.sqlite"))));
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
