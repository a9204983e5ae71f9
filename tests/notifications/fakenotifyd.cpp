// fake-notifyd: the notification stand-in as a process on the session bus (notification-session.sh starts it on a
// private bus before the test). fake-notifyd LOGFILE; prints "READY" once it owns the name. Runs until killed.
#include "notificationsstandin.h"
#include "standincontrol.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        QTextStream(stderr) << "usage: fake-notifyd LOGFILE\n";
        return 2;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QTextStream(stderr) << "fake-notifyd: no session bus: " << bus.lastError().message() << '\n';
        return 1;
    }
    NotificationsStandIn service(app.arguments().at(1));
    StandInControl control(&service);
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service,
            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
        || !bus.registerObject(QStringLiteral("/control"), &control, QDBusConnection::ExportAllSlots)
        || !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        QTextStream(stderr) << "fake-notifyd: " << bus.lastError().message() << '\n';
        return 1;
    }
    QTextStream(stdout) << "READY" << Qt::endl;
    return app.exec();
}
