#include "discorddelivery.h"

#include "alerts/alertlog.h"
#include "alerts/alertoutbox.h"
#include "alerts/discordembed.h"
#include "alerts/webhookurl.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSysInfo>
#include <atomic>
#include <cmath>

namespace {
/// Seconds as Discord sends them ("0.300", "2") to whole milliseconds, rounded up so we never wake early.
qint64 secondsToMs(const QByteArray &text, bool *ok)
{
    const double seconds = text.trimmed().toDouble(ok);
    if (!*ok || seconds < 0 || seconds > 86400)
        return *ok = false, 0;
    return qint64(std::ceil(seconds * 1000.0));
}
} // namespace

DiscordDelivery::DiscordDelivery(AlertOutbox &outbox, QString webhook, QObject *parent)
    : QObject(parent)
    , m_outbox { outbox }
    , m_webhook { std::move(webhook) }
    , m_network { new QNetworkAccessManager(this) }
    , m_timer { new QTimer(this) }
{
    static std::atomic<quint64> s_next { 0 };
    m_leaseOwner = QStringLiteral("%1:%2/%3")
                       .arg(QSysInfo::machineHostName())
                       .arg(QCoreApplication::applicationPid())
                       .arg(s_next.fetch_add(1));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DiscordDelivery::sendNext);
    m_clock.start();
}

DiscordDelivery::~DiscordDelivery()
{
    m_outbox.releaseDeliveryLease(m_leaseOwner);
}

void DiscordDelivery::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = std::max(firstMs, 1);
    m_maxBackoffMs = std::max(maxMs, m_firstBackoffMs);
}

bool DiscordDelivery::finishInFlight(int ms)
{
    m_finishing = true;
    m_timer->stop();
    if (!m_reply || m_inFlight.isEmpty())
        return true;
    qCInfo(lcAlerts, "Discord: waiting up to %d ms for the answer to the request in flight", ms);
    QEventLoop loop;
    // Connected after onFinished, so the answer is recorded before the loop ends.
    connect(m_reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(std::max(ms, 0), &loop, &QEventLoop::quit);
    QElapsedTimer waited;
    waited.start();
    // stop() usually runs from a queued (blocking) call. Events already queued behind that call, such as the
    // answer's, are not dispatched by a nested loop under Qt's glib dispatcher until something new is posted:
    // without this wake-up the answer sat there for the whole grace period (1 loaded run in 100).
    if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance())
        dispatcher->wakeUp();
    const int exit = loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!m_inFlight.isEmpty()) {
        // The time waited and the loop's exit code (-1: it could not run) tell a slow Discord from a thread
        // that was already told to quit.
        qCWarning(lcAlerts,
            "Discord: no answer after %lld of %d ms while stopping (loop %d); %lld alert(s) stay pending and may "
            "be posted twice",
            qlonglong(waited.elapsed()), ms, exit, qlonglong(m_inFlight.size()));
        return false;
    }
    return true;
}

void DiscordDelivery::deliverPending()
{
    // Already on its way: the running cycle picks up whatever was recorded meanwhile.
    if (m_state == State::Sending || m_timer->isActive())
        return;
    if (m_state == State::Stopped) {
        emit idle();
        return;
    }
    m_failures = 0;
    sendNext();
}

void DiscordDelivery::resume()
{
    if (m_state == State::Stopped)
        setState(State::Idle);
    deliverPending();
}

void DiscordDelivery::setState(State state, const QString &message)
{
    if (state == m_state && message.isEmpty())
        return;
    m_state = state;
    emit stateChanged(state, message);
}

void DiscordDelivery::waitFor(qint64 ms, State state, const QString &message)
{
    setState(state, message);
    if (m_finishing)
        return;
    m_timer->start(int(std::clamp<qint64>(ms, 0, 24 * 3600 * 1000)));
}

