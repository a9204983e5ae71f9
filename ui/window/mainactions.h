// Every command of the main window as a QAction (text, shortcut, object name, status tip) and the menus and
// toolbar that show them. Which slot a command runs is the window's wiring, not this class's.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class KeyboardShortcuts;
class QAction;
class QMainWindow;
class QMenu;
class ShortcutsDialog;

class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    /// Creates the actions as children of window, so that they work while any of its widgets has focus.
    explicit MainActions(QMainWindow *window);

    /// File, Edit, View (with the grid's status filters), Settings and Help menus, and the main toolbar; the user's
    /// own shortcuts (Help → Keyboard Shortcuts) replace the defaults.
    void buildMenus(const QList<QAction *> &filterActions);
    /// The open-items panel's commands join the shortcut list (they work while that tab has focus).
    void addOpenItemsActions(const QList<QAction *> &actions);
    KeyboardShortcuts *shortcuts() const { return m_shortcuts; }
    /// Help → Keyboard Shortcuts, created on first use.
    ShortcutsDialog *shortcutsDialog();
    /// The actions a reconciliation run disables while it works.
    QList<QAction *> sourceActions() const;

    // File
    QAction *const openDemo;
    QAction *const chooseLedger;
    QAction *const openVan;
    QAction *const reconcile;
    QAction *const cancel;
    QAction *const exportCsv;
    QAction *const exportPdf;
    QAction *const printReport;
    QAction *const publish;
    QAction *const quit;
    // Edit and View
    QAction *const copy;
    QAction *const alertsPanel;
    QAction *const auditTrail;
    // Settings
    QAction *const monitor;
    QAction *const alertRules;
    QAction *const elasticsearchSettings;
    QAction *const storeSettings;
    QAction *const reasonCodes;
    // Help
    QAction *const gettingStarted;
    QAction *const openLogFolder;
    QAction *const keyboardShortcuts;
    QAction *const about;

private:
    /// View → Language: System / English / 한국어, kept in QSettings "ui/language" and applied at the next start.
    QMenu *createLanguageMenu();
    void showAbout();

    QMainWindow *m_window;
    KeyboardShortcuts *m_shortcuts;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
};
