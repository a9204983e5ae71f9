// SqlLedgerSource and DemoLedger against a real MariaDB server started by mariadb-fixture.sh (ctest fixture
// "mariadb"). PAYRECON_MARIADB_ENV names the fixture's env file; without it the test skips (run by hand).
#include "domain/cardmask.h"
#include "ledger/demoledger.h"
#include "ledger/ledgerconnection.h"
#include "ledger/sqlledgersource.h"
#include "ledgersamples.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <limits>

using namespace LedgerSamples;

namespace { } // namespace

class TestMySqlLedger final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void testConnectionReportsServerVersion();
    void roundTripKeepsEveryField();
    void createSchemaTwiceKeepsRows();
    void multiRowInsertsKeepOrder();
    void rangeIsInclusiveLocalDates_data();
    void rangeIsInclusiveLocalDates();
    void loadsThroughUnixSocket();
    void decimalAmountsAndDatetimeColumnsOfACustomTable();
    void queryCannotWriteToTheLedger();
    void wrongPasswordIsAClearErrorWithoutThePassword();
    void twoConnectionsWithTheirOwnPasswordsInOneProcess();
    void unreachableServerIsAnError();
    void dumpLoadedByMariaDbClientReadsBackEqual();

private:
    /// The fixture's database with \a password.
    LedgerConnection connection(const QString &password) const;
    LedgerUrl url() const;
    bool exec(const QString &sql);

    QHash<QString, QString> m_env;
    QString m_admin = QStringLiteral("tst_mysqlledger.admin");
};

void TestMySqlLedger::initTestCase()
{
    const QString envPath = qEnvironmentVariable("PAYRECON_MARIADB_ENV");
    if (envPath.isEmpty())
        QSKIP("PAYRECON_MARIADB_ENV is not set: run through ctest, which starts the MariaDB fixture");
    // From here on the fixture claims a server: anything missing is a failure, never a skip.
    QFile file(envPath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(envPath + QStringLiteral(": ") + file.errorString()));
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    for (const char *key : { "PAYRECON_MARIADB_HOST", "PAYRECON_MARIADB_PORT", "PAYRECON_MARIADB_SOCKET",
             "PAYRECON_MARIADB_USER", "PAYRECON_MARIADB_DATABASE", "PAYRECON_LEDGER_PASSWORD" }) {
        QVERIFY2(m_env.contains(QLatin1String(key)), key);
    }
    // In-process code gets the password as a value (url()); nothing here may need the environment for it.
    qunsetenv(LedgerConnection::PasswordVariable);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), m_admin);
    db.setHostName(m_env.value(QStringLiteral("PAYRECON_MARIADB_HOST")));
    db.setPort(m_env.value(QStringLiteral("PAYRECON_MARIADB_PORT")).toInt());
    db.setDatabaseName(m_env.value(QStringLiteral("PAYRECON_MARIADB_DATABASE")));
    db.setUserName(m_env.value(QStringLiteral("PAYRECON_MARIADB_USER")));
    db.setPassword(m_env.value(QStringLiteral("PAYRECON_LEDGER_PASSWORD")));
    db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
}

void TestMySqlLedger::init()
{
    QVERIFY(exec(QStringLiteral("DROP TABLE IF EXISTS payments")));
}

void TestMySqlLedger::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(m_admin);
}

LedgerConnection TestMySqlLedger::connection(const QString &password) const
{
    return { QStringLiteral("mysql://%1@%2:%3/%4")
                 .arg(m_env.value(QStringLiteral("PAYRECON_MARIADB_USER")),
                     m_env.value(QStringLiteral("PAYRECON_MARIADB_HOST")),
                     m_env.value(QStringLiteral("PAYRECON_MARIADB_PORT")),
                     m_env.value(QStringLiteral("PAYRECON_MARIADB_DATABASE"))),
        password };
}

LedgerUrl TestMySqlLedger::url() const
{
    QString error;
    const std::optional<LedgerUrl> parsed
        = connection(m_env.value(QStringLiteral("PAYRECON_LEDGER_PASSWORD"))).parse(&error);
    if (!parsed)
        qFatal("cannot parse the test URL: %s", qPrintable(error));
    return *parsed;
}

