// LedgerUrl: which ledger URLs are accepted, why a password in the URL is refused, and that it never leaks.
// LedgerConnection: the password travels with the URL as a value, never through the environment.
#include "ledger/ledgerconnection.h"
#include "ledger/ledgerurl.h"

#include <QTest>

class TestLedgerUrl final : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv(LedgerConnection::PasswordVariable); }
    void cleanup() { qunsetenv(LedgerConnection::PasswordVariable); }

    void parsesSqliteUrls_data();
    void parsesSqliteUrls();
    void parsesMySqlUrls_data();
    void parsesMySqlUrls();
    void rejectsMalformedUrls_data();
    void rejectsMalformedUrls();
    void refusesPasswordInUrlAndPointsToEnvironmentVariable();
    void connectionCarriesItsPassword();
    void parsingNeverReadsThePasswordVariable();
    void onlyTheEdgeReadsThePasswordVariable();
    void sqliteIgnoresThePassword();
    void redactedFormNeverContainsPassword();
    void redactedFormParsesBackToSameUrl_data();
    void redactedFormParsesBackToSameUrl();
};

void TestLedgerUrl::parsesSqliteUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("path");

    QTest::newRow("absolute") << QStringLiteral("sqlite:///abs/path/ledger.db")
                              << QStringLiteral("/abs/path/ledger.db");
    QTest::newRow("relative") << QStringLiteral("sqlite://relative/path.db") << QStringLiteral("relative/path.db");
    QTest::newRow("bare file") << QStringLiteral("sqlite://ledger.db") << QStringLiteral("ledger.db");
    QTest::newRow("scheme case and spaces") << QStringLiteral("  SQLite:///tmp/l.db ") << QStringLiteral("/tmp/l.db");
    QTest::newRow("korean file name") << QStringLiteral("sqlite:///data/장부 2024.db")
                                      << QStringLiteral("/data/장부 2024.db");
}

void TestLedgerUrl::parsesSqliteUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, path);

    QString error;
    const std::optional<LedgerUrl> parsed = LedgerUrl::parse(url, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->driver, LedgerUrl::Driver::Sqlite);
    QCOMPARE(parsed->path, path);
    QVERIFY(parsed->password.isEmpty());
}

void TestLedgerUrl::parsesMySqlUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("socket");

    QTest::newRow("with port") << QStringLiteral("mysql://payrecon@db.example.com:3307/shop")
                               << QStringLiteral("payrecon") << QStringLiteral("db.example.com") << 3307
                               << QStringLiteral("shop") << QString();
    QTest::newRow("default port") << QStringLiteral("mysql://payrecon@10.0.0.5/shop") << QStringLiteral("payrecon")
                                  << QStringLiteral("10.0.0.5") << 3306 << QStringLiteral("shop") << QString();
    QTest::newRow("ipv6 with port") << QStringLiteral("mysql://app@[::1]:33061/ledger") << QStringLiteral("app")
                                    << QStringLiteral("::1") << 33061 << QStringLiteral("ledger") << QString();
    QTest::newRow("unix socket") << QStringLiteral("mysql://app@localhost/ledger?socket=/run/mysqld/mysqld.sock")
                                 << QStringLiteral("app") << QStringLiteral("localhost") << 3306
                                 << QStringLiteral("ledger") << QStringLiteral("/run/mysqld/mysqld.sock");
    QTest::newRow("percent-encoded user") << QStringLiteral("mysql://shop%40hq@host/db") << QStringLiteral("shop@hq")
                                          << QStringLiteral("host") << 3306 << QStringLiteral("db") << QString();
}

void TestLedgerUrl::parsesMySqlUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, socket);

    QString error;
    const std::optional<LedgerUrl> parsed = LedgerUrl::parse(url, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->driver, LedgerUrl::Driver::MySql);
    QCOMPARE(parsed->user, user);
    QCOMPARE(parsed->host, host);
    QCOMPARE(parsed->port, port);
    QCOMPARE(parsed->database, database);
    QCOMPARE(parsed->socket, socket);
    QVERIFY(parsed->password.isEmpty());
}

