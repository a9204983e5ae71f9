// Notifications where the desktop has no tray (GNOME), offscreen, against a stand-in org.freedesktop.Notifications
// on a private session bus (notification-session.sh starts both): an alert with an Open action that selects it, a
// burst as one summary, a finished run while the window is not in front, and the quiet fallback without a service.
#include "alerts/alertsdock.h"
#include "alerts/desktopnotifications.h"
#include "alerts/traynotifier.h"
#include "models/alertsmodel.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

namespace {

int g_notifyLines = 0;
QtMessageHandler g_previousHandler = nullptr;

/// Counts the notification client's log lines, then logs as before.
void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "payrecon.gui.notify") == 0 && type != QtDebugMsg)
        ++g_notifyLines;
    g_previousHandler(type, context, message);
}

} // namespace

class TestDesktopNotifications final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void alertBecomesANotificationWithAnOpenAction();
    void openingTheNotificationSelectsTheAlert();
    void aBurstBecomesOneSummary();
    void finishedRunNotifiesOnlyWhileTheWindowIsNotInFront();
    void withoutABusNothingIsSentAndOneLineIsLogged();
    void whenTheServiceGoesAwayAlertsStayInTheWindow();

private:
    /// The calls of method the stand-in received so far, oldest first; the raw line is in "_line".
    QList<QJsonObject> calls(const QString &method) const;
    /// Plays the user clicking notification id (its body, or with actionKey "open" its button).
    void click(uint id, const QString &actionKey = QStringLiteral("default"));
    Alert makeAlert(const QString &transactionId, AlertSeverity severity, const QString &reason) const;
    QList<int> selectedAlertRows() const;

    QTemporaryDir m_dataDir;
    std::unique_ptr<MainWindow> m_window;
    AlertsDock *m_dock = nullptr;
    DesktopNotifications *m_notifications = nullptr;
};

void TestDesktopNotifications::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("PAYRECON_NOTIFY_LOG"))
        QSKIP("needs the stand-in notification service: run through tests/notifications/notification-session.sh");
    g_previousHandler = qInstallMessageHandler(countingHandler);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dataDir.isValid());
    qputenv("PAYRECON_STORE", m_dataDir.filePath(QStringLiteral("store.sqlite")).toLocal8Bit());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dataDir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("PayRecon"));
    QCoreApplication::setApplicationName(QStringLiteral("payrecon-tst_desktopnotifications"));
    QSettings().clear();
    // A webhook in the settings: whatever is sent to the desktop must not carry it.
    QSettings().setValue(
        QStringLiteral("alerts/webhook"), QStringLiteral("https://discord.com/api/webhooks/123456789/SECRETTOKENxyz"));
    MainWindow::registerMetaTypes();

    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen: like GNOME, no tray
    m_window = std::make_unique<MainWindow>();
    m_window->setAutoOpenDemo(false);
    m_window->setDemoDirectory(m_dataDir.filePath(QStringLiteral("demo")));
    m_window->setDemoRows(2000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_dock = m_window->findChild<AlertsDock *>(QStringLiteral("alertsDock"));
    m_notifications = m_window->findChild<DesktopNotifications *>(QStringLiteral("desktopNotifications"));
    QVERIFY(m_dock && m_notifications);
    QTRY_VERIFY(m_notifications->isAvailable());
    QVERIFY(m_notifications->capabilities().contains(QLatin1String("actions")));
    QCOMPARE(calls(QStringLiteral("GetCapabilities")).size(), 1);
}

void TestDesktopNotifications::cleanupTestCase()
{
    m_window.reset();
}

QList<QJsonObject> TestDesktopNotifications::calls(const QString &method) const
{
    QList<QJsonObject> result;
    QFile log(qEnvironmentVariable("PAYRECON_NOTIFY_LOG"));
    if (!log.open(QIODevice::ReadOnly))
        return result;
    while (!log.atEnd()) {
        const QByteArray line = log.readLine().trimmed();
        QJsonObject call = QJsonDocument::fromJson(line).object();
        if (call.value(QStringLiteral("method")).toString() != method)
            continue;
        call.insert(QStringLiteral("_line"), QString::fromUtf8(line));
        result.append(call);
    }
    return result;
}

