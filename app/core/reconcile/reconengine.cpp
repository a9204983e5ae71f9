#include "reconengine.h"

#include "domain/bytehash.h"
#include "domain/podbuffer.h"

#include <QThread>
#include <memory>

namespace {

constexpr qint64 kProgressEvery = 65536;
constexpr int kPrefetch = 16;

/// One distinct key (transaction_id, kind) of one partition: 12 bytes, because the table is touched once
/// per record and fresh memory is what a run mostly pays for. Each side word is 0 when the side lacks the
/// key, else (count << 30) | (first row + 1), the count saturating at 2: only 0, 1 and "more" matter.
struct Slot
{
    quint32 hash;
    quint32 ledger;
    quint32 van;
};
static_assert(sizeof(Slot) == 12);

constexpr quint32 kRowMask = (1u << 30) - 1;
inline qint32 firstRow(quint32 side)
{
    return qint32(side & kRowMask) - 1;
}
inline quint32 countOf(quint32 side)
{
    return side >> 30;
}
inline quint32 bump(quint32 side, qsizetype row)
{
    if (side == 0)
        return (1u << 30) | quint32(row + 1);
    return (2u << 30) | (side & kRowMask);
}

quint32 keyHash(QByteArrayView id, PaymentKind kind)
{
    // Fixed seed: the run must be deterministic, and the inputs are the merchant's own files.
    return ByteHash::hash32(id) ^ (quint32(kind) * 0x9E3779B9u);
}

inline void prefetch(const void *p)
{
#if defined(__GNUC__)
    __builtin_prefetch(p);
#else
    Q_UNUSED(p);
#endif
}

/// Open-addressing table for the keys whose top hash bit selects this partition; one per thread. Sized to
/// the records that can land in it (not rounded up to a power of two) so the worst case, every key distinct,
/// still fits at a load under 0.9 without a rehash.
class Partition
{
public:
    explicit Partition(qsizetype maxKeys)
        : m_capacity(quint64(maxKeys) + quint64(maxKeys) / 7 + 64)
    {
        m_slots.resize(size_t(m_capacity), Slot { 0, 0, 0 });
    }
    /// The partition's own bit is constant, so the index comes from the remaining 31 bits (range reduction by
    /// multiply, which needs no power-of-two size).
    size_t home(quint32 hash) const { return size_t((quint64(hash << 1) * m_capacity) >> 32); }
    void prefetchFor(quint32 hash) const { prefetch(&m_slots[home(hash)]); }
    Slot &slot(quint32 index) { return m_slots[index]; }
    const Slot &slot(quint32 index) const { return m_slots[index]; }

    /// Index of the key's slot, claiming an empty one (hash set, both sides 0) when the key is new.
    template <typename Equal>
    quint32 findOrInsert(quint32 hash, Equal equal)
    {
        for (size_t i = home(hash);; i = i + 1 == m_capacity ? 0 : i + 1) {
            Slot &s = m_slots[i];
            if (s.ledger == 0 && s.van == 0) {
                s.hash = hash;
                return quint32(i);
            }
            if (s.hash == hash && equal(s))
                return quint32(i);
        }
    }

private:
    quint64 m_capacity;
    PodBuffer<Slot> m_slots;
};

void add(ReconTotals &t, qint64 ledgerWon, qint64 vanWon)
{
    ++t.count;
    t.ledgerWon += ledgerWon;
    t.vanWon += vanWon;
}

void addTotals(ReconTotals &into, const ReconTotals &t)
{
    into.count += t.count;
    into.ledgerWon += t.ledgerWon;
    into.vanWon += t.vanWon;
}

/// Runs f(0) on a second thread and f(1) here: the engine's phases split evenly over the two cores we target.
template <typename F>
void inTwo(F f)
{
    std::unique_ptr<QThread> t(QThread::create([&f] { f(0); }));
    t->start();
    f(1);
    t->wait();
}

} // namespace

