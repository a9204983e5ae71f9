#include "runscommand.h"

#include "clioutput.h"
#include "clistore.h"
#include "domain/koreatime.h"
#include "exitcodes.h"
#include "resolve/reconstore.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using CliOutput::err;
using CliOutput::out;

int RunsCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("payrecon-cli", "List the recorded reconciliation runs."));
    p.addHelpOption();
    p.addOptions({
        CliStore::option(),
        { QStringLiteral("limit"), QCoreApplication::translate("payrecon-cli", "Show at most this many runs."),
            QStringLiteral("n"), QStringLiteral("30") },
        { QStringLiteral("json"), QCoreApplication::translate("payrecon-cli", "Print JSON instead of a table.") },
    });
    if (const int parsed = CliStore::parse(p, arguments, "runs"); parsed >= 0)
        return parsed;
    ReconStore store;
    QString error;
    if (!CliStore::open(p, store))
        return ExitCode::BadInput;
    const std::vector<RunInfo> runs = store.runs(p.value(QStringLiteral("limit")).toInt(), &error);
    const std::vector<OpenItem> open = store.items(0, true, &error);
    if (!error.isEmpty()) {
        err() << "payrecon-cli: " << error << Qt::endl;
        return ExitCode::Failure;
    }
    QHash<qint64, qint64> openByRun;
    for (const OpenItem &it : open)
        ++openByRun[it.runId];
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RunInfo &r : runs) {
            array.append(QJsonObject { { QStringLiteral("id"), r.id },
                { QStringLiteral("finished_at"), QString::fromLatin1(KoreaTime::iso(r.finishedAtMs)) },
                { QStringLiteral("operator"), r.operatorName }, { QStringLiteral("ledger"), r.ledgerSource },
                { QStringLiteral("van_file"), r.vanFile }, { QStringLiteral("van_sha256"), r.vanSha256 },
                { QStringLiteral("from"), r.from.toString(Qt::ISODate) },
                { QStringLiteral("to"), r.to.toString(Qt::ISODate) }, { QStringLiteral("items"), r.itemCount },
                { QStringLiteral("open"), openByRun.value(r.id) },
                { QStringLiteral("matched_late"), r.matchedLateCount }, { QStringLiteral("summary"), r.summary } });
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return ExitCode::Clean;
    }
    out() << QCoreApplication::translate("payrecon-cli", "run").rightJustified(6) << "  "
          << QCoreApplication::translate("payrecon-cli", "finished (KST)").leftJustified(19) << "  "
          << QCoreApplication::translate("payrecon-cli", "operator").leftJustified(12) << ' '
          << QCoreApplication::translate("payrecon-cli", "items").rightJustified(8) << ' '
          << QCoreApplication::translate("payrecon-cli", "open").rightJustified(8) << ' '
          << QCoreApplication::translate("payrecon-cli", "late").rightJustified(6) << "  "
          << QCoreApplication::translate("payrecon-cli", "VAN file") << '\n';
    for (const RunInfo &r : runs) {
        out() << QString::number(r.id).rightJustified(6) << "  "
              << QString::fromLatin1(KoreaTime::plain(r.finishedAtMs)) << "  " << r.operatorName.leftJustified(12)
              << ' ' << CliOutput::count(r.itemCount).rightJustified(8) << ' '
              << CliOutput::count(openByRun.value(r.id)).rightJustified(8) << ' '
              << CliOutput::count(r.matchedLateCount).rightJustified(6) << "  " << r.vanFile << '\n';
    }
    if (runs.empty())
        out() << QCoreApplication::translate("payrecon-cli", "No runs recorded in %1.").arg(store.describe()) << '\n';
    out() << Qt::flush;
    return ExitCode::Clean;
}
