// The desktop window's main flows, offscreen: open the demo, filter, search, details, copy, cancel, screenshot.
#include "alerts/alertrulesdialog.h"
#include "alerts/alertsdock.h"
#include "charts/dashboardwidget.h"
#include "fakediscord.h"
#include "fakeelasticsearch.h"
#include "import/ledgerdialog.h"
#include "models/alertsmodel.h"
#include "models/openitemsmodel.h"
#include "models/reconrowsmodel.h"
#include "publish/elasticsearchdialog.h"
#include "publish/publishworker.h"
#include "resolution/openitemspanel.h"
#include "resolution/resolutionworker.h"
#include "run/demopreparer.h"
#include "run/detailspane.h"
#include "run/reconworker.h"
#include "window/desktopshortcuts.h"
#include "window/keyboardshortcuts.h"
#include "window/mainactions.h"
#include "window/mainwindow.h"
#include "window/shortcutsdialog.h"
#include "window/welcomedialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void workerCancelsWhenTheFlagIsSet();
    void openDemoReconcilesIntoBothGrids();
    void reconciledRunIsStoredAsOpenItems();
    void statusFilterShowsLiveCounts();
    void searchNarrowsBothGridsAsYouType();
    void selectingARowShowsItsFieldsInTheDetailsPane();
    void ctrlCCopiesSelectedRowsAsTsv();
    void exportWritesTheFocusedGridAsShownOffTheGuiThread();
    void chartClickNarrowsTheGridUntilCleared();
    void screenshotOfTheMainWindow();
    void reconcileRerunsTheChosenSources();
    void vanFileSetsTheLedgerRangeToItsDays();
    void exportNamesTheSettlementDay();
    void aWrongDayAsksBeforeRecording();
    void ledgerDialogTestsTheConnectionOffTheGuiThread();
    void cancelDuringARunEndsCancelledAndResponsive();
    void closingPersistsSourcesAndLayout();
    void firstRunShowsWhatToConfigureNextOnce();
    void publishSendsTheRunToElasticsearchOnce();
    void elasticsearchDialogTestsTheConnectionOffTheGuiThread();
    void alertMonitorPostsANewHighValuePaymentToDiscord();
    void everyMenuCommandHasAUniqueShortcut();
    void desktopReservedCombinationsAreNamed_data();
    void desktopReservedCombinationsAreNamed();
    void changedShortcutIsSavedAppliedAndKeptByANewWindow();
    void reservedOrTakenShortcutIsRefusedWithAReason();
    void screenshotOfTheKeyboardShortcutsDialog();
    void alertRulesDialogKeepsTheWebhookSecretAndChecksIt();
    void tabOrderFollowsTheScreen();
    void ledgerPasswordReachesTheRunAndMonitorWithoutTheEnvironment();

private:
    QAction *action(const char *name) const;
    QTableView *discrepancyView() const;
    ReconRowsModel *discrepancyModel() const;
    /// A mismatched row's transaction id: search must find it and the details must mark its differences.
    QString mismatchedTransactionId() const;

    QTemporaryDir m_dataDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keeps the user's settings and demo untouched
    qputenv("PAYRECON_STORE", m_dataDir.filePath(QStringLiteral("store.sqlite")).toLocal8Bit());
    // Settings in this run's own folder: ~/.qttest is shared by every run on the machine, and a second run
    // (another checkout, a CI clone) would otherwise rewrite the keys this one just set.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dataDir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("PayRecon"));
    QCoreApplication::setApplicationName(QStringLiteral("payrecon-tst_mainwindow"));
    MainWindow::registerMetaTypes();
    QSettings().clear(); // no window state or sources left from an earlier run
    QVERIFY(m_dataDir.isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->setAutoOpenDemo(false);
    m_window->setDemoDirectory(m_dataDir.filePath(QStringLiteral("demo")));
    m_window->setDemoRows(5000);
    m_window->resize(1400, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
}

QAction *TestMainWindow::action(const char *name) const
{
    return m_window->findChild<QAction *>(QString::fromLatin1(name));
}

QTableView *TestMainWindow::discrepancyView() const
{
    return m_window->findChild<QTableView *>(QStringLiteral("discrepancyView"));
}

ReconRowsModel *TestMainWindow::discrepancyModel() const
{
    return qobject_cast<ReconRowsModel *>(discrepancyView()->model());
}

QString TestMainWindow::mismatchedTransactionId() const
{
    const auto outcome = m_window->outcome();
    for (const ReconRow &row : outcome->result.rows) {
        if (row.status == ReconStatus::Mismatched && (row.reasons & ReasonAmount) && row.ledgerRow >= 0)
            return QString::fromUtf8(outcome->ledger.transactionId(row.ledgerRow));
    }
    return {};
}

void TestMainWindow::workerCancelsWhenTheFlagIsSet()
{
    // Generate a dataset big enough to span several cancellation checks, then cancel from the first progress
    // report, on the job's own threads, as the Cancel button would.
    QTemporaryDir dir;
    DemoPreparer preparer;
    QSignalSpy prepared(&preparer, &DemoPreparer::prepared);
    preparer.prepare(dir.path(), 200000);
    QCOMPARE(prepared.count(), 1);
    const auto inputs = prepared.at(0).at(0).value<ReconInputs>();

    ReconWorker worker;
    QSignalSpy cancelled(&worker, &ReconWorker::cancelled);
    QSignalSpy finished(&worker, &ReconWorker::finished);
    connect(
        &worker, &ReconWorker::progress, &worker, [&worker] { worker.cancel(); }, Qt::DirectConnection);
    worker.run(inputs);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(finished.count(), 0);

    // run() clears a Cancel left from the previous run; progress arrives throttled but the last one always.
    disconnect(&worker, &ReconWorker::progress, nullptr, nullptr);
    QSignalSpy progress(&worker, &ReconWorker::progress);
    worker.run(inputs);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!progress.isEmpty());
    QVERIFY2(progress.count() < 200, qPrintable(QString::number(progress.count())));
    const QList<QVariant> last = progress.constLast();
    QCOMPARE(last.at(0).toInt(), int(ReconciliationJob::Stage::Match));
    QCOMPARE(last.at(1).toLongLong(), last.at(2).toLongLong());
}

