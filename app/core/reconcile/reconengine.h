// Matches ledger and VAN records by (transaction_id, kind) with a hash join: O(n), deterministic order,
// cancellable, with progress.
#pragma once

#include "domain/recordtable.h"
#include "reconrow.h"
#include "reconsummary.h"

#include <atomic>
#include <functional>
#include <vector>

struct ReconResult
{
    std::vector<ReconRow> rows; ///< ledger order first, then VAN-only records in VAN order
    ReconSummary summary;
    bool cancelled = false;
};

class ReconEngine
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// rejectedRows only feeds the summary's count.
    ReconResult run(const RecordTable &ledger, const RecordTable &van, qint64 rejectedRows = 0) const;

private:
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};
