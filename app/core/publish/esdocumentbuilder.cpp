#include "esdocumentbuilder.h"

#include "esjson.h"
#include "publishlog.h"

#include "domain/cardmask.h"
#include "domain/koreatime.h"
#include "reconcile/reconstatus.h"

#include <QRandomGenerator>

namespace {

/// Appends a JSON object field by field. Hand-written because a million documents through QJsonObject cost
/// several seconds; the values are UTF-8 bytes already (RecordTable), so only escaping is needed.
class JsonOut
{
public:
    explicit JsonOut(QByteArray &out)
        : m_out { out }
    {
        m_out += '{';
    }
    void finish() { m_out += '}'; }

    void string(const char *key, QByteArrayView utf8)
    {
        name(key);
        quoted(utf8);
    }
    void number(const char *key, qint64 value)
    {
        name(key);
        m_out += QByteArray::number(value);
    }
    void raw(const char *key, QByteArrayView json)
    {
        name(key);
        m_out += json;
    }
    void null(const char *key) { raw(key, "null"); }
    void strings(const char *key, const QStringList &values)
    {
        name(key);
        m_out += '[';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i)
                m_out += ',';
            quoted(values.at(i).toUtf8());
        }
        m_out += ']';
    }

private:
    void name(const char *key)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }
    void quoted(QByteArrayView s) { EsJson::appendQuoted(m_out, s); }

    QByteArray &m_out;
    bool m_first = true;
};

/// The text of \a field from the preferred side, or from the other side when the preferred one is empty
/// (a VAN file may carry the card company the ledger lacks, and the reverse).
QByteArrayView pick(const RecordTable &a, qsizetype rowA, const RecordTable &b, qsizetype rowB, RecordTable::Text field)
{
    if (rowA >= 0 && !a.text(rowA, field).isEmpty())
        return a.text(rowA, field);
    if (rowB >= 0)
        return b.text(rowB, field);
    return {};
}
} // namespace

EsDocumentBuilder::EsDocumentBuilder(QString verifiedIndex, QString mismatchIndex, QString runId, QDate runDate)
    : m_verifiedIndex { std::move(verifiedIndex) }
    , m_mismatchIndex { std::move(mismatchIndex) }
    , m_runId { runId.toUtf8() }
    , m_runDate { runDate.toString(Qt::ISODate).toLatin1() }
{ }

QString EsDocumentBuilder::newRunId(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + u'-'
        + QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
}

QByteArray EsDocumentBuilder::kstTimestamp(qint64 msSinceEpoch)
{
    return KoreaTime::iso(msSinceEpoch);
}

EsDocument EsDocumentBuilder::verified(const RecordTable &ledger, const RecordTable &van, const ReconRow &row) const
{
    using T = RecordTable::Text;
    // The ledger is the merchant's own record; on a match the VAN agrees on amount and approval number.
    const qsizetype l = row.ledgerRow;
    const qsizetype v = row.vanRow;
    const RecordTable &key = l >= 0 ? ledger : van;
    const qsizetype k = l >= 0 ? l : v;
    EsDocument doc;
    doc.index = m_verifiedIndex;
    const QByteArray kind = PaymentKinds::toString(key.kind(k)).toLatin1();
    doc.id = key.transactionId(k).toByteArray() + ':' + kind;
    QByteArray card = pick(ledger, l, van, v, T::CardNumber).toByteArray();
    if (CardMask::looksLikePan(card)) {
        card = CardMask::mask(card);
        ++m_maskedHere;
    }
    const qint64 at = key.occurredAtMs(k);
    doc.source.reserve(520);
    JsonOut j(doc.source);
    j.string("transaction_id", key.transactionId(k));
    j.string("kind", kind);
    j.number("amount", key.amount(k));
    j.string("approval_no", key.approvalNo(k));
    j.string("timestamp", kstTimestamp(at));
    j.number("hour_kst", KoreaTime::fromUtcMs(at).hour);
    j.string("card_masked", card);
    j.string("card_company", pick(ledger, l, van, v, T::CardCompany));
    j.string("merchant_id", pick(ledger, l, van, v, T::MerchantId));
    j.string("merchant_name", pick(ledger, l, van, v, T::MerchantName));
    j.string("customer_id", pick(ledger, l, van, v, T::CustomerId));
    j.string("category", pick(ledger, l, van, v, T::Category));
    j.number("installment_months", key.installmentMonths(k));
    j.string("status", "matched");
    doc.versionedBytes = doc.source.size();
    j.string("run_id", m_runId);
    if (m_runDate.isEmpty())
        j.null("run_date");
    else
        j.string("run_date", m_runDate);
    j.finish();
    return doc;
}