void TestMainWindow::openDemoReconcilesIntoBothGrids()
{
    QSignalSpy reconciled(m_window.get(), &MainWindow::reconciled);
    action("actionOpenDemo")->trigger();
    QCOMPARE(m_window->runState(), MainWindow::RunState::Running);
    QVERIFY(!action("actionReconcile")->isEnabled());
    QVERIFY(action("actionCancel")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(reconciled.count() == 1, 120000);
    QCOMPARE(m_window->runState(), MainWindow::RunState::Finished);
    QVERIFY(action("actionReconcile")->isEnabled());
    QVERIFY(QFileInfo::exists(m_dataDir.filePath(QStringLiteral("demo/van.csv"))));

    const auto outcome = m_window->outcome();
    QVERIFY(outcome);
    const ReconSummary &s = outcome->result.summary;
    const qint64 nonMatched = qint64(outcome->result.rows.size()) - s[ReconStatus::Matched].count;
    QVERIFY(nonMatched > 0);
    QCOMPARE(qint64(discrepancyModel()->rowCount()), nonMatched);
    auto *matchedView = m_window->findChild<QTableView *>(QStringLiteral("matchedView"));
    QCOMPARE(qint64(matchedView->model()->rowCount()), s[ReconStatus::Matched].count);
    QCOMPARE(m_window->focusWidget(), discrepancyView());
    QCOMPARE(discrepancyView()->horizontalHeader()->sectionResizeMode(0), QHeaderView::Interactive);
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("dashboard")));
}

void TestMainWindow::reconciledRunIsStoredAsOpenItems()
{
    // The run just shown is recorded in the store (the test's own PAYRECON_STORE) off the GUI thread, and its
    // discrepancies appear in the Open items tab.
    auto *panel = m_window->findChild<OpenItemsPanel *>(QStringLiteral("openItemsPanel"));
    QVERIFY(panel);
    const auto &rows = m_window->outcome()->result.rows;
    const auto discrepancies
        = std::count_if(rows.begin(), rows.end(), [](const ReconRow &r) { return r.status != ReconStatus::Matched; });
    QTRY_VERIFY_WITH_TIMEOUT(panel->latestRunId() > 0, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(qint64(panel->model()->rowCount()), qint64(discrepancies), 30000);
    QVERIFY(action("actionAuditTrail"));
    QVERIFY(action("actionReasonCodes"));
}

void TestMainWindow::statusFilterShowsLiveCounts()
{
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QVERIFY(combo);
    ReconRowsModel *model = discrepancyModel();
    for (int i = 0; i < combo->count(); ++i) {
        combo->setCurrentIndex(i);
        const auto filter = ReconRowsModel::StatusFilter(combo->itemData(i).toInt());
        QCOMPARE(model->statusFilter(), filter);
        QCOMPARE(qsizetype(model->rowCount()), model->countFor(filter));
        QVERIFY2(combo->itemText(i).contains(QLocale().toString(qint64(model->countFor(filter)))),
            qPrintable(combo->itemText(i)));
    }
    combo->setCurrentIndex(combo->findData(int(ReconRowsModel::StatusFilter::Unmatched)));
}

void TestMainWindow::searchNarrowsBothGridsAsYouType()
{
    const QString id = mismatchedTransactionId();
    QVERIFY(!id.isEmpty());
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, id);
    // Debounced: the grid changes after the typing stops, not at every key.
    QCOMPARE(discrepancyModel()->searchText(), QString());
    QTRY_COMPARE(discrepancyModel()->searchText(), id);
    QVERIFY(discrepancyModel()->rowCount() >= 1);
    for (int r = 0; r < discrepancyModel()->rowCount(); ++r)
        QCOMPARE(discrepancyModel()->index(r, ReconRowsModel::TransactionIdColumn).data().toString(), id);
    auto *matchedView = m_window->findChild<QTableView *>(QStringLiteral("matchedView"));
    QCOMPARE(qobject_cast<ReconRowsModel *>(matchedView->model())->searchText(), id);
}

void TestMainWindow::selectingARowShowsItsFieldsInTheDetailsPane()
{
    const QString id = mismatchedTransactionId();
    QTableView *view = discrepancyView();
    QVERIFY(view->model()->rowCount() >= 1);
    view->selectRow(0);
    auto *details = m_window->findChild<DetailsPane *>(QStringLiteral("detailsPane"));
    QVERIFY(details);
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(id), qPrintable(text));
    // The amount differs: marked in words and bold, not by colour alone.
    QVERIFY2(text.contains(DetailsPane::tr("≠ differs")), qPrintable(text));
    QVERIFY(details->toHtml().contains(QStringLiteral("font-weight")));
}

void TestMainWindow::ctrlCCopiesSelectedRowsAsTsv()
{
    QTableView *view = discrepancyView();
    view->selectRow(0);
    view->setFocus();
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QString text = QApplication::clipboard()->text();
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QStringList headers;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        headers << view->model()->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(lines.at(0), headers.join(u'\t'));
    QVERIFY(lines.at(1).contains(mismatchedTransactionId()));
    QCOMPARE(lines.at(1).count(u'\t'), view->model()->columnCount() - 1);

    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->clear();
    QTRY_COMPARE(discrepancyModel()->searchText(), QString());
}

void TestMainWindow::exportWritesTheFocusedGridAsShownOffTheGuiThread()
{
    QVERIFY(action("actionExportCsv"));
    QCOMPARE(action("actionExportCsv")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QTableView *view = discrepancyView();
    view->setFocus();
    const int shown = view->model()->rowCount();
    QVERIFY(shown > 0);
    const QString path = m_dataDir.filePath(QStringLiteral("export.csv"));
    QSignalSpy exported(m_window.get(), &MainWindow::exported);
    m_window->exportCsvTo(path);
    QVERIFY(exported.isEmpty()); // written on the worker thread: the call returns at once
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.at(0).at(1).toBool(), true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    // One line per row the grid shows (the demo's merchant names hold no line breaks), in the grid's order.
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.size(), 1 + shown + 1);
    const QByteArray firstId = view->model()->index(0, ReconRowsModel::TransactionIdColumn).data().toString().toUtf8();
    QVERIFY2(lines.at(1).contains(QByteArray("," + firstId + ",")), lines.at(1).constData());
}

