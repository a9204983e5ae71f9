#include "reconreport.h"

#include <algorithm>

qint64 ReconReport::resolvedCount() const
{
    return qint64(std::count_if(
        discrepancies.begin(), discrepancies.end(), [](const Discrepancy &d) { return !d.resolution.isEmpty(); }));
}
