// The desktop application: wiring only; everything it shows lives in ui/.
#include "i18n/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>

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
    // View → Language: QSettings "ui/language" = "system" (default), "en" (the source text) or "ko". After the
    // names above (QSettings needs them), before any widget exists.
    const QString language = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    if (language != u"en")
        Translations::install(app, language == u"system" ? QLocale::system() : QLocale(language));

    MainWindow window;
    window.show();
    return app.exec();
}
