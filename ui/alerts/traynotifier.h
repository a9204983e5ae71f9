// The tray icon while the alert monitor runs or the window is hidden: a menu to show the window, watch and quit,
// and a balloon per alert, a burst of alerts becoming one summary. Absent where the desktop has no tray.
#pragma once

#include <QObject>
#include <QString>

class AlertsDock;
class QIcon;
class QAction;
class QSystemTrayIcon;
class QTimer;
class QWidget;

class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    /// The tray menu shows window and offers monitor and quit; alerts come from dock.
    TrayNotifier(const QIcon &icon, AlertsDock *dock, QAction *monitor, QAction *quit, QWidget *window);

    /// True where a tray exists and the icon is in it.
    bool isVisible() const;
    /// A one-off notice (e.g. "keeps watching"); nothing without a tray.
    void notify(const QString &title, const QString &text);
    /// Keeps the icon while the window is hidden, so that it can be shown again.
    void updateVisibility();

private:
    void showWindow();
    void onAlert(const QString &title, const QString &text);
    void showPendingBalloons();

    QWidget *m_window;
    AlertsDock *m_dock;
    QSystemTrayIcon *m_tray = nullptr; ///< null where the desktop has no tray
    QTimer *m_balloonTimer = nullptr;
    int m_pendingBalloons = 0;
    QString m_lastTitle;
    QString m_lastText;
};
