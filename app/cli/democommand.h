// `payrecon-cli demo`: the out-of-the-box experience without any configuration. Generates the embedded demo
// (SQLite ledger + Korean VAN file) in the user's data directory on first use and reconciles it.
#pragma once

#include <QStringList>

namespace DemoCommand {
int run(const QStringList &arguments);
} // namespace DemoCommand
