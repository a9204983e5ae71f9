// High value: a payment of at least the threshold (the seed's only rule, default ₩1,000,000).
#pragma once

#include "alerts/alertrule.h"

#include <QCoreApplication>

class HighValueRule final : public AlertRule
{
    Q_DECLARE_TR_FUNCTIONS(HighValueRule)

public:
    static constexpr qint64 DefaultThreshold = 1000000;

    explicit HighValueRule(qint64 threshold = DefaultThreshold);

    QString id() const override { return QStringLiteral("high_value"); }
    QString title() const override;
    std::optional<RuleHit> evaluate(const PaymentEvent &event) override;

    qint64 threshold() const { return m_threshold; }
    /// Cancellations too: a large refund is as much worth a look as a large payment.
    void setIncludeCancellations(bool include) { m_includeCancellations = include; }

private:
    qint64 m_threshold;
    bool m_includeCancellations = false;
};
