#include "suggestionengine.h"

#include "domain/bytehash.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace {

Q_LOGGING_CATEGORY(lcSuggest, "payrecon.resolve.suggestions", QtInfoMsg)

constexpr int kCancelEvery = 256;
constexpr int kProgressEvery = 4096; // a 100K x 100K run takes about a second: a few dozen updates
constexpr quint64 kHashBase = 0x100000001B3ull; // odd, so the polynomial hash of distinct short strings rarely meets

/// Deletion position of an id key for a whole id, and for the approval and amount-and-card keys.
constexpr quint16 kWhole = 0xFFFF;

/// One VAN item under one key; pos is the byte deleted from the id (kWhole for none).
struct Entry
{
    quint64 key;
    qint64 time;
    quint32 van;
    quint16 pos;
};

bool operator<(const Entry &a, const Entry &b)
{
    if (a.key != b.key)
        return a.key < b.key;
    if (a.time != b.time)
        return a.time < b.time;
    if (a.van != b.van)
        return a.van < b.van;
    return a.pos < b.pos;
}

/// A multimap from 64-bit key to VAN items: the entries sorted by (key, time, van), so a bucket is one run ordered
/// by time and the whole is deterministic whatever the input order, plus an open-addressing table from each key to
/// its run. A lookup costs one or two cache misses; a binary search over millions of entries cost twenty, and was
/// most of a 100K x 100K run.
class KeyIndex
{
public:
    void reserve(size_t n) { m_entries.reserve(n); }
    void add(quint64 key, qint64 time, quint32 van, quint16 pos = kWhole)
    {
        m_entries.push_back({ key, time, van, pos });
    }

    void build()
    {
        std::sort(m_entries.begin(), m_entries.end());
        size_t distinct = 0;
        for (size_t i = 0; i < m_entries.size(); ++i)
            distinct += (i == 0 || m_entries[i].key != m_entries[i - 1].key) ? 1 : 0;
        int bits = 4;
        while ((size_t(1) << bits) < 2 * distinct)
            ++bits;
        m_shift = 64 - bits;
        m_mask = (size_t(1) << bits) - 1;
        m_slots.assign(size_t(1) << bits, Slot { 0, 0, 0 });
        for (size_t i = 0; i < m_entries.size();) {
            const quint64 key = m_entries[i].key;
            size_t end = i + 1;
            while (end < m_entries.size() && m_entries[end].key == key)
                ++end;
            size_t s = size_t(key >> m_shift);
            while (m_slots[s].end != 0)
                s = (s + 1) & m_mask;
            m_slots[s] = { key, quint32(i), quint32(end) };
            i = end;
        }
    }

    /// The entries under key, ordered by time (an empty range when there are none).
    std::pair<const Entry *, const Entry *> find(quint64 key) const
    {
        for (size_t s = size_t(key >> m_shift);; s = (s + 1) & m_mask) {
            const Slot &slot = m_slots[s];
            if (slot.end == 0)
                return { nullptr, nullptr };
            if (slot.key == key)
                return { m_entries.data() + slot.begin, m_entries.data() + slot.end };
        }
    }

private:
    struct Slot
    {
        quint64 key;
        quint32 begin;
        quint32 end; ///< 0: empty slot (a run is never empty)
    };
    std::vector<Entry> m_entries;
    std::vector<Slot> m_slots;
    int m_shift = 60;
    size_t m_mask = 15;
};

/// One id key of a ledger item, with the range of deleted positions that give it (a run of equal bytes gives one
/// string for several positions), or kWhole for the whole id.
struct IdKey
{
    quint64 key;
    quint16 first;
    quint16 last;
};

/// Whether a VAN entry under an id key can be one edit from the ledger id behind query: a whole id against a
/// deletion is an insertion or a deletion; two deletions must be at the same place (substitution) or next to each
/// other (adjacent swap). Two whole ids are equal ids, never suggested. The edit distance is checked afterwards.
bool mayBeOneEdit(const IdKey &query, quint16 pos)
{
    if (query.first == kWhole)
        return pos != kWhole;
    return pos == kWhole || (int(pos) + 1 >= int(query.first) && int(pos) <= int(query.last) + 1);
}

quint64 finish(quint64 h, quint64 salt)
{
    return ByteHash::mix(ByteHash::mix(h ^ salt, 0xBF58476D1CE4E5B9ull), 0x94D049BB133111EBull);
}

