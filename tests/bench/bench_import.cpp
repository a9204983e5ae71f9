// The VAN importer on its own: CsvImporter::importFile over one file, median wall and CPU time of --runs and peak
// RSS; or, with --no-newline-mb N, a generated N MB file without a single line end (bounded memory, linear time).
// Run by hand, never by ctest:
//
//   build/tests/bench/bench_import --file van.csv --profile kvan-cp949 [--runs 3]
//   build/tests/bench/bench_import --no-newline-mb 1024 [--dir /tmp]
//
// CPU time is the importing thread's own: on a shared machine it moves far less with the load than wall time.
#include "benchsupport.h"
#include "import/csvimporter.h"
#include "import/vanprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

namespace {
using BenchSupport::loadAverage;
using BenchSupport::procStatusKb;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double threadCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

int importFile(const QString &path, const VanProfile &profile, int runs)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int run = 0; run < runs; ++run) {
        const QByteArray load = loadAverage();
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = threadCpuMs();
        const ImportResult r = CsvImporter(profile).importFile(path);
        const double cpuMs = threadCpuMs() - cpu0;
        const double wallMs = double(timer.nsecsElapsed()) / 1e6;
        if (!r.ok()) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(r.error));
            return 1;
        }
        wall.push_back(wallMs);
        cpu.push_back(cpuMs);
        std::printf("run %d: %.0f ms wall, %.0f ms cpu, %lld records, %lld rejected, %lld lines, load %s\n", run + 1,
            wallMs, cpuMs, qint64(r.table.size()), r.rejectedCount, r.physicalLines, load.constData());
    }
    std::printf("median of %d: %.0f ms wall, %.0f ms cpu; peak RSS %lld MB\n", runs, median(wall), median(cpu),
        procStatusKb("VmHWM:") / 1024);
    return 0;
}

int noNewline(qint64 mb, const QString &dir)
{
    QTemporaryDir tmp(dir + QStringLiteral("/bench_import-XXXXXX"));
    const QString path = tmp.filePath(QStringLiteral("one-line.csv"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "bench_import: cannot write %s\n", qPrintable(path));
            return 1;
        }
        f.write("transaction_id,amount,occurred_at\n");
        const QByteArray block(1 << 20, 'x');
        for (qint64 i = 0; i < mb; ++i)
            f.write(block);
    }
    VanProfile p;
    p.name = QStringLiteral("bench");
    p.columns.insert(QStringLiteral("transaction_id"), { QStringLiteral("transaction_id"), 0 });
    p.columns.insert(QStringLiteral("amount"), { QStringLiteral("amount"), 0 });
    p.columns.insert(QStringLiteral("occurred_at"), { QStringLiteral("occurred_at"), 0 });
    p.datetimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    const qint64 rss0 = procStatusKb("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    const ImportResult r = CsvImporter(p).importFile(path);
    std::printf("%lld MB without a line end: %lld ms, %lld rejected, %lld lines; RSS %lld MB before, peak %lld MB; "
                "load %s\n",
        mb, timer.elapsed(), r.rejectedCount, r.physicalLines, rss0 / 1024, procStatusKb("VmHWM:") / 1024,
        loadAverage().constData());
    if (!r.rejected.empty())
        std::printf("  %s\n", qPrintable(r.rejected.front().reason));
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({ { QStringLiteral("file"), QStringLiteral("VAN file to import."), QStringLiteral("path") },
        { QStringLiteral("profile"), QStringLiteral("Profile name or file."), QStringLiteral("name"),
            QStringLiteral("kvan-cp949") },
        { QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("n"), QStringLiteral("3") },
        { QStringLiteral("no-newline-mb"), QStringLiteral("Import a generated file of N MB without a line end."),
            QStringLiteral("n") },
        { QStringLiteral("dir"), QStringLiteral("Where to generate it."), QStringLiteral("dir"),
            QStringLiteral("/tmp") } });
    parser.process(app);
    if (parser.isSet(QStringLiteral("no-newline-mb")))
        return noNewline(
            parser.value(QStringLiteral("no-newline-mb")).toLongLong(), parser.value(QStringLiteral("dir")));
    QString error;
    const auto profile = VanProfile::load(parser.value(QStringLiteral("profile")), &error);
    if (!profile || !parser.isSet(QStringLiteral("file"))) {
        std::fprintf(stderr, "bench_import: %s\n", profile ? "--file is required" : qPrintable(error));
        return 2;
    }
    return importFile(parser.value(QStringLiteral("file")), *profile, parser.value(QStringLiteral("runs")).toInt());
}
