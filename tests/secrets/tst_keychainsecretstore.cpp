// KeychainSecretStore and payrecon-cli's secrets against a real Secret Service (gnome-keyring on a private session
// bus, started by secret-service-session.sh). Run outside that wrapper it skips: set PAYRECON_SECRET_SERVICE_TEST=1
// to run it against the session's own keychain instead (it only touches service "PayRecon-test" entries there).
#include "clirun.h"
#include "keychainsecretstore.h"
#include "mariadbenv.h"
#include "store/secretresolver.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

namespace {
/// `payrecon-cli config set-secret KEY` with \a value on standard input, as an administrator types or pipes it.
Run setSecret(const QProcessEnvironment &env, const QString &key, const QByteArray &value)
{
    return runProgram(QStringLiteral(PAYRECON_CLI_PATH),
        { QStringLiteral("config"), QStringLiteral("set-secret"), key }, env, 60000, value);
}
} // namespace

class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void secretServiceIsAvailable();
    void writeReadRemoveRoundTrip_data();
    void writeReadRemoveRoundTrip();
    void missingEntryIsNotAnError();
    void anotherStoreInstanceSeesTheEntry();
    void workerThreadsCallSynchronously();
    void settingsFileWebhookMovesIntoTheKeychain();
    void cliSetSecretReadsStdinAndShowReportsTheKeychain();
    void cliWithoutSessionBusFallsBackAndSaysSoOnce();
    void cliKeepsTheTeamStorePasswordInTheKeychain();
    void cliOpensTheTeamStoreWithTheKeychainPassword();

private:
    static QString testService() { return QStringLiteral("PayRecon-test"); }
    QProcessEnvironment cliEnvironment() const;

    QTemporaryDir m_dir;
};

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariable("PAYRECON_SECRET_SERVICE_TEST") != u"1")
        QSKIP("needs a Secret Service: run through tests/secrets/secret-service-session.sh (ctest does)");
    QVERIFY(m_dir.isValid());
}

void TestKeychainSecretStore::cleanup()
{
    KeychainSecretStore store(testService());
    for (const QString &key : SecretResolver::keys())
        store.remove(key);
}

void TestKeychainSecretStore::secretServiceIsAvailable()
{
    KeychainSecretStore store(testService());
    QString why;
    QVERIFY2(store.isAvailable(&why), qPrintable(why));
    QVERIFY(why.isEmpty());
}

void TestKeychainSecretStore::writeReadRemoveRoundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("password with spaces and Korean") << SecretResolver::keys().at(0) << u" 비밀 번호 1! "_qs;
    QTest::newRow("api key") << SecretResolver::keys().at(1) << u"id:c2VjcmV0LWtleQ=="_qs;
    QTest::newRow("webhook") << SecretResolver::keys().at(2)
                             << u"https://discord.com/api/webhooks/123456789012345678/abcDEF_token-xyz"_qs;
    QTest::newRow("team store password") << SecretResolver::keys().at(3) << u"store pw ends in a space "_qs;
}

void TestKeychainSecretStore::writeReadRemoveRoundTrip()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    KeychainSecretStore store(testService());
    QString error;
    QVERIFY2(store.write(key, value, &error), qPrintable(error));
    QCOMPARE(store.read(key, &error), std::optional<QString>(value));
    QVERIFY2(store.write(key, value + u"-2", &error), qPrintable(error)); // replaces, does not add
    QCOMPARE(store.read(key, &error), std::optional<QString>(value + u"-2"));
    QVERIFY2(store.remove(key, &error), qPrintable(error));
    QCOMPARE(store.read(key, &error), std::nullopt);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestKeychainSecretStore::missingEntryIsNotAnError()
{
    KeychainSecretStore store(testService());
    QString error;
    QCOMPARE(store.read(QStringLiteral("discord/webhook"), &error), std::nullopt);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(store.remove(QStringLiteral("discord/webhook"), &error), qPrintable(error));
}

void TestKeychainSecretStore::anotherStoreInstanceSeesTheEntry()
{
    {
        KeychainSecretStore writer(testService());
        QVERIFY(writer.write(QStringLiteral("elasticsearch/password"), QStringLiteral("kept")));
    }
    KeychainSecretStore reader(testService());
    QCOMPARE(reader.read(QStringLiteral("elasticsearch/password")), std::optional<QString>(QStringLiteral("kept")));
    // Another service is another namespace.
    KeychainSecretStore other(testService() + u"-other");
    QCOMPARE(other.read(QStringLiteral("elasticsearch/password")), std::nullopt);
}

