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
