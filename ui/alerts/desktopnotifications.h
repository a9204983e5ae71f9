// Notifications through the desktop's own service (org.freedesktop.Notifications on the session bus: GNOME Shell,
// Plasma, xfce4-notifyd, Cinnamon, mate-notification-daemon, dunst), for desktops that show no tray icon. Every
// call is asynchronous, so a slow or hung service never holds the window. Without a session bus or a service the
// notifications are dropped after one log line; a service that appears later is used from then on.
#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QDBusServiceWatcher;

class DesktopNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifications)

public:
    enum class Urgency : uchar { Low = 0, Normal = 1, Critical = 2 };
    enum class State { Probing, Available, Unavailable };

    /// On the session bus.
    explicit DesktopNotifications(QObject *parent = nullptr);
    /// On bus (tests: a private session, or a connection that never connected).
    DesktopNotifications(const QDBusConnection &bus, QObject *parent);

    State state() const { return m_state; }
    bool isAvailable() const { return m_state == State::Available; }
    /// What the service said it can do (GetCapabilities): "actions", "body-markup", …
    QStringList capabilities() const { return m_capabilities; }

    /// Shows summary and body with an Open action. tag names the notification: opened() and closed() give it
    /// back, and a second notify() with a tag still on screen replaces that notification instead of adding one.
    /// Held back while the service is being asked what it can do; dropped when there is none.
    void notify(const QString &tag, const QString &summary, const QString &body, Urgency urgency);
    /// Takes the notification with this tag off the screen, if it is still there.
    void close(const QString &tag);

signals:
    void stateChanged(DesktopNotifications::State state);
    /// The user clicked the notification or its Open button. activationToken: an XDG activation token from the
    /// service (Wayland lets a window take the focus with it), or empty.
    void opened(const QString &tag, const QString &activationToken);
    /// The notification left the screen (expired, dismissed, opened, or closed by close()).
    void closed(const QString &tag);

private slots:
    // D-Bus signals of the service, connected by name.
    void onActionInvoked(uint id, const QString &actionKey);
    void onActivationToken(uint id, const QString &token);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Pending
    {
        QString tag;
        QString summary;
        QString body;
        Urgency urgency;
    };

    void probe();
    void setState(State state, const QString &reason = {});
    void send(const Pending &notification);
    void forget(uint id);

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher = nullptr;
    State m_state = State::Probing;
    bool m_loggedAbsence = false;
    QStringList m_capabilities;
    QList<Pending> m_pending; ///< while probing
    QHash<uint, QString> m_tagById;
    QHash<QString, uint> m_idByTag;
    QHash<uint, QString> m_tokenById;
};
