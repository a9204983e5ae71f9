#include "generatecommand.h"

#include "clioutput.h"
#include "demo/demogenerator.h"
#include "exitcodes.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

using CliOutput::err;
using CliOutput::out;

int GenerateCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("payrecon-cli",
        "Write a deterministic demo dataset: ledger.db (SQLite), ledger.sql (MySQL), ledger.csv, van.csv and "
        "truth.json, with every discrepancy class injected."));
    p.addHelpOption();
    p.addOptions({
        { QStringLiteral("rows"),
            QCoreApplication::translate("payrecon-cli", "Ledger approvals to generate (default 2000)."),
            QStringLiteral("n"), QStringLiteral("2000") },
        { QStringLiteral("seed"), QCoreApplication::translate("payrecon-cli", "Random seed (default 1)."),
            QStringLiteral("s"), QStringLiteral("1") },
        { QStringLiteral("out"), QCoreApplication::translate("payrecon-cli", "Output directory (created if missing)."),
            QStringLiteral("dir") },
        { QStringLiteral("profile"),
            QCoreApplication::translate("payrecon-cli", "VAN layout of van.csv (default kvan-cp949)."),
            QStringLiteral("name"), QStringLiteral("kvan-cp949") },
        { QStringLiteral("date"),
            QCoreApplication::translate("payrecon-cli", "Business day, yyyy-MM-dd (default 2026-11-24)."),
            QStringLiteral("date"), QStringLiteral("2026-11-24") },
        { QStringLiteral("no-sqlite"), QCoreApplication::translate("payrecon-cli", "Do not write ledger.db.") },
        { QStringLiteral("no-mysql-dump"), QCoreApplication::translate("payrecon-cli", "Do not write ledger.sql.") },
        { QStringLiteral("quiet"), QCoreApplication::translate("payrecon-cli", "Print nothing but errors.") },
    });
    if (!p.parse(arguments)) {
        err() << "payrecon-cli generate: " << p.errorText() << '\n' << p.helpText() << Qt::endl;
        return ExitCode::BadInput;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText() << Qt::flush;
        return ExitCode::Clean;
    }
    bool okRows = false;
    bool okSeed = false;
    DemoOptions o;
    o.rows = p.value(QStringLiteral("rows")).toLongLong(&okRows);
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&okSeed);
    o.vanProfile = p.value(QStringLiteral("profile"));
    o.day = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
    o.sqlite = !p.isSet(QStringLiteral("no-sqlite"));
    o.mysqlDump = !p.isSet(QStringLiteral("no-mysql-dump"));
    if (!okRows || o.rows < 1 || !okSeed || !o.day.isValid() || !p.isSet(QStringLiteral("out"))) {
        err() << QCoreApplication::translate("payrecon-cli",
            "payrecon-cli generate: --out is required; --rows must be a positive number, --seed a number "
            "and --date a yyyy-MM-dd date")
              << '\n'
              << p.helpText() << Qt::endl;
        return ExitCode::BadInput;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    DemoGenerator generator(o);
    if (!generator.generate(p.value(QStringLiteral("out")), &error)) {
        err() << "payrecon-cli: " << error << Qt::endl;
        return ExitCode::BadInput;
    }
    if (!p.isSet(QStringLiteral("quiet")))
        out() << QCoreApplication::translate("payrecon-cli", "Wrote the demo dataset to %1 in %2 ms.")
                     .arg(p.value(QStringLiteral("out")))
                     .arg(timer.elapsed())
              << Qt::endl;
    return ExitCode::Clean;
}
