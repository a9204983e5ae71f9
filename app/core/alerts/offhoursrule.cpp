#include "offhoursrule.h"

#include <QLocale>
#include <algorithm>

OffHoursRule::OffHoursRule(qint64 threshold, int startHour, int endHour)
    : m_threshold { threshold }
    , m_startHour { std::clamp(startHour, 0, 23) }
    , m_endHour { std::clamp(endHour, 0, 24) % 24 }
{ }

QString OffHoursRule::title() const
{
    return tr("Off-hours");
}

int OffHoursRule::kstHour(qint64 utcMs)
{
    constexpr qint64 KstOffsetMs = 9 * 3600 * 1000;
    constexpr qint64 MsPerDay = 24 * 3600 * 1000;
    qint64 ms = (utcMs + KstOffsetMs) % MsPerDay;
    if (ms < 0)
        ms += MsPerDay;
    return int(ms / (3600 * 1000));
}

std::optional<RuleHit> OffHoursRule::evaluate(const PaymentEvent &event)
{
    if (event.kind != PaymentKind::Approval || event.amount < m_threshold || m_startHour == m_endHour)
        return std::nullopt;
    const int hour = kstHour(event.occurredAtMs);
    const int minute = int((event.occurredAtMs % 3600000 + 3600000) % 3600000 / 60000); // KST is a whole-hour offset
    const bool night
        = m_startHour < m_endHour ? hour >= m_startHour && hour < m_endHour : hour >= m_startHour || hour < m_endHour;
    if (!night)
        return std::nullopt;
    return RuleHit { id(), AlertSeverity::Warning,
        tr("₩%1 at %2 KST, between %3:00 and %4:00.")
            .arg(QLocale(QLocale::English).toString(event.amount))
            .arg(QStringLiteral("%1:%2").arg(hour, 2, 10, QChar(u'0')).arg(minute, 2, 10, QChar(u'0')))
            .arg(m_startHour, 2, 10, QChar(u'0'))
            .arg(m_endHour, 2, 10, QChar(u'0')) };
}
