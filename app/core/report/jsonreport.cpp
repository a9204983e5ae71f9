#include "jsonreport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace {
// Reports show the merchant's wall clock; Korea's offset is fixed, so +09:00 is always the right one to print.
const QTimeZone &seoul()
{
    static const QTimeZone tz(QByteArrayLiteral("Asia/Seoul"));
    return tz;
}
} // namespace

QJsonObject JsonReport::recordJson(const RecordTable &t, qsizetype row)
{
    using T = RecordTable::Text;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(t.occurredAtMs(row), seoul());
    return QJsonObject {
        { QStringLiteral("transaction_id"), QString::fromUtf8(t.transactionId(row)) },
        { QStringLiteral("kind"), PaymentKinds::toString(t.kind(row)) },
        { QStringLiteral("amount"), t.amount(row) },
        { QStringLiteral("approval_no"), QString::fromUtf8(t.approvalNo(row)) },
        { QStringLiteral("occurred_at"), at.toString(Qt::ISODate) },
        { QStringLiteral("card_number"), QString::fromUtf8(t.text(row, T::CardNumber)) },
        { QStringLiteral("card_company"), QString::fromUtf8(t.text(row, T::CardCompany)) },
        { QStringLiteral("merchant_id"), QString::fromUtf8(t.text(row, T::MerchantId)) },
        { QStringLiteral("merchant_name"), QString::fromUtf8(t.text(row, T::MerchantName)) },
        { QStringLiteral("customer_id"), QString::fromUtf8(t.text(row, T::CustomerId)) },
        { QStringLiteral("category"), QString::fromUtf8(t.text(row, T::Category)) },
        { QStringLiteral("installment_months"), t.installmentMonths(row) },
        { QStringLiteral("line"), t.sourceLine(row) },
    };
}

QJsonObject JsonReport::rowJson(const RecordTable &ledger, const RecordTable &van, const ReconRow &r)
{
    const RecordTable &keySide = r.ledgerRow >= 0 ? ledger : van;
    const qsizetype keyRow = r.ledgerRow >= 0 ? r.ledgerRow : r.vanRow;
    return QJsonObject {
        { QStringLiteral("transaction_id"), QString::fromUtf8(keySide.transactionId(keyRow)) },
        { QStringLiteral("kind"), PaymentKinds::toString(keySide.kind(keyRow)) },
        { QStringLiteral("status"), ReconStatuses::toString(r.status) },
        { QStringLiteral("reasons"), QJsonArray::fromStringList(ReconStatuses::reasonNames(r.reasons)) },
        { QStringLiteral("side"), ReconStatuses::sideName(r.duplicateSide) },
        { QStringLiteral("ledger"), r.ledgerRow >= 0 ? QJsonValue(recordJson(ledger, r.ledgerRow)) : QJsonValue() },
        { QStringLiteral("van"), r.vanRow >= 0 ? QJsonValue(recordJson(van, r.vanRow)) : QJsonValue() },
    };
}

bool JsonReport::write(QIODevice &out, const RecordTable &ledger, const RecordTable &van, const ReconResult &result,
    const std::vector<RejectedRow> &rejected, bool includeMatched)
{
    auto put = [&out](const QByteArray &b) { return out.write(b) == b.size(); };
    bool ok = put(QByteArrayLiteral("{\n\"summary\": "))
        && put(QJsonDocument(result.summary.toJson()).toJson(QJsonDocument::Indented).trimmed())
        && put(QByteArrayLiteral(",\n\"rows\": ["));
    bool first = true;
    for (const ReconRow &r : result.rows) {
        if (!ok)
            return false;
        if (r.status == ReconStatus::Matched && !includeMatched)
            continue;
        ok = put(first ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n"))
            && put(QJsonDocument(rowJson(ledger, van, r)).toJson(QJsonDocument::Compact));
        first = false;
    }
    ok = ok && put(QByteArrayLiteral("\n],\n\"rejected\": ["));
    first = true;
    for (const RejectedRow &j : rejected) {
        if (!ok)
            return false;
        const QJsonObject o { { QStringLiteral("file"), j.file }, { QStringLiteral("line"), j.line },
            { QStringLiteral("column"), j.column }, { QStringLiteral("column_index"), j.columnIndex },
            { QStringLiteral("value"), j.value }, { QStringLiteral("reason"), j.reason },
            { QStringLiteral("lines"), j.lines } };
        ok = put(first ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n"))
            && put(QJsonDocument(o).toJson(QJsonDocument::Compact));
        first = false;
    }
    return ok && put(QByteArrayLiteral("\n]\n}\n"));
}
