// `payrecon-cli resolve`: resolve open items from a script (same rules, notes and audit as the window), or undo.
#pragma once

#include <QStringList>

namespace ResolveCommand {
int run(const QStringList &arguments);
} // namespace ResolveCommand
