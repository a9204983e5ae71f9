// Records a finished CLI reconciliation in the resolution store (runs, open items, carry-over), so the
// nightly job and the GUI share one history and yesterday's open items close as "matched late".
#pragma once

#include "reconcile/reconciliationjob.h"
#include "report/reconreport.h"
#include "store/storelocation.h"

#include <QString>

namespace RunRecorder {
/// Builds the run's report data (hashing the input files), stores the run and prints what carry-over closed.
/// Returns the run id, or 0 after printing the store's error. *report receives the report with its run id.
qint64 record(const ReconInputs &inputs, const ReconOutcome &outcome, const StoreLocation &store,
    const QString &operatorName, bool quiet, ReconReport *report);
} // namespace RunRecorder
