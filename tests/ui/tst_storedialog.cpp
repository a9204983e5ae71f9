// Settings → Team store offscreen: the fields and the store URL round trip (never a password in it), the
// environment's override shown read-only, and Test connection on its worker thread against the MariaDB fixture
// (server version, PayRecon's tables, and the exact cause of a failure without the password).
#include "mariadbenv.h"
#include "store/localstore.h"
#include "settings/storedialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

class TestStoreDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void urlRoundTripsThroughTheFields_data();
    void urlRoundTripsThroughTheFields();
    void typedFieldsMakeAUrlWithoutThePassword();
    void thisComputerKeepsTheSqliteLocation();
    void incompleteTeamFormIsNotAccepted();
    void environmentOverrideIsReadOnly();
    // Against the MariaDB fixture (registered as tst_storedialog_mariadb).
    void testConnectionReportsServerAndTables();
    void wrongPasswordIsNamedWithoutThePassword();
    void unknownDatabaseAndUnreachableServerAreNamed();

private:
    static void fillFromFixture(StoreDialog &dialog, const MariaDbEnv &env, const QString &password);
    static QList<QVariant> runTest(StoreDialog &dialog);
};

void TestStoreDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStoreDialog::init()
{
    qunsetenv("PAYRECON_STORE_URL");
    qunsetenv(StoreLocation::PasswordVariable);
}

void TestStoreDialog::urlRoundTripsThroughTheFields_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("socket");
    QTest::addColumn<QString>("saved");

    QTest::newRow("host and port") << u"mysql://team@db.internal:3307/payrecon"_qs << u"db.internal"_qs << 3307
                                   << u"payrecon"_qs << u"team"_qs << QString()
                                   << u"mysql://team@db.internal:3307/payrecon"_qs;
    QTest::newRow("default port made explicit") << u"mysql://team@db/payrecon"_qs << u"db"_qs << 3306 << u"payrecon"_qs
                                                << u"team"_qs << QString() << u"mysql://team@db:3306/payrecon"_qs;
    QTest::newRow("socket") << u"mysql://team@localhost:3306/recon?socket=/run/mysqld/mysqld.sock"_qs << u"localhost"_qs
                            << 3306 << u"recon"_qs << u"team"_qs << u"/run/mysqld/mysqld.sock"_qs
                            << u"mysql://team@localhost:3306/recon?socket=/run/mysqld/mysqld.sock"_qs;
    QTest::newRow("user with a space") << u"mysql://kim%20lee@10.0.0.5:3306/store"_qs << u"10.0.0.5"_qs << 3306
                                       << u"store"_qs << u"kim lee"_qs << QString()
                                       << u"mysql://kim%20lee@10.0.0.5:3306/store"_qs;
}

void TestStoreDialog::urlRoundTripsThroughTheFields()
{
    QFETCH(QString, location);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, socket);
    QFETCH(QString, saved);
    StoreDialog dialog(location, QStringLiteral("pw-not-in-url"), true);
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("storeTeam"))->isChecked());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("storeHost"))->text(), host);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("storePort"))->value(), port);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("storeDatabase"))->text(), database);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("storeUser"))->text(), user);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("storeSocket"))->text(), socket);
    QCOMPARE(dialog.location(), saved);
    QVERIFY(dialog.isTeam());
    QCOMPARE(dialog.password(), QStringLiteral("pw-not-in-url"));
}

void TestStoreDialog::typedFieldsMakeAUrlWithoutThePassword()
{
    StoreDialog dialog(LocalStore::defaultPath(), QString(), true);
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("storeLocal"))->isChecked());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("storeHost"))->isEnabled());
    dialog.findChild<QRadioButton *>(QStringLiteral("storeTeam"))->setChecked(true);
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("storeHost"))->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("storeHost"))->setText(QStringLiteral(" db.team.internal "));
    dialog.findChild<QSpinBox *>(QStringLiteral("storePort"))->setValue(3310);
    dialog.findChild<QLineEdit *>(QStringLiteral("storeDatabase"))->setText(QStringLiteral("payrecon"));
    dialog.findChild<QLineEdit *>(QStringLiteral("storeUser"))->setText(QStringLiteral("ops"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("storePassword"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(QStringLiteral("typed-s3cret"));
    QCOMPARE(dialog.location(), QStringLiteral("mysql://ops@db.team.internal:3310/payrecon"));
    QCOMPARE(dialog.password(), QStringLiteral("typed-s3cret"));
    // The URL LocalStore will be given opens as a MySQL location (parsed, never a password).
    LocalStore store(StoreLocation { dialog.location() });
    QVERIFY(!store.describe().contains(u"typed-s3cret"));
}

void TestStoreDialog::thisComputerKeepsTheSqliteLocation()
{
    {
        StoreDialog dialog(LocalStore::defaultPath(), QString(), true);
        QCOMPARE(dialog.location(), QString()); // the default: store/url is removed
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("storeLocal"))
                    ->text()
                    .contains(QDir::toNativeSeparators(LocalStore::defaultPath())));
    }
    StoreDialog dialog(QStringLiteral("sqlite:///srv/payrecon/store.sqlite"), QString(), true);
    QVERIFY(
        dialog.findChild<QRadioButton *>(QStringLiteral("storeLocal"))->text().contains(u"/srv/payrecon/store.sqlite"));
    QCOMPARE(dialog.location(), QStringLiteral("sqlite:///srv/payrecon/store.sqlite"));
    QCOMPARE(dialog.password(), QString());
}

