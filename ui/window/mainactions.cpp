#include "window/mainactions.h"

#include "logging/rotatinglog.h"
#include "models/reconrowsmodel.h"
#include "window/keyboardshortcuts.h"
#include "window/shortcutsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QSettings>
#include <QToolBar>
#include <QUrl>
#include <utility>

namespace {

QAction *makeAction(QObject *parent, const QString &text, const char *objectName, const QKeySequence &shortcut,
    const QString &statusTip = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    if (!statusTip.isEmpty())
        action->setStatusTip(statusTip);
    return action;
}

} // namespace

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
    , openDemo(makeAction(window, tr("Open &demo"), "actionOpenDemo", QKeySequence(Qt::CTRL | Qt::Key_D),
          tr("Reconcile the built-in demo ledger and VAN file.")))
    , chooseLedger(makeAction(window, tr("Choose &ledger…"), "actionChooseLedger", QKeySequence(Qt::CTRL | Qt::Key_L)))
    , openVan(makeAction(window, tr("&Open VAN file…"), "actionOpenVan", QKeySequence::Open))
    , reconcile(makeAction(window, tr("&Reconcile"), "actionReconcile", QKeySequence(Qt::Key_F5)))
    , cancel(makeAction(window, tr("&Cancel"), "actionCancel", QKeySequence(Qt::Key_Escape)))
    , exportCsv(makeAction(window, tr("&Export CSV…"), "actionExportCsv", QKeySequence(Qt::CTRL | Qt::Key_E),
          tr("Save the grid with focus, as filtered and sorted, as CSV for Excel.")))
    , exportPdf(makeAction(window, tr("Export &PDF report…"), "actionExportPdf",
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
          tr("Save the reconciliation report to sign and file: summary, charts, discrepancies and approval lines.")))
    , printReport(makeAction(window, tr("Pr&int report…"), "actionPrintReport", QKeySequence::Print,
          tr("Preview and print the reconciliation report.")))
    , publish(makeAction(window, tr("&Publish to Elasticsearch"), "actionPublish",
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
          tr("Send the verified rows and the mismatch log of this run to Elasticsearch.")))
    , quit(makeAction(window, tr("&Quit"), "actionQuit", QKeySequence(Qt::CTRL | Qt::Key_Q)))
    , copy(makeAction(window, tr("&Copy rows"), "actionCopy", QKeySequence::Copy))
    , alertsPanel(
          makeAction(window, tr("&Alerts Panel"), "actionAlertsPanel", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)))
    , auditTrail(
          makeAction(window, tr("Audit &Trail…"), "actionAuditTrail", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)))
    , monitor(
          makeAction(window, tr("&Watch for Alerts"), "actionMonitor", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)))
    // Settings on Ctrl+Shift: Ctrl+Alt+<letter> is where the desktops put their own commands (DesktopShortcuts).
    , alertRules(
          makeAction(window, tr("Alert &Rules…"), "actionAlertRules", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)))
    , elasticsearchSettings(makeAction(
          window, tr("&Elasticsearch…"), "actionElasticsearchSettings", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)))
    , storeSettings(
          makeAction(window, tr("&Team Store…"), "actionStoreSettings", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)))
    , reasonCodes(
          makeAction(window, tr("Reason &Codes…"), "actionReasonCodes", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)))
    , gettingStarted(makeAction(window, tr("&Getting Started"), "actionGettingStarted", QKeySequence::HelpContents))
    , openLogFolder(makeAction(
          window, tr("Open &Log Folder"), "actionOpenLogFolder", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)))
    , keyboardShortcuts(makeAction(window, tr("&Keyboard Shortcuts…"), "actionKeyboardShortcuts",
          QKeySequence(Qt::CTRL | Qt::Key_Slash), tr("See every shortcut and change them.")))
    // Shift+F1: Ctrl+F1 switches to the first workspace on Xfce and KDE Plasma.
    , about(makeAction(window, tr("&About PayRecon"), "actionAbout", QKeySequence(Qt::SHIFT | Qt::Key_F1)))
    , m_window(window)
    , m_shortcuts(new KeyboardShortcuts(this))
{
    setObjectName(QStringLiteral("mainActions"));
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    monitor->setCheckable(true);
    // Only while a grid has focus, so Ctrl+C in the search box still copies its text.
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(openLogFolder, &QAction::triggered, this, [] {
        const QString dir = RotatingLog::defaultDirectory();
        QDir().mkpath(dir);
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    });
    connect(about, &QAction::triggered, this, &MainActions::showAbout);
    connect(keyboardShortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog *dialog = shortcutsDialog();
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
}

ShortcutsDialog *MainActions::shortcutsDialog()
{
    if (!m_shortcutsDialog) {
        m_shortcutsDialog = new ShortcutsDialog(m_shortcuts, m_window);
        m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    return m_shortcutsDialog;
}

void MainActions::addOpenItemsActions(const QList<QAction *> &actions)
{
    m_shortcuts->add(actions, tr("Open items tab"));
}

QList<QAction *> MainActions::sourceActions() const
{
    return { openDemo, chooseLedger, openVan, reconcile, exportCsv };
}

void MainActions::showAbout()
{
    QMessageBox::about(m_window, tr("About PayRecon"),
        tr("<p><b>PayRecon %1</b></p><p>Reconciles a card merchant's ledger against the VAN company's "
           "settlement file.</p><p>Logs: %2</p>")
            .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(RotatingLog::defaultDirectory())));
}

QMenu *MainActions::createLanguageMenu()
{
    auto *menu = new QMenu(tr("&Language"), m_window);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString current = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    // Language names are written in their own language so that anyone can find theirs.
    const std::pair<QString, QString> choices[] = {
        { QStringLiteral("system"), tr("System") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("ko"), QStringLiteral("한국어") },
    };
    for (const auto &[code, label] : choices) {
        QAction *action = menu->addAction(label);
        action->setObjectName(QStringLiteral("actionLanguage_") + code);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        QSettings settings;
        const QString code = action->data().toString();
        if (settings.value(QStringLiteral("ui/language"), QStringLiteral("system")).toString() == code)
            return;
        settings.setValue(QStringLiteral("ui/language"), code);
        // Translators are installed before the window exists (app/gui/main.cpp), so a change waits for a restart.
        QMessageBox::information(
            m_window, tr("Language"), tr("The new language applies the next time PayRecon starts."));
    });
    return menu;
}

