#include "alerts/traynotifier.h"

#include "alerts/alertsdock.h"
#include "alerts/desktopnotifications.h"
#include "reconcile/reconsummary.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>
#include <algorithm>
#include <utility>

namespace {

const QString kRunTag = QStringLiteral("run");
/// Alert notifications the service may still show; beyond it an old one is forgotten (its click shows the window).
constexpr int kMaxAlertNotifications = 50;

/// PAYRECON_NOTIFICATIONS=off keeps the desktop's notification service out; under the offscreen platform (tests,
/// headless checks) it is used only with =on, so that a test run never notifies the desktop it was started from.
bool desktopNotificationsWanted()
{
    const QByteArray setting = qgetenv("PAYRECON_NOTIFICATIONS").trimmed().toLower();
    if (setting == "off")
        return false;
    if (setting == "on")
        return true;
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

} // namespace

TrayNotifier::TrayNotifier(const QIcon &icon, AlertsDock *dock, QAction *monitor, QAction *quit, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_dock(dock)
    , m_alertTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("trayNotifier"));
    connect(dock, &AlertsDock::monitoringChanged, this, &TrayNotifier::updateVisibility);
    // One notice per alert, but a burst becomes one summary: a screen full of balloons helps nobody.
    m_alertTimer->setSingleShot(true);
    m_alertTimer->setInterval(1500);
    connect(m_alertTimer, &QTimer::timeout, this, &TrayNotifier::showPendingAlerts);
    connect(dock, &AlertsDock::alertRaised, this, &TrayNotifier::onAlert);
    window->installEventFilter(this);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!desktopNotificationsWanted())
            return;
        // GNOME shows no tray icons: its notification service is how a hidden or covered window gets noticed.
        m_desktop = new DesktopNotifications(this);
        connect(m_desktop, &DesktopNotifications::opened, this, &TrayNotifier::onDesktopNotificationOpened);
        connect(
            m_desktop, &DesktopNotifications::closed, this, [this](const QString &tag) { m_alertsByTag.remove(tag); });
        return;
    }
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(tr("PayRecon"));
    auto *menu = new QMenu(window);
    menu->addAction(tr("Show PayRecon"), this, [this] { showWindow(); });
    menu->addAction(monitor);
    menu->addSeparator();
    menu->addAction(quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    // A click on the balloon opens what it announced (the last one: a tray shows one balloon at a time).
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastShownAlerts.isEmpty())
            showWindow();
        else
            openAlerts(m_lastShownAlerts);
    });
    connect(dock, &AlertsDock::todayCountChanged, this,
        [this](int count) { m_tray->setToolTip(tr("PayRecon: %n alert(s) today", nullptr, count)); });
}

bool TrayNotifier::isVisible() const
{
    return m_tray && m_tray->isVisible();
}

void TrayNotifier::notify(const QString &title, const QString &text)
{
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    else if (m_desktop)
        m_desktop->notify(QStringLiteral("notice"), title, text, DesktopNotifications::Urgency::Normal);
}

void TrayNotifier::updateVisibility()
{
    if (m_tray)
        m_tray->setVisible(m_dock->isMonitoring() || m_window->isHidden());
}

void TrayNotifier::runFinished(const ReconSummary &summary)
{
    // In front means active, or one of its dialogs is (the wrong-day question may be open right now).
    const QWidget *active = QApplication::activeWindow();
    if (!m_tray && !m_desktop)
        return;
    if (m_window->isVisible() && !m_window->isMinimized() && active
        && (active == m_window || m_window->isAncestorOf(active)))
        return; // the summary is on screen already
    const QLocale locale;
    const QString title = tr("Reconciliation finished");
    const QString text = tr("%1 ledger and %2 VAN records: %3 matched, %4 discrepancies, %5 rejected rows.")
                             .arg(locale.toString(summary.ledgerRecords), locale.toString(summary.vanRecords),
                                 locale.toString(summary[ReconStatus::Matched].count),
                                 locale.toString(summary.discrepancies()), locale.toString(summary.rejectedRows));
    m_lastShownAlerts.clear(); // the balloon's click shows the window, not old alerts
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
    else
        m_desktop->notify(kRunTag, title, text, DesktopNotifications::Urgency::Normal);
}

void TrayNotifier::showWindow(const QString &activationToken)
{
    // Wayland gives the focus only with the token the notification service handed over; Qt reads it from here.
    if (!activationToken.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8());
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayNotifier::onAlert(qint64 seq, AlertSeverity severity, const QString &title, const QString &text)
{
    m_lastTitle = title;
    m_lastText = text;
    m_pendingAlerts.append(seq);
    m_pendingSeverity = std::max(m_pendingSeverity, severity);
    if (!m_alertTimer->isActive())
        m_alertTimer->start();
}

void TrayNotifier::showPendingAlerts()
{
    const QList<qint64> seqs = std::exchange(m_pendingAlerts, {});
    const AlertSeverity severity = std::exchange(m_pendingSeverity, AlertSeverity::Notice);
    if (seqs.isEmpty() || (!m_tray && !m_desktop))
        return;
    const bool one = seqs.size() == 1;
    const QString title = one ? m_lastTitle : tr("%n new payment alert(s)", nullptr, int(seqs.size()));
    const QString text = one ? m_lastText : tr("Latest: %1").arg(m_lastTitle);
    if (m_tray) {
        m_lastShownAlerts = seqs;
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 10000);
        return;
    }
    // Critical rules (velocity, quick cancel) stay on screen until seen; the rest expire as the desktop decides.
    const auto urgency = severity == AlertSeverity::Critical ? DesktopNotifications::Urgency::Critical
                                                             : DesktopNotifications::Urgency::Normal;
    const QString tag = QStringLiteral("alerts-%1").arg(++m_nextTag);
    if (m_alertsByTag.size() >= kMaxAlertNotifications)
        m_alertsByTag.erase(m_alertsByTag.begin());
    m_alertsByTag.insert(tag, seqs);
    m_desktop->notify(tag, title, text, urgency);
}

void TrayNotifier::openAlerts(const QList<qint64> &seqs, const QString &activationToken)
{
    showWindow(activationToken);
    m_dock->show();
    m_dock->raise();
    m_dock->selectAlerts(seqs);
}

void TrayNotifier::onDesktopNotificationOpened(const QString &tag, const QString &activationToken)
{
    const auto it = m_alertsByTag.constFind(tag);
    if (it != m_alertsByTag.cend())
        openAlerts(*it, activationToken);
    else
        showWindow(activationToken);
}

bool TrayNotifier::eventFilter(QObject *watched, QEvent *event)
{
    // Once the window is in front its summary says what the notification said.
    if (watched == m_window && event->type() == QEvent::WindowActivate && m_desktop)
        m_desktop->close(kRunTag);
    return QObject::eventFilter(watched, event);
}
