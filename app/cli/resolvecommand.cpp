#include "resolvecommand.h"

#include "clioutput.h"
#include "clistore.h"
#include "exitcodes.h"
#include "resolve/reconstore.h"

#include <QCommandLineParser>

using CliOutput::err;
using CliOutput::out;

int ResolveCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "payrecon-cli", "Resolve open items (all of them as one action, all or nothing), or undo your last action."));
    p.addHelpOption();
    p.addOptions({
        CliStore::option(),
        { QStringLiteral("item"), QCoreApplication::translate("payrecon-cli", "An item id; repeat for a bulk action."),
            QStringLiteral("id") },
        { QStringLiteral("action"),
            QCoreApplication::translate("payrecon-cli", "accept_ledger, accept_van, write_off, pending or pair."),
            QStringLiteral("action") },
        { QStringLiteral("reason"), QCoreApplication::translate("payrecon-cli", "Reason code."),
            QStringLiteral("code") },
        { QStringLiteral("note"), QCoreApplication::translate("payrecon-cli", "Why (required)."),
            QStringLiteral("text") },
        { QStringLiteral("expect-version"),
            QCoreApplication::translate(
                "payrecon-cli", "The version you reviewed (single item); refused if someone changed it since."),
            QStringLiteral("n") },
        { QStringLiteral("operator"), QCoreApplication::translate("payrecon-cli", "Operator name for the audit trail."),
            QStringLiteral("name") },
        { QStringLiteral("undo"), QCoreApplication::translate("payrecon-cli", "Undo your last action instead.") },
    });
    if (const int parsed = CliStore::parse(p, arguments, "resolve"); parsed >= 0)
        return parsed;
    ReconStore store;
    if (p.isSet(QStringLiteral("operator")))
        store.setOperator(p.value(QStringLiteral("operator")));
    QString error;
    if (!CliStore::open(p, store))
        return ExitCode::BadInput;
    ResolveResult result;
    if (p.isSet(QStringLiteral("undo"))) {
        result = store.undoLast();
    } else {
        const std::optional<ResolveAction> action = ItemStates::actionFromString(p.value(QStringLiteral("action")));
        if (!action || p.values(QStringLiteral("item")).isEmpty()) {
            err() << QCoreApplication::translate(
                "payrecon-cli", "payrecon-cli resolve: give --item ID (repeatable), --action and --note, or --undo")
                  << Qt::endl;
            return ExitCode::BadInput;
        }
        ResolveRequest request;
        request.action = *action;
        request.reasonCode = p.value(QStringLiteral("reason"));
        request.note = p.value(QStringLiteral("note"));
        const QStringList ids = p.values(QStringLiteral("item"));
        for (const QString &id : ids) {
            const std::optional<OpenItem> item = store.item(id.toLongLong(), &error);
            if (!item) {
                err() << "payrecon-cli: " << error << Qt::endl;
                return ExitCode::BadInput;
            }
            int version = item->version;
            if (p.isSet(QStringLiteral("expect-version")) && ids.size() == 1)
                version = p.value(QStringLiteral("expect-version")).toInt();
            request.items.push_back({ item->id, version });
        }
        result = store.resolve(request);
    }
    if (!result.ok) {
        err() << "payrecon-cli: " << result.error << Qt::endl;
        return result.conflict ? ExitCode::Failure : ExitCode::BadInput;
    }
    for (const OpenItem &it : result.items)
        out() << QCoreApplication::translate("payrecon-cli", "item %1 (%2): %3")
                     .arg(it.id)
                     .arg(it.transactionId, ItemStates::displayName(it.state))
              << '\n';
    out() << Qt::flush;
    return ExitCode::Clean;
}
