// The window's secrets through a keychain (the in-memory store): Settings → Elasticsearch saves the password or API
// key there and nowhere else, Settings → Alert Rules saves a new webhook there, and without a keychain the
// dialogs say the earlier behaviour (session only, owner-only settings file) applies.
#include "alerts/alertrulesdialog.h"
#include "publish/elasticsearchdialog.h"
#include "window/mainwindow.h"
#include "store/localstore.h"
#include "store/memorysecretstore.h"
#include "settings/storedialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

class TestSecretDialogs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void elasticsearchPasswordIsSavedInTheKeychainOnly();
    void switchingToAnApiKeyClearsTheStoredPassword();
    void alertRulesSaveANewWebhookInTheKeychain();
    void withoutKeychainTheDialogsSayWhereSecretsGo();
    void teamStorePasswordIsSavedInTheKeychainOnly();
    void teamStoreWithoutKeychainAsksForTheEnvironment();

private:
    /// Triggers the window's action and, once its dialog is up, runs fill on it and accepts it.
    template <typename Dialog>
    void runDialog(const QString &actionName, const std::function<void(Dialog *)> &fill);
    QByteArray settingsText() const;

    QTemporaryDir m_dir;
    MemorySecretStore m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestSecretDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("PAYRECON_STORE", m_dir.filePath(QStringLiteral("store.sqlite")).toLocal8Bit());
    for (const char *name : { "PAYRECON_ES_URL", "PAYRECON_ES_USER", "PAYRECON_ES_PASSWORD", "PAYRECON_ES_API_KEY",
             "PAYRECON_DISCORD_WEBHOOK", "PAYRECON_KEYCHAIN", "PAYRECON_STORE_URL", "PAYRECON_STORE_PASSWORD" })
        qunsetenv(name);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("PayRecon"));
    QCoreApplication::setApplicationName(QStringLiteral("payrecon-tst_secretdialogs"));
    MainWindow::registerMetaTypes();
    QSettings().clear();
    // As main() does: the session's store, resolved once.
    m_window = std::make_unique<MainWindow>(StoreLocation { LocalStore::configuredLocation(), QString() });
    m_window->setAutoOpenDemo(false);
    m_window->setDemoDirectory(m_dir.filePath(QStringLiteral("demo")));
    m_window->setSecretStore(&m_store);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSecretDialogs::init()
{
    m_store.setAvailable(true);
    for (const QString &key : m_store.entries().keys())
        m_store.remove(key);
}

void TestSecretDialogs::cleanupTestCase()
{
    m_window.reset();
}

template <typename Dialog>
void TestSecretDialogs::runDialog(const QString &actionName, const std::function<void(Dialog *)> &fill)
{
    auto *action = m_window->findChild<QAction *>(actionName);
    QVERIFY(action);
    bool filled = false;
    // The dialog is modal: act on it from the event loop its exec() runs, and always close it (a failed check
    // inside fill returns early; an open dialog would hold the test until its timeout).
    QTimer::singleShot(0, this, [&] {
        auto *dialog = m_window->findChild<Dialog *>();
        if (!dialog)
            return;
        fill(dialog);
        filled = !QTest::currentTestFailed();
        dialog->accept();
    });
    action->trigger();
    QVERIFY(filled);
}

