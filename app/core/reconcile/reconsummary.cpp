#include "reconsummary.h"

qint64 ReconSummary::discrepancies() const
{
    qint64 n = rejectedRows;
    for (int s = 1; s < ReconStatusCount; ++s)
        n += byStatus[size_t(s)].count;
    return n;
}

static QJsonObject totalsJson(const ReconTotals &t)
{
    return QJsonObject { { QStringLiteral("count"), t.count }, { QStringLiteral("ledger_won"), t.ledgerWon },
        { QStringLiteral("van_won"), t.vanWon } };
}

QJsonObject ReconSummary::toJson() const
{
    QJsonObject statuses;
    for (int s = 0; s < ReconStatusCount; ++s)
        statuses.insert(ReconStatuses::toString(ReconStatus(s)), totalsJson(byStatus[size_t(s)]));
    return QJsonObject { { QStringLiteral("ledger_records"), ledgerRecords },
        { QStringLiteral("van_records"), vanRecords }, { QStringLiteral("ledger_net_won"), ledgerNetWon },
        { QStringLiteral("van_net_won"), vanNetWon }, { QStringLiteral("rejected_rows"), rejectedRows },
        { QStringLiteral("discrepancies"), discrepancies() }, { QStringLiteral("statuses"), statuses },
        { QStringLiteral("reasons"),
            QJsonObject { { QStringLiteral("amount"), totalsJson(amountReason) },
                { QStringLiteral("approval_no"), totalsJson(approvalNoReason) } } } };
}
