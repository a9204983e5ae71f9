#include "reconengine.h"

#include "domain/bytehash.h"
#include "domain/podbuffer.h"

#include <QThread>
#include <memory>

namespace {

constexpr qint64 kProgressEvery = 65536;
constexpr int kPrefetch = 16;

/// One distinct key (transaction_id, kind) of one partition, and how often each side holds it.
struct Slot
{
    quint32 hash;
    qint32 ledgerFirst; ///< -1 when empty/absent
    qint32 vanFirst;
    quint16 ledgerCount; ///< saturating: only 0, 1 and "more" matter
    quint16 vanCount;
};
static_assert(sizeof(Slot) == 16);

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

/// Open-addressing table for the keys whose top hash bit selects this partition; one per thread.
class Partition
{
public:
    explicit Partition(qsizetype maxKeys)
    {
        size_t cap = 1024;
        while (cap < size_t(maxKeys) + size_t(maxKeys) / 4)
            cap <<= 1;
        m_mask = cap - 1;
        m_slots.resize(cap, Slot { 0, -1, -1, 0, 0 });
    }
    void prefetchFor(quint32 hash) const { prefetch(&m_slots[hash & m_mask]); }
    Slot &slot(quint32 index) { return m_slots[index]; }
    const Slot &slot(quint32 index) const { return m_slots[index]; }

    /// Index of the key's slot, inserting an empty one (hash set, counts 0) when the key is new.
    template <typename Equal>
    quint32 findOrInsert(quint32 hash, Equal equal)
    {
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            Slot &s = m_slots[i];
            if (s.ledgerFirst < 0 && s.vanFirst < 0) {
                s.hash = hash;
                return quint32(i);
            }
            if (s.hash == hash && equal(s))
                return quint32(i);
        }
    }

private:
    PodBuffer<Slot> m_slots;
    size_t m_mask;
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
    inTwo([&](int part) {
        const RecordTable &t = part == 0 ? ledger : van;
        PodBuffer<quint32> &h = part == 0 ? ledgerHash : vanHash;
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (tick(i, part))
                return;
            h[size_t(i)] = keyHash(t.transactionId(i), t.kind(i));
        }
    });

    // Phase 2: each core owns the keys whose top hash bit is its own, so no locks and no shared slots.
    const qsizetype maxKeysPerPart = (nl + nv) / 2 + 1024;
    std::unique_ptr<Partition> parts[2];
    PodBuffer<quint32> ledgerSlot; // slot index | partition << 31
    PodBuffer<quint32> vanSlot;
    ledgerSlot.resize(size_t(nl));
    vanSlot.resize(size_t(nv));
    inTwo([&](int part) {
        parts[part] = std::make_unique<Partition>(maxKeysPerPart);
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
                return ledger.kind(k.ledgerFirst) == kind && ledger.transactionId(k.ledgerFirst) == id;
            });
            Slot &k = p.slot(s);
            if (k.ledgerFirst < 0)
                k.ledgerFirst = qint32(i);
            k.ledgerCount = quint16(qMin(2, k.ledgerCount + 1));
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
                if (k.ledgerFirst >= 0)
                    return ledger.kind(k.ledgerFirst) == kind && ledger.transactionId(k.ledgerFirst) == id;
                return van.kind(k.vanFirst) == kind && van.transactionId(k.vanFirst) == id;
            });
            Slot &k = p.slot(s);
            if (k.vanFirst < 0)
                k.vanFirst = qint32(j);
            k.vanCount = quint16(qMin(2, k.vanCount + 1));
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
        if (k.ledgerCount > 1 && k.vanCount > 1)
            return DuplicateSide::Both;
        return k.ledgerCount > 1 ? DuplicateSide::Ledger : DuplicateSide::Van;
    };

    // Phase 3: outcomes in ledger order, then VAN-only/duplicate VAN records in VAN order. The ledger range is
    // cut in two halves (one per core) whose rows are concatenated, so the order stays deterministic.
    struct Emitted
    {
        std::vector<ReconRow> rows;
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
            if (k.ledgerCount == 1 && k.vanCount == 1) {
                const qint32 j = k.vanFirst;
                const qint64 va = van.amount(j);
                quint8 reasons = ReasonNone;
                if (la != va)
                    reasons |= ReasonAmount;
                if (ledger.approvalNo(i) != van.approvalNo(j))
                    reasons |= ReasonApprovalNo;
                const ReconStatus st = reasons ? ReconStatus::Mismatched : ReconStatus::Matched;
                e.rows.push_back({ qint32(i), j, st, reasons, DuplicateSide::None });
                add(s.byStatus[size_t(st)], la, va);
                if (reasons & ReasonAmount)
                    add(s.amountReason, la, va);
                if (reasons & ReasonApprovalNo)
                    add(s.approvalNoReason, la, va);
            } else if (k.ledgerCount == 1 && k.vanCount == 0) {
                e.rows.push_back({ qint32(i), -1, ReconStatus::LedgerOnly, ReasonNone, DuplicateSide::None });
                add(s.byStatus[size_t(ReconStatus::LedgerOnly)], la, 0);
            } else {
                e.rows.push_back({ qint32(i), -1, ReconStatus::Duplicate, ReasonNone, sideOf(k) });
                add(s.byStatus[size_t(ReconStatus::Duplicate)], la, 0);
            }
        }
    });
    if (stop) {
        result.cancelled = true;
        return result;
    }
    result.rows = std::move(half[0].rows);
    result.rows.reserve(result.rows.size() + half[1].rows.size() + size_t(nv / 64));
    result.rows.insert(result.rows.end(), half[1].rows.begin(), half[1].rows.end());
    half[1].rows = {};

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
        if (k.ledgerCount == 1 && k.vanCount == 1)
            continue; // emitted with its ledger record
        if (k.ledgerCount == 0 && k.vanCount == 1) {
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
