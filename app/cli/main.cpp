// payrecon-cli: wiring only; each subcommand lives in its own file over payrecon_core.
#include "clioutput.h"
#include "exitcodes.h"
#include "generatecommand.h"
#include "reconcilecommand.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("payrecon-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("PayRecon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYRECON_VERSION));

    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    const QString usage = CliOutput::tr("Usage: payrecon-cli <command> [options]\n\n"
                                        "Commands:\n"
                                        "  reconcile   match the ledger against a VAN settlement file\n"
                                        "  generate    write a deterministic demo dataset with its ground truth\n\n"
                                        "Run payrecon-cli <command> --help for the options of a command.\n"
                                        "Options: --version, --help\n");
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
    if (command == u"generate")
        return GenerateCommand::run(rest);
    CliOutput::err() << CliOutput::tr("payrecon-cli: unknown command \"%1\"\n\n").arg(command) << usage << Qt::flush;
    return ExitCode::BadInput;
}