bool EsDocumentBuilder::publishesResolved(const OpenItem &item)
{
    switch (item.state) {
    case ItemState::AcceptedLedger:
        return item.hasLedger();
    case ItemState::AcceptedVan:
        return item.hasVan();
    case ItemState::PairedManually:
        return item.side == OpenItem::Side::Ledger;
    case ItemState::MatchedLate:
        return item.side == OpenItem::Side::Ledger && item.pairedItemId != 0;
    default:
        return false;
    }
}

EsDocument EsDocumentBuilder::resolved(const OpenItem &item) const
{
    const bool van = item.state == ItemState::AcceptedVan;
    const QByteArray id = item.transactionId.toUtf8();
    const QByteArray kind = PaymentKinds::toString(item.kind).toLatin1();
    EsDocument doc;
    doc.index = m_verifiedIndex;
    doc.id = id + ':' + kind;
    QByteArray card = item.cardNumber.toUtf8();
    if (CardMask::looksLikePan(card)) {
        card = CardMask::mask(card);
        ++m_maskedHere;
    }
    const qint64 at = item.occurredAtMs;
    JsonOut j(doc.source);
    j.string("transaction_id", id);
    j.string("kind", kind);
    j.number("amount", van ? item.vanAmount : item.amount());
    j.string("approval_no", (van || !item.hasLedger() ? item.vanApprovalNo : item.ledgerApprovalNo).toUtf8());
    j.string("timestamp", kstTimestamp(at));
    j.number("hour_kst", KoreaTime::fromUtcMs(at).hour);
    j.string("card_masked", card);
    j.string("card_company", item.cardCompany.toUtf8());
    j.string("merchant_id", item.merchantId.toUtf8());
    j.string("merchant_name", item.merchantName.toUtf8());
    j.string("customer_id", item.customerId.toUtf8());
    j.string("category", item.category.toUtf8());
    j.number("installment_months", item.installmentMonths);
    j.string("status", "resolved");
    j.string("resolution", ItemStates::toString(item.state).toLatin1());
    j.string("resolved_by", item.updatedBy.toUtf8());
    j.string("resolved_at", kstTimestamp(item.updatedAtMs));
    // Masked on the way out too: a store may hold notes written before notes were masked.
    const QString note = CardMask::maskText(item.note);
    j.string("resolution_note",
        (item.reasonCode.isEmpty() ? note : QStringLiteral("[%1] %2").arg(item.reasonCode, note)).toUtf8());
    // The stored run the item came from, not this publishing session: a re-queue must produce the same source,
    // or every publish would send every resolution again.
    j.string("run_id", QByteArray("store-run-" + QByteArray::number(item.runId)));
    j.null("run_date");
    j.finish();
    return doc;
}

EsDocument EsDocumentBuilder::withdrawn(const OpenItem &item) const
{
    EsDocument doc;
    doc.index = m_verifiedIndex;
    doc.id = item.transactionId.toUtf8() + ':' + PaymentKinds::toString(item.kind).toLatin1();
    doc.deletion = true;
    return doc;
}