void TestLedgerUrl::rejectsMalformedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QString() << QStringLiteral("Unknown ledger URL");
    QTest::newRow("unknown scheme") << QStringLiteral("postgres://u@h/db") << QStringLiteral("Unknown ledger URL");
    QTest::newRow("plain path") << QStringLiteral("/tmp/ledger.db") << QStringLiteral("Unknown ledger URL");
    QTest::newRow("sqlite without path") << QStringLiteral("sqlite://") << QStringLiteral("names no file");
    QTest::newRow("mysql without database") << QStringLiteral("mysql://u@host") << QStringLiteral("names no database");
    QTest::newRow("mysql empty database") << QStringLiteral("mysql://u@host/") << QStringLiteral("no single database");
    QTest::newRow("mysql nested path") << QStringLiteral("mysql://u@host/a/b") << QStringLiteral("no single database");
    QTest::newRow("mysql without user") << QStringLiteral("mysql://host/db") << QStringLiteral("names no user");
    QTest::newRow("mysql empty user") << QStringLiteral("mysql://@host/db") << QStringLiteral("names no user");
    QTest::newRow("mysql without host") << QStringLiteral("mysql://u@/db") << QStringLiteral("names no host");
    QTest::newRow("port not a number") << QStringLiteral("mysql://u@host:abc/db") << QStringLiteral("invalid port");
    QTest::newRow("port out of range") << QStringLiteral("mysql://u@host:70000/db") << QStringLiteral("invalid port");
    QTest::newRow("empty port") << QStringLiteral("mysql://u@host:/db") << QStringLiteral("invalid port");
    QTest::newRow("unknown option") << QStringLiteral("mysql://u@host/db?sslmode=require")
                                    << QStringLiteral("unknown option");
    QTest::newRow("relative socket") << QStringLiteral("mysql://u@localhost/db?socket=run/my.sock")
                                     << QStringLiteral("absolute path");
}