QByteArray TestSecretDialogs::settingsText() const
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSecretDialogs::elasticsearchPasswordIsSavedInTheKeychainOnly()
{
    runDialog<ElasticsearchDialog>(QStringLiteral("actionElasticsearchSettings"), [](ElasticsearchDialog *dialog) {
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("esSecretNote"))->text().contains(u"keychain"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("esPassword"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        dialog->findChild<QLineEdit *>(QStringLiteral("esNodes"))->setText(QStringLiteral("https://es.internal:9200"));
        auto *auth = dialog->findChild<QComboBox *>(QStringLiteral("esAuth"));
        auth->setCurrentIndex(1); // user and password
        dialog->findChild<QLineEdit *>(QStringLiteral("esUser"))->setText(QStringLiteral("publisher"));
        password->setText(QStringLiteral("dialog-s3cret"));
    });
    QCOMPARE(m_store.entries().value(QStringLiteral("elasticsearch/password")), QStringLiteral("dialog-s3cret"));
    const QByteArray text = settingsText();
    QVERIFY2(text.contains("publisher") && !text.contains("dialog-s3cret"), text.constData());
}

void TestSecretDialogs::switchingToAnApiKeyClearsTheStoredPassword()
{
    QVERIFY(m_store.write(QStringLiteral("elasticsearch/password"), QStringLiteral("old")));
    runDialog<ElasticsearchDialog>(QStringLiteral("actionElasticsearchSettings"), [](ElasticsearchDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("esNodes"))->setText(QStringLiteral("https://es.internal:9200"));
        dialog->findChild<QComboBox *>(QStringLiteral("esAuth"))->setCurrentIndex(2); // API key
        dialog->findChild<QLineEdit *>(QStringLiteral("esApiKey"))->setText(QStringLiteral("id:dialog-key"));
    });
    // A password left behind would be harmless, but an API key left behind would win over a new password: only
    // the chosen method's secret stays.
    QCOMPARE(m_store.entries().value(QStringLiteral("elasticsearch/api_key")), QStringLiteral("id:dialog-key"));
    QVERIFY(!m_store.entries().contains(QStringLiteral("elasticsearch/password")));
    QVERIFY(!settingsText().contains("dialog-key"));
}

void TestSecretDialogs::alertRulesSaveANewWebhookInTheKeychain()
{
    const QString webhook = QStringLiteral("https://discord.com/api/webhooks/77/DIALOGTOKEN");
    runDialog<AlertRulesDialog>(QStringLiteral("actionAlertRules"), [&webhook](AlertRulesDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("webhookEdit"))->setText(webhook);
    });
    QCOMPARE(m_store.entries().value(QStringLiteral("discord/webhook")), webhook);
    QVERIFY(!settingsText().contains("DIALOGTOKEN"));

    // Opened again: the webhook is shown masked, kept when nothing is typed, and not rewritten anywhere.
    runDialog<AlertRulesDialog>(QStringLiteral("actionAlertRules"), [](AlertRulesDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("webhookEdit"));
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!edit->placeholderText().contains(u"DIALOGTOKEN"));
        QVERIFY(dialog->settings().webhookFromKeychain);
    });
    QCOMPARE(m_store.entries().value(QStringLiteral("discord/webhook")), webhook);
    QVERIFY(!settingsText().contains("DIALOGTOKEN"));
}

void TestSecretDialogs::withoutKeychainTheDialogsSayWhereSecretsGo()
{
    m_store.setAvailable(false);
    runDialog<ElasticsearchDialog>(QStringLiteral("actionElasticsearchSettings"), [](ElasticsearchDialog *dialog) {
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("esSecretNote"))->text().contains(u"session only"));
        dialog->findChild<QComboBox *>(QStringLiteral("esAuth"))->setCurrentIndex(1);
        dialog->findChild<QLineEdit *>(QStringLiteral("esUser"))->setText(QStringLiteral("publisher"));
        dialog->findChild<QLineEdit *>(QStringLiteral("esPassword"))->setText(QStringLiteral("session-only-pw"));
    });
    QVERIFY(!settingsText().contains("session-only-pw"));

    const QString webhook = QStringLiteral("https://discord.com/api/webhooks/78/FILETOKEN");
    runDialog<AlertRulesDialog>(QStringLiteral("actionAlertRules"), [&webhook](AlertRulesDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("webhookEdit"))->setText(webhook);
    });
    // The earlier behaviour: the settings file, owner-only.
    QVERIFY(settingsText().contains("FILETOKEN"));
    QCOMPARE(QFile::permissions(QSettings().fileName()) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    m_store.setAvailable(true);
    QVERIFY(m_store.entries().isEmpty());
}

