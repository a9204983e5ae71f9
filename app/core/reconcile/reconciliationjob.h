// One whole reconciliation: load the ledger and the VAN file side by side (two threads), then match.
// The CLI calls it directly; the GUI runs it inside a worker thread. It owns no thread-affine objects.
#pragma once

#include "domain/recordtable.h"
#include "import/rejectedrow.h"
#include "import/vanprofile.h"
#include "ledger/ledgerconnection.h"
#include "reconcile/daycoverage.h"
#include "reconcile/reconengine.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

struct ReconInputs
{
    /// SQL ledger (sqlite:///… or mysql://…) with its password; used when ledgerCsv is empty.
    LedgerConnection ledger;
    QString ledgerQuery; ///< empty = the demo schema's default query
    QDate from; ///< inclusive, local date; applies to the SQL ledger query
    QDate to;
    /// Ledger as a delimited file read through a profile (offline use, benchmarks).
    QString ledgerCsv;
    VanProfile ledgerProfile;
    QString vanFile;
    VanProfile vanProfile;
};

struct ReconOutcome
{
    RecordTable ledger;
    RecordTable van;
    std::vector<RejectedRow> rejected; ///< ledger rows first, then VAN rows
    qint64 rejectedCount = 0;
    ReconResult result;
    QString vanEncoding;
    QString error; ///< fatal input error (file, header, connection); names the source
    bool cancelled = false;
    qint64 loadMs = 0;
    qint64 matchMs = 0;
    /// The business days of both sides: a wrong day is caught before the run is recorded.
    DayCoverage coverage;
    bool ok() const { return error.isEmpty() && !cancelled; }
    /// Where every line of the VAN file went (title/header, footer, blank, records, rejected).
    const LineAccount &vanLines() const { return result.summary.vanLines; }
    /// The VAN file's control total line against what was read; failed() is an error to show first.
    const ControlTotalCheck &controlTotal() const { return result.summary.controlTotal; }
};

class ReconciliationJob
{
public:
    enum class Stage { LoadLedger, LoadVan, Match };
    using Progress = std::function<void(Stage stage, qint64 done, qint64 total)>;

    /// Called from the loading threads as well as the caller's thread: keep it thread-safe.
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    ReconOutcome run(const ReconInputs &inputs) const;

private:
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

Q_DECLARE_METATYPE(ReconInputs)
Q_DECLARE_METATYPE(std::shared_ptr<const ReconOutcome>)
