// The desktop application: wiring only; everything it shows lives in ui/.
#include "mainwindow.h"

#include <QApplication>
#include <QLoggingCategory>

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

    MainWindow window;
    window.show();
    return app.exec();
}
