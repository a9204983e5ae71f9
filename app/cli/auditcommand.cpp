#include "auditcommand.h"

#include "clioutput.h"
#include "clistore.h"
#include "domain/koreatime.h"
#include "exitcodes.h"
#include "resolve/auditcsv.h"
#include "resolve/reconstore.h"

#include <QCommandLineParser>
#include <QSaveFile>

using CliOutput::err;
using CliOutput::out;

namespace {
/// Start of a Korean calendar day as UTC ms.
qint64 kstDayStartMs(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - KoreaTime::OffsetMs;
}
} // namespace

int AuditCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("payrecon-cli",
        "Show or export the audit trail of resolutions, undos and late matches; verify it has not been altered."));
    p.addHelpOption();
    p.addOptions({
        CliStore::option(),
        { QStringLiteral("from"), QCoreApplication::translate("payrecon-cli", "First day (KST), yyyy-MM-dd."),
            QStringLiteral("date") },
        { QStringLiteral("to"), QCoreApplication::translate("payrecon-cli", "Last day (KST, inclusive), yyyy-MM-dd."),
            QStringLiteral("date") },
        { QStringLiteral("operator"), QCoreApplication::translate("payrecon-cli", "Only this operator's entries."),
            QStringLiteral("name") },
        { QStringLiteral("action"),
            QCoreApplication::translate("payrecon-cli",
                "Only this action: run_recorded, accept_ledger, accept_van, write_off, pending, pair, undo, "
                "matched_late."),
            QStringLiteral("action") },
        { QStringLiteral("run"), QCoreApplication::translate("payrecon-cli", "Only entries of this run."),
            QStringLiteral("id") },
        { QStringLiteral("csv"), QCoreApplication::translate("payrecon-cli", "Write the entries as CSV here."),
            QStringLiteral("file") },
        { QStringLiteral("verify"),
            QCoreApplication::translate(
                "payrecon-cli", "Check the hash chain of the whole trail; exit 1 if altered.") },
    });
    if (const int parsed = CliStore::parse(p, arguments, "audit"); parsed >= 0)
        return parsed;
    AuditFilter filter;
    for (const QString &name : { QStringLiteral("from"), QStringLiteral("to") }) {
        if (!p.isSet(name))
            continue;
        const QDate day = QDate::fromString(p.value(name), Qt::ISODate);
        if (!day.isValid()) {
            err() << QCoreApplication::translate("payrecon-cli", "payrecon-cli: --%1 expects yyyy-MM-dd, not \"%2\"")
                         .arg(name, p.value(name))
                  << Qt::endl;
            return ExitCode::BadInput;
        }
        if (name == QLatin1String("from"))
            filter.fromMs = kstDayStartMs(day);
        else
            filter.toMs = kstDayStartMs(day.addDays(1));
    }
    filter.operatorName = p.value(QStringLiteral("operator"));
    filter.action = p.value(QStringLiteral("action"));
    filter.runId = p.value(QStringLiteral("run")).toLongLong();

    ReconStore store;
    QString error;
    if (!CliStore::open(p, store))
        return ExitCode::BadInput;
    if (p.isSet(QStringLiteral("verify"))) {
        if (!store.verifyAuditChain(&error)) {
            err() << "payrecon-cli: " << error << Qt::endl;
            return ExitCode::Failure;
        }
        out() << QCoreApplication::translate("payrecon-cli", "The audit trail of %1 is intact.").arg(store.describe())
              << Qt::endl;
        return ExitCode::Clean;
    }
    const std::vector<AuditEntry> entries = store.audit(filter, &error);
    if (!error.isEmpty()) {
        err() << "payrecon-cli: " << error << Qt::endl;
        return ExitCode::Failure;
    }
    if (p.isSet(QStringLiteral("csv"))) {
        QSaveFile f(p.value(QStringLiteral("csv")));
        if (!f.open(QIODevice::WriteOnly) || !AuditCsv::write(f, entries) || !f.commit()) {
            err() << QCoreApplication::translate("payrecon-cli", "payrecon-cli: cannot write %1: %2")
                         .arg(f.fileName(), f.errorString())
                  << Qt::endl;
            return ExitCode::Failure;
        }
        out() << QCoreApplication::translate("payrecon-cli", "Wrote %1 audit entries to %2.")
                     .arg(CliOutput::count(qint64(entries.size())), f.fileName())
              << Qt::endl;
        return ExitCode::Clean;
    }
    for (const AuditEntry &e : entries) {
        out() << QString::number(e.id).rightJustified(6) << "  " << QString::fromLatin1(KoreaTime::plain(e.atMs))
              << "  " << e.operatorName.leftJustified(12) << ' ' << e.action.leftJustified(14) << ' ';
        if (e.itemId)
            out() << QCoreApplication::translate("payrecon-cli", "item %1").arg(e.itemId) << ' ';
        else
            out() << QCoreApplication::translate("payrecon-cli", "run %1").arg(e.runId) << ' ';
        const QString before = e.before.value(QStringLiteral("state")).toString();
        const QString after = e.after.value(QStringLiteral("state")).toString();
        if (!before.isEmpty() || !after.isEmpty())
            out() << before << " -> " << after << ' ';
        if (!e.reasonCode.isEmpty())
            out() << '[' << e.reasonCode << "] ";
        out() << e.note << '\n';
    }
    out() << Qt::flush;
    return ExitCode::Clean;
}
