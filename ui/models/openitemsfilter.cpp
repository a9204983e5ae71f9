#include "openitemsfilter.h"

#include "modelroles.h"
#include "resolve/itemstate.h"

OpenItemsFilter::OpenItemsFilter(QObject *parent)
    : QSortFilterProxyModel { parent }
{
    setSortRole(ModelRoles::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true); // a resolved item leaves the open-only view as soon as its state changes
}

void OpenItemsFilter::setStateFilter(StateFilter filter)
{
    if (filter == m_stateFilter)
        return;
    m_stateFilter = filter;
    invalidateRowsFilter();
}

bool OpenItemsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_stateFilter == StateFilter::All)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool open = ItemStates::isOpen(ItemState(index.data(ModelRoles::ItemStateRole).toInt()));
    return m_stateFilter == StateFilter::OpenOnly ? open : !open;
}

bool OpenItemsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(ModelRoles::SortRole);
    const QVariant r = right.data(ModelRoles::SortRole);
    // Empty cells (no VAN amount on a ledger-only item) sort before every value, in both directions stable.
    if (!l.isValid() || !r.isValid())
        return !l.isValid() && r.isValid();
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString) {
        const int c = QString::localeAwareCompare(l.toString(), r.toString());
        if (c != 0)
            return c < 0;
    } else if (l != r) {
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    }
    // Ties by item id, so equal values keep one order every time.
    return left.data(ModelRoles::ItemIdRole).toLongLong() < right.data(ModelRoles::ItemIdRole).toLongLong();
}
