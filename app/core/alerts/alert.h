// An alert: the payment that fired and every rule that fired on it. Stored in the outbox as JSON.
#pragma once

#include "alerts/paymentevent.h"

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>
#include <optional>

enum class AlertSeverity : quint8 { Notice = 0, Warning = 1, Critical = 2 };

/// Where an outbox entry is on its way to Discord.
enum class AlertDeliveryState : quint8 {
    Pending = 0, ///< recorded, not yet acknowledged by Discord
    Delivered = 1, ///< Discord answered 2xx
    Failed = 2, ///< Discord refused the payload itself (400): retrying cannot help
};

struct RuleHit
{
    QString ruleId; ///< stable id: high_value, velocity, quick_cancel, off_hours, outlier
    AlertSeverity severity = AlertSeverity::Notice;
    QString reason; ///< one translated sentence naming the figures that fired the rule
};

struct Alert
{
    PaymentEvent payment;
    QList<RuleHit> hits; ///< in the evaluator's fixed rule order, never empty

    AlertSeverity severity() const;
    QStringList ruleIds() const;
    /// Rules + transaction id + kind: an alert the outbox already holds is never recorded twice.
    QString dedupeKey() const;
    QJsonObject toJson() const;
    static std::optional<Alert> fromJson(const QJsonObject &json);
};

namespace AlertSeverities {
QString toString(AlertSeverity severity);
AlertSeverity fromString(QStringView text);
} // namespace AlertSeverities

namespace AlertDeliveryStates {
QString toString(AlertDeliveryState state);
} // namespace AlertDeliveryStates

Q_DECLARE_METATYPE(Alert)
Q_DECLARE_METATYPE(AlertDeliveryState)
