#include "clistore.h"

#include "clioutput.h"
#include "clisecrets.h"
#include "exitcodes.h"
#include "resolve/reconstore.h"
#include "store/localstore.h"

using CliOutput::err;
using CliOutput::out;

QCommandLineOption CliStore::option()
{
    return { QStringLiteral("store"),
        QCoreApplication::translate("payrecon-cli",
            "Resolution store: empty for the local one, sqlite:///path or mysql://user@host/db (team)."),
        QStringLiteral("url") };
}

StoreLocation CliStore::location(const QCommandLineParser &parser)
{
    return CliSecrets::storeLocation(parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store"))
                                                                           : LocalStore::configuredLocation());
}

bool CliStore::open(const QCommandLineParser &parser, ReconStore &store)
{
    QString error;
    if (store.open(location(parser), &error))
        return true;
    err() << "payrecon-cli: " << error << Qt::endl;
    return false;
}

int CliStore::parse(QCommandLineParser &parser, const QStringList &arguments, const char *command)
{
    if (!parser.parse(arguments)) {
        err() << "payrecon-cli " << command << ": " << parser.errorText() << Qt::endl;
        return ExitCode::BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return ExitCode::Clean;
    }
    return -1;
}
