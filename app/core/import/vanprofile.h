// How to read one VAN (or ledger) CSV layout: encoding, delimiter, header, column mapping, formats.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

#include "domain/paymentkind.h"

struct VanProfile
{
    /// Where a canonical field comes from: a header name, or (header_row 0 / numeric mapping) a 1-based index.
    struct Column
    {
        QString header;
        int index = 0; ///< 1-based when > 0
    };

    /// The footer line that states how many records the file holds and what they add up to ("합계,15건,506500").
    struct ControlTotal
    {
        enum class Covers {
            All, ///< every record; the amount is approvals minus cancellations
            Approvals, ///< approvals only, their amount
            Cancellations ///< cancellations only, their amount (a negative figure is read as its magnitude)
        };
        QString label; ///< the line's first field, trimmed ("합계"); empty = the profile declares no total line
        Column count; ///< where the count is ("15건"): a 1-based column, or the header name it sits under
        Column amount; ///< where the amount is ("506,500원")
        Covers covers = Covers::All;
        bool grossAmount = false; ///< with Covers::All: approvals plus cancellations instead of net

        bool declared() const { return !label.isEmpty(); }
        static QString coversName(Covers c);
    };

    /// Default and bounds of max_line_bytes.
    static constexpr qsizetype kDefaultMaxLineBytes = 64 * 1024;
    static constexpr qsizetype kMinMaxLineBytes = 1024;
    static constexpr qsizetype kMaxMaxLineBytes = 64 * 1024 * 1024;

    QString name;
    QString encoding = QStringLiteral("auto"); ///< UTF-8, CP949, EUC-KR or auto
    QString delimiter = QStringLiteral("auto"); ///< "," ";" "\t" "|" or auto
    int headerRow = 1; ///< 1-based; 0 = no header
    int skipFooterLines = 0;
    QHash<QString, Column> columns; ///< canonical field name -> source column
    QString dateFormat; ///< with "date" + "time" columns
    QString timeFormat;
    QString datetimeFormat; ///< with an "occurred_at" column
    QString timeZone = QStringLiteral("Asia/Seoul");
    QHash<QString, PaymentKind> kindValues; ///< source spelling -> kind; canonical spellings always accepted
    bool negativeAmountIsCancel = false;
    /// Quoted fields may span lines (RFC 4180). Off, as in every VAN file seen: a quote left open at the end
    /// of its line rejects that line alone.
    bool multilineFields = false;
    qsizetype maxLineBytes = kDefaultMaxLineBytes; ///< a longer line (record) is rejected, never held whole
    ControlTotal controlTotal;

    /// Canonical field names a profile may map.
    static QStringList canonicalFields();

    /// Parses profile JSON; on failure returns nullopt and a message naming the problem.
    static std::optional<VanProfile> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;

    /// Built-in profiles shipped as resources (":/profiles/*.json"), by name.
    static QStringList builtInNames();
    /// A built-in profile name, a path to a profile JSON file, or the name of a profile saved in ProfileLibrary.
    static std::optional<VanProfile> load(const QString &nameOrPath, QString *error);
};
