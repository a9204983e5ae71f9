#include "vanprofile.h"

#include "profilelibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QStringList VanProfile::canonicalFields()
{
    return { QStringLiteral("transaction_id"), QStringLiteral("kind"), QStringLiteral("amount"),
        QStringLiteral("approval_no"), QStringLiteral("occurred_at"), QStringLiteral("date"), QStringLiteral("time"),
        QStringLiteral("card_number"), QStringLiteral("card_company"), QStringLiteral("merchant_id"),
        QStringLiteral("merchant_name"), QStringLiteral("customer_id"), QStringLiteral("category"),
        QStringLiteral("installment_months") };
}

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool validEncoding(const QString &e)
{
    const QString u = e.toUpper();
    return u == u"UTF-8" || u == u"UTF8" || u == u"CP949" || u == u"EUC-KR" || u == u"AUTO";
}

bool validDelimiter(const QString &d)
{
    return d == u"," || d == u";" || d == u"\t" || d == u"|" || d.compare(u"auto", Qt::CaseInsensitive) == 0;
}
} // namespace

std::optional<VanProfile> VanProfile::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        fail(error, QStringLiteral("invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, QStringLiteral("a profile must be a JSON object"));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    VanProfile p;
    p.name = o.value(u"name").toString();
    if (p.name.isEmpty()) {
        fail(error, QStringLiteral("the profile has no \"name\""));
        return std::nullopt;
    }
    p.encoding = o.value(u"encoding").toString(p.encoding);
    if (!validEncoding(p.encoding)) {
        fail(error,
            QStringLiteral("unsupported \"encoding\" \"%1\" (use UTF-8, CP949, EUC-KR or auto)").arg(p.encoding));
        return std::nullopt;
    }
    p.delimiter = o.value(u"delimiter").toString(p.delimiter);
    if (!validDelimiter(p.delimiter)) {
        fail(error, QStringLiteral("unsupported \"delimiter\" \"%1\" (use , ; | tab or auto)").arg(p.delimiter));
        return std::nullopt;
    }
    p.headerRow = o.value(u"header_row").toInt(p.headerRow);
    p.skipFooterLines = o.value(u"skip_footer_lines").toInt(0);
    if (p.headerRow < 0 || p.skipFooterLines < 0) {
        fail(error, QStringLiteral("\"header_row\" and \"skip_footer_lines\" must not be negative"));
        return std::nullopt;
    }
    const QStringList known = canonicalFields();
    const QJsonObject cols = o.value(u"columns").toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it) {
        if (!known.contains(it.key())) {
            fail(error, QStringLiteral("unknown canonical field \"%1\" in \"columns\"").arg(it.key()));
            return std::nullopt;
        }
        Column c;
        if (it.value().isDouble())
            c.index = it.value().toInt();
        else
            c.header = it.value().toString().trimmed();
        if (c.index <= 0 && c.header.isEmpty()) {
            fail(error, QStringLiteral("column for \"%1\" must be a header name or a 1-based index").arg(it.key()));
            return std::nullopt;
        }
        if (p.headerRow == 0 && c.index <= 0) {
            fail(error, QStringLiteral("with \"header_row\": 0, column \"%1\" must be a 1-based index").arg(it.key()));
            return std::nullopt;
        }
        p.columns.insert(it.key(), c);
    }
    for (const char *required : { "transaction_id", "amount" }) {
        if (!p.columns.contains(QLatin1String(required))) {
            fail(error, QStringLiteral("\"columns\" must map \"%1\"").arg(QLatin1String(required)));
            return std::nullopt;
        }
    }
    const bool single = p.columns.contains(QStringLiteral("occurred_at"));
    const bool split = p.columns.contains(QStringLiteral("date"));
    if (single == split) {
        fail(error, QStringLiteral("\"columns\" must map either \"occurred_at\" or \"date\" (with optional \"time\")"));
        return std::nullopt;
    }
    p.dateFormat = o.value(u"date_format").toString(QStringLiteral("yyyy-MM-dd"));
    p.timeFormat = o.value(u"time_format").toString(QStringLiteral("HH:mm:ss"));
    p.datetimeFormat = o.value(u"datetime_format").toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    p.timeZone = o.value(u"time_zone").toString(p.timeZone);
    const QJsonObject kinds = o.value(u"kind_values").toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        const auto kind = PaymentKinds::fromString(it.value().toString());
        if (!kind) {
            fail(error,
                QStringLiteral("\"kind_values\" maps \"%1\" to \"%2\"; use approval or cancel")
                    .arg(it.key(), it.value().toString()));
            return std::nullopt;
        }
        p.kindValues.insert(it.key().trimmed(), *kind);
    }
    p.negativeAmountIsCancel = o.value(u"negative_amount_is_cancel").toBool(false);
    p.multilineFields = o.value(u"multiline_fields").toBool(false);
    const QJsonValue maxLine = o.value(u"max_line_bytes");
    if (!maxLine.isUndefined()) {
        const qint64 bytes = maxLine.toInteger(-1);
        if (!maxLine.isDouble() || bytes < kMinMaxLineBytes || bytes > kMaxMaxLineBytes) {
            fail(error,
                QStringLiteral("\"max_line_bytes\" must be a number of bytes from %1 to %2")
                    .arg(kMinMaxLineBytes)
                    .arg(kMaxMaxLineBytes));
            return std::nullopt;
        }
        p.maxLineBytes = qsizetype(bytes);
    }
    const QJsonValue total = o.value(u"control_total");
    if (!total.isUndefined() && !total.isNull()) {
        const QJsonObject t = total.toObject();
        ControlTotal &c = p.controlTotal;
        c.label = t.value(u"label").toString().trimmed();
        const auto column = [&](const QJsonValue &v, Column *out) {
            if (v.isDouble())
                out->index = v.toInt();
            else
                out->header = v.toString().trimmed();
            // A header name needs a header to find it under.
            return out->index >= 1 || (!out->header.isEmpty() && p.headerRow > 0);
        };
        const bool columnsOk
            = column(t.value(u"count_column"), &c.count) && column(t.value(u"amount_column"), &c.amount);
        const QString covers = t.value(u"covers").toString(QStringLiteral("all"));
        const QString basis = t.value(u"amount_basis").toString(QStringLiteral("net"));
        if (!total.isObject() || c.label.isEmpty() || !columnsOk) {
            fail(error,
                QStringLiteral("\"control_total\" needs a \"label\" (the total line's first field), a \"count_column\" "
                               "and an \"amount_column\" (1-based numbers, or header names when there is a header)"));
            return std::nullopt;
        }
        if (basis != u"net" && basis != u"gross") {
            fail(error, QStringLiteral("\"control_total\" \"amount_basis\" is \"%1\"; use net or gross").arg(basis));
            return std::nullopt;
        }
        c.grossAmount = basis == u"gross";
        if (covers == u"all")
            c.covers = ControlTotal::Covers::All;
        else if (covers == u"approvals")
            c.covers = ControlTotal::Covers::Approvals;
        else if (covers == u"cancellations")
            c.covers = ControlTotal::Covers::Cancellations;
        else {
            fail(error,
                QStringLiteral("\"control_total\" \"covers\" is \"%1\"; use all, approvals or cancellations")
                    .arg(covers));
            return std::nullopt;
        }
        if (p.skipFooterLines < 1) {
            fail(error,
                QStringLiteral("\"control_total\" is read from the footer: \"skip_footer_lines\" must be at least 1"));
            return std::nullopt;
        }
    }
    return p;
}

