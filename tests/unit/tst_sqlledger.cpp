// SqlLedgerSource and DemoLedger on SQLite: round trip of every field, date ranges, custom queries, bad rows.
#include "domain/cardmask.h"
#include "ledger/demoledger.h"
#include "ledger/sqlledgersource.h"
#include "ledgersamples.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <limits>
#include <thread>

Q_DECLARE_METATYPE(PaymentRecord)

using namespace LedgerSamples;

namespace {

LedgerUrl sqliteUrl(const QString &path)
{
    LedgerUrl url;
    url.driver = LedgerUrl::Driver::Sqlite;
    url.path = path;
    return url;
}

/// Runs SQL statements on the file through a connection of the test's own, closed before loading.
bool execSql(const QString &path, const QStringList &statements, QString *error)
{
    const QString name = QStringLiteral("tst_sqlledger.raw");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            if (ok && !query.exec(sql)) {
                *error = sql + QStringLiteral(": ") + query.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// An INSERT into payments of a valid row, with one column replaced by a raw SQL literal.
QString rawInsert(const QString &id, const QString &column = QString(), const QString &sqlValue = QString())
{
    QStringList names { QStringLiteral("transaction_id"), QStringLiteral("kind"), QStringLiteral("amount"),
        QStringLiteral("occurred_at"), QStringLiteral("installment_months") };
    QStringList values { u'\'' + id + u'\'', QStringLiteral("'approval'"), QStringLiteral("1000"),
        QStringLiteral("'2024-03-01 09:00:00'"), QStringLiteral("0") };
    if (!column.isEmpty()) {
        const qsizetype at = names.indexOf(column);
        if (at >= 0) {
            values[at] = sqlValue;
        } else {
            names << column;
            values << sqlValue;
        }
    }
    return QStringLiteral("INSERT INTO payments (%1) VALUES (%2)")
        .arg(names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}
} // namespace

class TestSqlLedger final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void roundTripKeepsEveryField();
    void storesSeoulLocalTimeAndLoadsUtc();
    void rangeIsInclusiveLocalDates_data();
    void rangeIsInclusiveLocalDates();
    void customQueryWithAliasedColumns();
    void queryWithoutPlaceholdersReturnsEverything();
    void missingRequiredAliasIsFatalAndNamesThem();
    void nonSelectQueryIsRefused();
    void acceptsLedgerSpellings_data();
    void acceptsLedgerSpellings();
    void rejectsBadRowsWithRowNumberAndColumn_data();
    void rejectsBadRowsWithRowNumberAndColumn();
    void rejectedListIsCappedButCountIsExact();
    void missingFileIsAnErrorAndNotCreated();
    void progressEvery65536RowsAndAtEnd();
    void cancelFlagStopsTheLoad();
    void parallelLoadsUseSeparateConnections();
    void writeSqliteReplacesExistingFile();
    void testConnectionReportsSqliteVersion();

private:
    QString writeSample(const RecordTable &table);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSqlLedger::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestSqlLedger::writeSample(const RecordTable &table)
{
    const QString path = m_dir->filePath(QStringLiteral("ledger.db"));
    QString error;
    if (!DemoLedger::writeSqlite(path, table, &error))
        qWarning("writeSqlite failed: %s", qPrintable(error));
    return path;
}

void TestSqlLedger::roundTripKeepsEveryField()
{
    const RecordTable expected = sampleTable();
    const QString path = writeSample(expected);

    const LedgerLoadResult result = SqlLedgerSource(sqliteUrl(path)).load();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rejectedCount, 0);
    compareTables(result.table, expected);
    QCOMPARE(QString::fromUtf8(result.table.transactionId(2)), QStringLiteral("0000000001"));
    QCOMPARE(
        QString::fromUtf8(result.table.text(0, RecordTable::Text::CardNumber)), QStringLiteral("123456******3456"));
}

void TestSqlLedger::storesSeoulLocalTimeAndLoadsUtc()
{
    const QString path = writeSample(sampleTable());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tz"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("SELECT transaction_id, occurred_at FROM payments WHERE id IN (1, 8) ORDER BY id")));
        QVERIFY(query.next());
        QCOMPARE(query.value(1).toString(), QStringLiteral("2024-03-01 09:15:30")); // UTC+9
        QVERIFY(query.next());
        QCOMPARE(query.value(1).toString(), QStringLiteral("1988-07-01 12:00:00")); // UTC+10, Korean summer time
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tz"));

    const LedgerLoadResult result = SqlLedgerSource(sqliteUrl(path)).load();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.table.record(0).occurredAt, QDateTime(QDate(2024, 3, 1), QTime(0, 15, 30), Qt::UTC));
    QCOMPARE(result.table.record(7).occurredAt, QDateTime(QDate(1988, 7, 1), QTime(2, 0, 0), Qt::UTC));
}

void TestSqlLedger::rangeIsInclusiveLocalDates_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("unset: everything") << QDate() << QDate()
                                       << QStringList { QStringLiteral("000123"), QStringLiteral("000123"),
                                              QStringLiteral("0000000001"), QStringLiteral("T-9"),
                                              QStringLiteral("T-10"), QStringLiteral("T-11"), QStringLiteral("T-12"),
                                              QStringLiteral("DST-1988"), QStringLiteral("T-13"),
                                              QStringLiteral("T-14"), QStringLiteral("000123") };
    QTest::newRow("one day: 00:00:00 and 23:59:59 in, next midnight out")
        << QDate(2024, 3, 1) << QDate(2024, 3, 1)
        << QStringList { QStringLiteral("000123"), QStringLiteral("000123"), QStringLiteral("0000000001"),
               QStringLiteral("T-9"), QStringLiteral("T-10"), QStringLiteral("000123") };
    QTest::newRow("to only") << QDate() << QDate(2024, 2, 29)
                             << QStringList { QStringLiteral("T-12"), QStringLiteral("DST-1988") };
    QTest::newRow("from only") << QDate(2024, 3,
        2) << QDate() << QStringList { QStringLiteral("T-11"), QStringLiteral("T-13"), QStringLiteral("T-14") };
    QTest::newRow("last day of the year")
        << QDate(2024, 12, 31) << QDate(2024, 12, 31) << QStringList { QStringLiteral("T-13") };
    QTest::newRow("daylight-saving day") << QDate(1988, 7, 1) << QDate(1988, 7, 1)
                                         << QStringList { QStringLiteral("DST-1988") };
    QTest::newRow("empty range") << QDate(2023, 1, 1) << QDate(2023, 12, 31) << QStringList {};
    QTest::newRow("calendar limits: open ends")
        << QDate(1, 1, 1) << QDate(9999, 12, 31)
        << QStringList { QStringLiteral("000123"), QStringLiteral("000123"), QStringLiteral("0000000001"),
               QStringLiteral("T-9"), QStringLiteral("T-10"), QStringLiteral("T-11"), QStringLiteral("T-12"),
               QStringLiteral("DST-1988"), QStringLiteral("T-13"), QStringLiteral("T-14"), QStringLiteral("000123") };
}

