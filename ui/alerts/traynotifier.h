// Tells the user what happened while they looked elsewhere: new payment alerts (a burst becomes one summary) and a
// reconciliation that finished behind other windows. Through the tray icon where the desktop has a tray (with a
// menu to show the window, watch and quit), through the desktop's notification service where it has none (GNOME);
// opening an alert's notification shows the window with that alert selected in the alerts panel.
#pragma once

#include "alerts/alert.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class AlertsDock;
class DesktopNotifications;
class QIcon;
class QAction;
class QSystemTrayIcon;
class QTimer;
class QWidget;
struct ReconSummary;

class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    /// The tray menu shows window and offers monitor and quit; alerts come from dock.
    TrayNotifier(const QIcon &icon, AlertsDock *dock, QAction *monitor, QAction *quit, QWidget *window);

    /// True where a tray exists and the icon is in it.
    bool isVisible() const;
    /// The desktop's notification service, used where there is no tray (null where there is one).
    DesktopNotifications *desktopNotifications() const { return m_desktop; }
    /// A one-off notice (e.g. "keeps watching").
    void notify(const QString &title, const QString &text);
    /// Keeps the icon while the window is hidden, so that it can be shown again.
    void updateVisibility();
    /// A run finished: says so with its counts, unless the window is in front (the summary is on screen then).
    void runFinished(const ReconSummary &summary);

private:
    void showWindow(const QString &activationToken = {});
    void onAlert(qint64 seq, AlertSeverity severity, const QString &title, const QString &text);
    void showPendingAlerts();
    /// Brings the window up with the alerts panel showing these alerts selected.
    void openAlerts(const QList<qint64> &seqs, const QString &activationToken = {});
    void onDesktopNotificationOpened(const QString &tag, const QString &activationToken);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QWidget *m_window;
    AlertsDock *m_dock;
    QSystemTrayIcon *m_tray = nullptr; ///< null where the desktop has no tray
    DesktopNotifications *m_desktop = nullptr; ///< null where it has one
    QTimer *m_alertTimer;
    QList<qint64> m_pendingAlerts; ///< the burst being collected
    AlertSeverity m_pendingSeverity = AlertSeverity::Notice;
    QString m_lastTitle;
    QString m_lastText;
    QList<qint64> m_lastShownAlerts; ///< what a click on the last balloon opens
    QHash<QString, QList<qint64>> m_alertsByTag; ///< desktop notifications on screen and what each one opens
    int m_nextTag = 0;
};
