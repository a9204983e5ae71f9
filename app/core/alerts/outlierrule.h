// Outlier: an approval of at least K times that customer's trailing median, once enough history exists.
#pragma once

#include "alerts/alertrule.h"

#include <QCoreApplication>
#include <QHash>
#include <array>

class OutlierRule final : public AlertRule
{
    Q_DECLARE_TR_FUNCTIONS(OutlierRule)

public:
    /// The trailing history per customer: the last HistorySize approvals.
    static constexpr int HistorySize = 20;

    OutlierRule(double factor = 5.0, int minHistory = 5);

    QString id() const override { return QStringLiteral("outlier"); }
    QString title() const override;
    std::optional<RuleHit> evaluate(const PaymentEvent &event) override;
    qsizetype stateSize() const override { return m_history.size(); }

    /// Hard cap on remembered customers; past it the longest-idle tenth is forgotten.
    void setMaxCustomers(qsizetype maxCustomers) { m_maxCustomers = maxCustomers; }

private:
    struct History
    {
        std::array<qint64, HistorySize> amounts {}; ///< a ring: fixed 160 bytes per customer
        quint8 count = 0;
        quint8 next = 0;
        qint64 lastSeenMs = 0;
    };
    void evict();

    double m_factor;
    int m_minHistory;
    qsizetype m_maxCustomers = 100000;
    QHash<QString, History> m_history;
};
