#include "reconsummary.h"

qint64 ReconSummary::discrepancies() const
{
    // A control total that fails is one discrepancy: a truncated file can reconcile every record it still has.
    qint64 n = rejectedRows + (controlTotal.failed() ? 1 : 0);
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
    QJsonObject o { { QStringLiteral("ledger_records"), ledgerRecords }, { QStringLiteral("van_records"), vanRecords },
        { QStringLiteral("ledger_net_won"), ledgerNetWon }, { QStringLiteral("van_net_won"), vanNetWon },
        { QStringLiteral("rejected_rows"), rejectedRows }, { QStringLiteral("discrepancies"), discrepancies() },
        { QStringLiteral("statuses"), statuses },
        { QStringLiteral("reasons"),
            QJsonObject { { QStringLiteral("amount"), totalsJson(amountReason) },
                { QStringLiteral("approval_no"), totalsJson(approvalNoReason) } } } };
    if (!vanLines.isEmpty())
        o.insert(QStringLiteral("van_lines"), vanLines.toJson());
    if (controlTotal.declared())
        o.insert(QStringLiteral("control_total"), controlTotal.toJson());
    return o;
}

static ReconTotals totalsFromJson(const QJsonObject &o)
{
    ReconTotals t;
    t.count = o.value(QStringLiteral("count")).toInteger();
    t.ledgerWon = o.value(QStringLiteral("ledger_won")).toInteger();
    t.vanWon = o.value(QStringLiteral("van_won")).toInteger();
    return t;
}

ReconSummary ReconSummary::fromJson(const QJsonObject &json)
{
    ReconSummary s;
    const QJsonObject statuses = json.value(QStringLiteral("statuses")).toObject();
    for (int i = 0; i < ReconStatusCount; ++i)
        s.byStatus[size_t(i)] = totalsFromJson(statuses.value(ReconStatuses::toString(ReconStatus(i))).toObject());
    const QJsonObject reasons = json.value(QStringLiteral("reasons")).toObject();
    s.amountReason = totalsFromJson(reasons.value(QStringLiteral("amount")).toObject());
    s.approvalNoReason = totalsFromJson(reasons.value(QStringLiteral("approval_no")).toObject());
    s.ledgerRecords = json.value(QStringLiteral("ledger_records")).toInteger();
    s.vanRecords = json.value(QStringLiteral("van_records")).toInteger();
    s.ledgerNetWon = json.value(QStringLiteral("ledger_net_won")).toInteger();
    s.vanNetWon = json.value(QStringLiteral("van_net_won")).toInteger();
    s.rejectedRows = json.value(QStringLiteral("rejected_rows")).toInteger();
    s.vanLines = LineAccount::fromJson(json.value(QStringLiteral("van_lines")).toObject());
    s.controlTotal = ControlTotalCheck::fromJson(json.value(QStringLiteral("control_total")).toObject());
    return s;
}
