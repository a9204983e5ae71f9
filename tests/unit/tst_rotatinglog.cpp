// RotatingLog: lines reach the file with time, level and category; files rotate by size and the oldest go;
// secrets and card numbers are masked before anything is written.
#include "logging/rotatinglog.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

Q_LOGGING_CATEGORY(lcTestLog, "payrecon.test", QtInfoMsg)

class TestRotatingLog final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { RotatingLog::uninstall(); }
    void writesTimeLevelCategoryAndMessage();
    void rotatesBySizeAndKeepsTheNewestFiles();
    void linesFromManyThreadsStayWhole();
    void redacts_data();
    void redacts();
    void redactsBeforeWriting();
    void cardNumbersNeverReachTheFile();

private:
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void TestRotatingLog::writesTimeLevelCategoryAndMessage()
{
    QTemporaryDir dir;
    RotatingLog::Options o;
    o.directory = dir.filePath(QStringLiteral("logs"));
    o.alsoToStderr = false;
    QVERIFY(RotatingLog::install(o));
    qCWarning(lcTestLog) << "ledger unreachable";
    qCInfo(lcTestLog) << "한글 메시지";
    const QString file = RotatingLog::currentFile();
    QCOMPARE(file, dir.filePath(QStringLiteral("logs/payrecon.log")));
    RotatingLog::uninstall();
    const QList<QByteArray> lines = readAll(file).split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last newline
    QVERIFY2(lines[0].contains(" W payrecon.test: ledger unreachable"), lines[0].constData());
    QVERIFY2(lines[1].contains(" I payrecon.test: 한글 메시지"), lines[1].constData());
    QVERIFY(
        QDateTime::fromString(QString::fromLatin1(lines[0].left(lines[0].indexOf(' '))), Qt::ISODateWithMs).isValid());
    QVERIFY(!(QFile::permissions(file) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
}

void TestRotatingLog::rotatesBySizeAndKeepsTheNewestFiles()
{
    QTemporaryDir dir;
    RotatingLog::Options o;
    o.directory = dir.path();
    o.maxBytes = 1000;
    o.keepFiles = 2;
    o.alsoToStderr = false;
    QVERIFY(RotatingLog::install(o));
    for (int i = 0; i < 100; ++i)
        qCWarning(lcTestLog, "line %03d %s", i, QByteArray(40, 'x').constData());
    RotatingLog::uninstall();
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files,
        QStringList(
            { QStringLiteral("payrecon.1.log"), QStringLiteral("payrecon.2.log"), QStringLiteral("payrecon.log") }));
    for (const QString &f : files)
        QVERIFY2(QFileInfo(dir.filePath(f)).size() <= 1000, qPrintable(f));
    // The newest line is in the current file, the ones before it in .1, and the oldest are gone.
    QVERIFY(readAll(dir.filePath(QStringLiteral("payrecon.log"))).contains("line 099"));
    const QByteArray older = readAll(dir.filePath(QStringLiteral("payrecon.1.log")));
    QVERIFY(!older.contains("line 099") && !older.isEmpty());
    QVERIFY(!readAll(dir.filePath(QStringLiteral("payrecon.2.log"))).contains("line 000"));
}

void TestRotatingLog::linesFromManyThreadsStayWhole()
{
    QTemporaryDir dir;
    RotatingLog::Options o;
    o.directory = dir.path();
    o.alsoToStderr = false;
    QVERIFY(RotatingLog::install(o));
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([t] {
            for (int i = 0; i < 500; ++i)
                qCWarning(lcTestLog, "thread %d message %d end", t, i);
        });
    for (auto &t : threads)
        t.join();
    RotatingLog::uninstall();
    const QList<QByteArray> lines = readAll(dir.filePath(QStringLiteral("payrecon.log"))).split('\n');
    QCOMPARE(lines.size(), 2001);
    for (qsizetype i = 0; i < 2000; ++i)
        QVERIFY2(lines[i].endsWith(" end") && lines[i].count("payrecon.test") == 1, lines[i].constData());
}

void TestRotatingLog::redacts_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");
    QTest::newRow("discord webhook") << QStringLiteral(
        "POST https://discord.com/api/webhooks/1234567890/AbC-dEf_123xyz failed")
                                     << QStringLiteral("AbC-dEf_123xyz") << QStringLiteral("webhooks/1234567890/****");
    QTest::newRow("basic auth header") << QStringLiteral("Authorization: Basic ZWxhc3RpYzpjaGFuZ2VtZQ== sent")
                                       << QStringLiteral("ZWxhc3RpYzpjaGFuZ2VtZQ")
                                       << QStringLiteral("Authorization: Basic ****");
    QTest::newRow("api key header") << QStringLiteral(
        "authorization=ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw")
                                    << QStringLiteral("VnVhQ2ZH") << QStringLiteral("ApiKey ****");
    QTest::newRow("password pair") << QStringLiteral("connect host=db password=hunter2 user=recon")
                                   << QStringLiteral("hunter2") << QStringLiteral("user=recon");
    QTest::newRow("json api key") << QStringLiteral(R"({"api_key": "s3cr3t-value", "index": "x"})")
                                  << QStringLiteral("s3cr3t-value") << QStringLiteral(R"("index": "x")");
    QTest::newRow("url credentials") << QStringLiteral("GET https://elastic:changeme@es.local:9200/")
                                     << QStringLiteral("changeme")
                                     << QStringLiteral("https://elastic:****@es.local:9200/");
    QTest::newRow("card number") << QStringLiteral("row 12: card 5570421234567729 rejected")
                                 << QStringLiteral("5570421234567729") << QStringLiteral("557042******7729");
    // Every written form ingestion knows; in a log even a number failing Luhn goes (no column tells an id from a card).
    QTest::newRow("card number dashed") << QStringLiteral("card 4111-1111-1111-1111 declined")
                                        << QStringLiteral("1111-1111-1111") << QStringLiteral("4111-11**-****-1111");
    QTest::newRow("card number spaced after a brand")
        << QStringLiteral("VISA 5409 2612 3456 7893 from the VAN") << QStringLiteral("2612 3456")
        << QStringLiteral("VISA 5409 26**");
    QTest::newRow("card number excel formula")
        << QStringLiteral("value =\"5409261234567893\" not an amount") << QStringLiteral("5409261234567893")
        << QStringLiteral("=\"540926******7893\"");
    QTest::newRow("card number full-width")
        << QStringLiteral("카드 ４１１１－１１１１－１１１１－１１１１")
        << QStringLiteral("１１１１－１１１１－１１１１") << QStringLiteral("카드 ４１１１－１１**－****－１１１１");
    QTest::newRow("nothing secret") << QStringLiteral("matched 4,942 rows in 31 ms") << QString()
                                    << QStringLiteral("matched 4,942 rows in 31 ms");
    QTest::newRow("transaction ids stay") << QStringLiteral("duplicate key 001267079368:approval") << QString()
                                          << QStringLiteral("001267079368:approval");
}

