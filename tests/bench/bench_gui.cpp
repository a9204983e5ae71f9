// The desktop app's quality bars on a big reconciliation, measured on a real MainWindow (offscreen is fine):
// event-loop stalls while a run loads, matches and shows its outcome, time from `finished` to populated and
// painted grids, scrolling, sorting and filtering the grids, and peak RSS. Run by hand, never by ctest:
//
//   QT_QPA_PLATFORM=offscreen bench_gui --ledger-csv build/bench-data/1000000/canonical/ledger.csv
//       --van build/bench-data/1000000/canonical/van.csv [--runs 3] [--screenshot out.png]
//   QT_QPA_PLATFORM=offscreen bench_gui --ledger-db build/bench-data/1000000/canonical/ledger.db --van …
//
// MainWindow can only reconcile a SQL ledger (reconcile() never fills ReconInputs::ledgerCsv), and the slot that
// shows an outcome (onFinished) is private. So with --ledger-csv the benchmark runs its own ReconWorker on its
// own QThread and, on the GUI thread after `finished`, does what MainWindow::onFinished does through the
// window's public objects (found by object name). With --ledger-db it drives the window itself: the sources go
// into a throwaway QSettings file that the window loads, then MainWindow::reconcile() and its reconciled().
#include "benchsupport.h"
#include "charts/dashboardwidget.h"
#include "run/detailspane.h"
#include "window/mainwindow.h"
#include "models/reconrowsmodel.h"
#include "models/rejectedrowsmodel.h"
#include "run/reconworker.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {
using BenchSupport::loadAverage;
using BenchSupport::procStatusKb;

using StatusFilter = ReconRowsModel::StatusFilter;

double msSince(const QElapsedTimer &clock, qint64 startNs)
{
    return double(clock.nsecsElapsed() - startNs) / 1e6;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

/// A 10 ms timer on the GUI thread: every gap between two firings tells how long the event loop was blocked.
/// Records only between begin() and end(); end() waits for one more firing, so a block that ends the run counts.
class StallProbe : public QObject
{
public:
    struct Gap
    {
        qint64 startNs;
        qint64 endNs;
        double ms() const { return double(endNs - startNs) / 1e6; }
    };
    struct Stat
    {
        double maxMs = 0;
        int over100 = 0;
        int over50 = 0;
        int ticks = 0;
        void add(const Gap &g)
        {
            maxMs = std::max(maxMs, g.ms());
            over100 += g.ms() > 100;
            over50 += g.ms() > 50;
            ++ticks;
        }
    };

    explicit StallProbe(const QElapsedTimer *clock)
        : m_clock(clock)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
        m_timer.start();
    }
    void begin()
    {
        m_gaps.clear();
        m_last = m_clock->nsecsElapsed();
        m_recording = true;
    }
    std::vector<Gap> end()
    {
        const size_t before = m_gaps.size();
        while (m_gaps.size() == before)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        m_recording = false;
        return m_gaps;
    }

private:
    void tick()
    {
        const qint64 now = m_clock->nsecsElapsed();
        if (m_recording)
            m_gaps.push_back({ m_last, now });
        m_last = now;
    }

    const QElapsedTimer *m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    bool m_recording = false;
    std::vector<Gap> m_gaps;
};

template <typename T>
T *need(QObject *root, const char *name)
{
    T *object = root->findChild<T *>(QString::fromLatin1(name));
    if (!object) {
        std::fprintf(stderr, "bench_gui: MainWindow has no %s named '%s'\n", T::staticMetaObject.className(), name);
        std::exit(2);
    }
    return object;
}

/// Lets queued events, timers and posted paints run, then paints `widget` synchronously.
void settleAndPaint(QWidget *widget)
{
    QCoreApplication::processEvents();
    widget->repaint();
    QCoreApplication::processEvents();
}

