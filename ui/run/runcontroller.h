// Runs reconciliations for the window: the worker thread with its ReconWorker and DemoPreparer, progress,
// Cancel, and the state of the run. A finished run comes out as one ShownRun value.
#pragma once

#include "charts/dashboardstats.h"
#include "run/shownrun.h"

#include <QObject>

class DemoPreparer;
class QThread;
class ReconWorker;

class RunController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)

public:
    enum class State { Idle, Running, Finished, Failed, Cancelled };
    Q_ENUM(State)

    explicit RunController(QObject *parent = nullptr);
    /// Cancels what runs and stops the thread before the workers go.
    ~RunController() override;

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    /// The one worker thread: other long jobs of the window (exports, reports) queue up on it behind a run.
    QThread *workerThread() const { return m_thread; }
    /// How many customers the dashboard figures computed with each run name individually.
    void setTopCustomers(int count);

    /// Generates the demo in dir when it is missing, then emits demoPrepared() and reconciles it.
    void openDemo(const QString &dir, qint64 rows);
    /// Reconciles inputs; ignored while a run is under way.
    void start(const ReconInputs &inputs);
    void cancel();
    /// The window has shown all of the finished run: a new one may start.
    void markShown();

signals:
    void stateChanged(RunController::State state);
    /// A sentence for the status bar; total <= 0 when the size of the stage is unknown.
    void progress(const QString &text, qint64 done, qint64 total);
    /// Emitted before the demo's run starts, so the window can show its sources.
    void demoPrepared(const ReconInputs &inputs, bool generated);
    /// The run ended well; the state stays Running until markShown().
    void finished(const ShownRun &run, std::shared_ptr<const DashboardStats> stats);
    void failed(const QString &message);
    void cancelled();

private:
    void setState(State state);
    void startJob(const ReconInputs &inputs);
    void onProgress(int stage, qint64 done, qint64 total);
    void onDemoPrepared(const ReconInputs &inputs, bool generated);
    void onFinished(std::shared_ptr<const ReconOutcome> outcome, std::shared_ptr<const DashboardStats> stats);
    void onFailed(const QString &message);
    void onCancelled();

    QThread *m_thread;
    ReconWorker *m_worker; ///< lives on m_thread
    DemoPreparer *m_preparer; ///< lives on m_thread
    State m_state = State::Idle;
    /// Also covers a Cancel that lands before the worker has picked the run up (its run() resets its own flag).
    bool m_cancelRequested = false;
    ShownRun m_running; ///< inputs and start time of the run under way
};

Q_DECLARE_METATYPE(ShownRun)
