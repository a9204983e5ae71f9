// `payrecon-cli audit`: the audit trail, filtered, as a table or CSV; --verify checks its hash chain.
#pragma once

#include <QStringList>

namespace AuditCommand {
int run(const QStringList &arguments);
} // namespace AuditCommand
