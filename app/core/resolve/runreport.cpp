#include "runreport.h"

#include "report/reconreportjson.h"

ReconReport::Discrepancy RunReport::discrepancy(const OpenItem &item)
{
    ReconReport::Discrepancy d;
    d.transactionId = item.transactionId;
    d.kind = item.kind;
    d.status = item.status;
    d.reasons = item.reasons;
    if (item.status == ReconStatus::Duplicate)
        d.duplicateSide = item.hasLedger() ? DuplicateSide::Ledger : DuplicateSide::Van;
    if (item.hasLedger())
        d.ledgerAmount = item.ledgerAmount;
    if (item.hasVan())
        d.vanAmount = item.vanAmount;
    d.ledgerApprovalNo = item.ledgerApprovalNo;
    d.vanApprovalNo = item.vanApprovalNo;
    d.occurredAtMs = item.occurredAtMs;
    d.merchantName = item.merchantName;
    if (item.state != ItemState::Open) {
        d.resolution = ItemStates::displayName(item.state);
        d.reasonCode = item.reasonCode;
        d.note = item.note;
        d.resolvedBy = item.updatedBy;
        d.resolvedAtMs = item.updatedAtMs;
    }
    return d;
}

ReconReport RunReport::build(const RunInfo &run, const std::vector<OpenItem> &items)
{
    ReconReport r = ReconReportJson::fromJson(run.report);
    r.runId = run.id;
    // The summary of record is the stored one, also for runs saved without report data.
    r.summary = ReconSummary::fromJson(run.summary);
    if (!r.from.isValid())
        r.from = run.from;
    if (!r.to.isValid())
        r.to = run.to;
    if (r.operatorName.isEmpty())
        r.operatorName = run.operatorName;
    if (r.inputs.empty()) {
        r.inputs.push_back({ QStringLiteral("ledger"), run.ledgerSource, run.ledgerSha256, {},
            run.summary.value(QStringLiteral("ledger_records")).toInteger(), 0 });
        r.inputs.push_back({ QStringLiteral("VAN file"), run.vanFile, run.vanSha256, run.vanProfile,
            run.summary.value(QStringLiteral("van_records")).toInteger(), 0 });
    }
    r.discrepancies.reserve(items.size());
    for (const OpenItem &item : items) {
        if (item.runId == run.id)
            r.discrepancies.push_back(discrepancy(item));
    }
    return r;
}
