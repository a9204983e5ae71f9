#include "publishcommand.h"

#include "clioutput.h"
#include "exitcodes.h"
#include "publish/esclient.h"
#include "publish/esdocumentbuilder.h"
#include "publish/esindexbootstrap.h"
#include "publish/esoutbox.h"
#include "publish/espublisher.h"
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

bool openOutbox(LocalStore &store, EsOutbox &box)
{
    QString error;
    if (!store.open(&error) || !box.prepare(&error)) {
        err() << "payrecon-cli: " << error << Qt::endl;
        return false;
    }
    return true;
}

int drain(const EsConfig &config, EsOutbox &box, bool quiet, qint64 pruneDays)
{
    std::signal(SIGINT, requestCancel);
    std::signal(SIGTERM, requestCancel);
    EsClient client(config);
    client.setCancelFlag(&g_cancel);
    const EsBootstrapResult boot = EsIndexBootstrap(client).ensureIndexes();
    if (!boot.error.isEmpty()) {
        err() << "payrecon-cli: " << boot.error << Qt::endl;
        return ExitCode::Failure;
    }
    for (const QString &note : boot.notes)
        err() << "payrecon-cli: " << note << Qt::endl;
    if (!boot.conflicts.isEmpty()) {
        // Publishing into a conflicting mapping would fail row by row or, worse, index money as text.
        for (const QString &conflict : boot.conflicts)
            err()
                << QCoreApplication::translate("payrecon-cli", "payrecon-cli: conflicting mapping in %1").arg(conflict)
                << Qt::endl;
        err() << QCoreApplication::translate(
            "payrecon-cli", "payrecon-cli: nothing published; fix the index mapping or configure other index names")
              << Qt::endl;
        return ExitCode::Failure;
    }
    if (!quiet) {
        for (const QString &index : boot.created)
            out() << QCoreApplication::translate("payrecon-cli", "Created index %1").arg(index) << Qt::endl;
    }

    EsPublisher publisher(client, box);
    publisher.setCancelFlag(&g_cancel);
    QElapsedTimer sinceLine;
    sinceLine.start();
    if (!quiet) {
        QObject::connect(&publisher, &EsPublisher::progress, [&sinceLine](qint64 done, qint64 failed, qint64 total) {
            if (sinceLine.elapsed() < 2000 && done + failed < total)
                return;
            sinceLine.restart();
            err() << QCoreApplication::translate("payrecon-cli", "published %1 of %2 (%3 failed)")
                         .arg(CliOutput::count(done), CliOutput::count(total), CliOutput::count(failed))
                  << Qt::endl;
        });
    }
    const EsPublishResult r = publisher.publish();
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
        const auto failed = box.failedItems(20);
        for (const auto &[item, reason] : failed)
            err() << QCoreApplication::translate("payrecon-cli", "rejected %1/%2: %3")
                         .arg(item.index, QString::fromUtf8(item.docId), reason)
                  << '\n';
        if (r.remaining.failed > qint64(failed.size()))
            err() << QCoreApplication::translate("payrecon-cli", "… and %1 more rejected documents")
                         .arg(CliOutput::count(r.remaining.failed - qint64(failed.size())))
                  << '\n';
        err() << QCoreApplication::translate(
            "payrecon-cli", "After fixing the cause, payrecon-cli publish --retry-failed sends them again.")
              << Qt::endl;
    }
    if (pruneDays > 0)
        box.pruneDone(QDateTime::currentMSecsSinceEpoch() - pruneDays * 86400000, nullptr);
    return r.complete() ? ExitCode::Clean : ExitCode::Failure;
}
} // namespace

bool PublishCommand::loadConfig(EsConfig *config)
{
    QSettings settings;
    *config = EsConfig::load(settings);
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
    LocalStore store;
    EsOutbox box(store);
    if (!openOutbox(store, box))
        return ExitCode::BadInput;
    if (p.isSet(QStringLiteral("retry-failed"))) {
        QString error;
        const qint64 n = box.retryFailed(&error);
        if (n < 0) {
            err() << "payrecon-cli: " << error << Qt::endl;
            return ExitCode::Failure;
        }
        if (!p.isSet(QStringLiteral("quiet")))
            out() << QCoreApplication::translate("payrecon-cli", "%1 rejected documents queued again.")
                         .arg(CliOutput::count(n))
                  << Qt::endl;
    }
    return drain(config, box, p.isSet(QStringLiteral("quiet")), pruneDays);
}

int PublishCommand::enqueueAndPublish(
    const EsConfig &config, const ReconOutcome &outcome, const QDate &runDate, bool quiet)
{
    LocalStore store;
    EsOutbox box(store);
    if (!openOutbox(store, box))
        return ExitCode::BadInput;
    const QString runId = EsDocumentBuilder::newRunId(QDateTime::currentDateTimeUtc());
    const EsDocumentBuilder builder(config.verifiedIndex, config.mismatchIndex, runId, runDate);
    QString error;
    // One transaction: a run is in the outbox whole or not at all.
    if (!box.beginEnqueue(runId, &error)) {
        err() << "payrecon-cli: " << error << Qt::endl;
        return ExitCode::Failure;
    }
    const qint64 built = builder.build(
        outcome.ledger, outcome.van, outcome.result, [&box, &error](EsDocument &&doc) { return box.add(doc, &error); });
    if (built < 0 || !box.commitEnqueue(&error)) {
        box.rollbackEnqueue();
        err() << "payrecon-cli: " << error << Qt::endl;
        return ExitCode::Failure;
    }
    if (!quiet)
        out() << QCoreApplication::translate(
            "payrecon-cli", "Run %1: %2 documents for Elasticsearch (%3 new or changed).")
                     .arg(runId, CliOutput::count(built), CliOutput::count(box.enqueuedChanges()))
              << Qt::endl;
    return drain(config, box, quiet, DefaultPruneDays);
}
