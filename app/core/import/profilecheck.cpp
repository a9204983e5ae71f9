#include "profilecheck.h"

#include "datetimeformat.h"
#include "domain/cardmask.h"
#include "fieldparsers.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <optional>

namespace {

using Problem = ProfileCheck::Problem;
using Severity = ProfileCheck::Problem::Severity;

/// The same problem seen on several rows is reported once, at its first row, with how many more have it.
struct Finding
{
    QString field;
    qint64 line = 0;
    int column = 0;
    QString message;
    int count = 0;
    bool alwaysError = false;
};

QString columnLabel(int column, const VanFilePreview &preview)
{
    // "column 3 (승인금액)": the position a person counts to, and the header name they see.
    if (column >= 0 && column < preview.header.size() && !preview.header[column].isEmpty())
        return ProfileCheck::tr("column %1 (%2)").arg(column + 1).arg(preview.header[column]);
    return ProfileCheck::tr("column %1").arg(column + 1);
}

} // namespace

QStringList ProfileCheck::requiredFields()
{
    return { QStringLiteral("transaction_id"), QStringLiteral("amount") };
}

QString ProfileCheck::fieldTitle(const QString &field)
{
    static const QHash<QString, const char *> titles {
        { QStringLiteral("transaction_id"), QT_TR_NOOP("Transaction ID") },
        { QStringLiteral("kind"), QT_TR_NOOP("Kind (approval or cancellation)") },
        { QStringLiteral("amount"), QT_TR_NOOP("Amount") },
        { QStringLiteral("approval_no"), QT_TR_NOOP("Approval number") },
        { QStringLiteral("occurred_at"), QT_TR_NOOP("Date and time") },
        { QStringLiteral("date"), QT_TR_NOOP("Date") },
        { QStringLiteral("time"), QT_TR_NOOP("Time") },
        { QStringLiteral("card_number"), QT_TR_NOOP("Card number") },
        { QStringLiteral("card_company"), QT_TR_NOOP("Card company") },
        { QStringLiteral("merchant_id"), QT_TR_NOOP("Merchant ID") },
        { QStringLiteral("merchant_name"), QT_TR_NOOP("Merchant name") },
        { QStringLiteral("customer_id"), QT_TR_NOOP("Customer ID") },
        { QStringLiteral("category"), QT_TR_NOOP("Category") },
        { QStringLiteral("installment_months"), QT_TR_NOOP("Installment months") },
    };
    const char *title = titles.value(field);
    return title ? tr(title) : field;
}

bool ProfileCheck::hasErrors(const QList<Problem> &problems)
{
    return std::any_of(
        problems.cbegin(), problems.cend(), [](const Problem &p) { return p.severity == Severity::Error; });
}

int ProfileCheck::columnOf(const VanProfile &profile, const VanFilePreview &preview, const QString &field)
{
    const auto it = profile.columns.constFind(field);
    if (it == profile.columns.cend())
        return -1;
    if (it->index > 0)
        return it->index <= preview.expectedFields() || preview.header.isEmpty() ? it->index - 1 : -1;
    return preview.headerRow > 0 ? int(preview.header.indexOf(it->header)) : -1;
}