void TestSecretDialogs::teamStorePasswordIsSavedInTheKeychainOnly()
{
    runDialog<StoreDialog>(QStringLiteral("actionStoreSettings"), [](StoreDialog *dialog) {
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("storeSecretNote"))->text().contains(u"keychain"));
        dialog->findChild<QRadioButton *>(QStringLiteral("storeTeam"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("storeHost"))->setText(QStringLiteral("db.team.internal"));
        dialog->findChild<QLineEdit *>(QStringLiteral("storeDatabase"))->setText(QStringLiteral("payrecon"));
        dialog->findChild<QLineEdit *>(QStringLiteral("storeUser"))->setText(QStringLiteral("ops"));
        dialog->findChild<QLineEdit *>(QStringLiteral("storePassword"))->setText(QStringLiteral("store-s3cret"));
    });
    QCOMPARE(m_store.entries().value(QStringLiteral("store/password")), QStringLiteral("store-s3cret"));
    QCOMPARE(QSettings().value(QStringLiteral("store/url")).toString(),
        QStringLiteral("mysql://ops@db.team.internal:3306/payrecon"));
    QVERIFY(!settingsText().contains("store-s3cret"));
    // Another store than the window's: it says the switch comes at the next start, and keeps the one it has.
    auto *notice = m_window->findChild<QMessageBox *>(QStringLiteral("storeSavedNotice"));
    QVERIFY(notice);
    QVERIFY2(notice->text().contains(u"next start") && !notice->text().contains(u"store-s3cret"),
        qPrintable(notice->text()));
    notice->close();
    QCOMPARE(m_window->storeLocation().location, LocalStore::defaultPath());

    // Opened again: the fields and the password come back; choosing this computer removes store/url.
    runDialog<StoreDialog>(QStringLiteral("actionStoreSettings"), [](StoreDialog *dialog) {
        QVERIFY(dialog->isTeam());
        QCOMPARE(
            dialog->findChild<QLineEdit *>(QStringLiteral("storeHost"))->text(), QStringLiteral("db.team.internal"));
        QCOMPARE(dialog->password(), QStringLiteral("store-s3cret"));
        dialog->findChild<QRadioButton *>(QStringLiteral("storeLocal"))->setChecked(true);
    });
    QVERIFY(!QSettings().contains(QStringLiteral("store/url")));
    QCOMPARE(m_store.entries().value(QStringLiteral("store/password")), QStringLiteral("store-s3cret"));
}

void TestSecretDialogs::teamStoreWithoutKeychainAsksForTheEnvironment()
{
    m_store.setAvailable(false);
    runDialog<StoreDialog>(QStringLiteral("actionStoreSettings"), [](StoreDialog *dialog) {
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("storeSecretNote"))->text().contains(u"No keychain"));
        dialog->findChild<QRadioButton *>(QStringLiteral("storeTeam"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("storeHost"))->setText(QStringLiteral("db.team.internal"));
        dialog->findChild<QLineEdit *>(QStringLiteral("storeDatabase"))->setText(QStringLiteral("payrecon"));
        dialog->findChild<QLineEdit *>(QStringLiteral("storeUser"))->setText(QStringLiteral("ops"));
        dialog->findChild<QLineEdit *>(QStringLiteral("storePassword"))->setText(QStringLiteral("nowhere-pw"));
    });
    QVERIFY(!settingsText().contains("nowhere-pw"));
    auto *notice = m_window->findChild<QMessageBox *>(QStringLiteral("storeSavedNotice"));
    QVERIFY(notice);
    QVERIFY2(notice->text().contains(u"PAYRECON_STORE_PASSWORD"), qPrintable(notice->text()));
    notice->close();
    QSettings().remove(QStringLiteral("store/url"));
    m_store.setAvailable(true);
    QVERIFY(m_store.entries().isEmpty());
}

QTEST_MAIN(TestSecretDialogs)
#include "tst_secretdialogs.moc"
