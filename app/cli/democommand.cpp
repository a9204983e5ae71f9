#include "democommand.h"

#include "clioutput.h"
#include "demo/demogenerator.h"
#include "exitcodes.h"
#include "reconcilecommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using CliOutput::err;
using CliOutput::out;

int DemoCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("payrecon-cli",
        "Reconcile the embedded demo: a SQLite ledger and a CP949 VAN file, generated "
        "on first use in the user's data directory."));
    p.addHelpOption();
    p.addOptions({
        { QStringLiteral("dir"),
            QCoreApplication::translate("payrecon-cli", "Where the demo lives (default: the user's data directory)."),
            QStringLiteral("dir") },
        { QStringLiteral("rows"),
            QCoreApplication::translate("payrecon-cli", "Size of a freshly generated demo (default 5000)."),
            QStringLiteral("n"), QStringLiteral("5000") },
        { QStringLiteral("json"), QCoreApplication::translate("payrecon-cli", "Also write the JSON report here."),
            QStringLiteral("file") },
    });
    if (!p.parse(arguments)) {
        err() << "payrecon-cli demo: " << p.errorText() << '\n' << p.helpText() << Qt::endl;
        return ExitCode::BadInput;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText() << Qt::flush;
        return ExitCode::Clean;
    }
    const QString dir = p.isSet(QStringLiteral("dir"))
        ? p.value(QStringLiteral("dir"))
        : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo");
    const QString ledger = dir + QStringLiteral("/ledger.db");
    const QString van = dir + QStringLiteral("/van.csv");
    if (!QFileInfo::exists(ledger) || !QFileInfo::exists(van)) {
        DemoOptions o;
        bool ok = false;
        o.rows = p.value(QStringLiteral("rows")).toLongLong(&ok);
        if (!ok || o.rows < 1) {
            err() << QCoreApplication::translate("payrecon-cli", "payrecon-cli demo: --rows must be a positive number")
                  << Qt::endl;
            return ExitCode::BadInput;
        }
        o.vanProfile = QStringLiteral("kvan-cp949");
        QString error;
        DemoGenerator generator(o);
        if (!generator.generate(dir, &error)) {
            err() << "payrecon-cli: " << error << Qt::endl;
            return ExitCode::Failure;
        }
        out() << QCoreApplication::translate("payrecon-cli", "Created the demo dataset in %1")
                     .arg(QDir::toNativeSeparators(dir))
              << "\n\n";
    }
    QStringList args { QStringLiteral("payrecon-cli reconcile"), QStringLiteral("--ledger"),
        QStringLiteral("sqlite://") + QDir(ledger).absolutePath(), QStringLiteral("--van"), van,
        QStringLiteral("--profile"), QStringLiteral("kvan-cp949") };
    if (p.isSet(QStringLiteral("json")))
        args << QStringLiteral("--json") << p.value(QStringLiteral("json"));
    return ReconcileCommand::run(args);
}