void TestKeychainSecretStore::workerThreadsCallSynchronously()
{
    // Several threads (and this one) share one store; each call returns its own answer, none blocks another.
    KeychainSecretStore store(testService());
    QVERIFY(store.write(QStringLiteral("discord/webhook"), QStringLiteral("https://127.0.0.1/hook")));
    std::atomic_int good { 0 };
    QList<QThread *> threads;
    for (int i = 0; i < 4; ++i) {
        threads << QThread::create([&store, &good] {
            for (int n = 0; n < 5; ++n) {
                if (store.read(QStringLiteral("discord/webhook")) == QStringLiteral("https://127.0.0.1/hook"))
                    ++good;
            }
        });
        threads.last()->start();
    }
    QCOMPARE(store.read(QStringLiteral("discord/webhook")), std::optional<QString>(u"https://127.0.0.1/hook"_qs));
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(good.load(), 20);
}

void TestKeychainSecretStore::settingsFileWebhookMovesIntoTheKeychain()
{
    const QString webhook = QStringLiteral("https://discord.com/api/webhooks/1/legacy-token");
    const QString file = m_dir.filePath(QStringLiteral("migrate.conf"));
    {
        QSettings legacy(file, QSettings::IniFormat);
        legacy.setValue(QStringLiteral("alerts/webhook"), webhook);
        legacy.setValue(QStringLiteral("alerts/table"), QStringLiteral("payments"));
    }
    KeychainSecretStore store(testService());
    QSettings settings(file, QSettings::IniFormat);
    SecretResolver secrets(&store, settings);
    QTest::ignoreMessage(QtInfoMsg, "moved the Discord webhook into the keychain");
    QString error;
    QCOMPARE(secrets.migrate(&error), 1);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(store.read(QStringLiteral("discord/webhook")), std::optional<QString>(webhook));
    QFile text(file);
    QVERIFY(text.open(QIODevice::ReadOnly));
    const QByteArray contents = text.readAll();
    QVERIFY2(!contents.contains("legacy-token"), contents.constData());
    QVERIFY(contents.contains("table=payments")); // only the secret left the file
    const SecretResolver::Resolved resolved = secrets.resolve(QStringLiteral("discord/webhook"));
    QCOMPARE(resolved.value, webhook);
    QCOMPARE(resolved.origin, SecretOrigin::Keychain);
}

QProcessEnvironment TestKeychainSecretStore::cliEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("cli-config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("cli-data")));
    for (const char *name : { "PAYRECON_ES_PASSWORD", "PAYRECON_ES_API_KEY", "PAYRECON_DISCORD_WEBHOOK",
             "PAYRECON_STORE_PASSWORD", "PAYRECON_KEYCHAIN", "LANG", "LC_ALL", "LC_MESSAGES" })
        env.remove(QString::fromLatin1(name));
    return env;
}

void TestKeychainSecretStore::cliSetSecretReadsStdinAndShowReportsTheKeychain()
{
    const QString secret = QStringLiteral("cli-secret-Passw0rd");
    const Run set = setSecret(cliEnvironment(), QStringLiteral("elasticsearch/password"), secret.toUtf8() + '\n');
    const QByteArray setOut = (set.out + set.err).toUtf8();
    QVERIFY2(set.exitCode == 0, setOut.constData());
    QVERIFY2(setOut.contains("stored in the keychain"), setOut.constData());

    // The CLI stores under the real service name.
    KeychainSecretStore product;
    QCOMPARE(product.read(QStringLiteral("elasticsearch/password")), std::optional<QString>(secret));

    const Run show = runProgram(
        QStringLiteral(PAYRECON_CLI_PATH), { QStringLiteral("config"), QStringLiteral("show") }, cliEnvironment());
    const QByteArray shown = (show.out + show.err).toUtf8();
    QVERIFY2(show.exitCode == 0, shown.constData());
    QVERIFY2(!shown.contains(secret.toUtf8()), shown.constData());
    QVERIFY2(shown.contains("elasticsearch/password keychain"), shown.constData());
    QVERIFY2(shown.contains("discord/webhook  not set"), shown.constData());

    QProcess clear;
    clear.setProcessEnvironment(cliEnvironment());
    clear.start(QStringLiteral(PAYRECON_CLI_PATH),
        { QStringLiteral("config"), QStringLiteral("clear-secret"), QStringLiteral("elasticsearch/password") });
    QVERIFY(clear.waitForFinished(60000));
    QCOMPARE(clear.exitCode(), 0);
    QCOMPARE(product.read(QStringLiteral("elasticsearch/password")), std::nullopt);
}