bool TestMySqlLedger::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_admin));
    if (query.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

void TestMySqlLedger::testConnectionReportsServerVersion()
{
    QString message;
    QVERIFY2(SqlLedgerSource::testConnection(url(), &message), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("MariaDB")), qPrintable(message));
    QVERIFY(!message.contains(url().password));
}

void TestMySqlLedger::roundTripKeepsEveryField()
{
    QSqlDatabase db = QSqlDatabase::database(m_admin);
    QString error;
    QVERIFY2(DemoLedger::createSchema(db, &error), qPrintable(error));
    const RecordTable expected = sampleTable();
    QVERIFY2(DemoLedger::insert(db, expected, &error), qPrintable(error));

    const LedgerLoadResult result = SqlLedgerSource(url()).load();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rejectedCount, 0);
    compareTables(result.table, expected);

    // What the server holds is Seoul wall-clock time, with the leading zeros and 4-byte UTF-8 intact.
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT DATE_FORMAT(occurred_at, '%Y-%m-%d %H:%i:%s'), transaction_id "
                                      "FROM payments ORDER BY id LIMIT 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("2024-03-01 09:15:30"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("000123"));
    QVERIFY(query.exec(QStringLiteral("SELECT LENGTH(category) FROM payments WHERE transaction_id = 'T-10'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 12); // "😀 utf8mb4" takes 12 bytes only when the emoji is stored as 4-byte UTF-8
}

void TestMySqlLedger::createSchemaTwiceKeepsRows()
{
    QSqlDatabase db = QSqlDatabase::database(m_admin);
    QString error;
    QVERIFY2(DemoLedger::createSchema(db, &error), qPrintable(error));
    QVERIFY2(DemoLedger::insert(db, sampleTable(), &error), qPrintable(error));
    QVERIFY2(DemoLedger::createSchema(db, &error), qPrintable(error));
    QCOMPARE(SqlLedgerSource(url()).load().table.size(), sampleTable().size());
}

void TestMySqlLedger::multiRowInsertsKeepOrder()
{
    QSqlDatabase db = QSqlDatabase::database(m_admin);
    QString error;
    QVERIFY2(DemoLedger::createSchema(db, &error), qPrintable(error));
    const RecordTable expected = generatedTable(2 * 64 * 10 + 7);
    QVERIFY2(DemoLedger::insert(db, expected, &error), qPrintable(error));
    const LedgerLoadResult result = SqlLedgerSource(url()).load();
    QVERIFY2(result.ok(), qPrintable(result.error));
    compareTables(result.table, expected);
}

void TestMySqlLedger::rangeIsInclusiveLocalDates_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("one day: 00:00:00 and 23:59:59 in, next midnight out")
        << QDate(2024, 3, 1) << QDate(2024, 3, 1)
        << QStringList { QStringLiteral("000123"), QStringLiteral("000123"), QStringLiteral("0000000001"),
               QStringLiteral("T-9"), QStringLiteral("T-10"), QStringLiteral("000123") };
    QTest::newRow("to only") << QDate() << QDate(2024, 2, 29)
                             << QStringList { QStringLiteral("T-12"), QStringLiteral("DST-1988") };
    QTest::newRow("from only") << QDate(2024, 3,
        2) << QDate() << QStringList { QStringLiteral("T-11"), QStringLiteral("T-13"), QStringLiteral("T-14") };
    QTest::newRow("daylight-saving day") << QDate(1988, 7, 1) << QDate(1988, 7, 1)
                                         << QStringList { QStringLiteral("DST-1988") };
    QTest::newRow("empty range") << QDate(2023, 1, 1) << QDate(2023, 12, 31) << QStringList {};
}

void TestMySqlLedger::rangeIsInclusiveLocalDates()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);

    QSqlDatabase db = QSqlDatabase::database(m_admin);
    QString error;
    QVERIFY2(DemoLedger::createSchema(db, &error), qPrintable(error));
    QVERIFY2(DemoLedger::insert(db, sampleTable(), &error), qPrintable(error));
    SqlLedgerSource source(url());
    source.setRange(from, to);
    const LedgerLoadResult result = source.load();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(ids(result.table), expected);
}