void TestSqlLedger::rangeIsInclusiveLocalDates()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);

    SqlLedgerSource source(sqliteUrl(writeSample(sampleTable())));
    source.setRange(from, to);
    const LedgerLoadResult result = source.load();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(ids(result.table), expected);
}

void TestSqlLedger::customQueryWithAliasedColumns()
{
    const QString path = m_dir->filePath(QStringLiteral("shop.db"));
    QString error;
    QVERIFY2(
        execSql(path,
            { QStringLiteral("CREATE TABLE sales (pay_no TEXT, amt INTEGER, paid_at TEXT, status TEXT, shop TEXT, "
                             "pan TEXT)"),
                QStringLiteral("INSERT INTO sales VALUES ('0042', 5000, '2024-05-01 08:00:00', '승인', '본점', "
                               "'4111 1111 1111 1111')"),
                QStringLiteral("INSERT INTO sales VALUES ('0043', -5000, '2024-05-01 09:00:00', '승인', '본점', NULL)"),
                QStringLiteral(
                    "INSERT INTO sales VALUES ('0044', 7000, '2024-05-02 09:00:00', '취소', '지점', NULL)") },
            &error),
        qPrintable(error));

    SqlLedgerSource source(sqliteUrl(path));
    source.setQuery(
        QStringLiteral("SELECT pay_no AS transaction_id, amt AS amount, paid_at AS occurred_at, status AS kind, "
                       "shop AS merchant_name, pan AS card_number FROM sales "
                       "WHERE paid_at >= :from AND paid_at < :to ORDER BY pay_no"));
    source.setRange(QDate(2024, 5, 1), QDate(2024, 5, 1));
    const LedgerLoadResult result = source.load();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(ids(result.table), (QStringList { QStringLiteral("0042"), QStringLiteral("0043") }));

    PaymentRecord first = record(QStringLiteral("0042"), PaymentKind::Approval, 5000, seoulMs(2024, 5, 1, 8, 0, 0));
    first.merchantName = QStringLiteral("본점");
    first.cardNumber = QStringLiteral("411111******1111"); // masked as it is read
    compareRecords(result.table.record(0), first);
    // A negative amount is a cancellation of its magnitude, whatever the kind column says.
    QCOMPARE(result.table.kind(1), PaymentKind::Cancel);
    QCOMPARE(result.table.amount(1), 5000);
}

