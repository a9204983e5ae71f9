// A ReconReport's run-level parts (header, inputs, summary, hourly volume, rejected rows) as JSON, so a stored
// run can print the same signed report later; the discrepancies come back from the store's items instead.
#pragma once

#include "reconreport.h"

#include <QJsonObject>

namespace ReconReportJson {
/// Everything but the discrepancies; at most rejectedLimit rejected rows (their total count is kept).
QJsonObject toJson(const ReconReport &report, int rejectedLimit = 1000);
/// The inverse of toJson(); discrepancies stay empty.
ReconReport fromJson(const QJsonObject &json);
} // namespace ReconReportJson
