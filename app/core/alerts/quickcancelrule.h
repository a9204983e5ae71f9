// Quick cancel: a cancellation within M minutes of a high-value approval of the same transaction or card,
// the pattern of testing a stolen card or laundering through refunds.
#pragma once

#include "alerts/alertrule.h"

#include <QCoreApplication>
#include <QHash>

class QuickCancelRule final : public AlertRule
{
    Q_DECLARE_TR_FUNCTIONS(QuickCancelRule)

public:
    explicit QuickCancelRule(int minutes = 10, qint64 threshold = 1000000);

    QString id() const override { return QStringLiteral("quick_cancel"); }
    QString title() const override;
    std::optional<RuleHit> evaluate(const PaymentEvent &event) override;
    qsizetype stateSize() const override { return m_byTransaction.size() + m_byCard.size(); }

private:
    struct Approval
    {
        qint64 atMs = 0;
        qint64 amount = 0;
    };
    void prune();

    qint64 m_windowMs;
    qint64 m_threshold;
    qint64 m_latestMs = 0;
    qint64 m_sincePrune = 0;
    /// Only high-value approvals of the last M minutes are kept: a small fraction of the rows.
    QHash<QString, Approval> m_byTransaction;
    QHash<QString, Approval> m_byCard;
};
