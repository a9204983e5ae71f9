// `payrecon-cli report --run ID`: a recorded run's report with today's resolutions, as CSV (and PDF).
#pragma once

#include <QStringList>

namespace ReportCommand {
int run(const QStringList &arguments);
} // namespace ReportCommand
