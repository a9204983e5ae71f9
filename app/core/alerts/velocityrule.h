// Velocity: N or more approvals on the same card (or customer) within T minutes of event time.
#pragma once

#include "alerts/alertrule.h"

#include <QCoreApplication>
#include <QHash>
#include <vector>

class VelocityRule final : public AlertRule
{
    Q_DECLARE_TR_FUNCTIONS(VelocityRule)

public:
    enum class Key { Card, Customer };

    VelocityRule(int count = 5, int windowMinutes = 10, Key key = Key::Card);

    QString id() const override { return QStringLiteral("velocity"); }
    QString title() const override;
    std::optional<RuleHit> evaluate(const PaymentEvent &event) override;
    qsizetype stateSize() const override { return m_recent.size(); }

    /// Hard cap on remembered keys; past it the longest-idle half is forgotten.
    void setMaxKeys(qsizetype maxKeys) { m_maxKeys = maxKeys; }

private:
    void prune();

    int m_count;
    qint64 m_windowMs;
    Key m_key;
    qsizetype m_maxKeys = 200000;
    qint64 m_latestMs = 0;
    qint64 m_sincePrune = 0;
    /// Per key at most m_count approval times (newest last): the rule needs no more to decide, so a busy
    /// card costs a few dozen bytes however many rows it has.
    QHash<QString, std::vector<qint64>> m_recent;
};
