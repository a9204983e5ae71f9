// CredentialPolicy: where the team store's password comes from, which Elasticsearch secret the keychain keeps or
// forgets (and what stays in memory without one), and what saving a store choice means for the store in use.
#include "store/credentialpolicy.h"
#include "store/localstore.h"
#include "store/memorysecretstore.h"
#include "store/secretresolver.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
/// A keychain that counts its reads and can refuse writes while it answers (a locked or full keyring).
class ProbeSecretStore final : public SecretStore
{
public:
    bool isAvailable(QString *why) override { return m_memory.isAvailable(why); }
    std::optional<QString> read(const QString &key, QString *error) override
    {
        ++reads;
        return m_memory.read(key, error);
    }
    bool write(const QString &key, const QString &value, QString *error) override
    {
        if (refuseWrites) {
            if (error)
                *error = QStringLiteral("the keyring is locked");
            return false;
        }
        return m_memory.write(key, value, error);
    }
    bool remove(const QString &key, QString *error) override { return m_memory.remove(key, error); }

    void setAvailable(bool available) { m_memory.setAvailable(available); }
    QHash<QString, QString> entries() const { return m_memory.entries(); }

    int reads = 0;
    bool refuseWrites = false;

private:
    MemorySecretStore m_memory;
};

const QString EsPassword = QLatin1String(SecretStore::EsPasswordKey);
const QString EsApiKey = QLatin1String(SecretStore::EsApiKeyKey);
const QString StorePassword = QLatin1String(SecretStore::StorePasswordKey);
const QString Team = QStringLiteral("mysql://ops@db.team.internal:3306/payrecon");
const QString OtherTeam = QStringLiteral("mysql://ops@db2.team.internal:3306/payrecon");
/// Stands for "not in the keychain" in the data tables.
const QString None = QStringLiteral("<none>");
} // namespace

class TestCredentialPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void storeLocationTakesTheStoresOwnPassword_data();
    void storeLocationTakesTheStoresOwnPassword();
    void elasticsearchKeepsTheChosenSecretOnly_data();
    void elasticsearchKeepsTheChosenSecretOnly();
    void storeChoiceKeepsThePasswordAndSaysWhatSwitches_data();
    void storeChoiceKeepsThePasswordAndSaysWhatSwitches();

private:
    static void clearEnvironment();

    QTemporaryDir m_dir;
};

void TestCredentialPolicy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("PayRecon"));
    QCoreApplication::setApplicationName(QStringLiteral("payrecon-tst_credentialpolicy"));
    qputenv("PAYRECON_STORE", m_dir.filePath(QStringLiteral("store.sqlite")).toLocal8Bit());
}

void TestCredentialPolicy::init()
{
    clearEnvironment();
    QSettings().clear();
}

void TestCredentialPolicy::cleanupTestCase()
{
    clearEnvironment();
}

void TestCredentialPolicy::clearEnvironment()
{
    for (const char *name : { "PAYRECON_ES_PASSWORD", "PAYRECON_ES_API_KEY", StoreLocation::PasswordVariable,
             "PAYRECON_LEDGER_PASSWORD", "PAYRECON_KEYCHAIN", "PAYRECON_STORE_URL" })
        qunsetenv(name);
}

void TestCredentialPolicy::storeLocationTakesTheStoresOwnPassword_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QVariant>("storeVariable"); ///< null: PAYRECON_STORE_PASSWORD unset
    QTest::addColumn<QString>("keychain");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("keychainAsked");

    const QString file = QStringLiteral("/tmp/payrecon-store.sqlite");
    QTest::newRow("sqlite: no password, keychain not asked") << file << QVariant() << u"kc-pw"_qs << QString() << false;
    QTest::newRow("team: the variable over the keychain")
        << Team << QVariant(QStringLiteral("env-pw")) << u"kc-pw"_qs << u"env-pw"_qs << false;
    QTest::newRow("team: the variable set empty counts")
        << Team << QVariant(QString()) << u"kc-pw"_qs << QString() << false;
    QTest::newRow("team: the keychain without the variable")
        << Team << QVariant() << u"kc-pw"_qs << u"kc-pw"_qs << true;
    QTest::newRow("team: nothing stored, never the ledger's") << Team << QVariant() << None << QString() << true;
}

