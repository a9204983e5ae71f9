#include "reconstatus.h"

QString ReconStatuses::toString(ReconStatus status)
{
    switch (status) {
    case ReconStatus::Matched:
        return QStringLiteral("matched");
    case ReconStatus::Mismatched:
        return QStringLiteral("mismatched");
    case ReconStatus::LedgerOnly:
        return QStringLiteral("ledger_only");
    case ReconStatus::VanOnly:
        return QStringLiteral("van_only");
    case ReconStatus::Duplicate:
        return QStringLiteral("duplicate");
    }
    return {};
}

QStringList ReconStatuses::reasonNames(quint8 reasons)
{
    QStringList names;
    if (reasons & ReasonAmount)
        names << QStringLiteral("amount");
    if (reasons & ReasonApprovalNo)
        names << QStringLiteral("approval_no");
    return names;
}

QString ReconStatuses::sideName(DuplicateSide side)
{
    switch (side) {
    case DuplicateSide::None:
        return {};
    case DuplicateSide::Ledger:
        return QStringLiteral("ledger");
    case DuplicateSide::Van:
        return QStringLiteral("van");
    case DuplicateSide::Both:
        return QStringLiteral("both");
    }
    return {};
}
