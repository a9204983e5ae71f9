// A stand-in for the desktop's notification service: org.freedesktop.Notifications (specification 1.2) as a
// QObject exported on the session bus. Every call is written as one JSON line to a log file that the test reads;
// nothing is shown. The test's control object (StandInControl) makes it emit the service's signals.
#pragma once

#include <QFile>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

class NotificationsStandIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsStandIn)
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    /// logPath: one JSON object per line, {"method": …, …}, flushed at once.
    explicit NotificationsStandIn(const QString &logPath, QObject *parent = nullptr);

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    void CloseNotification(uint id);
    QStringList GetCapabilities();
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void ActivationToken(uint id, const QString &activationToken);
    void NotificationClosed(uint id, uint reason);

private:
    void log(const QJsonObject &entry);

    QFile m_log;
    uint m_lastId = 0;
};
