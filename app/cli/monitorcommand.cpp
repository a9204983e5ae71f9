#include "monitorcommand.h"

#include "alerts/alertsettings.h"
#include "alerts/ledgermonitor.h"
#include "alerts/webhookurl.h"
#include "clioutput.h"
#include "clisecrets.h"
#include "exitcodes.h"
#include "ledger/ledgerconnection.h"
#include "store/localstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <csignal>

using CliOutput::err;
using CliOutput::out;

namespace {
std::atomic_bool s_stopRequested { false };

extern "C" void requestStop(int)
{
    s_stopRequested.store(true); // async-signal-safe: the event loop polls the flag
}

QString alertLine(const Alert &a, qint64 seq)
{
    return QCoreApplication::translate("payrecon-cli", "ALERT #%1 %2: transaction %3 (%4), ₩%5, row %6")
        .arg(QString::number(seq), a.ruleIds().join(u'+'), a.payment.transactionId,
            PaymentKinds::toString(a.payment.kind), CliOutput::won(a.payment.amount), QString::number(a.payment.rowId));
}
} // namespace

int MonitorCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("payrecon-cli",
        "Watch the ledger for new rows, raise alerts by the rules in the settings (group \"alerts\") and deliver "
        "them to the Discord webhook from PAYRECON_DISCORD_WEBHOOK or the settings. The first run on a ledger "
        "starts after its current last row: existing rows are not alerted."));
    p.addHelpOption();
    p.addOptions({
        { QStringLiteral("ledger"),
            QCoreApplication::translate("payrecon-cli",
                "Ledger URL (default: alerts/ledgerUrl, else the window's last ledger); password from "
                "PAYRECON_LEDGER_PASSWORD."),
            QStringLiteral("url") },
        { QStringLiteral("table"), QCoreApplication::translate("payrecon-cli", "Monitored table (default payments)."),
            QStringLiteral("name") },
        { QStringLiteral("id-column"),
            QCoreApplication::translate(
                "payrecon-cli", "Auto-increment column used as the high-water mark (default id)."),
            QStringLiteral("name") },
        { QStringLiteral("query"),
            QCoreApplication::translate("payrecon-cli",
                "SELECT returning the id column and the canonical aliases for rows with id > :after, or @file."),
            QStringLiteral("sql") },
        { QStringLiteral("interval"), QCoreApplication::translate("payrecon-cli", "Seconds between polls (default 2)."),
            QStringLiteral("seconds") },
        { QStringLiteral("store"),
            QCoreApplication::translate(
                "payrecon-cli", "PayRecon store file (default: PAYRECON_STORE or the data directory)."),
            QStringLiteral("file") },
        { QStringLiteral("once"),
            QCoreApplication::translate("payrecon-cli",
                "Poll once, deliver what is pending, and exit: 0 all delivered, 1 ledger or Discord failed "
                "(alerts stay pending), 2 bad settings.") },
    });
    if (!p.parse(arguments)) {
        err() << "payrecon-cli monitor: " << p.errorText() << '\n' << p.helpText() << Qt::endl;
        return ExitCode::BadInput;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText() << Qt::flush;
        return ExitCode::Clean;
    }
    QSettings qsettings;
    SecretResolver secrets = CliSecrets::resolver(qsettings);
    AlertSettings settings = AlertSettings::load(qsettings, &secrets);
    if (p.isSet(QStringLiteral("ledger")))
        settings.ledgerUrl = p.value(QStringLiteral("ledger"));
    if (p.isSet(QStringLiteral("table")))
        settings.table = p.value(QStringLiteral("table"));
    if (p.isSet(QStringLiteral("id-column")))
        settings.idColumn = p.value(QStringLiteral("id-column"));
    if (p.isSet(QStringLiteral("query"))) {
        QString sql = p.value(QStringLiteral("query"));
        if (sql.startsWith(u'@')) {
            QFile file(sql.mid(1));
            if (!file.open(QIODevice::ReadOnly)) {
                err() << QCoreApplication::translate("payrecon-cli", "payrecon-cli monitor: cannot read %1: %2")
                             .arg(file.fileName(), file.errorString())
                      << Qt::endl;
                return ExitCode::BadInput;
            }
            sql = QString::fromUtf8(file.readAll());
        }
        settings.query = sql;
    }
    if (p.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        const double seconds = p.value(QStringLiteral("interval")).toDouble(&ok);
        settings.pollIntervalMs = ok ? int(seconds * 1000) : 0;
    }
    if (settings.ledgerUrl.isEmpty()) {
        err() << QCoreApplication::translate("payrecon-cli",
            "payrecon-cli monitor: no ledger: pass --ledger URL or set alerts/ledgerUrl in the settings.")
              << Qt::endl;
        return ExitCode::BadInput;
    }
    if (const QString problem = settings.validate(); !problem.isEmpty()) {
        err() << "payrecon-cli monitor: " << problem << Qt::endl;
        return ExitCode::BadInput;
    }
    const StoreLocation store = CliSecrets::storeLocation(
        p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store")) : LocalStore::configuredLocation());
    // The one place the monitor command reads the ledger's password; the monitor gets it as a value.
    const QString ledgerPassword = LedgerConnection::fromEnvironment(settings.ledgerUrl).password;
    if (settings.webhook.isEmpty()) {
        err() << QCoreApplication::translate("payrecon-cli",
            "payrecon-cli monitor: no Discord webhook (set PAYRECON_DISCORD_WEBHOOK): alerts are recorded, not sent.")
              << Qt::endl;
    } else {
        err() << QCoreApplication::translate("payrecon-cli", "Discord webhook: %1")
                     .arg(WebhookUrl::masked(settings.webhook))
              << Qt::endl;
    }

    if (p.isSet(QStringLiteral("once"))) {
        LedgerMonitor monitor(settings, ledgerPassword, store);
        monitor.setDeliveryRetryLimit(3);
        qint64 raised = 0;
        QObject::connect(&monitor, &LedgerMonitor::alertRaised, [&raised](const Alert &a, qint64 seq) {
            ++raised;
            out() << alertLine(a, seq) << Qt::endl;
        });
        QEventLoop loop;
        bool ok = false;
        qint64 pending = -1;
        QString message;
        QObject::connect(
            &monitor, &LedgerMonitor::onceFinished, &loop, [&](bool success, qint64 left, const QString &why) {
                ok = success;
                pending = left;
                message = why;
                loop.quit();
            });
        QTimer::singleShot(0, &monitor, &LedgerMonitor::runOnce);
        loop.exec();
        if (monitor.status() == LedgerMonitor::Status::Failed) {
            err() << "payrecon-cli monitor: " << message << Qt::endl;
            return ExitCode::BadInput;
        }
        out() << QCoreApplication::translate(
            "payrecon-cli", "%1 new alert(s); %2 pending delivery; high-water mark %3.")
                     .arg(raised)
                     .arg(pending)
                     .arg(monitor.highWaterMark())
              << Qt::endl;
        if (!message.isEmpty())
            err() << "payrecon-cli monitor: " << message << Qt::endl;
        return ok ? ExitCode::Clean : ExitCode::Failure;
    }

    // Headless service: the monitor on its own thread (as in the window), this thread waits for a signal.
    QThread thread;
    auto *monitor = new LedgerMonitor(settings, ledgerPassword, store);
    monitor->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, monitor, &QObject::deleteLater);
    QObject::connect(monitor, &LedgerMonitor::alertRaised, qApp,
        [](const Alert &a, qint64 seq) { out() << alertLine(a, seq) << Qt::endl; });
    QObject::connect(monitor, &LedgerMonitor::deliveryStateChanged, qApp,
        [](qint64 seq, AlertDeliveryState state, const QString &detail) {
            out() << QCoreApplication::translate("payrecon-cli", "DELIVERY #%1 %2 %3")
                         .arg(QString::number(seq), AlertDeliveryStates::toString(state), detail)
                         .trimmed()
                  << Qt::endl;
        });
    int exitCode = ExitCode::Clean;
    QObject::connect(monitor, &LedgerMonitor::statusChanged, qApp,
        [&exitCode](LedgerMonitor::Status status, const QString &message) {
            err() << QDateTime::currentDateTime().toString(Qt::ISODate) << ' ' << message << Qt::endl;
            if (status == LedgerMonitor::Status::Failed) {
                exitCode = ExitCode::BadInput;
                s_stopRequested.store(true);
            }
        });
    QObject::connect(monitor, &LedgerMonitor::error, qApp, [](const QString &message) {
        err() << QDateTime::currentDateTime().toString(Qt::ISODate) << ' ' << message << Qt::endl;
    });
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, qApp, [] {
        if (s_stopRequested.load())
            QCoreApplication::quit();
    });
    stopPoll.start(200);
    thread.start();
    QMetaObject::invokeMethod(monitor, &LedgerMonitor::start);
    QCoreApplication::exec();
    // Stop in the monitor's thread: its connections and timers belong there.
    QMetaObject::invokeMethod(monitor, &LedgerMonitor::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return exitCode;
}
