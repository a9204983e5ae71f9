// ReconStore: runs, open items, resolutions, undo, carry-over and the append-only audit trail. One suite for both
// backends: SQLite by default; with PAYRECON_STORE_BACKEND=mysql it runs against the MariaDB fixture
// (PAYRECON_MARIADB_ENV), so team mode is held to exactly the same cases plus real two-connection conflicts.
#include "ledger/ledgerurl.h"
#include "mariadbenv.h"
#include "reconcile/reconengine.h"
#include "reconsamples.h"
#include "report/reconreportbuilder.h"
#include "report/reconreportjson.h"
#include "resolve/reasoncodes.h"
#include "resolve/reconstore.h"
#include "resolve/runreport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSemaphore>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <array>

using namespace ReconSamples;

namespace {
RunInfo runInfo(const QString &van)
{
    RunInfo r;
    r.ledgerSource = QStringLiteral("sqlite:///ledger.db");
    r.vanFile = van;
    r.vanSha256 = QString(64, QLatin1Char('a'));
    r.vanProfile = QStringLiteral("kicc");
    r.from = QDate(2026, 11, 24);
    r.to = QDate(2026, 11, 24);
    return r;
}

AuditFilter filter(const QString &op, const QString &action = {}, qint64 fromMs = 0, qint64 toMs = 0)
{
    AuditFilter f;
    f.operatorName = op;
    f.action = action;
    f.fromMs = fromMs;
    f.toMs = toMs;
    return f;
}

} // namespace

class TestReconStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void migrationsAreVersioned();
    void upgradesAVersionOneStore();
    void storedRunPrintsItsReport();
    void recordRunStoresEveryDiscrepancy();
    void noteIsMandatory();
    void noteIsStoredWithItsCardNumberMasked();
    void actionsNeedTheRightSide_data();
    void actionsNeedTheRightSide();
    void bulkResolveIsAllOrNothing();
    void pairLinksOneLedgerAndOneVanItem();
    void undoRevertsTheLastBatch();
    void secondOperatorGetsAConflict();
    void concurrentResolveHasOneWinner();
    void carryOverMatchesLateArrivals();
    void carryOverThroughAMatchedPairOfTheNextRun();
    void auditTrailIsAppendOnly();
    void auditChainDetectsTampering();
    void auditFilters();
    void reasonCodesParse();
    void recordsABigRunQuickly();

private:
    std::unique_ptr<ReconStore> openStore(const QString &op);
    bool mysql() const { return m_mysql; }
    QSqlDatabase admin() const { return QSqlDatabase::database(QStringLiteral("recon-admin")); }
    bool exec(const QString &sql, QString *error = nullptr);

    bool m_mysql = false;
    StoreLocation m_url; ///< with the fixture's password on MariaDB
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReconStore::initTestCase()
{
    m_mysql = MariaDbEnv::storeBackendIsMySql();
    if (!m_mysql)
        return;
    QString error;
    m_url.location = MariaDbEnv::openTeamStore(QStringLiteral("recon-admin"), &error, &m_url.password);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
}

void TestReconStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (!m_mysql) {
        m_url = StoreLocation { QStringLiteral("sqlite://") + m_dir->filePath(QStringLiteral("store.sqlite")) };
        return;
    }
    QString error;
    QVERIFY2(MariaDbEnv::dropStoreTables(QStringLiteral("recon-admin"), &error), qPrintable(error));
}

void TestReconStore::cleanup()
{
    m_dir.reset();
}

bool TestReconStore::exec(const QString &sql, QString *error)
{
    // Straight to the database, past ReconStore: what anyone with rights on the database can do.
    bool ok = false;
    {
        QSqlDatabase db;
        if (m_mysql) {
            db = admin();
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("recon-raw"));
            db.setDatabaseName(m_url.location.mid(int(qstrlen("sqlite://"))));
            db.open();
        }
        QSqlQuery q(db);
        ok = q.exec(sql);
        if (error)
            *error = q.lastError().text();
    }
    if (!m_mysql)
        QSqlDatabase::removeDatabase(QStringLiteral("recon-raw"));
    return ok;
}

std::unique_ptr<ReconStore> TestReconStore::openStore(const QString &op)
{
    auto store = std::make_unique<ReconStore>();
    store->setOperator(op);
    QString error;
    if (!store->open(m_url, &error)) {
        qWarning() << error;
        return nullptr;
    }
    return store;
}

void TestReconStore::migrationsAreVersioned()
{
    auto store = openStore(QStringLiteral("kim"));
    QVERIFY(store);
    QCOMPARE(store->backend(), m_mysql ? ReconStore::Backend::MySql : ReconStore::Backend::Sqlite);
    QCOMPARE(store->schemaVersion(), 3);
    store.reset();
    auto again = openStore(QStringLiteral("kim")); // reopening applies nothing twice
    QVERIFY(again);
    QCOMPARE(again->schemaVersion(), 3);
    QVERIFY(!again->describe().contains(m_url.password) || !m_mysql);
}

