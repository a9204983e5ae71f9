// The resolution workspace end to end, offscreen, on a real SQLite ReconStore holding a small demo run: the
// mandatory note, accept VAN, bulk write-off, manual pairing, undo, a conflict with a second operator, the audit
// dialog (filter, CSV export) and a later run that matches an open item late.
#include "resolution/auditdialog.h"
#include "run/demopreparer.h"
#include "domain/koreatime.h"
#include "import/vanprofile.h"
#include "models/auditmodel.h"
#include "models/modelroles.h"
#include "models/openitemsfilter.h"
#include "models/openitemsmodel.h"
#include "resolution/openitemspanel.h"
#include "resolution/reasoncodesdialog.h"
#include "resolution/resolutionworker.h"
#include "resolve/reconstore.h"
#include "resolution/resolvedialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestResolutionPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void recordedRunShowsItsOpenItems();
    void noteIsMandatory();
    void acceptVanShowsTheNewState();
    void bulkWriteOffResolvesTheWholeSelection();
    void pairNeedsOneLedgerAndOneVanItem();
    void undoRestoresTheLastAction();
    void conflictWithAnotherOperatorOverwritesNothing();
    void reasonCodesAreEditable();
    void auditDialogListsFiltersAndExports();
    void laterRunMatchesAnOpenItemLate();
    void suggestionOffersTheVanItemWithAMistypedId();
    void suggestionsLookBeyondTheRunsShown();
    void screenshotOfTheOpenItemsPanel();

private:
    /// Selects these item ids in the grid (whatever its order and filter).
    void select(const QList<qint64> &ids);
    /// Open items of one side still open in the model, in id order.
    QList<OpenItem> openItems(OpenItem::Side side) const;
    /// Runs the action on the selection through the dialog with a note; returns the panel's actionFinished args.
    QList<QVariant> resolveSelection(QAction *action, const QString &note);
    std::optional<OpenItem> storedItem(qint64 id) const;
    /// Reconciles a ledger and a VAN file in the canonical layout (rows without the header line).
    std::shared_ptr<const ReconOutcome> reconcileCsv(
        const QString &name, const QByteArray &ledgerRows, const QByteArray &vanRows);

    QTemporaryDir m_dir;
    std::shared_ptr<const ReconOutcome> m_outcome;
    std::unique_ptr<OpenItemsPanel> m_panel;
    qint64 m_runId = 0;
};

void TestResolutionPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    // The store, the settings and the operator belong to this run alone.
    qputenv("PAYRECON_STORE", m_dir.filePath(QStringLiteral("store.sqlite")).toLocal8Bit());
    qunsetenv("PAYRECON_STORE_URL");
    qputenv("PAYRECON_OPERATOR", "alice");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("PayRecon"));
    QCoreApplication::setApplicationName(QStringLiteral("payrecon-tst_resolutionpanel"));
    QSettings().clear();
    ResolutionWorker::registerMetaTypes();

    DemoPreparer preparer;
    QSignalSpy prepared(&preparer, &DemoPreparer::prepared);
    preparer.prepare(m_dir.filePath(QStringLiteral("demo")), 400);
    QCOMPARE(prepared.count(), 1);
    const auto inputs = prepared.at(0).at(0).value<ReconInputs>();
    auto outcome = std::make_shared<ReconOutcome>(ReconciliationJob().run(inputs));
    QVERIFY2(outcome->ok(), qPrintable(outcome->error));
    m_outcome = outcome;

    m_panel = std::make_unique<OpenItemsPanel>(StoreLocation {});
    m_panel->resize(1300, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QSignalSpy recorded(m_panel.get(), &OpenItemsPanel::runRecorded);
    QSignalSpy loaded(m_panel.get(), &OpenItemsPanel::itemsLoaded);
    RunInfo run;
    run.vanFile = inputs.vanFile;
    run.vanProfile = inputs.vanProfile.name;
    run.ledgerSource = QStringLiteral("demo ledger");
    m_panel->recordRun(run, m_outcome, inputs);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 30000);
    m_runId = recorded.at(0).at(0).toLongLong();
    QVERIFY(m_runId > 0);
    // Stored with the VAN file's hash and the report data a past run prints from.
    {
        ReconStore store;
        QString error;
        QVERIFY2(store.open(StoreLocation {}, &error), qPrintable(error));
        const auto stored = store.run(m_runId, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->vanSha256.size(), 64);
        QVERIFY(!stored->report.isEmpty());
        QCOMPARE(stored->operatorName, QStringLiteral("alice"));
    }
    QCOMPARE(recorded.at(0).at(1).toLongLong(), 0); // nothing earlier to match late
    QTRY_VERIFY(!loaded.isEmpty() && m_panel->model()->rowCount() > 0);
}

