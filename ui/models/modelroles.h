// Custom item roles shared by PayRecon's models (one place, as KMyMoney's modelenums.h).
#pragma once

#include <Qt>

namespace ModelRoles {
enum Role {
    StatusRole = Qt::UserRole + 1, ///< int(ReconStatus) of the row
    DiffersRole, ///< bool: this cell's ledger and VAN values differ (highlight it)
    AmountRole, ///< qint64 won, for numeric columns
    SourceRowRole, ///< int: index into ReconResult::rows
    ItemIdRole, ///< qint64: the store's id of an open item or audit entry
    ItemStateRole, ///< int(ItemState) of an open item
    ItemSideRole, ///< int(OpenItem::Side)
    SortRole, ///< the cell's value for sorting (numbers as numbers, times as UTC ms)
};
} // namespace ModelRoles
