#include "alerts/desktopnotifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>
#include <QVariantMap>
#include <utility>

Q_LOGGING_CATEGORY(lcNotify, "payrecon.gui.notify", QtInfoMsg)

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
/// The installed launcher (installer/linux) and its icon: the service shows PayRecon's name and icon with them.
const QString kDesktopEntry = QStringLiteral("io.payrecon.PayRecon");
const QString kIconName = QStringLiteral("payrecon");
/// A service that has not answered in this time is treated as absent; D-Bus's own default is 25 s.
constexpr int kCallTimeoutMs = 5000;
/// Held while the service is asked what it can do; more than this in that second is a burst nobody reads.
constexpr int kMaxPending = 20;

} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent)
    : DesktopNotifications(QDBusConnection::sessionBus(), parent)
{ }

DesktopNotifications::DesktopNotifications(const QDBusConnection &bus, QObject *parent)
    : QObject { parent }
    , m_bus { bus }
{
    setObjectName(QStringLiteral("desktopNotifications"));
    if (!m_bus.isConnected()) {
        setState(State::Unavailable, QStringLiteral("no D-Bus session bus (%1)").arg(m_bus.lastError().message()));
        return;
    }
    m_bus.connect(
        kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(
        kService, kPath, kInterface, QStringLiteral("ActivationToken"), this, SLOT(onActivationToken(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
        SLOT(onNotificationClosed(uint, uint)));
    // A notification daemon started after the window (or restarted) is taken up; one that quits is let go.
    m_watcher = new QDBusServiceWatcher(
        kService, m_bus, QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] {
        if (m_state != State::Probing)
            probe();
    });
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        m_tagById.clear();
        m_idByTag.clear();
        m_tokenById.clear();
        setState(State::Unavailable, QStringLiteral("the notification service quit"));
    });
    probe();
}

void DesktopNotifications::probe()
{
    m_state = State::Probing;
    // GetCapabilities is the cheapest call the specification has; it also starts a D-Bus-activatable service.
    const QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            m_pending.clear();
            setState(State::Unavailable, reply.error().message());
            return;
        }
        m_capabilities = reply.value();
        qCDebug(lcNotify) << "Desktop notifications available; capabilities" << m_capabilities;
        setState(State::Available);
        const QList<Pending> pending = std::exchange(m_pending, {});
        for (const Pending &p : pending)
            send(p);
    });
}

void DesktopNotifications::setState(State state, const QString &reason)
{
    if (state == State::Unavailable && !m_loggedAbsence) {
        // Once: a desktop without the service (a kiosk, a remote session) would otherwise log on every alert.
        m_loggedAbsence = true;
        qCInfo(lcNotify).noquote() << "No desktop notification service:" << reason
                                   << "- alerts and finished runs are shown in the window only.";
    }
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void DesktopNotifications::notify(const QString &tag, const QString &summary, const QString &body, Urgency urgency)
{
    const Pending notification { tag, summary, body, urgency };
    switch (m_state) {
    case State::Available:
        send(notification);
        break;
    case State::Probing:
        if (m_pending.size() < kMaxPending)
            m_pending.append(notification);
        break;
    case State::Unavailable:
        break;
    }
}

void DesktopNotifications::send(const Pending &n)
{
    QStringList actions;
    if (m_capabilities.contains(QLatin1String("actions"))) {
        // "default" is a click on the notification itself; "open" the button where the service shows buttons.
        actions = QStringList { QStringLiteral("default"), tr("Open"), QStringLiteral("open"), tr("Open") };
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(n.urgency)));
    hints.insert(QStringLiteral("desktop-entry"), kDesktopEntry);
    // With body-markup the body is markup: a merchant called "A&B <주>" must not become a tag.
    const QString body = m_capabilities.contains(QLatin1String("body-markup")) ? n.body.toHtmlEscaped() : n.body;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << QStringLiteral("PayRecon") << m_idByTag.value(n.tag, 0u) << kIconName << n.summary << body << actions
         << hints << qint32(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, tag = n.tag](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            qCDebug(lcNotify) << "Notify failed:" << reply.error().message();
            if (reply.error().type() == QDBusError::ServiceUnknown)
                setState(State::Unavailable, reply.error().message());
            return;
        }
        const uint id = reply.value();
        if (const uint previous = m_idByTag.value(tag, 0u); previous != 0 && previous != id)
            m_tagById.remove(previous);
        m_tagById.insert(id, tag);
        m_idByTag.insert(tag, id);
    });
}

void DesktopNotifications::close(const QString &tag)
{
    const uint id = m_idByTag.value(tag, 0u);
    if (id == 0 || m_state != State::Available)
        return;
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("CloseNotification"));
    call << id;
    m_bus.asyncCall(call, kCallTimeoutMs); // the service answers with NotificationClosed
}

void DesktopNotifications::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_tagById.constFind(id);
    if (it == m_tagById.cend())
        return; // another application's notification: the signal goes to everyone listening
    if (actionKey == QLatin1String("default") || actionKey == QLatin1String("open"))
        emit opened(*it, m_tokenById.take(id));
}

void DesktopNotifications::onActivationToken(uint id, const QString &token)
{
    if (m_tagById.contains(id))
        m_tokenById.insert(id, token);
}

void DesktopNotifications::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason) // expired, dismissed, closed by a call, or undefined: the notification is gone either way
    const auto it = m_tagById.constFind(id);
    if (it == m_tagById.cend())
        return;
    const QString tag = *it;
    forget(id);
    emit closed(tag);
}

void DesktopNotifications::forget(uint id)
{
    const QString tag = m_tagById.take(id);
    if (m_idByTag.value(tag) == id)
        m_idByTag.remove(tag);
    m_tokenById.remove(id);
}
