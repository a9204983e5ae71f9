#include "lineaccount.h"

QJsonObject LineAccount::toJson() const
{
    return QJsonObject { { QStringLiteral("lines"), total }, { QStringLiteral("title_and_header"), preamble },
        { QStringLiteral("footer"), footer }, { QStringLiteral("blank"), blank },
        { QStringLiteral("record_lines"), recordLines }, { QStringLiteral("rejected_lines"), rejectedLines },
        { QStringLiteral("records"), records }, { QStringLiteral("rejected_rows"), rejectedRows },
        { QStringLiteral("balanced"), balanced() } };
}

LineAccount LineAccount::fromJson(const QJsonObject &json)
{
    LineAccount a;
    a.total = json.value(QStringLiteral("lines")).toInteger();
    a.preamble = json.value(QStringLiteral("title_and_header")).toInteger();
    a.footer = json.value(QStringLiteral("footer")).toInteger();
    a.blank = json.value(QStringLiteral("blank")).toInteger();
    a.recordLines = json.value(QStringLiteral("record_lines")).toInteger();
    a.rejectedLines = json.value(QStringLiteral("rejected_lines")).toInteger();
    a.records = json.value(QStringLiteral("records")).toInteger();
    a.rejectedRows = json.value(QStringLiteral("rejected_rows")).toInteger();
    return a;
}
