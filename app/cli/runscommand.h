// `payrecon-cli runs`: the recorded reconciliations, newest first, with what is still open of each.
#pragma once

#include <QStringList>

namespace RunsCommand {
int run(const QStringList &arguments);
} // namespace RunsCommand
