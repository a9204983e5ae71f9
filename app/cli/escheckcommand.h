// `payrecon-cli es-check`: "Test connection" for Elasticsearch: who and what answers, or the exact cause.
#pragma once

#include <QStringList>

namespace EsCheckCommand {
/// Exit codes: 0 connected (and the indexes fit), 1 cannot connect or a mapping conflicts, 2 bad configuration.
int run(const QStringList &arguments);
} // namespace EsCheckCommand
