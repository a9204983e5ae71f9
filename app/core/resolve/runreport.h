// A stored run as the signed report: the run's saved header, inputs, hourly volume and rejected rows, with
// the discrepancy table rebuilt from the store's items as they stand now (resolutions, notes, who and when).
#pragma once

#include "openitem.h"
#include "reconstore.h"
#include "report/reconreport.h"

#include <vector>

namespace RunReport {
ReconReport build(const RunInfo &run, const std::vector<OpenItem> &items);
/// The discrepancy row of one item (shared with the GUI's report of the run on screen).
ReconReport::Discrepancy discrepancy(const OpenItem &item);
} // namespace RunReport
