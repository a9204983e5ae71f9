#include "alert.h"

#include "alerts/alertlog.h"

#include <QJsonArray>
#include <algorithm>

Q_LOGGING_CATEGORY(lcAlerts, "payrecon.alerts", QtInfoMsg)

AlertSeverity Alert::severity() const
{
    AlertSeverity worst = AlertSeverity::Notice;
    for (const RuleHit &hit : hits)
        worst = std::max(worst, hit.severity);
    return worst;
}

QStringList Alert::ruleIds() const
{
    QStringList ids;
    ids.reserve(hits.size());
    for (const RuleHit &hit : hits)
        ids << hit.ruleId;
    return ids;
}

QString Alert::dedupeKey() const
{
    return ruleIds().join(u'+') + u'|' + payment.transactionId + u'|' + PaymentKinds::toString(payment.kind);
}

QJsonObject Alert::toJson() const
{
    QJsonArray hitArray;
    for (const RuleHit &hit : hits) {
        hitArray.append(QJsonObject { { QStringLiteral("rule"), hit.ruleId },
            { QStringLiteral("severity"), AlertSeverities::toString(hit.severity) },
            { QStringLiteral("reason"), hit.reason } });
    }
    const PaymentEvent &p = payment;
    // Amounts and times as strings: JSON numbers are doubles, and won must survive exactly.
    return QJsonObject {
        { QStringLiteral("row_id"), QString::number(p.rowId) },
        { QStringLiteral("transaction_id"), p.transactionId },
        { QStringLiteral("kind"), PaymentKinds::toString(p.kind) },
        { QStringLiteral("amount"), QString::number(p.amount) },
        { QStringLiteral("occurred_at_ms"), QString::number(p.occurredAtMs) },
        { QStringLiteral("card_number"), p.cardNumber },
        { QStringLiteral("card_company"), p.cardCompany },
        { QStringLiteral("merchant_id"), p.merchantId },
        { QStringLiteral("merchant_name"), p.merchantName },
        { QStringLiteral("customer_id"), p.customerId },
        { QStringLiteral("hits"), hitArray },
    };
}

std::optional<Alert> Alert::fromJson(const QJsonObject &json)
{
    Alert a;
    bool ok = false;
    a.payment.rowId = json.value(QStringLiteral("row_id")).toString().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    a.payment.amount = json.value(QStringLiteral("amount")).toString().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    a.payment.occurredAtMs = json.value(QStringLiteral("occurred_at_ms")).toString().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    a.payment.kind
        = PaymentKinds::fromString(json.value(QStringLiteral("kind")).toString()).value_or(PaymentKind::Approval);
    a.payment.transactionId = json.value(QStringLiteral("transaction_id")).toString();
    a.payment.cardNumber = json.value(QStringLiteral("card_number")).toString();
    a.payment.cardCompany = json.value(QStringLiteral("card_company")).toString();
    a.payment.merchantId = json.value(QStringLiteral("merchant_id")).toString();
    a.payment.merchantName = json.value(QStringLiteral("merchant_name")).toString();
    a.payment.customerId = json.value(QStringLiteral("customer_id")).toString();
    const QJsonArray hitArray = json.value(QStringLiteral("hits")).toArray();
    for (const QJsonValue &v : hitArray) {
        const QJsonObject o = v.toObject();
        a.hits.append({ o.value(QStringLiteral("rule")).toString(),
            AlertSeverities::fromString(o.value(QStringLiteral("severity")).toString()),
            o.value(QStringLiteral("reason")).toString() });
    }
    if (a.hits.isEmpty())
        return std::nullopt;
    return a;
}

QString AlertSeverities::toString(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Notice:
        return QStringLiteral("notice");
    case AlertSeverity::Warning:
        return QStringLiteral("warning");
    case AlertSeverity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("notice");
}

AlertSeverity AlertSeverities::fromString(QStringView text)
{
    if (text == u"critical")
        return AlertSeverity::Critical;
    if (text == u"warning")
        return AlertSeverity::Warning;
    return AlertSeverity::Notice;
}

QString AlertDeliveryStates::toString(AlertDeliveryState state)
{
    switch (state) {
    case AlertDeliveryState::Pending:
        return QStringLiteral("pending");
    case AlertDeliveryState::Delivered:
        return QStringLiteral("delivered");
    case AlertDeliveryState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}
