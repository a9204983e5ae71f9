// Everything the alerts layer is configured with, read from QSettings group "alerts" (the GUI's rule dialog
// writes the same keys); the webhook from the keychain when there is one, overridable by PAYRECON_DISCORD_WEBHOOK.
#pragma once

#include <QCoreApplication>
#include <QString>

class QSettings;
class SecretResolver;

struct AlertSettings
{
    Q_DECLARE_TR_FUNCTIONS(AlertSettings)

public:
    static constexpr char WebhookVariable[] = "PAYRECON_DISCORD_WEBHOOK";

    // Rules (alerts/<rule>/...)
    bool highValueEnabled = true;
    qint64 highValueThreshold = 1000000;
    bool velocityEnabled = true;
    int velocityCount = 5;
    int velocityMinutes = 10;
    bool velocityByCustomer = false; ///< false: same card
    bool quickCancelEnabled = true;
    int quickCancelMinutes = 10;
    qint64 quickCancelThreshold = 1000000; ///< what counts as a high-value approval for this rule
    bool offHoursEnabled = true;
    qint64 offHoursThreshold = 500000;
    int offHoursStartHour = 0;
    int offHoursEndHour = 6;
    bool outlierEnabled = true;
    double outlierFactor = 5.0;
    int outlierMinHistory = 5;

    // Monitor
    QString ledgerUrl; ///< alerts/ledgerUrl, else sources/ledgerUrl (the window's last ledger)
    QString table = QStringLiteral("payments");
    QString idColumn = QStringLiteral("id"); ///< auto-increment column: the high-water mark
    QString query; ///< optional SELECT with canonical aliases, the id column and :after; default from table
    int pollIntervalMs = 2000;
    int batchSize = 500;
    /// Rows before the mark shown to the rules at start (not alerted), so velocity, quick cancel and outlier
    /// keep their recent history across a restart; 0 turns it off.
    int warmUpRows = 5000;

    // Delivery
    QString webhook; ///< a secret: never logged, shown only through WebhookUrl::masked
    bool webhookFromEnvironment = false;
    bool webhookFromKeychain = false; ///< save() leaves it where it is

    /// Reads group "alerts" (missing keys keep the defaults above); the webhook by SecretResolver's precedence
    /// (environment > keychain > settings file), or settings then environment when secrets is null.
    static AlertSettings load(QSettings &settings, SecretResolver *secrets = nullptr);
    /// Writes group "alerts". A new webhook goes through secrets into the keychain; without one (or with secrets
    /// null) into the settings file made owner-only, and *warning says so. A keychain failure is in *warning too.
    void save(QSettings &settings, QString *warning = nullptr, SecretResolver *secrets = nullptr) const;
    /// Checks ranges and identifiers; returns the first problem as a sentence, empty when valid.
    QString validate() const;
};