EsDocument EsDocumentBuilder::mismatch(const RecordTable &ledger, const RecordTable &van, const ReconRow &row) const
{
    using T = RecordTable::Text;
    const qsizetype l = row.ledgerRow;
    const qsizetype v = row.vanRow;
    const RecordTable &key = l >= 0 ? ledger : van;
    const qsizetype k = l >= 0 ? l : v;
    EsDocument doc;
    doc.index = m_mismatchIndex;
    const QByteArray kind = PaymentKinds::toString(key.kind(k)).toLatin1();
    doc.id = m_runId + ':' + key.transactionId(k).toByteArray() + ':' + kind;
    // Every record of a duplicated key has its own outcome row: the record rows tell them apart.
    if (row.status == ReconStatus::Duplicate) {
        if (l >= 0)
            doc.id += ":L" + QByteArray::number(l);
        if (v >= 0)
            doc.id += ":V" + QByteArray::number(v);
    }
    QByteArray card = pick(ledger, l, van, v, T::CardNumber).toByteArray();
    if (CardMask::looksLikePan(card)) {
        card = CardMask::mask(card);
        ++m_maskedHere;
    }
    doc.source.reserve(900);
    JsonOut j(doc.source);
    j.string("run_id", m_runId);
    if (m_runDate.isEmpty())
        j.null("run_date");
    else
        j.string("run_date", m_runDate);
    j.string("transaction_id", key.transactionId(k));
    j.string("kind", kind);
    j.string("status", ReconStatuses::toString(row.status).toLatin1());
    j.strings("reasons", ReconStatuses::reasonNames(row.reasons));
    const QString side = ReconStatuses::sideName(row.duplicateSide);
    if (side.isEmpty())
        j.null("duplicate_side");
    else
        j.string("duplicate_side", side.toLatin1());
    j.number("amount", key.amount(k));
    j.string("timestamp", kstTimestamp(key.occurredAtMs(k)));
    j.string("card_masked", card);
    j.string("card_company", pick(ledger, l, van, v, T::CardCompany));
    j.string("merchant_id", pick(ledger, l, van, v, T::MerchantId));
    j.string("merchant_name", pick(ledger, l, van, v, T::MerchantName));
    j.string("customer_id", pick(ledger, l, van, v, T::CustomerId));
    j.string("category", pick(ledger, l, van, v, T::Category));
    if (l >= 0) {
        j.number("ledger_amount", ledger.amount(l));
        j.string("ledger_approval_no", ledger.approvalNo(l));
        j.string("ledger_timestamp", kstTimestamp(ledger.occurredAtMs(l)));
        j.number("ledger_line", ledger.sourceLine(l));
    } else {
        j.null("ledger_amount");
        j.null("ledger_approval_no");
        j.null("ledger_timestamp");
        j.null("ledger_line");
    }
    if (v >= 0) {
        j.number("van_amount", van.amount(v));
        j.string("van_approval_no", van.approvalNo(v));
        j.string("van_timestamp", kstTimestamp(van.occurredAtMs(v)));
        j.number("van_line", van.sourceLine(v));
    } else {
        j.null("van_amount");
        j.null("van_approval_no");
        j.null("van_timestamp");
        j.null("van_line");
    }
    if (l >= 0 && v >= 0)
        j.number("amount_difference", van.amount(v) - ledger.amount(l));
    else
        j.null("amount_difference");
    j.finish();
    return doc;
}

qint64 EsDocumentBuilder::build(
    const RecordTable &ledger, const RecordTable &van, const ReconResult &result, const Sink &sink) const
{
    qint64 emitted = 0;
    const qint64 maskedBefore = m_maskedHere;
    for (const ReconRow &row : result.rows) {
        EsDocument doc = row.status == ReconStatus::Matched ? verified(ledger, van, row) : mismatch(ledger, van, row);
        if (!sink(std::move(doc)))
            return -1;
        ++emitted;
    }
    if (m_maskedHere > maskedBefore) // the count only: the values themselves must never reach a log
        qCWarning(lcPublish) << m_maskedHere - maskedBefore << "card values were unmasked and masked before publishing";
    return emitted;
}
