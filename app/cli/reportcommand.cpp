#include "reportcommand.h"

#include "clioutput.h"
#include "clistore.h"
#include "exitcodes.h"
#include "reconpdfwriter.h"
#include "resolve/itemscsv.h"
#include "resolve/reconstore.h"
#include "resolve/runreport.h"

#include <QCommandLineParser>
#include <QMap>
#include <QSaveFile>

using CliOutput::err;
using CliOutput::out;

int ReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "payrecon-cli", "Report a recorded run: its summary and its discrepancies with their resolutions and notes."));
    p.addHelpOption();
    p.addOptions({
        CliStore::option(),
        { QStringLiteral("run"), QCoreApplication::translate("payrecon-cli", "The run's id (see payrecon-cli runs)."),
            QStringLiteral("id") },
        { QStringLiteral("csv"),
            QCoreApplication::translate("payrecon-cli", "Write the discrepancies with resolutions as CSV here."),
            QStringLiteral("file") },
        { QStringLiteral("pdf"),
            QCoreApplication::translate(
                "payrecon-cli", "Write the run's signed reconciliation report as PDF here, with today's resolutions."),
            QStringLiteral("file") },
    });
    if (const int parsed = CliStore::parse(p, arguments, "report"); parsed >= 0)
        return parsed;
    bool ok = false;
    const qint64 runId = p.value(QStringLiteral("run")).toLongLong(&ok);
    if (!ok || runId <= 0) {
        err() << QCoreApplication::translate(
            "payrecon-cli", "payrecon-cli report: give --run ID (see payrecon-cli runs)")
              << Qt::endl;
        return ExitCode::BadInput;
    }
    ReconStore store;
    QString error;
    if (!CliStore::open(p, store))
        return ExitCode::BadInput;
    const std::optional<RunInfo> run = store.run(runId, &error);
    if (!run) {
        err() << "payrecon-cli: " << error << Qt::endl;
        return ExitCode::BadInput;
    }
    const std::vector<OpenItem> items = store.items(runId, false, &error);
    if (!error.isEmpty()) {
        err() << "payrecon-cli: " << error << Qt::endl;
        return ExitCode::Failure;
    }
    const ReconReport report = RunReport::build(*run, items);
    QMap<int, qint64> byState;
    for (const OpenItem &it : items)
        ++byState[int(it.state)];
    out() << QCoreApplication::translate("payrecon-cli", "Run %1: %2 to %3, VAN file %4 (SHA-256 %5)")
                 .arg(run->id)
                 .arg(run->from.toString(Qt::ISODate), run->to.toString(Qt::ISODate), run->vanFile,
                     run->vanSha256.isEmpty() ? QStringLiteral("-") : run->vanSha256)
          << '\n'
          << QCoreApplication::translate(
                 "payrecon-cli", "%1 ledger records, %2 VAN records, %3 matched, %4 discrepancies")
                 .arg(CliOutput::count(report.summary.ledgerRecords), CliOutput::count(report.summary.vanRecords),
                     CliOutput::count(report.summary[ReconStatus::Matched].count),
                     CliOutput::count(qint64(items.size())))
          << '\n';
    for (auto it = byState.cbegin(); it != byState.cend(); ++it)
        out() << "  " << ItemStates::displayName(ItemState(it.key())).leftJustified(24)
              << CliOutput::count(it.value()).rightJustified(10) << '\n';
    out() << Qt::flush;
    if (p.isSet(QStringLiteral("csv"))) {
        QSaveFile f(p.value(QStringLiteral("csv")));
        if (!f.open(QIODevice::WriteOnly) || !ItemsCsv::write(f, items) || !f.commit()) {
            err() << QCoreApplication::translate("payrecon-cli", "payrecon-cli: cannot write %1: %2")
                         .arg(f.fileName(), f.errorString())
                  << Qt::endl;
            return ExitCode::Failure;
        }
    }
    if (p.isSet(QStringLiteral("pdf"))) {
        ReconPdfWriter writer;
        if (!writer.write(report, p.value(QStringLiteral("pdf")), &error)) {
            err() << "payrecon-cli: " << error << Qt::endl;
            return ExitCode::Failure;
        }
    }
    return ExitCode::Clean;
}