QList<Problem> ProfileCheck::check(const VanProfile &profile, const VanFilePreview &preview, int rowLimit)
{
    QList<Problem> problems;
    auto add = [&](Severity severity, const QString &field, qint64 line, int column, const QString &message) {
        problems.append({ severity, field, line, column, message });
    };
    if (!preview.ok()) {
        add(Severity::Error, QString(), 0, 0, preview.error);
        return problems;
    }
    if (!QTimeZone(profile.timeZone.toUtf8()).isValid())
        add(Severity::Error, QString(), 0, 0,
            tr("The time zone \"%1\" is unknown; use an IANA name such as Asia/Seoul.").arg(profile.timeZone));

    // Which fields are mapped: the importer needs an id, an amount and a date.
    const auto mapped = [&](const char *field) { return profile.columns.contains(QLatin1String(field)); };
    for (const QString &field : requiredFields()) {
        if (!profile.columns.contains(field))
            add(Severity::Error, field, 0, 0,
                tr("Map a column to \"%1\": every record needs one.").arg(fieldTitle(field)));
    }
    const bool single = mapped("occurred_at");
    const bool split = mapped("date");
    if (!single && !split) {
        add(Severity::Error, QStringLiteral("date"), 0, 0,
            tr("Map a column to \"%1\", or to \"%2\" (and \"%3\" when the time is in a column of its own).")
                .arg(fieldTitle(QStringLiteral("occurred_at")), fieldTitle(QStringLiteral("date")),
                    fieldTitle(QStringLiteral("time"))));
    } else if (single && split) {
        add(Severity::Error, QStringLiteral("date"), 0, 0,
            tr("Map either \"%1\" or \"%2\", not both: a record has one date.")
                .arg(fieldTitle(QStringLiteral("occurred_at")), fieldTitle(QStringLiteral("date"))));
    }
    if (mapped("time") && !split)
        add(Severity::Warning, QStringLiteral("time"), 0, 0,
            tr("\"%1\" is read only together with \"%2\"; it is ignored as mapped now.")
                .arg(fieldTitle(QStringLiteral("time")), fieldTitle(QStringLiteral("date"))));

    // Is every mapped column in the file?
    const int width = preview.expectedFields();
    QHash<QString, int> columns; // field -> 0-based column
    const QStringList canonical = VanProfile::canonicalFields();
    for (const QString &field : canonical) {
        const auto it = profile.columns.constFind(field);
        if (it == profile.columns.cend())
            continue;
        if (it->index > 0) {
            if (it->index > width) {
                add(Severity::Error, field, 0, it->index,
                    tr("\"%1\" is mapped to column %2, but the file has only %3 columns.")
                        .arg(fieldTitle(field))
                        .arg(it->index)
                        .arg(width));
                continue;
            }
            columns.insert(field, it->index - 1);
        } else if (preview.headerRow == 0) {
            add(Severity::Error, field, 0, 0,
                tr("\"%1\" is mapped to the header name \"%2\", but the file has no header line: map it by column "
                   "number.")
                    .arg(fieldTitle(field), it->header));
        } else {
            const int c = int(preview.header.indexOf(it->header));
            if (c < 0) {
                add(Severity::Error, field, preview.headerRow, 0,
                    tr("The header on line %1 has no column \"%2\" (mapped to \"%3\"). The header has: %4.")
                        .arg(preview.headerRow)
                        .arg(it->header, fieldTitle(field), preview.header.join(QStringLiteral(", "))));
                continue;
            }
            columns.insert(field, c);
        }
    }
    // One column read as two fields is almost always a slip in the mapping.
    std::map<int, QStringList> byColumn;
    for (const QString &field : canonical) {
        if (columns.contains(field))
            byColumn[columns.value(field)] << field;
    }
    for (const auto &[column, fields] : byColumn) {
        if (fields.size() < 2)
            continue;
        QStringList titles;
        for (const QString &f : fields)
            titles << QStringLiteral("\"%1\"").arg(fieldTitle(f));
        add(Severity::Warning, fields.constLast(), 0, column + 1,
            tr("%1 all read %2.").arg(titles.join(QStringLiteral(", ")), columnLabel(column, preview)));
    }

    for (const auto &u : preview.undecodable) {
        add(Severity::Error, QString(), u.line, u.column,
            tr("Line %1, column %2 has bytes that are not valid %3: %4. Choose the file's encoding.")
                .arg(u.line)
                .arg(u.column)
                .arg(TextDecoder::name(preview.encoding), CardMask::mask(u.value)));
        break; // one is enough to say the encoding is wrong
    }

    for (const char *fmt : { "date", "time", "occurred_at" }) {
        const QString field = QLatin1String(fmt);
        const QString &pattern = field == u"date" ? profile.dateFormat
            : field == u"time"                    ? profile.timeFormat
                                                  : profile.datetimeFormat;
        if (columns.contains(field) && (field != u"time" || split) && pattern.trimmed().isEmpty())
            add(Severity::Error, field, 0, 0,
                tr("Enter the format of \"%1\" (for example %2).")
                    .arg(fieldTitle(field),
                        field == u"date"       ? QStringLiteral("yyyyMMdd")
                            : field == u"time" ? QStringLiteral("HHmmss")
                                               : QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }

    // The first data rows, read as the importer would (footer lines excluded when the preview holds them).
    qsizetype rowCount = preview.rows.size();
    if (preview.rowsReachEnd)
        rowCount = qMax<qsizetype>(0, rowCount - profile.skipFooterLines);
    rowCount = qMin<qsizetype>(rowCount, rowLimit);
    if (rowCount == 0) {
        add(Severity::Warning, QString(), 0, 0, tr("The preview shows no data rows below the header."));
        return problems;
    }

    const DateTimeFormat datetime(profile.datetimeFormat);
    const DateTimeFormat date(profile.dateFormat);
    const DateTimeFormat time(profile.timeFormat);
    QList<QPair<QString, PaymentKind>> kinds;
    for (auto it = profile.kindValues.cbegin(); it != profile.kindValues.cend(); ++it)
        kinds.append({ it.key(), it.value() });
    kinds.append({ QStringLiteral("approval"), PaymentKind::Approval });
    kinds.append({ QStringLiteral("cancel"), PaymentKind::Cancel });

    std::map<QString, Finding> findings; // key -> the first row that showed it
    QStringList order;
    auto find = [&](const QString &key, const QString &field, qint64 line, int column, bool alwaysError,
                    const QString &message) {
        auto it = findings.find(key);
        if (it == findings.end()) {
            findings.emplace(key, Finding { field, line, column + 1, message, 1, alwaysError });
            order << key;
        } else {
            ++it->second.count;
        }
    };
    auto where = [&](qint64 line, int column) { return tr("Line %1, %2").arg(line).arg(columnLabel(column, preview)); };

    int checked = 0;
    for (qsizetype r = 0; r < rowCount; ++r) {
        const VanFilePreview::Row &row = preview.rows[r];
        if (width > 0 && row.fields.size() != width) {
            find(QStringLiteral("width"), QString(), row.line, -1, false,
                tr("Line %1 has %2 fields, but the header has %3.").arg(row.line).arg(row.fields.size()).arg(width));
            continue;
        }
        ++checked;
        auto value = [&](const QString &field) {
            const int c = columns.value(field, -1);
            return c >= 0 && c < row.fields.size() ? row.fields[c] : QString();
        };
        auto col = [&](const QString &field) { return columns.value(field, -1); };

        if (columns.contains(QStringLiteral("transaction_id")) && value(QStringLiteral("transaction_id")).isEmpty()) {
            const int c = col(QStringLiteral("transaction_id"));
            find(QStringLiteral("tid"), QStringLiteral("transaction_id"), row.line, c, false,
                tr("%1: the transaction ID is empty.").arg(where(row.line, c)));
        }

        std::optional<PaymentKind> kind;
        if (columns.contains(QStringLiteral("kind"))) {
            const QString v = value(QStringLiteral("kind"));
            for (const auto &k : kinds) {
                if (k.first.compare(v, Qt::CaseInsensitive) == 0) {
                    kind = k.second;
                    break;
                }
            }
            if (!kind) {
                const int c = col(QStringLiteral("kind"));
                find(QStringLiteral("kind:") + v, QStringLiteral("kind"), row.line, c, true,
                    tr("%1: the kind \"%2\" is not among the kind spellings; add it as an approval or a "
                       "cancellation.")
                        .arg(where(row.line, c), v));
            }
        }

        if (columns.contains(QStringLiteral("amount"))) {
            const QString v = value(QStringLiteral("amount"));
            const int c = col(QStringLiteral("amount"));
            const auto amount = FieldParsers::parseAmount(v.toUtf8());
            if (!amount) {
                find(QStringLiteral("amount"), QStringLiteral("amount"), row.line, c, false,
                    tr("%1: \"%2\" is not a won amount (a whole number, optionally with a sign, thousands "
                       "separators and 원).")
                        .arg(where(row.line, c), CardMask::mask(v)));
            } else if (*amount < 0 && profile.negativeAmountIsCancel && kind == PaymentKind::Approval) {
                find(QStringLiteral("negapproval"), QStringLiteral("amount"), row.line, c, false,
                    tr("%1: the amount %2 is negative on a row marked as an approval.").arg(where(row.line, c), v));
            } else if (*amount < 0 && !profile.negativeAmountIsCancel && kind != PaymentKind::Cancel) {
                // Without a kind column this is the profile's fault, not the row's: no row could ever be read.
                find(QStringLiteral("negative"), QStringLiteral("amount"), row.line, c,
                    !columns.contains(QStringLiteral("kind")),
                    tr("%1: the amount %2 is negative. Turn on \"a negative amount is a cancellation\" or map the "
                       "kind column.")
                        .arg(where(row.line, c), v));
            }
        }

        auto checkTime = [&](const char *fieldName, const DateTimeFormat &format, const QString &what) {
            const QString field = QLatin1String(fieldName);
            if (!columns.contains(field) || format.pattern().trimmed().isEmpty())
                return;
            LocalDateTime local;
            const QString v = value(field);
            if (!format.parse(v.toUtf8(), local)) {
                const int c = col(field);
                find(field, field, row.line, c, false,
                    what.arg(where(row.line, c), CardMask::mask(v), format.pattern()));
            }
        };
        if (single) {
            checkTime("occurred_at", datetime, tr("%1: \"%2\" does not match the date and time format %3."));
        } else if (split) {
            checkTime("date", date, tr("%1: \"%2\" does not match the date format %3."));
            checkTime("time", time, tr("%1: \"%2\" does not match the time format %3."));
        }

        if (columns.contains(QStringLiteral("installment_months"))) {
            const QString v = value(QStringLiteral("installment_months"));
            if (!FieldParsers::parseInstallment(v.toUtf8())) {
                const int c = col(QStringLiteral("installment_months"));
                find(QStringLiteral("installment"), QStringLiteral("installment_months"), row.line, c, false,
                    tr("%1: \"%2\" is not a number of installment months (0 to 99, or 일시불).")
                        .arg(where(row.line, c), v));
            }
        }
    }

    for (const QString &key : order) {
        const Finding &f = findings.at(key);
        // A value wrong on most rows means the mapping or the format is wrong; on a few, the rows are.
        bool error = f.alwaysError;
        if (!error && key == u"width")
            error = f.count * 2 > rowCount;
        else if (!error)
            error = checked <= 2 || f.count * 2 > checked;
        QString message = f.message;
        if (f.count > 1)
            message += u' ' + tr("%n more row(s) of the preview have the same problem.", nullptr, f.count - 1);
        if (!error)
            message += u' ' + tr("The import will reject such rows and list them.");
        add(error ? Severity::Error : Severity::Warning, f.field, f.line, f.column > 0 ? f.column : 0, message);
    }
    return problems;
}