void TestMainWindow::chartClickNarrowsTheGridUntilCleared()
{
    auto *dashboard = m_window->findChild<DashboardWidget *>(QStringLiteral("dashboard"));
    QVERIFY(dashboard);
    const QString id = mismatchedTransactionId();
    const auto outcome = m_window->outcome();
    ReconRowsModel::Predicate predicate = [id](const ReconOutcome &o, const ReconRow &r) {
        return r.ledgerRow >= 0 && QString::fromUtf8(o.ledger.transactionId(r.ledgerRow)) == id;
    };
    // Narrowed to mismatches first: clearing the chart filter must come back to that, not to "everything".
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    combo->setCurrentIndex(combo->findData(int(ReconRowsModel::StatusFilter::Mismatched)));
    const int mismatched = discrepancyModel()->rowCount();
    emit dashboard->filterRequested(predicate, QStringLiteral("transaction %1").arg(id));
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("predicateButton"));
    QVERIFY(button->isVisible());
    QVERIFY(button->text().contains(id));
    QCOMPARE(discrepancyModel()->rowCount(), 1);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isVisible());
    QVERIFY(discrepancyModel()->predicateDescription().isEmpty());
    QCOMPARE(combo->currentData().toInt(), int(ReconRowsModel::StatusFilter::Mismatched));
    QCOMPARE(discrepancyModel()->rowCount(), mismatched);
    combo->setCurrentIndex(combo->findData(int(ReconRowsModel::StatusFilter::Unmatched)));
    QCOMPARE(qint64(discrepancyModel()->rowCount()),
        qint64(outcome->result.rows.size()) - outcome->result.summary[ReconStatus::Matched].count);
}

void TestMainWindow::screenshotOfTheMainWindow()
{
    m_window->resize(1400, 850);
    m_window->statusBar()->clearMessage(); // show the summary, not the last "Copied" note
    discrepancyView()->selectRow(0);
    QTest::qWait(0); // let the resize lay out before grabbing
    const QString dir = QStringLiteral(PAYRECON_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + QStringLiteral("/main-window.png");
    QFile::remove(file);
    const QPixmap shot = m_window->grab();
    QCOMPARE(shot.size(), QSize(1400, 850));
    QVERIFY(shot.save(file));
    QVERIFY(QFileInfo(file).size() > 20000);
}

void TestMainWindow::reconcileRerunsTheChosenSources()
{
    // After the demo the source bar holds its ledger and VAN file: F5 reconciles them again.
    QSignalSpy reconciled(m_window.get(), &MainWindow::reconciled);
    const qint64 rows = qint64(m_window->outcome()->result.rows.size());
    action("actionReconcile")->trigger();
    QCOMPARE(m_window->runState(), MainWindow::RunState::Running);
    QTRY_VERIFY_WITH_TIMEOUT(reconciled.count() == 1, 120000);
    QCOMPARE(qint64(m_window->outcome()->result.rows.size()), rows);
    auto *ledgerLabel = m_window->findChild<QLabel *>(QStringLiteral("ledgerLabel"));
    QVERIFY2(ledgerLabel->text().startsWith(QStringLiteral("sqlite://")), qPrintable(ledgerLabel->text()));
}

void TestMainWindow::vanFileSetsTheLedgerRangeToItsDays()
{
    // The demo's VAN file is of 2026-11-24 (Seoul); choosing it moves the range off today onto that day.
    auto *from = m_window->findChild<QDateEdit *>(QStringLiteral("fromDate"));
    auto *to = m_window->findChild<QDateEdit *>(QStringLiteral("toDate"));
    QVERIFY(from && to);
    from->setDate(QDate(2020, 1, 1));
    to->setDate(QDate(2020, 1, 1));
    m_window->setVanSource(m_dataDir.filePath(QStringLiteral("demo/van.csv")), QStringLiteral("kvan-cp949"));
    QTRY_COMPARE_WITH_TIMEOUT(from->date(), QDate(2026, 11, 24), 30000);
    QCOMPARE(to->date(), QDate(2026, 11, 24));
}

void TestMainWindow::exportNamesTheSettlementDay()
{
    // The demo settles 2026-11-24; a report saved the next morning is still named for that day.
    const QString path
        = m_window->suggestedFilePath(QStringLiteral("payrecon-report-%1"), QStringLiteral("pdf"));
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("payrecon-report-2026-11-24.pdf"));
    QCOMPARE(QFileInfo(path).absolutePath(),
        QFileInfo(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).absoluteFilePath());
}

void TestMainWindow::aWrongDayAsksBeforeRecording()
{
    // The range ticked for the day after the VAN file: the ledger returns nothing, and the run is only recorded
    // when the clerk says so.
    auto *panel = m_window->findChild<OpenItemsPanel *>(QStringLiteral("openItemsPanel"));
    m_window->findChild<QCheckBox *>(QStringLiteral("rangeCheck"))->setChecked(true);
    m_window->findChild<QDateEdit *>(QStringLiteral("fromDate"))->setDate(QDate(2026, 11, 25));
    m_window->findChild<QDateEdit *>(QStringLiteral("toDate"))->setDate(QDate(2026, 11, 25));
    // Earlier tests' runs may still be on their way into the store: let the store's thread finish them first.
    QMetaObject::invokeMethod(panel->worker(), [] {}, Qt::BlockingQueuedConnection);
    QTest::qWait(50);
    QSignalSpy recorded(panel, &OpenItemsPanel::runRecorded);
    for (const char *answer : { "doNotRecord", "recordAnyway" }) {
        QSignalSpy reconciled(m_window.get(), &MainWindow::reconciled);
        recorded.clear();
        m_window->reconcile();
        QTRY_VERIFY_WITH_TIMEOUT(reconciled.count() == 1, 120000);
        QCOMPARE(m_window->outcome()->ledger.size(), 0);
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = m_window->findChild<QMessageBox *>(QStringLiteral("wrongDayQuestion"))));
        QVERIFY2(question->text().contains(QLatin1String("no rows")), qPrintable(question->text()));
        QTest::qWait(200);
        QCOMPARE(recorded.count(), 0); // nothing is recorded while the question is open
        question->findChild<QPushButton *>(QString::fromLatin1(answer))->click();
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("wrongDayQuestion")));
        if (QByteArray(answer) == "recordAnyway") {
            QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 30000);
        } else {
            QTest::qWait(300);
            QCOMPARE(recorded.count(), 0);
            QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("not recorded")));
        }
    }
    // The right day again, for the tests after this one.
    m_window->findChild<QCheckBox *>(QStringLiteral("rangeCheck"))->setChecked(false);
    QSignalSpy reconciled(m_window.get(), &MainWindow::reconciled);
    m_window->reconcile();
    QTRY_VERIFY_WITH_TIMEOUT(reconciled.count() == 1, 120000);
    QVERIFY(m_window->outcome()->ledger.size() > 0);
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("wrongDayQuestion")));
}

