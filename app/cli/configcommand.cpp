#include "configcommand.h"

#include "alerts/alertsettings.h"
#include "alerts/webhookurl.h"
#include "clioutput.h"
#include "clisecrets.h"
#include "exitcodes.h"
#include "logging/rotatinglog.h"
#include "publish/esconfig.h"
#include "store/localstore.h"
#include "store/secretresolver.h"
#include "store/secretstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QSettings>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

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

// The secret from standard input: a pipe (`printf %s "$PW" | payrecon-cli config set-secret …`) or typed at the
// terminal without echo. Never from argv, which every user on the machine can read in ps.
QString readSecretFromStdin(const QString &key)
{
    bool restoreEcho = false;
#ifdef Q_OS_UNIX
    termios saved {};
    if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0) {
        err() << QCoreApplication::translate("payrecon-cli", "Value for %1 (not shown): ").arg(key) << Qt::flush;
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        restoreEcho = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
#endif
    QByteArray bytes;
    char buffer[4096];
    // A terminal gives one line; a pipe gives everything up to its end.
    if (restoreEcho) {
        if (std::fgets(buffer, sizeof buffer, stdin))
            bytes = buffer;
    } else {
        size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0)
            bytes.append(buffer, qsizetype(n));
    }
#ifdef Q_OS_UNIX
    if (restoreEcho) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << Qt::endl;
    }
#endif
    // One trailing line end is the shell's, not the secret's (echo, here-strings).
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    QString value = QString::fromUtf8(bytes);
    std::fill(bytes.begin(), bytes.end(), '\0');
    return value;
}

int setSecret(const QString &key)
{
    const QString value = readSecretFromStdin(key);
    if (value.isEmpty()) {
        err() << QCoreApplication::translate("payrecon-cli",
            "payrecon-cli config: no value on standard input; nothing was stored (use clear-secret to remove one).")
              << Qt::endl;
        return ExitCode::BadInput;
    }
    QString error;
    if (key == QLatin1String(SecretStore::DiscordWebhookKey) && !WebhookUrl::isValid(value, &error)) {
        err() << "payrecon-cli config: " << error << Qt::endl;
        return ExitCode::BadInput;
    }
    QSettings settings;
    SecretResolver secrets = CliSecrets::resolver(settings);
    QString warning;
    SecretOrigin storedIn = SecretOrigin::NotSet;
    if (!secrets.store(key, value, &storedIn, &error, &warning)) {
        err() << "payrecon-cli config: " << error << Qt::endl;
        return ExitCode::Failure;
    }
    // A warning (the webhook in the settings file) has already reached stderr through the payrecon.secrets log.
    out() << (storedIn == SecretOrigin::Keychain
            ? QCoreApplication::translate("payrecon-cli", "%1 is stored in the keychain.").arg(key)
            : QCoreApplication::translate("payrecon-cli", "%1 is stored in the settings file %2.")
                  .arg(key, QDir::toNativeSeparators(settings.fileName())))
          << Qt::endl;
    const QString variable = SecretResolver::environmentVariable(key);
    if (qEnvironmentVariableIsSet(qPrintable(variable)))
        err() << QCoreApplication::translate("payrecon-cli",
            "payrecon-cli config: %1 is set in this environment and still takes precedence over the stored value.")
                     .arg(variable)
              << Qt::endl;
    return ExitCode::Clean;
}

int clearSecret(const QString &key)
{
    QSettings settings;
    SecretResolver secrets = CliSecrets::resolver(settings);
    QString error;
    if (!secrets.clear(key, &error)) {
        err() << "payrecon-cli config: " << error << Qt::endl;
        return ExitCode::Failure;
    }
    out() << QCoreApplication::translate("payrecon-cli", "%1 is no longer stored.").arg(key) << Qt::endl;
    const QString variable = SecretResolver::environmentVariable(key);
    if (qEnvironmentVariableIsSet(qPrintable(variable)))
        err() << QCoreApplication::translate(
            "payrecon-cli", "payrecon-cli config: %1 is still set in this environment; unset it there.")
                     .arg(variable)
              << Qt::endl;
    return ExitCode::Clean;
}
} // namespace

int ConfigCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("payrecon-cli",
        "show: print the effective configuration (the settings file and the keychain, then PAYRECON_* environment "
        "variables over them), with every password, API key and webhook token masked and the origin of each "
        "secret.\n"
        "set-secret KEY: store a secret read from standard input in the keychain (elasticsearch/password, "
        "elasticsearch/api_key, discord/webhook, store/password).\n"
        "clear-secret KEY: remove a stored secret from the keychain and the settings file."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"),
        QCoreApplication::translate("payrecon-cli", "show, set-secret or clear-secret."),
        QStringLiteral("show|set-secret|clear-secret"));
    p.addPositionalArgument(QStringLiteral("key"), QCoreApplication::translate("payrecon-cli", "The secret's name."),
        QStringLiteral("[KEY]"));
    if (!p.parse(arguments)) {
        err() << "payrecon-cli config: " << p.errorText() << '\n' << p.helpText() << Qt::endl;
        return ExitCode::BadInput;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText() << Qt::flush;
        return ExitCode::Clean;
    }
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0);
    if ((action == u"set-secret" || action == u"clear-secret") && positional.size() == 2) {
        const QString key = positional.at(1);
        if (!SecretResolver::keys().contains(key)) {
            err() << QCoreApplication::translate(
                "payrecon-cli", "payrecon-cli config: unknown secret \"%1\"; the secrets are %2.")
                         .arg(key, SecretResolver::keys().join(QStringLiteral(", ")))
                  << Qt::endl;
            return ExitCode::BadInput;
        }
        return action == u"set-secret" ? setSecret(key) : clearSecret(key);
    }
    if (positional != QStringList { QStringLiteral("show") }) {
        err() << QCoreApplication::translate("payrecon-cli",
            "payrecon-cli config: the actions are \"show\", \"set-secret KEY\" and \"clear-secret KEY\" (the value "
            "comes from standard input, never from the command line)")
              << '\n'
              << p.helpText() << Qt::endl;
        return ExitCode::BadInput;
    }

    QSettings settings;
    SecretResolver secrets = CliSecrets::resolver(settings);
    const auto line = [](const QString &name, const QString &value) {
        out() << "  " << name.leftJustified(16) << ' ' << value << '\n';
    };
    const auto path = [](const QString &p) { return QDir::toNativeSeparators(p); };
    out() << QCoreApplication::translate("payrecon-cli", "Files") << '\n';
    line(QStringLiteral("settings"), path(settings.fileName()));
    // The store's location never holds a password (MySQL's is the secret store/password below).
    line(QStringLiteral("store"),
        path(LocalStore::configuredLocation())
            + fromEnvironment(
                qEnvironmentVariableIsEmpty("PAYRECON_STORE_URL") ? "PAYRECON_STORE" : "PAYRECON_STORE_URL"));
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

    // Where each secret comes from, never its value.
    out() << '\n' << QCoreApplication::translate("payrecon-cli", "Secrets") << '\n';
    line(QStringLiteral("keychain"),
        secrets.keychainAvailable()
            ? QCoreApplication::translate("payrecon-cli", "available (service \"%1\")")
                  .arg(QLatin1String(SecretStore::ServiceName))
            : QCoreApplication::translate(
                "payrecon-cli", "not available: %1 Secrets come from the environment and the owner-only settings file.")
                  .arg(secrets.keychainProblem()));
    // The team store never borrows the ledger's password: store/password is "not set" whatever
    // PAYRECON_LEDGER_PASSWORD holds.
    for (const QString &key : SecretResolver::keys())
        line(key, SecretResolver::originText(secrets.resolve(key).origin, key));

    out() << '\n' << QStringLiteral("Elasticsearch") << '\n';
    const EsConfig es = EsConfig::load(settings, &secrets);
    line(QStringLiteral("cluster"), es.describe());
    const QString esProblem = es.validate();
    line(QStringLiteral("status"),
        esProblem.isEmpty() ? QCoreApplication::translate("payrecon-cli", "ready (payrecon-cli es-check tests it)")
                            : esProblem);

    out() << '\n' << QCoreApplication::translate("payrecon-cli", "Alerts") << '\n';
    const AlertSettings a = AlertSettings::load(settings, &secrets);
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