void TestDesktopNotifications::click(uint id, const QString &actionKey)
{
    QDBusInterface control(QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/control"),
        QStringLiteral("io.payrecon.test.NotificationsControl"));
    const QDBusMessage reply = control.call(QStringLiteral("Invoke"), id, actionKey);
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
}

Alert TestDesktopNotifications::makeAlert(
    const QString &transactionId, AlertSeverity severity, const QString &reason) const
{
    Alert alert;
    alert.payment.transactionId = transactionId;
    alert.payment.amount = 2500000;
    alert.payment.cardNumber = QStringLiteral("557042******7729");
    alert.payment.merchantName = QStringLiteral("강남점");
    alert.payment.customerId = QStringLiteral("C-1");
    alert.payment.occurredAtMs = QDateTime::currentMSecsSinceEpoch();
    alert.hits.append(RuleHit { QStringLiteral("high_value"), severity, reason });
    return alert;
}

QList<int> TestDesktopNotifications::selectedAlertRows() const
{
    auto *view = m_dock->findChild<QTableView *>(QStringLiteral("alertsView"));
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TestDesktopNotifications::alertBecomesANotificationWithAnOpenAction()
{
    const qsizetype before = calls(QStringLiteral("Notify")).size();
    const QString reason = QStringLiteral("₩2,500,000 is at or above the high-value threshold & needs a look.");
    m_dock->addAlert(101, makeAlert(QStringLiteral("ALERT-101"), AlertSeverity::Warning, reason));
    QTRY_COMPARE_WITH_TIMEOUT(calls(QStringLiteral("Notify")).size(), before + 1, 10000);
    const QJsonObject n = calls(QStringLiteral("Notify")).constLast();
    QCOMPARE(n.value(QStringLiteral("app_name")).toString(), QStringLiteral("PayRecon"));
    QCOMPARE(n.value(QStringLiteral("app_icon")).toString(), QStringLiteral("payrecon"));
    QCOMPARE(n.value(QStringLiteral("replaces_id")).toInt(), 0);
    QCOMPARE(n.value(QStringLiteral("summary")).toString(),
        AlertsDock::tr("%1 at %2")
            .arg(QLocale().toCurrencyString(qlonglong(2500000), QStringLiteral("₩")), QStringLiteral("강남점")));
    // The stand-in renders body markup: the ampersand arrives escaped.
    QCOMPARE(n.value(QStringLiteral("body")).toString(), reason.toHtmlEscaped());
    const QStringList actions { QStringLiteral("default"), DesktopNotifications::tr("Open"), QStringLiteral("open"),
        DesktopNotifications::tr("Open") };
    QCOMPARE(n.value(QStringLiteral("actions")).toVariant().toStringList(), actions);
    const QJsonObject hints = n.value(QStringLiteral("hints")).toObject();
    QCOMPARE(hints.value(QStringLiteral("urgency")).toInt(), 1);
    QCOMPARE(hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("io.payrecon.PayRecon"));
    // Other people see a desktop notification: no card number (not even masked) and no webhook.
    const QString line = n.value(QStringLiteral("_line")).toString();
    for (const char *secret : { "557042", "7729", "webhooks", "SECRETTOKEN" })
        QVERIFY2(!line.contains(QLatin1String(secret)), qPrintable(line));
}

void TestDesktopNotifications::openingTheNotificationSelectsTheAlert()
{
    m_dock->hide();
    m_window->showMinimized();
    QTRY_VERIFY(m_window->isMinimized());
    const QJsonObject n = calls(QStringLiteral("Notify")).constLast();
    click(uint(n.value(QStringLiteral("id")).toInt()));
    QTRY_VERIFY(!m_window->isMinimized());
    QTRY_VERIFY(m_dock->isVisible());
    QCOMPARE(selectedAlertRows(), QList<int> { m_dock->model()->rowOf(101) });
}

void TestDesktopNotifications::aBurstBecomesOneSummary()
{
    const qsizetype before = calls(QStringLiteral("Notify")).size();
    m_dock->addAlert(201, makeAlert(QStringLiteral("ALERT-201"), AlertSeverity::Warning, QStringLiteral("one")));
    m_dock->addAlert(202, makeAlert(QStringLiteral("ALERT-202"), AlertSeverity::Critical, QStringLiteral("two")));
    m_dock->addAlert(203, makeAlert(QStringLiteral("ALERT-203"), AlertSeverity::Notice, QStringLiteral("three")));
    QTRY_COMPARE_WITH_TIMEOUT(calls(QStringLiteral("Notify")).size(), before + 1, 10000);
    QTest::qWait(2000); // and nothing after it
    QCOMPARE(calls(QStringLiteral("Notify")).size(), before + 1);
    const QJsonObject n = calls(QStringLiteral("Notify")).constLast();
    QCOMPARE(n.value(QStringLiteral("summary")).toString(), TrayNotifier::tr("%n new payment alert(s)", nullptr, 3));
    const QString lastTitle
        = AlertsDock::tr("%1 at %2")
              .arg(QLocale().toCurrencyString(qlonglong(2500000), QStringLiteral("₩")), QStringLiteral("강남점"));
    QCOMPARE(n.value(QStringLiteral("body")).toString(), TrayNotifier::tr("Latest: %1").arg(lastTitle));
    QCOMPARE(n.value(QStringLiteral("hints")).toObject().value(QStringLiteral("urgency")).toInt(), 2); // one critical

    // Its Open button shows all three.
    m_dock->hide();
    click(uint(n.value(QStringLiteral("id")).toInt()), QStringLiteral("open"));
    QTRY_VERIFY(m_dock->isVisible());
    const AlertsModel *model = m_dock->model();
    QCOMPARE(selectedAlertRows(), (QList<int> { model->rowOf(201), model->rowOf(202), model->rowOf(203) }));
}

void TestDesktopNotifications::finishedRunNotifiesOnlyWhileTheWindowIsNotInFront()
{
    const QString finished = TrayNotifier::tr("Reconciliation finished");
    auto runNotices = [&] {
        QList<QJsonObject> result;
        for (const QJsonObject &n : calls(QStringLiteral("Notify"))) {
            if (n.value(QStringLiteral("summary")).toString() == finished)
                result << n;
        }
        return result;
    };
    QSignalSpy reconciled(m_window.get(), &MainWindow::reconciled);

    // Minimized (the clerk went on with other work): told, with the counts.
    m_window->showMinimized();
    QTRY_VERIFY(m_window->isMinimized());
    m_window->openDemo();
    QTRY_COMPARE_WITH_TIMEOUT(reconciled.count(), 1, 120000);
    QTRY_COMPARE_WITH_TIMEOUT(runNotices().size(), 1, 10000);
    const QJsonObject first = runNotices().constLast();
    const ReconSummary &summary = m_window->outcome()->result.summary;
    const QString body = first.value(QStringLiteral("body")).toString();
    QVERIFY2(body.contains(QLocale().toString(summary[ReconStatus::Matched].count)), qPrintable(body));
    QVERIFY2(body.contains(QLocale().toString(summary.discrepancies())), qPrintable(body));
    // Opening it brings the window back.
    click(uint(first.value(QStringLiteral("id")).toInt()));
    QTRY_VERIFY(!m_window->isMinimized());

    // In front: the status bar says it, no notification.
    QApplication::setActiveWindow(m_window.get());
    QTRY_VERIFY(m_window->isActiveWindow());
    m_window->reconcile();
    QTRY_COMPARE_WITH_TIMEOUT(reconciled.count(), 2, 120000);
    QTest::qWait(500);
    QCOMPARE(runNotices().size(), 1);

    // Behind another window: told; the next run's notice replaces it rather than piling up, and coming back to the
    // window takes it off the screen.
    QWidget other;
    other.show();
    QApplication::setActiveWindow(&other);
    QTRY_VERIFY(!m_window->isActiveWindow());
    m_window->reconcile();
    QTRY_COMPARE_WITH_TIMEOUT(reconciled.count(), 3, 120000);
    QTRY_COMPARE_WITH_TIMEOUT(runNotices().size(), 2, 10000);
    m_window->reconcile();
    QTRY_COMPARE_WITH_TIMEOUT(reconciled.count(), 4, 120000);
    QTRY_COMPARE_WITH_TIMEOUT(runNotices().size(), 3, 10000);
    const uint shownId = uint(runNotices().at(1).value(QStringLiteral("id")).toInt());
    QCOMPARE(uint(runNotices().at(2).value(QStringLiteral("replaces_id")).toInt()), shownId);
    QApplication::setActiveWindow(m_window.get());
    QTRY_VERIFY(m_window->isActiveWindow());
    QTRY_VERIFY_WITH_TIMEOUT(!calls(QStringLiteral("CloseNotification")).isEmpty(), 10000);
    QCOMPARE(uint(calls(QStringLiteral("CloseNotification")).constLast().value(QStringLiteral("id")).toInt()), shownId);
}

void TestDesktopNotifications::withoutABusNothingIsSentAndOneLineIsLogged()
{
    QDBusConnection nowhere = QDBusConnection::connectToBus(
        m_dataDir.filePath(QStringLiteral("no-bus-here")).prepend(QStringLiteral("unix:path=")),
        QStringLiteral("payrecon-nowhere"));
    QVERIFY(!nowhere.isConnected());
    const int linesBefore = g_notifyLines;
    {
        DesktopNotifications notifications(nowhere, nullptr);
        QCOMPARE(notifications.state(), DesktopNotifications::State::Unavailable);
        notifications.notify(
            QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("a"), DesktopNotifications::Urgency::Normal);
        notifications.notify(
            QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("b"), DesktopNotifications::Urgency::Critical);
        notifications.close(QStringLiteral("a"));
    }
    QCOMPARE(g_notifyLines, linesBefore + 1);
    QDBusConnection::disconnectFromBus(QStringLiteral("payrecon-nowhere"));
}

void TestDesktopNotifications::whenTheServiceGoesAwayAlertsStayInTheWindow()
{
    // The desktop's notification daemon quits: the window notices, says so once, and goes on without it.
    const int linesBefore = g_notifyLines;
    const QString owner = QDBusConnection::sessionBus()
                              .interface()
                              ->serviceOwner(QStringLiteral("org.freedesktop.Notifications"))
                              .value();
    QVERIFY(!owner.isEmpty());
    // Asked by unique name: once the well-known name is gone, only that still reaches the stand-in.
    QDBusInterface byOwner(owner, QStringLiteral("/control"), QStringLiteral("io.payrecon.test.NotificationsControl"));
    const QDBusReply<bool> vanished = byOwner.call(QStringLiteral("Vanish"));
    QVERIFY2(vanished.isValid() && vanished.value(), qPrintable(vanished.error().message()));
    QTRY_COMPARE(m_notifications->state(), DesktopNotifications::State::Unavailable);
    const qsizetype before = calls(QStringLiteral("Notify")).size();
    m_dock->addAlert(301, makeAlert(QStringLiteral("ALERT-301"), AlertSeverity::Critical, QStringLiteral("late")));
    m_dock->addAlert(302, makeAlert(QStringLiteral("ALERT-302"), AlertSeverity::Critical, QStringLiteral("later")));
    QTest::qWait(2500); // past the burst window
    QCOMPARE(calls(QStringLiteral("Notify")).size(), before);
    QCOMPARE(m_dock->model()->rowOf(302), m_dock->model()->rowCount() - 1); // the panel still has it
    QCOMPARE(g_notifyLines, linesBefore + 1);

    // A window started now finds no service either: one line, nothing sent.
    DesktopNotifications late(QDBusConnection::sessionBus(), nullptr);
    QTRY_COMPARE(late.state(), DesktopNotifications::State::Unavailable);
    late.notify(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("x"), DesktopNotifications::Urgency::Normal);
    QCOMPARE(g_notifyLines, linesBefore + 2);
    QCOMPARE(calls(QStringLiteral("Notify")).size(), before);
}

QTEST_MAIN(TestDesktopNotifications)
#include "tst_desktopnotifications.moc"