void TestResolutionPanel::cleanupTestCase()
{
    m_panel.reset();
}

void TestResolutionPanel::select(const QList<qint64> &ids)
{
    QTableView *view = m_panel->view();
    view->clearSelection();
    QItemSelection selection;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (ids.contains(index.data(ModelRoles::ItemIdRole).toLongLong()))
            selection.select(index, view->model()->index(row, OpenItemsModel::ColumnCount - 1));
    }
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(view->selectionModel()->selectedRows().size(), ids.size());
}

QList<OpenItem> TestResolutionPanel::openItems(OpenItem::Side side) const
{
    QList<OpenItem> out;
    for (const OpenItem &item : m_panel->model()->items()) {
        if (item.side == side && item.state == ItemState::Open)
            out << item;
    }
    return out;
}

std::optional<OpenItem> TestResolutionPanel::storedItem(qint64 id) const
{
    ReconStore store;
    QString error;
    if (!store.open(StoreLocation {}, &error)) {
        qWarning() << error;
        return std::nullopt;
    }
    return store.item(id, &error);
}

QList<QVariant> TestResolutionPanel::resolveSelection(QAction *action, const QString &note)
{
    QSignalSpy finished(m_panel.get(), &OpenItemsPanel::actionFinished);
    if (!action->isEnabled()) {
        qWarning() << action->objectName() << "is disabled";
        return {};
    }
    action->trigger();
    ResolveDialog *dialog = m_panel->resolveDialog();
    if (!dialog) {
        qWarning() << "no resolve dialog";
        return {};
    }
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))->setPlainText(note);
    dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"))->setCurrentIndex(1); // the first real reason
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 15000)) {
        qWarning() << "no answer from the store";
        return {};
    }
    return finished.at(0);
}

std::shared_ptr<const ReconOutcome> TestResolutionPanel::reconcileCsv(
    const QString &name, const QByteArray &ledgerRows, const QByteArray &vanRows)
{
    const QByteArray header = "transaction_id,kind,amount,approval_no,occurred_at,card_number,card_company,merchant_id,"
                              "merchant_name,customer_id,category,installment_months\r\n";
    const QString ledgerPath = m_dir.filePath(name + QStringLiteral("-ledger.csv"));
    const QString vanPath = m_dir.filePath(name + QStringLiteral("-van.csv"));
    for (const auto &[path, rows] : { std::pair(ledgerPath, ledgerRows), std::pair(vanPath, vanRows) }) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(header + rows) < 0)
            return nullptr;
    }
    QString error;
    const auto profile = VanProfile::load(QStringLiteral("canonical-utf8"), &error);
    if (!profile)
        return nullptr;
    ReconInputs inputs;
    inputs.ledgerCsv = ledgerPath;
    inputs.ledgerProfile = *profile;
    inputs.vanFile = vanPath;
    inputs.vanProfile = *profile;
    auto outcome = std::make_shared<ReconOutcome>(ReconciliationJob().run(inputs));
    if (!outcome->ok()) {
        qWarning() << outcome->error;
        return nullptr;
    }
    return outcome;
}

