#include "demogenerator.h"

#include "demo/vanfilewriter.h"
#include "import/vanprofile.h"
#include "ledger/demoledger.h"
#include "reconcile/reconstatus.h"
#include "reconcile/reconsummary.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>
#include <algorithm>
#include <numeric>

namespace {

using Defect = DemoGenerator::Defect;

constexpr qint64 kMaxRows = 50000000; // transaction numbers stay within 10 digits, customer ids within 7

/// splitmix64: tiny, fast and fully specified, so a seed gives the same data on every platform and compiler
/// (std::uniform_int_distribution is implementation-defined). Only integer arithmetic from here on.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// 0 <= value < n; the modulo bias is below 2^-40 for the ranges used here.
    quint64 below(quint64 n) { return n == 0 ? 0 : next() % n; }

private:
    quint64 m_state;
};

/// Picks an index with probability proportional to integer weights.
class WeightedPicker
{
public:
    void add(quint64 weight) { m_cumulative.push_back((m_cumulative.empty() ? 0 : m_cumulative.back()) + weight); }
    int pick(SplitMix64 &rng) const
    {
        const quint64 x = rng.below(m_cumulative.back());
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin());
    }

private:
    std::vector<quint64> m_cumulative;
};

struct CardCompany
{
    const char *name;
    int share; ///< rough market share, percent
    const char *bins[2]; ///< first six digits; only the masked form is ever produced
};

const CardCompany kCompanies[] = {
    { "신한카드", 20, { "451842", "540926" } },
    { "삼성카드", 17, { "536181", "465887" } },
    { "현대카드", 15, { "402857", "515594" } },
    { "KB국민카드", 16, { "457973", "557042" } },
    { "롯데카드", 9, { "404825", "522032" } },
    { "하나카드", 8, { "459930", "527289" } },
    { "우리카드", 7, { "538920", "461954" } },
    { "BC카드", 5, { "490220", "944116" } },
    { "NH농협카드", 3, { "546112", "455437" } },
};

enum Category { Food, Clothing, Electronics, Household, Books, Travel, Medical, Education };
const char *const kCategories[] = { "식음료", "의류", "전자제품", "생활용품", "도서", "여행", "의료", "교육" };

struct Merchant
{
    const char *name; ///< some hold a comma or quotes, so writers must quote them
    Category category;
    int weight; ///< relative transaction count
};

const Merchant kMerchants[] = {
    { "김밥천국 역삼점", Food, 60 },
    { "스타벅스 강남R점", Food, 80 },
    { "맘스터치, 선릉역점", Food, 40 },
    { "본죽 서초점", Food, 25 },
    { "파리바게뜨 삼성점", Food, 45 },
    { "이디야커피 논현점", Food, 40 },
    { "교촌치킨 대치점", Food, 30 },
    { "한솥도시락 테헤란로점", Food, 35 },
    { "카페 \"봄날\"", Food, 15 },
    { "GS25 역삼홍인점", Household, 70 },
    { "CU 삼성중앙점", Household, 65 },
    { "이마트 성수점", Household, 35 },
    { "다이소, 강남본점", Household, 30 },
    { "올리브영 명동본점", Household, 30 },
    { "홈플러스 잠실점", Household, 25 },
    { "유니클로 코엑스점", Clothing, 18 },
    { "자라, 가로수길점", Clothing, 10 },
    { "무신사 스탠다드 홍대", Clothing, 12 },
    { "신세계백화점 강남점", Clothing, 15 },
    { "나이키 명동점", Clothing, 8 },
    { "롯데하이마트 용산점", Electronics, 6 },
    { "삼성디지털프라자 강남본점", Electronics, 5 },
    { "LG베스트샵, 서초점", Electronics, 4 },
    { "애플 가로수길", Electronics, 6 },
    { "전자랜드 신도림점", Electronics, 3 },
    { "교보문고 광화문점", Books, 14 },
    { "영풍문고 종로점", Books, 8 },
    { "알라딘 중고서점, 강남점", Books, 6 },
    { "대한항공 서울지점", Travel, 3 },
    { "하나투어 본사", Travel, 3 },
    { "롯데호텔 서울", Travel, 4 },
    { "제주항공 예약센터", Travel, 3 },
    { "CGV 용산아이파크몰", Travel, 12 },
    { "서울대학교병원", Medical, 8 },
    { "연세세브란스 치과, 신촌", Medical, 5 },
    { "온누리약국 역삼점", Medical, 20 },
    { "강남 튼튼정형외과", Medical, 7 },
    { "대치 수학학원", Education, 5 },
    { "YBM어학원 종로", Education, 5 },
    { "해커스, 강남역 캠퍼스", Education, 4 },
};
constexpr int kMerchantCount = int(sizeof(kMerchants) / sizeof(kMerchants[0]));

