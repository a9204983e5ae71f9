// Checks a VAN profile against a file's preview before anything is imported: every problem comes back as a
// sentence a finance clerk can act on (which field, which line and column, which value, what to change).
#pragma once

#include "import/vanfilepreview.h"
#include "import/vanprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class ProfileCheck
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCheck)

public:
    struct Problem
    {
        enum class Severity {
            Error, ///< the profile cannot read this file: fix the mapping first
            Warning ///< the import works, but some rows will be rejected or a mapping looks odd
        };
        Severity severity = Severity::Error;
        QString field; ///< canonical field concerned; empty when about the file as a whole
        qint64 line = 0; ///< physical line of the first row concerned; 0 when not about a row
        int column = 0; ///< 1-based column concerned; 0 when not about a column
        QString message;
    };

    /// Checks the mapping, the formats and the first `rows` data rows. The preview should be read with
    /// VanFilePreview::Options::fromProfile(profile), so it shows the file the way the importer will see it.
    static QList<Problem> check(const VanProfile &profile, const VanFilePreview &preview, int rows = 20);
    static bool hasErrors(const QList<Problem> &problems);

    /// 0-based column of the preview the profile maps the field to; -1 when unmapped or not in the file.
    static int columnOf(const VanProfile &profile, const VanFilePreview &preview, const QString &field);
    /// A canonical field's name for people ("Transaction ID" for transaction_id), translated.
    static QString fieldTitle(const QString &field);
    /// transaction_id and amount, the fields every record needs (plus a date: occurred_at or date).
    static QStringList requiredFields();
};
