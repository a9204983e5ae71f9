// `payrecon-cli reconcile`: load ledger and VAN file, match, print a summary, optionally write the JSON, CSV and
// PDF reports.
#pragma once

#include <QStringList>

namespace ReconcileCommand {
/// Exit codes: 0 no discrepancy, 3 discrepancies, 2 bad usage or input.
int run(const QStringList &arguments);
} // namespace ReconcileCommand
