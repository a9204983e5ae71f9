// `payrecon-cli config show`: the effective configuration (settings file, keychain, then the environment over
// them), every secret masked and its origin named, so an operator can see what a nightly job will use without
// opening files; `config set-secret KEY` (value from stdin, never argv) and `config clear-secret KEY`.
#pragma once

#include <QStringList>

namespace ConfigCommand {
int run(const QStringList &arguments);
} // namespace ConfigCommand