void TestMainWindow::ledgerDialogTestsTheConnectionOffTheGuiThread()
{
    LedgerDialog dialog;
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testConnection"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("testResult"));
    dialog.setLedgerUrl(QStringLiteral("sqlite://") + m_dataDir.filePath(QStringLiteral("demo/ledger.db")));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(test->isEnabled(), qPrintable(result->text()), 30000);
    QVERIFY2(result->text().startsWith(LedgerDialog::tr("Success: %1").arg(QString())), qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("SQLite")));

    // Nothing listens on port 1: the driver's own error comes back, word for word after "Failed:".
    dialog.setLedgerUrl(QStringLiteral("mysql://nobody@127.0.0.1:1/shop"));
    dialog.setPassword(QStringLiteral("secret"));
    QCOMPARE(dialog.password(), QStringLiteral("secret"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(test->isEnabled(), qPrintable(result->text()), 60000);
    QVERIFY2(result->text().startsWith(LedgerDialog::tr("Failed: %1").arg(QString())), qPrintable(result->text()));
    QVERIFY(!result->text().contains(QStringLiteral("secret")));
}

void TestMainWindow::cancelDuringARunEndsCancelledAndResponsive()
{
    QTemporaryDir bigDir;
    m_window->setDemoDirectory(bigDir.path());
    m_window->setDemoRows(200000);
    const qsizetype rowsBefore = discrepancyModel()->rowCount();
    QSignalSpy cancelled(m_window.get(), &MainWindow::runCancelled);
    QSignalSpy reconciled(m_window.get(), &MainWindow::reconciled);
    action("actionOpenDemo")->trigger();
    QCOMPARE(m_window->runState(), MainWindow::RunState::Running);
    // The window keeps handling events while the dataset is generated on the worker thread.
    bool ticked = false;
    QTimer::singleShot(10, m_window.get(), [&ticked] { ticked = true; });
    QTRY_VERIFY(ticked);
    action("actionCancel")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(cancelled.count() == 1, 120000);
    QCOMPARE(m_window->runState(), MainWindow::RunState::Cancelled);
    QCOMPARE(reconciled.count(), 0);
    QVERIFY(action("actionOpenDemo")->isEnabled());
    QVERIFY(!action("actionCancel")->isEnabled());
    // The previous outcome stays on screen.
    QCOMPARE(qsizetype(discrepancyModel()->rowCount()), rowsBefore);
}

void TestMainWindow::closingPersistsSourcesAndLayout()
{
    const QString van = m_window->outcome() ? m_dataDir.filePath(QStringLiteral("demo/van.csv")) : QString();
    auto *view = discrepancyView();
    view->horizontalHeader()->resizeSection(ReconRowsModel::TransactionIdColumn, 217);
    m_window->close();
    QSettings settings;
    QCOMPARE(QDir::cleanPath(settings.value(QStringLiteral("sources/vanFile")).toString()), QDir::cleanPath(van));
    QCOMPARE(settings.value(QStringLiteral("sources/profile")).toString(), DemoPreparer::profileName());

    MainWindow again;
    again.setAutoOpenDemo(false);
    auto *restored = again.findChild<QTableView *>(QStringLiteral("discrepancyView"));
    QCOMPARE(restored->horizontalHeader()->sectionSize(ReconRowsModel::TransactionIdColumn), 217);
    auto *vanLabel = again.findChild<QLabel *>(QStringLiteral("vanLabel"));
    QCOMPARE(vanLabel->text(), QDir::toNativeSeparators(van));
}

void TestMainWindow::firstRunShowsWhatToConfigureNextOnce()
{
    QSettings().remove(QStringLiteral("ui/welcomeShown"));
    {
        MainWindow first; // a real start: autoOpenDemo stays on
        first.setDemoDirectory(m_dataDir.filePath(QStringLiteral("demo-first-run")));
        first.setDemoRows(2000);
        first.show();
        QTRY_VERIFY(first.findChild<WelcomeDialog *>());
        auto *welcome = first.findChild<WelcomeDialog *>();
        QVERIFY(welcome->isVisible());
        QVERIFY(!welcome->isModal()); // the demo keeps loading behind it
        const QString text = welcome->findChild<QLabel *>(QStringLiteral("welcomeText"))->text();
        for (const char *topic : { "Choose Ledger", "Open VAN File", "Elasticsearch", "PAYRECON_DISCORD_WEBHOOK" })
            QVERIFY2(text.contains(QLatin1String(topic)), topic);
        QVERIFY(
            text.contains(QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                              .toHtmlEscaped()));
        QTRY_VERIFY(first.runState() != MainWindow::RunState::Running);
    }
    MainWindow second;
    second.show();
    QTest::qWait(300);
    QVERIFY(!second.findChild<WelcomeDialog *>());
    QVERIFY(second.findChild<QAction *>(QStringLiteral("actionGettingStarted")));
}

void TestMainWindow::publishSendsTheRunToElasticsearchOnce()
{
    // The window reconciled the demo earlier; publish it to a fake 7.17 cluster with security on.
    QVERIFY(m_window->outcome());
    FakeElasticsearch es;
    es.addUser(QStringLiteral("publisher"), QStringLiteral("s3cret"));
    QVERIFY(es.listen());
    QSettings settings;
    settings.setValue(QStringLiteral("elasticsearch/urls"), es.url().toString());
    settings.setValue(QStringLiteral("elasticsearch/user"), QStringLiteral("publisher"));
    settings.setValue(QStringLiteral("elasticsearch/password"), QStringLiteral("s3cret"));
    settings.sync();
    const ReconResult &result = m_window->outcome()->result;
    const qint64 matched = result.summary[ReconStatus::Matched].count;
    const qint64 others = qint64(result.rows.size()) - matched;
    QVERIFY(matched > 0 && others > 0);

    QSignalSpy finished(m_window.get(), &MainWindow::publishFinished);
    m_window->publishToElasticsearch();
    QVERIFY(finished.isEmpty()); // its own thread: the call returns at once
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(es.documentCount(QStringLiteral("verified-payment-data")), matched);
    QCOMPARE(es.documentCount(QStringLiteral("payment-mismatch-log")), others);
    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("esCountsLabel"));
    QTRY_VERIFY2(counts->text().contains(QLatin1String(" 0 ")), qPrintable(counts->text()));

    // Publishing the same run again adds no verified document: ids are deterministic.
    m_window->publishToElasticsearch();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QVERIFY(finished.at(1).at(0).toBool());
    QCOMPARE(es.documentCount(QStringLiteral("verified-payment-data")), matched);
    settings.remove(QStringLiteral("elasticsearch"));
}