struct AmountTier
{
    int perMille;
    qint64 low;
    qint64 high;
};

// Three spending profiles: everyday (food, household, books), mid (clothing, medical, education) and big-ticket
// (electronics, travel). Each has a tail at or above 1,000,000 won.
const AmountTier kEveryday[] = { { 600, 1000, 20000 }, { 300, 20000, 80000 }, { 90, 80000, 300000 },
    { 7, 300000, 1000000 }, { 3, 1000000, 3000000 } };
const AmountTier kMid[] = { { 350, 5000, 50000 }, { 350, 50000, 150000 }, { 220, 150000, 300000 },
    { 60, 300000, 1000000 }, { 20, 1000000, 5000000 } };
const AmountTier kBigTicket[] = { { 300, 10000, 100000 }, { 350, 100000, 300000 }, { 250, 300000, 1000000 },
    { 100, 1000000, 5000000 }, { 0, 0, 0 } };

// Transactions per hour of the day in Seoul: quiet nights, a lunch peak and an evening peak.
const int kHourWeights[24] = { 2, 1, 1, 1, 1, 2, 4, 8, 12, 12, 14, 24, 30, 22, 14, 13, 14, 18, 26, 30, 24, 16, 9, 5 };

// Per mille of all keys for each defect, in Defect order after None: about 5% of keys are discrepant.
const int kDefectPerMille[DemoGenerator::DefectCount] = { 0, 9, 7, 5, 8, 6, 5, 5, 5 };

qint64 pickAmount(SplitMix64 &rng, Category c)
{
    const AmountTier *tiers = c == Electronics || c == Travel ? kBigTicket
        : c == Clothing || c == Medical || c == Education     ? kMid
                                                              : kEveryday;
    int x = int(rng.below(1000));
    int t = 0;
    while (t < 4 && x >= tiers[t].perMille) {
        x -= tiers[t].perMille;
        ++t;
    }
    // Prices end in 00 won.
    return tiers[t].low + qint64(rng.below(quint64(tiers[t].high - tiers[t].low) / 100)) * 100;
}

quint8 pickInstallment(SplitMix64 &rng, qint64 amount)
{
    if (amount < 50000)
        return 0; // Korean card rules: no installments under 50,000 won
    const quint64 x = rng.below(100);
    return x < 70 ? 0 : x < 82 ? 2 : x < 88 ? 3 : x < 94 ? 6 : 12;
}

int ledgerCopies(Defect d)
{
    return d == Defect::VanOnly ? 0 : (d == Defect::DuplicateLedger || d == Defect::DuplicateBoth) ? 2 : 1;
}

int vanCopies(Defect d)
{
    return d == Defect::LedgerOnly ? 0 : (d == Defect::DuplicateVan || d == Defect::DuplicateBoth) ? 2 : 1;
}

