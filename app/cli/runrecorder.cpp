#include "runrecorder.h"

#include "clioutput.h"
#include "report/reconreportbuilder.h"
#include "report/reconreportjson.h"
#include "resolve/reconstore.h"

#include <QDateTime>
#include <QFileInfo>

using CliOutput::err;
using CliOutput::out;

qint64 RunRecorder::record(const ReconInputs &inputs, const ReconOutcome &outcome, const StoreLocation &location,
    const QString &operatorName, bool quiet, ReconReport *report)
{
    ReconStore store;
    store.setOperator(operatorName);
    QString error;
    if (!store.open(location, &error)) {
        err() << "payrecon-cli: " << error << Qt::endl;
        return 0;
    }
    ReconReportBuilder builder;
    builder.setOperatorName(operatorName);
    ReconReport built = builder.build(outcome, inputs);

    RunInfo run;
    run.finishedAtMs = QDateTime::currentMSecsSinceEpoch();
    run.startedAtMs = run.finishedAtMs - outcome.loadMs - outcome.matchMs;
    for (const ReconReport::Input &in : built.inputs) {
        if (in.role == QLatin1String("ledger")) {
            run.ledgerSource = in.name;
            run.ledgerSha256 = in.sha256;
        } else {
            run.vanFile = in.name;
            run.vanSha256 = in.sha256;
            run.vanProfile = in.profile;
        }
    }
    run.from = inputs.from;
    run.to = inputs.to;
    run.report = ReconReportJson::toJson(built);
    const std::optional<RecordRunResult> recorded = store.recordRun(run, outcome, &error);
    if (!recorded) {
        err() << "payrecon-cli: " << error << Qt::endl;
        return 0;
    }
    built.runId = recorded->runId;
    if (!quiet) {
        out() << QCoreApplication::translate("payrecon-cli", "Recorded as run %1 in %2 (%3 open items).")
                     .arg(recorded->runId)
                     .arg(store.describe())
                     .arg(CliOutput::count(qint64(recorded->itemIdsByRow.size())))
              << '\n';
        if (recorded->matchedLate > 0)
            out() << QCoreApplication::translate("payrecon-cli",
                "%1 open items of earlier runs matched late (%2 won): their counterparts arrived in this run.")
                         .arg(CliOutput::count(recorded->matchedLate), CliOutput::won(recorded->matchedLateWon))
                  << '\n';
        out() << Qt::flush;
    }
    if (report)
        *report = std::move(built);
    return recorded->runId;
}