void TestResolutionPanel::recordedRunShowsItsOpenItems()
{
    // Every discrepancy of the run is an open item; the demo injects every class.
    const auto &rows = m_outcome->result.rows;
    const qint64 discrepancies
        = std::count_if(rows.begin(), rows.end(), [](const ReconRow &r) { return r.status != ReconStatus::Matched; });
    QCOMPARE(qint64(m_panel->model()->rowCount()), discrepancies);
    QCOMPARE(m_panel->filter()->rowCount(), m_panel->model()->rowCount()); // nothing resolved yet
    QVERIFY(openItems(OpenItem::Side::Ledger).size() >= 3);
    QVERIFY(openItems(OpenItem::Side::Van).size() >= 2);
    QVERIFY(!openItems(OpenItem::Side::Both).isEmpty());
    QVERIFY(m_panel->message().contains(QString::number(m_runId)));
    // Nothing selected: nothing to resolve, and nothing done yet to undo.
    m_panel->view()->clearSelection();
    QVERIFY(!m_panel->writeOffAction()->isEnabled());
    QVERIFY(!m_panel->undoAction()->isEnabled());
}

void TestResolutionPanel::noteIsMandatory()
{
    const OpenItem item = openItems(OpenItem::Side::Both).constFirst();
    select({ item.id });
    QVERIFY(m_panel->acceptVanAction()->isEnabled());
    m_panel->acceptVanAction()->trigger();
    ResolveDialog *dialog = m_panel->resolveDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    QVERIFY(!ok->isEnabled());
    note->setPlainText(QStringLiteral("   \n  "));
    QVERIFY(!ok->isEnabled()); // blanks are no note
    note->setPlainText(QStringLiteral("확인함"));
    // The reason starts unchosen: a note alone is not enough.
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    QVERIFY(reason->count() > 1);
    QCOMPARE(dialog->reasonCode(), QString());
    QVERIFY(!ok->isEnabled());
    reason->setCurrentIndex(1);
    QVERIFY(!dialog->reasonCode().isEmpty());
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("detailsLabel"))->text().contains(item.transactionId));
    dialog->reject();
    QTRY_VERIFY(!m_panel->resolveDialog());
    QCOMPARE(storedItem(item.id)->state, ItemState::Open); // cancelled: nothing written
}

void TestResolutionPanel::acceptVanShowsTheNewState()
{
    const OpenItem item = openItems(OpenItem::Side::Both).constFirst();
    select({ item.id });
    const QList<QVariant> result = resolveSelection(m_panel->acceptVanAction(), QStringLiteral("VAN 정산서 기준"));
    QVERIFY(!result.isEmpty());
    QVERIFY2(result.at(0).toBool(), qPrintable(result.at(2).toString()));
    const int row = m_panel->model()->rowOf(item.id);
    QCOMPARE(m_panel->model()->item(row).state, ItemState::AcceptedVan);
    QCOMPARE(m_panel->model()->index(row, OpenItemsModel::StateColumn).data().toString(),
        ItemStates::displayName(ItemState::AcceptedVan));
    QCOMPARE(m_panel->model()->index(row, OpenItemsModel::UpdatedByColumn).data().toString(), QStringLiteral("alice"));
    // Gone from the open-items view, and stored so.
    for (int r = 0; r < m_panel->filter()->rowCount(); ++r)
        QVERIFY(m_panel->filter()->index(r, 0).data(ModelRoles::ItemIdRole).toLongLong() != item.id);
    const auto stored = storedItem(item.id);
    QCOMPARE(stored->state, ItemState::AcceptedVan);
    QCOMPARE(stored->note, QStringLiteral("VAN 정산서 기준"));
    QVERIFY(m_panel->undoAction()->isEnabled());
}

void TestResolutionPanel::bulkWriteOffResolvesTheWholeSelection()
{
    const QList<OpenItem> ledgerOnly = openItems(OpenItem::Side::Ledger);
    const qint64 a = ledgerOnly.at(0).id;
    const qint64 b = ledgerOnly.at(1).id;
    select({ a, b });
    QVERIFY(!m_panel->pairAction()->isEnabled()); // two ledger-side items cannot be paired
    const QList<QVariant> result = resolveSelection(m_panel->writeOffAction(), QStringLiteral("테스트 결제"));
    QVERIFY(!result.isEmpty());
    QVERIFY2(result.at(0).toBool(), qPrintable(result.at(2).toString()));
    for (qint64 id : { a, b }) {
        QCOMPARE(m_panel->model()->item(m_panel->model()->rowOf(id)).state, ItemState::WrittenOff);
        QCOMPARE(storedItem(id)->state, ItemState::WrittenOff);
    }
}

