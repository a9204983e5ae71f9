// Times ReconRowsModel on a 1M x 1M demo reconciliation: setOutcome, sorts, filters, search and one screenful
// of data(), each the median of 5 runs, then peak RSS. Run by hand: bench_models [rows] (default 1000000).
#include "models/reconrowsmodel.h"

#include "demo/demogenerator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

constexpr int kRuns = 5;

/// Median wall time in ms of `step`, each run after `setUp` (untimed).
double medianMs(const std::function<void()> &setUp, const std::function<void()> &step)
{
    std::vector<double> times;
    for (int run = 0; run < kRuns; ++run) {
        setUp();
        QElapsedTimer timer;
        timer.start();
        step();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

QByteArray peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("n/a");
    // /proc files report size 0, so atEnd() is true at once: read it whole.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed();
    }
    return QByteArrayLiteral("n/a");
}

void report(const char *what, double ms, double floorMs = 0)
{
    if (floorMs > 0)
        std::printf("%-44s %9.1f ms  (floor %.0f ms: %s)\n", what, ms, floorMs, ms <= floorMs ? "ok" : "OVER");
    else
        std::printf("%-44s %9.1f ms\n", what, ms);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    // Icons need a style, a style needs a QApplication; no display is needed for that.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;

    QElapsedTimer total;
    total.start();
    DemoOptions options;
    options.rows = rows;
    options.seed = 42;
    auto outcome = std::make_shared<ReconOutcome>();
    {
        const DemoGenerator generator(options);
        outcome->ledger = generator.ledgerTable();
        outcome->van = generator.vanTable();
    }
    outcome->result = ReconEngine().run(outcome->ledger, outcome->van);
    std::printf("data: %lld ledger, %lld VAN records, %zu outcomes (generated and matched in %.1f s)\n",
        qlonglong(outcome->ledger.size()), qlonglong(outcome->van.size()), outcome->result.rows.size(),
        double(total.elapsed()) / 1000);
    std::printf("median of %d runs\n", kRuns);
    const std::shared_ptr<const ReconOutcome> shared = outcome;

    ReconRowsModel model;
    auto fresh = [&] {
        model.sort(-1);
        model.setStatusFilter(ReconRowsModel::StatusFilter::All);
        model.setSearchText(QString());
        model.setOutcome(shared);
    };
    report("setOutcome (unsorted, all rows)", medianMs([&] { model.setOutcome(nullptr); }, [&] { fresh(); }));
    report("sort by ledger amount", medianMs(fresh, [&] { model.sort(ReconRowsModel::LedgerAmountColumn); }), 1000);
    report("sort by ledger amount, descending",
        medianMs(fresh, [&] { model.sort(ReconRowsModel::LedgerAmountColumn, Qt::DescendingOrder); }), 1000);
    report("sort by transaction id", medianMs(fresh, [&] { model.sort(ReconRowsModel::TransactionIdColumn); }), 1000);
    report("sort by merchant", medianMs(fresh, [&] { model.sort(ReconRowsModel::MerchantColumn); }), 1000);
    report("sort by card number", medianMs(fresh, [&] { model.sort(ReconRowsModel::CardNumberColumn); }), 1000);
    report("setStatusFilter(Unmatched)",
        medianMs(fresh, [&] { model.setStatusFilter(ReconRowsModel::StatusFilter::Unmatched); }), 300);
    report("setStatusFilter(Unmatched), sorted by amount",
        medianMs(
            [&] {
                fresh();
                model.sort(ReconRowsModel::LedgerAmountColumn);
            },
            [&] { model.setStatusFilter(ReconRowsModel::StatusFilter::Unmatched); }),
        300);
    report("setSearchText(\"1234\")", medianMs(fresh, [&] { model.setSearchText(QStringLiteral("1234")); }), 300);
    report(
        "setSearchText(\"스타벅스\")", medianMs(fresh, [&] { model.setSearchText(QStringLiteral("스타벅스")); }), 300);
    std::printf("  (\"1234\" shows %d rows)\n", [&] {
        fresh();
        model.setSearchText(QStringLiteral("1234"));
        return model.rowCount();
    }());

    // A screenful: 50 rows x every column, every role a view asks for while painting.
    fresh();
    model.sort(ReconRowsModel::LedgerAmountColumn);
    const int roles[] = { Qt::DisplayRole, Qt::DecorationRole, Qt::TextAlignmentRole, Qt::ToolTipRole };
    qint64 sink = 0;
    const double screenMs = medianMs([] {},
        [&] {
            for (int row = 500000 % std::max(1, model.rowCount() - 50), end = row + 50; row < end; ++row) {
                for (int column = 0; column < ReconRowsModel::ColumnCount; ++column) {
                    const QModelIndex index = model.index(row, column);
                    for (int role : roles)
                        sink += model.data(index, role).isValid();
                }
            }
        });
    report("data(): 50 rows x 17 columns x 4 roles", screenMs);
    std::printf("peak RSS (VmHWM): %s  [%lld valid cells]\n", peakRss().constData(), qlonglong(sink / kRuns));
    return 0;
}
