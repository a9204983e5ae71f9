// The interface every alert rule implements: an on/off switch, and one call per new ledger row.
#pragma once

#include "alerts/alert.h"

#include <optional>

class AlertRule
{
public:
    virtual ~AlertRule() = default;

    /// Stable id, used in dedupe keys, settings groups and the JSON payload.
    virtual QString id() const = 0;
    /// Short translated title for the Discord embed and the GUI.
    virtual QString title() const = 0;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }

    /// Judges \a event against what the rule has seen so far, then remembers it. Rows arrive in ledger
    /// (id) order; rules compare event times, so a row that arrives late is judged by its own time.
    virtual std::optional<RuleHit> evaluate(const PaymentEvent &event) = 0;
    /// How many keys the rule keeps in memory (tests and the status line check it stays bounded).
    virtual qsizetype stateSize() const { return 0; }

private:
    bool m_enabled = true;
};
