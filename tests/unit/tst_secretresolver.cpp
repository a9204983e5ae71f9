// SecretResolver over the in-memory store: precedence (environment > keychain > settings file), the move of
// settings-file secrets into the keychain, the no-keychain fallback, and EsConfig/AlertSettings reading through it.
#include "alerts/alertsettings.h"
#include "publish/esconfig.h"
#include "store/memorysecretstore.h"
#include "store/secretresolver.h"
#include "store/secretstore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
// Every message of the run, to prove no secret value ever reaches the log.
QStringList s_messages;
QtMessageHandler s_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_messages << QString::fromLatin1(context.category ? context.category : "") + u": " + message;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

const QString Webhook = QStringLiteral("https://discord.com/api/webhooks/42/file-token");
const QString KeychainWebhook = QStringLiteral("https://discord.com/api/webhooks/42/keychain-token");
const QString EnvWebhook = QStringLiteral("https://discord.com/api/webhooks/42/env-token");
} // namespace

class TestSecretResolver final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void precedence_data();
    void precedence();
    void migrationMovesSettingsFileSecretsIntoTheKeychain();
    void migrationDropsAFileCopyTheKeychainSupersedes();
    void noKeychainLeavesTheFileAlone();
    void noKeychainIsLoggedOncePerProcess();
    void keychainTurnedOffByEnvironment();
    void storeWithKeychainLeavesNothingInTheFile();
    void storeWithoutKeychainWebhookGoesToOwnerOnlyFile();
    void storeWithoutKeychainElasticsearchSecretsPointAtTheEnvironment_data();
    void storeWithoutKeychainElasticsearchSecretsPointAtTheEnvironment();
    void clearRemovesKeychainAndFileCopies();
    void esConfigTakesKeychainSecretsUnderTheEnvironment();
    void alertSettingsSaveANewWebhookIntoTheKeychain();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("payrecon.conf")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_store;
};

void TestSecretResolver::initTestCase()
{
    s_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestSecretResolver::init()
{
    for (const char *name : { "PAYRECON_ES_PASSWORD", "PAYRECON_ES_API_KEY", "PAYRECON_DISCORD_WEBHOOK",
             "PAYRECON_ES_URL", "PAYRECON_ES_USER", "PAYRECON_KEYCHAIN", "PAYRECON_STORE_PASSWORD" })
        qunsetenv(name);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    m_store.setAvailable(true);
    for (const QString &key : SecretResolver::keys())
        m_store.remove(key);
}

void TestSecretResolver::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestSecretResolver::cleanupTestCase()
{
    qInstallMessageHandler(s_previousHandler);
    for (const QString &message : std::as_const(s_messages)) {
        for (const QString &secret : { Webhook, KeychainWebhook, EnvWebhook, QStringLiteral("s3cret") })
            QVERIFY2(!message.contains(secret), qPrintable(message));
    }
}

void TestSecretResolver::precedence_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("keychain");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("keychainAvailable");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<SecretOrigin>("origin");

    const QString hook = QLatin1String(SecretStore::DiscordWebhookKey);
    const QString password = QLatin1String(SecretStore::EsPasswordKey);
    const QString apiKey = QLatin1String(SecretStore::EsApiKeyKey);
    QTest::newRow("webhook: environment wins over both")
        << hook << EnvWebhook << KeychainWebhook << Webhook << true << EnvWebhook << SecretOrigin::Environment;
    QTest::newRow("webhook: keychain wins over the file")
        << hook << QString() << KeychainWebhook << Webhook << true << KeychainWebhook << SecretOrigin::Keychain;
    QTest::newRow("webhook: the file when the keychain has none")
        << hook << QString() << QString() << Webhook << true << Webhook << SecretOrigin::SettingsFile;
    QTest::newRow("webhook: the file when there is no keychain")
        << hook << QString() << KeychainWebhook << Webhook << false << Webhook << SecretOrigin::SettingsFile;
    QTest::newRow("webhook: nowhere") << hook << QString() << QString() << QString() << true << QString()
                                      << SecretOrigin::NotSet;
    QTest::newRow("password: environment")
        << password << u"env pw "_qs << u"kc"_qs << QString() << true << u"env pw "_qs << SecretOrigin::Environment;
    QTest::newRow("password: keychain") << password << QString() << u"kc pw"_qs << u"file pw"_qs << true << u"kc pw"_qs
                                        << SecretOrigin::Keychain;
    QTest::newRow("api key: keychain") << apiKey << QString() << u"id:key"_qs << QString() << true << u"id:key"_qs
                                       << SecretOrigin::Keychain;
    const QString store = QLatin1String(SecretStore::StorePasswordKey);
    QTest::newRow("store password: environment, untrimmed")
        << store << u" env store pw "_qs << u"kc"_qs << QString() << true << u" env store pw "_qs
        << SecretOrigin::Environment;
    QTest::newRow("store password: keychain")
        << store << QString() << u"kc store"_qs << u"file store"_qs << true << u"kc store"_qs << SecretOrigin::Keychain;
    QTest::newRow("store password: nowhere")
        << store << QString() << QString() << QString() << true << QString() << SecretOrigin::NotSet;
    QTest::newRow("api key: file without keychain")
        << apiKey << QString() << QString() << u"id:file"_qs << false << u"id:file"_qs << SecretOrigin::SettingsFile;
}

