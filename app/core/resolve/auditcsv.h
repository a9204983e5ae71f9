// The audit trail as CSV for auditors (Excel-safe through CsvWriter): one line per entry, before/after
// spelled out, the chain hash last so a printed copy can be checked against the store.
#pragma once

#include "auditentry.h"

#include <QIODevice>
#include <QStringList>
#include <vector>

namespace AuditCsv {
QStringList header(); ///< translated (context "AuditCsv")
bool write(QIODevice &out, const std::vector<AuditEntry> &entries);
} // namespace AuditCsv
