#include "quickcancelrule.h"

#include <QLocale>
#include <algorithm>

namespace {
constexpr qint64 PruneEvery = 1024;
// A cancellation row may be stamped a little before its approval by a skewed terminal clock.
constexpr qint64 ClockSkewMs = 60000;
} // namespace

QuickCancelRule::QuickCancelRule(int minutes, qint64 threshold)
    : m_windowMs { qint64(std::max(minutes, 1)) * 60000 }
    , m_threshold { threshold }
{ }

QString QuickCancelRule::title() const
{
    return tr("Quick cancel");
}

std::optional<RuleHit> QuickCancelRule::evaluate(const PaymentEvent &event)
{
    m_latestMs = std::max(m_latestMs, event.occurredAtMs);
    if (++m_sincePrune >= PruneEvery)
        prune();
    if (event.kind == PaymentKind::Approval) {
        if (event.amount >= m_threshold) {
            const Approval a { event.occurredAtMs, event.amount };
            m_byTransaction.insert(event.transactionId, a);
            if (!event.cardNumber.isEmpty())
                m_byCard.insert(event.cardNumber, a);
        }
        return std::nullopt;
    }
    auto within = [this, &event](const Approval &a) {
        const qint64 delta = event.occurredAtMs - a.atMs;
        return delta >= -ClockSkewMs && delta <= m_windowMs;
    };
    std::optional<Approval> match;
    if (const auto it = m_byTransaction.constFind(event.transactionId); it != m_byTransaction.cend() && within(*it))
        match = *it;
    else if (const auto c = m_byCard.constFind(event.cardNumber);
             !event.cardNumber.isEmpty() && c != m_byCard.cend() && within(*c))
        match = *c;
    if (!match)
        return std::nullopt;
    const qint64 minutes = std::max<qint64>(0, event.occurredAtMs - match->atMs) / 60000;
    return RuleHit { id(), AlertSeverity::Critical,
        tr("Cancelled %n minute(s) after a high-value approval of ₩%1.", nullptr, int(minutes))
            .arg(QLocale(QLocale::English).toString(match->amount)) };
}

void QuickCancelRule::prune()
{
    m_sincePrune = 0;
    const qint64 horizon = m_latestMs - m_windowMs - ClockSkewMs;
    for (QHash<QString, Approval> *map : { &m_byTransaction, &m_byCard }) {
        for (auto it = map->begin(); it != map->end();) {
            if (it->atMs < horizon)
                it = map->erase(it);
            else
                ++it;
        }
    }
}