void TestMainWindow::elasticsearchDialogTestsTheConnectionOffTheGuiThread()
{
    FakeElasticsearch es;
    es.addUser(QStringLiteral("publisher"), QStringLiteral("s3cret"));
    QVERIFY(es.listen());
    QThread thread;
    auto *worker = new PublishWorker(StoreLocation { m_dataDir.filePath(QStringLiteral("dialog-store.sqlite")) });
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    EsConfig config;
    config.nodes = { es.url() };
    config.user = QStringLiteral("publisher");
    config.password = QStringLiteral("wrong");
    {
        ElasticsearchDialog dialog(config, worker);
        QSignalSpy tested(&dialog, &ElasticsearchDialog::tested);
        dialog.testConnection();
        QTRY_COMPARE(tested.count(), 1);
        QCOMPARE(tested.at(0).at(0).toBool(), false);
        const QString message = tested.at(0).at(1).toString();
        QVERIFY2(message.contains(QLatin1String("401"))
                || message.contains(QLatin1String("credentials"), Qt::CaseInsensitive),
            qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("wrong")), "the password must never be shown");

        dialog.findChild<QLineEdit *>(QStringLiteral("esPassword"))->setText(QStringLiteral("s3cret"));
        dialog.testConnection();
        QTRY_COMPARE(tested.count(), 2);
        QVERIFY2(tested.at(1).at(0).toBool(), qPrintable(tested.at(1).at(1).toString()));
        QVERIFY(tested.at(1).at(1).toString().contains(QLatin1String("7.17")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("esTestResult"))->text().contains(QLatin1String("7.17")));
        QCOMPARE(dialog.config().password, QStringLiteral("s3cret"));
    }
    thread.quit();
    thread.wait();
}

void TestMainWindow::alertMonitorPostsANewHighValuePaymentToDiscord()
{
    // The demo's SQLite ledger, watched from the window; a new ₩2,500,000 approval must reach the fake
    // Discord webhook and show in the alerts panel as sent.
    const QString ledger = m_dataDir.filePath(QStringLiteral("demo/ledger.db"));
    QVERIFY(QFile::exists(ledger));
    FakeDiscord discord;
    QVERIFY(discord.listen());
    QSettings settings;
    settings.setValue(QStringLiteral("alerts/ledgerUrl"), QString(QStringLiteral("sqlite://") + ledger));
    settings.setValue(QStringLiteral("alerts/webhook"), discord.webhookUrl());
    settings.setValue(QStringLiteral("alerts/pollSeconds"), 0.2);
    settings.sync();

    QAction *monitor = action("actionMonitor");
    QVERIFY(monitor && monitor->isCheckable());
    monitor->setChecked(true);
    auto *dock = m_window->findChild<AlertsDock *>(QStringLiteral("alertsDock"));
    QVERIFY(dock && !dock->isHidden() && dock->isMonitoring()); // isHidden: an earlier test closed the window
    QTRY_COMPARE_WITH_TIMEOUT(dock->status(), LedgerMonitor::Status::Running, 20000);
    QVERIFY2(dock->statusText().contains(QLatin1String("Monitoring")), qPrintable(dock->statusText()));
    QCOMPARE(dock->model()->rowCount(), 0); // the ledger's history is not alerted

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alert-writer"));
        db.setDatabaseName(ledger);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO payments(transaction_id, kind, amount, approval_no, occurred_at, card_number, "
                     "card_company, merchant_id, merchant_name, customer_id) VALUES ('ALERT-0001', 'approval', "
                     "2500000, '12345678', '2026-11-25 14:00:00', '5570421234567729', '신한카드', 'M001', "
                     "'강남점', 'C-1')")),
            qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("alert-writer"));

    QTRY_COMPARE_WITH_TIMEOUT(dock->model()->rowCount(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(discord.transactionIds(), QStringList { QStringLiteral("ALERT-0001") }, 20000);
    const QAbstractItemModel *model = dock->model();
    QTRY_COMPARE(model->index(0, AlertsModel::DeliveryColumn).data().toString(), AlertsModel::tr("Sent"));
    QVERIFY(model->index(0, AlertsModel::RulesColumn).data().toString().contains(QLatin1String("high_value")));
    QCOMPARE(model->index(0, AlertsModel::CardColumn).data().toString(), QStringLiteral("557042******7729"));
    QCOMPARE(dock->model()->todayCount(), 1);

    monitor->setChecked(false);
    QVERIFY(!dock->isMonitoring());
    settings.remove(QStringLiteral("alerts"));
}

void TestMainWindow::everyMenuCommandHasAUniqueShortcut()
{
    // Keyboard users reach every command: each menu entry (not the language choices, which apply at the
    // next start) has a shortcut, and no two share one.
    QHash<QString, QString> owner;
    QStringList missing;
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (a->menu()) {
                if (a->menu()->objectName() != QLatin1String("languageMenu"))
                    walk(a->menu());
                continue;
            }
            const QString text = a->text().remove(u'&');
            if (a->shortcut().isEmpty()) {
                missing << text;
                continue;
            }
            const QString key = a->shortcut().toString();
            QVERIFY2(!owner.contains(key) || owner.value(key) == text,
                qPrintable(QStringLiteral("%1 is used by %2 and %3").arg(key, owner.value(key), text)));
            owner.insert(key, text);
        }
    };
    for (QAction *top : m_window->menuBar()->actions())
        walk(top->menu());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    QVERIFY(owner.size() >= 15);

    // The open-items commands work only while their tab has focus, but a key that means one thing there and
    // another elsewhere is a trap: they share the window's one list.
    auto *panel = m_window->findChild<OpenItemsPanel *>();
    QVERIFY(panel);
    const QList<QAction *> panelActions = panel->actions();
    QVERIFY(panelActions.size() >= 7);
    for (QAction *a : panelActions) {
        const QString text = a->text().remove(u'&');
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(text));
        const QString key = a->shortcut().toString();
        QVERIFY2(!owner.contains(key) || owner.value(key) == text,
            qPrintable(QStringLiteral("%1 is used by %2 and %3").arg(key, owner.value(key), text)));
        owner.insert(key, text);
    }
    // No default is a combination GNOME, KDE Plasma, Xfce, Cinnamon, MATE or an input method keeps for itself.
    for (auto it = owner.cbegin(); it != owner.cend(); ++it) {
        const QString reserved = DesktopShortcuts::reservedBy(QKeySequence(it.key()));
        QVERIFY2(
            reserved.isEmpty(), qPrintable(QStringLiteral("%1 (%2) is taken: %3").arg(it.key(), it.value(), reserved)));
    }
    // Every command is in Help → Keyboard Shortcuts, with its default.
    auto *actions = m_window->findChild<MainActions *>();
    QVERIFY(actions);
    QCOMPARE(actions->shortcuts()->entries().size(), owner.size());
    for (const KeyboardShortcuts::Entry &e : actions->shortcuts()->entries())
        QCOMPARE(e.action->shortcut(), e.defaultShortcut);
}

