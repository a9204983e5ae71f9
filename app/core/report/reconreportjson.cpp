#include "reconreportjson.h"

#include <QJsonArray>

namespace {
QJsonObject rejectedJson(const RejectedRow &r)
{
    return QJsonObject { { QStringLiteral("file"), r.file }, { QStringLiteral("line"), r.line },
        { QStringLiteral("column_index"), r.columnIndex }, { QStringLiteral("column"), r.column },
        { QStringLiteral("value"), r.value }, { QStringLiteral("reason"), r.reason },
        { QStringLiteral("lines"), r.lines } };
}

RejectedRow rejectedFromJson(const QJsonObject &o)
{
    RejectedRow r;
    r.file = o.value(QStringLiteral("file")).toString();
    r.line = o.value(QStringLiteral("line")).toInteger();
    r.columnIndex = o.value(QStringLiteral("column_index")).toInt();
    r.column = o.value(QStringLiteral("column")).toString();
    r.value = o.value(QStringLiteral("value")).toString();
    r.reason = o.value(QStringLiteral("reason")).toString();
    r.lines = o.value(QStringLiteral("lines")).toInt(1);
    return r;
}
} // namespace

QJsonObject ReconReportJson::toJson(const ReconReport &report, int rejectedLimit)
{
    QJsonArray inputs;
    for (const ReconReport::Input &in : report.inputs) {
        inputs.append(QJsonObject { { QStringLiteral("role"), in.role }, { QStringLiteral("name"), in.name },
            { QStringLiteral("sha256"), in.sha256 }, { QStringLiteral("profile"), in.profile },
            { QStringLiteral("rows_read"), in.rowsRead }, { QStringLiteral("rows_rejected"), in.rowsRejected } });
    }
    QJsonArray hourly;
    for (const ReconReport::HourVolume &h : report.hourly) {
        hourly.append(QJsonArray { h.ledgerCount, h.ledgerWon, h.vanCount, h.vanWon });
    }
    QJsonArray rejected;
    for (size_t i = 0; i < report.rejected.size() && int(i) < rejectedLimit; ++i)
        rejected.append(rejectedJson(report.rejected[i]));
    return QJsonObject { { QStringLiteral("merchant_names"), QJsonArray::fromStringList(report.merchantNames) },
        { QStringLiteral("merchant_count"), report.merchantCount },
        { QStringLiteral("from"), report.from.toString(Qt::ISODate) },
        { QStringLiteral("to"), report.to.toString(Qt::ISODate) },
        { QStringLiteral("generated_at_ms"), report.generatedAtMs },
        { QStringLiteral("operator"), report.operatorName }, { QStringLiteral("inputs"), inputs },
        { QStringLiteral("version"), report.version }, { QStringLiteral("summary"), report.summary.toJson() },
        { QStringLiteral("hourly"), hourly }, { QStringLiteral("rejected"), rejected },
        { QStringLiteral("rejected_count"), qMax<qint64>(report.rejectedCount, qint64(report.rejected.size())) } };
}

ReconReport ReconReportJson::fromJson(const QJsonObject &json)
{
    ReconReport r;
    for (const QJsonValue &v : json.value(QStringLiteral("merchant_names")).toArray())
        r.merchantNames << v.toString();
    r.merchantCount = json.value(QStringLiteral("merchant_count")).toInteger();
    r.from = QDate::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODate);
    r.to = QDate::fromString(json.value(QStringLiteral("to")).toString(), Qt::ISODate);
    r.generatedAtMs = json.value(QStringLiteral("generated_at_ms")).toInteger();
    r.operatorName = json.value(QStringLiteral("operator")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("inputs")).toArray()) {
        const QJsonObject o = v.toObject();
        ReconReport::Input in;
        in.role = o.value(QStringLiteral("role")).toString();
        in.name = o.value(QStringLiteral("name")).toString();
        in.sha256 = o.value(QStringLiteral("sha256")).toString();
        in.profile = o.value(QStringLiteral("profile")).toString();
        in.rowsRead = o.value(QStringLiteral("rows_read")).toInteger();
        in.rowsRejected = o.value(QStringLiteral("rows_rejected")).toInteger();
        r.inputs.push_back(in);
    }
    r.version = json.value(QStringLiteral("version")).toString();
    r.summary = ReconSummary::fromJson(json.value(QStringLiteral("summary")).toObject());
    const QJsonArray hourly = json.value(QStringLiteral("hourly")).toArray();
    for (int h = 0; h < 24 && h < hourly.size(); ++h) {
        const QJsonArray a = hourly.at(h).toArray();
        r.hourly[size_t(h)] = { a.at(0).toInteger(), a.at(1).toInteger(), a.at(2).toInteger(), a.at(3).toInteger() };
    }
    for (const QJsonValue &v : json.value(QStringLiteral("rejected")).toArray())
        r.rejected.push_back(rejectedFromJson(v.toObject()));
    r.rejectedCount = json.value(QStringLiteral("rejected_count")).toInteger();
    return r;
}
