#include "reconcilecommand.h"

#include "clioutput.h"
#include "clistore.h"
#include "exitcodes.h"
#include "publish/esconfig.h"
#include "publishcommand.h"
#include "reconcile/daycoverage.h"
#include "reconcile/reconciliationjob.h"
#include "reconpdfwriter.h"
#include "report/csvreport.h"
#include "report/jsonreport.h"
#include "report/reconreportbuilder.h"
#include "resolve/reconstore.h"
#include "runrecorder.h"
#include "store/localstore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QSettings>

using CliOutput::err;
using CliOutput::out;

namespace {

std::optional<QDate> parseDate(QCommandLineParser &p, const QString &option, bool *bad)
{
    if (!p.isSet(option))
        return QDate();
    const QDate d = QDate::fromString(p.value(option), Qt::ISODate);
    if (!d.isValid()) {
        err() << QCoreApplication::translate(
            "payrecon-cli", "payrecon-cli: --%1 must be a date like 2026-11-24, not \"%2\"")
                     .arg(option, p.value(option))
              << Qt::endl;
        *bad = true;
    }
    return d;
}

/// The VAN file's line account: every line in one of the categories that add up to the file.
QString linesText(const LineAccount &a)
{
    return QCoreApplication::translate(
        "payrecon-cli", "Lines:  %1 = %2 title/header + %3 records + %4 rejected + %5 blank + %6 footer")
        .arg(CliOutput::count(a.total), CliOutput::count(a.preamble), CliOutput::count(a.recordLines),
            CliOutput::count(a.rejectedLines), CliOutput::count(a.blank), CliOutput::count(a.footer));
}

void printSummary(const ReconInputs &in, const ReconOutcome &o)
{
    const ReconSummary &s = o.result.summary;
    // A file that does not hold what its total line says comes first: every figure below depends on it.
    if (s.controlTotal.failed())
        out() << QCoreApplication::translate("payrecon-cli", "CONTROL TOTAL FAILED: %1").arg(s.controlTotal.message)
              << "\n\n";
    const QString ledgerName = in.ledgerCsv.isEmpty() ? in.ledger.url : in.ledgerCsv;
    out() << QCoreApplication::translate("payrecon-cli", "Ledger: %1 (%2 records)")
                 .arg(ledgerName, CliOutput::count(s.ledgerRecords))
          << '\n'
          << QCoreApplication::translate("payrecon-cli", "VAN:    %1 (%2, %3 records)")
                 .arg(in.vanFile, o.vanEncoding, CliOutput::count(s.vanRecords))
          << '\n'
          << linesText(s.vanLines) << '\n';
    if (s.controlTotal.state == ControlTotalCheck::State::Agrees)
        out() << QCoreApplication::translate("payrecon-cli", "Control total: %1").arg(s.controlTotal.message) << '\n';
    out() << '\n';
    auto line = [](const QString &label, const ReconTotals &t) {
        out() << label.leftJustified(16) << CliOutput::count(t.count).rightJustified(12)
              << CliOutput::won(t.ledgerWon).rightJustified(20) << CliOutput::won(t.vanWon).rightJustified(20) << '\n';
    };
    out() << QCoreApplication::translate("payrecon-cli", "Status").leftJustified(16)
          << QCoreApplication::translate("payrecon-cli", "Count").rightJustified(12)
          << QCoreApplication::translate("payrecon-cli", "Ledger won").rightJustified(20)
          << QCoreApplication::translate("payrecon-cli", "VAN won").rightJustified(20) << '\n';
    for (int st = 0; st < ReconStatusCount; ++st) {
        line(ReconStatuses::toString(ReconStatus(st)), s.byStatus[size_t(st)]);
        if (ReconStatus(st) == ReconStatus::Mismatched) {
            line(QStringLiteral("  amount"), s.amountReason);
            line(QStringLiteral("  approval_no"), s.approvalNoReason);
        }
    }
    out() << QCoreApplication::translate("payrecon-cli", "rejected rows").leftJustified(16)
          << CliOutput::count(s.rejectedRows).rightJustified(12) << '\n'
          << QCoreApplication::translate("payrecon-cli", "net (approvals - cancellations)").leftJustified(28)
          << CliOutput::won(s.ledgerNetWon).rightJustified(20) << CliOutput::won(s.vanNetWon).rightJustified(20)
          << "\n\n";
    out() << (s.discrepancies() == 0
            ? QCoreApplication::translate("payrecon-cli", "Result: reconciled, no discrepancies.")
            : QCoreApplication::translate("payrecon-cli", "Result: %1 discrepancies.")
                  .arg(CliOutput::count(s.discrepancies())))
          << ' '
          << QCoreApplication::translate("payrecon-cli", "(load %1 ms, match %2 ms)").arg(o.loadMs).arg(o.matchMs)
          << Qt::endl;
}

} // namespace

int ReconcileCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("payrecon-cli", "Reconcile the merchant ledger against a VAN settlement file."));
    p.addHelpOption();
    p.addOptions({
        { QStringLiteral("ledger"),
            QCoreApplication::translate("payrecon-cli",
                "Ledger database URL: sqlite:///path/ledger.db or mysql://user@host:port/db "
                "(password from PAYRECON_LEDGER_PASSWORD)."),
            QStringLiteral("url") },
        { QStringLiteral("ledger-query"),
            QCoreApplication::translate(
                "payrecon-cli", "SELECT with canonical column aliases and :from/:to, or @file."),
            QStringLiteral("sql") },
        { QStringLiteral("ledger-csv"),
            QCoreApplication::translate("payrecon-cli", "Read the ledger from a delimited file instead."),
            QStringLiteral("file") },
        { QStringLiteral("ledger-profile"),
            QCoreApplication::translate("payrecon-cli", "Profile for --ledger-csv (default canonical-utf8)."),
            QStringLiteral("name|file"), QStringLiteral("canonical-utf8") },
        { QStringLiteral("van"), QCoreApplication::translate("payrecon-cli", "VAN settlement file."),
            QStringLiteral("file") },
        { QStringLiteral("profile"),
            QCoreApplication::translate("payrecon-cli", "VAN profile: a built-in name or a JSON file."),
            QStringLiteral("name|file") },
        { QStringLiteral("from"),
            QCoreApplication::translate("payrecon-cli", "First day (inclusive) of the ledger range, yyyy-MM-dd."),
            QStringLiteral("date") },
        { QStringLiteral("to"),
            QCoreApplication::translate("payrecon-cli", "Last day (inclusive) of the ledger range, yyyy-MM-dd."),
            QStringLiteral("date") },
        { QStringLiteral("json"), QCoreApplication::translate("payrecon-cli", "Write the JSON report here."),
            QStringLiteral("file") },
        { QStringLiteral("json-all"),
            QCoreApplication::translate("payrecon-cli", "Include matched rows in the JSON report.") },
        { QStringLiteral("csv"),
            QCoreApplication::translate(
                "payrecon-cli", "Write the discrepancies as CSV for Excel here (UTF-8 with BOM, formula-safe)."),
            QStringLiteral("file") },
        { QStringLiteral("csv-all"), QCoreApplication::translate("payrecon-cli", "Include matched rows in the CSV.") },
        { QStringLiteral("rejected-csv"),
            QCoreApplication::translate("payrecon-cli", "Write the rejected input rows as CSV here."),
            QStringLiteral("file") },
        { QStringLiteral("pdf"),
            QCoreApplication::translate("payrecon-cli",
                "Write the signed reconciliation report as PDF here (summary, charts, discrepancies, rejected rows, "
                "approval block)."),
            QStringLiteral("file") },
        { QStringLiteral("quiet"), QCoreApplication::translate("payrecon-cli", "Print nothing but errors.") },
        { QStringLiteral("force"),
            QCoreApplication::translate("payrecon-cli",
                "Reconcile and record even when the ledger returned no rows or too few VAN records fall on the "
                "ledger's days (a wrong day).") },
        // Resolution store (issue 6): every run is recorded so open items carry over to the next day.
        { QStringLiteral("store"),
            QCoreApplication::translate("payrecon-cli",
                "Record the run in this resolution store: sqlite:///path or mysql://user@host/db (team); "
                "default: PAYRECON_STORE_URL, the settings, else the local store."),
            QStringLiteral("url") },
        { QStringLiteral("no-store"),
            QCoreApplication::translate("payrecon-cli", "Do not record the run (no carry-over of open items).") },
        { QStringLiteral("operator"),
            QCoreApplication::translate("payrecon-cli", "Operator name recorded with the run (default: the OS user)."),
            QStringLiteral("name") },
        // --publish (Elasticsearch work)
        { QStringLiteral("publish"),
            QCoreApplication::translate("payrecon-cli",
                "Publish to Elasticsearch: matched rows to the verified index, every other outcome to the "
                "mismatch log, through the local outbox (see payrecon-cli publish).") },
    });
    if (!p.parse(arguments)) {
        err() << "payrecon-cli reconcile: " << p.errorText() << '\n' << p.helpText() << Qt::endl;
        return ExitCode::BadInput;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText() << Qt::flush;
        return ExitCode::Clean;
    }
    const bool hasUrl = p.isSet(QStringLiteral("ledger"));
    const bool hasCsv = p.isSet(QStringLiteral("ledger-csv"));
    if (hasUrl == hasCsv || !p.isSet(QStringLiteral("van")) || !p.isSet(QStringLiteral("profile"))) {
        err() << QCoreApplication::translate("payrecon-cli",
            "payrecon-cli reconcile: give exactly one of --ledger or --ledger-csv, and --van and --profile")
              << '\n'
              << p.helpText() << Qt::endl;
        return ExitCode::BadInput;
    }

    ReconInputs in;
    QString error;
    const auto vanProfile = VanProfile::load(p.value(QStringLiteral("profile")), &error);
    if (!vanProfile) {
        err() << "payrecon-cli: " << error << Qt::endl;
        return ExitCode::BadInput;
    }
    in.vanProfile = *vanProfile;
    in.vanFile = p.value(QStringLiteral("van"));
    if (hasCsv) {
        const auto ledgerProfile = VanProfile::load(p.value(QStringLiteral("ledger-profile")), &error);
        if (!ledgerProfile) {
            err() << "payrecon-cli: " << error << Qt::endl;
            return ExitCode::BadInput;
        }
        in.ledgerProfile = *ledgerProfile;
        in.ledgerCsv = p.value(QStringLiteral("ledger-csv"));
    } else {
        // The one place the reconciling CLI reads the ledger's password: the job gets it as a value.
        in.ledger = LedgerConnection::fromEnvironment(p.value(QStringLiteral("ledger")));
    }
    if (p.isSet(QStringLiteral("ledger-query"))) {
        in.ledgerQuery = p.value(QStringLiteral("ledger-query"));
        if (in.ledgerQuery.startsWith(u'@')) {
            QFile f(in.ledgerQuery.mid(1));
            if (!f.open(QIODevice::ReadOnly)) {
                err() << QCoreApplication::translate(
                    "payrecon-cli", "payrecon-cli: cannot read the ledger query file %1: %2")
                             .arg(f.fileName(), f.errorString())
                      << Qt::endl;
                return ExitCode::BadInput;
            }
            in.ledgerQuery = QString::fromUtf8(f.readAll());
        }
    }
    if (hasCsv && (p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to")))) {
        // A date range is a WHERE clause on the ledger query; a ledger file is taken whole, so say so.
        err() << QCoreApplication::translate("payrecon-cli",
            "payrecon-cli reconcile: --from/--to select rows of a SQL ledger (--ledger); a --ledger-csv "
            "file is reconciled whole")
              << Qt::endl;
        return ExitCode::BadInput;
    }
    bool bad = false;
    in.from = parseDate(p, QStringLiteral("from"), &bad).value_or(QDate());
    in.to = parseDate(p, QStringLiteral("to"), &bad).value_or(QDate());
    if (bad)
        return ExitCode::BadInput;
    if (in.from.isValid() && in.to.isValid() && in.from > in.to) {
        err() << QCoreApplication::translate("payrecon-cli", "payrecon-cli: --from is after --to") << Qt::endl;
        return ExitCode::BadInput;
    }

    // --publish (Elasticsearch work): a bad configuration fails before the long part, not after it.
    EsConfig esConfig;
    const bool publish = p.isSet(QStringLiteral("publish"));
    if (publish && !PublishCommand::loadConfig(&esConfig))
        return ExitCode::BadInput;

    ReconciliationJob job;
    ReconOutcome o = job.run(in);
    if (!o.ok()) {
        err() << "payrecon-cli: " << o.error << Qt::endl;
        return ExitCode::BadInput;
    }
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    if (quiet && o.controlTotal().failed())
        err() << "payrecon-cli: " << o.controlTotal().message << Qt::endl;
    if (!quiet) {
        printSummary(in, o);
        const qsizetype shown = qMin<qsizetype>(qsizetype(o.rejected.size()), 20);
        for (qsizetype i = 0; i < shown; ++i) {
            const RejectedRow &r = o.rejected[size_t(i)];
            err() << QCoreApplication::translate("payrecon-cli", "%1:%2: rejected").arg(r.file).arg(r.line);
            if (r.columnIndex > 0)
                err()
                    << ' '
                    << QCoreApplication::translate("payrecon-cli", "column %1 \"%2\"").arg(r.columnIndex).arg(r.column);
            err() << ": " << r.reason << " [" << r.value << "]\n";
        }
        if (o.rejectedCount > shown)
            err() << QCoreApplication::translate("payrecon-cli", "… and %1 more rejected rows (see --json)")
                         .arg(CliOutput::count(o.rejectedCount - shown))
                  << '\n';
        err() << Qt::flush;
    }
    // A wrong day (no ledger rows, or a VAN file of other days) would write reports and open items that are all
    // false: nothing is written or recorded unless the operator says it is meant.
    const DayCoverage &coverage = o.coverage;
    const double minShare = DayCoverage::configuredMinShare(QSettings());
    if (coverage.verdict(minShare) != DayCoverage::Verdict::Plausible) {
        if (!p.isSet(QStringLiteral("force"))) {
            err() << "payrecon-cli: " << coverage.explanation(minShare) << '\n'
                  << QCoreApplication::translate("payrecon-cli",
                         "payrecon-cli: nothing was written or recorded; check --from/--to, or add --force to "
                         "reconcile these sources as they are.")
                  << Qt::endl;
            return ExitCode::BadInput;
        }
        if (!quiet)
            err() << "payrecon-cli: " << coverage.explanation(minShare) << ' '
                  << QCoreApplication::translate("payrecon-cli", "(--force: reconciled as asked)") << Qt::endl;
    }
    if (p.isSet(QStringLiteral("json"))) {
        // QSaveFile: a nightly job never leaves a half-written report that looks complete.
        QSaveFile f(p.value(QStringLiteral("json")));
        if (!f.open(QIODevice::WriteOnly)
            || !JsonReport::write(f, o.ledger, o.van, o.result, o.rejected, p.isSet(QStringLiteral("json-all")))
            || !f.commit()) {
            err() << QCoreApplication::translate("payrecon-cli", "payrecon-cli: cannot write %1: %2")
                         .arg(f.fileName(), f.errorString())
                  << Qt::endl;
            return ExitCode::Failure;
        }
    }
    // Same all-or-nothing rule as the JSON report.
    auto writeCsv = [&](const QString &option, const std::function<bool(QIODevice &)> &write) {
        if (!p.isSet(option))
            return true;
        QSaveFile f(p.value(option));
        if (f.open(QIODevice::WriteOnly) && write(f) && f.commit())
            return true;
        err() << QCoreApplication::translate("payrecon-cli", "payrecon-cli: cannot write %1: %2")
                     .arg(f.fileName(), f.errorString())
              << Qt::endl;
        return false;
    };
    CsvReport::Options csvOptions;
    csvOptions.includeMatched = p.isSet(QStringLiteral("csv-all"));
    if (!writeCsv(QStringLiteral("csv"), [&](QIODevice &f) { return CsvReport::writeOutcomes(f, o, csvOptions); })
        || !writeCsv(
            QStringLiteral("rejected-csv"), [&](QIODevice &f) { return CsvReport::writeRejected(f, o.rejected); }))
        return ExitCode::Failure;
    // Recorded after the local reports (they exist even if the store is down), before publishing.
    const QString operatorName
        = p.isSet(QStringLiteral("operator")) ? p.value(QStringLiteral("operator")) : ReconStore::defaultOperator();
    const bool wantPdf = p.isSet(QStringLiteral("pdf"));
    ReconReport report; // the PDF's data; recording builds it too, with the run id
    bool recorded = true;
    bool reportBuilt = false;
    if (!p.isSet(QStringLiteral("no-store"))) {
        recorded
            = RunRecorder::record(in, o, CliStore::location(p), operatorName, quiet, wantPdf ? &report : nullptr) != 0;
        reportBuilt = recorded && wantPdf;
    }
    // After recording, so the PDF names its run; a store that is down still gets its PDF, without a run id.
    if (wantPdf) {
        if (!reportBuilt) {
            ReconReportBuilder builder;
            builder.setOperatorName(operatorName);
            report = builder.build(o, in);
        }
        ReconPdfWriter writer;
        QString pdfError;
        if (!writer.write(report, p.value(QStringLiteral("pdf")), &pdfError)) {
            err() << "payrecon-cli: " << pdfError << Qt::endl;
            return ExitCode::Failure;
        }
    }
    if (!recorded)
        return ExitCode::Failure;
    // Last: the local reports exist even when the cluster is down.
    if (publish) { // (Elasticsearch work) the run date is the business day reconciled, else today in Korea
        const QDate runDate = in.to.isValid() ? in.to
            : in.from.isValid()               ? in.from
                                              : QDateTime::currentDateTimeUtc().addSecs(9 * 3600).date();
        const int published = PublishCommand::enqueueAndPublish(esConfig, o, runDate, quiet, CliStore::location(p));
        if (published != ExitCode::Clean)
            return published;
    }
    return o.result.summary.discrepancies() == 0 ? ExitCode::Clean : ExitCode::Discrepancies;
}