void TestCredentialPolicy::storeLocationTakesTheStoresOwnPassword()
{
    QFETCH(QString, location);
    QFETCH(QVariant, storeVariable);
    QFETCH(QString, keychain);
    QFETCH(QString, password);
    QFETCH(bool, keychainAsked);

    qputenv("PAYRECON_LEDGER_PASSWORD", "ledger-pw"); // present in every row, used in none
    if (!storeVariable.isNull())
        qputenv(StoreLocation::PasswordVariable, storeVariable.toString().toUtf8());
    ProbeSecretStore store;
    if (keychain != None)
        QVERIFY(store.write(StorePassword, keychain, nullptr));
    QSettings settings;
    SecretResolver secrets(&store, settings);
    const StoreLocation resolved = CredentialPolicy(secrets, settings).storeLocation(location);
    QCOMPARE(resolved.location, location);
    QCOMPARE(resolved.password, password);
    QCOMPARE(store.reads > 0, keychainAsked);

    // Empty means this computer's default file.
    QCOMPARE(CredentialPolicy(secrets, settings).storeLocation(QString()).location, LocalStore::defaultPath());
}

void TestCredentialPolicy::elasticsearchKeepsTheChosenSecretOnly_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<bool>("refuses");
    QTest::addColumn<bool>("passwordFromEnvironment");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("keptPassword"); ///< in the keychain afterwards
    QTest::addColumn<QString>("keptApiKey");
    QTest::addColumn<QString>("sessionPassword"); ///< in memory for the session
    QTest::addColumn<QString>("sessionApiKey");
    QTest::addColumn<bool>("ok");

    // Before each row the keychain holds "old-pw" and "old-key".
    QTest::newRow("keychain: a password clears the API key")
        << true << false << false << u"pw"_qs << QString() << u"pw"_qs << None << QString() << QString() << true;
    QTest::newRow("keychain: an API key clears the password")
        << true << false << false << QString() << u"key"_qs << None << u"key"_qs << QString() << QString() << true;
    QTest::newRow("keychain: the environment's password is left alone")
        << true << false << true << u"typed-pw"_qs << QString() << u"old-pw"_qs << None << QString() << QString()
        << true;
    QTest::newRow("no keychain: both stay in memory") << false << false << false << u"pw"_qs << u"key"_qs
                                                      << u"old-pw"_qs << u"old-key"_qs << u"pw"_qs << u"key"_qs << true;
    QTest::newRow("keychain refuses: memory for the session, and said so")
        << true << true << false << u"pw"_qs << QString() << u"old-pw"_qs << None << u"pw"_qs << QString() << false;
}

void TestCredentialPolicy::elasticsearchKeepsTheChosenSecretOnly()
{
    QFETCH(bool, keychain);
    QFETCH(bool, refuses);
    QFETCH(bool, passwordFromEnvironment);
    QFETCH(QString, password);
    QFETCH(QString, apiKey);
    QFETCH(QString, keptPassword);
    QFETCH(QString, keptApiKey);
    QFETCH(QString, sessionPassword);
    QFETCH(QString, sessionApiKey);
    QFETCH(bool, ok);

    ProbeSecretStore store;
    QVERIFY(store.write(EsPassword, QStringLiteral("old-pw"), nullptr));
    QVERIFY(store.write(EsApiKey, QStringLiteral("old-key"), nullptr));
    store.setAvailable(keychain);
    store.refuseWrites = refuses;
    if (passwordFromEnvironment)
        qputenv("PAYRECON_ES_PASSWORD", "env-pw");
    QSettings settings;
    SecretResolver secrets(&store, settings);
    const CredentialPolicy::EsSecretsResult result
        = CredentialPolicy(secrets, settings).keepElasticsearchSecrets(password, apiKey);
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QVERIFY2(
            result.message.contains(u"session only") && !result.message.contains(password), qPrintable(result.message));
    }
    QCOMPARE(result.sessionPassword, sessionPassword);
    QCOMPARE(result.sessionApiKey, sessionApiKey);
    store.setAvailable(true);
    QCOMPARE(store.entries().value(EsPassword, None), keptPassword);
    QCOMPARE(store.entries().value(EsApiKey, None), keptApiKey);
}

