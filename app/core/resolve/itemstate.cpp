#include "itemstate.h"

#include <QCoreApplication>

namespace {
struct StateName
{
    ItemState state;
    const char *code;
};
constexpr StateName StateNames[] = {
    { ItemState::Open, "open" },
    { ItemState::Pending, "pending" },
    { ItemState::AcceptedLedger, "accepted_ledger" },
    { ItemState::AcceptedVan, "accepted_van" },
    { ItemState::WrittenOff, "written_off" },
    { ItemState::PairedManually, "paired" },
    { ItemState::MatchedLate, "matched_late" },
};
struct ActionName
{
    ResolveAction action;
    const char *code;
};
constexpr ActionName ActionNames[] = {
    { ResolveAction::AcceptLedger, "accept_ledger" },
    { ResolveAction::AcceptVan, "accept_van" },
    { ResolveAction::WriteOff, "write_off" },
    { ResolveAction::Pending, "pending" },
    { ResolveAction::Pair, "pair" },
};
} // namespace

QString ItemStates::toString(ItemState state)
{
    for (const StateName &n : StateNames) {
        if (n.state == state)
            return QString::fromLatin1(n.code);
    }
    return {};
}

std::optional<ItemState> ItemStates::fromString(QStringView text)
{
    for (const StateName &n : StateNames) {
        if (text.compare(QLatin1String(n.code), Qt::CaseInsensitive) == 0)
            return n.state;
    }
    return std::nullopt;
}

QString ItemStates::displayName(ItemState state)
{
    switch (state) {
    case ItemState::Open:
        return QCoreApplication::translate("ItemStates", "Open");
    case ItemState::Pending:
        return QCoreApplication::translate("ItemStates", "Pending investigation");
    case ItemState::AcceptedLedger:
        return QCoreApplication::translate("ItemStates", "Accepted ledger value");
    case ItemState::AcceptedVan:
        return QCoreApplication::translate("ItemStates", "Accepted VAN value");
    case ItemState::WrittenOff:
        return QCoreApplication::translate("ItemStates", "Written off");
    case ItemState::PairedManually:
        return QCoreApplication::translate("ItemStates", "Paired manually");
    case ItemState::MatchedLate:
        return QCoreApplication::translate("ItemStates", "Matched late");
    }
    return {};
}

QString ItemStates::actionName(ResolveAction action)
{
    for (const ActionName &n : ActionNames) {
        if (n.action == action)
            return QString::fromLatin1(n.code);
    }
    return {};
}

std::optional<ResolveAction> ItemStates::actionFromString(QStringView text)
{
    for (const ActionName &n : ActionNames) {
        if (text.compare(QLatin1String(n.code), Qt::CaseInsensitive) == 0)
            return n.action;
    }
    return std::nullopt;
}

QString ItemStates::actionDisplayName(ResolveAction action)
{
    switch (action) {
    case ResolveAction::AcceptLedger:
        return QCoreApplication::translate("ItemStates", "Accept ledger value");
    case ResolveAction::AcceptVan:
        return QCoreApplication::translate("ItemStates", "Accept VAN value");
    case ResolveAction::WriteOff:
        return QCoreApplication::translate("ItemStates", "Write off");
    case ResolveAction::Pending:
        return QCoreApplication::translate("ItemStates", "Pending investigation");
    case ResolveAction::Pair:
        return QCoreApplication::translate("ItemStates", "Pair manually");
    }
    return {};
}

ItemState ItemStates::targetState(ResolveAction action)
{
    switch (action) {
    case ResolveAction::AcceptLedger:
        return ItemState::AcceptedLedger;
    case ResolveAction::AcceptVan:
        return ItemState::AcceptedVan;
    case ResolveAction::WriteOff:
        return ItemState::WrittenOff;
    case ResolveAction::Pending:
        return ItemState::Pending;
    case ResolveAction::Pair:
        return ItemState::PairedManually;
    }
    return ItemState::Open;
}

bool ItemStates::isOpen(ItemState state)
{
    return state == ItemState::Open || state == ItemState::Pending;
}

bool ItemStates::isVerified(ItemState state)
{
    return state == ItemState::AcceptedLedger || state == ItemState::AcceptedVan || state == ItemState::PairedManually
        || state == ItemState::MatchedLate;
}
