// A reconciliation as CSV for Excel (docs/CSV_REPORT.md): one line per outcome with both sides' values,
// or the rejected rows of the inputs. Streams through CsvWriter; safe for a million rows.
#pragma once

#include "reconcile/reconciliationjob.h"

#include <QIODevice>
#include <atomic>
#include <functional>

namespace CsvReport {
struct Options
{
    /// Outcome rows to write, as indexes into result.rows, in this order; empty = every row.
    const std::vector<qint32> *rows = nullptr;
    bool includeMatched = true; ///< when rows is empty: false writes discrepancies only
    std::function<void(qint64 done, qint64 total)> progress; ///< called every 64K rows
    const std::atomic_bool *cancel = nullptr;
};

/// The header cells, translated (context "CsvReport"): Korean headers under a Korean UI.
QStringList outcomeHeader();
/// Writes the outcome rows; false on a write error or when cancelled.
bool writeOutcomes(QIODevice &out, const ReconOutcome &outcome, const Options &options = {});
/// Writes the rejected rows (file, line, column, value, reason).
bool writeRejected(QIODevice &out, const std::vector<RejectedRow> &rejected);
} // namespace CsvReport