void TestSqlLedger::queryWithoutPlaceholdersReturnsEverything()
{
    SqlLedgerSource source(sqliteUrl(writeSample(sampleTable())));
    source.setQuery(
        QStringLiteral("SELECT transaction_id, amount, occurred_at FROM payments WHERE kind = 'cancel' ORDER BY id"));
    source.setRange(QDate(2030, 1, 1), QDate(2030, 1, 1)); // nothing to bind it to: ignored
    const LedgerLoadResult result = source.load();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(ids(result.table),
        (QStringList { QStringLiteral("000123"), QStringLiteral("T-11"), QStringLiteral("000123") }));
    // Without a kind column every row is an approval.
    QCOMPARE(result.table.kind(0), PaymentKind::Approval);
}

void TestSqlLedger::missingRequiredAliasIsFatalAndNamesThem()
{
    SqlLedgerSource source(sqliteUrl(writeSample(sampleTable())));
    source.setQuery(QStringLiteral("SELECT transaction_id, kind, amount AS won, occurred_at AS paid FROM payments"));
    const LedgerLoadResult result = source.load();
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("amount, occurred_at")), qPrintable(result.error));
    QVERIFY(result.table.isEmpty());
}

void TestSqlLedger::nonSelectQueryIsRefused()
{
    const QString path = writeSample(sampleTable());
    SqlLedgerSource source(sqliteUrl(path));
    source.setQuery(QStringLiteral("DELETE FROM payments"));
    const LedgerLoadResult result = source.load();
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("SELECT")), qPrintable(result.error));

    const LedgerLoadResult after = SqlLedgerSource(sqliteUrl(path)).load();
    QCOMPARE(after.table.size(), sampleTable().size());
}

