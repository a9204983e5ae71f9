#include "csvimporter.h"
CsvImporter::CsvImporter(VanProfile profile) : m_profile(std::move(profile)) { }
ImportResult CsvImporter::importFile(const QString &path) const { ImportResult r; r.error = path + QStringLiteral(": not implemented"); return r; }
ImportResult CsvImporter::importDevice(QIODevice &, const QString &n, qint64) const { ImportResult r; r.error = n; return r; }
ImportResult CsvImporter::importData(const QByteArray &, const QString &n) const { ImportResult r; r.error = n; return r; }
