#include "alertscommand.h"

#include "alerts/alertoutbox.h"
#include "alerts/alertsettings.h"
#include "alerts/discorddelivery.h"
#include "alerts/webhookurl.h"
#include "clioutput.h"
#include "clisecrets.h"
#include "exitcodes.h"
#include "store/localstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSettings>
#include <QTimeZone>

using CliOutput::err;
using CliOutput::out;

namespace {
QString kst(const QDateTime &utc)
{
    return utc.isValid() ? utc.toTimeZone(QTimeZone(9 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                         : QStringLiteral("-");
}
} // namespace

int AlertsCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("payrecon-cli",
        "List recent alerts with their delivery state (newest first); --flush sends the pending ones to the "
        "Discord webhook from PAYRECON_DISCORD_WEBHOOK or the settings."));
    p.addHelpOption();
    p.addOptions({
        { QStringLiteral("limit"), QCoreApplication::translate("payrecon-cli", "How many alerts to list (default 20)."),
            QStringLiteral("n"), QStringLiteral("20") },
        { QStringLiteral("store"),
            QCoreApplication::translate(
                "payrecon-cli", "PayRecon store file (default: PAYRECON_STORE or the data directory)."),
            QStringLiteral("file") },
        { QStringLiteral("flush"),
            QCoreApplication::translate(
                "payrecon-cli", "Deliver pending alerts first; exit 1 if any is still pending afterwards.") },
    });
    if (!p.parse(arguments)) {
        err() << "payrecon-cli alerts: " << p.errorText() << '\n' << p.helpText() << Qt::endl;
        return ExitCode::BadInput;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText() << Qt::flush;
        return ExitCode::Clean;
    }
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1) {
        err() << QCoreApplication::translate("payrecon-cli", "payrecon-cli alerts: --limit must be a positive number")
              << Qt::endl;
        return ExitCode::BadInput;
    }
    LocalStore store(CliSecrets::storeLocation(
        p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store")) : LocalStore::configuredLocation()));
    AlertOutbox outbox(store);
    QString error;
    if (!store.open(&error) || !outbox.migrate(&error)) {
        err() << "payrecon-cli alerts: " << error << Qt::endl;
        return ExitCode::Failure;
    }

    int exitCode = ExitCode::Clean;
    if (p.isSet(QStringLiteral("flush"))) {
        QSettings qsettings;
        SecretResolver secrets = CliSecrets::resolver(qsettings);
        const AlertSettings settings = AlertSettings::load(qsettings, &secrets);
        if (!WebhookUrl::isValid(settings.webhook, &error)) {
            err() << "payrecon-cli alerts: " << error << Qt::endl;
            return ExitCode::BadInput;
        }
        DiscordDelivery delivery(outbox, settings.webhook);
        delivery.setRetryLimit(3);
        int delivered = 0;
        QObject::connect(&delivery, &DiscordDelivery::deliveryStateChanged,
            [&delivered](qint64, AlertDeliveryState state, const QString &) {
                delivered += state == AlertDeliveryState::Delivered;
            });
        QEventLoop loop;
        QObject::connect(&delivery, &DiscordDelivery::idle, &loop, &QEventLoop::quit);
        QMetaObject::invokeMethod(&delivery, &DiscordDelivery::deliverPending, Qt::QueuedConnection);
        loop.exec();
        const qint64 pending = outbox.pendingCount();
        out() << QCoreApplication::translate("payrecon-cli", "Delivered %1 alert(s) to %2; %3 still pending.")
                     .arg(delivered)
                     .arg(WebhookUrl::masked(settings.webhook))
                     .arg(pending)
              << "\n\n";
        if (pending != 0) {
            err() << "payrecon-cli alerts: " << delivery.lastError() << Qt::endl;
            exitCode = ExitCode::Failure;
        }
    }

    const QList<OutboxEntry> entries = outbox.recent(limit, &error);
    if (!error.isEmpty()) {
        err() << "payrecon-cli alerts: " << error << Qt::endl;
        return ExitCode::Failure;
    }
    out() << QCoreApplication::translate("payrecon-cli", "Seq").rightJustified(7) << "  "
          << QCoreApplication::translate("payrecon-cli", "Recorded (KST)").leftJustified(19) << "  "
          << QCoreApplication::translate("payrecon-cli", "State").leftJustified(9) << "  "
          << QCoreApplication::translate("payrecon-cli", "Amount").rightJustified(14) << "  "
          << QCoreApplication::translate("payrecon-cli", "Transaction").leftJustified(16) << "  "
          << QCoreApplication::translate("payrecon-cli", "Rules") << '\n';
    for (const OutboxEntry &e : entries) {
        out() << QString::number(e.seq).rightJustified(7) << "  " << kst(e.createdAt).leftJustified(19) << "  "
              << AlertDeliveryStates::toString(e.state).leftJustified(9) << "  "
              << CliOutput::won(e.alert.payment.amount).rightJustified(14) << "  "
              << e.alert.payment.transactionId.leftJustified(16) << "  " << e.alert.ruleIds().join(u'+');
        if (e.state != AlertDeliveryState::Delivered && !e.lastError.isEmpty())
            out() << "  (" << QCoreApplication::translate("payrecon-cli", "%n attempt(s)", nullptr, e.attempts) << ": "
                  << e.lastError << ')';
        out() << '\n';
    }
    if (entries.isEmpty())
        out() << QCoreApplication::translate("payrecon-cli", "No alerts recorded yet.") << '\n';
    out() << Qt::flush;
    return exitCode;
}
