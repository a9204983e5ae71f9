// Resolutions reach Elasticsearch: accepted, paired and late-matched discrepancies become verified documents
// (one per payment, strict mapping), unresolved and written-off ones do not, and re-queuing changes nothing.
#include "fakeelasticsearch.h"
#include "publish/publishjob.h"
#include "reconcile/reconengine.h"
#include "reconsamples.h"
#include "resolve/reconstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ReconSamples;

namespace {
/// A ledger record with the fields the dashboards group by, which a resolved document must carry like a matched one.
PaymentRecord withCardDetails(PaymentRecord r)
{
    r.cardCompany = QStringLiteral("신한카드");
    r.merchantId = QStringLiteral("M-0042");
    r.installmentMonths = 3;
    return r;
}
} // namespace

class TestPublishResolved final : public QObject
{
    Q_OBJECT

private slots:
    void verifiedResolutionsArePublishedOncePerPayment();
    void undoneResolutionLeavesTheVerifiedIndex();
};

void TestPublishResolved::verifiedResolutionsArePublishedOncePerPayment()
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
    const QString url = QStringLiteral("sqlite://") + storePath; // the resolution store shares the outbox's file
    FakeElasticsearch es;
    es.addUser(QStringLiteral("publisher"), QStringLiteral("pw"));
    QVERIFY(es.listen());
    EsConfig config;
    config.nodes = { es.url() };
    config.user = QStringLiteral("publisher");
    config.password = QStringLiteral("pw");
    config.timeoutMs = 10000;

    ReconStore store;
    store.setOperator(QStringLiteral("kim"));
    QString error;
    QVERIFY2(store.open(url, &error), qPrintable(error));
    const auto day1 = store.recordRun({},
        outcome({ payment(QStringLiteral("20261124-0017"), 45000, QStringLiteral("7781")),
                    withCardDetails(payment(QStringLiteral("M"), 1000, {})), payment(QStringLiteral("W"), 5, {}),
                    payment(QStringLiteral("P"), 6, {}), payment(QStringLiteral("LATE"), 777, {}) },
            { payment(QStringLiteral("20261124-0071"), 45000, QStringLiteral("7781")),
                payment(QStringLiteral("M"), 1100, {}) }),
        &error);
    QVERIFY2(day1, qPrintable(error));
    std::vector<OpenItem> items = store.items(day1->runId, true, &error);
    QVERIFY(store
                .resolve(request(ResolveAction::Pair,
                    { find(items, QStringLiteral("20261124-0017"), OpenItem::Side::Ledger),
                        find(items, QStringLiteral("20261124-0071"), OpenItem::Side::Van) }))
                .ok);
    QVERIFY(store.resolve(request(ResolveAction::AcceptVan, { find(items, QStringLiteral("M"), OpenItem::Side::Both) }))
                .ok);
    QVERIFY(
        store.resolve(request(ResolveAction::WriteOff, { find(items, QStringLiteral("W"), OpenItem::Side::Ledger) }))
            .ok);
    QVERIFY(store.resolve(request(ResolveAction::Pending, { find(items, QStringLiteral("P"), OpenItem::Side::Ledger) }))
                .ok);

    PublishJob job(config, storePath);
    const PublishEnqueueResult first = job.enqueueResolved(url);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(first.documents, 2); // the pair once (its ledger side) and the accepted mismatch
    const PublishDrainResult drained = job.drain(0);
    QVERIFY2(drained.complete(), qPrintable(drained.error + drained.publish.error));
    QCOMPARE(es.documentCount(config.verifiedIndex), 2);
    const QJsonObject pair
        = QJsonDocument::fromJson(es.document(config.verifiedIndex, "20261124-0017:approval").source).object();
    QCOMPARE(pair.value(u"status").toString(), QStringLiteral("resolved"));
    QCOMPARE(pair.value(u"resolution").toString(), QStringLiteral("paired"));
    QCOMPARE(pair.value(u"resolved_by").toString(), QStringLiteral("kim"));
    QCOMPARE(pair.value(u"resolution_note").toString(), QStringLiteral("[TIMING] checked with the card company"));
    QCOMPARE(pair.value(u"amount").toInteger(), 45000);
    QCOMPARE(pair.value(u"card_masked").toString(), QStringLiteral("941012******1234"));
    const QJsonObject accepted
        = QJsonDocument::fromJson(es.document(config.verifiedIndex, "M:approval").source).object();
    QCOMPARE(accepted.value(u"amount").toInteger(), 1100); // the VAN's value was accepted
    QCOMPARE(accepted.value(u"card_company").toString(), QStringLiteral("신한카드"));
    QCOMPARE(accepted.value(u"merchant_id").toString(), QStringLiteral("M-0042"));
    QCOMPARE(accepted.value(u"installment_months").toInteger(), 3);
    for (const QByteArray &id : es.ids(config.verifiedIndex))
        QVERIFY2(!es.document(config.verifiedIndex, id).source.contains("9410123456781234"), id.constData());

    // Queuing again changes nothing: no duplicate, no re-send.
    const PublishEnqueueResult again = job.enqueueResolved(url);
    QCOMPARE(again.changes, 0);
    const qint64 items0 = es.itemsReceived();
    QVERIFY(job.drain(0).complete());
    QCOMPARE(es.itemsReceived(), items0);

    // The next day brings the late record: the carried-over pair publishes once, by its ledger side.
    QVERIFY(store.recordRun({}, outcome({}, { payment(QStringLiteral("LATE"), 777, {}) }), &error));
    const PublishEnqueueResult late = job.enqueueResolved(url);
    QCOMPARE(late.changes, 1);
    QVERIFY(job.drain(0).complete());
    QCOMPARE(es.documentCount(config.verifiedIndex), 3);
    QCOMPARE(QJsonDocument::fromJson(es.document(config.verifiedIndex, "LATE:approval").source)
                 .object()
                 .value(u"resolution")
                 .toString(),
        QStringLiteral("matched_late"));
    QCOMPARE(es.overwrites(config.verifiedIndex), 0);
}