void TestKeychainSecretStore::cliWithoutSessionBusFallsBackAndSaysSoOnce()
{
    // A headless server: no session bus at all. The webhook stays in the (owner-only) settings file.
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/payrecon-test-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("headless-config")));

    const Run set
        = setSecret(env, QStringLiteral("discord/webhook"), "https://discord.com/api/webhooks/5/HEADLESSTOKEN\n");
    const QByteArray setOut = (set.out + set.err).toUtf8();
    QVERIFY2(set.exitCode == 0, setOut.constData());
    QVERIFY2(setOut.contains("stored in the settings file"), setOut.constData());
    QVERIFY2(!setOut.contains("HEADLESSTOKEN"), setOut.constData());

    // An Elasticsearch password has nowhere safe to go: the CLI says to use the environment and stores nothing.
    const Run password = setSecret(env, QStringLiteral("elasticsearch/password"), "headless-pw\n");
    QCOMPARE(password.exitCode, 1);
    QVERIFY(password.err.toUtf8().contains("PAYRECON_ES_PASSWORD"));

    const Run show
        = runProgram(QStringLiteral(PAYRECON_CLI_PATH), { QStringLiteral("config"), QStringLiteral("show") }, env);
    const QByteArray out = show.out.toUtf8();
    const QByteArray err = show.err.toUtf8();
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(out.contains("keychain         not available"), out.constData());
    QVERIFY2(out.contains("discord/webhook  settings file"), out.constData());
    QVERIFY2(!out.contains("HEADLESSTOKEN") && !err.contains("HEADLESSTOKEN"), out.constData());
    QCOMPARE(err.count("no OS keychain"), 1); // said once, however many secrets were looked up
    // Nothing reached the real Secret Service this test runs beside.
    KeychainSecretStore product;
    QCOMPARE(product.read(QStringLiteral("discord/webhook")), std::nullopt);
}

