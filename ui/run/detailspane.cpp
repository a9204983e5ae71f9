#include "run/detailspane.h"

#include "reconcile/reconciliationjob.h"

#include <QLocale>
#include <QTimeZone>
#include <array>
#include <optional>

namespace {

QString statusSentence(const ReconRow &row)
{
    switch (row.status) {
    case ReconStatus::Matched:
        return DetailsPane::tr("Matched: both sides agree.");
    case ReconStatus::Mismatched:
        if ((row.reasons & ReasonAmount) && (row.reasons & ReasonApprovalNo))
            return DetailsPane::tr("Mismatched: the amount and the approval number differ.");
        if (row.reasons & ReasonAmount)
            return DetailsPane::tr("Mismatched: the amount differs.");
        return DetailsPane::tr("Mismatched: the approval number differs.");
    case ReconStatus::LedgerOnly:
        return DetailsPane::tr("Only in the ledger: the VAN file has no such transaction.");
    case ReconStatus::VanOnly:
        return DetailsPane::tr("Only in the VAN file: the ledger has no such transaction.");
    case ReconStatus::Duplicate:
        switch (row.duplicateSide) {
        case DuplicateSide::Ledger:
            return DetailsPane::tr("Duplicate: the ledger holds this transaction more than once.");
        case DuplicateSide::Van:
            return DetailsPane::tr("Duplicate: the VAN file holds this transaction more than once.");
        default:
            return DetailsPane::tr("Duplicate: both sides hold this transaction more than once.");
        }
    }
    return {};
}

/// The values shown for one side, in field order; empty when that side has no record.
std::array<QString, 13> fieldValues(const std::optional<PaymentRecord> &r, qint64 line)
{
    std::array<QString, 13> v;
    if (!r)
        return v;
    const QLocale locale;
    const QDateTime seoul = r->occurredAt.toTimeZone(QTimeZone("Asia/Seoul"));
    v = { r->transactionId,
        r->kind == PaymentKind::Cancel ? DetailsPane::tr("Cancellation") : DetailsPane::tr("Approval"),
        DetailsPane::tr("%1 won").arg(locale.toString(r->amount)), r->approvalNo,
        locale.toString(seoul, QStringLiteral("yyyy-MM-dd HH:mm:ss")), r->cardNumber, r->cardCompany, r->merchantId,
        r->merchantName, r->customerId, r->category, locale.toString(r->installmentMonths), locale.toString(line) };
    return v;
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    setOpenLinks(false);
    showHint();
}

void DetailsPane::showHint()
{
    setHtml(QStringLiteral("<p>%1</p>").arg(tr("Select a row to compare its ledger and VAN values.").toHtmlEscaped()));
}

void DetailsPane::showRow(const ReconOutcome &outcome, const ReconRow &row)
{
    std::optional<PaymentRecord> ledger;
    std::optional<PaymentRecord> van;
    if (row.ledgerRow >= 0 && row.ledgerRow < outcome.ledger.size())
        ledger = outcome.ledger.record(row.ledgerRow);
    if (row.vanRow >= 0 && row.vanRow < outcome.van.size())
        van = outcome.van.record(row.vanRow);
    const auto left = fieldValues(ledger, ledger ? outcome.ledger.sourceLine(row.ledgerRow) : 0);
    const auto right = fieldValues(van, van ? outcome.van.sourceLine(row.vanRow) : 0);
    const std::array<QString, 13> names { tr("Transaction id"), tr("Kind"), tr("Amount"), tr("Approval number"),
        tr("Occurred at (Seoul)"), tr("Card number"), tr("Card company"), tr("Merchant id"), tr("Merchant name"),
        tr("Customer id"), tr("Category"), tr("Installment months"), tr("Source line") };
    // The source line is where each side happens to hold the record, not a value to compare.
    const size_t comparedFields = names.size() - 1;

    const QString transactionId = ledger ? ledger->transactionId : van ? van->transactionId : QString();
    QString html
        = QStringLiteral("<h3>%1</h3><p>%2</p>")
              .arg(tr("Transaction %1").arg(transactionId).toHtmlEscaped(), statusSentence(row).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr><th>%1</th><th>%2</th>"
                           "<th>%3</th><th></th></tr>")
                .arg(tr("Field").toHtmlEscaped(), tr("Ledger").toHtmlEscaped(), tr("VAN file").toHtmlEscaped());
    const QString none = tr("(no record)").toHtmlEscaped();
    const QString differs = tr("≠ differs").toHtmlEscaped();
    for (size_t i = 0; i < names.size(); ++i) {
        const bool differ = ledger && van && i < comparedFields && left[i] != right[i];
        QString l = ledger ? left[i].toHtmlEscaped() : none;
        QString r = van ? right[i].toHtmlEscaped() : none;
        QString name = names[i].toHtmlEscaped();
        if (differ) {
            l = QStringLiteral("<b>%1</b>").arg(l);
            r = QStringLiteral("<b>%1</b>").arg(r);
            name = QStringLiteral("<b>%1</b>").arg(name);
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(name, l, r, differ ? QStringLiteral("<b>%1</b>").arg(differs) : QString());
    }
    html += QStringLiteral("</table>");
    setHtml(html);
}
