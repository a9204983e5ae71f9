// One reconciliation outcome: indexes into the ledger and VAN tables (-1 when that side has no record).
#pragma once

#include "reconstatus.h"

struct ReconRow
{
    qint32 ledgerRow = -1;
    qint32 vanRow = -1;
    ReconStatus status = ReconStatus::Matched;
    quint8 reasons = ReasonNone; ///< ReconReason bits, for Mismatched
    DuplicateSide duplicateSide = DuplicateSide::None; ///< for Duplicate
};