QByteArray VanProfile::toJson() const
{
    QJsonObject cols;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        cols.insert(it.key(), it->index > 0 ? QJsonValue(it->index) : QJsonValue(it->header));
    QJsonObject kinds;
    for (auto it = kindValues.begin(); it != kindValues.end(); ++it)
        kinds.insert(it.key(), PaymentKinds::toString(it.value()));
    QJsonObject o { { QStringLiteral("name"), name }, { QStringLiteral("encoding"), encoding },
        { QStringLiteral("delimiter"), delimiter }, { QStringLiteral("header_row"), headerRow },
        { QStringLiteral("skip_footer_lines"), skipFooterLines }, { QStringLiteral("columns"), cols },
        { QStringLiteral("time_zone"), timeZone }, { QStringLiteral("kind_values"), kinds },
        { QStringLiteral("negative_amount_is_cancel"), negativeAmountIsCancel },
        { QStringLiteral("multiline_fields"), multilineFields },
        { QStringLiteral("max_line_bytes"), qint64(maxLineBytes) } };
    if (controlTotal.declared()) {
        o.insert(QStringLiteral("control_total"),
            QJsonObject { { QStringLiteral("label"), controlTotal.label },
                { QStringLiteral("count_column"),
                    controlTotal.count.index > 0 ? QJsonValue(controlTotal.count.index)
                                                 : QJsonValue(controlTotal.count.header) },
                { QStringLiteral("amount_column"),
                    controlTotal.amount.index > 0 ? QJsonValue(controlTotal.amount.index)
                                                  : QJsonValue(controlTotal.amount.header) },
                { QStringLiteral("covers"), ControlTotal::coversName(controlTotal.covers) },
                { QStringLiteral("amount_basis"),
                    controlTotal.grossAmount ? QStringLiteral("gross") : QStringLiteral("net") } });
    }
    if (columns.contains(QStringLiteral("occurred_at"))) {
        o.insert(QStringLiteral("datetime_format"), datetimeFormat);
    } else {
        o.insert(QStringLiteral("date_format"), dateFormat);
        o.insert(QStringLiteral("time_format"), timeFormat);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString VanProfile::ControlTotal::coversName(Covers c)
{
    switch (c) {
    case Covers::Approvals:
        return QStringLiteral("approvals");
    case Covers::Cancellations:
        return QStringLiteral("cancellations");
    case Covers::All:
        break;
    }
    return QStringLiteral("all");
}

QStringList VanProfile::builtInNames()
{
    QStringList names;
    const QStringList files
        = QDir(QStringLiteral(":/profiles")).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &f : files)
        names << QFileInfo(f).completeBaseName();
    return names;
}

std::optional<VanProfile> VanProfile::load(const QString &nameOrPath, QString *error)
{
    QString path = nameOrPath;
    if (!QFileInfo::exists(path)) {
        if (builtInNames().contains(nameOrPath)) {
            path = QStringLiteral(":/profiles/%1.json").arg(nameOrPath);
        } else if (ProfileLibrary::isValidName(nameOrPath, nullptr)
            && QFileInfo::exists(ProfileLibrary::pathFor(nameOrPath))) {
            // A profile the user saved from the import dialog, by its name.
            path = ProfileLibrary::pathFor(nameOrPath);
        } else {
            fail(error,
                QStringLiteral("no profile \"%1\": not a file, a built-in or a saved profile (%2)")
                    .arg(nameOrPath, (builtInNames() + ProfileLibrary::savedNames()).join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("%1: cannot read profile: %2").arg(nameOrPath, f.errorString()));
        return std::nullopt;
    }
    QString inner;
    auto p = fromJson(f.readAll(), &inner);
    if (!p)
        fail(error, QStringLiteral("%1: %2").arg(nameOrPath, inner));
    return p;
}