void writeDigits(char *out, quint64 value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

void add(ReconTotals &t, qint64 count, qint64 ledgerWon, qint64 vanWon)
{
    t.count += count;
    t.ledgerWon += ledgerWon;
    t.vanWon += vanWon;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

DemoGenerator::DemoGenerator(DemoOptions options)
    : m_options(std::move(options))
{
    build();
}

void DemoGenerator::build()
{
    const QTimeZone seoul("Asia/Seoul");
    if (m_options.rows <= 0 || m_options.rows > kMaxRows || !m_options.day.isValid() || !seoul.isValid())
        return; // generate() reports the bad option
    SplitMix64 rng(m_options.seed);

    // Customers: each holds one card of one company; who buys follows a Zipf-like law (weight 1/(rank+10)),
    // so a few regulars make many payments and most customers one or two.
    const qint64 customerCount = qMax<qint64>(1, m_options.rows / 20);
    WeightedPicker companies;
    for (const CardCompany &c : kCompanies)
        companies.add(quint64(c.share));
    WeightedPicker customers;
    m_customerCards.reserve(size_t(customerCount));
    m_customerCompany.reserve(size_t(customerCount));
    for (qint64 i = 0; i < customerCount; ++i) {
        const int company = companies.pick(rng);
        QByteArray card(16, '*');
        std::copy_n(kCompanies[company].bins[rng.below(2)], 6, card.data());
        writeDigits(card.data() + 12, rng.below(10000), 4);
        m_customerCards.push_back(card);
        m_customerCompany.push_back(quint8(company));
        customers.add(1000000000ULL / quint64(i + 10));
    }
    WeightedPicker merchants;
    for (const Merchant &m : kMerchants)
        merchants.add(quint64(m.weight));
    WeightedPicker hours;
    qint64 hourStartMs[24];
    for (int h = 0; h < 24; ++h) {
        hours.add(quint64(kHourWeights[h]));
        hourStartMs[h] = QDateTime(m_options.day, QTime(h, 0), seoul).toMSecsSinceEpoch();
    }
    const qint64 dayStartMs = hourStartMs[0];
    const qint64 dayEndMs = QDateTime(m_options.day.addDays(1), QTime(0, 0), seoul).toMSecsSinceEpoch();
    const auto daySeconds = quint32((dayEndMs - dayStartMs) / 1000);

    // Base approvals: their times first, put in order by counting (O(n); a comparison sort of a million
    // records costs seconds), then the rest of each record in time order, so transaction numbers grow
    // through the day with gaps as a POS numbers them.
    std::vector<quint32> perSecond(daySeconds, 0);
    for (qint64 i = 0; i < m_options.rows; ++i) {
        const int hour = hours.pick(rng);
        const auto second = quint32((hourStartMs[hour] - dayStartMs) / 1000 + qint64(rng.below(3600)));
        ++perSecond[qMin(second, daySeconds - 1)];
    }
    m_records.reserve(size_t(m_options.rows + m_options.rows / 20 + 16));
    qint64 transactionNo = 1000000000 + qint64(rng.below(1000000000));
    for (quint32 second = 0; second < daySeconds; ++second) {
        for (quint32 n = perSecond[second]; n > 0; --n) {
            Record r {};
            r.occurredAtMs = dayStartMs + qint64(second) * 1000;
            transactionNo += 1 + qint64(rng.below(9));
            r.transactionNo = transactionNo;
            r.customer = quint32(customers.pick(rng));
            r.merchant = quint16(merchants.pick(rng));
            r.amount = pickAmount(rng, kMerchants[r.merchant].category);
            r.installmentMonths = pickInstallment(rng, r.amount);
            r.approvalNo = quint32(rng.below(100000000));
            r.vanAmount = r.amount; // the VAN side agrees unless a defect says otherwise
            r.vanApprovalNo = r.approvalNo;
            r.kind = PaymentKind::Approval;
            r.defect = Defect::None;
            m_records.push_back(r);

            // Cancellations: about 3% of approvals are cancelled in full, 1% in part, later the same day,
            // under the same transaction id and the original approval number.
            const quint64 x = rng.below(1000);
            if (x >= 40)
                continue;
            Record c = r;
            c.kind = PaymentKind::Cancel;
            if (x >= 30)
                c.amount = c.vanAmount = qMax<qint64>(100, (c.amount * qint64(1 + rng.below(9)) / 10) / 100 * 100);
            const qint64 later = c.occurredAtMs + qint64(60 + rng.below(3 * 3600)) * 1000;
            c.occurredAtMs = qMax(c.occurredAtMs, qMin(later, dayEndMs - 1000));
            m_records.push_back(c);
        }
    }
    std::vector<quint32>().swap(perSecond);

    // The ledger lists records by time; records of the same second stay in (transaction_id, kind) order,
    // which m_records is in. A stable counting sort of indexes, again.
    {
        std::vector<size_t> start(size_t(daySeconds) + 1, 0);
        auto secondOf = [dayStartMs](const Record &r) { return size_t((r.occurredAtMs - dayStartMs) / 1000); };
        for (const Record &r : m_records)
            ++start[secondOf(r) + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        m_ledgerOrder.resize(m_records.size());
        for (size_t i = 0; i < m_records.size(); ++i)
            m_ledgerOrder[start[secondOf(m_records[i])]++] = quint32(i);
    }

    // Defects: a random sample of distinct keys, cut into one run per defect, so no key gets two.
    const size_t keys = m_records.size();
    std::vector<size_t> wanted(DefectCount, 0);
    size_t total = 0;
    for (int d = 1; d < DefectCount; ++d) {
        wanted[size_t(d)] = std::min(keys - total, std::max<size_t>(1, keys * size_t(kDefectPerMille[d]) / 1000));
        total += wanted[size_t(d)];
    }
    std::vector<quint32> order(keys);
    std::iota(order.begin(), order.end(), 0u);
    for (size_t j = 0; j < total; ++j)
        std::swap(order[j], order[j + size_t(rng.below(keys - j))]);
    size_t next = 0;
    for (int d = 1; d < DefectCount; ++d) {
        for (size_t k = 0; k < wanted[size_t(d)]; ++k) {
            Record &r = m_records[order[next++]];
            r.defect = Defect(d);
            if (r.defect == Defect::Amount || r.defect == Defect::AmountAndApprovalNo) {
                // A fee deducted, a typo, a partial capture: off by 100..5,000 won, never zero or negative.
                const qint64 delta = qint64(1 + rng.below(50)) * 100;
                r.vanAmount = rng.below(2) == 0 && r.amount > delta ? r.amount - delta : r.amount + delta;
            }
            if (r.defect == Defect::ApprovalNo || r.defect == Defect::AmountAndApprovalNo)
                r.vanApprovalNo = quint32((quint64(r.approvalNo) + 1 + rng.below(99999999)) % 100000000);
        }
    }

    // VAN batches come per card company, in time order within each: a stable counting sort by company.
    const size_t companyCount = sizeof(kCompanies) / sizeof(kCompanies[0]);
    std::vector<size_t> start(companyCount + 1, 0);
    for (const Record &r : m_records)
        ++start[m_customerCompany[r.customer] + 1u];
    std::partial_sum(start.begin(), start.end(), start.begin());
    m_vanOrder.resize(keys);
    for (const quint32 i : m_ledgerOrder)
        m_vanOrder[start[m_customerCompany[m_records[i].customer]]++] = i;
}

void DemoGenerator::appendTo(RecordTable &table, const Record &r, bool van) const
{
    char transactionId[12] = { '0', '0' };
    writeDigits(transactionId + 2, quint64(r.transactionNo), 10);
    char approvalNo[8];
    writeDigits(approvalNo, van ? r.vanApprovalNo : r.approvalNo, 8);
    char customerId[8] = { 'C' };
    writeDigits(customerId + 1, r.customer + 1, 7);
    char merchantId[10] = { '0', '0' };
    writeDigits(merchantId + 2, 31200000 + quint64(r.merchant) * 7919, 8);
    const Merchant &m = kMerchants[r.merchant];

    RecordView v;
    v.transactionId = QByteArrayView(transactionId, 12);
    v.kind = r.kind;
    v.amount = van ? r.vanAmount : r.amount;
    v.approvalNo = QByteArrayView(approvalNo, 8);
    v.occurredAtMs = r.occurredAtMs;
    v.cardNumber = m_customerCards[r.customer];
    v.cardCompany = QByteArrayView(kCompanies[m_customerCompany[r.customer]].name);
    v.merchantId = QByteArrayView(merchantId, 10);
    v.merchantName = QByteArrayView(m.name);
    v.customerId = QByteArrayView(customerId, 8);
    v.category = QByteArrayView(kCategories[m.category]);
    v.installmentMonths = r.installmentMonths;
    v.sourceLine = table.size() + 1;
    table.append(v);
}

RecordTable DemoGenerator::ledgerTable() const
{
    RecordTable t;
    t.reserve(qsizetype(m_records.size() + m_records.size() / 50 + 16), 110);
    for (const quint32 i : m_ledgerOrder) {
        const Record &r = m_records[i];
        for (int c = ledgerCopies(r.defect); c > 0; --c)
            appendTo(t, r, false);
    }
    return t;
}

RecordTable DemoGenerator::vanTable() const
{
    RecordTable t;
    t.reserve(qsizetype(m_records.size() + m_records.size() / 50 + 16), 110);
    for (const quint32 i : m_vanOrder) {
        const Record &r = m_records[i];
        for (int c = vanCopies(r.defect); c > 0; --c)
            appendTo(t, r, true);
    }
    return t;
}

std::vector<qint64> DemoGenerator::defectCounts() const
{
    std::vector<qint64> counts(DefectCount, 0);
    for (const Record &r : m_records)
        ++counts[size_t(r.defect)];
    return counts;
}

QJsonObject DemoGenerator::truth() const
{
    return QJsonDocument::fromJson(truthJson()).object();
}

QByteArray DemoGenerator::truthJson() const
{
    // Outcomes follow the engine's rules, worked out per key from the defect injected on it. The discrepancy
    // list is written as text: QJsonArray costs seconds for the 50,000 entries of a million-row run.
    ReconSummary s;
    QByteArray list;
    list.reserve(qsizetype(m_records.size() / 20 + 16) * 120);
    auto entry = [&list](const Record &r, ReconStatus status, const char *reasons, const char *side) {
        char id[12] = { '0', '0' };
        writeDigits(id + 2, quint64(r.transactionNo), 10);
        list.append(list.isEmpty() ? "\n    {\"transaction_id\": \"" : ",\n    {\"transaction_id\": \"");
        list.append(id, 12);
        list.append("\", \"kind\": \"");
        list.append(r.kind == PaymentKind::Cancel ? "cancel" : "approval");
        list.append("\", \"status\": \"");
        list.append(ReconStatuses::toString(status).toLatin1());
        list.append("\", \"reasons\": [");
        list.append(reasons);
        list.append("], \"side\": \"");
        list.append(side);
        list.append("\"}");
    };
    auto duplicateSide = [](Defect d) {
        return d == Defect::DuplicateBoth ? "both" : d == Defect::DuplicateVan ? "van" : "ledger";
    };
    auto sign = [](const Record &r) { return r.kind == PaymentKind::Cancel ? -1 : 1; };

    // Ledger records in ledger order first, then the VAN records that pair with nothing, in VAN order.
    for (const quint32 i : m_ledgerOrder) {
        const Record &r = m_records[i];
        const int lc = ledgerCopies(r.defect);
        const int vc = vanCopies(r.defect);
        s.ledgerRecords += lc;
        s.vanRecords += vc;
        s.ledgerNetWon += lc * sign(r) * r.amount;
        s.vanNetWon += vc * sign(r) * r.vanAmount;
        auto &st = s.byStatus;
        switch (r.defect) {
        case Defect::None:
            add(st[size_t(ReconStatus::Matched)], 1, r.amount, r.vanAmount);
            break;
        case Defect::Amount:
            add(st[size_t(ReconStatus::Mismatched)], 1, r.amount, r.vanAmount);
            add(s.amountReason, 1, r.amount, r.vanAmount);
            entry(r, ReconStatus::Mismatched, "\"amount\"", "");
            break;
        case Defect::ApprovalNo:
            add(st[size_t(ReconStatus::Mismatched)], 1, r.amount, r.vanAmount);
            add(s.approvalNoReason, 1, r.amount, r.vanAmount);
            entry(r, ReconStatus::Mismatched, "\"approval_no\"", "");
            break;
        case Defect::AmountAndApprovalNo:
            add(st[size_t(ReconStatus::Mismatched)], 1, r.amount, r.vanAmount);
            add(s.amountReason, 1, r.amount, r.vanAmount);
            add(s.approvalNoReason, 1, r.amount, r.vanAmount);
            entry(r, ReconStatus::Mismatched, "\"amount\", \"approval_no\"", "");
            break;
        case Defect::LedgerOnly:
            add(st[size_t(ReconStatus::LedgerOnly)], 1, r.amount, 0);
            entry(r, ReconStatus::LedgerOnly, "", "");
            break;
        case Defect::VanOnly:
            add(st[size_t(ReconStatus::VanOnly)], 1, 0, r.vanAmount);
            break;
        case Defect::DuplicateLedger:
        case Defect::DuplicateVan:
        case Defect::DuplicateBoth:
            // Every record of a duplicated key, on either side, is one duplicate outcome.
            add(st[size_t(ReconStatus::Duplicate)], lc + vc, lc * r.amount, vc * r.vanAmount);
            for (int c = 0; c < lc; ++c)
                entry(r, ReconStatus::Duplicate, "", duplicateSide(r.defect));
            break;
        }
    }
    for (const quint32 i : m_vanOrder) {
        const Record &r = m_records[i];
        if (r.defect == Defect::VanOnly) {
            entry(r, ReconStatus::VanOnly, "", "");
        } else if (r.defect == Defect::DuplicateLedger || r.defect == Defect::DuplicateVan
            || r.defect == Defect::DuplicateBoth) {
            for (int c = 0; c < vanCopies(r.defect); ++c)
                entry(r, ReconStatus::Duplicate, "", duplicateSide(r.defect));
        }
    }

    QJsonObject summary = s.toJson();
    summary.remove(QStringLiteral("rejected_rows")); // a generated file has none
    summary.remove(QStringLiteral("discrepancies")); // the list is the truth; its length is the count
    // JSON numbers are doubles: a seed above 2^53 would not survive, so it is written as a string then.
    const QJsonValue seed = m_options.seed <= (1ULL << 53) ? QJsonValue(qint64(m_options.seed))
                                                           : QJsonValue(QString::number(m_options.seed));
    const QJsonObject head { { QStringLiteral("seed"), seed }, { QStringLiteral("rows"), m_options.rows },
        { QStringLiteral("profile"), m_options.vanProfile },
        { QStringLiteral("day"), m_options.day.toString(Qt::ISODate) }, { QStringLiteral("summary"), summary } };
    QByteArray json = QJsonDocument(head).toJson(QJsonDocument::Indented);
    json.chop(2); // "}\n": the list goes in before the closing brace
    json.append(",\n    \"discrepancies\": [");
    json.append(list);
    json.append(list.isEmpty() ? "]\n}\n" : "\n    ]\n}\n");
    return json;
}

bool DemoGenerator::generate(const QString &outDir, QString *error)
{
    if (m_options.rows <= 0 || m_options.rows > kMaxRows)
        return fail(error, QStringLiteral("rows must be between 1 and %1, not %2").arg(kMaxRows).arg(m_options.rows));
    if (!m_options.day.isValid())
        return fail(error, QStringLiteral("the business day is not a valid date"));
    if (!QTimeZone("Asia/Seoul").isValid())
        return fail(error, QStringLiteral("this system has no Asia/Seoul time zone data"));
    const QDir dir(outDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(error, QStringLiteral("%1: cannot create the directory").arg(outDir));
    QString inner;
    const auto vanProfile = VanProfile::load(m_options.vanProfile, &inner);
    if (!vanProfile)
        return fail(error, inner);
    const auto canonical = VanProfile::load(QStringLiteral("canonical-utf8"), &inner);
    if (!canonical)
        return fail(error, inner);

    if (m_options.sqlite || m_options.mysqlDump || m_options.ledgerCsv) {
        // One side at a time: a million-row table is ~150 MB, and the VAN side is built only after this is freed.
        const RecordTable ledger = ledgerTable();
        if (m_options.sqlite && !DemoLedger::writeSqlite(dir.filePath(QStringLiteral("ledger.db")), ledger, error))
            return false;
        if (m_options.mysqlDump
            && !DemoLedger::writeMySqlDump(dir.filePath(QStringLiteral("ledger.sql")), ledger, error))
            return false;
        if (m_options.ledgerCsv
            && !VanFileWriter::write(dir.filePath(QStringLiteral("ledger.csv")), ledger, *canonical, {}, error))
            return false;
    }
    {
        VanWriteOptions o;
        o.crlf = true;
        o.padFields = true;
        if (!VanFileWriter::write(dir.filePath(QStringLiteral("van.csv")), vanTable(), *vanProfile, o, error))
            return false;
    }
    const QString truthPath = dir.filePath(QStringLiteral("truth.json"));
    QSaveFile file(truthPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, QStringLiteral("%1: cannot create: %2").arg(truthPath, file.errorString()));
    file.write(truthJson());
    if (!file.commit())
        return fail(error, QStringLiteral("%1: cannot write: %2").arg(truthPath, file.errorString()));
    return true;
}
