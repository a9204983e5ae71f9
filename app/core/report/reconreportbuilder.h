// Turns a finished reconciliation (outcome and the inputs that produced it) into a ReconReport: hashes the
// input files, buckets both sides by Korean hour, and lists every outcome that is not matched.
#pragma once

#include "reconcile/reconciliationjob.h"
#include "report/reconreport.h"

#include <QString>

class ReconReportBuilder
{
public:
    /// Who runs the report; default: the OS user (USER / USERNAME).
    void setOperatorName(const QString &name) { m_operatorName = name; }
    /// The store's id of the run, 0 when it is not stored.
    void setRunId(qint64 runId) { m_runId = runId; }
    /// Fixed "generated at" time (UTC ms) for reproducible reports and tests; default: now.
    void setGeneratedAtMs(qint64 utcMs) { m_generatedAtMs = utcMs; }

    /// Reads the input files again to hash them: call it off the GUI thread.
    ReconReport build(const ReconOutcome &outcome, const ReconInputs &inputs) const;

    /// SHA-256 of a file, streamed in 1 MiB blocks, lower-case hex; empty when it cannot be read.
    static QString fileSha256(const QString &path);
    /// The OS user's login name, or empty.
    static QString systemUserName();

private:
    QString m_operatorName;
    qint64 m_runId = 0;
    qint64 m_generatedAtMs = 0;
};