void TestSecretResolver::precedence()
{
    QFETCH(QString, key);
    QFETCH(QString, environment);
    QFETCH(QString, keychain);
    QFETCH(QString, file);
    QFETCH(bool, keychainAvailable);
    QFETCH(QString, expected);
    QFETCH(SecretOrigin, origin);

    if (!environment.isEmpty())
        qputenv(SecretResolver::environmentVariable(key).toLatin1().constData(), environment.toUtf8());
    if (!keychain.isEmpty())
        QVERIFY(m_store.write(key, keychain));
    if (!file.isEmpty())
        m_settings->setValue(SecretResolver::settingsKey(key), file);
    m_store.setAvailable(keychainAvailable);
    SecretResolver secrets(&m_store, *m_settings);
    const SecretResolver::Resolved resolved = secrets.resolve(key);
    QCOMPARE(resolved.value, expected);
    QCOMPARE(resolved.origin, origin);
}

void TestSecretResolver::migrationMovesSettingsFileSecretsIntoTheKeychain()
{
    m_settings->setValue(QStringLiteral("alerts/webhook"), Webhook);
    m_settings->setValue(QStringLiteral("alerts/table"), QStringLiteral("payments"));
    m_settings->setValue(QStringLiteral("elasticsearch/password"), QStringLiteral("s3cret"));
    m_settings->sync();
    SecretResolver secrets(&m_store, *m_settings);
    QTest::ignoreMessage(QtInfoMsg, "moved the Discord webhook into the keychain");
    QTest::ignoreMessage(QtInfoMsg, "moved the Elasticsearch password into the keychain");
    QString error;
    QCOMPARE(secrets.migrate(&error), 2);
    QVERIFY(error.isEmpty());
    QCOMPARE(m_store.entries().value(QStringLiteral("discord/webhook")), Webhook);
    QCOMPARE(m_store.entries().value(QStringLiteral("elasticsearch/password")), QStringLiteral("s3cret"));
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(!text.contains("file-token") && !text.contains("s3cret"), text.constData());
    QVERIFY(text.contains("table=payments"));
    // A second start has nothing left to move.
    QCOMPARE(secrets.migrate(&error), 0);
}

void TestSecretResolver::migrationDropsAFileCopyTheKeychainSupersedes()
{
    QVERIFY(m_store.write(QStringLiteral("discord/webhook"), KeychainWebhook));
    m_settings->setValue(QStringLiteral("alerts/webhook"), Webhook);
    SecretResolver secrets(&m_store, *m_settings);
    QCOMPARE(secrets.migrate(), 0);
    QCOMPARE(m_store.entries().value(QStringLiteral("discord/webhook")), KeychainWebhook);
    QVERIFY(!m_settings->contains(QStringLiteral("alerts/webhook")));
}