void TestSqlLedger::acceptsLedgerSpellings_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("sqlValue");
    QTest::addColumn<PaymentRecord>("expected");

    const PaymentRecord base = record(QStringLiteral("X1"), PaymentKind::Approval, 1000, seoulMs(2024, 3, 1, 9, 0, 0));
    PaymentRecord r = base;
    QTest::newRow("kind 승인") << QStringLiteral("kind") << QStringLiteral("'승인'") << base;
    r.kind = PaymentKind::Cancel;
    QTest::newRow("kind 취소") << QStringLiteral("kind") << QStringLiteral("'취소'") << r;
    QTest::newRow("kind upper case") << QStringLiteral("kind") << QStringLiteral("'CANCEL'") << r;
    QTest::newRow("kind padded") << QStringLiteral("kind") << QStringLiteral("' Approval '") << base;
    QTest::newRow("negative amount is a cancel") << QStringLiteral("amount") << QStringLiteral("-1000") << r;
    QTest::newRow("amount as text") << QStringLiteral("amount") << QStringLiteral("' 1000 '") << base;
    QTest::newRow("amount with zero fraction") << QStringLiteral("amount") << QStringLiteral("'1000.00'") << base;
    QTest::newRow("amount as integral real") << QStringLiteral("amount") << QStringLiteral("1000.0") << base;
    QTest::newRow("time with T") << QStringLiteral("occurred_at") << QStringLiteral("'2024-03-01T09:00:00'") << base;
    r = base;
    r.occurredAt = r.occurredAt.addMSecs(250);
    QTest::newRow("time with fraction") << QStringLiteral("occurred_at") << QStringLiteral("'2024-03-01 09:00:00.25'")
                                        << r;
    r = base;
    r.cardNumber = QStringLiteral("123456******3456");
    QTest::newRow("card number masked") << QStringLiteral("card_number") << QStringLiteral("'1234 5678 9012 3456'")
                                        << r;
    QTest::newRow("installment 일시불") << QStringLiteral("installment_months") << QStringLiteral("'일시불'") << base;
    r = base;
    r.installmentMonths = 6;
    QTest::newRow("installment as text") << QStringLiteral("installment_months") << QStringLiteral("'06'") << r;
    r = base;
    r.merchantName = QStringLiteral("가맹점");
    QTest::newRow("text trimmed") << QStringLiteral("merchant_name") << QStringLiteral("'  가맹점 '") << r;
    r = base;
    r.transactionId = QStringLiteral("007");
    QTest::newRow("id trimmed, zeros kept") << QStringLiteral("transaction_id") << QStringLiteral("' 007 '") << r;
    // A card number in any other text column is masked where it stands; the ids are keys and stay as they are.
    r = base;
    r.merchantName = QStringLiteral("카페 5409-26**-****-7893");
    QTest::newRow("merchant name holding a card number")
        << QStringLiteral("merchant_name") << QStringLiteral("'카페 5409-' || '2612-3456-7893'") << r;
    r = base;
    r.customerId = QStringLiteral("=\"540926******7893\"");
    QTest::newRow("customer id holding a card number")
        << QStringLiteral("customer_id") << QStringLiteral("'=\"54092612' || '34567893\"'") << r;
    r = base;
    r.category = QStringLiteral("４１１１１１******１１１１");
    QTest::newRow("category holding a full-width card number")
        << QStringLiteral("category") << QStringLiteral("'４１１１１１１１' || '１１１１１１１１'") << r;
    r = base;
    r.cardCompany = QStringLiteral("VISA 4111 11** **** 1111");
    QTest::newRow("card company holding a card number")
        << QStringLiteral("card_company") << QStringLiteral("'VISA 4111 1111 ' || '1111 1111'") << r;
    r = base;
    r.merchantId = QStringLiteral("M 411111******1111");
    QTest::newRow("merchant id holding a card number")
        << QStringLiteral("merchant_id") << QStringLiteral("'M 41111111' || '11111111'") << r;
    r = base;
    r.merchantName = QStringLiteral("010-1234-5678 2026-03-01 09:00:00 1,234,567,890");
    QTest::newRow("other numbers kept") << QStringLiteral("merchant_name")
                                        << QStringLiteral("'010-1234-5678 2026-03-01 09:00:00 1,234,567,890'") << r;
    r = base;
    r.transactionId = QStringLiteral("4000123412341234");
    QTest::newRow("id passing luhn kept")
        << QStringLiteral("transaction_id") << QStringLiteral("'4000123412341234'") << r;
    r = base;
    r.approvalNo = QStringLiteral("4000123412341234");
    QTest::newRow("approval number passing luhn kept")
        << QStringLiteral("approval_no") << QStringLiteral("'4000123412341234'") << r;
}

void TestSqlLedger::acceptsLedgerSpellings()
{
    QFETCH(QString, column);
    QFETCH(QString, sqlValue);
    QFETCH(PaymentRecord, expected);

    const QString path = writeSample(RecordTable());
    QString error;
    QVERIFY2(execSql(path, { rawInsert(QStringLiteral("X1"), column, sqlValue) }, &error), qPrintable(error));
    const LedgerLoadResult result = SqlLedgerSource(sqliteUrl(path)).load();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.rejected.empty(), result.rejected.empty() ? "" : qPrintable(result.rejected.front().reason));
    QCOMPARE(result.table.size(), 1);
    compareRecords(result.table.record(0), expected);
}