void TestResolutionPanel::pairNeedsOneLedgerAndOneVanItem()
{
    const OpenItem ledger = openItems(OpenItem::Side::Ledger).constFirst();
    OpenItem van;
    OpenItem otherKind;
    for (const OpenItem &item : openItems(OpenItem::Side::Van)) {
        if (item.kind == ledger.kind && van.id == 0)
            van = item;
        if (item.kind != ledger.kind && otherKind.id == 0)
            otherKind = item;
    }
    QVERIFY(van.id > 0);
    if (otherKind.id > 0) {
        select({ ledger.id, otherKind.id });
        QVERIFY(!m_panel->pairAction()->isEnabled()); // an approval never pairs with a cancellation
    }
    const OpenItem both = openItems(OpenItem::Side::Both).constFirst();
    select({ ledger.id });
    QVERIFY(!m_panel->pairAction()->isEnabled());
    select({ ledger.id, both.id });
    QVERIFY(!m_panel->pairAction()->isEnabled());
    select({ ledger.id, van.id });
    QVERIFY(m_panel->pairAction()->isEnabled());
    QVERIFY(!m_panel->acceptLedgerAction()->isEnabled()); // the VAN-only item has no ledger value
    const QList<QVariant> result = resolveSelection(m_panel->pairAction(), QStringLiteral("거래 ID 오타"));
    QVERIFY(!result.isEmpty());
    QVERIFY2(result.at(0).toBool(), qPrintable(result.at(2).toString()));
    const auto storedLedger = storedItem(ledger.id);
    const auto storedVan = storedItem(van.id);
    QCOMPARE(storedLedger->state, ItemState::PairedManually);
    QCOMPARE(storedVan->state, ItemState::PairedManually);
    QCOMPARE(storedLedger->pairedItemId, van.id);
    QCOMPARE(storedVan->pairedItemId, ledger.id);
    QCOMPARE(m_panel->model()->item(m_panel->model()->rowOf(van.id)).state, ItemState::PairedManually);
}

void TestResolutionPanel::undoRestoresTheLastAction()
{
    // The last action was the pair: undo brings both items back, open, into the open-items view.
    QList<qint64> paired;
    for (const OpenItem &item : m_panel->model()->items()) {
        if (item.state == ItemState::PairedManually)
            paired << item.id;
    }
    QCOMPARE(paired.size(), 2);
    QVERIFY(m_panel->undoAction()->isEnabled());
    QSignalSpy finished(m_panel.get(), &OpenItemsPanel::actionFinished);
    m_panel->undoAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
    for (qint64 id : paired) {
        QCOMPARE(storedItem(id)->state, ItemState::Open);
        QCOMPARE(m_panel->model()->item(m_panel->model()->rowOf(id)).state, ItemState::Open);
        bool visible = false;
        for (int r = 0; r < m_panel->filter()->rowCount(); ++r)
            visible |= m_panel->filter()->index(r, 0).data(ModelRoles::ItemIdRole).toLongLong() == id;
        QVERIFY(visible);
    }
    // The write-off before it is untouched.
    int writtenOff = 0;
    for (const OpenItem &item : m_panel->model()->items())
        writtenOff += item.state == ItemState::WrittenOff;
    QCOMPARE(writtenOff, 2);
}

