// File → Export PDF report and Print report in the real window, offscreen: disabled until a run is shown, the PDF
// written off the GUI thread with the run's figures and merchants, the print preview painting the same pages.
#include "window/mainwindow.h"
#include "resolution/openitemspanel.h"
#include "resolve/reconstore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestReportActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void actionsWaitForARun();
    void exportWritesThePdfOffTheGuiThread();
    void printPreviewPaintsTheReport();
    void reportCarriesTheStoredResolutions();

private:
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }

    QTemporaryDir m_dataDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestReportActions::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("PAYRECON_STORE", m_dataDir.filePath(QStringLiteral("store.sqlite")).toLocal8Bit());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dataDir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("PayRecon"));
    QCoreApplication::setApplicationName(QStringLiteral("payrecon-tst_reportactions"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    MainWindow::registerMetaTypes();
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->setAutoOpenDemo(false);
    m_window->setDemoDirectory(m_dataDir.filePath(QStringLiteral("demo")));
    m_window->setDemoRows(2000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestReportActions::cleanupTestCase()
{
    m_window.reset();
}

void TestReportActions::actionsWaitForARun()
{
    QVERIFY(action("actionExportPdf"));
    QVERIFY(action("actionPrintReport"));
    QVERIFY(!action("actionExportPdf")->isEnabled());
    QVERIFY(!action("actionPrintReport")->isEnabled());
    QSignalSpy reconciled(m_window.get(), &MainWindow::reconciled);
    action("actionOpenDemo")->trigger();
    QVERIFY(!action("actionExportPdf")->isEnabled()); // running
    QTRY_VERIFY_WITH_TIMEOUT(reconciled.count() == 1, 120000);
    QVERIFY(action("actionExportPdf")->isEnabled());
    QVERIFY(action("actionPrintReport")->isEnabled());
}

void TestReportActions::exportWritesThePdfOffTheGuiThread()
{
    const auto outcome = m_window->outcome();
    QVERIFY(outcome);
    const QString path = m_dataDir.filePath(QStringLiteral("report.pdf"));
    QSignalSpy exported(m_window.get(), &MainWindow::exported);
    m_window->exportPdfTo(path);
    QVERIFY(exported.isEmpty()); // written on the worker thread: the call returns at once
    // One report at a time: a second request while this one is written is refused, not queued.
    QVERIFY(!action("actionExportPdf")->isEnabled());
    QVERIFY(!action("actionPrintReport")->isEnabled());
    m_window->exportPdfTo(m_dataDir.filePath(QStringLiteral("second.pdf")));
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 60000);
    QVERIFY(action("actionExportPdf")->isEnabled());
    QVERIFY(action("actionPrintReport")->isEnabled());
    QVERIFY(!QFile::exists(m_dataDir.filePath(QStringLiteral("second.pdf"))));
    QCOMPARE(exported.at(0).at(0).toString(), path);
    QCOMPARE(exported.at(0).at(1).toBool(), true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be checked");
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput())
                             .replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
    const ReconSummary &s = outcome->result.summary;
    const qint64 unmatched = qint64(outcome->result.rows.size()) - s[ReconStatus::Matched].count;
    const QLocale en(QLocale::English);
    const QString matchedLine
        = QStringLiteral("Matched %1 ₩%2 ₩%3")
              .arg(en.toString(s[ReconStatus::Matched].count), en.toString(s[ReconStatus::Matched].ledgerWon),
                  en.toString(s[ReconStatus::Matched].vanWon));
    // The demo's first unmatched ledger record names a Korean merchant.
    QString merchant;
    for (const ReconRow &row : outcome->result.rows) {
        if (row.status != ReconStatus::Matched && row.ledgerRow >= 0) {
            merchant = QString::fromUtf8(outcome->ledger.text(row.ledgerRow, RecordTable::Text::MerchantName));
            break;
        }
    }
    QVERIFY(!merchant.isEmpty());
    const QString expected[] = { matchedLine, QStringLiteral("Discrepancies (%1)").arg(en.toString(unmatched)),
        QStringLiteral("van.csv"), merchant.left(5), QStringLiteral("Approved by") };
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(e, text.left(4000))));
}

void TestReportActions::printPreviewPaintsTheReport()
{
    action("actionPrintReport")->trigger();
    QVERIFY(!action("actionPrintReport")->isEnabled()); // until the report is built; a second click does nothing
    m_window->printReport();
    QPrintPreviewDialog *preview = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (preview = m_window->findChild<QPrintPreviewDialog *>(QStringLiteral("reportPreview"))), 30000);
    auto *widget = preview->findChild<QPrintPreviewWidget *>();
    QVERIFY(widget);
    QTRY_VERIFY(widget->pageCount() >= 2); // summary page, then the discrepancies
    QCOMPARE(m_window->findChildren<QPrintPreviewDialog *>().size(), 1);
    QVERIFY(action("actionPrintReport")->isEnabled());
    preview->close();
}

void TestReportActions::reportCarriesTheStoredResolutions()
{
    // The window recorded the run; an operator (here: another connection) resolves one of its items.
    auto *panel = m_window->findChild<OpenItemsPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->latestRunId() > 0, 30000);
    ReconStore store;
    store.setOperator(QStringLiteral("auditor-lee"));
    QString error;
    QVERIFY2(store.open(StoreLocation {}, &error), qPrintable(error));
    const std::vector<OpenItem> items = store.items(panel->latestRunId(), true, &error);
    QVERIFY(!items.empty());
    ResolveRequest request;
    request.action = ResolveAction::WriteOff;
    request.reasonCode = QStringLiteral("TEST");
    request.note = QStringLiteral("NOTE4711 checked with the VAN");
    request.items.push_back({ items.front().id, items.front().version });
    QVERIFY(store.resolve(request).ok);

    const QString path = m_dataDir.filePath(QStringLiteral("resolved.pdf"));
    QSignalSpy exported(m_window.get(), &MainWindow::exported);
    m_window->exportPdfTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 60000);
    QVERIFY(exported.at(0).at(1).toBool());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be checked");
    QProcess p;
    p.start(
        QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput())
                             .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    for (const QString &e :
        { QStringLiteral("NOTE4711"), QStringLiteral("auditor-lee"), QStringLiteral("Written off") })
        QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(e, text.left(3000))));
}

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