quint64 kindSalt(PaymentKind kind, quint64 signal)
{
    return (quint64(kind) + 1) * 0x9E3779B97F4A7C15ull + signal * 0xD6E8FEB86659FD93ull;
}

quint64 bytesHash(QByteArrayView v)
{
    quint64 h = 0;
    for (char c : v)
        h = h * kHashBase + quint64(quint8(c)) + 1;
    return h;
}

quint64 approvalKey(const SuggestionItem &item)
{
    return finish(bytesHash(item.approvalNo) ^ (quint64(item.approvalNo.size()) << 56), kindSalt(item.kind, 1));
}

quint64 amountCardKey(const SuggestionItem &item)
{
    const quint64 card = bytesHash(item.cardLast4) ^ (quint64(item.cardLast4.size()) << 56);
    return finish(ByteHash::mix(quint64(item.amount) ^ 0x2545F4914F6CDD1Dull, card | 1), kindSalt(item.kind, 2));
}

/// Keys of an id and of every string one byte shorter (one byte deleted), by prefix and suffix polynomial hashes
/// so an id of n bytes costs O(n), not O(n^2). Two ids within one edit share at least one of these keys:
/// substitution and adjacent swap delete at the same or the next place on both sides, insertion/deletion meets the
/// whole key. One key per run of equal bytes (and a string's deletions differ unless they fall in one run).
void idKeys(const QByteArray &id, PaymentKind kind, std::vector<IdKey> &keys, std::vector<quint64> &scratch)
{
    keys.clear();
    const qsizetype n = id.size();
    if (n == 0 || n > SuggestionEngine::MaxIdLength)
        return;
    const quint64 salt = kindSalt(kind, 3);
    // scratch: [0, n] prefix hashes P, [n + 1, 2n + 1] suffix hashes S, [2n + 2, 3n + 2] powers of the base.
    scratch.assign(size_t(3 * n + 3), 0);
    quint64 *prefix = scratch.data();
    quint64 *suffix = prefix + n + 1;
    quint64 *power = suffix + n + 1;
    power[0] = 1;
    for (qsizetype i = 0; i < n; ++i) {
        prefix[i + 1] = prefix[i] * kHashBase + quint64(quint8(id[i])) + 1;
        power[i + 1] = power[i] * kHashBase;
    }
    for (qsizetype i = n - 1; i >= 0; --i)
        suffix[i] = (quint64(quint8(id[i])) + 1) * power[n - 1 - i] + suffix[i + 1];
    keys.push_back({ finish(prefix[n] ^ (quint64(n) << 56), salt), kWhole, kWhole });
    for (qsizetype i = 0; i < n; ++i) {
        // Deleting any byte of a run of equal bytes gives the same string: one key for the run's positions.
        if (i > 0 && id[i] == id[i - 1]) {
            keys.back().last = quint16(i);
            continue;
        }
        const quint64 key = finish((prefix[i] * power[n - 1 - i] + suffix[i + 1]) ^ (quint64(n - 1) << 56), salt);
        keys.push_back({ key, quint16(i), quint16(i) });
    }
}

qint64 distance(qint64 a, qint64 b)
{
    // Times are UTC ms of real payments, far from the limits; saturate anyway so junk input cannot overflow.
    if ((a >= 0) == (b >= 0))
        return a > b ? a - b : b - a;
    const quint64 d = a > b ? quint64(a) - quint64(b) : quint64(b) - quint64(a);
    return d > quint64(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max() : qint64(d);
}

qint64 saturatingAdd(qint64 t, qint64 w)
{
    if (w > 0 && t > std::numeric_limits<qint64>::max() - w)
        return std::numeric_limits<qint64>::max();
    if (w < 0 && t < std::numeric_limits<qint64>::min() - w)
        return std::numeric_limits<qint64>::min();
    return t + w;
}

/// Calls visit(entry) for the entries of [first, last) (sorted by time), all of them when they are at most
/// MaxProbesPerBucket, else the MaxProbesPerBucket nearest to t (earlier one first on a tie).
template <typename Visit>
void visitNearest(const Entry *first, const Entry *last, qint64 t, Visit visit)
{
    if (last - first <= SuggestionEngine::MaxProbesPerBucket) {
        for (const Entry *e = first; e != last; ++e)
            visit(*e);
        return;
    }
    const Entry *right = std::lower_bound(first, last, t, [](const Entry &e, qint64 time) { return e.time < time; });
    const Entry *left = right;
    for (int taken = 0; taken < SuggestionEngine::MaxProbesPerBucket; ++taken) {
        const bool haveLeft = left != first;
        const bool haveRight = right != last;
        if (haveLeft && (!haveRight || distance((left - 1)->time, t) <= distance(right->time, t)))
            visit(*--left);
        else
            visit(*right++);
    }
}

struct Ranked
{
    int score;
    qint64 distance;
    qint64 vanId;
    quint32 van;
    quint8 reasons;
};

} // namespace

