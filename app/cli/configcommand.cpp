#include "configcommand.h"

#include "alerts/alertsettings.h"
#include "alerts/webhookurl.h"
#include "clioutput.h"
#include "exitcodes.h"
#include "logging/rotatinglog.h"
#include "publish/esconfig.h"
#include "store/localstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QSettings>

using CliOutput::err;
using CliOutput::out;

namespace {
QString onOff(bool on)
{
    return on ? QCoreApplication::translate("payrecon-cli", "on") : QCoreApplication::translate("payrecon-cli", "off");
}

QString won(qint64 amount)
{
    return QLocale::c().toString(qlonglong(amount)) + QStringLiteral(" won");
}

QString fromEnvironment(const char *name)
{
    return qEnvironmentVariableIsEmpty(name)
        ? QString()
        : QCoreApplication::translate("payrecon-cli", " (from %1)").arg(QString::fromLatin1(name));
}
} // namespace

int ConfigCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("payrecon-cli",
        "show: print the effective configuration (the settings file, then PAYRECON_* environment variables over "
        "it), with every password, API key and webhook token masked."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("show"), QCoreApplication::translate("payrecon-cli", "What to do."));
    if (!p.parse(arguments)) {
        err() << "payrecon-cli config: " << p.errorText() << '\n' << p.helpText() << Qt::endl;
        return ExitCode::BadInput;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText() << Qt::flush;
        return ExitCode::Clean;
    }
    if (p.positionalArguments() != QStringList { QStringLiteral("show") }) {
        err() << QCoreApplication::translate("payrecon-cli", "payrecon-cli config: the only action is \"show\"") << '\n'
              << p.helpText() << Qt::endl;
        return ExitCode::BadInput;
    }

    QSettings settings;
    const auto line = [](const QString &name, const QString &value) {
        out() << "  " << name.leftJustified(16) << ' ' << value << '\n';
    };
    const auto path = [](const QString &p) { return QDir::toNativeSeparators(p); };
    out() << QCoreApplication::translate("payrecon-cli", "Files") << '\n';
    line(QStringLiteral("settings"), path(settings.fileName()));
    line(QStringLiteral("store"), path(LocalStore::defaultPath()) + fromEnvironment("PAYRECON_STORE"));
    line(QStringLiteral("logs"), path(RotatingLog::defaultDirectory()));

    out() << '\n' << QCoreApplication::translate("payrecon-cli", "Sources (the window's last run)") << '\n';
    const QString ledger = settings.value(QStringLiteral("sources/ledgerUrl")).toString();
    line(QStringLiteral("ledger"), ledger.isEmpty() ? QStringLiteral("-") : ledger);
    line(QStringLiteral("ledger password"),
        qEnvironmentVariableIsEmpty("PAYRECON_LEDGER_PASSWORD")
            ? QCoreApplication::translate("payrecon-cli", "not set (PAYRECON_LEDGER_PASSWORD)")
            : QStringLiteral("****") + fromEnvironment("PAYRECON_LEDGER_PASSWORD"));
    line(QStringLiteral("van file"), settings.value(QStringLiteral("sources/vanFile"), QStringLiteral("-")).toString());
    line(QStringLiteral("van profile"),
        settings.value(QStringLiteral("sources/profile"), QStringLiteral("-")).toString());

    out() << '\n' << QStringLiteral("Elasticsearch") << '\n';
    const EsConfig es = EsConfig::load(settings);
    line(QStringLiteral("cluster"), es.describe());
    const QString esProblem = es.validate();
    line(QStringLiteral("status"),
        esProblem.isEmpty() ? QCoreApplication::translate("payrecon-cli", "ready (payrecon-cli es-check tests it)")
                            : esProblem);

    out() << '\n' << QCoreApplication::translate("payrecon-cli", "Alerts") << '\n';
    const AlertSettings a = AlertSettings::load(settings);
    line(QStringLiteral("ledger"), a.ledgerUrl.isEmpty() ? QStringLiteral("-") : a.ledgerUrl);
    line(QStringLiteral("table"),
        QStringLiteral("%1 (id column %2), every %3 s")
            .arg(a.table, a.idColumn, QLocale::c().toString(a.pollIntervalMs / 1000.0)));
    line(QStringLiteral("webhook"),
        a.webhook.isEmpty() ? QCoreApplication::translate("payrecon-cli", "not set")
                            : WebhookUrl::masked(a.webhook)
                + (a.webhookFromEnvironment ? fromEnvironment(AlertSettings::WebhookVariable) : QString()));
    line(QStringLiteral("high value"),
        QStringLiteral("%1, >= %2").arg(onOff(a.highValueEnabled), won(a.highValueThreshold)));
    line(QStringLiteral("velocity"),
        QStringLiteral("%1, %2 in %3 min by %4")
            .arg(onOff(a.velocityEnabled))
            .arg(a.velocityCount)
            .arg(a.velocityMinutes)
            .arg(a.velocityByCustomer ? QStringLiteral("customer") : QStringLiteral("card")));
    line(QStringLiteral("quick cancel"),
        QStringLiteral("%1, within %2 min of >= %3")
            .arg(onOff(a.quickCancelEnabled))
            .arg(a.quickCancelMinutes)
            .arg(won(a.quickCancelThreshold)));
    line(QStringLiteral("off-hours"),
        QStringLiteral("%1, >= %2 from %3:00 to %4:00 KST")
            .arg(onOff(a.offHoursEnabled), won(a.offHoursThreshold))
            .arg(a.offHoursStartHour)
            .arg(a.offHoursEndHour));
    line(QStringLiteral("outlier"),
        QStringLiteral("%1, >= %2 x the customer's median after %3 approvals")
            .arg(onOff(a.outlierEnabled), QLocale::c().toString(a.outlierFactor))
            .arg(a.outlierMinHistory));
    const QString alertProblem = a.validate();
    if (!alertProblem.isEmpty())
        line(QStringLiteral("problem"), alertProblem);
    out() << Qt::flush;
    return ExitCode::Clean;
}