void TestCredentialPolicy::storeChoiceKeepsThePasswordAndSaysWhatSwitches_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<QString>("session"); ///< the store in use, with password "old"
    QTest::addColumn<QString>("location"); ///< the dialog's choice; empty for this computer
    QTest::addColumn<bool>("team");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("locationFromEnvironment");
    QTest::addColumn<bool>("passwordFromEnvironment");
    QTest::addColumn<bool>("sameStore");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("sessionPassword"); ///< the store in use afterwards
    QTest::addColumn<QString>("keychainPassword"); ///< store/password afterwards (before: "old")
    QTest::addColumn<QVariant>("savedUrl"); ///< settings store/url afterwards; null: absent

    const QString local = QString();
    QTest::newRow("same team store, keychain: new password now and kept")
        << true << Team << Team << true << u"new"_qs << false << false << true << true << u"new"_qs << u"new"_qs
        << QVariant(Team);
    QTest::newRow("same team store, no keychain: new password for this session")
        << false << Team << Team << true << u"new"_qs << false << false << true << true << u"new"_qs << u"old"_qs
        << QVariant(Team);
    QTest::newRow("same team store, emptied password: cleared, never another's")
        << true << Team << Team << true << QString() << false << false << true << true << QString() << None
        << QVariant(Team);
    QTest::newRow("another team store, keychain: switches at the next start")
        << true << Team << OtherTeam << true << u"new"_qs << false << false << false << true << u"old"_qs << u"new"_qs
        << QVariant(OtherTeam);
    QTest::newRow("another team store, no keychain: asks for the variable")
        << false << local << Team << true << u"new"_qs << false << false << false << false << u"old"_qs << u"old"_qs
        << QVariant(Team);
    QTest::newRow("back to this computer: store/url removed, password kept")
        << true << Team << local << false << QString() << false << false << false << true << u"old"_qs << u"old"_qs
        << QVariant();
    QTest::newRow("the environment decides the location: still the same store")
        << true << Team << OtherTeam << true << u"new"_qs << true << false << true << true << u"new"_qs << u"new"_qs
        << QVariant();
    QTest::newRow("the environment decides the password: nothing saved for it")
        << true << Team << Team << true << u"env"_qs << false << true << true << true << u"old"_qs << u"old"_qs
        << QVariant(Team);
}

void TestCredentialPolicy::storeChoiceKeepsThePasswordAndSaysWhatSwitches()
{
    QFETCH(bool, keychain);
    QFETCH(QString, session);
    QFETCH(QString, location);
    QFETCH(bool, team);
    QFETCH(QString, password);
    QFETCH(bool, locationFromEnvironment);
    QFETCH(bool, passwordFromEnvironment);
    QFETCH(bool, sameStore);
    QFETCH(bool, ok);
    QFETCH(QString, sessionPassword);
    QFETCH(QString, keychainPassword);
    QFETCH(QVariant, savedUrl);

    ProbeSecretStore store;
    QVERIFY(store.write(StorePassword, QStringLiteral("old"), nullptr));
    store.setAvailable(keychain);
    QSettings settings;
    SecretResolver secrets(&store, settings);
    const StoreLocation inUse { session.isEmpty() ? LocalStore::defaultPath() : session, QStringLiteral("old") };
    const CredentialPolicy::StoreResult result
        = CredentialPolicy(secrets, settings)
              .saveStoreChoice({ location, team, password, locationFromEnvironment, passwordFromEnvironment }, inUse);
    QCOMPARE(result.sameStore, sameStore);
    QCOMPARE(result.ok(), ok);
    QCOMPARE(result.needsNotice(), !sameStore || !ok);
    QVERIFY(result.session.sameStoreAs(inUse)); // this session keeps its store whatever was chosen
    QCOMPARE(result.session.password, sessionPassword);
    if (sameStore)
        QVERIFY2(result.message.contains(u"saved"), qPrintable(result.message));
    else
        QVERIFY2(result.message.contains(u"next start"), qPrintable(result.message));
    if (!ok)
        QVERIFY2(result.message.contains(u"PAYRECON_STORE_PASSWORD"), qPrintable(result.message));
    for (const QString &secret : { QStringLiteral("new"), QStringLiteral("old"), QStringLiteral("env") })
        QVERIFY2(!result.message.contains(u' ' + secret + u' '), qPrintable(result.message));
    store.setAvailable(true);
    QCOMPARE(store.entries().value(StorePassword, None), keychainPassword);
    QCOMPARE(settings.contains(QStringLiteral("store/url")), !savedUrl.isNull());
    if (!savedUrl.isNull())
        QCOMPARE(settings.value(QStringLiteral("store/url")).toString(), savedUrl.toString());
}

QTEST_GUILESS_MAIN(TestCredentialPolicy)
#include "tst_credentialpolicy.moc"
