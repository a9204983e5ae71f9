#include "run/runcontroller.h"

#include "run/demopreparer.h"
#include "run/reconworker.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcRun, "payrecon.gui.run", QtWarningMsg)

namespace {

QString stageText(int stage, qint64 done, qint64 total)
{
    const QLocale locale;
    switch (ReconciliationJob::Stage(stage)) {
    case ReconciliationJob::Stage::LoadLedger:
        return total < 0 ? RunController::tr("Loading the ledger: %1 rows…").arg(locale.toString(done))
                         : RunController::tr("Loading the ledger…");
    case ReconciliationJob::Stage::LoadVan:
        return RunController::tr("Reading the VAN file…");
    case ReconciliationJob::Stage::Match:
        return RunController::tr("Matching…");
    }
    return {};
}

} // namespace

RunController::RunController(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new ReconWorker)
    , m_preparer(new DemoPreparer)
{
    setObjectName(QStringLiteral("runController"));
    // One thread for every long job, created once: demo generation and reconciliation queue up on it in order.
    m_thread->setObjectName(QStringLiteral("reconciliation"));
    m_worker->moveToThread(m_thread);
    m_preparer->moveToThread(m_thread);
    connect(m_worker, &ReconWorker::progress, this, &RunController::onProgress, Qt::QueuedConnection);
    connect(m_worker, &ReconWorker::finished, this, &RunController::onFinished, Qt::QueuedConnection);
    connect(m_worker, &ReconWorker::failed, this, &RunController::onFailed, Qt::QueuedConnection);
    connect(m_worker, &ReconWorker::cancelled, this, &RunController::onCancelled, Qt::QueuedConnection);
    connect(m_preparer, &DemoPreparer::prepared, this, &RunController::onDemoPrepared, Qt::QueuedConnection);
    connect(m_preparer, &DemoPreparer::failed, this, &RunController::onFailed, Qt::QueuedConnection);
    m_thread->start();
}

RunController::~RunController()
{
    m_worker->cancel();
    m_thread->quit();
    m_thread->wait();
    // The thread has stopped, so nothing else can touch them now.
    delete m_worker;
    delete m_preparer;
}

void RunController::setTopCustomers(int count)
{
    m_worker->setTopCustomers(count);
}

void RunController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void RunController::openDemo(const QString &dir, qint64 rows)
{
    if (isRunning())
        return;
    qCInfo(lcRun) << "opening the demo in" << dir;
    m_cancelRequested = false;
    setState(State::Running);
    emit progress(tr("Preparing the demo dataset…"), 0, 0);
    QMetaObject::invokeMethod(
        m_preparer, [p = m_preparer, dir, rows] { p->prepare(dir, rows); }, Qt::QueuedConnection);
}

void RunController::onDemoPrepared(const ReconInputs &inputs, bool generated)
{
    if (m_cancelRequested) {
        onCancelled();
        return;
    }
    emit demoPrepared(inputs, generated);
    startJob(inputs);
}

void RunController::start(const ReconInputs &inputs)
{
    if (isRunning())
        return;
    m_cancelRequested = false;
    startJob(inputs);
}

void RunController::startJob(const ReconInputs &inputs)
{
    m_running = ShownRun {};
    m_running.inputs = inputs;
    m_running.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    setState(State::Running);
    emit progress(tr("Reconciling…"), 0, 0);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, inputs] { w->run(inputs); }, Qt::QueuedConnection);
}

void RunController::cancel()
{
    if (!isRunning())
        return;
    qCInfo(lcRun) << "cancel requested";
    m_cancelRequested = true;
    m_worker->cancel();
    emit progress(tr("Cancelling…"), 0, 0);
}

void RunController::onProgress(int stage, qint64 done, qint64 total)
{
    if (!isRunning() || m_cancelRequested)
        return;
    emit progress(stageText(stage, done, total), done, total);
}

void RunController::onFinished(std::shared_ptr<const ReconOutcome> outcome, std::shared_ptr<const DashboardStats> stats)
{
    if (m_cancelRequested) {
        onCancelled();
        return;
    }
    ShownRun run = m_running;
    run.outcome = std::move(outcome);
    qCInfo(lcRun) << "reconciled:" << run.outcome->result.rows.size() << "outcomes";
    emit finished(run, std::move(stats));
}

void RunController::markShown()
{
    if (isRunning())
        setState(State::Finished);
}

void RunController::onFailed(const QString &message)
{
    m_cancelRequested = false;
    setState(State::Failed);
    emit failed(message);
}

void RunController::onCancelled()
{
    m_cancelRequested = false;
    setState(State::Cancelled);
    emit cancelled();
}