void TestMainWindow::desktopReservedCombinationsAreNamed_data()
{
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::addColumn<QString>("desktop"); // a word the reason names; empty: free

    QTest::newRow("Ctrl+Alt+L locks") << QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L) << QStringLiteral("Xfce");
    QTest::newRow("Ctrl+Alt+T terminal") << QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T) << QStringLiteral("GNOME");
    QTest::newRow("Ctrl+Alt+V Klipper") << QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V) << QStringLiteral("KDE");
    QTest::newRow("Ctrl+Alt+D desktop") << QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D) << QStringLiteral("MATE");
    QTest::newRow("Ctrl+Alt+Right") << QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Right) << QStringLiteral("Cinnamon");
    QTest::newRow("Ctrl+Alt+Q any") << QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q) << QStringLiteral("GNOME");
    QTest::newRow("Ctrl+F1 workspace") << QKeySequence(Qt::CTRL | Qt::Key_F1) << QStringLiteral("Xfce");
    QTest::newRow("Alt+F7 move") << QKeySequence(Qt::ALT | Qt::Key_F7) << QStringLiteral("MATE");
    QTest::newRow("F12 drop-down") << QKeySequence(Qt::Key_F12) << QStringLiteral("Yakuake");
    QTest::newRow("Super+E") << QKeySequence(Qt::META | Qt::Key_E) << QStringLiteral("GNOME");
    QTest::newRow("Alt+Shift+A layout") << QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_A) << QStringLiteral("KDE");
    QTest::newRow("Shift+Space Hangul") << QKeySequence(Qt::SHIFT | Qt::Key_Space) << QStringLiteral("ibus-hangul");
    QTest::newRow("Print") << QKeySequence(Qt::Key_Print) << QStringLiteral("GNOME");
    QTest::newRow("second chord") << QKeySequence(Qt::CTRL | Qt::Key_K, Qt::CTRL | Qt::ALT | Qt::Key_L)
                                  << QStringLiteral("KDE");
    QTest::newRow("F6 free") << QKeySequence(Qt::Key_F6) << QString();
    QTest::newRow("Ctrl+K free") << QKeySequence(Qt::CTRL | Qt::Key_K) << QString();
    QTest::newRow("Ctrl+Shift+R free") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) << QString();
    QTest::newRow("Shift+F1 free") << QKeySequence(Qt::SHIFT | Qt::Key_F1) << QString();
    QTest::newRow("Alt+1 free") << QKeySequence(Qt::ALT | Qt::Key_1) << QString();
}

void TestMainWindow::desktopReservedCombinationsAreNamed()
{
    QFETCH(QKeySequence, shortcut);
    QFETCH(QString, desktop);
    const QString reason = DesktopShortcuts::reservedBy(shortcut);
    if (desktop.isEmpty())
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    else
        QVERIFY2(reason.contains(desktop), qPrintable(reason));
}

