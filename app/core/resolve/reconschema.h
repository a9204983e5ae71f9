// The tables of the resolution store: their migrations for each backend, their columns, and how a row becomes a
// value (and a value a bound parameter). Shared by ReconStore and the parts that write for it.
#pragma once

#include "resolve/auditentry.h"
#include "resolve/openitem.h"
#include "resolve/reconstore.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <vector>

namespace ReconSchema {
/// The component its versions are recorded under (LocalStore::migrate).
QString component();
/// Table definitions per backend: versions[i] takes the schema from version i to i + 1.
QList<QStringList> sqliteVersions();
/// MySQL's DDL commits on its own, so each statement must be safe to repeat after a crash mid-step.
QList<QStringList> mysqlVersions();

/// Column lists in the order the *FromQuery functions read them.
QString itemColumns();
QString auditColumns();
QString runColumns();

OpenItem itemFromQuery(const QSqlQuery &q);
RunInfo runFromQuery(const QSqlQuery &q);
AuditEntry auditFromQuery(const QSqlQuery &q);

QString compactJson(const QJsonObject &o);
/// Binds \a v, turning a null QString into an empty one: the columns are NOT NULL and "" means "none".
void bind(QSqlQuery &q, const QVariant &v);
/// The items meeting every condition of \a where (\a binds in order), by id; \a sqlError set on failure.
std::vector<OpenItem> selectItems(
    QSqlDatabase db, const QStringList &where, const QVariantList &binds, QString *sqlError);
} // namespace ReconSchema
