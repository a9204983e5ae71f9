#include "highvaluerule.h"

#include <QLocale>

HighValueRule::HighValueRule(qint64 threshold)
    : m_threshold { threshold }
{ }

QString HighValueRule::title() const
{
    return tr("High value");
}

std::optional<RuleHit> HighValueRule::evaluate(const PaymentEvent &event)
{
    if (event.kind == PaymentKind::Cancel && !m_includeCancellations)
        return std::nullopt;
    if (event.amount < m_threshold)
        return std::nullopt;
    const QLocale c(QLocale::English);
    return RuleHit {
        id(), AlertSeverity::Warning,
        tr("₩%1 is at or above the high-value threshold of ₩%2.").arg(c.toString(event.amount), c.toString(m_threshold))
    };
}
