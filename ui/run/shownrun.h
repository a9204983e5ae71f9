// The reconciliation the window shows, as one value: its outcome, what it read, when it started and, once the
// store has recorded it, its run id. Reports, publishing and the store all describe this one run.
#pragma once

#include "reconcile/reconciliationjob.h"

#include <memory>

struct RunInfo;

struct ShownRun
{
    std::shared_ptr<const ReconOutcome> outcome;
    ReconInputs inputs;
    qint64 startedAtMs = 0;
    qint64 runId = 0; ///< the run in the resolution store; 0 until recorded

    bool isEmpty() const { return !outcome; }
    /// What the store keeps of this run's sources (the ledger without its password); the worker adds hashes.
    RunInfo runInfo() const;
};