void TestSqlLedger::rejectsBadRowsWithRowNumberAndColumn_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("sqlValue");
    QTest::addColumn<QString>("value");

    QTest::newRow("empty transaction id") << QStringLiteral("transaction_id") << QStringLiteral("''") << QString();
    QTest::newRow("blank transaction id")
        << QStringLiteral("transaction_id") << QStringLiteral("'   '") << QStringLiteral("   ");
    QTest::newRow("amount with unit") << QStringLiteral("amount") << QStringLiteral("'12,000원'")
                                      << QStringLiteral("12,000원");
    QTest::newRow("amount with fraction")
        << QStringLiteral("amount") << QStringLiteral("1500.5") << QStringLiteral("1500.5");
    QTest::newRow("amount empty") << QStringLiteral("amount") << QStringLiteral("''") << QString();
    // Text that sorts outside the default query's bounds never reaches the loader, so the garbage starts with a date.
    QTest::newRow("time words") << QStringLiteral("occurred_at") << QStringLiteral("'2024-03-01 noon'")
                                << QStringLiteral("2024-03-01 noon");
    QTest::newRow("time impossible date") << QStringLiteral("occurred_at") << QStringLiteral("'2024-02-30 10:00:00'")
                                          << QStringLiteral("2024-02-30 10:00:00");
    QTest::newRow("time without seconds")
        << QStringLiteral("occurred_at") << QStringLiteral("'2024-03-01 10:00'") << QStringLiteral("2024-03-01 10:00");
    QTest::newRow("kind unknown") << QStringLiteral("kind") << QStringLiteral("'refund'") << QStringLiteral("refund");
    QTest::newRow("kind holding a card number, masked")
        << QStringLiteral("kind") << QStringLiteral("'4111-1111-1111-1111'") << QStringLiteral("411111******1111");
    QTest::newRow("kind empty") << QStringLiteral("kind") << QStringLiteral("''") << QString();
    QTest::newRow("installment not a number")
        << QStringLiteral("installment_months") << QStringLiteral("'many'") << QStringLiteral("many");
    QTest::newRow("installment out of range")
        << QStringLiteral("installment_months") << QStringLiteral("120") << QStringLiteral("120");
}

void TestSqlLedger::rejectsBadRowsWithRowNumberAndColumn()
{
    QFETCH(QString, column);
    QFETCH(QString, sqlValue);
    QFETCH(QString, value);

    const QString path = writeSample(RecordTable());
    QString error;
    QVERIFY2(execSql(path,
                 { rawInsert(QStringLiteral("A")), rawInsert(QStringLiteral("B")),
                     rawInsert(QStringLiteral("BAD"), column, sqlValue), rawInsert(QStringLiteral("C")) },
                 &error),
        qPrintable(error));
    const LedgerUrl url = sqliteUrl(path);
    const LedgerLoadResult result = SqlLedgerSource(url).load();
    QVERIFY2(result.ok(), qPrintable(result.error)); // bad rows are reported, not fatal
    QCOMPARE(ids(result.table), (QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }));
    QCOMPARE(result.table.sourceLine(2), 4);
    QCOMPARE(result.rejectedCount, 1);
    QCOMPARE(result.rejected.size(), size_t(1));
    const RejectedRow &rejected = result.rejected.front();
    QCOMPARE(rejected.file, url.redacted());
    QCOMPARE(rejected.line, 3);
    QCOMPARE(rejected.column, column);
    QVERIFY(rejected.columnIndex > 0);
    QCOMPARE(rejected.value, value);
    QVERIFY(!rejected.reason.isEmpty());
}