void TestReconStore::upgradesAVersionOneStore()
{
    QString error;
    qint64 runId = 0;
    {
        auto store = openStore(QStringLiteral("kim"));
        QVERIFY(store);
        const auto r = store->recordRun(
            runInfo(QStringLiteral("v1.csv")), outcome({ payment(QStringLiteral("1"), 1, {}) }, {}), &error);
        QVERIFY(r);
        runId = r->runId;
    }
    // Make it a store written by the first schema: no report column, no card company etc., version 1.
    const QString versions = m_mysql ? QStringLiteral("payrecon_schema_versions") : QStringLiteral("schema_versions");
    QString sqlError;
    QVERIFY2(
        exec(QStringLiteral("ALTER TABLE payrecon_runs DROP COLUMN report_json"), &sqlError), qPrintable(sqlError));
    for (const char *column : { "card_company", "merchant_id", "installment_months" })
        QVERIFY2(
            exec(QStringLiteral("ALTER TABLE payrecon_items DROP COLUMN %1").arg(QLatin1String(column)), &sqlError),
            qPrintable(sqlError));
    QVERIFY(exec(QStringLiteral("UPDATE %1 SET version = 1 WHERE component = 'recon'").arg(versions)));
    {
        auto store = openStore(QStringLiteral("kim"));
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), 3);
        QCOMPARE(store->run(runId, &error)->vanFile, QStringLiteral("v1.csv")); // old rows survive the upgrade
        QVERIFY(store->run(runId, &error)->report.isEmpty());
        QVERIFY(store->recordRun(runInfo(QStringLiteral("v2.csv")), outcome({}, {}), &error));
    }
    if (m_mysql) {
        // MySQL DDL commits on its own: a crash between the ALTER and the version bump must not wedge the store.
        QVERIFY(exec(QStringLiteral("UPDATE payrecon_schema_versions SET version = 1 WHERE component = 'recon'")));
        auto store = openStore(QStringLiteral("kim"));
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), 3);
    }
    // A store from a newer PayRecon is refused, not misread.
    QVERIFY(exec(QStringLiteral("UPDATE %1 SET version = 99 WHERE component = 'recon'").arg(versions)));
    ReconStore newer;
    QVERIFY(!newer.open(m_url, &error));
    QVERIFY2(error.contains(QLatin1String("99")), qPrintable(error));
}

