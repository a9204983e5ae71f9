#include "velocityrule.h"

#include <algorithm>

namespace {
constexpr qint64 PruneEvery = 4096; // rows between sweeps of keys idle longer than the window
}

VelocityRule::VelocityRule(int count, int windowMinutes, Key key)
    : m_count { std::max(count, 2) }
    , m_windowMs { qint64(std::max(windowMinutes, 1)) * 60000 }
    , m_key { key }
{ }

QString VelocityRule::title() const
{
    return tr("Velocity");
}

std::optional<RuleHit> VelocityRule::evaluate(const PaymentEvent &event)
{
    if (event.kind != PaymentKind::Approval)
        return std::nullopt;
    const QString &key = m_key == Key::Card ? event.cardNumber : event.customerId;
    if (key.isEmpty())
        return std::nullopt;
    m_latestMs = std::max(m_latestMs, event.occurredAtMs);
    if (++m_sincePrune >= PruneEvery || m_recent.size() > m_maxKeys)
        prune();

    std::vector<qint64> &times = m_recent[key];
    // Keep the list sorted: a row committed late may carry an earlier time than the ones before it.
    times.insert(std::upper_bound(times.begin(), times.end(), event.occurredAtMs), event.occurredAtMs);
    if (qsizetype(times.size()) > m_count)
        times.erase(times.begin());
    const qint64 from = event.occurredAtMs - m_windowMs;
    // Approvals within one window that contains this one: [t - T, t] on the sorted times.
    const auto inWindow
        = std::count_if(times.begin(), times.end(), [&](qint64 t) { return t > from && t <= event.occurredAtMs; });
    if (inWindow < m_count)
        return std::nullopt;
    const QString reason = m_key == Key::Card
        ? tr("%n approvals on this card within %1 minutes.", nullptr, int(inWindow)).arg(m_windowMs / 60000)
        : tr("%n approvals by this customer within %1 minutes.", nullptr, int(inWindow)).arg(m_windowMs / 60000);
    return RuleHit { id(), AlertSeverity::Critical, reason };
}

void VelocityRule::prune()
{
    m_sincePrune = 0;
    const qint64 horizon = m_latestMs - m_windowMs;
    for (auto it = m_recent.begin(); it != m_recent.end();) {
        if (it->empty() || it->back() <= horizon)
            it = m_recent.erase(it);
        else
            ++it;
    }
    if (m_recent.size() <= m_maxKeys)
        return;
    // Still too many live keys (a flood of distinct cards): forget the longest-idle half rather than grow.
    std::vector<qint64> newest;
    newest.reserve(size_t(m_recent.size()));
    for (const auto &times : std::as_const(m_recent))
        newest.push_back(times.back());
    auto middle = newest.begin() + std::ptrdiff_t(newest.size() / 2);
    std::nth_element(newest.begin(), middle, newest.end());
    const qint64 cut = *middle;
    for (auto it = m_recent.begin(); it != m_recent.end();) {
        if (it->back() < cut)
            it = m_recent.erase(it);
        else
            ++it;
    }
    // All keys at the same instant: nothing older to drop, so drop arbitrarily down to the cap.
    while (m_recent.size() > m_maxKeys)
        m_recent.erase(m_recent.begin());
}
