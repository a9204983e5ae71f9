// Runs every enabled rule on each new ledger row and folds the hits into one alert naming them all.
#pragma once

#include "alerts/alertrule.h"

#include <memory>
#include <vector>

struct AlertSettings;

class AlertEvaluator
{
public:
    AlertEvaluator() = default;
    /// The five rules in their fixed order (high value, velocity, quick cancel, off-hours, outlier).
    explicit AlertEvaluator(const AlertSettings &settings);

    void addRule(std::unique_ptr<AlertRule> rule);
    const std::vector<std::unique_ptr<AlertRule>> &rules() const { return m_rules; }
    /// The rule with \a id, or null.
    AlertRule *rule(const QString &id) const;

    /// Every enabled rule sees every row (stateful rules must remember rows that fire nothing);
    /// nullopt when none fired.
    std::optional<Alert> evaluate(const PaymentEvent &event);
    /// Keys held by all rules together: bounded by the rules' own caps.
    qsizetype stateSize() const;

private:
    std::vector<std::unique_ptr<AlertRule>> m_rules;
};