ReconResult ReconEngine::run(const RecordTable &ledger, const RecordTable &van, qint64 rejectedRows) const
{
    ReconResult result;
    const qsizetype nl = ledger.size();
    const qsizetype nv = van.size();
    const qint64 total = qint64(nl + nv) * 2;
    std::atomic<qint64> done { 0 };
    std::atomic_bool stop { false };
    // Called from both threads; progress goes through the caller's (thread-safe) callback.
    auto tick = [&](qint64 i, int part) {
        if ((i & (kProgressEvery - 1)) != 0)
            return stop.load(std::memory_order_relaxed);
        const qint64 d = done.fetch_add(kProgressEvery / 2, std::memory_order_relaxed);
        if (m_progress && part == 1)
            m_progress(qMin(d, total), total);
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            stop = true;
        return stop.load(std::memory_order_relaxed);
    };

    // Phase 1: hash every key once, ledger on one core, VAN on the other.
    PodBuffer<quint32> ledgerHash;
    PodBuffer<quint32> vanHash;
    ledgerHash.resize(size_t(nl));
    vanHash.resize(size_t(nv));
    qsizetype upperHalf[2] = { 0, 0 }; // records whose top hash bit is 1, per side
    inTwo([&](int part) {
        const RecordTable &t = part == 0 ? ledger : van;
        PodBuffer<quint32> &h = part == 0 ? ledgerHash : vanHash;
        qsizetype upper = 0;
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (tick(i, part))
                return;
            h[size_t(i)] = keyHash(t.transactionId(i), t.kind(i));
            upper += h[size_t(i)] >> 31;
        }
        upperHalf[part] = upper;
    });

    // Phase 2: each core owns the keys whose top hash bit is its own, so no locks and no shared slots.
    const qsizetype keysIn[2] = { nl - upperHalf[0] + nv - upperHalf[1], upperHalf[0] + upperHalf[1] };
    std::unique_ptr<Partition> parts[2];
    PodBuffer<quint32> ledgerSlot; // slot index | partition << 31
    PodBuffer<quint32> vanSlot;
    ledgerSlot.resize(size_t(nl));
    vanSlot.resize(size_t(nv));
    inTwo([&](int part) {
        parts[part] = std::make_unique<Partition>(keysIn[part]);
        Partition &p = *parts[part];
        const quint32 tag = quint32(part) << 31;
        for (qsizetype i = 0; i < nl; ++i) {
            if (tick(i, part))
                return;
            if (i + kPrefetch < nl && (ledgerHash[size_t(i + kPrefetch)] >> 31) == quint32(part))
                p.prefetchFor(ledgerHash[size_t(i + kPrefetch)]);
            const quint32 h = ledgerHash[size_t(i)];
            if ((h >> 31) != quint32(part))
                continue;
            const QByteArrayView id = ledger.transactionId(i);
            const PaymentKind kind = ledger.kind(i);
            const quint32 s = p.findOrInsert(h, [&](const Slot &k) {
                const qint32 r = firstRow(k.ledger);
                return ledger.kind(r) == kind && ledger.transactionId(r) == id;
            });
            Slot &k = p.slot(s);
            k.ledger = bump(k.ledger, i);
            ledgerSlot[size_t(i)] = s | tag;
        }
        for (qsizetype j = 0; j < nv; ++j) {
            if (tick(j, part))
                return;
            if (j + kPrefetch < nv && (vanHash[size_t(j + kPrefetch)] >> 31) == quint32(part))
                p.prefetchFor(vanHash[size_t(j + kPrefetch)]);
            const quint32 h = vanHash[size_t(j)];
            if ((h >> 31) != quint32(part))
                continue;
            const QByteArrayView id = van.transactionId(j);
            const PaymentKind kind = van.kind(j);
            const quint32 s = p.findOrInsert(h, [&](const Slot &k) {
                if (k.ledger != 0) {
                    const qint32 r = firstRow(k.ledger);
                    return ledger.kind(r) == kind && ledger.transactionId(r) == id;
                }
                const qint32 r = firstRow(k.van);
                return van.kind(r) == kind && van.transactionId(r) == id;
            });
            Slot &k = p.slot(s);
            k.van = bump(k.van, j);
            vanSlot[size_t(j)] = s | tag;
        }
    });
    if (stop) {
        result.cancelled = true;
        return result;
    }
    ledgerHash = {};
    vanHash = {};
    auto slotOf = [&](quint32 tagged) -> const Slot & { return parts[tagged >> 31]->slot(tagged & 0x7FFFFFFFu); };
    auto sideOf = [](const Slot &k) {
        if (countOf(k.ledger) > 1 && countOf(k.van) > 1)
            return DuplicateSide::Both;
        return countOf(k.ledger) > 1 ? DuplicateSide::Ledger : DuplicateSide::Van;
    };

    // Phase 3: outcomes in ledger order, then VAN-only/duplicate VAN records in VAN order. The ledger range is
    // cut in two halves (one per core), each writing its own slice, so the order stays deterministic.
    // Every ledger record yields exactly one outcome, so each half writes its own slice in place. Room for
    // the VAN outcomes is reserved up front: untouched reserved pages cost nothing, a regrow copies megabytes.
    result.rows.reserve(size_t(nl + nv));
    result.rows.resize(size_t(nl));
    struct Emitted
    {
        ReconSummary summary;
    };
    Emitted half[2];
    const qsizetype mid = nl / 2;
    inTwo([&](int part) {
        Emitted &e = half[part];
        ReconSummary &s = e.summary;
        const qsizetype begin = part == 0 ? 0 : mid;
        const qsizetype end = part == 0 ? mid : nl;
        for (qsizetype i = begin; i < end; ++i) {
            if (tick(i, part))
                return;
            if (i + kPrefetch < end)
                prefetch(&slotOf(ledgerSlot[size_t(i + kPrefetch)]));
            const qint64 la = ledger.amount(i);
            s.ledgerNetWon += ledger.kind(i) == PaymentKind::Cancel ? -la : la;
            const Slot &k = slotOf(ledgerSlot[size_t(i)]);
            if (countOf(k.ledger) == 1 && countOf(k.van) == 1) {
                const qint32 j = firstRow(k.van);
                const qint64 va = van.amount(j);
                quint8 reasons = ReasonNone;
                if (la != va)
                    reasons |= ReasonAmount;
                if (ledger.approvalNo(i) != van.approvalNo(j))
                    reasons |= ReasonApprovalNo;
                const ReconStatus st = reasons ? ReconStatus::Mismatched : ReconStatus::Matched;
                result.rows[size_t(i)] = { qint32(i), j, st, reasons, DuplicateSide::None };
                add(s.byStatus[size_t(st)], la, va);
                if (reasons & ReasonAmount)
                    add(s.amountReason, la, va);
                if (reasons & ReasonApprovalNo)
                    add(s.approvalNoReason, la, va);
            } else if (countOf(k.ledger) == 1 && k.van == 0) {
                result.rows[size_t(i)] = { qint32(i), -1, ReconStatus::LedgerOnly, ReasonNone, DuplicateSide::None };
                add(s.byStatus[size_t(ReconStatus::LedgerOnly)], la, 0);
            } else {
                result.rows[size_t(i)] = { qint32(i), -1, ReconStatus::Duplicate, ReasonNone, sideOf(k) };
                add(s.byStatus[size_t(ReconStatus::Duplicate)], la, 0);
            }
        }
    });
    if (stop) {
        result.cancelled = true;
        return result;
    }

    ReconSummary &s = result.summary;
    for (const Emitted &e : half) {
        for (int st = 0; st < ReconStatusCount; ++st)
            addTotals(s.byStatus[size_t(st)], e.summary.byStatus[size_t(st)]);
        addTotals(s.amountReason, e.summary.amountReason);
        addTotals(s.approvalNoReason, e.summary.approvalNoReason);
        s.ledgerNetWon += e.summary.ledgerNetWon;
    }
    s.ledgerRecords = nl;
    s.vanRecords = nv;
    s.rejectedRows = rejectedRows;
    for (qsizetype j = 0; j < nv; ++j) {
        if (tick(j, 1)) {
            result.cancelled = true;
            return result;
        }
        if (j + kPrefetch < nv)
            prefetch(&slotOf(vanSlot[size_t(j + kPrefetch)]));
        const qint64 va = van.amount(j);
        s.vanNetWon += van.kind(j) == PaymentKind::Cancel ? -va : va;
        const Slot &k = slotOf(vanSlot[size_t(j)]);
        if (countOf(k.ledger) == 1 && countOf(k.van) == 1)
            continue; // emitted with its ledger record
        if (k.ledger == 0 && countOf(k.van) == 1) {
            result.rows.push_back({ -1, qint32(j), ReconStatus::VanOnly, ReasonNone, DuplicateSide::None });
            add(s.byStatus[size_t(ReconStatus::VanOnly)], 0, va);
        } else {
            result.rows.push_back({ -1, qint32(j), ReconStatus::Duplicate, ReasonNone, sideOf(k) });
            add(s.byStatus[size_t(ReconStatus::Duplicate)], 0, va);
        }
    }
    if (m_progress)
        m_progress(total, total);
    return result;
}
