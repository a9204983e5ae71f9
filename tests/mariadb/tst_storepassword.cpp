// The team store's password against the MariaDB fixture: it travels with its StoreLocation (two locations with
// different passwords work side by side in one process), the edge resolves it as PAYRECON_STORE_PASSWORD over the
// keychain's store/password, the ledger's password is never borrowed, and no password appears in any message.
#include "mariadbenv.h"
#include "store/credentialpolicy.h"
#include "store/localstore.h"
#include "store/memorysecretstore.h"
#include "store/secretresolver.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestStorePassword final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void storeOpensWithThePasswordItCarries();
    void storeNeverBorrowsTheLedgerPassword();
    void wrongStorePasswordFailsEvenWithTheRightLedgerPassword();
    void twoLocationsWithDifferentPasswordsInOneProcess();
    void storeVariableWinsOverTheKeychain();
    void keychainPasswordOpensTheStoreWithoutTheVariable();
    void passwordInTheLocationIsRefusedWithoutEchoingIt();

private:
    bool opens(const StoreLocation &location, QString *error = nullptr);
    /// The store location the edge resolves (CredentialPolicy, as the window's start and payrecon-cli do).
    StoreLocation resolved(MemorySecretStore &keychain);

    QTemporaryDir m_dir;
    QString m_url;
    QString m_password;
};

void TestStorePassword::initTestCase()
{
    QString error;
    const std::optional<MariaDbEnv> env = MariaDbEnv::load(&error);
    QVERIFY2(env, qPrintable(error));
    m_url = env->url();
    m_password = env->password();
    QVERIFY(!m_password.isEmpty());
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("PayRecon"));
    QCoreApplication::setApplicationName(QStringLiteral("payrecon-tst_storepassword"));
}

void TestStorePassword::init()
{
    for (const char *name : { StoreLocation::PasswordVariable, "PAYRECON_LEDGER_PASSWORD", "PAYRECON_KEYCHAIN" })
        qunsetenv(name);
    QSettings().clear();
}

void TestStorePassword::cleanupTestCase()
{
    init();
}

bool TestStorePassword::opens(const StoreLocation &location, QString *error)
{
    LocalStore store(location);
    QString why;
    const bool ok = store.open(&why);
    if (error)
        *error = why;
    return ok;
}

StoreLocation TestStorePassword::resolved(MemorySecretStore &keychain)
{
    QSettings settings;
    SecretResolver secrets(&keychain, settings);
    return CredentialPolicy(secrets, settings).storeLocation(m_url);
}

void TestStorePassword::storeOpensWithThePasswordItCarries()
{
    QString error;
    QVERIFY2(opens({ m_url, m_password }, &error), qPrintable(error));
}

void TestStorePassword::storeNeverBorrowsTheLedgerPassword()
{
    // The ledger's variable holds the very password that would open the store: the store must not take it.
    qputenv("PAYRECON_LEDGER_PASSWORD", m_password.toUtf8());
    QString error;
    QVERIFY(!opens({ m_url, QString() }, &error));
    QVERIFY2(error.contains(u"Access denied"), qPrintable(error));
    QVERIFY2(!error.contains(m_password), qPrintable(error));

    // Nor does the edge hand it over when neither PAYRECON_STORE_PASSWORD nor the keychain has one.
    MemorySecretStore keychain;
    const StoreLocation location = resolved(keychain);
    QVERIFY(location.password.isEmpty());
    QVERIFY(!opens(location));
}

void TestStorePassword::wrongStorePasswordFailsEvenWithTheRightLedgerPassword()
{
    qputenv("PAYRECON_LEDGER_PASSWORD", m_password.toUtf8());
    QString error;
    QVERIFY(!opens({ m_url, QStringLiteral("wrong-store-pw-4711") }, &error));
    QVERIFY2(error.contains(u"Access denied"), qPrintable(error));
    QVERIFY2(!error.contains(u"wrong-store-pw-4711") && !error.contains(m_password), qPrintable(error));
}

void TestStorePassword::twoLocationsWithDifferentPasswordsInOneProcess()
{
    // Once a process-wide default, now each location's own: a wrong password for one store leaves another one's
    // connections, earlier and later, alone.
    LocalStore right(StoreLocation { m_url, m_password });
    LocalStore wrong(StoreLocation { m_url, QStringLiteral("wrong-pw-2") });
    QString error;
    QVERIFY2(right.open(&error), qPrintable(error));
    QVERIFY(!wrong.open(&error));
    QVERIFY2(!error.contains(u"wrong-pw-2"), qPrintable(error));
    LocalStore again(right.location());
    QVERIFY2(again.open(&error), qPrintable(error));
    QVERIFY(right.isOpen());
}

void TestStorePassword::storeVariableWinsOverTheKeychain()
{
    MemorySecretStore keychain;
    QVERIFY(keychain.write(QLatin1String(SecretStore::StorePasswordKey), QStringLiteral("wrong-keychain-pw")));
    qputenv(StoreLocation::PasswordVariable, m_password.toUtf8());
    QString error;
    QVERIFY2(opens(resolved(keychain), &error), qPrintable(error));
}

void TestStorePassword::keychainPasswordOpensTheStoreWithoutTheVariable()
{
    qputenv("PAYRECON_LEDGER_PASSWORD", "not-the-password");
    MemorySecretStore keychain;
    QVERIFY(keychain.write(QLatin1String(SecretStore::StorePasswordKey), m_password));
    QString error;
    QVERIFY2(opens(resolved(keychain), &error), qPrintable(error));
}

void TestStorePassword::passwordInTheLocationIsRefusedWithoutEchoingIt()
{
    const QString withPassword = QString(m_url).replace(u'@', QStringLiteral(":url-s3cret@"));
    LocalStore store(StoreLocation { withPassword, m_password });
    QVERIFY(!store.describe().contains(u"url-s3cret"));
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(!error.contains(u"url-s3cret"), qPrintable(error));
    QVERIFY2(error.contains(u"store/password"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestStorePassword)
#include "tst_storepassword.moc"
