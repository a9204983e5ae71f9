#include "csvreport.h"

#include "csvwriter.h"
#include "domain/koreatime.h"

#include <QCoreApplication>

namespace {
QByteArray reasonsText(quint8 reasons)
{
    return ReconStatuses::reasonNames(reasons).join(QLatin1Char('+')).toLatin1();
}
} // namespace

QStringList CsvReport::outcomeHeader()
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("CsvReport", "Status"),
        QT_TRANSLATE_NOOP("CsvReport", "Reasons"),
        QT_TRANSLATE_NOOP("CsvReport", "Duplicate side"),
        QT_TRANSLATE_NOOP("CsvReport", "Transaction ID"),
        QT_TRANSLATE_NOOP("CsvReport", "Kind"),
        QT_TRANSLATE_NOOP("CsvReport", "Ledger amount"),
        QT_TRANSLATE_NOOP("CsvReport", "VAN amount"),
        QT_TRANSLATE_NOOP("CsvReport", "Difference (VAN - ledger)"),
        QT_TRANSLATE_NOOP("CsvReport", "Ledger approval no."),
        QT_TRANSLATE_NOOP("CsvReport", "VAN approval no."),
        QT_TRANSLATE_NOOP("CsvReport", "Ledger time"),
        QT_TRANSLATE_NOOP("CsvReport", "VAN time"),
        QT_TRANSLATE_NOOP("CsvReport", "Card number (masked)"),
        QT_TRANSLATE_NOOP("CsvReport", "Card company"),
        QT_TRANSLATE_NOOP("CsvReport", "Merchant ID"),
        QT_TRANSLATE_NOOP("CsvReport", "Merchant name"),
        QT_TRANSLATE_NOOP("CsvReport", "Customer ID"),
        QT_TRANSLATE_NOOP("CsvReport", "Category"),
        QT_TRANSLATE_NOOP("CsvReport", "Installment months"),
        QT_TRANSLATE_NOOP("CsvReport", "Ledger row"),
        QT_TRANSLATE_NOOP("CsvReport", "VAN line"),
    };
    QStringList header;
    for (const char *name : names)
        header << QCoreApplication::translate("CsvReport", name);
    return header;
}

bool CsvReport::writeOutcomes(QIODevice &out, const ReconOutcome &o, const Options &options)
{
    using T = RecordTable::Text;
    CsvWriter w(out);
    for (const QString &h : outcomeHeader())
        w.text(h);
    w.endRow();
    const std::vector<ReconRow> &rows = o.result.rows;
    const bool chosen = options.rows && !options.rows->empty();
    const qint64 total = chosen ? qint64(options.rows->size()) : qint64(rows.size());
    for (qint64 k = 0; k < total; ++k) {
        if ((k & 0xFFFF) == 0) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed))
                return false;
            if (options.progress && k)
                options.progress(k, total);
        }
        const ReconRow &r = rows[size_t(chosen ? (*options.rows)[size_t(k)] : k)];
        if (!chosen && !options.includeMatched && r.status == ReconStatus::Matched)
            continue;
        const bool hasL = r.ledgerRow >= 0, hasV = r.vanRow >= 0;
        // Descriptive fields come from the ledger record when there is one: it is the merchant's own truth.
        const RecordTable &key = hasL ? o.ledger : o.van;
        const qsizetype kr = hasL ? r.ledgerRow : r.vanRow;
        w.text(ReconStatuses::toString(r.status).toLatin1());
        w.text(reasonsText(r.reasons));
        w.text(ReconStatuses::sideName(r.duplicateSide).toLatin1());
        w.text(key.transactionId(kr));
        w.text(PaymentKinds::toString(key.kind(kr)).toLatin1());
        hasL ? w.number(o.ledger.amount(r.ledgerRow)) : w.empty();
        hasV ? w.number(o.van.amount(r.vanRow)) : w.empty();
        (hasL && hasV) ? w.number(o.van.amount(r.vanRow) - o.ledger.amount(r.ledgerRow)) : w.empty();
        hasL ? w.text(o.ledger.approvalNo(r.ledgerRow)) : w.empty();
        hasV ? w.text(o.van.approvalNo(r.vanRow)) : w.empty();
        hasL ? w.text(KoreaTime::plain(o.ledger.occurredAtMs(r.ledgerRow))) : w.empty();
        hasV ? w.text(KoreaTime::plain(o.van.occurredAtMs(r.vanRow))) : w.empty();
        w.text(key.text(kr, T::CardNumber)); // masked at ingestion, never anything else
        w.text(key.text(kr, T::CardCompany));
        w.text(key.text(kr, T::MerchantId));
        w.text(key.text(kr, T::MerchantName));
        w.text(key.text(kr, T::CustomerId));
        w.text(key.text(kr, T::Category));
        w.number(key.installmentMonths(kr));
        hasL ? w.number(o.ledger.sourceLine(r.ledgerRow)) : w.empty();
        hasV ? w.number(o.van.sourceLine(r.vanRow)) : w.empty();
        w.endRow();
    }
    if (options.progress)
        options.progress(total, total);
    return w.finish();
}

bool CsvReport::writeRejected(QIODevice &out, const std::vector<RejectedRow> &rejected)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("CsvReport", "File"),
        QT_TRANSLATE_NOOP("CsvReport", "Line"),
        QT_TRANSLATE_NOOP("CsvReport", "Column"),
        QT_TRANSLATE_NOOP("CsvReport", "Column number"),
        QT_TRANSLATE_NOOP("CsvReport", "Value"),
        QT_TRANSLATE_NOOP("CsvReport", "Reason"),
    };
    CsvWriter w(out);
    for (const char *name : names)
        w.text(QCoreApplication::translate("CsvReport", name));
    w.endRow();
    for (const RejectedRow &j : rejected) {
        w.text(j.file);
        w.number(j.line);
        w.text(j.column);
        w.number(j.columnIndex);
        w.text(j.value); // masked at ingestion when it looked like a card number
        w.text(j.reason);
        w.endRow();
    }
    return w.finish();
}