void TestMainWindow::changedShortcutIsSavedAppliedAndKeptByANewWindow()
{
    auto *actions = m_window->findChild<MainActions *>();
    KeyboardShortcuts *shortcuts = actions->shortcuts();
    QAction *reconcile = action("actionReconcile");
    QAction *pair = m_window->findChild<QAction *>(QStringLiteral("actionPairManually"));
    QVERIFY(reconcile && pair);
    const QKeySequence ctrlShiftF5(Qt::CTRL | Qt::SHIFT | Qt::Key_F5);
    const QKeySequence ctrlShiftJ(Qt::CTRL | Qt::SHIFT | Qt::Key_J);
    QString problem;
    QVERIFY2(shortcuts->assign(reconcile, ctrlShiftF5, &problem), qPrintable(problem));
    QVERIFY2(shortcuts->assign(pair, ctrlShiftJ, &problem), qPrintable(problem));
    // At once: the action has it, and the key runs it.
    QCOMPARE(reconcile->shortcut(), ctrlShiftF5);
    QCOMPARE(
        QSettings().value(QStringLiteral("shortcuts/actionReconcile")).toString(), QStringLiteral("Ctrl+Shift+F5"));
    QCOMPARE(
        QSettings().value(QStringLiteral("shortcuts/actionPairManually")).toString(), QStringLiteral("Ctrl+Shift+J"));
    QAction *monitorAction = action("actionAlertsPanel");
    QSignalSpy triggered(monitorAction, &QAction::triggered);
    QVERIFY(shortcuts->assign(monitorAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)));
    m_window->show(); // an earlier test closed it, and a hidden window takes no shortcuts
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QTRY_VERIFY(m_window->isActiveWindow());
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(triggered.count(), 1);
    QVERIFY(shortcuts->assign(monitorAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A))); // its default again
    QVERIFY(!QSettings().contains(QStringLiteral("shortcuts/actionAlertsPanel"))); // defaults are not stored

    {
        // The next start: a new window reads the choices back, for the window and for the open-items panel.
        MainWindow second;
        second.setAutoOpenDemo(false);
        QCOMPARE(second.findChild<QAction *>(QStringLiteral("actionReconcile"))->shortcut(), ctrlShiftF5);
        QCOMPARE(second.findChild<QAction *>(QStringLiteral("actionPairManually"))->shortcut(), ctrlShiftJ);
        QCOMPARE(second.findChild<QAction *>(QStringLiteral("actionOpenDemo"))->shortcut(),
            QKeySequence(Qt::CTRL | Qt::Key_D));
    }

    // A saved choice that a desktop reserves, or that another command has meanwhile, is not applied.
    QSettings().setValue(QStringLiteral("shortcuts/actionOpenDemo"), QStringLiteral("Ctrl+Alt+L"));
    QSettings().setValue(QStringLiteral("shortcuts/actionQuit"), QStringLiteral("Ctrl+Shift+F5"));
    {
        MainWindow third;
        third.setAutoOpenDemo(false);
        QCOMPARE(third.findChild<QAction *>(QStringLiteral("actionOpenDemo"))->shortcut(),
            QKeySequence(Qt::CTRL | Qt::Key_D));
        const QKeySequence quit = third.findChild<QAction *>(QStringLiteral("actionQuit"))->shortcut();
        const QKeySequence rerun = third.findChild<QAction *>(QStringLiteral("actionReconcile"))->shortcut();
        QVERIFY2(quit != rerun, qPrintable(quit.toString()));
    }

    // Restore Defaults: every command on its default, nothing left in the settings.
    shortcuts->restoreDefaults();
    QCOMPARE(reconcile->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(pair->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    QSettings settings;
    settings.beginGroup(QStringLiteral("shortcuts"));
    QVERIFY2(settings.childKeys().isEmpty(), qPrintable(settings.childKeys().join(u',')));
}

void TestMainWindow::reservedOrTakenShortcutIsRefusedWithAReason()
{
    auto *actions = m_window->findChild<MainActions *>();
    action("actionKeyboardShortcuts")->trigger();
    ShortcutsDialog *dialog = actions->shortcutsDialog();
    QVERIFY(dialog->isVisible());
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QCOMPARE(table->rowCount(), int(actions->shortcuts()->entries().size()));

    // The old default of Accept Ledger Value locks the screen on KDE Plasma, Xfce, Cinnamon and MATE.
    QVERIFY(!dialog->choose(QStringLiteral("actionAcceptLedger"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L)));
    QVERIFY2(dialog->message().contains(QLatin1String("lock the screen")), qPrintable(dialog->message()));
    QVERIFY2(dialog->message().contains(QLatin1String("KDE Plasma")), qPrintable(dialog->message()));
    QCOMPARE(
        m_window->findChild<QAction *>(QStringLiteral("actionAcceptLedger"))->shortcut(), QKeySequence(Qt::Key_F6));
    QCOMPARE(dialog->findChild<QKeySequenceEdit *>(QStringLiteral("shortcutEdit"))->keySequence(),
        QKeySequence(Qt::Key_F6)); // the field shows what the command still has

    // The same typed into the field (it ends a second after the last key), and the old Write Off key too.
    auto *edit = dialog->findChild<QKeySequenceEdit *>(QStringLiteral("shortcutEdit"));
    QVERIFY(dialog->choose(QStringLiteral("actionWriteOff"), QKeySequence(Qt::Key_F8))); // selects its row
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_W, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->message().contains(QLatin1String("Ctrl+Alt")), 5000);
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionWriteOff"))->shortcut(), QKeySequence(Qt::Key_F8));
    QTRY_COMPARE(edit->keySequence(), QKeySequence(Qt::Key_F8));
    // Remove Shortcut frees the key (kept as an empty choice); Use Default brings it back.
    auto *writeOff = m_window->findChild<QAction *>(QStringLiteral("actionWriteOff"));
    dialog->findChild<QPushButton *>(QStringLiteral("clearShortcut"))->click();
    QVERIFY(writeOff->shortcut().isEmpty());
    QVERIFY(QSettings().contains(QStringLiteral("shortcuts/actionWriteOff")));
    QVERIFY(QSettings().value(QStringLiteral("shortcuts/actionWriteOff")).toString().isEmpty());
    dialog->findChild<QPushButton *>(QStringLiteral("useDefaultShortcut"))->click();
    QCOMPARE(writeOff->shortcut(), QKeySequence(Qt::Key_F8));
    QVERIFY(!QSettings().contains(QStringLiteral("shortcuts/actionWriteOff")));

    // Another command's key: named.
    QVERIFY(!dialog->choose(QStringLiteral("actionAcceptLedger"), QKeySequence(Qt::Key_F5)));
    QVERIFY2(dialog->message().contains(action("actionReconcile")->text().remove(u'&')), qPrintable(dialog->message()));
    // A plain letter would be typed into the search box.
    QVERIFY(!dialog->choose(QStringLiteral("actionAcceptLedger"), QKeySequence(Qt::Key_A)));
    QVERIFY(!QSettings().contains(QStringLiteral("shortcuts/actionAcceptLedger")));

    // Accepted: the table shows it at once; Restore Defaults brings the default back.
    QVERIFY2(dialog->choose(QStringLiteral("actionAcceptLedger"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F6)),
        qPrintable(dialog->message()));
    const int row = table->currentRow();
    QCOMPARE(table->item(row, ShortcutsDialog::ShortcutColumn)->text(),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F6).toString(QKeySequence::NativeText));
    QCOMPARE(table->item(row, ShortcutsDialog::WhereColumn)->text(), MainActions::tr("Open items tab"));
    dialog->findChild<QPushButton *>(QStringLiteral("restoreDefaults"))->click();
    QCOMPARE(
        m_window->findChild<QAction *>(QStringLiteral("actionAcceptLedger"))->shortcut(), QKeySequence(Qt::Key_F6));
    QCOMPARE(table->item(row, ShortcutsDialog::ShortcutColumn)->text(),
        QKeySequence(Qt::Key_F6).toString(QKeySequence::NativeText));
    dialog->close();
}

