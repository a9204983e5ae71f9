// Writes a reconciliation as the JSON report documented in docs/JSON_REPORT.md, streamed row by row so a
// run with a million discrepancies never builds one giant document in memory.
#pragma once

#include "domain/recordtable.h"
#include "import/rejectedrow.h"
#include "reconcile/reconengine.h"

#include <QIODevice>
#include <QJsonObject>
#include <vector>

namespace JsonReport {
/// A record as the report writes it: canonical field names, occurred_at in ISO 8601 with the +09:00 offset.
QJsonObject recordJson(const RecordTable &table, qsizetype row);
/// One outcome row: transaction_id, kind, status, reasons, side, ledger, van.
QJsonObject rowJson(const RecordTable &ledger, const RecordTable &van, const ReconRow &row);
/// includeMatched adds matched rows too (large); by default only discrepancies are listed.
bool write(QIODevice &out, const RecordTable &ledger, const RecordTable &van, const ReconResult &result,
    const std::vector<RejectedRow> &rejected, bool includeMatched = false);
} // namespace JsonReport
