// payrecon-cli: wiring only; each subcommand lives in its own file over payrecon_core.
#include "alertscommand.h"
#include "auditcommand.h"
#include "clioutput.h"
#include "configcommand.h"
#include "democommand.h"
#include "escheckcommand.h"
#include "exitcodes.h"
#include "generatecommand.h"
#include "i18n/translations.h"
#include "monitorcommand.h"
#include "publishcommand.h"
#include "reconcilecommand.h"
#include "reportcommand.h"
#include "resolvecommand.h"
#include "runscommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <algorithm>
#include <memory>

namespace {

QtMessageHandler g_previousHandler = nullptr;

/// Qt's platform start-up looks up the runtime folder; cron sets no XDG_RUNTIME_DIR, Qt falls back to
/// /tmp/runtime-$USER by itself, and the warning would otherwise reach the cron owner's mail every night.
void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

/// True when the raw command line (before QCoreApplication exists) asks reconcile or report for a PDF, which
/// needs a QGuiApplication for fonts and painting.
bool wantsPdf(const QStringList &raw)
{
    const QString command = raw.value(1);
    if (command != u"reconcile" && command != u"report")
        return false;
    return std::any_of(
        raw.begin() + 2, raw.end(), [](const QString &a) { return a == u"--pdf" || a.startsWith(u"--pdf="); });
}

/// The application object: a QGuiApplication only when a PDF is asked for (fonts and painting need one), so the
/// usual nightly run stays a plain console process. Headless by default: cron has no display.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    if (!wantsPdf(raw))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(dropRuntimeDirWarning);
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    qInstallMessageHandler(g_previousHandler);
    return app;
}

} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> application = createApplication(argc, argv);
    QCoreApplication &app = *application;
    // Same name as the GUI: both share one data directory (demo, store) and one settings file.
    QCoreApplication::setApplicationName(QStringLiteral("payrecon"));
    QCoreApplication::setOrganizationName(QStringLiteral("PayRecon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYRECON_VERSION));
    // The CLI follows the system locale (LANG, LC_MESSAGES): English under C/POSIX/en, Korean under ko_KR.
    Translations::install(app, QLocale::system());

    QStringList args = QCoreApplication::arguments();
    // Progress chatter stays out of scripts' stderr unless asked for (QT_LOGGING_RULES still wins).
    if (!args.removeAll(QStringLiteral("--verbose")) && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("payrecon.*.info=false"));
    const QString command = args.value(1);
    const QString usage = QCoreApplication::translate("payrecon-cli",
        "Usage: payrecon-cli <command> [options]\n\n"
        "Commands:\n"
        "  demo        reconcile the embedded demo (created on first use)\n"
        "  reconcile   match the ledger against a VAN settlement file (and record the run)\n"
        "  runs        list the recorded runs and what is still open of each\n"
        "  report      a recorded run with its resolutions (--run ID --csv FILE --pdf FILE)\n"
        "  resolve     resolve open items from a script, or --undo your last action\n"
        "  audit       show or export the audit trail; --verify checks it is intact\n"
        "  generate    write a deterministic demo dataset with its ground truth\n"
        "  es-check    test the Elasticsearch connection, credentials and indexes\n"
        "  publish     send the Elasticsearch outbox (after reconcile --publish)\n"
        "  monitor     watch the ledger and send alerts to Discord (--once for cron; alias: watch)\n"
        "  alerts      list recent alerts and their delivery state (--flush sends pending)\n"
        "  config      show the effective configuration, secrets masked (config show); keep secrets in the\n"
        "              keychain (config set-secret KEY, value on stdin; config clear-secret KEY)\n\n"
        "Run payrecon-cli <command> --help for the options of a command.\n"
        "Options: --version, --help, --verbose (log progress to stderr)\n");
    if (command == u"--version" || command == u"-v") {
        CliOutput::out() << "payrecon-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitCode::Clean;
    }
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        (command.isEmpty() ? CliOutput::err() : CliOutput::out()) << usage << Qt::flush;
        return command.isEmpty() ? ExitCode::BadInput : ExitCode::Clean;
    }
    QStringList rest = args;
    rest.removeAt(1);
    rest[0] = QStringLiteral("payrecon-cli ") + command;
    if (command == u"reconcile")
        return ReconcileCommand::run(rest);
    if (command == u"runs")
        return RunsCommand::run(rest);
    if (command == u"report")
        return ReportCommand::run(rest);
    if (command == u"resolve")
        return ResolveCommand::run(rest);
    if (command == u"audit")
        return AuditCommand::run(rest);
    if (command == u"demo")
        return DemoCommand::run(rest);
    if (command == u"generate")
        return GenerateCommand::run(rest);
    if (command == u"monitor" || command == u"watch")
        return MonitorCommand::run(rest);
    if (command == u"config")
        return ConfigCommand::run(rest);
    if (command == u"alerts")
        return AlertsCommand::run(rest);
    if (command == u"es-check")
        return EsCheckCommand::run(rest);
    if (command == u"publish")
        return PublishCommand::run(rest);
    CliOutput::err()
        << QCoreApplication::translate("payrecon-cli", "payrecon-cli: unknown command \"%1\"\n\n").arg(command) << usage
        << Qt::flush;
    return ExitCode::BadInput;
}
