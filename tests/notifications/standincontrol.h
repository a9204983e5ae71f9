// The test's handle on the notification stand-in, exported at /control as io.payrecon.test.NotificationsControl:
// play the user clicking or dismissing a notification, or make the service vanish from the bus.
#pragma once

#include <QObject>

class NotificationsStandIn;

class StandInControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StandInControl)
    Q_CLASSINFO("D-Bus Interface", "io.payrecon.test.NotificationsControl")

public:
    explicit StandInControl(NotificationsStandIn *service, QObject *parent = nullptr);

public slots:
    /// A click: ActivationToken, ActionInvoked(id, actionKey), then NotificationClosed (2, dismissed), as GNOME does.
    void Invoke(uint id, const QString &actionKey);
    /// The user closed it without opening it.
    void Dismiss(uint id);
    /// Releases org.freedesktop.Notifications: the desktop has no notification service any more.
    bool Vanish();

private:
    NotificationsStandIn *m_service;
};