void TestPublishResolved::undoneResolutionLeavesTheVerifiedIndex()
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
    const QString url = QStringLiteral("sqlite://") + storePath;
    FakeElasticsearch es;
    es.addUser(QStringLiteral("publisher"), QStringLiteral("pw"));
    QVERIFY(es.listen());
    EsConfig config;
    config.nodes = { es.url() };
    config.user = QStringLiteral("publisher");
    config.password = QStringLiteral("pw");
    config.timeoutMs = 10000;
    ReconStore store;
    store.setOperator(QStringLiteral("kim"));
    QString error;
    QVERIFY2(store.open(url, &error), qPrintable(error));
    const auto day1 = store.recordRun(
        {}, outcome({ payment(QStringLiteral("X"), 5000, {}), payment(QStringLiteral("Y"), 7000, {}) }, {}), &error);
    QVERIFY2(day1, qPrintable(error));
    std::vector<OpenItem> items = store.items(day1->runId, true, &error);
    QVERIFY(
        store
            .resolve(request(ResolveAction::AcceptLedger, { find(items, QStringLiteral("X"), OpenItem::Side::Ledger) }))
            .ok);
    QVERIFY(store.resolve(request(ResolveAction::Pending, { find(items, QStringLiteral("Y"), OpenItem::Side::Ledger) }))
                .ok);
    PublishJob job(config, storePath);
    QCOMPARE(job.enqueueResolved(url).changes, 1);
    QVERIFY(job.drain(0).complete());
    QVERIFY(es.ids(config.verifiedIndex).contains("X:approval"));
    // Y reaches the verified index as a matched row of a later reconciliation, not through a resolution.
    const PublishEnqueueResult matched
        = job.enqueue(outcome({ payment(QStringLiteral("Y"), 7000, {}) }, { payment(QStringLiteral("Y"), 7000, {}) }),
            QDate(2026, 11, 25));
    QVERIFY2(matched.error.isEmpty(), qPrintable(matched.error));
    QVERIFY(job.drain(0).complete());
    QVERIFY(es.ids(config.verifiedIndex).contains("Y:approval"));

    // The acceptance of X was a mistake: undone, X is a discrepancy again and must not stay verified.
    QVERIFY(store.undoLast().ok); // undoes Y's "pending" first
    QVERIFY(store.undoLast().ok); // then X's acceptance
    QCOMPARE(store.item(find(items, QStringLiteral("X"), OpenItem::Side::Ledger)->id, &error)->state, ItemState::Open);
    const PublishEnqueueResult undone = job.enqueueResolved(url);
    QVERIFY2(undone.error.isEmpty(), qPrintable(undone.error));
    QCOMPARE(undone.withdrawn, 1); // X only: Y's document belongs to the matched row
    QCOMPARE(undone.changes, 1);
    const PublishDrainResult drained = job.drain(0);
    QVERIFY2(drained.complete(), qPrintable(drained.error + drained.publish.error));
    QCOMPARE(es.deleted(), 1);
    QVERIFY(!es.ids(config.verifiedIndex).contains("X:approval"));
    QVERIFY(es.ids(config.verifiedIndex).contains("Y:approval"));
    // Nothing more to do on the next publish; accepting X again publishes it again.
    const PublishEnqueueResult again = job.enqueueResolved(url);
    QCOMPARE(again.withdrawn, 0);
    QCOMPARE(again.changes, 0);
    items = store.items(day1->runId, true, &error);
    QVERIFY(
        store
            .resolve(request(ResolveAction::AcceptLedger, { find(items, QStringLiteral("X"), OpenItem::Side::Ledger) }))
            .ok);
    QCOMPARE(job.enqueueResolved(url).changes, 1);
    QVERIFY(job.drain(0).complete());
    QVERIFY(es.ids(config.verifiedIndex).contains("X:approval"));
}

QTEST_GUILESS_MAIN(TestPublishResolved)
#include "tst_publishresolved.moc"
