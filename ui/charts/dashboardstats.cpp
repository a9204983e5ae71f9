#include "dashboardstats.h"

#include "domain/bytehash.h"

#include <algorithm>
#include <numeric>

namespace {

constexpr qint64 kMsPerHour = 3600 * 1000;
constexpr qint64 kSeoulOffsetMs = 9 * kMsPerHour; // Korea has kept UTC+9 without daylight saving since 1988

qint64 signedAmount(const RecordTable &table, qsizetype row)
{
    const qint64 amount = table.amount(row);
    return table.kind(row) == PaymentKind::Cancel ? -amount : amount;
}

/// Net spend per dictionary code, turned into shares sorted largest first (ties by text, for a stable legend).
struct CodeTally
{
    std::vector<qint64> netWon;
    std::vector<qint64> count;

    explicit CodeTally(const DictColumn *dict)
        : netWon(dict ? size_t(dict->values().size()) : 0u, 0)
        , count(netWon.size(), 0)
    { }
    void add(quint32 code, qint64 won)
    {
        netWon[code] += won;
        ++count[code];
    }
    std::vector<DashboardStats::Share> shares(const DictColumn *dict) const
    {
        std::vector<DashboardStats::Share> out;
        for (size_t code = 0; code < netWon.size(); ++code) {
            if (count[code] == 0)
                continue;
            const QByteArrayView value = dict->values().at(qsizetype(code));
            out.push_back({ value.toByteArray(), QString::fromUtf8(value), count[code], netWon[code] });
        }
        std::sort(out.begin(), out.end(), [](const DashboardStats::Share &a, const DashboardStats::Share &b) {
            return a.netWon != b.netWon ? a.netWon > b.netWon : a.key < b.key;
        });
        return out;
    }
};

/// Net spend per customer id. Ids are a plain text column (too many distinct values for a dictionary), so they
/// are grouped here by their bytes in an open-addressing table: QHash with qHash(QByteArrayView) took most of a
/// million-row pass. The views point into the ledger table, which outlives the tally.
class CustomerTally
{
public:
    void add(QByteArrayView id, qint64 won)
    {
        if ((m_keys.size() + 1) * 2 > m_slots.size())
            grow();
        const quint32 hash = ByteHash::hash32(id);
        const size_t mask = m_slots.size() - 1;
        for (size_t s = hash & mask;; s = (s + 1) & mask) {
            Slot &slot = m_slots[s];
            if (slot.index < 0) {
                slot = { hash, qint32(m_keys.size()) };
                m_keys.push_back(id);
                m_won.push_back(won);
                m_count.push_back(1);
                return;
            }
            if (slot.hash == hash && m_keys[size_t(slot.index)] == id) {
                m_won[size_t(slot.index)] += won;
                ++m_count[size_t(slot.index)];
                return;
            }
        }
    }

    /// Distinct ids in order of first appearance, with their net won and outcome count at the same index.
    const std::vector<QByteArrayView> &keys() const { return m_keys; }
    const std::vector<qint64> &won() const { return m_won; }
    const std::vector<qint64> &count() const { return m_count; }

private:
    struct Slot
    {
        quint32 hash = 0;
        qint32 index = -1;
    };

    void grow()
    {
        std::vector<Slot> old(std::max<size_t>(1024, m_slots.size() * 2));
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.index < 0)
                continue;
            size_t s = slot.hash & mask;
            while (m_slots[s].index >= 0)
                s = (s + 1) & mask;
            m_slots[s] = slot;
        }
    }

    std::vector<Slot> m_slots;
    std::vector<QByteArrayView> m_keys;
    std::vector<qint64> m_won;
    std::vector<qint64> m_count;
};

} // namespace

int DashboardStats::hourOfDay(qint64 utcMs)
{
    // Floor division: plain / and % round toward zero, which would put 23:59 of 31 Dec 1969 (UTC) in hour 9.
    qint64 hours = (utcMs + kSeoulOffsetMs) / kMsPerHour;
    if ((utcMs + kSeoulOffsetMs) % kMsPerHour < 0)
        --hours;
    const qint64 hour = hours % HourCount;
    return int(hour < 0 ? hour + HourCount : hour);
}

int DashboardStats::rowHour(const ReconOutcome &outcome, const ReconRow &row)
{
    if (row.ledgerRow >= 0)
        return hourOfDay(outcome.ledger.occurredAtMs(row.ledgerRow));
    if (row.vanRow >= 0)
        return hourOfDay(outcome.van.occurredAtMs(row.vanRow));
    return 0;
}

