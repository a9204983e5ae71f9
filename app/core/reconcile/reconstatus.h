// Outcome vocabulary of a reconciliation, shared by the engine, reports, the GUI and publishers.
#pragma once

#include <QString>
#include <QStringList>

enum class ReconStatus : quint8 { Matched = 0, Mismatched, LedgerOnly, VanOnly, Duplicate };
constexpr int ReconStatusCount = 5;

/// Bit flags: why a pair with the same key is mismatched.
enum ReconReason : quint8 { ReasonNone = 0, ReasonAmount = 1, ReasonApprovalNo = 2 };

/// For duplicates: which side holds the key more than once.
enum class DuplicateSide : quint8 { None = 0, Ledger, Van, Both };

namespace ReconStatuses {
QString toString(ReconStatus status); ///< matched, mismatched, ledger_only, van_only, duplicate
QStringList reasonNames(quint8 reasons); ///< ["amount", "approval_no"]
QString sideName(DuplicateSide side); ///< "", ledger, van, both
} // namespace ReconStatuses
