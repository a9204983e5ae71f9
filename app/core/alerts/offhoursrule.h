// Off-hours: a payment of at least X between the configured night hours, Korea Standard Time.
#pragma once

#include "alerts/alertrule.h"

#include <QCoreApplication>

class OffHoursRule final : public AlertRule
{
    Q_DECLARE_TR_FUNCTIONS(OffHoursRule)

public:
    /// Night is [startHour, endHour) KST and may wrap midnight (22 → 6); start == end means never.
    OffHoursRule(qint64 threshold = 500000, int startHour = 0, int endHour = 6);

    QString id() const override { return QStringLiteral("off_hours"); }
    QString title() const override;
    std::optional<RuleHit> evaluate(const PaymentEvent &event) override;

    /// The KST hour (0..23) of a UTC instant. Korea has kept UTC+9 without daylight saving since 1988.
    static int kstHour(qint64 utcMs);

private:
    qint64 m_threshold;
    int m_startHour;
    int m_endHour;
};