void TestStoreDialog::incompleteTeamFormIsNotAccepted()
{
    StoreDialog dialog(LocalStore::defaultPath(), QString(), true);
    dialog.findChild<QRadioButton *>(QStringLiteral("storeTeam"))->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("storeHost"))->setText(QStringLiteral("db"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("storeTestResult"))->text().contains(u"database"));
    QSignalSpy tested(&dialog, &StoreDialog::tested);
    dialog.testConnection();
    QCOMPARE(tested.count(), 1); // refused at once, nothing sent to the worker
    QVERIFY(!tested.at(0).at(0).toBool());
}

void TestStoreDialog::environmentOverrideIsReadOnly()
{
    qputenv("PAYRECON_STORE_URL", "mysql://envuser@env-db:3308/envstore");
    qputenv(StoreLocation::PasswordVariable, "env-pw");
    StoreDialog dialog(LocalStore::configuredLocation(), QString(), true);
    QVERIFY(dialog.locationFromEnvironment());
    QVERIFY(dialog.passwordFromEnvironment());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("storeHost"))->text(), QStringLiteral("env-db"));
    for (const char *name : { "storeHost", "storeDatabase", "storeUser", "storeSocket", "storePassword" })
        QVERIFY2(dialog.findChild<QLineEdit *>(QLatin1String(name))->isReadOnly(), name);
    QVERIFY(dialog.findChild<QSpinBox *>(QStringLiteral("storePort"))->isReadOnly());
    QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("storeLocal"))->isEnabled());
    QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("storeTeam"))->isEnabled());
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("storeEnvironmentNote"));
    QVERIFY(!note->isHidden());
    QVERIFY(note->text().contains(u"PAYRECON_STORE_URL") && note->text().contains(u"PAYRECON_STORE_PASSWORD"));
    QVERIFY(!note->text().contains(u"env-pw"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // Without the variables nothing is read-only.
    init();
    StoreDialog plain(QStringLiteral("mysql://u@h:3306/d"), QString(), true);
    QVERIFY(!plain.findChild<QLineEdit *>(QStringLiteral("storeHost"))->isReadOnly());
    QVERIFY(!plain.findChild<QLineEdit *>(QStringLiteral("storePassword"))->isReadOnly());
    QVERIFY(plain.findChild<QLabel *>(QStringLiteral("storeEnvironmentNote"))->isHidden());
}

void TestStoreDialog::fillFromFixture(StoreDialog &dialog, const MariaDbEnv &env, const QString &password)
{
    dialog.findChild<QRadioButton *>(QStringLiteral("storeTeam"))->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("storeHost"))->setText(env.value("PAYRECON_MARIADB_HOST"));
    dialog.findChild<QSpinBox *>(QStringLiteral("storePort"))->setValue(env.value("PAYRECON_MARIADB_PORT").toInt());
    dialog.findChild<QLineEdit *>(QStringLiteral("storeDatabase"))->setText(env.value("PAYRECON_MARIADB_DATABASE"));
    dialog.findChild<QLineEdit *>(QStringLiteral("storeUser"))->setText(env.value("PAYRECON_MARIADB_USER"));
    dialog.findChild<QLineEdit *>(QStringLiteral("storePassword"))->setText(password);
}

QList<QVariant> TestStoreDialog::runTest(StoreDialog &dialog)
{
    QSignalSpy tested(&dialog, &StoreDialog::tested);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("storeTestButton"));
    button->click();
    // Queued to the worker thread: the click returns before any answer, with the button off until it comes.
    if (!tested.isEmpty() || button->isEnabled())
        return {};
    if (!tested.wait(30000))
        return {};
    return tested.at(0);
}