void TestResolutionPanel::conflictWithAnotherOperatorOverwritesNothing()
{
    const OpenItem item = openItems(OpenItem::Side::Van).constLast();
    select({ item.id });
    // Bob changes the item first, through his own store connection; the panel still shows the old version.
    {
        ReconStore bob;
        QString error;
        QVERIFY2(bob.open(StoreLocation {}, &error), qPrintable(error));
        bob.setOperator(QStringLiteral("bob"));
        ResolveRequest request;
        request.items.push_back({ item.id, item.version });
        request.action = ResolveAction::Pending;
        request.note = QStringLiteral("카드사 문의 중");
        const ResolveResult result = bob.resolve(request);
        QVERIFY2(result.ok, qPrintable(result.error));
    }
    QSignalSpy loaded(m_panel.get(), &OpenItemsPanel::itemsLoaded);
    const QList<QVariant> result = resolveSelection(m_panel->writeOffAction(), QStringLiteral("중복 결제"));
    QVERIFY(!result.isEmpty());
    QVERIFY(!result.at(0).toBool());
    QVERIFY(result.at(1).toBool()); // a conflict, not another error
    const QString message = result.at(2).toString();
    QVERIFY2(message.contains(QLatin1String("bob")), qPrintable(message));
    QCOMPARE(m_panel->message(), message);
    auto *box = m_panel->findChild<QMessageBox *>(QStringLiteral("conflictMessage"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->text(), message);
    box->close();
    // Bob's resolution stands; the grid reloads and shows it.
    const auto stored = storedItem(item.id);
    QCOMPARE(stored->state, ItemState::Pending);
    QCOMPARE(stored->updatedBy, QStringLiteral("bob"));
    QCOMPARE(stored->note, QStringLiteral("카드사 문의 중"));
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(m_panel->model()->item(m_panel->model()->rowOf(item.id)).updatedBy, QStringLiteral("bob"));
}

void TestResolutionPanel::reasonCodesAreEditable()
{
    ReasonCodesDialog editor;
    editor.setText(QStringLiteral("TIMING=Timing difference\nCARD=카드사 확인\n"));
    editor.accept();
    ResolveDialog dialog(ResolveAction::WriteOff, 3);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    QCOMPARE(combo->count(), 3); // "Choose a reason…" and the two codes
    QCOMPARE(dialog.reasonCode(), QString());
    combo->setCurrentIndex(2);
    QCOMPARE(dialog.reasonCode(), QStringLiteral("CARD"));
    QVERIFY(ResolveDialog::summaryText(ResolveAction::WriteOff, 3).contains(QLatin1String("3")));
}

void TestResolutionPanel::auditDialogListsFiltersAndExports()
{
    m_panel->showAuditTrail();
    AuditDialog *dialog = m_panel->auditDialog();
    QSignalSpy loaded(dialog, &AuditDialog::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || dialog->model()->rowCount() > 0, 15000);
    QTRY_VERIFY(dialog->model()->rowCount() > 0);
    QSet<QString> actions;
    for (const AuditEntry &e : dialog->model()->entries())
        actions.insert(e.action);
    for (const char *action : { "accept_van", "write_off", "pair", "undo", "pending" })
        QVERIFY2(actions.contains(QLatin1String(action)), action);

    loaded.clear();
    dialog->setActionFilter(QStringLiteral("write_off"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QCOMPARE(dialog->model()->rowCount(), 2); // the bulk write-off: one entry per item
    for (const AuditEntry &e : dialog->model()->entries()) {
        QCOMPARE(e.action, QStringLiteral("write_off"));
        QCOMPARE(e.operatorName, QStringLiteral("alice"));
        QCOMPARE(e.note, QStringLiteral("테스트 결제"));
    }
    QCOMPARE(dialog->model()->index(0, AuditModel::ActionColumn).data().toString(),
        ItemStates::actionDisplayName(ResolveAction::WriteOff));

    QSignalSpy exported(dialog, &AuditDialog::exported);
    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    dialog->exportCsvTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 15000);
    QVERIFY2(exported.at(0).at(1).toBool(), qPrintable(exported.at(0).at(2).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // Excel reads Korean notes as UTF-8
    QVERIFY(csv.contains("write_off"));
    QVERIFY(csv.contains("테스트 결제"));
    QCOMPARE(csv.count("\r\n"), 3); // header and the two filtered entries

    // Everything above went through the store's chain: it verifies intact.
    QSignalSpy verified(dialog, &AuditDialog::verified);
    dialog->findChild<QPushButton *>(QStringLiteral("auditVerifyButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 15000);
    QVERIFY2(verified.at(0).at(0).toBool(), qPrintable(verified.at(0).at(1).toString()));
    dialog->close();
}

void TestResolutionPanel::laterRunMatchesAnOpenItemLate()
{
    // The next day's VAN file brings the counterpart of a ledger-only item: the classic midnight difference.
    OpenItem late;
    for (const OpenItem &item : openItems(OpenItem::Side::Ledger)) {
        if (item.status == ReconStatus::LedgerOnly)
            late = item; // the last one: the tests before used the first ones
    }
    QVERIFY(late.id > 0);
    const QByteArray vanRow
        = QStringLiteral("%1,%2,%3,%4,%5,%6,KB국민카드,0031263352,%7,C0000001,식음료,0\r\n")
              .arg(late.transactionId,
                  late.kind == PaymentKind::Cancel ? QStringLiteral("취소") : QStringLiteral("승인"))
              .arg(late.ledgerAmount)
              .arg(late.ledgerApprovalNo, QString::fromLatin1(KoreaTime::plain(late.occurredAtMs)), late.cardNumber,
                  late.merchantName)
              .toUtf8();
    const auto outcome = reconcileCsv(QStringLiteral("day2"), {}, vanRow);
    QVERIFY(outcome);
    QCOMPARE(outcome->result.rows.size(), size_t(1));

    QSignalSpy recorded(m_panel.get(), &OpenItemsPanel::runRecorded);
    QSignalSpy status(m_panel.get(), &OpenItemsPanel::statusMessage);
    RunInfo run;
    run.vanFile = m_dir.filePath(QStringLiteral("day2-van.csv"));
    run.vanProfile = QStringLiteral("canonical-utf8");
    m_panel->recordRun(run, outcome);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 30000);
    QCOMPARE(recorded.at(0).at(1).toLongLong(), 1);
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.at(0).at(0).toString().contains(QLatin1String("matched late")),
        qPrintable(status.at(0).at(0).toString()));
    // Seen as such in the grid of every item. The grid may still hold a list from before the recording, and the
    // reload that follows the recording (in the earlier scope) may still be on its way: wait for the grid of every
    // run, which is queued after both.
    m_panel->setScope(OpenItemsPanel::Scope::AllRuns);
    const auto shownState = [this, &late] {
        const int at = m_panel->model()->rowOf(late.id);
        return at < 0 ? ItemState::Open : m_panel->model()->item(at).state;
    };
    QTRY_COMPARE(shownState(), ItemState::MatchedLate);
    const int row = m_panel->model()->rowOf(late.id);
    QCOMPARE(m_panel->model()->index(row, OpenItemsModel::StateColumn).data().toString(),
        ItemStates::displayName(ItemState::MatchedLate));
}

void TestResolutionPanel::suggestionOffersTheVanItemWithAMistypedId()
{
    // Day 3: the ledger has T-12345678, the VAN file the same payment keyed in as T-12345687 (two digits swapped).
    const auto outcome = reconcileCsv(QStringLiteral("day3"),
        "T-12345678,승인,12300,,2026-11-26 09:10:00,557042******1111,KB국민카드,0031263352,카페 봄날,C9,식음료,0\r\n",
        "T-12345687,승인,12300,,2026-11-26 09:10:05,557042******1111,KB국민카드,0031263352,카페 봄날,C9,식음료,0\r\n"
        "T-99999999,승인,55000,,2026-11-26 15:00:00,400000******2222,KB국민카드,0031263352,카페 봄날,C9,식음료,0\r\n");
    QVERIFY(outcome);
    QSignalSpy recorded(m_panel.get(), &OpenItemsPanel::runRecorded);
    QSignalSpy loaded(m_panel.get(), &OpenItemsPanel::itemsLoaded);
    m_panel->recordRun(RunInfo(), outcome);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 30000);
    QTRY_VERIFY(!loaded.isEmpty());
    auto find = [&](const QString &transactionId) {
        for (const OpenItem &item : m_panel->model()->items()) {
            if (item.transactionId == transactionId && item.runId == recorded.at(0).at(0).toLongLong())
                return item;
        }
        return OpenItem();
    };
    const OpenItem ledger = find(QStringLiteral("T-12345678"));
    const OpenItem van = find(QStringLiteral("T-12345687"));
    QVERIFY(ledger.id > 0 && van.id > 0);

    QSignalSpy shown(m_panel.get(), &OpenItemsPanel::suggestionsShown);
    select({ ledger.id });
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 15000);
    auto *list = m_panel->findChild<QListWidget *>(QStringLiteral("suggestionList"));
    QVERIFY(list->count() >= 1);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), van.id); // the typo ranks first
    QVERIFY(list->item(0)->text().contains(QLatin1String("T-12345687")));
    QCOMPARE(list->item(0)->toolTip(),
        SuggestionEngine::describe(SuggestionReason::IdOneEditAway | SuggestionReason::SameAmountCardInWindow
            | SuggestionReason::SameAmount | SuggestionReason::CloseInTime));
    for (int i = 0; i < list->count(); ++i)
        QVERIFY(!list->item(i)->text().contains(QLatin1String("T-99999999"))); // nothing in common: not offered

    // Pairing from the suggestion still asks for the note.
    QSignalSpy finished(m_panel.get(), &OpenItemsPanel::actionFinished);
    auto *pair = m_panel->findChild<QPushButton *>(QStringLiteral("pairSuggestionButton"));
    QVERIFY(pair->isEnabled());
    pair->click();
    ResolveDialog *dialog = m_panel->resolveDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->action(), ResolveAction::Pair);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))->setPlainText(QStringLiteral("거래 ID 자리 바뀜"));
    dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"))->setCurrentIndex(1);
    ok->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QCOMPARE(storedItem(ledger.id)->pairedItemId, van.id);
    QCOMPARE(storedItem(van.id)->state, ItemState::PairedManually);
}

