#include "publishcommand.h"

#include "resolve/reconstore.h"

#include "clioutput.h"
#include "clisecrets.h"
#include "exitcodes.h"
#include "publish/publishjob.h"
#include "reconcile/reconciliationjob.h"
#include "store/localstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <atomic>
#include <csignal>

using CliOutput::err;
using CliOutput::out;

namespace {
std::atomic_bool g_cancel { false };

extern "C" void requestCancel(int)
{
    // Only an atomic store: all a signal handler may do. The publisher stops after the request in flight,
    // leaving what was not acknowledged pending for the next run.
    g_cancel.store(true);
}

constexpr qint64 DefaultPruneDays = 30;

int drain(PublishJob &job, bool quiet, qint64 pruneDays)
{
    std::signal(SIGINT, requestCancel);
    std::signal(SIGTERM, requestCancel);
    job.setCancelFlag(&g_cancel);
    QElapsedTimer sinceLine;
    sinceLine.start();
    if (!quiet) {
        job.setProgress([&sinceLine](qint64 done, qint64 failed, qint64 total) {
            if (sinceLine.elapsed() < 2000 && done + failed < total)
                return;
            sinceLine.restart();
            err() << QCoreApplication::translate("payrecon-cli", "published %1 of %2 (%3 failed)")
                         .arg(CliOutput::count(done), CliOutput::count(total), CliOutput::count(failed))
                  << Qt::endl;
        });
    }
    const PublishDrainResult d = job.drain(pruneDays);
    for (const QString &note : d.bootstrap.notes)
        err() << "payrecon-cli: " << note << Qt::endl;
    if (!d.error.isEmpty()) {
        for (const QString &conflict : d.bootstrap.conflicts)
            err()
                << QCoreApplication::translate("payrecon-cli", "payrecon-cli: conflicting mapping in %1").arg(conflict)
                << Qt::endl;
        err() << "payrecon-cli: " << d.error << Qt::endl;
        return ExitCode::Failure;
    }
    if (!quiet) {
        for (const QString &index : d.bootstrap.created)
            out() << QCoreApplication::translate("payrecon-cli", "Created index %1").arg(index) << Qt::endl;
    }
    const EsPublishResult &r = d.publish;
    if (!quiet || !r.complete()) {
        out() << QCoreApplication::translate(
            "payrecon-cli", "Published %1 documents, %2 rejected (%3 requests, %4 items and %5 requests retried).")
                     .arg(CliOutput::count(r.published), CliOutput::count(r.failed), CliOutput::count(r.requests),
                         CliOutput::count(r.itemRetries), CliOutput::count(r.requestRetries))
              << '\n'
              << QCoreApplication::translate("payrecon-cli", "Outbox: %1 pending, %2 published, %3 failed.")
                     .arg(CliOutput::count(r.remaining.pending), CliOutput::count(r.remaining.published),
                         CliOutput::count(r.remaining.failed))
              << Qt::endl;
    }
    if (r.cancelled)
        err() << QCoreApplication::translate(
            "payrecon-cli", "payrecon-cli: cancelled; run payrecon-cli publish to send the rest")
              << Qt::endl;
    if (!r.error.isEmpty())
        err() << QCoreApplication::translate("payrecon-cli", "payrecon-cli: publishing stopped: %1").arg(r.error)
              << Qt::endl;
    if (r.remaining.failed > 0) {
        for (const auto &[item, reason] : d.rejected)
            err() << QCoreApplication::translate("payrecon-cli", "rejected %1/%2: %3")
                         .arg(item.index, QString::fromUtf8(item.docId), reason)
                  << '\n';
        if (r.remaining.failed > qint64(d.rejected.size()))
            err() << QCoreApplication::translate("payrecon-cli", "… and %1 more rejected documents")
                         .arg(CliOutput::count(r.remaining.failed - qint64(d.rejected.size())))
                  << '\n';
        err() << QCoreApplication::translate(
            "payrecon-cli", "After fixing the cause, payrecon-cli publish --retry-failed sends them again.")
              << Qt::endl;
    }
    return r.complete() ? ExitCode::Clean : ExitCode::Failure;
}
/// Verified resolutions join the verified index (issue 6): queued before each drain, idempotently.
bool queueResolved(PublishJob &job, bool quiet)
{
    // The configured resolution store, whatever --store says about the outbox.
    const PublishEnqueueResult e = job.enqueueResolved(CliSecrets::storeLocation(LocalStore::configuredLocation()));
    if (!e.error.isEmpty()) {
        err() << QCoreApplication::translate("payrecon-cli", "payrecon-cli: resolved items were not queued: %1")
                     .arg(e.error)
              << Qt::endl;
        return false;
    }
    if (!quiet && e.changes - e.withdrawn > 0)
        out() << QCoreApplication::translate("payrecon-cli", "%1 resolved items queued for the verified index.")
                     .arg(CliOutput::count(e.changes - e.withdrawn))
              << Qt::endl;
    if (!quiet && e.withdrawn > 0)
        out() << QCoreApplication::translate(
            "payrecon-cli", "%1 documents of undone resolutions queued for removal from the verified index.")
                     .arg(CliOutput::count(e.withdrawn))
              << Qt::endl;
    return true;
}
} // namespace

