// The desktop application: wiring only; everything it shows lives in ui/.
#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

namespace {
/// Installs PayRecon's catalogue (compiled in under :/i18n) and Qt's own (standard buttons, dialogs) for the
/// language chosen in View → Language: QSettings "ui/language" = "system" (default), "en" or "ko".
void installTranslators(QCoreApplication &app)
{
    const QString choice = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    if (choice == u"en")
        return; // the source text is English
    const QLocale locale = choice == u"system" ? QLocale::system() : QLocale(choice);
    auto *payrecon = new QTranslator(&app);
    if (!payrecon->load(locale, QStringLiteral("payrecon"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete payrecon;
        return; // no catalogue for this language: stay in English rather than mix in Qt's dialogs alone
    }
    QCoreApplication::installTranslator(payrecon);
    auto *qtbase = new QTranslator(&app);
    if (qtbase->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtbase);
    else
        delete qtbase;
}
} // namespace

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
    MainWindow::registerMetaTypes();
    installTranslators(app); // after the names above: QSettings needs them; before any widget exists

    MainWindow window;
    window.show();
    return app.exec();
}
