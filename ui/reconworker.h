// Runs a ReconciliationJob off the GUI thread: a worker object moved to its own QThread, talking to the
// window only through queued signals; Cancel flips an atomic the job polls.
#pragma once

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

public slots:
    void run(const ReconInputs &inputs);

signals:
    /// stage: int(ReconciliationJob::Stage); total < 0 when unknown (SQL rows). Throttled to ~20 per second.
    void progress(int stage, qint64 done, qint64 total);
    void finished(std::shared_ptr<const ReconOutcome> outcome);
    void failed(const QString &message);
    void cancelled();

private:
    std::atomic_bool m_cancel { false };
};

Q_DECLARE_METATYPE(ReconInputs)
Q_DECLARE_METATYPE(std::shared_ptr<const ReconOutcome>)
