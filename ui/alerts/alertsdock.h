// The alerts panel: starts and stops the ledger monitor (a LedgerMonitor on its own thread, the same core
// object payrecon-cli monitor runs), shows its status and the recent alerts with their Discord delivery.
#pragma once

#include "alerts/ledgermonitor.h"

#include <QDockWidget>

class AlertsModel;
class QLabel;
class QPushButton;
class QTableView;
class QThread;

class SecretStore;

class AlertsDock : public QDockWidget
{
    Q_OBJECT

public:
    /// \a store: the store holding the alert outbox and the high-water mark, with its password.
    explicit AlertsDock(StoreLocation store, QWidget *parent = nullptr);
    ~AlertsDock() override;
    /// Where the monitor finds the webhook besides the environment and the settings file (null: there only).
    void setSecretStore(SecretStore *store) { m_secrets = store; }
    /// The password of the ledger the monitor watches (MySQL), for the next start; kept in memory only.
    void setLedgerPassword(const QString &password) { m_ledgerPassword = password; }
    /// The store for the next start (the same store with a new password).
    void setStoreLocation(const StoreLocation &store) { m_store = store; }

    bool isMonitoring() const { return m_monitor != nullptr; }
    AlertsModel *model() const { return m_model; }
    QString statusText() const;
    LedgerMonitor::Status status() const { return m_lastStatus; }

public slots:
    /// Reads the settings (group "alerts", PAYRECON_DISCORD_WEBHOOK) and starts watching the ledger.
    void startMonitor();
    void stopMonitor();
    /// Shows a new alert (seq: its outbox sequence number) and announces it; the monitor's alerts come here.
    void addAlert(qint64 seq, const Alert &alert);
    /// Selects these alerts in the table (those still in it) and scrolls to the last one.
    void selectAlerts(const QList<qint64> &seqs);

signals:
    void monitoringChanged(bool running);
    /// One new alert: a title and the rules' reasons for a tray balloon or a desktop notification (no card
    /// number, no webhook).
    void alertRaised(qint64 seq, AlertSeverity severity, const QString &title, const QString &text);
    void todayCountChanged(int count);

private:
    void onStatus(LedgerMonitor::Status status, const QString &message);

    StoreLocation m_store;
    QString m_ledgerPassword;
    SecretStore *m_secrets = nullptr;
    AlertsModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_toggle;
    QThread *m_thread = nullptr;
    LedgerMonitor *m_monitor = nullptr; ///< lives on m_thread while monitoring
    LedgerMonitor::Status m_lastStatus = LedgerMonitor::Status::Stopped;
};
