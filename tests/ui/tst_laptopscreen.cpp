// The window and every dialog fit a 1366×768 office laptop screen with all their buttons reachable, in English
// and in Korean. Runs on the offscreen platform configured with one 1366×768 screen.
#include "alerts/alertrulesdialog.h"
#include "import/ledgerdialog.h"
#include "import/vanimportdialog.h"
#include "publish/elasticsearchdialog.h"
#include "publish/publishworker.h"
#include "resolution/reasoncodesdialog.h"
#include "resolution/resolvedialog.h"
#include "settings/storedialog.h"
#include "window/mainwindow.h"
#include "window/welcomedialog.h"

#include <QAbstractButton>
#include <QDialog>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <functional>
#include <memory>

class TestLaptopScreen final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenIsALaptopScreen();
    void windowFitsAfterARun_data();
    void windowFitsAfterARun();
    void dialogsFitWithEveryButtonReachable_data();
    void dialogsFitWithEveryButtonReachable();

private:
    /// Empty when widget (shown) lies inside the available screen, every visible button inside widget, and every
    /// label with a mnemonic has a buddy; else what is wrong.
    static QString misfit(QWidget *widget);
    void setLanguage(const QString &language);

    QTemporaryDir m_dir;
    QTranslator m_korean;
    bool m_koreanInstalled = false;
};

void TestLaptopScreen::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("PAYRECON_STORE", m_dir.filePath(QStringLiteral("store.sqlite")).toLocal8Bit());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("PayRecon"));
    QCoreApplication::setApplicationName(QStringLiteral("payrecon-tst_laptopscreen"));
    QSettings().clear();
    MainWindow::registerMetaTypes();
    QVERIFY(m_korean.load(QStringLiteral(":/i18n/payrecon_ko.qm")));
}

void TestLaptopScreen::setLanguage(const QString &language)
{
    if (language == u"ko" && !m_koreanInstalled)
        m_koreanInstalled = QCoreApplication::installTranslator(&m_korean);
    else if (language != u"ko" && m_koreanInstalled)
        m_koreanInstalled = !QCoreApplication::removeTranslator(&m_korean);
}

QString TestLaptopScreen::misfit(QWidget *widget)
{
    const QRect available = widget->screen()->availableGeometry();
    const QRect frame = widget->frameGeometry();
    if (!available.contains(frame))
        return QStringLiteral("%1 is %2x%3 at %4,%5; the screen has %6x%7")
            .arg(widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                : widget->objectName())
            .arg(frame.width())
            .arg(frame.height())
            .arg(frame.x())
            .arg(frame.y())
            .arg(available.width())
            .arg(available.height());
    const QRect inside = widget->rect();
    for (QAbstractButton *button : widget->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(widget) || button->window() != widget)
            continue;
        const QRect where(button->mapTo(widget, QPoint(0, 0)), button->size());
        if (!inside.contains(where))
            return QStringLiteral("the button \"%1\" of %2 is outside it (%3,%4 %5x%6 in %7x%8)")
                .arg(button->text(), QString::fromLatin1(widget->metaObject()->className()))
                .arg(where.x())
                .arg(where.y())
                .arg(where.width())
                .arg(where.height())
                .arg(inside.width())
                .arg(inside.height());
    }
    // A label with a mnemonic and no buddy shows a literal "&" and its Alt+letter goes nowhere.
    for (QLabel *label : widget->findChildren<QLabel *>()) {
        const QString text = label->text();
        if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(text))
            continue;
        const QString plain = QString(text).replace(QLatin1String("&&"), QString());
        if (plain.contains(u'&') && !label->buddy())
            return QStringLiteral("the label \"%1\" has a mnemonic but no buddy").arg(text);
    }
    return {};
}

void TestLaptopScreen::screenIsALaptopScreen()
{
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
}

void TestLaptopScreen::windowFitsAfterARun_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Korean") << QStringLiteral("ko");
}

void TestLaptopScreen::windowFitsAfterARun()
{
    QFETCH(QString, language);
    setLanguage(language);
    QSettings().remove(QStringLiteral("window"));
    MainWindow window;
    window.setAutoOpenDemo(false);
    window.setDemoDirectory(m_dir.filePath(QStringLiteral("demo")));
    window.setDemoRows(2000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy reconciled(&window, &MainWindow::reconciled);
    window.openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(reconciled.count() == 1, 120000);
    QTest::qWait(50);
    const QString problem = misfit(&window);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The summary in the status bar is long: it must not widen the window past the screen.
    QVERIFY2(window.minimumSizeHint().width() <= 1366,
        qPrintable(QStringLiteral("minimum width %1").arg(window.minimumSizeHint().width())));
    const QString shot = QStringLiteral(PAYRECON_SCREENSHOT_DIR "/main-window-1366x768-%1.png").arg(language);
    QVERIFY(window.grab().save(shot));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentIndex(2);
    QTest::qWait(50);
    QVERIFY(window.grab().save(QStringLiteral(PAYRECON_SCREENSHOT_DIR "/dashboard-1366x768-%1.png").arg(language)));
    window.close();
}

void TestLaptopScreen::dialogsFitWithEveryButtonReachable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ko") }) {
        for (const char *name :
            { "ledger", "vanImport", "elasticsearch", "alertRules", "store", "reasonCodes", "resolve", "welcome" })
            QTest::addRow("%s %s", name, qPrintable(language)) << language << QString::fromLatin1(name);
    }
}

void TestLaptopScreen::dialogsFitWithEveryButtonReachable()
{
    QFETCH(QString, language);
    QFETCH(QString, name);
    setLanguage(language);
    const QString demoVan = m_dir.filePath(QStringLiteral("demo/van.csv"));
    PublishWorker publisher(StoreLocation { m_dir.filePath(QStringLiteral("store.sqlite")), QString() });
    std::unique_ptr<QDialog> dialog;
    if (name == u"ledger")
        dialog = std::make_unique<LedgerDialog>();
    else if (name == u"vanImport")
        dialog = std::make_unique<VanImportDialog>(demoVan, QStringLiteral("kvan-cp949"));
    else if (name == u"elasticsearch")
        dialog = std::make_unique<ElasticsearchDialog>(EsConfig(), &publisher, true, nullptr);
    else if (name == u"alertRules")
        dialog = std::make_unique<AlertRulesDialog>(AlertSettings(), true, nullptr);
    else if (name == u"store")
        dialog = std::make_unique<StoreDialog>(QString(), QString(), true);
    else if (name == u"reasonCodes")
        dialog = std::make_unique<ReasonCodesDialog>();
    else if (name == u"resolve")
        dialog = std::make_unique<ResolveDialog>(ResolveAction::WriteOff, 3);
    else if (name == u"welcome")
        dialog = std::make_unique<WelcomeDialog>(m_dir.path());
    QVERIFY(dialog);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTest::qWait(20);
    const QString problem = misfit(dialog.get());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(TestLaptopScreen)
#include "tst_laptopscreen.moc"