void TestMySqlLedger::loadsThroughUnixSocket()
{
    QSqlDatabase db = QSqlDatabase::database(m_admin);
    QString error;
    QVERIFY2(DemoLedger::createSchema(db, &error), qPrintable(error));
    QVERIFY2(DemoLedger::insert(db, sampleTable(), &error), qPrintable(error));

    const std::optional<LedgerUrl> socketUrl
        = LedgerConnection { QStringLiteral("mysql://%1@localhost/%2?socket=%3")
                                 .arg(m_env.value(QStringLiteral("PAYRECON_MARIADB_USER")),
                                     m_env.value(QStringLiteral("PAYRECON_MARIADB_DATABASE")),
                                     m_env.value(QStringLiteral("PAYRECON_MARIADB_SOCKET"))),
              m_env.value(QStringLiteral("PAYRECON_LEDGER_PASSWORD")) }
              .parse(&error);
    QVERIFY2(socketUrl, qPrintable(error));
    const LedgerLoadResult result = SqlLedgerSource(*socketUrl).load();
    QVERIFY2(result.ok(), qPrintable(result.error));
    compareTables(result.table, sampleTable());
}

void TestMySqlLedger::decimalAmountsAndDatetimeColumnsOfACustomTable()
{
    QVERIFY(exec(QStringLiteral("DROP TABLE IF EXISTS shop_sales")));
    QVERIFY(exec(QStringLiteral("CREATE TABLE shop_sales (pay_no CHAR(8), won DECIMAL(15,2), paid DATETIME(3), "
                                "status VARCHAR(8), months TINYINT) DEFAULT CHARSET=utf8mb4")));
    QVERIFY(exec(QStringLiteral("INSERT INTO shop_sales VALUES ('00000042', 99999999999.00, '2024-05-01 08:00:00.125', "
                                "'승인', 2), ('00000043', -5000.00, '2024-05-01 09:00:00', '승인', NULL), "
                                "('00000044', 12.50, '2024-05-01 10:00:00', 'approval', 0)")));
    SqlLedgerSource source(url());
    source.setQuery(
        QStringLiteral("SELECT pay_no AS transaction_id, won AS amount, paid AS occurred_at, status AS kind, "
                       "months AS installment_months FROM shop_sales "
                       "WHERE paid >= :from AND paid < :to ORDER BY pay_no"));
    source.setRange(QDate(2024, 5, 1), QDate(2024, 5, 1));
    const LedgerLoadResult result = source.load();
    QVERIFY(exec(QStringLiteral("DROP TABLE shop_sales")));
    QVERIFY2(result.ok(), qPrintable(result.error));

    QCOMPARE(ids(result.table), (QStringList { QStringLiteral("00000042"), QStringLiteral("00000043") }));
    PaymentRecord first
        = record(QStringLiteral("00000042"), PaymentKind::Approval, 99999999999, seoulMs(2024, 5, 1, 8, 0, 0) + 125);
    first.installmentMonths = 2;
    compareRecords(result.table.record(0), first);
    QCOMPARE(result.table.kind(1), PaymentKind::Cancel);
    QCOMPARE(result.table.amount(1), 5000);
    // 12.50 won is not a whole amount: reported with its row, never rounded.
    QCOMPARE(result.rejectedCount, 1);
    QCOMPARE(result.rejected.front().line, 3);
    QCOMPARE(result.rejected.front().column, QStringLiteral("amount"));
    QCOMPARE(result.rejected.front().value, QStringLiteral("12.50"));
}

void TestMySqlLedger::queryCannotWriteToTheLedger()
{
    QSqlDatabase db = QSqlDatabase::database(m_admin);
    QString error;
    QVERIFY2(DemoLedger::createSchema(db, &error), qPrintable(error));
    QVERIFY2(DemoLedger::insert(db, sampleTable(), &error), qPrintable(error));
    SqlLedgerSource source(url());
    source.setQuery(QStringLiteral("DELETE FROM payments"));
    QVERIFY(!source.load().ok());
    QCOMPARE(SqlLedgerSource(url()).load().table.size(), sampleTable().size());
}

void TestMySqlLedger::wrongPasswordIsAClearErrorWithoutThePassword()
{
    LedgerUrl wrong = url();
    wrong.password = QStringLiteral("not-the-password-4711");
    const LedgerLoadResult result = SqlLedgerSource(wrong).load();
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("Access denied")), qPrintable(result.error));
    QVERIFY2(result.error.contains(wrong.redacted()), qPrintable(result.error));
    QVERIFY(!result.error.contains(wrong.password));

    QString message;
    QVERIFY(!SqlLedgerSource::testConnection(wrong, &message));
    QVERIFY2(message.contains(QLatin1String("Access denied")), qPrintable(message));
    QVERIFY(!message.contains(wrong.password));
}