DashboardStats DashboardStats::compute(const ReconOutcome &outcome, int topCustomers)
{
    DashboardStats stats;
    const RecordTable &ledger = outcome.ledger;
    const RecordTable &van = outcome.van;
    stats.ledgerRecords = ledger.size();
    stats.vanRecords = van.size();

    // Records per hour straight from the tables (sequential reads), so the bars count every record even when
    // the outcome list is partial. The ledger hours are kept (a byte a record) for the pass over the outcomes,
    // which would otherwise work each one out again.
    std::vector<quint8> ledgerHour(size_t(ledger.size()));
    for (qsizetype i = 0, n = ledger.size(); i < n; ++i) {
        const int hour = hourOfDay(ledger.occurredAtMs(i));
        ledgerHour[size_t(i)] = quint8(hour);
        HourBucket &h = stats.hours[size_t(hour)];
        ++h.ledgerCount;
        h.ledgerWon += ledger.amount(i);
    }
    for (qsizetype j = 0, n = van.size(); j < n; ++j) {
        HourBucket &h = stats.hours[size_t(hourOfDay(van.occurredAtMs(j)))];
        ++h.vanCount;
        h.vanWon += van.amount(j);
    }

    const DictColumn *categoryDict = ledger.dictionary(RecordTable::Text::Category);
    const DictColumn *companyDict = ledger.dictionary(RecordTable::Text::CardCompany);
    CodeTally categories(categoryDict);
    CodeTally companies(companyDict);

    CustomerTally customers;

    for (const ReconRow &row : outcome.result.rows) {
        ReconTotals &t = stats.byStatus[size_t(row.status)];
        ++t.count;
        if (row.ledgerRow >= 0)
            t.ledgerWon += ledger.amount(row.ledgerRow);
        if (row.vanRow >= 0)
            t.vanWon += van.amount(row.vanRow);

        // Same placement as rowHour().
        HourBucket &h
            = stats.hours[size_t(row.ledgerRow >= 0 ? int(ledgerHour[size_t(row.ledgerRow)]) : rowHour(outcome, row))];
        if (row.status != ReconStatus::Matched) {
            ++h.discrepancies;
            continue;
        }
        if (row.ledgerRow < 0)
            continue; // cannot happen for a matched outcome; guards against a hand-built one

        // Verified spending: both sides agree on amount and approval number, so the ledger record speaks for both.
        const qsizetype i = row.ledgerRow;
        const qint64 won = signedAmount(ledger, i);
        ++h.verifiedCount;
        h.verifiedNetWon += won;
        ++stats.verifiedCount;
        stats.verifiedNetWon += won;
        if (categoryDict)
            categories.add(categoryDict->code(i), won);
        if (companyDict)
            companies.add(companyDict->code(i), won);

        customers.add(ledger.text(i, RecordTable::Text::CustomerId), won);
    }

    if (categoryDict)
        stats.categories = categories.shares(categoryDict);
    if (companyDict)
        stats.cardCompanies = companies.shares(companyDict);

    const std::vector<QByteArrayView> &customerKeys = customers.keys();
    const std::vector<qint64> &customerWon = customers.won();
    const std::vector<qint64> &customerCount = customers.count();
    stats.customerCount = qint64(customerKeys.size());
    std::vector<qint32> order(customerKeys.size());
    std::iota(order.begin(), order.end(), 0);
    const size_t top = std::min(order.size(), size_t(std::max(0, topCustomers)));
    std::partial_sort(order.begin(), order.begin() + qsizetype(top), order.end(), [&](qint32 a, qint32 b) {
        const qint64 wa = customerWon[size_t(a)];
        const qint64 wb = customerWon[size_t(b)];
        return wa != wb ? wa > wb : customerKeys[size_t(a)] < customerKeys[size_t(b)];
    });
    stats.topCustomers.reserve(top);
    for (size_t k = 0; k < order.size(); ++k) {
        const size_t c = size_t(order[k]);
        if (k < top) {
            stats.topCustomers.push_back({ customerKeys[c].toByteArray(), QString::fromUtf8(customerKeys[c]),
                customerCount[c], customerWon[c] });
        } else {
            ++stats.otherCustomersCount;
            stats.otherCustomersOutcomes += customerCount[c];
            stats.otherCustomersNetWon += customerWon[c];
        }
    }
    return stats;
}
