// The desktop application: wiring only; everything it shows lives in ui/.
#include "i18n/translations.h"
#include "keychainsecretstore.h"
#include "logging/rotatinglog.h"
#include "window/mainwindow.h"
#include "window/singleinstance.h"
#include "store/credentialpolicy.h"
#include "store/localstore.h"
#include "store/secretresolver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // As payrecon-cli without --verbose: progress logs only when asked for through QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("payrecon.*.info=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("PayRecon"));
    QCoreApplication::setApplicationName(QStringLiteral("payrecon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYRECON_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("PayRecon"));
    // Ties the window to the installed launcher (Wayland app id, taskbar grouping, the launcher's icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.payrecon.PayRecon"));
    QApplication::setWindowIcon(MainWindow::appIcon());
    MainWindow::registerMetaTypes();
    // Warnings and errors (and progress when QT_LOGGING_RULES asks) also go to rotating files in the data
    // folder, what support asks for after a bad morning; Help → Open Log Folder shows them.
    RotatingLog::Options logOptions;
    logOptions.directory = RotatingLog::defaultDirectory();
    RotatingLog::install(logOptions);
    // View → Language: QSettings "ui/language" = "system" (default), "en" (the source text) or "ko". After the
    // names above (QSettings needs them), before any widget exists.
    const QString language = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    if (language != u"en")
        Translations::install(app, language == u"system" ? QLocale::system() : QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Card settlement reconciliation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption checkStartup(QStringLiteral("check-startup"),
        QCoreApplication::translate(
            "main", "Show the main window, report it on standard output and quit (installation checks)."));
    parser.addOption(checkStartup);
    parser.process(app);

    const bool check = parser.isSet(checkStartup);
    SingleInstance instance;
    if (!check && !instance.claimOrActivate())
        return 0; // the running window came to the front

    // Secrets live in the OS keychain when the desktop has one; a webhook or password an older version left in
    // the settings file moves there now (before any window reads it). Without a keychain, SecretResolver logs so
    // once and everything stays where it was.
    KeychainSecretStore keychain;
    StoreLocation store;
    {
        QSettings settings;
        SecretResolver secrets(&keychain, settings);
        QString error;
        secrets.migrate(&error);
        if (!error.isEmpty())
            qCWarning(lcSecrets, "secrets were left in the settings file: %s", qUtf8Printable(error));
        // The window's outboxes, alerts and open items all open this store, resolved once here: a store/url saved in
        // Settings → Team store takes over at the next start, for all of them together. The team store's password
        // (PAYRECON_STORE_PASSWORD, else the keychain) is looked up only for a team store.
        store = CredentialPolicy(secrets, settings).storeLocation(LocalStore::configuredLocation());
    }

    MainWindow window(store);
    window.setSecretStore(&keychain);
    if (check)
        window.setAutoOpenDemo(false);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    window.show();
    if (check) {
        QTimer::singleShot(0, &window, [&window] {
            std::printf("payrecon %s: main window shown (%dx%d, platform %s)\n", PAYRECON_VERSION, window.width(),
                window.height(), qPrintable(QGuiApplication::platformName()));
            std::fflush(stdout);
            QCoreApplication::exit(window.isVisible() ? 0 : 1);
        });
    }
    return app.exec();
}
