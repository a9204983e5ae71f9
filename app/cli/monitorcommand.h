// `payrecon-cli monitor`: the alert monitor without a window, for servers (until SIGINT/SIGTERM) and cron
// (--once: poll once, deliver, exit).
#pragma once

#include <QStringList>

namespace MonitorCommand {
int run(const QStringList &arguments);
} // namespace MonitorCommand