void TestResolutionPanel::suggestionsLookBeyondTheRunsShown()
{
    // Day 4's VAN file brought T-55550001, day 5's ledger the same payment keyed in as T-55550010: with the grid
    // on the latest run only, the earlier day's VAN item is still the suggestion.
    QSignalSpy recorded(m_panel.get(), &OpenItemsPanel::runRecorded);
    const auto day4 = reconcileCsv(QStringLiteral("day4"), {},
        "T-55550001,승인,8800,,2026-11-27 23:59:40,557042******3333,KB국민카드,0031263352,카페 봄날,C9,식음료,0\r\n");
    QVERIFY(day4);
    m_panel->recordRun(RunInfo(), day4);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 30000);
    const auto day5 = reconcileCsv(QStringLiteral("day5"),
        "T-55550010,승인,8800,,2026-11-28 00:00:10,557042******3333,KB국민카드,0031263352,카페 봄날,C9,식음료,0\r\n",
        {});
    QVERIFY(day5);
    m_panel->recordRun(RunInfo(), day5);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 2, 30000);
    QSignalSpy loaded(m_panel.get(), &OpenItemsPanel::itemsLoaded);
    m_panel->setScope(OpenItemsPanel::Scope::LatestRun);
    QTRY_VERIFY(!loaded.isEmpty());
    OpenItem ledger;
    for (const OpenItem &item : m_panel->model()->items()) {
        QVERIFY2(item.transactionId != QLatin1String("T-55550001"), "the earlier run is not in the grid");
        if (item.transactionId == QLatin1String("T-55550010"))
            ledger = item;
    }
    QVERIFY(ledger.id > 0);
    QSignalSpy shown(m_panel.get(), &OpenItemsPanel::suggestionsShown);
    select({ ledger.id });
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 15000);
    auto *list = m_panel->findChild<QListWidget *>(QStringLiteral("suggestionList"));
    QVERIFY(list->count() >= 1);
    QVERIFY2(list->item(0)->text().contains(QLatin1String("T-55550001")), qPrintable(list->item(0)->text()));
    m_panel->setScope(OpenItemsPanel::Scope::AllRuns);
}

void TestResolutionPanel::screenshotOfTheOpenItemsPanel()
{
    // Every item of every run: open, resolved and matched late side by side.
    m_panel->view()->sortByColumn(OpenItemsModel::StateColumn, Qt::DescendingOrder);
    m_panel->view()->clearSelection();
    QTRY_COMPARE(m_panel->findChild<QListWidget *>(QStringLiteral("suggestionList"))->count(), 0);
    const QString dir = QStringLiteral(PAYRECON_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(dir));
    const QPixmap shot = m_panel->grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(dir + QStringLiteral("/open-items.png")));
}

QTEST_MAIN(TestResolutionPanel)
#include "tst_resolutionpanel.moc"