bool SuggestionEngine::isOneEditAway(QByteArrayView a, QByteArrayView b)
{
    if (a.size() < b.size())
        std::swap(a, b);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n - m > 1)
        return false;
    qsizetype i = 0;
    while (i < m && a[i] == b[i])
        ++i;
    if (n == m) {
        if (i == n)
            return false; // equal ids: the matcher's business, not a suggestion
        if (a.sliced(i + 1) == b.sliced(i + 1))
            return true; // substitution
        return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] && a.sliced(i + 2) == b.sliced(i + 2); // adjacent swap
    }
    return a.sliced(i + 1) == b.sliced(i); // a has one byte more
}

std::vector<std::vector<Suggestion>> SuggestionEngine::rank(
    const std::vector<SuggestionItem> &ledgerOnly, const std::vector<SuggestionItem> &vanOnly) const
{
    QElapsedTimer timer;
    timer.start();
    const auto cancelled = [this] { return m_cancel && m_cancel->load(std::memory_order_relaxed); };

    // Indexes over the VAN side, built once: approval number, (amount, card last 4), and the one-deletion
    // neighbourhood of each transaction id (KeyIndex: sorted entries plus a hash table of buckets).
    KeyIndex byApproval;
    KeyIndex byAmountCard;
    KeyIndex byId;
    byApproval.reserve(vanOnly.size());
    byAmountCard.reserve(vanOnly.size());
    byId.reserve(vanOnly.size() * 20);
    std::vector<IdKey> keys;
    std::vector<quint64> scratch;
    for (size_t v = 0; v < vanOnly.size(); ++v) {
        const SuggestionItem &item = vanOnly[v];
        if (!item.approvalNo.isEmpty())
            byApproval.add(approvalKey(item), item.occurredAtMs, quint32(v));
        if (!item.cardLast4.isEmpty())
            byAmountCard.add(amountCardKey(item), item.occurredAtMs, quint32(v));
        idKeys(item.transactionId, item.kind, keys, scratch);
        for (const IdKey &key : keys) {
            // A run of equal bytes gives one key for several positions: enter each, so a swap next to the run is
            // still recognised by position.
            for (int pos = key.first; pos <= (key.first == kWhole ? int(kWhole) : int(key.last)); ++pos)
                byId.add(key.key, item.occurredAtMs, quint32(v), quint16(pos));
        }
    }
    byApproval.build();
    byAmountCard.build();
    byId.build();
    if (cancelled())
        return {};

    std::vector<std::vector<Suggestion>> result(ledgerOnly.size());
    std::vector<quint32> candidates;
    std::vector<Ranked> ranked;
    for (size_t l = 0; l < ledgerOnly.size(); ++l) {
        if (l % kCancelEvery == 0 && cancelled())
            return {};
        if (m_progress && l % kProgressEvery == 0 && l != 0)
            m_progress(qint64(l), qint64(ledgerOnly.size()));
        const SuggestionItem &item = ledgerOnly[l];
        const qint64 t = item.occurredAtMs;
        candidates.clear();

        // The indexes only propose candidates (a capped bucket may propose an item through one index and not
        // another); every signal is then checked on the pair itself, so the reasons never depend on the caps.
        if (!item.approvalNo.isEmpty()) {
            const auto range = byApproval.find(approvalKey(item));
            visitNearest(range.first, range.second, t, [&](const Entry &e) { candidates.push_back(e.van); });
        }
        if (!item.cardLast4.isEmpty()) {
            const auto range = byAmountCard.find(amountCardKey(item));
            const auto byTime = [](const Entry &e, qint64 time) { return e.time < time; };
            const Entry *first = std::lower_bound(range.first, range.second, saturatingAdd(t, -m_windowMs), byTime);
            const Entry *last = std::upper_bound(first, range.second, saturatingAdd(t, m_windowMs),
                [](qint64 time, const Entry &e) { return time < e.time; });
            visitNearest(first, last, t, [&](const Entry &e) { candidates.push_back(e.van); });
        }
        idKeys(item.transactionId, item.kind, keys, scratch);
        for (const IdKey &key : keys) {
            const auto range = byId.find(key.key);
            visitNearest(range.first, range.second, t, [&](const Entry &e) {
                if (mayBeOneEdit(key, e.pos))
                    candidates.push_back(e.van);
            });
        }
        if (candidates.empty())
            continue;

        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        ranked.clear();
        for (quint32 v : candidates) {
            const SuggestionItem &van = vanOnly[v];
            if (van.kind != item.kind)
                continue; // a 64-bit key collision; the keys carry the kind
            const qint64 d = distance(van.occurredAtMs, t);
            quint8 reasons = 0;
            if (!item.approvalNo.isEmpty() && van.approvalNo == item.approvalNo)
                reasons |= SameApprovalNo;
            if (!item.cardLast4.isEmpty() && van.amount == item.amount && van.cardLast4 == item.cardLast4
                && d <= m_windowMs)
                reasons |= SameAmountCardInWindow;
            if (item.transactionId.size() <= MaxIdLength && van.transactionId.size() <= MaxIdLength
                && isOneEditAway(item.transactionId, van.transactionId))
                reasons |= IdOneEditAway;
            if (reasons == 0)
                continue; // proposed by a hash collision only
            if (van.amount == item.amount)
                reasons |= SameAmount;
            if (d <= m_windowMs)
                reasons |= CloseInTime;
            int score = 0;
            score += (reasons & SameApprovalNo) ? WeightApprovalNo : 0;
            score += (reasons & SameAmountCardInWindow) ? WeightAmountCardInWindow : 0;
            score += (reasons & IdOneEditAway) ? WeightIdOneEditAway : 0;
            score += (reasons & SameAmount) ? WeightSameAmount : 0;
            score += (reasons & CloseInTime) ? WeightCloseInTime : 0;
            ranked.push_back({ score, d, van.id, v, reasons });
        }
        const auto better = [](const Ranked &a, const Ranked &b) {
            if (a.score != b.score)
                return a.score > b.score;
            if (a.distance != b.distance)
                return a.distance < b.distance;
            if (a.vanId != b.vanId)
                return a.vanId < b.vanId;
            return a.van < b.van; // repeated caller ids: input order
        };
        const size_t keep = std::min(ranked.size(), size_t(m_maxPerItem));
        std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(keep), ranked.end(), better);
        std::vector<Suggestion> &out = result[l];
        out.reserve(keep);
        for (size_t i = 0; i < keep; ++i)
            out.push_back({ item.id, ranked[i].vanId, ranked[i].score, ranked[i].reasons });
    }
    if (m_progress)
        m_progress(qint64(ledgerOnly.size()), qint64(ledgerOnly.size()));
    qCDebug(lcSuggest) << "ranked" << ledgerOnly.size() << "ledger-only against" << vanOnly.size()
                       << "VAN-only items in" << timer.elapsed() << "ms";
    return result;
}

