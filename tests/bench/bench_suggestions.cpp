// Pairing suggestions at scale: SuggestionEngine::rank over N ledger-only x N VAN-only realistic open items
// (default N = 10,000 and 100,000), median wall and CPU time of --runs and peak RSS. Run by hand, never by ctest:
//
//   build/tests/bench/bench_suggestions [--sizes 10000,100000] [--runs 5] [--seed 42]
//
// The items look like a day's leftovers: transaction ids from one sequential numbering (so many ids have
// neighbours one edit away), popular prices repeated, a pool of regular customers' cards, 8-digit approval
// numbers that sometimes collide, 5% cancellations. A third of the ledger items have a partner on the VAN side
// with a mistyped id, the same approval number, or the same amount and card minutes apart; the bench counts how
// many of those partners come first (a sanity figure, not a test). Peak RSS is VmHWM, reset per size when the
// kernel allows (echo 5 > /proc/self/clear_refs), so it is what one size needs on top of the process.
#include "benchsupport.h"
#include "resolve/suggestionengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

namespace {
using BenchSupport::loadAverage;
using BenchSupport::procStatusKb;

constexpr qint64 kDayStartMs = 1795046400000; // 2026-11-18 00:00 KST as UTC ms
constexpr qint64 kMinute = 60 * 1000;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/// CPU time of the calling thread, ms: on a shared machine it moves far less with the load than wall time does.
double threadCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

struct Data
{
    std::vector<SuggestionItem> ledger;
    std::vector<SuggestionItem> van;
    QHash<qint64, qint64> planted; // ledger id -> van id
};

class Generator
{
public:
    explicit Generator(quint32 seed, int n)
        : m_rng(seed)
        , m_n(n)
    {
        for (int i = 0; i < qMax(100, n / 5); ++i)
            m_regularCards.push_back(fourDigits());
    }

    SuggestionItem randomItem(qint64 id)
    {
        static const qint64 popular[] = { 4500, 5000, 6500, 9000, 12000, 15000, 30000, 50000 };
        SuggestionItem item;
        item.id = id;
        // One numbering for the day, 20 numbers per open item: the open items are a sparse subset of it.
        item.transactionId = "T20261118" + QByteArray::number(m_rng.bounded(qint64(20) * m_n)).rightJustified(9, '0');
        item.kind = m_rng.bounded(20) == 0 ? PaymentKind::Cancel : PaymentKind::Approval;
        item.amount = m_rng.bounded(10) < 4 ? popular[m_rng.bounded(8)] : 100 * m_rng.bounded(10, 20000);
        item.approvalNo = QByteArray::number(m_rng.bounded(10000000, 100000000));
        // Business hours 08:00-22:00 with a lunch peak.
        const int minute = m_rng.bounded(4) == 0 ? 11 * 60 + 30 + m_rng.bounded(120) : 8 * 60 + m_rng.bounded(14 * 60);
        item.occurredAtMs = kDayStartMs + minute * kMinute + m_rng.bounded(60000);
        item.cardLast4
            = m_rng.bounded(3) == 0 ? m_regularCards[size_t(m_rng.bounded(int(m_regularCards.size())))] : fourDigits();
        if (m_rng.bounded(50) == 0)
            item.cardLast4.clear(); // some files mask the whole card
        return item;
    }

    /// Makes van the partner of ledger, with one kind of evidence.
    void plant(const SuggestionItem &ledger, SuggestionItem &van, int kind)
    {
        van.kind = ledger.kind;
        van.occurredAtMs = ledger.occurredAtMs + m_rng.bounded(-15, 16) * kMinute;
        QByteArray id = ledger.transactionId;
        const int at = m_rng.bounded(9, int(id.size()) - 1);
        switch (kind % 3) {
        case 0:
            id[at] = char('0' + (id[at] - '0' + 1 + m_rng.bounded(8)) % 10); // a mistyped digit
            van.transactionId = id;
            van.amount = ledger.amount;
            break;
        case 1:
            van.approvalNo = ledger.approvalNo;
            van.amount = ledger.amount;
            break;
        default:
            van.amount = ledger.amount;
            van.cardLast4 = ledger.cardLast4.isEmpty() ? fourDigits() : ledger.cardLast4;
            break;
        }
    }

private:
    QByteArray fourDigits() { return QByteArray::number(m_rng.bounded(10000)).rightJustified(4, '0'); }