void DiscordDelivery::sendNext()
{
    if (m_state == State::Stopped || m_finishing)
        return;
    QString error;
    const QList<OutboxEntry> pending = m_outbox.pending(int(DiscordEmbed::MaxEmbedsPerMessage), &error);
    if (!error.isEmpty()) {
        m_lastError = tr("Cannot read the alert outbox: %1").arg(error);
        qCWarning(lcAlerts, "%s", qUtf8Printable(m_lastError));
        transientFailure(m_lastError);
        return;
    }
    if (pending.isEmpty()) {
        m_outbox.releaseDeliveryLease(m_leaseOwner);
        setState(State::Idle);
        emit idle();
        return;
    }
    // Only now wait for the bucket: with nothing pending there is nothing to wait for.
    const qint64 wait = m_notBeforeMs - nowMs();
    if (wait > 0) {
        waitFor(wait, State::RateLimited, tr("Waiting %1 ms for Discord's rate limit.").arg(wait));
        return;
    }
    // Longer than any request can stay in flight (the transfer timeout), so a send never outlives its lease.
    QString holder;
    if (!m_outbox.acquireDeliveryLease(m_leaseOwner, m_timeoutMs + 40000, &holder)) {
        transientFailure(tr("Another PayRecon process (%1) is delivering the alerts").arg(holder));
        return;
    }
    QList<QJsonObject> embeds;
    embeds.reserve(pending.size());
    for (const OutboxEntry &e : pending)
        embeds.append(DiscordEmbed::build(e.alert));
    qsizetype count = DiscordEmbed::firstMessageCount(embeds);
    if (m_singleSends > 0)
        count = 1;
    embeds.resize(count);
    m_inFlight.clear();
    for (qsizetype i = 0; i < count; ++i)
        m_inFlight.append(pending.at(i).seq);

    QNetworkRequest request(WebhookUrl::executeUrl(m_webhook));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QByteArrayLiteral("PayRecon (https://github.com/payrecon, " PAYRECON_VERSION ")"));
    request.setTransferTimeout(m_timeoutMs);
    const QByteArray body = QJsonDocument(DiscordEmbed::message(embeds)).toJson(QJsonDocument::Compact);
    setState(State::Sending);
    ++m_requests;
    qCDebug(lcAlerts, "Discord: sending %lld alert(s), outbox seq %lld..%lld", qlonglong(count),
        qlonglong(m_inFlight.first()), qlonglong(m_inFlight.last()));
    QNetworkReply *reply = m_network->post(request, body);
    m_reply = reply;
    m_bodySent = false;
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0 && sent == total)
            m_bodySent = true;
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void DiscordDelivery::readBucket(QNetworkReply *reply)
{
    // Wait before the bucket is empty rather than after a 429: Discord counts 429s against the client.
    const QByteArray remaining = reply->rawHeader(QByteArrayLiteral("X-RateLimit-Remaining"));
    const QByteArray resetAfter = reply->rawHeader(QByteArrayLiteral("X-RateLimit-Reset-After"));
    bool ok = false;
    const int left = remaining.trimmed().toInt(&ok);
    if (!ok || left > 0)
        return;
    const qint64 ms = secondsToMs(resetAfter, &ok);
    if (ok)
        m_notBeforeMs = std::max(m_notBeforeMs, nowMs() + ms);
}

