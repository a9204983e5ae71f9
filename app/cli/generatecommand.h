// `payrecon-cli generate`: a deterministic demo dataset with every discrepancy class and its ground truth.
#pragma once

#include <QStringList>

namespace GenerateCommand {
int run(const QStringList &arguments);
} // namespace GenerateCommand
