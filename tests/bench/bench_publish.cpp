// Publishing throughput: a reconciliation outcome of N matched rows (default 1,000,000, built in memory with the
// demo generator and ReconEngine) goes through PublishJob as payrecon-cli's `reconcile --publish` does it, in two
// phases timed apart: (a) enqueue into a fresh outbox (one transaction), (b) drain to the fake Elasticsearch
// (`fake-es`, its own process, with --no-sources --no-validate so it is not the bottleneck). Median of --runs.
// Run by hand, never by ctest:
//
//   build/tests/bench/bench_publish [--docs 1000000] [--runs 3] [--fake-es build/tests/fake-es]
//
// Peak RSS per phase comes from VmHWM after resetting it (echo 5 > /proc/self/clear_refs) at the phase's start,
// so the drain's figure is what publishing adds on top of the outcome already in memory. The fake's CPU is read
// from /proc/<pid>/stat; the process's own from getrusage.
#include "benchsupport.h"
#include "publish/publishjob.h"

#include "demo/demogenerator.h"
#include "publish/esclient.h"
#include "reconcile/reconciliationjob.h"
#include "reconcile/reconengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

#ifndef PAYRECON_FAKE_ES_PATH
#define PAYRECON_FAKE_ES_PATH ""
#endif

namespace {
using BenchSupport::loadAverage;
using BenchSupport::procStatusKb;

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/// Resets VmHWM to the current RSS (Linux ≥ 4.0); false when the kernel refuses.
bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

QByteArray cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return "unknown CPU";
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return line.mid(line.indexOf(':') + 1).trimmed();
    }
    return "unknown CPU";
}

double memTotalGiB()
{
    QFile file(QStringLiteral("/proc/meminfo"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("MemTotal:"))
            return line.mid(9).trimmed().split(' ').first().toDouble() / 1048576.0;
    }
    return 0;
}

/// User + system CPU seconds of this process.
double selfCpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// User + system CPU seconds of another process, from /proc/<pid>/stat; -1 when unreadable.
double processCpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'; utime and stime are the
    // 14th and 15th fields of the line, i.e. the 12th and 13th after it.
    const QList<QByteArray> f = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (f.size() < 13)
        return -1;
    return double(f.at(11).toLongLong() + f.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

QString grouped(double v)
{
    QString s = QString::number(qint64(v + 0.5));
    for (int i = s.size() - 3; i > 0; i -= 3)
        s.insert(i, u',');
    return s;
}

void out(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_publish: %s\n", why.toUtf8().constData());
    std::exit(1);
}

/// A fake-es process on a free port, with source keeping and mapping checks off.
class FakeEsProcess
{
public:
    explicit FakeEsProcess(const QString &program)
    {
        m_process.setProgram(program);
        m_process.setArguments({ QStringLiteral("--user"), QStringLiteral("bench"), QStringLiteral("--password"),
            QStringLiteral("bench-pw"), QStringLiteral("--no-sources"), QStringLiteral("--no-validate") });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            die(QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString()));
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(10000))
            line += m_process.readAllStandardOutput();
        if (!line.startsWith("PORT "))
            die(QStringLiteral("fake-es did not say its port (got \"%1\")").arg(QString::fromUtf8(line.trimmed())));
        m_port = line.mid(5).trimmed().toInt();
    }
    ~FakeEsProcess()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    int port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    int m_port = 0;
};

/// N matched rows: the demo dataset reconciled, its discrepancies dropped, the rest cut to N.
ReconOutcome matchedOutcome(qint64 docs)
{
    DemoOptions options;
    options.rows = docs + docs / 8 + 100; // about 8.5 % of keys carry a defect; keep a margin
    options.seed = 42;
    options.sqlite = options.mysqlDump = options.ledgerCsv = false;
    const DemoGenerator generator(options);
    ReconOutcome outcome;
    outcome.ledger = generator.ledgerTable();
    outcome.van = generator.vanTable();
    outcome.result = ReconEngine().run(outcome.ledger, outcome.van);
    std::vector<ReconRow> &rows = outcome.result.rows;
    rows.erase(
        std::remove_if(rows.begin(), rows.end(), [](const ReconRow &r) { return r.status != ReconStatus::Matched; }),
        rows.end());
    if (qint64(rows.size()) < docs)
        die(QStringLiteral("the demo dataset has only %1 matched rows").arg(rows.size()));
    rows.resize(size_t(docs));
    rows.shrink_to_fit();
    return outcome;
}