void TestSqlLedger::rejectedListIsCappedButCountIsExact()
{
    const QString path = writeSample(RecordTable());
    QString error;
    QVERIFY2(execSql(path,
                 { rawInsert(QStringLiteral("A"), QStringLiteral("kind"), QStringLiteral("'x'")),
                     rawInsert(QStringLiteral("B"), QStringLiteral("kind"), QStringLiteral("'y'")),
                     rawInsert(QStringLiteral("C")) },
                 &error),
        qPrintable(error));
    SqlLedgerSource source(sqliteUrl(path));
    source.setRejectedLimit(1);
    const LedgerLoadResult result = source.load();
    QCOMPARE(result.rejectedCount, 2);
    QCOMPARE(result.rejected.size(), size_t(1));
    QCOMPARE(result.rejected.front().line, 1);
    QCOMPARE(result.table.size(), 1);
}

void TestSqlLedger::missingFileIsAnErrorAndNotCreated()
{
    const QString path = m_dir->filePath(QStringLiteral("typo.db"));
    const LedgerLoadResult result = SqlLedgerSource(sqliteUrl(path)).load();
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
    QVERIFY(!QFile::exists(path));
    QString message;
    QVERIFY(!SqlLedgerSource::testConnection(sqliteUrl(path), &message));
    QVERIFY(!message.isEmpty());
}

void TestSqlLedger::progressEvery65536RowsAndAtEnd()
{
    SqlLedgerSource source(sqliteUrl(writeSample(generatedTable(70000))));
    std::vector<qint64> reports;
    source.setProgress([&reports](qint64 rows) { reports.push_back(rows); });
    const LedgerLoadResult result = source.load();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.table.size(), 70000);
    QCOMPARE(reports, (std::vector<qint64> { 65536, 70000 }));
    QCOMPARE(QString::fromUtf8(result.table.transactionId(69999)), QStringLiteral("0000069999"));
    QCOMPARE(result.table.kind(69999), PaymentKind::Cancel);
}

void TestSqlLedger::cancelFlagStopsTheLoad()
{
    const QString path = writeSample(generatedTable(70000));
    std::atomic_bool cancel { true };
    SqlLedgerSource before(sqliteUrl(path));
    before.setCancelFlag(&cancel);
    LedgerLoadResult result = before.load();
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok());
    QVERIFY(result.table.isEmpty());

    // Cancelled while streaming: the flag is polled at every progress report.
    cancel = false;
    SqlLedgerSource during(sqliteUrl(path));
    during.setCancelFlag(&cancel);
    during.setProgress([&cancel](qint64) { cancel = true; });
    result = during.load();
    QVERIFY(result.cancelled);
    QVERIFY(result.table.isEmpty());
}

void TestSqlLedger::parallelLoadsUseSeparateConnections()
{
    const QString path = writeSample(generatedTable(20000));
    LedgerLoadResult a, b;
    std::thread first([&] { a = SqlLedgerSource(sqliteUrl(path)).load(); });
    std::thread second([&] { b = SqlLedgerSource(sqliteUrl(path)).load(); });
    first.join();
    second.join();
    QVERIFY2(a.ok(), qPrintable(a.error));
    QVERIFY2(b.ok(), qPrintable(b.error));
    QCOMPARE(a.table.size(), 20000);
    QCOMPARE(b.table.size(), 20000);
    // Every connection a load opened is gone again.
    for (const QString &name : QSqlDatabase::connectionNames())
        QVERIFY2(!name.startsWith(QLatin1String("payrecon.")), qPrintable(name));
}

void TestSqlLedger::writeSqliteReplacesExistingFile()
{
    const QString path = writeSample(generatedTable(100));
    QString error;
    QVERIFY2(DemoLedger::writeSqlite(path, sampleTable(), &error), qPrintable(error));
    const LedgerLoadResult result = SqlLedgerSource(sqliteUrl(path)).load();
    QVERIFY2(result.ok(), qPrintable(result.error));
    compareTables(result.table, sampleTable());
}

void TestSqlLedger::testConnectionReportsSqliteVersion()
{
    QString message;
    QVERIFY(SqlLedgerSource::testConnection(sqliteUrl(writeSample(sampleTable())), &message));
    QVERIFY2(message.contains(QLatin1String("SQLite 3.")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestSqlLedger)
#include "tst_sqlledger.moc"
