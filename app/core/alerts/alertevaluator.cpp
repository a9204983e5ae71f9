#include "alertevaluator.h"

#include "alerts/alertsettings.h"
#include "alerts/highvaluerule.h"
#include "alerts/offhoursrule.h"
#include "alerts/outlierrule.h"
#include "alerts/quickcancelrule.h"
#include "alerts/velocityrule.h"

AlertEvaluator::AlertEvaluator(const AlertSettings &s)
{
    auto add = [this](std::unique_ptr<AlertRule> rule, bool enabled) {
        rule->setEnabled(enabled);
        addRule(std::move(rule));
    };
    add(std::make_unique<HighValueRule>(s.highValueThreshold), s.highValueEnabled);
    add(std::make_unique<VelocityRule>(s.velocityCount, s.velocityMinutes,
            s.velocityByCustomer ? VelocityRule::Key::Customer : VelocityRule::Key::Card),
        s.velocityEnabled);
    add(std::make_unique<QuickCancelRule>(s.quickCancelMinutes, s.quickCancelThreshold), s.quickCancelEnabled);
    add(std::make_unique<OffHoursRule>(s.offHoursThreshold, s.offHoursStartHour, s.offHoursEndHour), s.offHoursEnabled);
    add(std::make_unique<OutlierRule>(s.outlierFactor, s.outlierMinHistory), s.outlierEnabled);
}

void AlertEvaluator::addRule(std::unique_ptr<AlertRule> rule)
{
    m_rules.push_back(std::move(rule));
}

AlertRule *AlertEvaluator::rule(const QString &id) const
{
    for (const auto &r : m_rules) {
        if (r->id() == id)
            return r.get();
    }
    return nullptr;
}

std::optional<Alert> AlertEvaluator::evaluate(const PaymentEvent &event)
{
    Alert alert;
    for (const auto &r : m_rules) {
        if (!r->isEnabled())
            continue;
        if (std::optional<RuleHit> hit = r->evaluate(event))
            alert.hits.append(std::move(*hit));
    }
    if (alert.hits.isEmpty())
        return std::nullopt;
    alert.payment = event;
    return alert;
}

qsizetype AlertEvaluator::stateSize() const
{
    qsizetype n = 0;
    for (const auto &r : m_rules)
        n += r->stateSize();
    return n;
}
