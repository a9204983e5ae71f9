#include "run/reconworker.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <mutex>

Q_LOGGING_CATEGORY(lcReconWorker, "payrecon.gui.worker", QtWarningMsg)

namespace {

/// Lets through at most one progress report per interval, plus the last one of a stage (done == total), so the
/// queued signals cannot flood the GUI thread. The job reports from two threads at once, hence the mutex.
class ProgressThrottle
{
public:
    bool allow(qint64 done, qint64 total)
    {
        const bool last = total >= 0 && done >= total;
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!last && m_timer.isValid() && m_timer.elapsed() < IntervalMs)
            return false;
        m_timer.start();
        return true;
    }

private:
    static constexpr qint64 IntervalMs = 50;
    std::mutex m_mutex;
    QElapsedTimer m_timer;
};

} // namespace

ReconWorker::ReconWorker(QObject *parent)
    : QObject(parent)
{ }

void ReconWorker::run(const ReconInputs &inputs)
{
    // A Cancel left over from the previous run must not stop this one.
    m_cancel = false;
    ProgressThrottle throttle;
    ReconciliationJob job;
    job.setCancelFlag(&m_cancel);
    // Emitting from the job's loader thread is fine: the window's connections are queued.
    job.setProgress([this, &throttle](ReconciliationJob::Stage stage, qint64 done, qint64 total) {
        if (throttle.allow(done, total))
            emit progress(int(stage), done, total);
    });
    qCInfo(lcReconWorker) << "reconciliation started";
    auto outcome = std::make_shared<ReconOutcome>(job.run(inputs));
    if (outcome->cancelled || m_cancel) {
        qCInfo(lcReconWorker) << "reconciliation cancelled";
        emit cancelled();
    } else if (!outcome->error.isEmpty()) {
        qCInfo(lcReconWorker) << "reconciliation failed";
        emit failed(outcome->error);
    } else {
        qCInfo(lcReconWorker) << "reconciliation finished in" << outcome->loadMs << "+" << outcome->matchMs << "ms";
        auto stats = std::make_shared<const DashboardStats>(DashboardStats::compute(*outcome, m_topCustomers));
        emit finished(std::shared_ptr<const ReconOutcome>(std::move(outcome)), std::move(stats));
    }
}
