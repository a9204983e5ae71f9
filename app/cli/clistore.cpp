#include "clistore.h"

#include "clioutput.h"
#include "exitcodes.h"
#include "resolve/reconstore.h"

using CliOutput::err;
using CliOutput::out;

QCommandLineOption CliStore::option()
{
    return { QStringLiteral("store"),
        QCoreApplication::translate("payrecon-cli",
            "Resolution store: empty for the local one, sqlite:///path or mysql://user@host/db (team)."),
        QStringLiteral("url") };
}

bool CliStore::open(const QCommandLineParser &parser, ReconStore &store)
{
    QString error;
    const QString url
        = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : ReconStore::configuredUrl();
    if (store.open(url, &error))
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