struct RunFigures
{
    double enqueueS = 0;
    double drainS = 0;
    qint64 enqueuePeakKb = 0; ///< VmHWM during the phase
    qint64 enqueueStartKb = 0; ///< VmRSS at its start
    qint64 drainPeakKb = 0;
    qint64 drainStartKb = 0;
    double drainCpuS = 0; ///< this process, during the drain
    double fakeCpuS = 0; ///< fake-es, during the drain
    double readCpuS = 0; ///< of drainCpuS: the thread reading chunks from the outbox
    double writeCpuS = 0; ///< of drainCpuS: the thread writing outcomes to the outbox
    qint64 requests = 0;
    qint64 storeBytes = 0; ///< outbox file (+ WAL) after the drain
    QByteArray loadBefore;
    QByteArray loadAfter;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The publisher's info lines (one per run) would interleave with the table; PAYRECON_BENCH_LOG=1 keeps them.
    if (qEnvironmentVariableIsEmpty("PAYRECON_BENCH_LOG"))
        QLoggingCategory::setFilterRules(QStringLiteral("payrecon.*.info=false"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Enqueue and publish N verified documents to the fake Elasticsearch."));
    p.addHelpOption();
    p.addOptions({
        { QStringLiteral("docs"), QStringLiteral("Verified documents (default 1000000)."), QStringLiteral("n"),
            QStringLiteral("1000000") },
        { QStringLiteral("runs"), QStringLiteral("Timed runs (default 3)."), QStringLiteral("k"), QStringLiteral("3") },
        { QStringLiteral("fake-es"), QStringLiteral("The fake-es program."), QStringLiteral("path"),
            QStringLiteral(PAYRECON_FAKE_ES_PATH) },
        { QStringLiteral("bulk-max-docs"), QStringLiteral("Documents per _bulk (default the app's)."),
            QStringLiteral("n"), QString::number(EsConfig::DefaultBulkMaxDocs) },
        { QStringLiteral("bulk-max-bytes"), QStringLiteral("Bytes per _bulk (default the app's)."), QStringLiteral("n"),
            QString::number(EsConfig::DefaultBulkMaxBytes) },
        { QStringLiteral("dir"), QStringLiteral("Where the throwaway outboxes go (default a temporary folder)."),
            QStringLiteral("dir") },
    });
    p.process(app);
    const qint64 docs = p.value(QStringLiteral("docs")).toLongLong();
    const int runs = p.value(QStringLiteral("runs")).toInt();
    const QString fakeEs = p.value(QStringLiteral("fake-es"));
    if (docs <= 0 || runs <= 0)
        die(QStringLiteral("--docs and --runs must be positive"));
    if (fakeEs.isEmpty() || !QFileInfo(fakeEs).isExecutable())
        die(QStringLiteral("fake-es not found (%1); pass --fake-es").arg(fakeEs));
    QTemporaryDir tmp(p.isSet(QStringLiteral("dir"))
            ? p.value(QStringLiteral("dir")) + QStringLiteral("/bench-publish-XXXXXX")
            : QDir::tempPath() + QStringLiteral("/bench-publish-XXXXXX"));
    if (!tmp.isValid())
        die(QStringLiteral("cannot create a temporary folder"));

    const QByteArray machine = QByteArray::number(sysconf(_SC_NPROCESSORS_ONLN)) + " CPUs (" + cpuModel() + "), "
        + QByteArray::number(memTotalGiB(), 'f', 1) + " GiB RAM, " + QSysInfo::prettyProductName().toUtf8() + ", Linux "
        + QSysInfo::kernelVersion().toUtf8() + ", Qt " + qVersion();
    out(QStringLiteral("bench_publish: %1 docs, %2 runs; %3").arg(docs).arg(runs).arg(QString::fromUtf8(machine)));

    QElapsedTimer clock;
    clock.start();
    const ReconOutcome outcome = matchedOutcome(docs);
    out(QStringLiteral("outcome: %1 matched rows (ledger %2, VAN %3 records) built in %4 ms; RSS %5 MiB")
            .arg(outcome.result.rows.size())
            .arg(outcome.ledger.size())
            .arg(outcome.van.size())
            .arg(clock.elapsed())
            .arg(procStatusKb("VmRSS:") / 1024));

    const qint64 buildPeakKb = procStatusKb("VmHWM:");
    const bool peakResets = resetPeakRss();
    std::vector<RunFigures> figures;
    for (int run = 1; run <= runs; ++run) {
        RunFigures f;
        f.loadBefore = loadAverage();
        const QString store = tmp.filePath(QStringLiteral("outbox-%1.sqlite").arg(run));
        FakeEsProcess fake(fakeEs);
        EsConfig config;
        config.nodes = { QUrl(QStringLiteral("http://127.0.0.1:%1").arg(fake.port())) };
        config.user = QStringLiteral("bench");
        config.password = QStringLiteral("bench-pw");
        config.bulkMaxDocs = p.value(QStringLiteral("bulk-max-docs")).toInt();
        config.bulkMaxBytes = p.value(QStringLiteral("bulk-max-bytes")).toLongLong();
        PublishJob job(config, StoreLocation { store });

        resetPeakRss();
        f.enqueueStartKb = procStatusKb("VmRSS:");
        clock.restart();
        const PublishEnqueueResult enqueued = job.enqueue(outcome, QDate(2026, 11, 24));
        f.enqueueS = double(clock.nsecsElapsed()) / 1e9;
        f.enqueuePeakKb = procStatusKb("VmHWM:");
        if (!enqueued.error.isEmpty() || enqueued.documents != docs || enqueued.changes != docs)
            die(QStringLiteral("enqueue: %1 documents, %2 changes (%3)")
                    .arg(enqueued.documents)
                    .arg(enqueued.changes)
                    .arg(enqueued.error));

        resetPeakRss();
        f.drainStartKb = procStatusKb("VmRSS:");
        const double cpu0 = selfCpuSeconds();
        const double fake0 = processCpuSeconds(fake.pid());
        clock.restart();
        const PublishDrainResult drained = job.drain(0);
        f.drainS = double(clock.nsecsElapsed()) / 1e9;
        f.drainPeakKb = procStatusKb("VmHWM:");
        f.drainCpuS = selfCpuSeconds() - cpu0;
        f.fakeCpuS = processCpuSeconds(fake.pid()) - fake0;
        f.requests = drained.publish.requests;
        f.readCpuS = drained.publish.storeReadCpuS;
        f.writeCpuS = drained.publish.storeWriteCpuS;
        if (!drained.complete() || drained.publish.published != docs)
            die(QStringLiteral("drain: %1 published, %2 failed, %3 pending (%4%5)")
                    .arg(drained.publish.published)
                    .arg(drained.publish.failed)
                    .arg(drained.publish.remaining.pending)
                    .arg(drained.error, drained.publish.error));

        // Exactly once: the index holds N documents, no more.
        EsClient client(config);
        const EsResponse count = client.get(QStringLiteral("/%1/_count").arg(config.verifiedIndex));
        const qint64 indexed = count.json().value(u"count").toInteger(-1);
        if (indexed != docs)
            die(QStringLiteral("the fake holds %1 documents in %2, not %3")
                    .arg(indexed)
                    .arg(config.verifiedIndex)
                    .arg(docs));
        f.storeBytes = QFileInfo(store).size() + QFileInfo(store + QStringLiteral("-wal")).size();
        f.loadAfter = loadAverage();
        out(QStringLiteral("run %1/%2: enqueue %3 s (%4 docs/s, peak RSS %5 MiB from %6), drain %7 s (%8 docs/s, "
                           "%9 requests, peak RSS %10 MiB from %11; CPU: publisher %12 s (outbox reader %17 s, "
                           "writer %18 s), fake-es %13 s); outbox %14 MiB; load %15 -> %16")
                .arg(run)
                .arg(runs)
                .arg(f.enqueueS, 0, 'f', 2)
                .arg(grouped(double(docs) / f.enqueueS))
                .arg(f.enqueuePeakKb / 1024)
                .arg(f.enqueueStartKb / 1024)
                .arg(f.drainS, 0, 'f', 2)
                .arg(grouped(double(docs) / f.drainS))
                .arg(f.requests)
                .arg(f.drainPeakKb / 1024)
                .arg(f.drainStartKb / 1024)
                .arg(f.drainCpuS, 0, 'f', 1)
                .arg(f.fakeCpuS, 0, 'f', 1)
                .arg(f.storeBytes / 1048576)
                .arg(QString::fromUtf8(f.loadBefore), QString::fromUtf8(f.loadAfter))
                .arg(f.readCpuS, 0, 'f', 1)
                .arg(f.writeCpuS, 0, 'f', 1));
        figures.push_back(f);
        QFile::remove(store);
        QFile::remove(store + QStringLiteral("-wal"));
        QFile::remove(store + QStringLiteral("-shm"));
    }

    auto col = [&](auto get) {
        std::vector<double> v;
        for (const RunFigures &f : figures)
            v.push_back(double(get(f)));
        return v;
    };
    auto minmax = [](std::vector<double> v) {
        return std::make_pair(*std::min_element(v.begin(), v.end()), *std::max_element(v.begin(), v.end()));
    };
    const std::vector<double> enq = col([](const RunFigures &f) { return f.enqueueS; });
    const std::vector<double> drn = col([](const RunFigures &f) { return f.drainS; });
    const std::vector<double> tot = col([](const RunFigures &f) { return f.enqueueS + f.drainS; });
    const std::vector<double> enqPeaks = col([](const RunFigures &f) { return f.enqueuePeakKb; });
    const std::vector<double> drnPeaks = col([](const RunFigures &f) { return f.drainPeakKb; });
    const double enqPeak = *std::max_element(enqPeaks.begin(), enqPeaks.end()) / 1024.0;
    const double drnPeak = *std::max_element(drnPeaks.begin(), drnPeaks.end()) / 1024.0;
    // Growth within each run (peak − RSS at the phase's start), the largest over the runs: what the phase adds.
    const double enqGrowth
        = *std::max_element(enqPeaks.begin(), enqPeaks.end()) / 1024.0 - figures.front().enqueueStartKb / 1024.0;
    double drnGrowth = 0;
    for (const RunFigures &f : figures)
        drnGrowth = std::max(drnGrowth, double(f.drainPeakKb - f.drainStartKb) / 1024.0);
    const double maxRss = std::max({ double(buildPeakKb), enqPeak * 1024, drnPeak * 1024 }) / 1024.0;
    const std::vector<double> pubCpu = col([](const RunFigures &f) { return f.drainCpuS; });
    const std::vector<double> fakeCpu = col([](const RunFigures &f) { return f.fakeCpuS; });
    const std::vector<double> readCpu = col([](const RunFigures &f) { return f.readCpuS; });
    const std::vector<double> writeCpu = col([](const RunFigures &f) { return f.writeCpuS; });

    out(QString());
    out(QStringLiteral("## bench_publish: %1 verified documents, median of %2 runs")
            .arg(grouped(double(docs)))
            .arg(runs));
    out(QString());
    out(QStringLiteral("Machine: %1. Load average (1/5/15 min) before the first run %2, after the last %3.")
            .arg(QString::fromUtf8(machine), QString::fromUtf8(figures.front().loadBefore),
                QString::fromUtf8(figures.back().loadAfter)));
    out(QString());
    out(QStringLiteral("| phase | median s | min / max s | median docs/s | peak RSS MiB (growth in the phase) |"));
    out(QStringLiteral("|---|---|---|---|---|"));
    auto row = [&](const QString &name, const std::vector<double> &v, const QString &rss) {
        const auto [lo, hi] = minmax(v);
        out(QStringLiteral("| %1 | %2 | %3 / %4 | %5 | %6 |")
                .arg(name)
                .arg(median(v), 0, 'f', 2)
                .arg(lo, 0, 'f', 2)
                .arg(hi, 0, 'f', 2)
                .arg(grouped(double(docs) / median(v)))
                .arg(rss));
    };
    row(QStringLiteral("(a) enqueue into a fresh outbox (one transaction)"), enq,
        QStringLiteral("%1 (+%2)").arg(enqPeak, 0, 'f', 0).arg(enqGrowth, 0, 'f', 0));
    row(QStringLiteral("(b) drain to fake-es (`_bulk`, %1 docs / %2 MiB chunks)")
            .arg(p.value(QStringLiteral("bulk-max-docs")))
            .arg(p.value(QStringLiteral("bulk-max-bytes")).toDouble() / 1048576.0, 0, 'f', 0),
        drn, QStringLiteral("%1 (+%2)").arg(drnPeak, 0, 'f', 0).arg(drnGrowth, 0, 'f', 0));
    row(QStringLiteral("(a) + (b)"), tot,
        QStringLiteral("%1 whole process, building the outcome included").arg(maxRss, 0, 'f', 0));
    out(QString());
    out(QStringLiteral("- Drain CPU (median): publisher process %1 s, of it the outbox reader thread %3 s and the "
                       "writer thread %4 s; fake-es process %2 s (sources not kept, mappings not checked). Two cores "
                       "hold at most twice the wall time.")
            .arg(median(pubCpu), 0, 'f', 1)
            .arg(median(fakeCpu), 0, 'f', 1)
            .arg(median(readCpu), 0, 'f', 1)
            .arg(median(writeCpu), 0, 'f', 1));
    out(QStringLiteral(
        "- Peak RSS per phase is VmHWM reset at the phase's start%1; the outcome (%2 rows and both "
        "record tables, %3 MiB after building) is in memory throughout. Growth: enqueue over the first run's "
        "start, drain the largest within one run; SQLite's page cache (64 MiB at most) is part of it "
        "and stays allocated between runs.")
            .arg(peakResets ? QString() : QStringLiteral(" (RESET REFUSED by the kernel: figures are whole-process)"))
            .arg(grouped(double(docs)))
            .arg(figures.front().enqueueStartKb / 1024.0, 0, 'f', 0));
    out(QStringLiteral("- Every run checked: %1 documents enqueued as new, all acknowledged, the fake's index holds "
                       "exactly %1.")
            .arg(grouped(double(docs))));
    QByteArray floor = "- Issue floor (publishing >= 100,000 docs/s): drain ";
    floor += median(drn) > 0 && double(docs) / median(drn) >= 100000 ? "met" : "NOT met";
    floor += ", enqueue + drain ";
    floor += median(tot) > 0 && double(docs) / median(tot) >= 100000 ? "met." : "NOT met.";
    out(QString::fromUtf8(floor));
    return 0;
}
