// A demo merchant ledger: the `payments` table PayRecon reads by default, and writers that fill it from a
// RecordTable as a SQLite file, into an open database, or as a .sql dump for the mariadb/mysql client.
#pragma once

#include "domain/recordtable.h"

#include <QSqlDatabase>
#include <QString>

namespace DemoLedger {
/// The SELECT SqlLedgerSource runs by default: every canonical column of `payments` within [:from, :to).
QString defaultQuery();
/// Creates `payments` and its indexes unless they exist; SQLite or MySQL/MariaDB, chosen by the driver name.
bool createSchema(QSqlDatabase &db, QString *error);
/// Appends every record in one transaction through prepared multi-row INSERTs.
bool insert(QSqlDatabase &db, const RecordTable &records, QString *error);
/// Writes a fresh SQLite file (an existing one is deleted) holding the schema and the records.
bool writeSqlite(const QString &path, const RecordTable &records, QString *error);
/// Writes a .sql file that `mariadb database < file` loads: schema (if missing) and multi-row INSERTs.
bool writeMySqlDump(const QString &path, const RecordTable &records, QString *error);
} // namespace DemoLedger
