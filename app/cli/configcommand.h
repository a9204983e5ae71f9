// `payrecon-cli config show`: the effective configuration (settings file, then the environment over it), every
// secret masked, so an operator can see what a nightly job will use without opening files.
#pragma once

#include <QStringList>

namespace ConfigCommand {
int run(const QStringList &arguments);
} // namespace ConfigCommand
