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
    void init();
    void cleanup();
    void verifiedResolutionsArePublishedOncePerPayment();
    void undoneResolutionLeavesTheVerifiedIndex();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    StoreLocation m_storePath;
    StoreLocation m_url; ///< the resolution store shares the outbox's file
    std::unique_ptr<FakeElasticsearch> m_es;
    EsConfig m_config;
    std::unique_ptr<ReconStore> m_store;
};

void TestPublishResolved::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_storePath = StoreLocation { m_dir->filePath(QStringLiteral("store.sqlite")) };
    m_url = StoreLocation { QStringLiteral("sqlite://") + m_storePath.location };
    m_es = std::make_unique<FakeElasticsearch>();
    m_es->addUser(QStringLiteral("publisher"), QStringLiteral("pw"));
    QVERIFY(m_es->listen());
    m_config = EsConfig();
    m_config.nodes = { m_es->url() };
    m_config.user = QStringLiteral("publisher");
    m_config.password = QStringLiteral("pw");
    m_config.timeoutMs = 10000;
    m_store = std::make_unique<ReconStore>();
    m_store->setOperator(QStringLiteral("kim"));
    QString error;
    QVERIFY2(m_store->open(m_url, &error), qPrintable(error));
}

void TestPublishResolved::cleanup()
{
    m_store.reset();
    m_es.reset();
    m_dir.reset();
}

void TestPublishResolved::verifiedResolutionsArePublishedOncePerPayment()
{
    QString error;
    const auto day1 = m_store->recordRun({},
        outcome({ payment(QStringLiteral("20261124-0017"), 45000, QStringLiteral("7781")),
                    withCardDetails(payment(QStringLiteral("M"), 1000, {})), payment(QStringLiteral("W"), 5, {}),
                    payment(QStringLiteral("P"), 6, {}), payment(QStringLiteral("LATE"), 777, {}) },
            { payment(QStringLiteral("20261124-0071"), 45000, QStringLiteral("7781")),
                payment(QStringLiteral("M"), 1100, {}) }),
        &error);
    QVERIFY2(day1, qPrintable(error));
    std::vector<OpenItem> items = m_store->items(day1->runId, true, &error);
    QVERIFY(m_store
                ->resolve(request(ResolveAction::Pair,
                    { find(items, QStringLiteral("20261124-0017"), OpenItem::Side::Ledger),
                        find(items, QStringLiteral("20261124-0071"), OpenItem::Side::Van) }))
                .ok);
    QVERIFY(
        m_store->resolve(request(ResolveAction::AcceptVan, { find(items, QStringLiteral("M"), OpenItem::Side::Both) }))
            .ok);
    QVERIFY(
        m_store->resolve(request(ResolveAction::WriteOff, { find(items, QStringLiteral("W"), OpenItem::Side::Ledger) }))
            .ok);
    QVERIFY(
        m_store->resolve(request(ResolveAction::Pending, { find(items, QStringLiteral("P"), OpenItem::Side::Ledger) }))
            .ok);

    PublishJob job(m_config, m_storePath);
    const PublishEnqueueResult first = job.enqueueResolved(m_url);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(first.documents, 2); // the pair once (its ledger side) and the accepted mismatch
    const PublishDrainResult drained = job.drain(0);
    QVERIFY2(drained.complete(), qPrintable(drained.error + drained.publish.error));
    QCOMPARE(m_es->documentCount(m_config.verifiedIndex), 2);
    const QJsonObject pair
        = QJsonDocument::fromJson(m_es->document(m_config.verifiedIndex, "20261124-0017:approval").source).object();
    QCOMPARE(pair.value(u"status").toString(), QStringLiteral("resolved"));
    QCOMPARE(pair.value(u"resolution").toString(), QStringLiteral("paired"));
    QCOMPARE(pair.value(u"resolved_by").toString(), QStringLiteral("kim"));
    QCOMPARE(pair.value(u"resolution_note").toString(), QStringLiteral("[TIMING] checked with the card company"));
    QCOMPARE(pair.value(u"amount").toInteger(), 45000);
    QCOMPARE(pair.value(u"card_masked").toString(), QStringLiteral("941012******1234"));
    const QJsonObject accepted
        = QJsonDocument::fromJson(m_es->document(m_config.verifiedIndex, "M:approval").source).object();
    QCOMPARE(accepted.value(u"amount").toInteger(), 1100); // the VAN's value was accepted
    QCOMPARE(accepted.value(u"card_company").toString(), QStringLiteral("신한카드"));
    QCOMPARE(accepted.value(u"merchant_id").toString(), QStringLiteral("M-0042"));
    QCOMPARE(accepted.value(u"installment_months").toInteger(), 3);
    for (const QByteArray &id : m_es->ids(m_config.verifiedIndex))
        QVERIFY2(!m_es->document(m_config.verifiedIndex, id).source.contains("9410123456781234"), id.constData());

    // Queuing again changes nothing: no duplicate, no re-send.
    const PublishEnqueueResult again = job.enqueueResolved(m_url);
    QCOMPARE(again.changes, 0);
    const qint64 items0 = m_es->itemsReceived();
    QVERIFY(job.drain(0).complete());
    QCOMPARE(m_es->itemsReceived(), items0);

    // The next day brings the late record: the carried-over pair publishes once, by its ledger side.
    QVERIFY(m_store->recordRun({}, outcome({}, { payment(QStringLiteral("LATE"), 777, {}) }), &error));
    const PublishEnqueueResult late = job.enqueueResolved(m_url);
    QCOMPARE(late.changes, 1);
    QVERIFY(job.drain(0).complete());
    QCOMPARE(m_es->documentCount(m_config.verifiedIndex), 3);
    QCOMPARE(QJsonDocument::fromJson(m_es->document(m_config.verifiedIndex, "LATE:approval").source)
                 .object()
                 .value(u"resolution")
                 .toString(),
        QStringLiteral("matched_late"));
    QCOMPARE(m_es->overwrites(m_config.verifiedIndex), 0);
}

