// The alert monitor: a worker object for its own QThread that polls the ledger for new rows, runs the
// rules, records alerts in the outbox together with the high-water mark, and delivers them to Discord.
// The GUI moves it to a QThread and drives it with queued calls; `payrecon-cli monitor` does the same.
#pragma once

#include "alerts/alert.h"
#include "alerts/alertevaluator.h"
#include "alerts/alertsettings.h"
#include "store/storelocation.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

class AlertOutbox;
class DiscordDelivery;
class LedgerPoller;
class LocalStore;

class LedgerMonitor final : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Stopped,
        Starting, ///< opened the store; the ledger has not answered yet
        Running, ///< connected and polling
        Reconnecting, ///< the ledger is unreachable; retrying with backoff
        Failed, ///< cannot run at all (bad settings, store unusable); see the message
    };
    Q_ENUM(Status)

    /// Nothing is opened here: start() opens the store, the ledger and the network in the worker's thread.
    /// \a ledgerPassword: the password of settings.ledgerUrl (MySQL); \a store: the store holding the alert outbox
    /// and the high-water mark, with its own password.
    LedgerMonitor(AlertSettings settings, QString ledgerPassword, StoreLocation store, QObject *parent = nullptr);
    ~LedgerMonitor() override;

    /// For `--once` and `--flush`: give up delivering after this many consecutive 5xx/network failures.
    void setDeliveryRetryLimit(int failures) { m_deliveryRetryLimit = failures; }
    void setReconnectBackoff(int firstMs, int maxMs);

    /// How long stop() waits for Discord's answer to a message already sent: long enough for a slow answer,
    /// short enough for quitting the window (the transfer timeout is 20 s).
    static constexpr int StopGraceMs = 5000;

    Status status() const { return m_status; }
    /// Duration of the last poll (query + rules + store), for the status line and the benchmarks.
    qint64 lastPollMs() const { return m_lastPollMs; }
    qint64 highWaterMark() const { return m_mark; }

public slots:
    /// Opens everything and polls every AlertSettings::pollIntervalMs. On a ledger without a recorded mark
    /// (the first start) monitoring begins after the ledger's current largest id: history is not alerted.
    void start();
    /// Stops polling and delivery and closes every connection; call it in the worker's thread. A request
    /// already sent to Discord gets up to StopGraceMs for its answer first (DiscordDelivery::finishInFlight).
    void stop();
    /// Polls now, in addition to the timer.
    void pollNow();
    /// Starts if needed, polls until caught up, delivers what is pending, then emits onceFinished.
    void runOnce();
    /// After the webhook was fixed (delivery stopped on 401/404).
    void resumeDelivery();

signals:
    void alertRaised(const Alert &alert, qint64 seq);
    void deliveryStateChanged(qint64 seq, AlertDeliveryState state, const QString &detail);
    void statusChanged(LedgerMonitor::Status status, const QString &message);
    void error(const QString &message);
    /// runOnce() finished: \a ok when the ledger was read and nothing is left pending.
    void onceFinished(bool ok, qint64 pending, const QString &message);

private:
    bool poll(QString *error);
    void onTimer();
    void scheduleReconnect(const QString &why);
    void setStatus(Status status, const QString &message);
    bool ensureMark(QString *error);
    bool warmUp(QString *error);
    void finishOnce();
    void shutDown(int graceMs);

    AlertSettings m_settings;
    QString m_ledgerPassword; ///< never logged
    StoreLocation m_storeLocation;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AlertOutbox> m_outbox;
    std::unique_ptr<LedgerPoller> m_poller;
    std::unique_ptr<AlertEvaluator> m_evaluator;
    DiscordDelivery *m_delivery = nullptr;
    bool m_stopping = false;
    QTimer *m_pollTimer; ///< children, so they move to the worker's thread with the monitor
    QTimer *m_reconnectTimer;
    Status m_status = Status::Stopped;
    qint64 m_mark = -1; ///< -1 until known (read from the store, or the ledger's max id on a first start)
    bool m_markKnown = false;
    bool m_warmedUp = false;
    int m_reconnectAttempts = 0;
    int m_firstReconnectMs = 1000;
    int m_maxReconnectMs = 30000;
    int m_deliveryRetryLimit = 0;
    qint64 m_lastPollMs = 0;
    qsizetype m_lastFetched = 0;
    bool m_once = false;
    bool m_onceDelivering = false; ///< the ledger part of runOnce is done; the next idle ends it
    bool m_onceLedgerOk = false;
    QString m_onceMessage;
};
