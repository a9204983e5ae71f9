// Where every physical line of an imported file went: title and header, footer, blank, record or rejected.
// The categories add up to the lines in the file, so nothing can vanish between the file and the report.
#pragma once

#include <QJsonObject>

struct LineAccount
{
    qint64 total = 0; ///< physical lines in the file (see docs/VAN_PROFILES.md, "Lines")
    qint64 preamble = 0; ///< title lines and the header line
    qint64 footer = 0; ///< the non-blank lines of the skip_footer_lines tail
    qint64 blank = 0; ///< empty or whitespace-only lines below the header (the footer tail's included)
    qint64 recordLines = 0; ///< lines that became records (more than records only with multiline_fields)
    qint64 rejectedLines = 0; ///< lines of rejected rows
    qint64 records = 0; ///< records read
    qint64 rejectedRows = 0; ///< rows rejected

    /// preamble + footer + blank + recordLines + rejectedLines == total.
    bool balanced() const { return preamble + footer + blank + recordLines + rejectedLines == total; }
    bool isEmpty() const { return total == 0; }
    QJsonObject toJson() const;
    /// Reads what toJson() wrote; missing fields stay zero.
    static LineAccount fromJson(const QJsonObject &json);
};