void MainActions::buildMenus(const QList<QAction *> &filterActions)
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions({ openDemo, chooseLedger, openVan });
    file->addSeparator();
    file->addActions({ reconcile, cancel });
    file->addSeparator();
    file->addActions({ exportCsv, exportPdf, printReport, publish });
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(copy);
    QMenu *view = bar->addMenu(tr("&View"));
    view->addActions(filterActions);
    view->addSeparator();
    view->addMenu(createLanguageMenu());
    view->addSeparator();
    view->addActions({ alertsPanel, auditTrail });
    QMenu *settings = bar->addMenu(tr("&Settings"));
    settings->addActions({ monitor, alertRules, elasticsearchSettings, storeSettings, reasonCodes });
    QMenu *help = bar->addMenu(tr("&Help"));
    help->addActions({ gettingStarted, keyboardShortcuts, openLogFolder });
    help->addSeparator();
    help->addAction(about);

    // The filters are made by the results panel without names; a name is what keeps a user's choice in the settings.
    const QMetaEnum filters = QMetaEnum::fromType<ReconRowsModel::StatusFilter>();
    for (QAction *action : filterActions) {
        if (action->objectName().isEmpty())
            action->setObjectName(
                QStringLiteral("actionFilter") + QLatin1String(filters.valueToKey(action->data().toInt())));
    }
    const QString anywhere = tr("Anywhere in the window");
    m_shortcuts->add(
        { openDemo, chooseLedger, openVan, reconcile, cancel, exportCsv, exportPdf, printReport, publish, quit },
        anywhere);
    m_shortcuts->add({ copy }, tr("A result grid"));
    m_shortcuts->add(filterActions, anywhere);
    m_shortcuts->add({ alertsPanel, auditTrail, monitor, alertRules, elasticsearchSettings, storeSettings, reasonCodes,
                         gettingStarted, keyboardShortcuts, openLogFolder, about },
        anywhere);

    QToolBar *toolBar = m_window->addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addActions({ openDemo, chooseLedger, openVan });
    toolBar->addSeparator();
    toolBar->addActions({ reconcile, cancel });
}
