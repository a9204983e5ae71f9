// A fake Discord execute-webhook endpoint on LoopbackHttpServer that behaves like the real one where it
// matters to PayRecon: payload limits (400 with Discord's error body), Unknown Webhook (404), a per-webhook
// bucket with X-RateLimit-* headers and real 429 bodies, injectable 5xx and dropped connections. It records
// every accepted message in order and every request that ignored a "wait" it had been told.
// The server answers on a thread of its own, as a real webhook answers whatever the client's process is doing:
// a test that blocks its own thread (a blocking queued call, a SQL statement, QProcess) cannot hold back an
// answer the fake has already decided on. That once made a client give up on a message the fake had accepted.
#pragma once

#include "loopbackhttpserver.h"

#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>
#include <QThread>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcFakeDiscord)

class FakeDiscord
{
public:
    static constexpr char WebhookId[] = "123456789012345678";
    static constexpr char Token[] = "fake-secret-token";

    FakeDiscord();
    ~FakeDiscord();
    FakeDiscord(const FakeDiscord &) = delete;
    FakeDiscord &operator=(const FakeDiscord &) = delete;
    bool listen();
    /// http://127.0.0.1:<port>/api/webhooks/<id>/<token>
    QString webhookUrl() const;

    /// Discord's webhook bucket: \a limit requests per \a windowMs (real webhooks: 5 per 2 s).
    void setBucket(int limit, int windowMs);
    /// The next \a count requests get \a status (500, 502, 503...) or, with status 0, a dropped connection.
    void failNext(int count, int status = 500);
    /// 404 Unknown Webhook from now on (the channel's webhook was deleted), until set back.
    void setDeleted(bool deleted);
    /// Empties the bucket now, as if another client had used it: the next request gets a 429.
    void exhaustBucket();
    /// Any message with an embed for this transaction gets a 400 (a payload Discord refuses).
    void rejectTransaction(const QString &transactionId);
    /// Answer accepted requests after this long.
    void setDelay(int ms);
    /// Answer the next \a count accepted requests after \a ms instead (the message is counted at once): a
    /// client with a shorter timeout gives up on a message Discord has in fact posted.
    void delayNext(int count, int ms);

    /// Accepted message bodies, in arrival order.
    QList<QJsonObject> messages() const;
    /// Transaction ids of every accepted embed, in order.
    QStringList transactionIds() const;
    /// When each transaction's embed was accepted (ms since the epoch), for latency figures.
    QHash<QString, qint64> arrivals() const;
    int requests() const;
    int tooManyRequests() const; ///< 429s answered
    /// Requests that arrived while the client had been told to wait (bucket empty, or after a 429 before its
    /// retry_after ran out). A well-behaved client keeps this at 0.
    int waitViolations() const;
    int badRequests() const; ///< 400s answered: payloads Discord would refuse
    QStringList problems() const; ///< why each 400 was answered
    /// Transaction ids whose embed was accepted more than once (an alert delivered twice), each once.
    QStringList duplicates() const;

private:
    HttpResponse handle(const HttpRequest &request);
    QString checkPayload(const QJsonObject &body) const;

    QThread m_thread;
    LoopbackHttpServer *m_server; ///< lives on m_thread; deleted there when it finishes
    QUrl m_url; ///< taken once in listen(), so no other thread asks the server object
    mutable QMutex m_mutex;
    QList<QJsonObject> m_messages;
    QHash<QString, qint64> m_arrivals;
    QHash<QString, int> m_acceptedCount; ///< per transaction id: how many accepted embeds carried it
    int m_limit = 5;
    int m_windowMs = 2000;
    int m_used = 0;
    qint64 m_windowEndsMs = 0;
    qint64 m_waitUntilMs = 0; ///< what the last answer told the client
    int m_failCount = 0;
    int m_failStatus = 500;
    bool m_deleted = false;
    QString m_rejectTransaction;
    int m_delayMs = 0;
    int m_delayNextCount = 0;
    int m_delayNextMs = 0;
    int m_requests = 0;
    int m_tooMany = 0;
    int m_violations = 0;
    int m_badRequests = 0;
    QStringList m_problems;
};