    QRandomGenerator m_rng;
    int m_n;
    std::vector<QByteArray> m_regularCards;
};

Data generate(int n, quint32 seed)
{
    Generator gen(seed, n);
    Data data;
    data.ledger.reserve(size_t(n));
    data.van.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        data.ledger.push_back(gen.randomItem(i));
        data.van.push_back(gen.randomItem(qint64(10000000) + i));
    }
    // Every third ledger item gets a partner; 7919 is prime, so the partners are distinct VAN items.
    for (int l = 0; l < n; l += 3) {
        SuggestionItem &van = data.van[size_t((qint64(l) * 7919) % n)];
        gen.plant(data.ledger[size_t(l)], van, l / 3);
        data.planted.insert(data.ledger[size_t(l)].id, van.id);
    }
    return data;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SuggestionEngine::rank over N x N open items."));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
        QStringLiteral("Comma-separated N (default 10000,100000)."), QStringLiteral("list"),
        QStringLiteral("10000,100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs per size (default 5)."),
        QStringLiteral("k"), QStringLiteral("5"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed (default 42)."),
        QStringLiteral("s"), QStringLiteral("42"));
    parser.addOptions({ sizesOption, runsOption, seedOption });
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const quint32 seed = parser.value(seedOption).toUInt();

    std::printf(
        "bench_suggestions: %d runs per size, seed %u, load average %s\n", runs, seed, loadAverage().constData());
    for (const QString &sizeText : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = sizeText.toInt();
        if (n <= 0) {
            std::fprintf(stderr, "bench_suggestions: bad size %s\n", qPrintable(sizeText));
            return 2;
        }
        const Data data = generate(n, seed);
        const bool peakReset = resetPeakRss();
        const qint64 rssBeforeKb = procStatusKb("VmRSS:");
        std::vector<double> times;
        std::vector<double> cpuTimes;
        std::vector<std::vector<Suggestion>> result;
        for (int run = 0; run < runs; ++run) {
            result.clear();
            result.shrink_to_fit();
            QElapsedTimer timer;
            const double cpuStart = threadCpuMs();
            timer.start();
            result = SuggestionEngine().rank(data.ledger, data.van);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpuTimes.push_back(threadCpuMs() - cpuStart);
        }
        qint64 suggestions = 0;
        qint64 withAny = 0;
        qint64 plantedFirst = 0;
        for (size_t l = 0; l < result.size(); ++l) {
            suggestions += qint64(result[l].size());
            withAny += result[l].empty() ? 0 : 1;
            const auto it = data.planted.constFind(data.ledger[l].id);
            if (it != data.planted.cend() && !result[l].empty() && result[l][0].vanId == it.value())
                ++plantedFirst;
        }
        std::printf("%d x %d: median %.1f ms (min %.1f, max %.1f) over %d runs, median CPU %.1f ms; peak RSS %lld MiB "
                    "(%s, %lld MiB before the runs); %lld suggestions, %lld ledger items with any, planted partner "
                    "first %lld of %lld\n",
            n, n, median(times), *std::min_element(times.begin(), times.end()),
            *std::max_element(times.begin(), times.end()), runs, median(cpuTimes), procStatusKb("VmHWM:") / 1024,
            peakReset ? "reset for this size" : "process peak", rssBeforeKb / 1024, suggestions, withAny, plantedFirst,
            qint64(data.planted.size()));
        std::fflush(stdout);
    }
    return 0;
}
