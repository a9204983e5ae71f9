#include "alerts/traynotifier.h"

#include "alerts/alertsdock.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

TrayNotifier::TrayNotifier(const QIcon &icon, AlertsDock *dock, QAction *monitor, QAction *quit, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_dock(dock)
{
    setObjectName(QStringLiteral("trayNotifier"));
    connect(dock, &AlertsDock::monitoringChanged, this, &TrayNotifier::updateVisibility);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // the panel and its Discord delivery work the same without a tray
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(tr("PayRecon"));
    auto *menu = new QMenu(window);
    menu->addAction(tr("Show PayRecon"), this, &TrayNotifier::showWindow);
    menu->addAction(monitor);
    menu->addSeparator();
    menu->addAction(quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    // One balloon per alert, but a burst becomes one summary: a screen full of balloons helps nobody.
    m_balloonTimer = new QTimer(this);
    m_balloonTimer->setSingleShot(true);
    m_balloonTimer->setInterval(1500);
    connect(m_balloonTimer, &QTimer::timeout, this, &TrayNotifier::showPendingBalloons);
    connect(dock, &AlertsDock::alertRaised, this, &TrayNotifier::onAlert);
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
}

void TrayNotifier::updateVisibility()
{
    if (m_tray)
        m_tray->setVisible(m_dock->isMonitoring() || m_window->isHidden());
}

void TrayNotifier::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayNotifier::onAlert(const QString &title, const QString &text)
{
    m_lastTitle = title;
    m_lastText = text;
    ++m_pendingBalloons;
    if (!m_balloonTimer->isActive())
        m_balloonTimer->start();
}

void TrayNotifier::showPendingBalloons()
{
    if (m_pendingBalloons == 1)
        m_tray->showMessage(m_lastTitle, m_lastText, QSystemTrayIcon::Warning, 10000);
    else if (m_pendingBalloons > 1)
        m_tray->showMessage(tr("%n new payment alert(s)", nullptr, m_pendingBalloons),
            tr("Latest: %1").arg(m_lastTitle), QSystemTrayIcon::Warning, 10000);
    m_pendingBalloons = 0;
}
