// Runs a ReconciliationJob off the GUI thread: a worker object moved to its own QThread, talking to the
// window only through queued signals; Cancel flips an atomic the job polls.
#pragma once

#include "charts/dashboardstats.h"
#include "reconcile/reconciliationjob.h"

#include <QObject>
#include <atomic>
#include <memory>

class ReconWorker : public QObject
{
    Q_OBJECT

public:
    explicit ReconWorker(QObject *parent = nullptr);

    /// Thread-safe: may be called from the GUI thread while run() works.
    void cancel() { m_cancel = true; }
    /// Thread-safe: how many customers the dashboard figures computed with each run name individually.
    void setTopCustomers(int count) { m_topCustomers = count; }

public slots:
    void run(const ReconInputs &inputs);

signals:
    /// stage: int(ReconciliationJob::Stage); total < 0 when unknown (SQL rows). Throttled to ~20 per second.
    void progress(int stage, qint64 done, qint64 total);
    /// stats are the dashboard's figures, computed here because one pass over a million outcomes is too long
    /// for the GUI thread (the window must not stall over 100 ms when a run ends).
    void finished(std::shared_ptr<const ReconOutcome> outcome, std::shared_ptr<const DashboardStats> stats);
    void failed(const QString &message);
    void cancelled();

private:
    std::atomic_bool m_cancel { false };
    std::atomic_int m_topCustomers { 10 };
};