void TestStoreDialog::testConnectionReportsServerAndTables()
{
    QString error;
    const std::optional<MariaDbEnv> env = MariaDbEnv::load(&error);
    QVERIFY2(env, qPrintable(error));
    const QString password = env->value("PAYRECON_LEDGER_PASSWORD");
    qunsetenv("PAYRECON_LEDGER_PASSWORD"); // the field's password, nothing else
    QVERIFY2(env->openAdmin(QStringLiteral("admin"), &error), qPrintable(error));
    QVERIFY2(MariaDbEnv::dropStoreTables(QStringLiteral("admin"), &error), qPrintable(error));

    StoreDialog dialog(LocalStore::defaultPath(), QString(), true);
    fillFromFixture(dialog, *env, password);
    QList<QVariant> result = runTest(dialog);
    QCOMPARE(result.size(), 2);
    QVERIFY2(result.at(0).toBool(), qPrintable(result.at(1).toString()));
    QString message = result.at(1).toString();
    QVERIFY2(message.contains(u"MariaDB 10") || message.contains(u"MariaDB 11"), qPrintable(message));
    QVERIFY2(message.contains(u"not there yet"), qPrintable(message));
    QVERIFY(!message.contains(password));
    auto *shown = dialog.findChild<QLabel *>(QStringLiteral("storeTestResult"));
    QVERIFY(shown->text().startsWith(u"✔"));

    // Once PayRecon has made its tables, their components and versions are named.
    {
        LocalStore store(StoreLocation { env->url(), password });
        QVERIFY2(store.open(&error), qPrintable(error));
        const QList<QStringList> steps { { QStringLiteral("CREATE TABLE payrecon_dialog_probe (id INT)") } };
        QVERIFY2(store.migrate(QStringLiteral("dialogprobe"), steps, steps, &error), qPrintable(error));
    }
    result = runTest(dialog);
    QCOMPARE(result.size(), 2);
    message = result.at(1).toString();
    QVERIFY2(result.at(0).toBool(), qPrintable(message));
    QVERIFY2(message.contains(u"tables are there: dialogprobe v1"), qPrintable(message));
    // For the docs and a look by eye: the dialog with a successful test.
    dialog.resize(dialog.sizeHint());
    const QString dir = QStringLiteral(PAYRECON_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/team-store.png")));
    QVERIFY2(MariaDbEnv::dropStoreTables(QStringLiteral("admin"), &error), qPrintable(error));
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
}

void TestStoreDialog::wrongPasswordIsNamedWithoutThePassword()
{
    QString error;
    const std::optional<MariaDbEnv> env = MariaDbEnv::load(&error);
    QVERIFY2(env, qPrintable(error));
    StoreDialog dialog(LocalStore::defaultPath(), QString(), true);
    fillFromFixture(dialog, *env, QStringLiteral("wrong-dialog-pw-93"));
    const QList<QVariant> result = runTest(dialog);
    QCOMPARE(result.size(), 2);
    const QString message = result.at(1).toString();
    QVERIFY2(!result.at(0).toBool(), qPrintable(message));
    QVERIFY2(message.contains(u"password is wrong") && message.contains(u"Access denied"), qPrintable(message));
    QVERIFY2(!message.contains(u"wrong-dialog-pw-93"), qPrintable(message));
    const QString shown = dialog.findChild<QLabel *>(QStringLiteral("storeTestResult"))->text();
    QVERIFY2(shown.startsWith(u"✖") && !shown.contains(u"wrong-dialog-pw-93"), qPrintable(shown));
}

void TestStoreDialog::unknownDatabaseAndUnreachableServerAreNamed()
{
    QString error;
    const std::optional<MariaDbEnv> env = MariaDbEnv::load(&error);
    QVERIFY2(env, qPrintable(error));
    const QString password = env->value("PAYRECON_LEDGER_PASSWORD");
    StoreDialog dialog(LocalStore::defaultPath(), QString(), true);
    fillFromFixture(dialog, *env, password);
    dialog.findChild<QLineEdit *>(QStringLiteral("storeDatabase"))->setText(QStringLiteral("payrecon_no_such_db"));
    QList<QVariant> result = runTest(dialog);
    QCOMPARE(result.size(), 2);
    QVERIFY(!result.at(0).toBool());
    // The fixture's user has rights on one database only: the server answers "access denied" to the name of
    // another one, which the dialog names as such.
    QString message = result.at(1).toString();
    QVERIFY2(message.contains(u"payrecon_no_such_db") && !message.contains(password), qPrintable(message));

    // Port 1 on loopback: nothing listens, the connection is refused at once.
    dialog.findChild<QLineEdit *>(QStringLiteral("storeDatabase"))->setText(env->value("PAYRECON_MARIADB_DATABASE"));
    dialog.findChild<QSpinBox *>(QStringLiteral("storePort"))->setValue(1);
    result = runTest(dialog);
    QCOMPARE(result.size(), 2);
    QVERIFY(!result.at(0).toBool());
    message = result.at(1).toString();
    QVERIFY2(message.contains(u"cannot be reached") && !message.contains(password), qPrintable(message));
}

QTEST_MAIN(TestStoreDialog)
#include "tst_storedialog.moc"
