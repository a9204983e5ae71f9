// Custom item roles shared by PayRecon's models (one place, as KMyMoney's modelenums.h).
#pragma once

#include <Qt>

namespace ModelRoles {
enum Role {
    StatusRole = Qt::UserRole + 1, ///< int(ReconStatus) of the row
    DiffersRole, ///< bool: this cell's ledger and VAN values differ (highlight it)
    AmountRole, ///< qint64 won, for numeric columns
    SourceRowRole, ///< int: index into ReconResult::rows
};
} // namespace ModelRoles
