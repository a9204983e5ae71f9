// The team store's password order against the MariaDB fixture: PAYRECON_STORE_PASSWORD over the process-wide
// password (the keychain's, set by the app) over the CLI's keychain provider over PAYRECON_LEDGER_PASSWORD, and no
// password in any message.
#include "mariadbenv.h"
#include "store/localstore.h"

#include <QTest>

class TestStorePassword final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void ledgerPasswordStillOpensTheStore();
    void storePasswordWinsOverTheLedgerPassword();
    void wrongStorePasswordFailsEvenWithTheRightLedgerPassword();
    void defaultPasswordWinsOverTheLedgerPassword();
    void storeVariableWinsOverTheDefaultPassword();
    void providerIsAskedOnceAndOnlyWithoutADefault();
    void passwordInTheLocationIsRefusedWithoutEchoingIt();

private:
    bool opens(QString *error = nullptr);

    QString m_url;
    QString m_password;
};

void TestStorePassword::initTestCase()
{
    QString error;
    const std::optional<MariaDbEnv> env = MariaDbEnv::load(&error);
    QVERIFY2(env, qPrintable(error));
    m_url = env->url();
    m_password = env->value("PAYRECON_LEDGER_PASSWORD");
    QVERIFY(!m_password.isEmpty());
}

void TestStorePassword::init()
{
    qunsetenv(LocalStore::PasswordVariable);
    qunsetenv("PAYRECON_LEDGER_PASSWORD");
    LocalStore::clearDefaultPassword();
    LocalStore::setPasswordProvider({});
}

void TestStorePassword::cleanupTestCase()
{
    init();
}

bool TestStorePassword::opens(QString *error)
{
    LocalStore store(m_url);
    QString why;
    const bool ok = store.open(&why);
    if (error)
        *error = why;
    return ok;
}

void TestStorePassword::ledgerPasswordStillOpensTheStore()
{
    qputenv("PAYRECON_LEDGER_PASSWORD", m_password.toUtf8());
    QString error;
    QVERIFY2(opens(&error), qPrintable(error));
    QCOMPARE(LocalStore::password(), m_password);
}

void TestStorePassword::storePasswordWinsOverTheLedgerPassword()
{
    qputenv("PAYRECON_LEDGER_PASSWORD", "not-the-password");
    qputenv(LocalStore::PasswordVariable, m_password.toUtf8());
    QString error;
    QVERIFY2(opens(&error), qPrintable(error));
}

void TestStorePassword::wrongStorePasswordFailsEvenWithTheRightLedgerPassword()
{
    qputenv("PAYRECON_LEDGER_PASSWORD", m_password.toUtf8());
    qputenv(LocalStore::PasswordVariable, "wrong-store-pw-4711");
    QString error;
    QVERIFY(!opens(&error));
    QVERIFY2(error.contains(u"Access denied"), qPrintable(error));
    QVERIFY2(!error.contains(u"wrong-store-pw-4711") && !error.contains(m_password), qPrintable(error));
}

void TestStorePassword::defaultPasswordWinsOverTheLedgerPassword()
{
    qputenv("PAYRECON_LEDGER_PASSWORD", "not-the-password");
    LocalStore::setDefaultPassword(m_password);
    QString error;
    QVERIFY2(opens(&error), qPrintable(error));

    qputenv("PAYRECON_LEDGER_PASSWORD", m_password.toUtf8());
    LocalStore::setDefaultPassword(QStringLiteral("wrong-default-pw"));
    QVERIFY(!opens(&error));
    QVERIFY2(!error.contains(u"wrong-default-pw"), qPrintable(error));

    // Cleared: the ledger's password counts again.
    LocalStore::clearDefaultPassword();
    QVERIFY2(opens(&error), qPrintable(error));
}

void TestStorePassword::storeVariableWinsOverTheDefaultPassword()
{
    LocalStore::setDefaultPassword(QStringLiteral("wrong-default-pw"));
    qputenv(LocalStore::PasswordVariable, m_password.toUtf8());
    QString error;
    QVERIFY2(opens(&error), qPrintable(error));
}

void TestStorePassword::providerIsAskedOnceAndOnlyWithoutADefault()
{
    qputenv("PAYRECON_LEDGER_PASSWORD", "not-the-password");
    int asked = 0;
    LocalStore::setPasswordProvider([&asked, this]() -> std::optional<QString> {
        ++asked;
        return m_password;
    });
    QString error;
    QVERIFY2(opens(&error), qPrintable(error));
    QVERIFY2(opens(&error), qPrintable(error));
    QCOMPARE(asked, 1);

    // A provider with nothing stored falls through to the ledger's password.
    LocalStore::clearDefaultPassword();
    qputenv("PAYRECON_LEDGER_PASSWORD", m_password.toUtf8());
    LocalStore::setPasswordProvider([&asked]() -> std::optional<QString> {
        ++asked;
        return std::nullopt;
    });
    QVERIFY2(opens(&error), qPrintable(error));
    QCOMPARE(asked, 2);

    // A default set by the app means the provider is never asked.
    LocalStore::setPasswordProvider([&asked]() -> std::optional<QString> {
        ++asked;
        return QStringLiteral("wrong");
    });
    LocalStore::setDefaultPassword(m_password);
    QVERIFY2(opens(&error), qPrintable(error));
    QCOMPARE(asked, 2);
}

void TestStorePassword::passwordInTheLocationIsRefusedWithoutEchoingIt()
{
    const QString withPassword = QString(m_url).replace(u'@', QStringLiteral(":url-s3cret@"));
    LocalStore store(withPassword);
    QVERIFY(!store.describe().contains(u"url-s3cret"));
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(!error.contains(u"url-s3cret"), qPrintable(error));
    QVERIFY2(error.contains(u"store/password"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestStorePassword)
#include "tst_storepassword.moc"
