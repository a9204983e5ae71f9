// The Settings menu's dialogs that change how the window works: the team store (and what switching it means for
// a window that is open), the alert rules (the monitor restarts to read them) and the reason codes.
#pragma once

#include "store/storelocation.h"

#include <QObject>

class AlertsDock;
class QWidget;
class SecretStore;

class SettingsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsController)

public:
    /// store: the store this session uses, whose password Settings → Team store may change.
    SettingsController(const StoreLocation &store, AlertsDock *alerts, QWidget *window);

    /// The OS keychain for the store password and the webhook; null keeps them in memory. Not owned.
    void setSecretStore(SecretStore *store) { m_secrets = store; }

public slots:
    /// Settings → Team store: this computer's SQLite file or the team's MySQL/MariaDB database.
    void editStore();
    /// Settings → Alert Rules: thresholds in won, rule switches, the webhook (masked).
    void editAlertRules();
    /// Settings → Reason Codes: the list operators pick from when resolving.
    void editReasonCodes();

signals:
    void statusMessage(const QString &message, int timeoutMs);
    /// The session's store got a new password: every part that opens it takes the new location.
    void storeLocationChanged(const StoreLocation &store);

private:
    QWidget *m_window;
    AlertsDock *m_alerts;
    SecretStore *m_secrets = nullptr;
    StoreLocation m_store;
};