void TestRotatingLog::redacts()
{
    QFETCH(QString, message);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString out = RotatingLog::redact(message);
    if (!secret.isEmpty())
        QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(kept), qPrintable(out));
}

void TestRotatingLog::redactsBeforeWriting()
{
    QTemporaryDir dir;
    RotatingLog::Options o;
    o.directory = dir.path();
    o.alsoToStderr = false;
    QVERIFY(RotatingLog::install(o));
    qCWarning(lcTestLog) << "webhook https://discord.com/api/webhooks/42/TOPSECRETTOKEN returned 404";
    RotatingLog::uninstall();
    const QByteArray text = readAll(dir.filePath(QStringLiteral("payrecon.log")));
    QVERIFY(text.contains("webhooks/42/****"));
    QVERIFY(!text.contains("TOPSECRETTOKEN"));
}

void TestRotatingLog::cardNumbersNeverReachTheFile()
{
    QTemporaryDir dir;
    RotatingLog::Options o;
    o.directory = dir.path();
    o.alsoToStderr = false;
    QVERIFY(RotatingLog::install(o));
    // Assembled at run time, so no full card number sits in the source as one literal.
    const QString pan
        = QStringLiteral("5409") + QStringLiteral("2612") + QStringLiteral("3456") + QStringLiteral("7893");
    qCWarning(lcTestLog) << "rejected" << pan;
    const QString dotted = QStringList { pan.left(4), pan.mid(4, 4), pan.mid(8, 4), pan.mid(12) }.join(u'.');
    qCInfo(lcTestLog).noquote() << QStringLiteral("merchant \"카페 %1\"").arg(dotted);
    RotatingLog::uninstall();
    const QByteArray text = readAll(dir.filePath(QStringLiteral("payrecon.log")));
    QVERIFY2(text.contains("540926******7893") && text.contains("5409.26**.****.7893"), text.constData());
    QByteArray digits = text;
    digits.replace('.', "");
    QVERIFY2(!digits.contains(pan.toLatin1()), text.constData());
}

QTEST_GUILESS_MAIN(TestRotatingLog)
#include "tst_rotatinglog.moc"
