// `payrecon-cli alerts`: recent alerts from the outbox with their delivery state; --flush sends what is pending.
#pragma once

#include <QStringList>

namespace AlertsCommand {
int run(const QStringList &arguments);
} // namespace AlertsCommand