void TestReconStore::storedRunPrintsItsReport()
{
    auto store = openStore(QStringLiteral("kim"));
    QVERIFY(store);
    QTemporaryDir dir;
    const QString vanPath = dir.filePath(QStringLiteral("van.csv"));
    {
        QFile f(vanPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("any bytes: the hash is what matters\n");
    }
    const ReconOutcome o
        = outcome({ payment(QStringLiteral("1"), 15000, QStringLiteral("A")), payment(QStringLiteral("2"), 2000, {}) },
            { payment(QStringLiteral("1"), 15000, QStringLiteral("A")),
                payment(QStringLiteral("3"), 3000, {}, PaymentKind::Approval, QStringLiteral("역삼점 베이커리")) });
    ReconInputs in;
    in.ledger.url = QStringLiteral("sqlite:///ledger.db");
    in.vanFile = vanPath;
    in.from = in.to = QDate(2026, 11, 24);
    ReconReportBuilder builder;
    builder.setOperatorName(QStringLiteral("kim"));
    const ReconReport live = builder.build(o, in);
    RunInfo run = runInfo(vanPath);
    run.vanSha256 = live.inputs.back().sha256;
    run.report = ReconReportJson::toJson(live);
    QString error;
    const auto r = store->recordRun(run, o, &error);
    QVERIFY2(r, qPrintable(error));
    std::vector<OpenItem> items = store->items(r->runId, false, &error);
    QCOMPARE(items.size(), size_t(2));
    const OpenItem *three = find(items, QStringLiteral("3"), OpenItem::Side::Van);
    QVERIFY(store->resolve(request(ResolveAction::AcceptVan, { three }, QStringLiteral("입금 확인"))).ok);

    const std::optional<RunInfo> stored = store->run(r->runId, &error);
    QVERIFY(stored);
    const ReconReport again = RunReport::build(*stored, store->items(r->runId, false, &error));
    QCOMPARE(again.runId, r->runId);
    QCOMPARE(again.summary.toJson(), live.summary.toJson());
    QCOMPARE(again.merchantNames, live.merchantNames);
    QCOMPARE(again.inputs.size(), live.inputs.size());
    QCOMPARE(again.inputs.back().sha256, live.inputs.back().sha256);
    QCOMPARE(again.inputs.back().sha256.size(), 64);
    for (int h = 0; h < 24; ++h) {
        QCOMPARE(again.hourly[size_t(h)].ledgerWon, live.hourly[size_t(h)].ledgerWon);
        QCOMPARE(again.hourly[size_t(h)].vanCount, live.hourly[size_t(h)].vanCount);
    }
    QCOMPARE(again.discrepancies.size(), size_t(2));
    QCOMPARE(again.resolvedCount(), 1);
    for (const ReconReport::Discrepancy &d : again.discrepancies) {
        if (d.transactionId == QLatin1String("3")) {
            QCOMPARE(d.resolution, ItemStates::displayName(ItemState::AcceptedVan));
            QCOMPARE(d.note, QStringLiteral("입금 확인"));
            QCOMPARE(d.resolvedBy, QStringLiteral("kim"));
            QCOMPARE(d.merchantName, QStringLiteral("역삼점 베이커리"));
            QVERIFY(!d.ledgerAmount);
            QCOMPARE(*d.vanAmount, 3000);
        } else {
            QVERIFY(d.resolution.isEmpty());
            QCOMPARE(*d.ledgerAmount, 2000);
        }
    }
}

void TestReconStore::recordRunStoresEveryDiscrepancy()
{
    auto store = openStore(QStringLiteral("kim"));
    QVERIFY(store);
    const ReconOutcome o = outcome({ payment(QStringLiteral("0001"), 10000, QStringLiteral("A1")),
                                       payment(QStringLiteral("0002"), 20000, QStringLiteral("A2")),
                                       payment(QStringLiteral("0003"), 30000, QStringLiteral("A3")),
                                       payment(QStringLiteral("0005"), 5000, QStringLiteral("A5")),
                                       payment(QStringLiteral("0005"), 5000, QStringLiteral("A5")) },
        { payment(QStringLiteral("0001"), 10000, QStringLiteral("A1")),
            payment(QStringLiteral("0002"), 21000, QStringLiteral("A2")),
            payment(QStringLiteral("0004"), 40000, QStringLiteral("A4"), PaymentKind::Cancel) });
    QString error;
    const std::optional<RecordRunResult> r = store->recordRun(runInfo(QStringLiteral("van-1124.csv")), o, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(r->runId > 0);
    // 1 mismatched, 1 ledger-only, 1 VAN-only, 2 duplicates (ledger side); the matched pair is only counted.
    QCOMPARE(r->itemIdsByRow.size(), size_t(5));
    for (const auto &[row, id] : r->itemIdsByRow) {
        QVERIFY(o.result.rows[size_t(row)].status != ReconStatus::Matched);
        QVERIFY(id > 0);
    }
    const std::vector<OpenItem> items = store->items(r->runId, true, &error);
    QCOMPARE(items.size(), size_t(5));
    const OpenItem *mismatch = find(items, QStringLiteral("0002"), OpenItem::Side::Both);
    QVERIFY(mismatch);
    QCOMPARE(mismatch->status, ReconStatus::Mismatched);
    QCOMPARE(mismatch->ledgerAmount, 20000);
    QCOMPARE(mismatch->vanAmount, 21000);
    QCOMPARE(mismatch->reasons, quint8(ReasonAmount));
    QCOMPARE(mismatch->merchantName, QStringLiteral("강남점 커피"));
    QCOMPARE(mismatch->cardNumber, QStringLiteral("941012******1234"));
    QCOMPARE(mismatch->state, ItemState::Open);
    QCOMPARE(mismatch->version, 0);
    const OpenItem *vanOnly = find(items, QStringLiteral("0004"), OpenItem::Side::Van);
    QVERIFY(vanOnly);
    QCOMPARE(vanOnly->kind, PaymentKind::Cancel);
    QCOMPARE(vanOnly->vanApprovalNo, QStringLiteral("A4"));
    QVERIFY(find(items, QStringLiteral("0003"), OpenItem::Side::Ledger));

    const std::optional<RunInfo> run = store->run(r->runId, &error);
    QVERIFY2(run, qPrintable(error));
    QCOMPARE(run->vanFile, QStringLiteral("van-1124.csv"));
    QCOMPARE(run->vanSha256, QString(64, QLatin1Char('a')));
    QCOMPARE(run->operatorName, QStringLiteral("kim"));
    QCOMPARE(run->itemCount, 5);
    QCOMPARE(run->from, QDate(2026, 11, 24));
    QCOMPARE(run->summary.value(QStringLiteral("ledger_records")).toInteger(), 5);
    QCOMPARE(store->runs(10, &error).size(), size_t(1));
    const std::vector<AuditEntry> audit = store->audit({}, &error);
    QCOMPARE(audit.size(), size_t(1));
    QCOMPARE(audit[0].action, QStringLiteral("run_recorded"));
    QCOMPARE(audit[0].runId, r->runId);
}

void TestReconStore::noteIsMandatory()
{
    auto store = openStore(QStringLiteral("kim"));
    QVERIFY(store);
    QString error;
    const auto r = store->recordRun(
        runInfo(QStringLiteral("v.csv")), outcome({ payment(QStringLiteral("1"), 100, {}) }, {}), &error);
    QVERIFY(r);
    const std::vector<OpenItem> items = store->items(r->runId, true, &error);
    QCOMPARE(items.size(), size_t(1));
    for (const QString &note : { QString(), QStringLiteral("   \n") }) {
        const ResolveResult res = store->resolve(request(ResolveAction::WriteOff, { &items[0] }, note));
        QVERIFY(!res.ok);
        QVERIFY2(res.error.contains(QLatin1String("note")), qPrintable(res.error));
    }
    QCOMPARE(store->item(items[0].id, &error)->state, ItemState::Open);
    QCOMPARE(store->audit({}, &error).size(), size_t(1)); // only run_recorded
}

void TestReconStore::noteIsStoredWithItsCardNumberMasked()
{
    auto store = openStore(QStringLiteral("kim"));
    QVERIFY(store);
    QString error;
    const auto r = store->recordRun(runInfo(QStringLiteral("v.csv")),
        outcome({ payment(QStringLiteral("1"), 100, {}), payment(QStringLiteral("2"), 200, {}) },
            { payment(QStringLiteral("3"), 200, {}) }),
        &error);
    QVERIFY(r);
    const std::vector<OpenItem> items = store->items(r->runId, true, &error);
    const OpenItem *one = find(items, QStringLiteral("1"), OpenItem::Side::Ledger);
    const OpenItem *two = find(items, QStringLiteral("2"), OpenItem::Side::Ledger);
    const OpenItem *three = find(items, QStringLiteral("3"), OpenItem::Side::Van);
    QVERIFY(one && two && three);
    // Assembled at run time, so no full card number sits in the source as one literal.
    const QString pan = QStringLiteral("4111 1111") + QStringLiteral(" 1111 1111");
    const ResolveResult off = store->resolve(
        request(ResolveAction::WriteOff, { one }, QStringLiteral("customer read out ") + pan + QStringLiteral(".")));
    QVERIFY2(off.ok, qPrintable(off.error));
    const ResolveResult paired
        = store->resolve(request(ResolveAction::Pair, { two, three }, QStringLiteral("=\"") + pan + u'"'));
    QVERIFY2(paired.ok, qPrintable(paired.error));
    QCOMPARE(store->item(one->id, &error)->note, QStringLiteral("customer read out 4111 11** **** 1111."));
    QCOMPARE(store->item(three->id, &error)->note, QStringLiteral("=\"4111 11** **** 1111\""));
    const ResolveResult undone = store->undoLast();
    QVERIFY2(undone.ok, qPrintable(undone.error));
    for (const AuditEntry &e : store->audit({}, &error)) {
        for (const QString &text : { e.note, QString::fromUtf8(QJsonDocument(e.before).toJson()),
                 QString::fromUtf8(QJsonDocument(e.after).toJson()) })
            QVERIFY2(!text.contains(QLatin1String("1111 1111")), qPrintable(text));
    }
    QVERIFY(store->verifyAuditChain(&error));
}

void TestReconStore::actionsNeedTheRightSide_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("state");
    const int l = int(OpenItem::Side::Ledger), v = int(OpenItem::Side::Van), b = int(OpenItem::Side::Both);
    QTest::newRow("accept ledger on ledger-only")
        << "L" << l << int(ResolveAction::AcceptLedger) << true << int(ItemState::AcceptedLedger);
    QTest::newRow("accept VAN on ledger-only")
        << "L" << l << int(ResolveAction::AcceptVan) << false << int(ItemState::Open);
    QTest::newRow("accept VAN on VAN-only")
        << "V" << v << int(ResolveAction::AcceptVan) << true << int(ItemState::AcceptedVan);
    QTest::newRow("accept ledger on VAN-only")
        << "V" << v << int(ResolveAction::AcceptLedger) << false << int(ItemState::Open);
    QTest::newRow("accept VAN on mismatch")
        << "M" << b << int(ResolveAction::AcceptVan) << true << int(ItemState::AcceptedVan);
    QTest::newRow("accept ledger on mismatch")
        << "M" << b << int(ResolveAction::AcceptLedger) << true << int(ItemState::AcceptedLedger);
    QTest::newRow("write off") << "L" << l << int(ResolveAction::WriteOff) << true << int(ItemState::WrittenOff);
    QTest::newRow("pending") << "V" << v << int(ResolveAction::Pending) << true << int(ItemState::Pending);
    QTest::newRow("pair needs two items") << "L" << l << int(ResolveAction::Pair) << false << int(ItemState::Open);
}

void TestReconStore::actionsNeedTheRightSide()
{
    QFETCH(QString, id);
    QFETCH(int, side);
    QFETCH(int, action);
    QFETCH(bool, ok);
    QFETCH(int, state);
    auto store = openStore(QStringLiteral("kim"));
    QVERIFY(store);
    QString error;
    const auto r = store->recordRun(runInfo(QStringLiteral("v.csv")),
        outcome({ payment(QStringLiteral("L"), 100, {}), payment(QStringLiteral("M"), 100, {}) },
            { payment(QStringLiteral("V"), 100, {}), payment(QStringLiteral("M"), 150, {}) }),
        &error);
    QVERIFY(r);
    const std::vector<OpenItem> items = store->items(r->runId, true, &error);
    const OpenItem *it = find(items, id, OpenItem::Side(side));
    QVERIFY(it);
    const ResolveResult res = store->resolve(request(ResolveAction(action), { it }));
    QCOMPARE(res.ok, ok);
    QCOMPARE(res.error.isEmpty(), ok);
    const OpenItem now = *store->item(it->id, &error);
    QCOMPARE(int(now.state), state);
    QCOMPARE(now.version, ok ? 1 : 0);
    if (ok) {
        QCOMPARE(now.note, QStringLiteral("checked with the card company"));
        QCOMPARE(now.reasonCode, QStringLiteral("TIMING"));
        QCOMPARE(now.updatedBy, QStringLiteral("kim"));
        // Resolved is final until undone: a second action on it is refused.
        ResolveRequest again = request(ResolveAction::WriteOff, { &now });
        const ResolveResult second = store->resolve(again);
        QVERIFY(!second.ok || now.state == ItemState::Pending);
    }
    QCOMPARE(store->audit({}, &error).size(), size_t(ok ? 2 : 1) + (ok && now.state == ItemState::Pending ? 1 : 0));
}

void TestReconStore::bulkResolveIsAllOrNothing()
{
    auto store = openStore(QStringLiteral("kim"));
    QVERIFY(store);
    QString error;
    const auto r = store->recordRun(runInfo(QStringLiteral("v.csv")),
        outcome({ payment(QStringLiteral("1"), 100, {}), payment(QStringLiteral("2"), 200, {}),
                    payment(QStringLiteral("3"), 300, {}) },
            {}),
        &error);
    QVERIFY(r);
    std::vector<OpenItem> items = store->items(r->runId, true, &error);
    QCOMPARE(items.size(), size_t(3));
    QVERIFY(store->resolve(request(ResolveAction::WriteOff, { &items[2] })).ok);
    // items[2] is stale now (version 0 but stored 1): the whole batch must be refused.
    const ResolveResult refused
        = store->resolve(request(ResolveAction::AcceptLedger, { &items[0], &items[1], &items[2] }));
    QVERIFY(!refused.ok);
    QVERIFY(refused.conflict);
    QCOMPARE(store->item(items[0].id, &error)->state, ItemState::Open);
    QCOMPARE(store->item(items[1].id, &error)->state, ItemState::Open);
    const ResolveResult bulk = store->resolve(request(ResolveAction::AcceptLedger, { &items[0], &items[1] }));
    QVERIFY2(bulk.ok, qPrintable(bulk.error));
    QCOMPARE(bulk.items.size(), size_t(2));
    const std::vector<AuditEntry> entries = store->audit(filter({}, QStringLiteral("accept_ledger")), &error);
    QCOMPARE(entries.size(), size_t(2));
    QCOMPARE(entries[0].batchId, entries[1].batchId);
    QCOMPARE(store->items(r->runId, true, &error).size(), size_t(0));
}

void TestReconStore::pairLinksOneLedgerAndOneVanItem()
{
    auto store = openStore(QStringLiteral("kim"));
    QVERIFY(store);
    QString error;
    const auto r = store->recordRun(runInfo(QStringLiteral("v.csv")),
        outcome({ payment(QStringLiteral("20261124-0017"), 45000, QStringLiteral("7781")),
                    payment(QStringLiteral("X"), 1, {}) },
            { payment(QStringLiteral("20261124-0071"), 45000, QStringLiteral("7781")),
                payment(QStringLiteral("C"), 1, {}, PaymentKind::Cancel) }),
        &error);
    QVERIFY(r);
    const std::vector<OpenItem> items = store->items(r->runId, true, &error);
    const OpenItem *l = find(items, QStringLiteral("20261124-0017"), OpenItem::Side::Ledger);
    const OpenItem *v = find(items, QStringLiteral("20261124-0071"), OpenItem::Side::Van);
    const OpenItem *x = find(items, QStringLiteral("X"), OpenItem::Side::Ledger);
    const OpenItem *c = find(items, QStringLiteral("C"), OpenItem::Side::Van);
    QVERIFY(l && v && x && c);
    QVERIFY(!store->resolve(request(ResolveAction::Pair, { l, x })).ok); // two ledger items
    QVERIFY(!store->resolve(request(ResolveAction::Pair, { x, c })).ok); // approval with cancellation
    const ResolveResult paired
        = store->resolve(request(ResolveAction::Pair, { l, v }, QStringLiteral("digits swapped")));
    QVERIFY2(paired.ok, qPrintable(paired.error));
    const OpenItem pl = *store->item(l->id, &error), pv = *store->item(v->id, &error);
    QCOMPARE(pl.state, ItemState::PairedManually);
    QCOMPARE(pv.state, ItemState::PairedManually);
    QCOMPARE(pl.pairedItemId, v->id);
    QCOMPARE(pv.pairedItemId, l->id);
    QVERIFY(ItemStates::isVerified(pl.state));
}

void TestReconStore::undoRevertsTheLastBatch()
{
    auto store = openStore(QStringLiteral("kim"));
    QVERIFY(store);
    QString error;
    const auto r = store->recordRun(runInfo(QStringLiteral("v.csv")),
        outcome({ payment(QStringLiteral("1"), 100, {}), payment(QStringLiteral("2"), 200, {}) },
            { payment(QStringLiteral("9"), 100, {}) }),
        &error);
    QVERIFY(r);
    std::vector<OpenItem> items = store->items(r->runId, true, &error);
    const OpenItem *one = find(items, QStringLiteral("1"), OpenItem::Side::Ledger);
    const OpenItem *two = find(items, QStringLiteral("2"), OpenItem::Side::Ledger);
    const OpenItem *nine = find(items, QStringLiteral("9"), OpenItem::Side::Van);
    QCOMPARE(store->lastUndoableBatch(&error), 0);
    QVERIFY(!store->undoLast().ok); // nothing to undo
    QVERIFY(store->resolve(request(ResolveAction::Pending, { two })).ok);
    const ResolveResult pair = store->resolve(request(ResolveAction::Pair, { one, nine }));
    QVERIFY(pair.ok);
    QCOMPARE(store->lastUndoableBatch(&error), pair.batchId);

    const ResolveResult undone = store->undoLast();
    QVERIFY2(undone.ok, qPrintable(undone.error));
    QCOMPARE(undone.items.size(), size_t(2));
    for (const qint64 id : { one->id, nine->id }) {
        const OpenItem now = *store->item(id, &error);
        QCOMPARE(now.state, ItemState::Open);
        QCOMPARE(now.pairedItemId, 0);
        QCOMPARE(now.note, QString());
        QCOMPARE(now.version, 2); // the pair, then the undo: a later stale write still conflicts
    }
    // Undo again reverts the earlier action (pending), then there is nothing left.
    QVERIFY(store->undoLast().ok);
    QCOMPARE(store->item(two->id, &error)->state, ItemState::Open);
    QVERIFY(!store->undoLast().ok);
    // Someone else's action is not mine to undo; and mine is refused once they changed the item since.
    const OpenItem twoNow = *store->item(two->id, &error);
    QVERIFY(store->resolve(request(ResolveAction::WriteOff, { &twoNow })).ok);
    auto lee = openStore(QStringLiteral("lee"));
    QVERIFY(lee);
    QCOMPARE(lee->lastUndoableBatch(&error), 0);
    const OpenItem oneNow = *store->item(one->id, &error);
    QVERIFY(store->resolve(request(ResolveAction::Pending, { &oneNow })).ok);
    const OpenItem oneSeenByLee = *lee->item(one->id, &error);
    QVERIFY(lee->resolve(request(ResolveAction::AcceptLedger, { &oneSeenByLee })).ok);
    const ResolveResult stale = store->undoLast();
    QVERIFY(!stale.ok);
    QVERIFY(stale.conflict);
    QVERIFY2(stale.error.contains(QLatin1String("lee")), qPrintable(stale.error));
    QCOMPARE(store->item(one->id, &error)->state, ItemState::AcceptedLedger);
    const std::vector<AuditEntry> undos = store->audit(filter({}, QStringLiteral("undo")), &error);
    QCOMPARE(undos.size(), size_t(3));
    QCOMPARE(undos[0].undoesBatchId, pair.batchId);
}

void TestReconStore::secondOperatorGetsAConflict()
{
    auto kim = openStore(QStringLiteral("kim"));
    auto lee = openStore(QStringLiteral("lee"));
    QVERIFY(kim && lee);
    QString error;
    const auto r = kim->recordRun(
        runInfo(QStringLiteral("v.csv")), outcome({ payment(QStringLiteral("77"), 990000, {}) }, {}), &error);
    QVERIFY(r);
    // Both operators have the item on screen at version 0.
    const OpenItem seenByKim = kim->items(0, true, &error).at(0);
    const OpenItem seenByLee = lee->items(0, true, &error).at(0);
    QCOMPARE(seenByLee.version, 0);
    QVERIFY(kim->resolve(request(ResolveAction::AcceptLedger, { &seenByKim }, QStringLiteral("VAN file late"))).ok);
    const ResolveResult lost
        = lee->resolve(request(ResolveAction::WriteOff, { &seenByLee }, QStringLiteral("test payment")));
    QVERIFY(!lost.ok);
    QVERIFY(lost.conflict);
    QVERIFY2(
        lost.error.contains(QLatin1String("kim")) && lost.error.contains(QLatin1String("77")), qPrintable(lost.error));
    QCOMPARE(lost.items.size(), size_t(1));
    QCOMPARE(lost.items[0].state, ItemState::AcceptedLedger);
    const OpenItem now = *lee->item(seenByLee.id, &error);
    QCOMPARE(now.state, ItemState::AcceptedLedger);
    QCOMPARE(now.note, QStringLiteral("VAN file late"));
    QCOMPARE(lee->audit(filter(QStringLiteral("lee")), &error).size(), size_t(0));
}

void TestReconStore::concurrentResolveHasOneWinner()
{
    QString error;
    qint64 itemId = 0;
    {
        auto store = openStore(QStringLiteral("setup"));
        QVERIFY(store);
        QVERIFY(store->recordRun(
            runInfo(QStringLiteral("v.csv")), outcome({ payment(QStringLiteral("5"), 1, {}) }, {}), &error));
        itemId = store->items(0, true, &error).at(0).id;
    }
    // Two threads, each with its own connection, press OK at the same moment.
    QSemaphore ready, go;
    std::array<ResolveResult, 2> results;
    std::array<std::unique_ptr<QThread>, 2> threads;
    for (int i = 0; i < 2; ++i) {
        threads[size_t(i)].reset(QThread::create([&, i] {
            ReconStore store;
            store.setOperator(i ? QStringLiteral("lee") : QStringLiteral("kim"));
            QString err;
            if (!store.open(m_url, &err)) {
                results[size_t(i)].error = err;
                ready.release();
                return;
            }
            ResolveRequest req;
            req.action = i ? ResolveAction::WriteOff : ResolveAction::AcceptLedger;
            req.note = QStringLiteral("race");
            req.items.push_back({ itemId, 0 });
            ready.release();
            go.acquire();
            results[size_t(i)] = store.resolve(req);
        }));
        threads[size_t(i)]->start();
    }
    ready.acquire(2);
    go.release(2);
    for (auto &t : threads)
        QVERIFY(t->wait(60000));
    QCOMPARE(int(results[0].ok) + int(results[1].ok), 1);
    const ResolveResult &loser = results[0].ok ? results[1] : results[0];
    QVERIFY2(loser.conflict, qPrintable(loser.error));
    auto store = openStore(QStringLiteral("check"));
    const OpenItem now = *store->item(itemId, &error);
    QCOMPARE(now.version, 1);
    QCOMPARE(now.updatedBy, results[0].ok ? QStringLiteral("kim") : QStringLiteral("lee"));
    QVERIFY(store->verifyAuditChain(&error));
}

void TestReconStore::carryOverMatchesLateArrivals()
{
    auto store = openStore(QStringLiteral("kim"));
    QVERIFY(store);
    QString error;
    // Day 1: four ledger payments at 23:58 miss the VAN cut-off; one more is pending investigation, one written off.
    const auto day1 = store->recordRun(runInfo(QStringLiteral("1124.csv")),
        outcome(
            { payment(QStringLiteral("late"), 10000, QStringLiteral("A")), payment(QStringLiteral("amount"), 500, {}),
                payment(QStringLiteral("kind"), 700, {}), payment(QStringLiteral("pend"), 900, QStringLiteral("P")),
                payment(QStringLiteral("off"), 300, {}) },
            {}),
        &error);
    QVERIFY(day1);
    std::vector<OpenItem> items = store->items(day1->runId, true, &error);
    QVERIFY(
        store->resolve(request(ResolveAction::Pending, { find(items, QStringLiteral("pend"), OpenItem::Side::Ledger) }))
            .ok);
    QVERIFY(
        store->resolve(request(ResolveAction::WriteOff, { find(items, QStringLiteral("off"), OpenItem::Side::Ledger) }))
            .ok);
    // Day 2: the VAN file brings them (one with another amount, one as a cancellation, the written-off one too).
    const auto day2 = store->recordRun(runInfo(QStringLiteral("1125.csv")),
        outcome({ payment(QStringLiteral("today"), 1, {}) },
            { payment(QStringLiteral("today"), 1, {}), payment(QStringLiteral("late"), 10000, QStringLiteral("A")),
                payment(QStringLiteral("amount"), 501, {}),
                payment(QStringLiteral("kind"), 700, {}, PaymentKind::Cancel),
                payment(QStringLiteral("pend"), 900, QStringLiteral("P")), payment(QStringLiteral("off"), 300, {}) }),
        &error);
    QVERIFY2(day2, qPrintable(error));
    QCOMPARE(day2->matchedLate, 2);
    QCOMPARE(day2->matchedLateWon, 10900);
    QCOMPARE(store->run(day2->runId, &error)->matchedLateCount, 2);
    const std::vector<OpenItem> all = store->items(0, false, &error);
    for (const QString &id : { QStringLiteral("late"), QStringLiteral("pend") }) {
        const OpenItem *l = find(all, id, OpenItem::Side::Ledger);
        const OpenItem *v = find(all, id, OpenItem::Side::Van);
        QVERIFY(l && v);
        QCOMPARE(l->state, ItemState::MatchedLate);
        QCOMPARE(v->state, ItemState::MatchedLate);
        QCOMPARE(l->pairedItemId, v->id);
        QCOMPARE(v->pairedItemId, l->id);
        QCOMPARE(l->resolvedInRunId, day2->runId);
        QCOMPARE(l->runId, day1->runId);
        QVERIFY(ItemStates::isVerified(l->state));
    }
    for (const QString &id : { QStringLiteral("amount"), QStringLiteral("kind") }) {
        QCOMPARE(find(all, id, OpenItem::Side::Ledger)->state, ItemState::Open);
        QCOMPARE(find(all, id, OpenItem::Side::Van)->state, ItemState::Open);
    }
    QCOMPARE(find(all, QStringLiteral("off"), OpenItem::Side::Ledger)->state, ItemState::WrittenOff);
    QCOMPARE(find(all, QStringLiteral("off"), OpenItem::Side::Van)->state, ItemState::Open);
    QCOMPARE(store->audit(filter({}, QStringLiteral("matched_late")), &error).size(), size_t(4));
    // A third run with nothing new closes nothing more.
    const auto day3 = store->recordRun(runInfo(QStringLiteral("1126.csv")), outcome({}, {}), &error);
    QVERIFY(day3);
    QCOMPARE(day3->matchedLate, 0);
}

void TestReconStore::carryOverThroughAMatchedPairOfTheNextRun()
{
    auto store = openStore(QStringLiteral("kim"));
    QVERIFY(store);
    QString error;
    const auto day1 = store->recordRun(
        runInfo(QStringLiteral("1124.csv")), outcome({ payment(QStringLiteral("wide"), 4200, {}) }, {}), &error);
    QVERIFY(day1);
    // Day 2's ledger query covers both days, so the record comes back matched inside the run itself.
    const auto day2 = store->recordRun(runInfo(QStringLiteral("1125.csv")),
        outcome({ payment(QStringLiteral("wide"), 4200, {}) }, { payment(QStringLiteral("wide"), 4200, {}) }), &error);
    QVERIFY(day2);
    QCOMPARE(day2->matchedLate, 1);
    const OpenItem old = store->items(day1->runId, false, &error).at(0);
    QCOMPARE(old.state, ItemState::MatchedLate);
    QCOMPARE(old.pairedItemId, 0);
    QCOMPARE(old.resolvedInRunId, day2->runId);
}

void TestReconStore::auditTrailIsAppendOnly()
{
    auto store = openStore(QStringLiteral("kim"));
    QVERIFY(store);
    QString error;
    const auto r = store->recordRun(runInfo(QStringLiteral("v.csv")),
        outcome({ payment(QStringLiteral("1"), 1, {}), payment(QStringLiteral("2"), 2, {}) },
            { payment(QStringLiteral("3"), 3, {}) }),
        &error);
    QVERIFY(r);
    std::vector<AuditEntry> seen = store->audit({}, &error);
    auto expectUnchangedPrefix = [&] {
        const std::vector<AuditEntry> now = store->audit({}, &error);
        QVERIFY(now.size() > seen.size());
        for (size_t i = 0; i < seen.size(); ++i) {
            QCOMPARE(now[i].id, seen[i].id);
            QCOMPARE(now[i].hash, seen[i].hash);
            QCOMPARE(now[i].note, seen[i].note);
            QCOMPARE(now[i].after, seen[i].after);
        }
        seen = now;
    };
    // Every kind of write the app makes: resolve, bulk, pair, undo, conflict, carry-over.
    std::vector<OpenItem> items = store->items(r->runId, true, &error);
    QVERIFY(store->resolve(request(ResolveAction::Pending, { &items[0], &items[1] })).ok);
    expectUnchangedPrefix();
    QVERIFY(store->undoLast().ok);
    expectUnchangedPrefix();
    items = store->items(r->runId, true, &error);
    QVERIFY(store
                ->resolve(request(ResolveAction::Pair,
                    { find(items, QStringLiteral("1"), OpenItem::Side::Ledger),
                        find(items, QStringLiteral("3"), OpenItem::Side::Van) }))
                .ok);
    expectUnchangedPrefix();
    QVERIFY(store->recordRun(
        runInfo(QStringLiteral("w.csv")), outcome({}, { payment(QStringLiteral("2"), 2, {}) }), &error));
    expectUnchangedPrefix();
    QVERIFY(store->verifyAuditChain(&error));

    // The database itself refuses changes to the trail, whoever asks.
    QString sqlError;
    QVERIFY(!exec(QStringLiteral("UPDATE payrecon_audit SET note = 'edited' WHERE id = 2"), &sqlError));
    QVERIFY2(sqlError.contains(QLatin1String("append-only")), qPrintable(sqlError));
    QVERIFY(!exec(QStringLiteral("DELETE FROM payrecon_audit WHERE id = 2"), &sqlError));
    QVERIFY2(sqlError.contains(QLatin1String("append-only")), qPrintable(sqlError));
    QCOMPARE(store->audit({}, &error).size(), seen.size());
}

void TestReconStore::auditChainDetectsTampering()
{
    auto store = openStore(QStringLiteral("kim"));
    QVERIFY(store);
    QString error;
    const auto r = store->recordRun(runInfo(QStringLiteral("v.csv")),
        outcome({ payment(QStringLiteral("1"), 1, {}), payment(QStringLiteral("2"), 2, {}) }, {}), &error);
    QVERIFY(r);
    std::vector<OpenItem> items = store->items(r->runId, true, &error);
    QVERIFY(store->resolve(request(ResolveAction::WriteOff, { &items[0] }, QStringLiteral("original note"))).ok);
    QVERIFY(store->resolve(request(ResolveAction::WriteOff, { &items[1] }, QStringLiteral("second"))).ok);
    QVERIFY2(store->verifyAuditChain(&error), qPrintable(error));
    // Someone with database rights drops the guard and rewrites a note: the chain names the entry.
    QString sqlError;
    QVERIFY2(exec(QStringLiteral("DROP TRIGGER payrecon_audit_no_update"), &sqlError), qPrintable(sqlError));
    QVERIFY2(exec(QStringLiteral("UPDATE payrecon_audit SET note = 'rewritten' WHERE id = 2"), &sqlError),
        qPrintable(sqlError));
    QVERIFY(!store->verifyAuditChain(&error));
    QVERIFY2(error.contains(QLatin1String("entry 2")), qPrintable(error));
}

void TestReconStore::auditFilters()
{
    auto kim = openStore(QStringLiteral("kim"));
    auto lee = openStore(QStringLiteral("lee"));
    QVERIFY(kim && lee);
    QString error;
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    const auto r = kim->recordRun(runInfo(QStringLiteral("v.csv")),
        outcome({ payment(QStringLiteral("1"), 1, {}), payment(QStringLiteral("2"), 2, {}),
                    payment(QStringLiteral("3"), 3, {}) },
            {}),
        &error);
    QVERIFY(r);
    const std::vector<OpenItem> items = kim->items(r->runId, true, &error);
    QVERIFY(kim->resolve(request(ResolveAction::WriteOff, { &items[0] })).ok);
    QVERIFY(lee->resolve(request(ResolveAction::Pending, { &items[1] })).ok);
    QVERIFY(lee->resolve(request(ResolveAction::WriteOff, { &items[2] })).ok);
    QCOMPARE(kim->audit(filter(QStringLiteral("lee")), &error).size(), size_t(2));
    QCOMPARE(kim->audit(filter(QStringLiteral("lee"), QStringLiteral("write_off")), &error).size(), size_t(1));
    QCOMPARE(kim->audit(filter({}, QStringLiteral("write_off")), &error).size(), size_t(2));
    AuditFilter byItem;
    byItem.itemId = items[1].id;
    const std::vector<AuditEntry> one = kim->audit(byItem, &error);
    QCOMPARE(one.size(), size_t(1));
    QCOMPARE(one[0].before.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(one[0].after.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(one[0].operatorName, QStringLiteral("lee"));
    QCOMPARE(kim->audit(filter({}, {}, start - 1000, start - 1), &error).size(), size_t(0));
    QCOMPARE(kim->audit(filter({}, {}, start), &error).size(), size_t(4));
}

void TestReconStore::reasonCodesParse()
{
    const QList<ReasonCode> codes
        = ReasonCodes::parse(QStringLiteral(" FEE = 수수료 차감\n\nOTHER\nFEE=dup\n=nolabel\n"));
    QCOMPARE(codes.size(), 2);
    QCOMPARE(codes[0].code, QStringLiteral("FEE"));
    QCOMPARE(codes[0].label, QStringLiteral("수수료 차감"));
    QCOMPARE(codes[1].label, QStringLiteral("OTHER"));
    QCOMPARE(ReasonCodes::parse(ReasonCodes::format(codes)).size(), 2);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QCOMPARE(ReasonCodes::load(settings).size(), ReasonCodes::defaults().size());
    ReasonCodes::save(settings, codes);
    QCOMPARE(ReasonCodes::load(settings)[0].label, QStringLiteral("수수료 차감"));
}

void TestReconStore::recordsABigRunQuickly()
{
    auto store = openStore(QStringLiteral("kim"));
    QVERIFY(store);
    // 20,000 discrepancies (2% of a million-row day), then a second day closing half of them as late arrivals.
    QList<PaymentRecord> ledger, van;
    for (int i = 0; i < 20000; ++i)
        ledger << payment(QStringLiteral("L%1").arg(i, 8, 10, QLatin1Char('0')), 1000 + i, QString::number(i));
    QElapsedTimer t;
    t.start();
    QString error;
    const auto day1 = store->recordRun(runInfo(QStringLiteral("a.csv")), outcome(ledger, {}), &error);
    QVERIFY2(day1, qPrintable(error));
    const qint64 recordMs = t.elapsed();
    for (int i = 0; i < 20000; i += 2)
        van << payment(QStringLiteral("L%1").arg(i, 8, 10, QLatin1Char('0')), 1000 + i, QString::number(i));
    t.restart();
    const auto day2 = store->recordRun(runInfo(QStringLiteral("b.csv")), outcome({}, van), &error);
    QVERIFY2(day2, qPrintable(error));
    const qint64 carryMs = t.elapsed();
    QCOMPARE(day2->matchedLate, 10000);
    qInfo("%s: recorded 20,000 items in %lld ms; carried over 10,000 pairs in %lld ms", m_mysql ? "MariaDB" : "SQLite",
        recordMs, carryMs);
    QVERIFY2(recordMs < 60000 && carryMs < 120000, "far beyond any reasonable bound even on a loaded CI machine");
    QVERIFY(store->verifyAuditChain(&error));
}

QTEST_GUILESS_MAIN(TestReconStore)
#include "tst_reconstore.moc"