void TestKeychainSecretStore::cliKeepsTheTeamStorePasswordInTheKeychain()
{
    const QString secret = QStringLiteral("team-store-Passw0rd ");
    const Run set = setSecret(cliEnvironment(), QStringLiteral("store/password"), secret.toUtf8() + '\n');
    const QByteArray setOut = (set.out + set.err).toUtf8();
    QVERIFY2(set.exitCode == 0, setOut.constData());
    QVERIFY2(setOut.contains("store/password is stored in the keychain"), setOut.constData());
    KeychainSecretStore product;
    QCOMPARE(product.read(QStringLiteral("store/password")), std::optional<QString>(secret));

    const Run show = runProgram(
        QStringLiteral(PAYRECON_CLI_PATH), { QStringLiteral("config"), QStringLiteral("show") }, cliEnvironment());
    const QByteArray shown = (show.out + show.err).toUtf8();
    QVERIFY2(show.exitCode == 0, shown.constData());
    QVERIFY2(!shown.contains("team-store-Passw0rd"), shown.constData());
    QVERIFY2(shown.contains("store/password   keychain"), shown.constData());

    // The environment still wins, and config show says so.
    QProcessEnvironment withVariable = cliEnvironment();
    withVariable.insert(QStringLiteral("PAYRECON_STORE_PASSWORD"), QStringLiteral("from-env"));
    const QByteArray overridden = runProgram(
        QStringLiteral(PAYRECON_CLI_PATH), { QStringLiteral("config"), QStringLiteral("show") }, withVariable)
                                      .out.toUtf8();
    QVERIFY2(overridden.contains("store/password   environment (PAYRECON_STORE_PASSWORD)"), overridden.constData());
    QVERIFY2(!overridden.contains("from-env"), overridden.constData());

    QProcess clear;
    clear.setProcessEnvironment(cliEnvironment());
    clear.start(QStringLiteral(PAYRECON_CLI_PATH),
        { QStringLiteral("config"), QStringLiteral("clear-secret"), QStringLiteral("store/password") });
    QVERIFY(clear.waitForFinished(60000));
    QCOMPARE(clear.exitCode(), 0);
    QCOMPARE(product.read(QStringLiteral("store/password")), std::nullopt);

    // Nothing stored: not set, whatever the ledger's variable holds (the store never borrows it).
    QProcessEnvironment withLedger = cliEnvironment();
    withLedger.insert(QStringLiteral("PAYRECON_LEDGER_PASSWORD"), QStringLiteral("ledger-pw"));
    const QByteArray unset = runProgram(
        QStringLiteral(PAYRECON_CLI_PATH), { QStringLiteral("config"), QStringLiteral("show") }, withLedger)
                                 .out.toUtf8();
    QVERIFY2(unset.contains("store/password   not set\n"), unset.constData());
    QVERIFY2(!unset.contains("ledger-pw"), unset.constData());

    // Without a keychain it has nowhere safe to go: the CLI points at the environment and stores nothing.
    QProcessEnvironment headless = cliEnvironment();
    headless.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/payrecon-test-bus"));
    headless.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("headless-store-config")));
    const Run refused = setSecret(headless, QStringLiteral("store/password"), "headless-store-pw\n");
    QCOMPARE(refused.exitCode, 1);
    const QByteArray refusedErr = refused.err.toUtf8();
    QVERIFY2(refusedErr.contains("PAYRECON_STORE_PASSWORD"), refusedErr.constData());
    QVERIFY2(!refusedErr.contains("headless-store-pw"), refusedErr.constData());
}

void TestKeychainSecretStore::cliOpensTheTeamStoreWithTheKeychainPassword()
{
    // Needs the MariaDB fixture as well: ctest runs this case as tst_keychainsecretstore_mariadb.
    if (qEnvironmentVariableIsEmpty("PAYRECON_MARIADB_ENV"))
        QSKIP("needs the MariaDB fixture: runs as tst_keychainsecretstore_mariadb");
    QString error;
    const std::optional<MariaDbEnv> fixture = MariaDbEnv::load(&error);
    QVERIFY2(fixture, qPrintable(error));
    const QString password = fixture->value("PAYRECON_LEDGER_PASSWORD");
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("PAYRECON_STORE_URL"), fixture->url());
    env.insert(QStringLiteral("PAYRECON_LEDGER_PASSWORD"), QStringLiteral("not-the-store-password"));
    env.remove(QStringLiteral("PAYRECON_STORE_PASSWORD"));
    const auto runs = [&env]() {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAYRECON_CLI_PATH), { QStringLiteral("runs") });
        p.waitForFinished(60000);
        return std::pair { p.exitCode(), QByteArray(p.readAllStandardOutput() + p.readAllStandardError()) };
    };

    // Only the ledger's (wrong) password: refused, as before.
    auto [refusedCode, refused] = runs();
    QVERIFY2(refusedCode != 0 && refused.contains("Access denied"), refused.constData());
    // Nor does the ledger's password open it when it happens to be the right one: the store never borrows it.
    env.insert(QStringLiteral("PAYRECON_LEDGER_PASSWORD"), password);
    auto [borrowedCode, borrowed] = runs();
    QVERIFY2(borrowedCode != 0 && borrowed.contains("Access denied"), borrowed.constData());
    QVERIFY2(!borrowed.contains(password.toUtf8()), borrowed.constData());
    env.insert(QStringLiteral("PAYRECON_LEDGER_PASSWORD"), QStringLiteral("not-the-store-password"));

    const Run set = setSecret(env, QStringLiteral("store/password"), password.toUtf8());
    QCOMPARE(set.exitCode, 0);

    // The keychain's store/password now wins over PAYRECON_LEDGER_PASSWORD.
    auto [code, output] = runs();
    QVERIFY2(code == 0, output.constData());
    QVERIFY2(!output.contains(password.toUtf8()), output.constData());
    KeychainSecretStore product;
    QVERIFY(product.remove(QStringLiteral("store/password")));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