void TestMySqlLedger::twoConnectionsWithTheirOwnPasswordsInOneProcess()
{
    // The password travels with its connection: a wrong one for one load does not touch another's, and nothing
    // reads or writes PAYRECON_LEDGER_PASSWORD on the way.
    QSqlDatabase db = QSqlDatabase::database(m_admin);
    QString error;
    QVERIFY2(DemoLedger::createSchema(db, &error), qPrintable(error));
    QVERIFY2(DemoLedger::insert(db, sampleTable(), &error), qPrintable(error));
    const LedgerConnection right = connection(m_env.value(QStringLiteral("PAYRECON_LEDGER_PASSWORD")));
    const LedgerConnection wrong = connection(QStringLiteral("not-the-password-0815"));
    const std::optional<LedgerUrl> rightUrl = right.parse(&error);
    const std::optional<LedgerUrl> wrongUrl = wrong.parse(&error);
    QVERIFY(rightUrl && wrongUrl);
    const LedgerLoadResult refused = SqlLedgerSource(*wrongUrl).load();
    const LedgerLoadResult loaded = SqlLedgerSource(*rightUrl).load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.table.size(), sampleTable().size());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QLatin1String("Access denied")), qPrintable(refused.error));
    QVERIFY(!qEnvironmentVariableIsSet(LedgerConnection::PasswordVariable));
}

void TestMySqlLedger::unreachableServerIsAnError()
{
    LedgerUrl closed = url();
    closed.port = 1; // nothing listens on tcpmux: refused at once
    QElapsedTimer timer;
    timer.start();
    const LedgerLoadResult result = SqlLedgerSource(closed).load();
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("Can't connect")), qPrintable(result.error));
    QVERIFY(timer.elapsed() < 15000);
}

void TestMySqlLedger::dumpLoadedByMariaDbClientReadsBackEqual()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RecordTable expected = sampleTable();
    const RecordTable more = generatedTable(2345); // several INSERT statements of 1000 rows
    for (qsizetype i = 0; i < more.size(); ++i) {
        const PaymentRecord r = more.record(i);
        append(expected, r);
    }
    const QString dump = dir.filePath(QStringLiteral("ledger.sql"));
    QString error;
    QVERIFY2(DemoLedger::writeMySqlDump(dump, expected, &error), qPrintable(error));

    // The password goes in an option file, not on a command line other processes can read.
    const QString options = dir.filePath(QStringLiteral("client.cnf"));
    QFile cnf(options);
    QVERIFY(cnf.open(QIODevice::WriteOnly));
    cnf.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    cnf.write("[client]\npassword=\"" + m_env.value(QStringLiteral("PAYRECON_LEDGER_PASSWORD")).toUtf8() + "\"\n");
    cnf.close();

    QProcess client;
    client.setStandardInputFile(dump);
    client.start(m_env.value(QStringLiteral("PAYRECON_MARIADB_CLIENT"), QStringLiteral("mariadb")),
        { QStringLiteral("--defaults-file=") + options, QStringLiteral("--protocol=TCP"),
            QStringLiteral("-h") + m_env.value(QStringLiteral("PAYRECON_MARIADB_HOST")),
            QStringLiteral("-P") + m_env.value(QStringLiteral("PAYRECON_MARIADB_PORT")),
            QStringLiteral("-u") + m_env.value(QStringLiteral("PAYRECON_MARIADB_USER")),
            m_env.value(QStringLiteral("PAYRECON_MARIADB_DATABASE")) });
    QVERIFY2(client.waitForStarted(), qPrintable(client.errorString()));
    QVERIFY(client.waitForFinished(30000));
    QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0,
        client.readAllStandardError().constData());

    const LedgerLoadResult result = SqlLedgerSource(url()).load();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rejectedCount, 0);
    compareTables(result.table, expected);
}

QTEST_GUILESS_MAIN(TestMySqlLedger)
#include "tst_mysqlledger.moc"