void DiscordDelivery::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply (transfer timeout, stop) is closed: reading it only earns a QIODevice warning.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QList<qint64> seqs = std::exchange(m_inFlight, {});
    readBucket(reply);
    QString error;

    if (status >= 200 && status < 300) {
        if (!m_outbox.markDelivered(seqs, &error)) {
            // Discord has them; if the store cannot say so they will be sent again: loud, not silent.
            qCWarning(lcAlerts, "Delivered alerts could not be marked: %s", qUtf8Printable(error));
        }
        for (qint64 seq : seqs)
            emit deliveryStateChanged(seq, AlertDeliveryState::Delivered, {});
        qCInfo(lcAlerts, "Discord: delivered %lld alert(s)", qlonglong(seqs.size()));
        m_failures = 0;
        m_lastError.clear();
        if (m_singleSends > 0)
            --m_singleSends;
        setState(State::Idle);
        sendNext();
        return;
    }

    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString discordMessage = json.value(QStringLiteral("message")).toString();
    if (status == 429) {
        bool ok = false;
        qint64 ms = 0;
        if (json.contains(QStringLiteral("retry_after"))) {
            ms = qint64(std::ceil(json.value(QStringLiteral("retry_after")).toDouble() * 1000.0));
            ok = ms >= 0;
        }
        if (!ok)
            ms = secondsToMs(reply->rawHeader(QByteArrayLiteral("Retry-After")), &ok);
        if (!ok)
            ms = 1000;
        m_notBeforeMs = std::max(m_notBeforeMs, nowMs() + ms);
        qCInfo(lcAlerts, "Discord: rate limited (429%s), retrying in %lld ms",
            json.value(QStringLiteral("global")).toBool() ? " global" : "", qlonglong(ms));
        setState(State::Idle);
        sendNext();
        return;
    }
    if (status == 401 || status == 403 || status == 404) {
        m_lastError = tr("Discord says the webhook was deleted or is invalid (HTTP %1: %2). Alerts stay pending "
                         "until the webhook is fixed.")
                          .arg(status)
                          .arg(discordMessage.isEmpty() ? tr("no message") : discordMessage);
        m_outbox.markAttempt(seqs, m_lastError, &error);
        qCWarning(lcAlerts, "%s", qUtf8Printable(m_lastError));
        m_outbox.releaseDeliveryLease(m_leaseOwner);
        setState(State::Stopped, m_lastError);
        emit idle();
        return;
    }
    if (status == 400 || status == 413) {
        if (seqs.size() > 1) {
            // Find the one Discord objects to instead of failing its neighbours with it.
            m_singleSends = int(seqs.size());
            qCWarning(lcAlerts, "Discord refused a batch (HTTP %d: %s); resending one by one", status,
                qUtf8Printable(discordMessage));
            setState(State::Idle);
            sendNext();
            return;
        }
        const QString why = tr("Discord refused the alert (HTTP %1: %2)").arg(status).arg(discordMessage);
        m_outbox.markFailed(seqs, why, &error);
        for (qint64 seq : seqs)
            emit deliveryStateChanged(seq, AlertDeliveryState::Failed, why);
        qCWarning(lcAlerts, "%s", qUtf8Printable(why));
        if (m_singleSends > 0)
            --m_singleSends;
        setState(State::Idle);
        sendNext();
        return;
    }
    const QString why = status > 0
        ? tr("Discord answered HTTP %1").arg(status)
        // errorString() can quote the URL, and the URL is the secret: the enum only.
        : tr("Network error talking to Discord: %1")
              .arg(QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error())));
    if (status == 0 && m_bodySent) {
        // No idempotency key on execute-webhook and no way to look the message up without its id: resend
        // (at least once) and say that this one may show twice, so a repeat in the channel is explained.
        qCWarning(lcAlerts,
            "Discord: no answer to a message sent whole (%s): Discord may have posted it; %lld alert(s) will be "
            "sent again and may show twice",
            qUtf8Printable(why), qlonglong(seqs.size()));
    }
    m_outbox.markAttempt(seqs, why, &error);
    transientFailure(why);
}

void DiscordDelivery::transientFailure(const QString &why)
{
    ++m_failures;
    m_lastError = why;
    if (m_retryLimit > 0 && m_failures >= m_retryLimit) {
        qCWarning(lcAlerts, "Discord delivery paused after %d failures: %s", m_failures, qUtf8Printable(why));
        m_outbox.releaseDeliveryLease(m_leaseOwner);
        setState(State::Idle, why);
        emit idle();
        return;
    }
    // Exponential backoff with jitter, so many PayRecon installs do not retry in lockstep.
    const double base = std::min<double>(m_maxBackoffMs, m_firstBackoffMs * std::pow(2.0, m_failures - 1));
    const qint64 ms = qint64(base * (0.8 + 0.4 * QRandomGenerator::global()->generateDouble()));
    qCInfo(
        lcAlerts, "Discord delivery failed (%s); retry %d in %lld ms", qUtf8Printable(why), m_failures, qlonglong(ms));
    waitFor(ms, State::Retrying, tr("%1; retrying in %2 s.").arg(why).arg(double(ms) / 1000.0, 0, 'f', 1));
}