void TestPublishResolved::undoneResolutionLeavesTheVerifiedIndex()
{
    QString error;
    const auto day1 = m_store->recordRun(
        {}, outcome({ payment(QStringLiteral("X"), 5000, {}), payment(QStringLiteral("Y"), 7000, {}) }, {}), &error);
    QVERIFY2(day1, qPrintable(error));
    std::vector<OpenItem> items = m_store->items(day1->runId, true, &error);
    QVERIFY(m_store
                ->resolve(
                    request(ResolveAction::AcceptLedger, { find(items, QStringLiteral("X"), OpenItem::Side::Ledger) }))
                .ok);
    QVERIFY(
        m_store->resolve(request(ResolveAction::Pending, { find(items, QStringLiteral("Y"), OpenItem::Side::Ledger) }))
            .ok);
    PublishJob job(m_config, m_storePath);
    QCOMPARE(job.enqueueResolved(m_url).changes, 1);
    QVERIFY(job.drain(0).complete());
    QVERIFY(m_es->ids(m_config.verifiedIndex).contains("X:approval"));
    // Y reaches the verified index as a matched row of a later reconciliation, not through a resolution.
    const PublishEnqueueResult matched
        = job.enqueue(outcome({ payment(QStringLiteral("Y"), 7000, {}) }, { payment(QStringLiteral("Y"), 7000, {}) }),
            QDate(2026, 11, 25));
    QVERIFY2(matched.error.isEmpty(), qPrintable(matched.error));
    QVERIFY(job.drain(0).complete());
    QVERIFY(m_es->ids(m_config.verifiedIndex).contains("Y:approval"));

    // The acceptance of X was a mistake: undone, X is a discrepancy again and must not stay verified.
    QVERIFY(m_store->undoLast().ok); // undoes Y's "pending" first
    QVERIFY(m_store->undoLast().ok); // then X's acceptance
    QCOMPARE(
        m_store->item(find(items, QStringLiteral("X"), OpenItem::Side::Ledger)->id, &error)->state, ItemState::Open);
    const PublishEnqueueResult undone = job.enqueueResolved(m_url);
    QVERIFY2(undone.error.isEmpty(), qPrintable(undone.error));
    QCOMPARE(undone.withdrawn, 1); // X only: Y's document belongs to the matched row
    QCOMPARE(undone.changes, 1);
    const PublishDrainResult drained = job.drain(0);
    QVERIFY2(drained.complete(), qPrintable(drained.error + drained.publish.error));
    QCOMPARE(m_es->deleted(), 1);
    QVERIFY(!m_es->ids(m_config.verifiedIndex).contains("X:approval"));
    QVERIFY(m_es->ids(m_config.verifiedIndex).contains("Y:approval"));
    // Nothing more to do on the next publish; accepting X again publishes it again.
    const PublishEnqueueResult again = job.enqueueResolved(m_url);
    QCOMPARE(again.withdrawn, 0);
    QCOMPARE(again.changes, 0);
    items = m_store->items(day1->runId, true, &error);
    QVERIFY(m_store
                ->resolve(
                    request(ResolveAction::AcceptLedger, { find(items, QStringLiteral("X"), OpenItem::Side::Ledger) }))
                .ok);
    QCOMPARE(job.enqueueResolved(m_url).changes, 1);
    QVERIFY(job.drain(0).complete());
    QVERIFY(m_es->ids(m_config.verifiedIndex).contains("X:approval"));
}

QTEST_GUILESS_MAIN(TestPublishResolved)
#include "tst_publishresolved.moc"