struct RunTimes
{
    double wallMs = 0; ///< invoke run() … outcome painted
    double workerMs = 0; ///< invoke run() … finished emitted (worker thread)
    double deliverMs = 0; ///< finished emitted … slot entered on the GUI thread
    double populateMs = 0; ///< slot entered … models, rejected rows, dashboard, labels done
    double paintMs = 0; ///< … first full paint of the window done
    qint64 enteredNs = 0, paintedNs = 0;
    double matchedSetMs = 0, discrepancySetMs = 0, rejectedSetMs = 0, dashboardSetMs = 0;
    qint64 loadMs = 0, matchMs = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window loads and saves QSettings: keep them away from the user's own.
    QTemporaryDir settingsHome;
    qputenv("XDG_CONFIG_HOME", settingsHome.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PayReconBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_gui"));
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("MainWindow stalls, grid timings and peak RSS on a big run."));
    p.addHelpOption();
    p.addOptions({
        { QStringLiteral("ledger-csv"), QStringLiteral("Ledger as a delimited file."), QStringLiteral("file") },
        { QStringLiteral("ledger-profile"), QStringLiteral("Profile of --ledger-csv."), QStringLiteral("name"),
            QStringLiteral("canonical-utf8") },
        { QStringLiteral("ledger-db"), QStringLiteral("SQLite ledger: drive MainWindow::reconcile() itself."),
            QStringLiteral("file") },
        { QStringLiteral("van"), QStringLiteral("VAN settlement file."), QStringLiteral("file") },
        { QStringLiteral("profile"), QStringLiteral("VAN profile."), QStringLiteral("name"),
            QStringLiteral("canonical-utf8") },
        { QStringLiteral("runs"), QStringLiteral("Reconciliations and repeats of each step (default 3)."),
            QStringLiteral("n"), QStringLiteral("3") },
        { QStringLiteral("screenshot"), QStringLiteral("Save the window after the first run."), QStringLiteral("png") },
    });
    p.process(app);
    const bool windowPath = p.isSet(QStringLiteral("ledger-db"));
    if (!p.isSet(QStringLiteral("van")) || windowPath == p.isSet(QStringLiteral("ledger-csv"))) {
        std::fprintf(stderr, "bench_gui: give --van and exactly one of --ledger-csv or --ledger-db\n");
        return 2;
    }
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());

    ReconInputs inputs;
    QString error;
    const auto vanProfile = VanProfile::load(p.value(QStringLiteral("profile")), &error);
    if (!vanProfile) {
        std::fprintf(stderr, "bench_gui: %s\n", qPrintable(error));
        return 2;
    }
    inputs.vanFile = QFileInfo(p.value(QStringLiteral("van"))).absoluteFilePath();
    inputs.vanProfile = *vanProfile;
    if (windowPath) {
        QSettings s;
        s.setValue(QStringLiteral("sources/ledgerUrl"),
            QString(QStringLiteral("sqlite://") + QFileInfo(p.value(QStringLiteral("ledger-db"))).absoluteFilePath()));
        s.setValue(QStringLiteral("sources/vanFile"), inputs.vanFile);
        s.setValue(QStringLiteral("sources/profile"), p.value(QStringLiteral("profile")));
        s.sync();
    } else {
        const auto ledgerProfile = VanProfile::load(p.value(QStringLiteral("ledger-profile")), &error);
        if (!ledgerProfile) {
            std::fprintf(stderr, "bench_gui: %s\n", qPrintable(error));
            return 2;
        }
        inputs.ledgerCsv = QFileInfo(p.value(QStringLiteral("ledger-csv"))).absoluteFilePath();
        inputs.ledgerProfile = *ledgerProfile;
    }

    QElapsedTimer clock;
    clock.start();
    StallProbe probe(&clock);
    const qint64 rssBeforeKb = procStatusKb("VmRSS:");

    MainWindow window;
    window.setAutoOpenDemo(false);
    window.resize(1400, 850);
    window.show();
    auto *matchedView = need<QTableView>(&window, "matchedView");
    auto *discrepancyView = need<QTableView>(&window, "discrepancyView");
    auto *rejectedView = need<QTableView>(&window, "rejectedView");
    auto *matchedModel = qobject_cast<ReconRowsModel *>(matchedView->model());
    auto *discrepancyModel = qobject_cast<ReconRowsModel *>(discrepancyView->model());
    auto *rejectedModel = qobject_cast<RejectedRowsModel *>(rejectedView->model());
    auto *dashboard = need<DashboardWidget>(&window, "dashboard");
    auto *tabs = need<QTabWidget>(&window, "tabs");
    auto *filterCombo = need<QComboBox>(&window, "statusFilter");
    auto *summaryLabel = need<QLabel>(&window, "summaryLabel");
    auto *progressBar = need<QProgressBar>(&window, "progressBar");
    auto *details = window.findChild<DetailsPane *>();
    if (!matchedModel || !discrepancyModel || !rejectedModel || !details) {
        std::fprintf(stderr, "bench_gui: the window's grids are not the expected models\n");
        return 2;
    }
    settleAndPaint(&window);
    std::printf("window %dx%d, platform %s, %s path, load average at start %s\n", window.width(), window.height(),
        qPrintable(QGuiApplication::platformName()),
        windowPath ? "MainWindow::reconcile() (SQLite ledger)" : "own ReconWorker + onFinished mirror (CSV ledger)",
        loadAverage().constData());
    std::fflush(stdout);

    // Our own worker thread for the CSV path, wired like MainWindow's.
    QThread workerThread;
    auto *worker = new ReconWorker;
    worker->moveToThread(&workerThread);
    QObject::connect(&workerThread, &QThread::finished, worker, &QObject::deleteLater);
    workerThread.start();
    std::atomic<qint64> finishedEmittedNs { 0 };
    QObject::connect(
        worker, &ReconWorker::finished, worker, [&](auto, auto) { finishedEmittedNs = clock.nsecsElapsed(); },
        Qt::DirectConnection);

    QEventLoop loop;
    RunTimes current;
    qint64 runStartNs = 0;
    bool runFailed = false;

    // What MainWindow::onFinished does, step by step, through the window's public objects.
    auto showOutcome = [&](std::shared_ptr<const ReconOutcome> outcome, std::shared_ptr<const DashboardStats> stats) {
        const qint64 enteredNs = clock.nsecsElapsed();
        current.enteredNs = enteredNs;
        current.deliverMs = double(enteredNs - finishedEmittedNs) / 1e6;
        current.loadMs = outcome->loadMs;
        current.matchMs = outcome->matchMs;
        details->showHint();
        qint64 t = clock.nsecsElapsed();
        discrepancyModel->setOutcome(outcome); // filterChanged → the window's updateFilterCounts()
        current.discrepancySetMs = msSince(clock, t);
        if (!discrepancyModel->predicateDescription().isEmpty()) // clearChartFilter()
            discrepancyModel->clearPredicate();
        t = clock.nsecsElapsed();
        rejectedModel->setOutcome(outcome);
        current.rejectedSetMs = msSince(clock, t);
        tabs->setTabText(tabs->indexOf(rejectedView),
            QStringLiteral("Rejected rows (%1)").arg(QLocale().toString(outcome->rejectedCount)));
        discrepancyView->setFocus();
        // MainWindow::onFinished's second event-loop turn.
        QTimer::singleShot(1, &window, [&, outcome, stats, enteredNs] {
            qint64 t = clock.nsecsElapsed();
            matchedModel->setOutcome(outcome);
            current.matchedSetMs = msSince(clock, t);
            t = clock.nsecsElapsed();
            dashboard->setOutcome(outcome, stats);
            current.dashboardSetMs = msSince(clock, t);
            progressBar->hide(); // setRunning(false)
            const ReconSummary &s = outcome->result.summary; // showSummary()
            summaryLabel->setText(
                QStringLiteral("%1 ledger and %2 VAN records: %3 matched, %4 discrepancies")
                    .arg(QLocale().toString(s.ledgerRecords), QLocale().toString(s.vanRecords),
                        QLocale().toString(s[ReconStatus::Matched].count), QLocale().toString(s.discrepancies())));
            current.populateMs = msSince(clock, enteredNs);
            // First paint: what the next UpdateRequest would do, done now (its own turn) so it can be timed.
            QTimer::singleShot(1, &window, [&] {
                const qint64 t = clock.nsecsElapsed();
                window.repaint();
                current.paintMs = msSince(clock, t);
                current.paintedNs = clock.nsecsElapsed();
                current.wallMs = msSince(clock, runStartNs);
                loop.quit();
            });
        });
    };
    QObject::connect(worker, &ReconWorker::finished, &window, showOutcome, Qt::QueuedConnection);
    QObject::connect(worker, &ReconWorker::progress, &window, [&](int, qint64 done, qint64 total) {
        if (total > 0) { // onProgress()
            progressBar->setRange(0, 1000);
            progressBar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
        }
    });
    auto onFail = [&](const QString &message) {
        std::fprintf(stderr, "bench_gui: the reconciliation failed: %s\n", qPrintable(message));
        runFailed = true;
        loop.quit();
    };
    QObject::connect(worker, &ReconWorker::failed, &window, onFail, Qt::QueuedConnection);
    QObject::connect(&window, &MainWindow::runFailed, &window, onFail);
    QObject::connect(&window, &MainWindow::reconciled, &window, [&] {
        // Window path: onFinished has run (no breakdown available); paint what it changed.
        current.populateMs = msSince(clock, runStartNs);
        const qint64 t = clock.nsecsElapsed();
        window.repaint();
        current.paintMs = msSince(clock, t);
        current.wallMs = msSince(clock, runStartNs);
        if (const auto outcome = window.outcome()) {
            current.loadMs = outcome->loadMs;
            current.matchMs = outcome->matchMs;
        }
        loop.quit();
    });

    std::vector<RunTimes> results;
    std::vector<StallProbe::Stat> wholeRun, duringWork, afterFinished;
    std::vector<qint64> hwmAfterRunKb;
    auto reconcileOnce = [&](int run) {
        current = RunTimes {};
        runStartNs = clock.nsecsElapsed();
        probe.begin();
        if (windowPath) {
            window.reconcile();
        } else {
            progressBar->setRange(0, 0); // startJob()
            progressBar->show();
            QMetaObject::invokeMethod(
                worker, [worker, inputs] { worker->run(inputs); }, Qt::QueuedConnection);
        }
        loop.exec();
        if (runFailed)
            std::exit(1);
        const std::vector<StallProbe::Gap> gaps = probe.end();
        StallProbe::Stat runStat, workStat, atFinished;
        for (const StallProbe::Gap &g : gaps) {
            runStat.add(g);
            if (windowPath)
                continue;
            if (g.endNs <= current.enteredNs)
                workStat.add(g);
            else if (g.startNs <= current.enteredNs || g.startNs <= current.paintedNs)
                atFinished.add(g); // the block that holds populate + first paint
        }
        wholeRun.push_back(runStat);
        duringWork.push_back(workStat);
        afterFinished.push_back(atFinished);
        current.workerMs = windowPath ? 0 : double(finishedEmittedNs - runStartNs) / 1e6;
        results.push_back(current);
        hwmAfterRunKb.push_back(procStatusKb("VmHWM:"));
        if (windowPath)
            std::printf("run %d: wall %.0f ms (load %lld + match %lld; reconcile() → reconciled() %.0f; paint %.0f), "
                        "max gap %.0f ms, VmHWM %lld MiB, load %s\n",
                run, current.wallMs, qlonglong(current.loadMs), qlonglong(current.matchMs), current.populateMs,
                current.paintMs, runStat.maxMs, qlonglong(hwmAfterRunKb.back() / 1024), loadAverage().constData());
        else
            std::printf(
                "run %d: wall %.0f ms (worker %.0f: load %lld + match %lld; deliver %.1f; populate %.0f = matched "
                "%.0f + discrepancy %.0f + rejected %.0f + dashboard %.0f; paint %.0f), max gap %.0f ms, VmHWM %lld "
                "MiB, load %s\n",
                run, current.wallMs, current.workerMs, qlonglong(current.loadMs), qlonglong(current.matchMs),
                current.deliverMs, current.populateMs, current.matchedSetMs, current.discrepancySetMs,
                current.rejectedSetMs, current.dashboardSetMs, current.paintMs, runStat.maxMs,
                qlonglong(hwmAfterRunKb.back() / 1024), loadAverage().constData());
        std::fflush(stdout);
    };

    reconcileOnce(1);
    std::printf(
        "grids: matched %d rows, discrepancies %d rows\n", matchedModel->rowCount(), discrepancyModel->rowCount());
    if (p.isSet(QStringLiteral("screenshot")))
        window.grab().save(p.value(QStringLiteral("screenshot")));

    // Interactive steps, each timed to a finished repaint of what changed, median of `runs`.
    auto timed = [&](const std::string &, const std::function<void()> &setUp, const std::function<void()> &step,
                     QWidget *paint) {
        std::vector<double> times;
        for (int r = 0; r < runs; ++r) {
            setUp();
            settleAndPaint(paint);
            const qint64 t = clock.nsecsElapsed();
            step();
            settleAndPaint(paint);
            times.push_back(msSince(clock, t));
        }
        return median(times);
    };
    auto scroll = [&](QTableView *view, bool down) {
        QScrollBar *bar = view->verticalScrollBar();
        bar->setValue(down ? bar->maximum() : 0);
    };
    struct Row
    {
        std::string what;
        double ms;
        double floorMs; ///< 0 = no floor
    };
    std::vector<Row> rows;
    QWidget *mv = matchedView->viewport();
    QWidget *dv = discrepancyView->viewport();
    rows.push_back({ "scroll discrepancy grid to the bottom",
        timed(
            "scroll", [&] { scroll(discrepancyView, false); }, [&] { scroll(discrepancyView, true); }, dv),
        0 });
    rows.push_back({ "scroll discrepancy grid back to the top",
        timed(
            "scroll", [&] { scroll(discrepancyView, true); }, [&] { scroll(discrepancyView, false); }, dv),
        0 });
    rows.push_back({ "scroll matched grid to the bottom",
        timed(
            "scroll", [&] { scroll(matchedView, false); }, [&] { scroll(matchedView, true); }, mv),
        0 });
    rows.push_back({ "scroll matched grid back to the top",
        timed(
            "scroll", [&] { scroll(matchedView, true); }, [&] { scroll(matchedView, false); }, mv),
        0 });

    int layoutChanges = 0;
    QObject::connect(matchedModel, &QAbstractItemModel::layoutChanged, [&] { ++layoutChanges; });
    auto unsorted = [&] { matchedView->sortByColumn(-1, Qt::AscendingOrder); };
    // A header click ends in QHeaderView::setSortIndicator(); QTableView::sortByColumn() of Qt 6.4 sorts the
    // model a second time when sorting is enabled, so the click path is the one timed (one row shows the other).
    auto sortRow = [&](const char *what, int column, Qt::SortOrder order, const std::function<void()> &setUp,
                       bool viaSortByColumn = false) {
        int stepSorts = 0;
        const double ms = timed(
            "sort", setUp,
            [&] {
                const int before = layoutChanges;
                if (viaSortByColumn)
                    matchedView->sortByColumn(column, order);
                else
                    matchedView->horizontalHeader()->setSortIndicator(column, order);
                stepSorts += layoutChanges - before;
            },
            mv);
        rows.push_back({ what, ms, 1000 });
        if (stepSorts != runs)
            std::printf("note: \"%s\" sorted the model %d times in %d runs\n", what, stepSorts, runs);
    };
    sortRow("sort matched grid by ledger amount (unsorted → asc)", ReconRowsModel::LedgerAmountColumn,
        Qt::AscendingOrder, unsorted);
    sortRow("sort matched grid by ledger amount (asc → desc)", ReconRowsModel::LedgerAmountColumn, Qt::DescendingOrder,
        [&] { matchedView->sortByColumn(ReconRowsModel::LedgerAmountColumn, Qt::AscendingOrder); });
    sortRow("sort matched grid by transaction id", ReconRowsModel::TransactionIdColumn, Qt::AscendingOrder, unsorted);
    sortRow("sort matched grid by merchant", ReconRowsModel::MerchantColumn, Qt::AscendingOrder, unsorted);
    sortRow("(view->sortByColumn(ledger amount), unsorted → asc)", ReconRowsModel::LedgerAmountColumn,
        Qt::AscendingOrder, unsorted, true);
    rows.push_back({ "scroll matched grid (sorted by merchant) to the bottom",
        timed(
            "scroll", [&] { scroll(matchedView, false); }, [&] { scroll(matchedView, true); }, mv),
        0 });
    unsorted();

    auto comboIndex = [&](StatusFilter filter) { return filterCombo->findData(int(filter)); };
    auto filterRow = [&](const char *what, StatusFilter filter) {
        rows.push_back({ what,
            timed(
                "filter", [&] { filterCombo->setCurrentIndex(comboIndex(StatusFilter::Unmatched)); },
                [&] { filterCombo->setCurrentIndex(comboIndex(filter)); }, dv),
            300 });
    };
    filterRow("filter combo: all discrepancies → mismatched", StatusFilter::Mismatched);
    filterRow("filter combo: all discrepancies → duplicates", StatusFilter::Duplicate);
    filterRow("filter combo: → everything, matched too (~1.1M rows)", StatusFilter::All);
    filterCombo->setCurrentIndex(comboIndex(StatusFilter::Unmatched));
    auto search = [&](const QString &text) { // applySearch(): both grids
        matchedModel->setSearchText(text);
        discrepancyModel->setSearchText(text);
    };
    rows.push_back({ "search \"1234\" (both grids, matched unsorted)",
        timed(
            "filter", [&] { search(QString()); }, [&] { search(QStringLiteral("1234")); }, &window),
        300 });
    rows.push_back({ "search \"스타벅스\" (both grids, matched unsorted)",
        timed(
            "filter", [&] { search(QString()); }, [&] { search(QStringLiteral("스타벅스")); }, &window),
        300 });
    matchedView->sortByColumn(ReconRowsModel::LedgerAmountColumn, Qt::AscendingOrder);
    rows.push_back({ "search \"1234\" (both grids, matched sorted by amount)",
        timed(
            "filter", [&] { search(QString()); }, [&] { search(QStringLiteral("1234")); }, &window),
        300 });
    search(QString());
    unsorted();
    rows.push_back({ "dashboard tab: switch to it and paint",
        timed(
            "tab", [&] { tabs->setCurrentIndex(0); }, [&] { tabs->setCurrentWidget(dashboard); }, &window),
        0 });
    tabs->setCurrentIndex(0);
    settleAndPaint(&window);
    const qint64 hwmInteractiveKb = procStatusKb("VmHWM:");

    for (int run = 2; run <= runs; ++run)
        reconcileOnce(run); // the previous outcome stays shown meanwhile, as in the app

    const qint64 hwmKb = procStatusKb("VmHWM:");
    std::vector<double> wall, worker_, populate, paint, deliver;
    for (const RunTimes &r : results) {
        wall.push_back(r.wallMs);
        worker_.push_back(r.workerMs);
        populate.push_back(r.populateMs);
        paint.push_back(r.paintMs);
        deliver.push_back(r.deliverMs);
    }
    auto combine = [](const std::vector<StallProbe::Stat> &stats) {
        StallProbe::Stat out;
        for (const StallProbe::Stat &st : stats) {
            out.maxMs = std::max(out.maxMs, st.maxMs);
            out.over100 += st.over100;
            out.over50 += st.over50;
            out.ticks += st.ticks;
        }
        return out;
    };
    const StallProbe::Stat all = combine(wholeRun);
    const StallProbe::Stat work = combine(duringWork);
    const StallProbe::Stat after = combine(afterFinished);
    auto verdict = [](bool ok) { return ok ? "ok" : "**MISS**"; };

    std::printf(
        "\n| measure (%d reconciliations; steps median of %d) | value | floor | |\n|---|---|---|---|\n", runs, runs);
    std::printf("| event-loop max gap, whole run (10 ms probe) | %.0f ms | < 100 ms | %s |\n", all.maxMs,
        verdict(all.maxMs < 100));
    std::printf("| gaps > 100 ms, whole run (all %d runs) | %d (>50 ms: %d) | 0 | %s |\n", runs, all.over100,
        all.over50, verdict(all.over100 == 0));
    if (!windowPath)
        std::printf("| … max gap while the worker loads + matches | %.0f ms | < 100 ms | %s |\n", work.maxMs,
            verdict(work.maxMs < 100));
    if (!windowPath)
        std::printf("| … gap holding `finished` → populated + first paint | %.0f ms | < 100 ms | %s |\n", after.maxMs,
            verdict(after.maxMs < 100));
    std::printf("| reconcile wall time seen by the GUI (median) | %.0f ms | | |\n", median(wall));
    if (!windowPath)
        std::printf("| … worker: run() invoked → `finished` emitted | %.0f ms | | |\n", median(worker_));
    if (windowPath)
        std::printf("| … reconcile() → reconciled() (worker + onFinished; no split available) | %.0f ms | | |\n",
            median(populate));
    else
        std::printf("| … `finished` → grids + dashboard populated (GUI thread) | %.0f ms | | |\n", median(populate));
    if (!windowPath)
        std::printf("|     matched / discrepancy / rejected / dashboard setOutcome (run 1) | %.0f / %.0f / %.0f / %.0f "
                    "ms | | |\n",
            results[0].matchedSetMs, results[0].discrepancySetMs, results[0].rejectedSetMs, results[0].dashboardSetMs);
    std::printf("| … first paint of the window | %.0f ms | | |\n", median(paint));
    for (const Row &r : rows) {
        if (r.floorMs > 0)
            std::printf(
                "| %s | %.1f ms | ≤ %.0f ms | %s |\n", r.what.c_str(), r.ms, r.floorMs, verdict(r.ms <= r.floorMs));
        else
            std::printf("| %s | %.1f ms | | |\n", r.what.c_str(), r.ms);
    }
    std::printf("| peak RSS after run 1 (VmHWM) | %lld MiB | < 1 GB | %s |\n", qlonglong(hwmAfterRunKb[0] / 1024),
        verdict(hwmAfterRunKb[0] * 1024 < 1000000000LL));
    std::printf("| peak RSS after scroll/sort/filter | %lld MiB | < 1 GB | %s |\n", qlonglong(hwmInteractiveKb / 1024),
        verdict(hwmInteractiveKb * 1024 < 1000000000LL));
    std::printf("| peak RSS after re-runs (old outcome shown while the new one loads) | %lld MiB | < 1 GB | %s |\n",
        qlonglong(hwmKb / 1024), verdict(hwmKb * 1024 < 1000000000LL));
    std::printf("\nRSS before the window: %lld MiB; load average at the end: %s\n", qlonglong(rssBeforeKb / 1024),
        loadAverage().constData());
    std::fflush(stdout);

    workerThread.quit();
    workerThread.wait();
    return 0;
}