void TestLedgerUrl::rejectsMalformedUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, messagePart);

    QString error;
    QVERIFY(!LedgerUrl::parse(url, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void TestLedgerUrl::refusesPasswordInUrlAndPointsToEnvironmentVariable()
{
    QString error;
    QVERIFY(!LedgerUrl::parse(QStringLiteral("mysql://payrecon:s3cret@127.0.0.1:3306/shop"), &error));
    QVERIFY2(error.contains(QLatin1String("PAYRECON_LEDGER_PASSWORD")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("s3cret")), qPrintable(error));

    // An empty password after the colon is still a password field.
    QVERIFY(!LedgerUrl::parse(QStringLiteral("mysql://payrecon:@127.0.0.1/shop"), &error));
    QVERIFY2(error.contains(QLatin1String("PAYRECON_LEDGER_PASSWORD")), qPrintable(error));
}

void TestLedgerUrl::connectionCarriesItsPassword()
{
    const LedgerConnection connection { QStringLiteral("mysql://payrecon@127.0.0.1/shop"),
        QStringLiteral("p@ss:word;with'odd\"chars") };
    const std::optional<LedgerUrl> parsed = connection.parse(nullptr);
    QVERIFY(parsed);
    QCOMPARE(parsed->password, QStringLiteral("p@ss:word;with'odd\"chars"));
    // Two connections in one process keep their own passwords.
    const LedgerConnection other { connection.url, QStringLiteral("other-pw") };
    QCOMPARE(other.parse(nullptr)->password, QStringLiteral("other-pw"));
    QCOMPARE(connection.parse(nullptr)->password, QStringLiteral("p@ss:word;with'odd\"chars"));
}

void TestLedgerUrl::parsingNeverReadsThePasswordVariable()
{
    qputenv(LedgerConnection::PasswordVariable, "from-the-environment");
    const std::optional<LedgerUrl> parsed
        = LedgerUrl::parse(QStringLiteral("mysql://payrecon@127.0.0.1/shop"), nullptr);
    QVERIFY(parsed);
    QVERIFY(parsed->password.isEmpty());
    const std::optional<LedgerUrl> viaConnection
        = LedgerConnection { QStringLiteral("mysql://payrecon@127.0.0.1/shop"), QString() }.parse(nullptr);
    QVERIFY(viaConnection);
    QVERIFY(viaConnection->password.isEmpty());
}

void TestLedgerUrl::onlyTheEdgeReadsThePasswordVariable()
{
    qputenv(LedgerConnection::PasswordVariable, " ends in a space ");
    const LedgerConnection connection
        = LedgerConnection::fromEnvironment(QStringLiteral("mysql://payrecon@127.0.0.1/shop"));
    QCOMPARE(connection.password, QStringLiteral(" ends in a space ")); // as set, not trimmed
    QCOMPARE(connection.parse(nullptr)->password, connection.password);
    qunsetenv(LedgerConnection::PasswordVariable);
    QVERIFY(LedgerConnection::fromEnvironment(connection.url).password.isEmpty());
}

void TestLedgerUrl::sqliteIgnoresThePassword()
{
    const std::optional<LedgerUrl> parsed
        = LedgerConnection { QStringLiteral("sqlite:///tmp/l.db"), QStringLiteral("irrelevant") }.parse(nullptr);
    QVERIFY(parsed);
    QVERIFY(parsed->password.isEmpty());
}

void TestLedgerUrl::redactedFormNeverContainsPassword()
{
    const LedgerConnection connection { QStringLiteral(
                                            "mysql://payrecon@127.0.0.1:33061/payrecon_test?socket=/tmp/m.sock"),
        QStringLiteral("TopSecret42") };
    const std::optional<LedgerUrl> parsed = connection.parse(nullptr);
    QVERIFY(parsed);
    QCOMPARE(parsed->password, QStringLiteral("TopSecret42"));
    QCOMPARE(connection.redacted(), parsed->redacted());
    QCOMPARE(parsed->redacted(), QStringLiteral("mysql://payrecon@127.0.0.1:33061/payrecon_test?socket=/tmp/m.sock"));
    QVERIFY(!parsed->redacted().contains(QLatin1String("TopSecret42")));

    LedgerUrl built;
    built.driver = LedgerUrl::Driver::MySql;
    built.user = QStringLiteral("u");
    built.host = QStringLiteral("h");
    built.database = QStringLiteral("d");
    built.password = QStringLiteral("TopSecret42");
    QVERIFY(!built.redacted().contains(QLatin1String("TopSecret42")));
}

void TestLedgerUrl::redactedFormParsesBackToSameUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("redacted");

    QTest::newRow("sqlite absolute") << QStringLiteral("sqlite:///a/b.db") << QStringLiteral("sqlite:///a/b.db");
    QTest::newRow("sqlite relative") << QStringLiteral("sqlite://b.db") << QStringLiteral("sqlite://b.db");
    QTest::newRow("mysql default port") << QStringLiteral("mysql://u@h/d") << QStringLiteral("mysql://u@h:3306/d");
    QTest::newRow("mysql ipv6") << QStringLiteral("mysql://u@[::1]:1/d") << QStringLiteral("mysql://u@[::1]:1/d");
    QTest::newRow("mysql encoded user") << QStringLiteral("mysql://a%40b@h/d")
                                        << QStringLiteral("mysql://a%40b@h:3306/d");
}

void TestLedgerUrl::redactedFormParsesBackToSameUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, redacted);

    const std::optional<LedgerUrl> parsed = LedgerUrl::parse(url, nullptr);
    QVERIFY(parsed);
    QCOMPARE(parsed->redacted(), redacted);
    const std::optional<LedgerUrl> again = LedgerUrl::parse(parsed->redacted(), nullptr);
    QVERIFY(again);
    QCOMPARE(again->redacted(), redacted);
}

QTEST_GUILESS_MAIN(TestLedgerUrl)
#include "tst_ledgerurl.moc"
