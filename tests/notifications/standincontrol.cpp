#include "standincontrol.h"

#include "notificationsstandin.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>

StandInControl::StandInControl(NotificationsStandIn *service, QObject *parent)
    : QObject { parent }
    , m_service { service }
{ }

void StandInControl::Invoke(uint id, const QString &actionKey)
{
    emit m_service->ActivationToken(id, QStringLiteral("stand-in-token-%1").arg(id));
    emit m_service->ActionInvoked(id, actionKey);
    emit m_service->NotificationClosed(id, 2);
}

void StandInControl::Dismiss(uint id)
{
    emit m_service->NotificationClosed(id, 2);
}

bool StandInControl::Vanish()
{
    return QDBusConnection::sessionBus().unregisterService(QStringLiteral("org.freedesktop.Notifications"));
}