void TestSecretResolver::noKeychainLeavesTheFileAlone()
{
    m_settings->setValue(QStringLiteral("alerts/webhook"), Webhook);
    m_store.setAvailable(false);
    SecretResolver secrets(&m_store, *m_settings);
    QCOMPARE(secrets.migrate(), 0);
    QVERIFY(!secrets.keychainAvailable());
    QVERIFY(!secrets.keychainProblem().isEmpty());
    QCOMPARE(m_settings->value(QStringLiteral("alerts/webhook")).toString(), Webhook);
    QCOMPARE(secrets.resolve(QStringLiteral("discord/webhook")).origin, SecretOrigin::SettingsFile);
    // Without any store (no keychain support) it is the same.
    SecretResolver none(nullptr, *m_settings);
    QCOMPARE(none.resolve(QStringLiteral("discord/webhook")).value, Webhook);
}

void TestSecretResolver::noKeychainIsLoggedOncePerProcess()
{
    m_store.setAvailable(false);
    for (int i = 0; i < 3; ++i) {
        SecretResolver secrets(&m_store, *m_settings);
        QVERIFY(!secrets.keychainAvailable());
        secrets.resolve(QStringLiteral("discord/webhook"));
    }
    // Whichever test function met the missing keychain first, the whole run said so exactly once.
    const auto said = std::count_if(s_messages.cbegin(), s_messages.cend(),
        [](const QString &m) { return m.contains(u"no OS keychain") || m.contains(u"keychain turned off"); });
    QCOMPARE(said, 1);
}

void TestSecretResolver::keychainTurnedOffByEnvironment()
{
    QVERIFY(m_store.write(QStringLiteral("discord/webhook"), KeychainWebhook));
    m_settings->setValue(QStringLiteral("alerts/webhook"), Webhook);
    qputenv("PAYRECON_KEYCHAIN", "off");
    SecretResolver secrets(&m_store, *m_settings);
    QVERIFY(!secrets.keychainAvailable());
    QVERIFY(secrets.keychainProblem().contains(u"PAYRECON_KEYCHAIN"));
    QCOMPARE(secrets.resolve(QStringLiteral("discord/webhook")).value, Webhook);
    QCOMPARE(secrets.migrate(), 0);
}

void TestSecretResolver::storeWithKeychainLeavesNothingInTheFile()
{
    m_settings->setValue(QStringLiteral("elasticsearch/api_key"), QStringLiteral("old"));
    SecretResolver secrets(&m_store, *m_settings);
    SecretOrigin storedIn = SecretOrigin::NotSet;
    QString error, warning;
    QVERIFY(
        secrets.store(QStringLiteral("elasticsearch/api_key"), QStringLiteral("id:new"), &storedIn, &error, &warning));
    QCOMPARE(storedIn, SecretOrigin::Keychain);
    QVERIFY(warning.isEmpty());
    QCOMPARE(m_store.entries().value(QStringLiteral("elasticsearch/api_key")), QStringLiteral("id:new"));
    QVERIFY(!m_settings->contains(QStringLiteral("elasticsearch/api_key")));
}

void TestSecretResolver::storeWithoutKeychainWebhookGoesToOwnerOnlyFile()
{
    m_store.setAvailable(false);
    SecretResolver secrets(&m_store, *m_settings);
    SecretOrigin storedIn = SecretOrigin::NotSet;
    QString error, warning;
    QVERIFY(secrets.store(QStringLiteral("discord/webhook"), Webhook, &storedIn, &error, &warning));
    QCOMPARE(storedIn, SecretOrigin::SettingsFile);
    QVERIFY(warning.contains(settingsPath()));
    QCOMPARE(m_settings->value(QStringLiteral("alerts/webhook")).toString(), Webhook);
    QCOMPARE(QFile::permissions(settingsPath()) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
        QFile::Permissions());
    QVERIFY(m_store.entries().isEmpty());
}

void TestSecretResolver::storeWithoutKeychainElasticsearchSecretsPointAtTheEnvironment_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("variable");
    QTest::newRow("password") << QStringLiteral("elasticsearch/password") << QStringLiteral("PAYRECON_ES_PASSWORD");
    QTest::newRow("api key") << QStringLiteral("elasticsearch/api_key") << QStringLiteral("PAYRECON_ES_API_KEY");
    QTest::newRow("team store password") << QStringLiteral("store/password")
                                         << QStringLiteral("PAYRECON_STORE_PASSWORD");
}

