// Sends the outbox to a Discord webhook, oldest first, up to 10 embeds a message, within Discord's rate
// limits. Lives on the thread that owns the outbox's store (its QNetworkAccessManager is created there too).
#pragma once

#include "alerts/alert.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class AlertOutbox;
class QNetworkAccessManager;
class QNetworkReply;

class DiscordDelivery final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle, ///< nothing pending, or waiting for the next deliverPending()
        Sending, ///< a request is in flight
        RateLimited, ///< waiting for Discord's bucket to refill (X-RateLimit-Reset-After, 429 retry_after)
        Retrying, ///< waiting to retry after a 5xx or a network error (exponential backoff)
        Stopped, ///< Discord says the webhook is deleted or invalid (401/403/404): alerts stay pending
    };
    Q_ENUM(State)

    /// \a webhook must already be valid (WebhookUrl::isValid); it is never logged.
    DiscordDelivery(AlertOutbox &outbox, QString webhook, QObject *parent = nullptr);
    ~DiscordDelivery() override;

    /// Consecutive transient failures (5xx, network) after which delivery pauses until the next
    /// deliverPending(); 0 retries for ever (the monitor), a few for `monitor --once` and `alerts --flush`.
    void setRetryLimit(int failures) { m_retryLimit = failures; }
    /// First and largest backoff delay after a transient failure.
    void setBackoff(int firstMs, int maxMs);
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }

    /// Before this object goes away: lets a request already on its way get its answer, for at most \a ms, and
    /// sends nothing new. Discord may already have posted the message; without its 2xx the alerts would stay
    /// pending and be posted again at the next start. Runs a local event loop on this object's thread, so
    /// call it only where re-entry is harmless (LedgerMonitor::stop). True when nothing is left in flight.
    bool finishInFlight(int ms);

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    int requestsSent() const { return m_requests; }

public slots:
    /// Starts sending if anything is pending and delivery is not already under way; cheap to call often.
    void deliverPending();
    /// Leaves Stopped (after the user fixed the webhook) and delivers what is pending.
    void resume();

signals:
    void deliveryStateChanged(qint64 seq, AlertDeliveryState state, const QString &detail);
    void stateChanged(DiscordDelivery::State state, const QString &message);
    /// Nothing more will happen until deliverPending(): the queue is empty, delivery is stopped, or the
    /// retry limit was reached (lastError() says why).
    void idle();

private:
    void sendNext();
    void onFinished(QNetworkReply *reply);
    void setState(State state, const QString &message = {});
    void waitFor(qint64 ms, State state, const QString &message);
    void readBucket(QNetworkReply *reply);
    void transientFailure(const QString &why);
    qint64 nowMs() const { return m_clock.elapsed(); }

    AlertOutbox &m_outbox;
    QString m_webhook;
    QNetworkAccessManager *m_network;
    QTimer *m_timer; ///< a child, so it follows the object to another thread
    QElapsedTimer m_clock;
    State m_state = State::Idle;
    QList<qint64> m_inFlight;
    QPointer<QNetworkReply> m_reply; ///< the request in flight, if any
    bool m_bodySent = false; ///< the request in flight was sent whole: Discord may have posted it
    bool m_finishing = false; ///< finishInFlight() was called: answer what is in flight, start nothing
    qint64 m_notBeforeMs = 0; ///< on m_clock: no request before this (bucket empty or 429)
    int m_failures = 0;
    int m_retryLimit = 0;
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
    int m_timeoutMs = 20000;
    int m_requests = 0;
    /// After a 400 the batch is resent one alert per message, so only the offending alert is failed.
    int m_singleSends = 0;
    QString m_lastError;
    QString m_leaseOwner; ///< this object in this process: "host:pid/counter"
};