QString SuggestionEngine::describe(quint8 reasons)
{
    QStringList parts;
    // The phrases are list items: QLocale joins them ("a, b and c"; Korean "a, b 및 c") into the sentence below.
    if (reasons & SameApprovalNo)
        //: A reason in the list of "Likely the same payment: %1.", joined by the locale's list pattern
        parts << tr("the same approval number");
    if (reasons & SameAmountCardInWindow)
        //: A reason in the list of "Likely the same payment: %1.", joined by the locale's list pattern
        parts << tr("the same amount and card within the time window");
    if (reasons & IdOneEditAway)
        //: A reason in the list of "Likely the same payment: %1.", joined by the locale's list pattern
        parts << tr("a transaction ID one typo away");
    // Amount and time are part of the card signal: naming them again would only lengthen the tooltip.
    if ((reasons & SameAmount) && !(reasons & SameAmountCardInWindow))
        //: A reason in the list of "Likely the same payment: %1.", joined by the locale's list pattern
        parts << tr("the same amount");
    if ((reasons & CloseInTime) && !(reasons & SameAmountCardInWindow))
        //: A reason in the list of "Likely the same payment: %1.", joined by the locale's list pattern
        parts << tr("close in time");
    if (parts.isEmpty())
        return QString();
    //: Tooltip of a pairing suggestion; %1 is a list of reasons such as "the same approval number and the same amount"
    return tr("Likely the same payment: %1.").arg(QLocale().createSeparatedList(parts));
}