void TestSecretResolver::storeWithoutKeychainElasticsearchSecretsPointAtTheEnvironment()
{
    QFETCH(QString, key);
    QFETCH(QString, variable);
    m_store.setAvailable(false);
    SecretResolver secrets(&m_store, *m_settings);
    QString error;
    QVERIFY(!secrets.store(key, QStringLiteral("s3cret"), nullptr, &error));
    QVERIFY2(error.contains(variable), qPrintable(error));
    QVERIFY(!m_settings->contains(SecretResolver::settingsKey(key)));
}

void TestSecretResolver::clearRemovesKeychainAndFileCopies()
{
    QVERIFY(m_store.write(QStringLiteral("elasticsearch/password"), QStringLiteral("s3cret")));
    m_settings->setValue(QStringLiteral("elasticsearch/password"), QStringLiteral("s3cret"));
    SecretResolver secrets(&m_store, *m_settings);
    QString error;
    QVERIFY(secrets.clear(QStringLiteral("elasticsearch/password"), &error));
    QVERIFY(m_store.entries().isEmpty());
    QVERIFY(!m_settings->contains(QStringLiteral("elasticsearch/password")));
    QCOMPARE(secrets.resolve(QStringLiteral("elasticsearch/password")).origin, SecretOrigin::NotSet);
}

void TestSecretResolver::esConfigTakesKeychainSecretsUnderTheEnvironment()
{
    m_settings->setValue(QStringLiteral("elasticsearch/urls"), QStringLiteral("https://es.internal:9200"));
    m_settings->setValue(QStringLiteral("elasticsearch/user"), QStringLiteral("publisher"));
    QVERIFY(m_store.write(QStringLiteral("elasticsearch/password"), QStringLiteral("kc-pw")));
    SecretResolver secrets(&m_store, *m_settings);
    EsConfig config = EsConfig::load(*m_settings, &secrets);
    QCOMPARE(config.password, QStringLiteral("kc-pw"));
    QCOMPARE(config.validate(), QString());
    QVERIFY(!config.describe().contains(u"kc-pw"));

    qputenv("PAYRECON_ES_PASSWORD", "env-pw");
    config = EsConfig::load(*m_settings, &secrets);
    QCOMPARE(config.password, QStringLiteral("env-pw"));
    // Without a resolver (the behaviour before the keychain): settings and environment only.
    qunsetenv("PAYRECON_ES_PASSWORD");
    QCOMPARE(EsConfig::load(*m_settings).password, QString());
}

void TestSecretResolver::alertSettingsSaveANewWebhookIntoTheKeychain()
{
    SecretResolver secrets(&m_store, *m_settings);
    AlertSettings a = AlertSettings::load(*m_settings, &secrets);
    QVERIFY(a.webhook.isEmpty());
    a.webhook = KeychainWebhook;
    QString warning;
    a.save(*m_settings, &warning, &secrets);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QVERIFY(!m_settings->contains(QStringLiteral("alerts/webhook")));
    QCOMPARE(m_store.entries().value(QStringLiteral("discord/webhook")), KeychainWebhook);

    const AlertSettings b = AlertSettings::load(*m_settings, &secrets);
    QCOMPARE(b.webhook, KeychainWebhook);
    QVERIFY(b.webhookFromKeychain);
    QVERIFY(!b.webhookFromEnvironment);

    qputenv("PAYRECON_DISCORD_WEBHOOK", EnvWebhook.toUtf8());
    const AlertSettings c = AlertSettings::load(*m_settings, &secrets);
    QCOMPARE(c.webhook, EnvWebhook);
    QVERIFY(c.webhookFromEnvironment);
    // Saving settings that came from the environment copies the webhook nowhere.
    c.save(*m_settings, &warning, &secrets);
    QCOMPARE(m_store.entries().value(QStringLiteral("discord/webhook")), KeychainWebhook);
    QVERIFY(!m_settings->contains(QStringLiteral("alerts/webhook")));
}

QTEST_GUILESS_MAIN(TestSecretResolver)
#include "tst_secretresolver.moc"
