#include "alertsettings.h"

#include "alerts/alertlog.h"
#include "alerts/webhookurl.h"
#include "store/secretresolver.h"
#include "store/secretstore.h"

#include <QRegularExpression>
#include <QSettings>

namespace {
const QString G = QStringLiteral("alerts/");

bool isIdentifier(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?$"));
    return re.match(name).hasMatch();
}
} // namespace

AlertSettings AlertSettings::load(QSettings &s, SecretResolver *secrets)
{
    AlertSettings a;
    auto b = [&s](const char *key, bool def) { return s.value(G + QLatin1String(key), def).toBool(); };
    auto i = [&s](const char *key, int def) { return s.value(G + QLatin1String(key), def).toInt(); };
    auto ll = [&s](const char *key, qint64 def) { return s.value(G + QLatin1String(key), def).toLongLong(); };
    a.highValueEnabled = b("highValue/enabled", a.highValueEnabled);
    a.highValueThreshold = ll("highValue/threshold", a.highValueThreshold);
    a.velocityEnabled = b("velocity/enabled", a.velocityEnabled);
    a.velocityCount = i("velocity/count", a.velocityCount);
    a.velocityMinutes = i("velocity/minutes", a.velocityMinutes);
    a.velocityByCustomer
        = s.value(G + QStringLiteral("velocity/key"), QStringLiteral("card")).toString() == u"customer";
    a.quickCancelEnabled = b("quickCancel/enabled", a.quickCancelEnabled);
    a.quickCancelMinutes = i("quickCancel/minutes", a.quickCancelMinutes);
    a.quickCancelThreshold = ll("quickCancel/threshold", a.highValueThreshold);
    a.offHoursEnabled = b("offHours/enabled", a.offHoursEnabled);
    a.offHoursThreshold = ll("offHours/threshold", a.offHoursThreshold);
    a.offHoursStartHour = i("offHours/startHour", a.offHoursStartHour);
    a.offHoursEndHour = i("offHours/endHour", a.offHoursEndHour);
    a.outlierEnabled = b("outlier/enabled", a.outlierEnabled);
    a.outlierFactor = s.value(G + QStringLiteral("outlier/factor"), a.outlierFactor).toDouble();
    a.outlierMinHistory = i("outlier/minHistory", a.outlierMinHistory);

    a.ledgerUrl = s.value(G + QStringLiteral("ledgerUrl"), s.value(QStringLiteral("sources/ledgerUrl"))).toString();
    a.table = s.value(G + QStringLiteral("table"), a.table).toString();
    a.idColumn = s.value(G + QStringLiteral("idColumn"), a.idColumn).toString();
    a.query = s.value(G + QStringLiteral("query")).toString();
    a.pollIntervalMs = int(s.value(G + QStringLiteral("pollSeconds"), 2.0).toDouble() * 1000);
    a.batchSize = i("batchSize", a.batchSize);
    a.warmUpRows = i("warmUpRows", a.warmUpRows);

    if (secrets) {
        const SecretResolver::Resolved webhook = secrets->resolve(QLatin1String(SecretStore::DiscordWebhookKey));
        a.webhook = webhook.value;
        a.webhookFromEnvironment = webhook.origin == SecretOrigin::Environment;
        a.webhookFromKeychain = webhook.origin == SecretOrigin::Keychain;
        return a;
    }
    a.webhook = s.value(G + QStringLiteral("webhook")).toString();
    const QString env = qEnvironmentVariable(WebhookVariable).trimmed();
    if (!env.isEmpty()) {
        a.webhook = env;
        a.webhookFromEnvironment = true;
    }
    return a;
}

void AlertSettings::save(QSettings &s, QString *warning, SecretResolver *secrets) const
{
    auto put = [&s](const char *key, const QVariant &v) { s.setValue(G + QLatin1String(key), v); };
    put("highValue/enabled", highValueEnabled);
    put("highValue/threshold", highValueThreshold);
    put("velocity/enabled", velocityEnabled);
    put("velocity/count", velocityCount);
    put("velocity/minutes", velocityMinutes);
    put("velocity/key", velocityByCustomer ? QStringLiteral("customer") : QStringLiteral("card"));
    put("quickCancel/enabled", quickCancelEnabled);
    put("quickCancel/minutes", quickCancelMinutes);
    put("quickCancel/threshold", quickCancelThreshold);
    put("offHours/enabled", offHoursEnabled);
    put("offHours/threshold", offHoursThreshold);
    put("offHours/startHour", offHoursStartHour);
    put("offHours/endHour", offHoursEndHour);
    put("outlier/enabled", outlierEnabled);
    put("outlier/factor", outlierFactor);
    put("outlier/minHistory", outlierMinHistory);
    if (!ledgerUrl.isEmpty())
        put("ledgerUrl", ledgerUrl);
    put("table", table);
    put("idColumn", idColumn);
    if (!query.isEmpty())
        put("query", query);
    put("pollSeconds", pollIntervalMs / 1000.0);
    put("batchSize", batchSize);
    put("warmUpRows", warmUpRows);
    // An environment-provided webhook is never copied anywhere; one read from the keychain is already there.
    if (!webhookFromEnvironment && !webhookFromKeychain && !webhook.isEmpty()) {
        SecretResolver fileOnly(nullptr, s); // no keychain: the owner-only settings file, as before
        SecretResolver &resolver = secrets ? *secrets : fileOnly;
        QString error;
        SecretOrigin storedIn = SecretOrigin::NotSet;
        if (!resolver.store(QLatin1String(SecretStore::DiscordWebhookKey), webhook, &storedIn, &error, warning)) {
            qCWarning(lcAlerts, "the Discord webhook was not saved: %s", qUtf8Printable(error));
            if (warning)
                *warning = error;
        }
    }
}

QString AlertSettings::validate() const
{
    if (highValueThreshold < 1 || quickCancelThreshold < 1 || offHoursThreshold < 1)
        return tr("Alert thresholds must be at least ₩1.");
    if (velocityCount < 2 || velocityMinutes < 1)
        return tr("The velocity rule needs at least 2 approvals within at least 1 minute.");
    if (quickCancelMinutes < 1)
        return tr("The quick-cancel window must be at least 1 minute.");
    if (offHoursStartHour < 0 || offHoursStartHour > 23 || offHoursEndHour < 0 || offHoursEndHour > 24)
        return tr("Off-hours must be whole hours from 0 to 24.");
    if (outlierFactor < 1.0 || outlierMinHistory < 1)
        return tr("The outlier factor must be at least 1 and the history at least 1 approval.");
    if (pollIntervalMs < 100)
        return tr("The poll interval must be at least 0.1 seconds.");
    if (batchSize < 1 || warmUpRows < 0)
        return tr("The poll batch size must be at least 1 and the warm-up rows at least 0.");
    if (!isIdentifier(table) || !isIdentifier(idColumn))
        return tr("The monitored table and id column must be plain SQL names (letters, digits, _).");
    if (!query.isEmpty() && !query.contains(QStringLiteral(":after")))
        return tr("The monitor query must select rows with the id column greater than :after.");
    if (!webhook.isEmpty()) {
        QString error;
        if (!WebhookUrl::isValid(webhook, &error))
            return error;
    }
    return {};
}
