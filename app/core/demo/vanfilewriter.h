// Writes a RecordTable as a delimited file in a VanProfile's layout: the inverse of CsvImporter, used to
// produce demo and test files that look like what VAN companies actually send.
#pragma once

#include "domain/recordtable.h"
#include "import/vanprofile.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

struct VanWriteOptions
{
    bool crlf = false; ///< CRLF line ends, as Korean VAN files often have
    bool groupedAmounts = false; ///< "1,250,000원" instead of "1250000"
    bool padFields = false; ///< surround a few fields of some rows with spaces (importers must trim them)
    QStringList titleLines; ///< lines before the header; empty = a default title when header_row > 1
    QStringList footerLines; ///< the skip_footer_lines lines; empty = default totals lines
};

class VanFileWriter
{
public:
    /// Writes atomically (QSaveFile); on failure returns false and a message naming the file in *error.
    static bool write(const QString &path, const RecordTable &records, const VanProfile &profile,
        const VanWriteOptions &options, QString *error);
    /// Writes to an open device; displayName is used in error messages.
    static bool write(QIODevice &device, const RecordTable &records, const VanProfile &profile,
        const VanWriteOptions &options, const QString &displayName, QString *error);

    /// The spelling written for a kind: the profile's Korean spelling when it has one (승인/취소), else the
    /// canonical one. Deterministic although kind_values is a hash.
    static QString kindSpelling(const VanProfile &profile, PaymentKind kind);
    /// True for rows whose fields padFields surrounds with spaces (every 37th row, from the 5th).
    static bool isPaddedRow(qsizetype row) { return row % 37 == 4; }
};