void TestMainWindow::screenshotOfTheKeyboardShortcutsDialog()
{
    auto *actions = m_window->findChild<MainActions *>();
    action("actionKeyboardShortcuts")->trigger();
    ShortcutsDialog *dialog = actions->shortcutsDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // What a clerk sees after trying the old Accept Ledger Value key.
    QVERIFY(!dialog->choose(QStringLiteral("actionAcceptLedger"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L)));
    dialog->resize(760, 680);
    QTest::qWait(0);
    const QString file = QStringLiteral(PAYRECON_SCREENSHOT_DIR) + QStringLiteral("/keyboard-shortcuts.png");
    QFile::remove(file);
    QVERIFY(dialog->grab().save(file));
    QVERIFY(QFileInfo(file).size() > 20000);
    dialog->close();
}

void TestMainWindow::alertRulesDialogKeepsTheWebhookSecretAndChecksIt()
{
    AlertSettings current;
    current.webhook = QStringLiteral("https://discord.com/api/webhooks/123456789/SECRETTOKENxyz");
    AlertRulesDialog dialog(current);
    auto *webhook = dialog.findChild<QLineEdit *>(QStringLiteral("webhookEdit"));
    QVERIFY(webhook->text().isEmpty()); // never filled with the secret
    QVERIFY(!webhook->placeholderText().contains(QLatin1String("SECRETTOKEN")));
    QVERIFY(dialog.problem().isEmpty());
    QCOMPARE(dialog.settings().webhook, current.webhook); // kept when nothing is typed

    webhook->setText(QStringLiteral("http://example.com/api/webhooks/1/abc")); // plain http off loopback
    QVERIFY(!dialog.problem().isEmpty());
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("alertRulesProblem"))->text().isEmpty());

    webhook->setText(QStringLiteral("https://discord.com/api/webhooks/42/NEWTOKEN"));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(save->isEnabled());
    const AlertSettings chosen = dialog.settings();
    QCOMPARE(chosen.webhook, QStringLiteral("https://discord.com/api/webhooks/42/NEWTOKEN"));
    QCOMPARE(chosen.highValueThreshold, qint64(1000000));
}

void TestMainWindow::tabOrderFollowsTheScreen()
{
    MainWindow window;
    window.setAutoOpenDemo(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList chain;
    // Walk the focus chain once round from the status filter (it wraps from the details back to the toolbar).
    QWidget *start = window.findChild<QWidget *>(QStringLiteral("statusFilter"));
    QVERIFY(start);
    QWidget *w = start;
    do {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->objectName().isEmpty())
            chain << w->objectName();
        w = w->nextInFocusChain();
    } while (w && w != start && chain.size() < 60);
    // The date fields are disabled until a range is chosen, so they are not in this list.
    const QStringList expected { QStringLiteral("statusFilter"), QStringLiteral("searchEdit"),
        QStringLiteral("qt_tabwidget_tabbar"), QStringLiteral("matchedView"), QStringLiteral("discrepancyView"),
        QStringLiteral("detailsPane"), QStringLiteral("profileCombo"), QStringLiteral("rangeCheck") };
    QStringList relevant;
    for (const QString &name : std::as_const(chain)) {
        if (expected.contains(name))
            relevant << name;
    }
    QCOMPARE(relevant, expected);
}

void TestMainWindow::ledgerPasswordReachesTheRunAndMonitorWithoutTheEnvironment()
{
    // The password typed for a MySQL ledger goes to the run and to the alert monitor as a value: the process
    // environment never holds it, before, during or after (a child process or a crash dump would inherit it).
    qunsetenv("PAYRECON_LEDGER_PASSWORD");
    const QString secret = QStringLiteral("gui-only-s3cret");
    const QString ledger = QStringLiteral("mysql://nobody@127.0.0.1:1/shop"); // nothing listens: refused at once
    MainWindow window;
    window.setAutoOpenDemo(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setVanSource(m_dataDir.filePath(QStringLiteral("demo/van.csv")), DemoPreparer::profileName());
    bool filled = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<LedgerDialog *>();
        if (!dialog)
            return;
        dialog->setLedgerUrl(ledger);
        dialog->setPassword(secret);
        filled = true;
        dialog->accept();
    });
    window.findChild<QAction *>(QStringLiteral("actionChooseLedger"))->trigger();
    QVERIFY(filled);

    QSignalSpy failed(&window, &MainWindow::runFailed);
    window.findChild<QAction *>(QStringLiteral("actionReconcile"))->trigger();
    QCOMPARE(window.runState(), MainWindow::RunState::Running);
    QVERIFY(!qEnvironmentVariableIsSet("PAYRECON_LEDGER_PASSWORD"));
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 60000);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1")) && !message.contains(secret), qPrintable(message));
    QVERIFY(!qEnvironmentVariableIsSet("PAYRECON_LEDGER_PASSWORD"));

    QSettings settings;
    settings.setValue(QStringLiteral("alerts/ledgerUrl"), ledger);
    settings.sync();
    auto *dock = window.findChild<AlertsDock *>(QStringLiteral("alertsDock"));
    QVERIFY(dock);
    window.findChild<QAction *>(QStringLiteral("actionMonitor"))->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(dock->status(), LedgerMonitor::Status::Reconnecting, 20000);
    QVERIFY(!qEnvironmentVariableIsSet("PAYRECON_LEDGER_PASSWORD"));
    QVERIFY2(!dock->statusText().contains(secret), qPrintable(dock->statusText()));
    window.findChild<QAction *>(QStringLiteral("actionMonitor"))->setChecked(false);
    settings.remove(QStringLiteral("alerts/ledgerUrl"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
