// Where a discrepancy stands: open, or resolved one of the ways finance staff close an item.
#pragma once

#include <QString>
#include <optional>

enum class ItemState : quint8 {
    Open = 0,
    Pending, ///< under investigation: still open for carry-over, but someone owns it
    AcceptedLedger, ///< the ledger's values are right; the item counts as verified
    AcceptedVan, ///< the VAN file's values are right; the item counts as verified
    WrittenOff, ///< closed without a counterpart (e.g. a test payment), not verified
    PairedManually, ///< linked by hand to an item on the other side; verified
    MatchedLate, ///< a later run brought the counterpart (midnight timing difference); verified
};

/// What an operator asks for; each maps to one target state (Pair links two items).
enum class ResolveAction : quint8 { AcceptLedger, AcceptVan, WriteOff, Pending, Pair };

namespace ItemStates {
QString toString(ItemState state); ///< open, pending, accepted_ledger, accepted_van, written_off, paired, matched_late
std::optional<ItemState> fromString(QStringView text);
QString displayName(ItemState state); ///< translated, for grids and reports
QString actionName(ResolveAction action); ///< accept_ledger, accept_van, write_off, pending, pair
std::optional<ResolveAction> actionFromString(QStringView text);
QString actionDisplayName(ResolveAction action); ///< translated
ItemState targetState(ResolveAction action);
/// Still waiting for a counterpart: open and pending items take part in carry-over matching.
bool isOpen(ItemState state);
/// Counts as verified (published to Elasticsearch with the matched rows).
bool isVerified(ItemState state);
} // namespace ItemStates
