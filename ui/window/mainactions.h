// Every command of the main window as a QAction (text, shortcut, object name, status tip) and the menus and
// toolbar that show them. Which slot a command runs is the window's wiring, not this class's.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    /// Creates the actions as children of window, so that they work while any of its widgets has focus.
    explicit MainActions(QMainWindow *window);

    /// File, Edit, View (with the grid's status filters), Settings and Help menus, and the main toolbar.
    void buildMenus(const QList<QAction *> &filterActions);
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
    QAction *const about;

private:
    /// View → Language: System / English / 한국어, kept in QSettings "ui/language" and applied at the next start.
    QMenu *createLanguageMenu();
    void showAbout();

    QMainWindow *m_window;
};
