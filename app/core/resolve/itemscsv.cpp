#include "itemscsv.h"

#include "domain/koreatime.h"
#include "report/csvwriter.h"

#include <QCoreApplication>

QStringList ItemsCsv::header()
{
    return { QCoreApplication::translate("ItemsCsv", "Item"), QCoreApplication::translate("ItemsCsv", "Run"),
        QCoreApplication::translate("ItemsCsv", "State"), QCoreApplication::translate("ItemsCsv", "Transaction ID"),
        QCoreApplication::translate("ItemsCsv", "Kind"), QCoreApplication::translate("ItemsCsv", "Status"),
        QCoreApplication::translate("ItemsCsv", "Reasons"), QCoreApplication::translate("ItemsCsv", "Ledger amount"),
        QCoreApplication::translate("ItemsCsv", "VAN amount"),
        QCoreApplication::translate("ItemsCsv", "Difference (VAN - ledger)"),
        QCoreApplication::translate("ItemsCsv", "Ledger approval number"),
        QCoreApplication::translate("ItemsCsv", "VAN approval number"),
        QCoreApplication::translate("ItemsCsv", "Time (KST)"), QCoreApplication::translate("ItemsCsv", "Merchant"),
        QCoreApplication::translate("ItemsCsv", "Card (masked)"), QCoreApplication::translate("ItemsCsv", "Customer"),
        QCoreApplication::translate("ItemsCsv", "Category"), QCoreApplication::translate("ItemsCsv", "Reason code"),
        QCoreApplication::translate("ItemsCsv", "Note"), QCoreApplication::translate("ItemsCsv", "Updated by"),
        QCoreApplication::translate("ItemsCsv", "Updated at (KST)"),
        QCoreApplication::translate("ItemsCsv", "Paired item"),
        QCoreApplication::translate("ItemsCsv", "Closed by run") };
}

bool ItemsCsv::write(QIODevice &out, const std::vector<OpenItem> &items)
{
    CsvWriter csv(out);
    for (const QString &h : header())
        csv.text(h);
    csv.endRow();
    auto optionalNumber = [&](bool has, qint64 value) {
        if (has)
            csv.number(value);
        else
            csv.empty();
    };
    for (const OpenItem &it : items) {
        csv.number(it.id);
        csv.number(it.runId);
        csv.text(ItemStates::toString(it.state));
        csv.text(it.transactionId);
        csv.text(PaymentKinds::toString(it.kind));
        csv.text(ReconStatuses::toString(it.status));
        csv.text(ReconStatuses::reasonNames(it.reasons).join(QLatin1Char(' ')));
        optionalNumber(it.hasLedger(), it.ledgerAmount);
        optionalNumber(it.hasVan(), it.vanAmount);
        optionalNumber(it.side == OpenItem::Side::Both, it.vanAmount - it.ledgerAmount);
        csv.text(it.ledgerApprovalNo);
        csv.text(it.vanApprovalNo);
        csv.text(KoreaTime::plain(it.occurredAtMs));
        csv.text(it.merchantName);
        csv.text(it.cardNumber);
        csv.text(it.customerId);
        csv.text(it.category);
        csv.text(it.reasonCode);
        csv.text(it.note);
        csv.text(it.updatedBy);
        if (it.updatedAtMs)
            csv.text(KoreaTime::plain(it.updatedAtMs));
        else
            csv.empty();
        optionalNumber(it.pairedItemId != 0, it.pairedItemId);
        optionalNumber(it.resolvedInRunId != 0, it.resolvedInRunId);
        csv.endRow();
    }
    return csv.finish();
}
