#include "outlierrule.h"

#include <QLocale>
#include <algorithm>
#include <vector>

OutlierRule::OutlierRule(double factor, int minHistory)
    : m_factor { std::max(factor, 1.0) }
    , m_minHistory { std::clamp(minHistory, 1, HistorySize) }
{ }

QString OutlierRule::title() const
{
    return tr("Outlier");
}

std::optional<RuleHit> OutlierRule::evaluate(const PaymentEvent &event)
{
    if (event.kind != PaymentKind::Approval || event.customerId.isEmpty())
        return std::nullopt;
    if (m_history.size() >= m_maxCustomers && !m_history.contains(event.customerId))
        evict();
    History &h = m_history[event.customerId];
    h.lastSeenMs = std::max(h.lastSeenMs, event.occurredAtMs);

    std::optional<RuleHit> hit;
    if (h.count >= m_minHistory) {
        std::array<qint64, HistorySize> sorted = h.amounts;
        const auto end = sorted.begin() + h.count;
        std::sort(sorted.begin(), end);
        // Median of an even count: the mean of the middle two, kept in integers (×2) to stay exact.
        const qint64 twiceMedian
            = h.count % 2 ? 2 * sorted[h.count / 2] : sorted[h.count / 2 - 1] + sorted[h.count / 2];
        // amount ≥ K × median, compared in double: amounts below 2^53 won are exact there.
        if (twiceMedian > 0 && double(event.amount) * 2.0 >= m_factor * double(twiceMedian)) {
            const QLocale c(QLocale::English);
            hit = RuleHit { id(), AlertSeverity::Warning,
                tr("₩%1 is %2 times this customer's median of ₩%3 over the last %n approvals.", nullptr, h.count)
                    .arg(c.toString(event.amount), c.toString(double(event.amount) * 2.0 / double(twiceMedian), 'f', 1),
                        c.toString(twiceMedian / 2)) };
        }
    }
    h.amounts[h.next] = event.amount;
    h.next = quint8((h.next + 1) % HistorySize);
    h.count = quint8(std::min<int>(h.count + 1, HistorySize));
    return hit;
}

void OutlierRule::evict()
{
    std::vector<qint64> seen;
    seen.reserve(size_t(m_history.size()));
    for (const History &h : std::as_const(m_history))
        seen.push_back(h.lastSeenMs);
    auto cutIt = seen.begin() + std::ptrdiff_t(seen.size() / 10);
    std::nth_element(seen.begin(), cutIt, seen.end());
    const qint64 cut = *cutIt;
    for (auto it = m_history.begin(); it != m_history.end();) {
        if (it->lastSeenMs <= cut)
            it = m_history.erase(it);
        else
            ++it;
    }
    while (m_history.size() >= m_maxCustomers)
        m_history.erase(m_history.begin());
}