bool PublishCommand::loadConfig(EsConfig *config)
{
    QSettings settings;
    SecretResolver secrets = CliSecrets::resolver(settings);
    *config = EsConfig::load(settings, &secrets);
    const QString invalid = config->validate();
    if (!invalid.isEmpty()) {
        err() << "payrecon-cli: " << invalid << Qt::endl;
        return false;
    }
    return true;
}

int PublishCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("payrecon-cli",
        "Send what the Elasticsearch outbox holds (verified rows, the mismatch log) and mark each document done "
        "once the server acknowledged it. Safe to interrupt and to run again. The outbox lives in the local store "
        "(PAYRECON_STORE overrides its path)."));
    p.addHelpOption();
    p.addOptions({
        { QStringLiteral("retry-failed"),
            QCoreApplication::translate("payrecon-cli", "Queue documents the server rejected before once more.") },
        { QStringLiteral("prune-days"),
            QCoreApplication::translate(
                "payrecon-cli", "Forget published documents older than this (default 30; 0 keeps them)."),
            QStringLiteral("days"), QString::number(DefaultPruneDays) },
        { QStringLiteral("quiet"), QCoreApplication::translate("payrecon-cli", "Print nothing but errors.") },
    });
    if (!p.parse(arguments)) {
        err() << "payrecon-cli publish: " << p.errorText() << '\n' << p.helpText() << Qt::endl;
        return ExitCode::BadInput;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText() << Qt::flush;
        return ExitCode::Clean;
    }
    bool daysOk = false;
    const qint64 pruneDays = p.value(QStringLiteral("prune-days")).toLongLong(&daysOk);
    if (!daysOk || pruneDays < 0) {
        err() << QCoreApplication::translate("payrecon-cli", "payrecon-cli publish: --prune-days must be 0 or more")
              << Qt::endl;
        return ExitCode::BadInput;
    }
    EsConfig config;
    if (!loadConfig(&config))
        return ExitCode::BadInput;
    PublishJob job(config, CliSecrets::storeLocation(LocalStore::configuredLocation()));
    QString storeError;
    job.counts(&storeError);
    if (!storeError.isEmpty()) {
        err() << "payrecon-cli: " << storeError << Qt::endl;
        return ExitCode::BadInput;
    }
    if (p.isSet(QStringLiteral("retry-failed"))) {
        QString error;
        const qint64 n = job.retryFailed(&error);
        if (n < 0) {
            err() << "payrecon-cli: " << error << Qt::endl;
            return ExitCode::Failure;
        }
        if (!p.isSet(QStringLiteral("quiet")))
            out() << QCoreApplication::translate("payrecon-cli", "%1 rejected documents queued again.")
                         .arg(CliOutput::count(n))
                  << Qt::endl;
    }
    const bool resolvedQueued = queueResolved(job, p.isSet(QStringLiteral("quiet")));
    const int drained = drain(job, p.isSet(QStringLiteral("quiet")), pruneDays);
    return resolvedQueued ? drained : ExitCode::Failure;
}

int PublishCommand::enqueueAndPublish(
    const EsConfig &config, const ReconOutcome &outcome, const QDate &runDate, bool quiet, const StoreLocation &store)
{
    PublishJob job(config, store);
    const PublishEnqueueResult e = job.enqueue(outcome, runDate);
    if (!e.error.isEmpty()) {
        err() << "payrecon-cli: " << e.error << Qt::endl;
        return e.runId.isEmpty() ? ExitCode::BadInput : ExitCode::Failure;
    }
    if (!quiet)
        out() << QCoreApplication::translate(
            "payrecon-cli", "Run %1: %2 documents for Elasticsearch (%3 new or changed).")
                     .arg(e.runId, CliOutput::count(e.documents), CliOutput::count(e.changes))
              << Qt::endl;
    const bool resolvedQueued = queueResolved(job, quiet);
    const int drained = drain(job, quiet, DefaultPruneDays);
    return resolvedQueued ? drained : ExitCode::Failure;
}
