#include "fakediscord.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

// Off by default; QT_LOGGING_RULES="payrecon.test.fakediscord.debug=true" shows every accepted embed.
Q_LOGGING_CATEGORY(lcFakeDiscord, "payrecon.test.fakediscord", QtInfoMsg)

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qsizetype points(const QString &s)
{
    qsizetype n = 0;
    for (const QChar c : s)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

HttpResponse discordError(int status, const QByteArray &json)
{
    return HttpResponse::json(status, json);
}
} // namespace

FakeDiscord::FakeDiscord()
    : m_server { new LoopbackHttpServer([this](const HttpRequest &r) { return handle(r); }) }
{
    m_thread.setObjectName(QStringLiteral("fakediscord"));
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
}

FakeDiscord::~FakeDiscord()
{
    m_thread.quit();
    m_thread.wait();
}

bool FakeDiscord::listen()
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_server,
        [this, &ok] {
            ok = m_server->listen();
            m_url = m_server->url();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QString FakeDiscord::webhookUrl() const
{
    return m_url.toString() + QStringLiteral("/api/webhooks/") + QLatin1String(WebhookId) + u'/' + QLatin1String(Token);
}

void FakeDiscord::setBucket(int limit, int windowMs)
{
    QMutexLocker lock(&m_mutex);
    m_limit = limit;
    m_windowMs = windowMs;
}

void FakeDiscord::failNext(int count, int status)
{
    QMutexLocker lock(&m_mutex);
    m_failCount = count;
    m_failStatus = status;
}

void FakeDiscord::setDeleted(bool deleted)
{
    QMutexLocker lock(&m_mutex);
    m_deleted = deleted;
}

void FakeDiscord::exhaustBucket()
{
    QMutexLocker lock(&m_mutex);
    m_used = m_limit;
    m_windowEndsMs = nowMs() + m_windowMs;
}

void FakeDiscord::rejectTransaction(const QString &transactionId)
{
    QMutexLocker lock(&m_mutex);
    m_rejectTransaction = transactionId;
}

void FakeDiscord::setDelay(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_delayMs = ms;
}

void FakeDiscord::delayNext(int count, int ms)
{
    QMutexLocker lock(&m_mutex);
    m_delayNextCount = count;
    m_delayNextMs = ms;
}

QList<QJsonObject> FakeDiscord::messages() const
{
    QMutexLocker lock(&m_mutex);
    return m_messages;
}

QStringList FakeDiscord::transactionIds() const
{
    QStringList ids;
    for (const QJsonObject &m : messages()) {
        const QJsonArray embeds = m.value(QStringLiteral("embeds")).toArray();
        for (const QJsonValue &e : embeds) {
            const QJsonArray fields = e.toObject().value(QStringLiteral("fields")).toArray();
            for (const QJsonValue &f : fields) {
                if (f.toObject().value(QStringLiteral("name")).toString() == u"Transaction")
                    ids << f.toObject().value(QStringLiteral("value")).toString();
            }
        }
    }
    return ids;
}

QHash<QString, qint64> FakeDiscord::arrivals() const
{
    QMutexLocker lock(&m_mutex);
    return m_arrivals;
}

int FakeDiscord::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeDiscord::tooManyRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_tooMany;
}

int FakeDiscord::waitViolations() const
{
    QMutexLocker lock(&m_mutex);
    return m_violations;
}

int FakeDiscord::badRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_badRequests;
}

QStringList FakeDiscord::problems() const
{
    QMutexLocker lock(&m_mutex);
    return m_problems;
}

QStringList FakeDiscord::duplicates() const
{
    QMutexLocker lock(&m_mutex);
    QStringList out;
    for (auto it = m_acceptedCount.cbegin(); it != m_acceptedCount.cend(); ++it) {
        if (it.value() > 1)
            out << it.key();
    }
    out.sort();
    return out;
}

QString FakeDiscord::checkPayload(const QJsonObject &body) const
{
    if (points(body.value(QStringLiteral("content")).toString()) > 2000)
        return QStringLiteral("content: Must be 2000 or fewer in length.");
    const QJsonArray embeds = body.value(QStringLiteral("embeds")).toArray();
    if (embeds.isEmpty() && body.value(QStringLiteral("content")).toString().isEmpty())
        return QStringLiteral("Cannot send an empty message");
    if (embeds.size() > 10)
        return QStringLiteral("embeds: Must be 10 or fewer in length.");
    qsizetype total = 0;
    for (const QJsonValue &v : embeds) {
        const QJsonObject e = v.toObject();
        const qsizetype title = points(e.value(QStringLiteral("title")).toString());
        const qsizetype description = points(e.value(QStringLiteral("description")).toString());
        const qsizetype footer
            = points(e.value(QStringLiteral("footer")).toObject().value(QStringLiteral("text")).toString());
        const qsizetype author
            = points(e.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString());
        if (title > 256)
            return QStringLiteral("embeds.title: Must be 256 or fewer in length.");
        if (description > 4096)
            return QStringLiteral("embeds.description: Must be 4096 or fewer in length.");
        if (footer > 2048 || author > 256)
            return QStringLiteral("embeds.footer/author: too long.");
        total += title + description + footer + author;
        const QJsonArray fields = e.value(QStringLiteral("fields")).toArray();
        if (fields.size() > 25)
            return QStringLiteral("embeds.fields: Must be 25 or fewer in length.");
        for (const QJsonValue &f : fields) {
            const qsizetype name = points(f.toObject().value(QStringLiteral("name")).toString());
            const qsizetype value = points(f.toObject().value(QStringLiteral("value")).toString());
            if (name == 0 || name > 256)
                return QStringLiteral("embeds.fields.name: Must be between 1 and 256 in length.");
            if (value == 0 || value > 1024)
                return QStringLiteral("embeds.fields.value: Must be between 1 and 1024 in length.");
            total += name + value;
        }
    }
    if (total > 6000)
        return QStringLiteral("embeds: Embed size exceeds maximum size of 6000");
    return {};
}

HttpResponse FakeDiscord::handle(const HttpRequest &request)
{
    QMutexLocker lock(&m_mutex);
    ++m_requests;
    const qint64 now = nowMs();
    const QByteArray expectedPath = QByteArrayLiteral("/api/webhooks/") + WebhookId + '/' + Token;
    if (m_deleted || request.path != expectedPath)
        return discordError(404, R"({"message": "Unknown Webhook", "code": 10015})");
    if (request.method != "POST")
        return discordError(405, R"({"message": "405: Method Not Allowed", "code": 0})");
    if (now < m_waitUntilMs)
        ++m_violations;

    // The bucket: m_limit requests per window, the window starting with its first request.
    if (now >= m_windowEndsMs) {
        m_used = 0;
        m_windowEndsMs = now + m_windowMs;
    }
    auto rateHeaders = [this, now](HttpResponse &r) {
        const qint64 resetMs = std::max<qint64>(0, m_windowEndsMs - now);
        r.headers.append(qMakePair(QByteArray("X-RateLimit-Limit"), QByteArray(QByteArray::number(m_limit))));
        r.headers.append(qMakePair(
            QByteArray("X-RateLimit-Remaining"), QByteArray(QByteArray::number(std::max(0, m_limit - m_used)))));
        r.headers.append(qMakePair(
            QByteArray("X-RateLimit-Reset-After"), QByteArray(QByteArray::number(double(resetMs) / 1000.0, 'f', 3))));
        r.headers.append(qMakePair(QByteArray("X-RateLimit-Bucket"), QByteArray("fakebucket")));
    };
    if (m_used >= m_limit) {
        ++m_tooMany;
        const qint64 retryMs = std::max<qint64>(1, m_windowEndsMs - now);
        m_waitUntilMs = now + retryMs;
        HttpResponse r = HttpResponse::json(429,
            QByteArrayLiteral(R"({"message": "You are being rate limited.", "retry_after": )")
                + QByteArray::number(double(retryMs) / 1000.0, 'f', 3) + QByteArrayLiteral(R"(, "global": false})"));
        r.headers.append(qMakePair(
            QByteArray("Retry-After"), QByteArray(QByteArray::number(qint64(std::ceil(double(retryMs) / 1000.0))))));
        r.headers.append(qMakePair(QByteArray("X-RateLimit-Scope"), QByteArray("user")));
        rateHeaders(r);
        return r;
    }
    ++m_used;
    if (m_failCount > 0) {
        --m_failCount;
        HttpResponse r;
        if (m_failStatus == 0) {
            r.dropConnection = true;
            return r;
        }
        r = HttpResponse::json(m_failStatus, R"({"message": "Internal Server Error", "code": 0})");
        rateHeaders(r);
        return r;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    QString problem = doc.isObject() ? checkPayload(doc.object()) : QStringLiteral("body is not JSON");
    if (problem.isEmpty() && !m_rejectTransaction.isEmpty()
        && request.body.contains(
            QByteArray(QByteArrayLiteral("\"") + m_rejectTransaction.toUtf8() + QByteArrayLiteral("\""))))
        problem = QStringLiteral("embeds.0.fields.6.value: rejected on purpose by the test");
    if (!problem.isEmpty()) {
        ++m_badRequests;
        m_problems << problem;
        HttpResponse r = HttpResponse::json(400,
            QJsonDocument(QJsonObject { { QStringLiteral("code"), 50035 },
                              { QStringLiteral("message"), QStringLiteral("Invalid Form Body") },
                              { QStringLiteral("errors"), QJsonObject { { QStringLiteral("_errors"), problem } } } })
                .toJson(QJsonDocument::Compact));
        rateHeaders(r);
        return r;
    }
    m_messages.append(doc.object());
    const QJsonArray embeds = doc.object().value(QStringLiteral("embeds")).toArray();
    for (const QJsonValue &e : embeds) {
        const QJsonArray fields = e.toObject().value(QStringLiteral("fields")).toArray();
        for (const QJsonValue &f : fields) {
            if (f.toObject().value(QStringLiteral("name")).toString() != u"Transaction")
                continue;
            const QString tx = f.toObject().value(QStringLiteral("value")).toString();
            const int count = ++m_acceptedCount[tx];
            // A second copy is what a test hunting lost responses wants to see, with when the first came.
            if (count > 1)
                qCWarning(lcFakeDiscord, "DUPLICATE: %s accepted %d times (first %lld ms ago), request %d",
                    qUtf8Printable(tx), count, qlonglong(now - m_arrivals.value(tx, now)), m_requests);
            else
                qCDebug(lcFakeDiscord, "accepted %s, request %d", qUtf8Printable(tx), m_requests);
            if (count == 1)
                m_arrivals.insert(tx, now);
        }
    }
    if (m_used >= m_limit)
        m_waitUntilMs = m_windowEndsMs;
    const bool wait = request.query.contains("wait=true");
    HttpResponse r;
    if (wait) {
        QJsonObject echo = doc.object();
        echo.insert(QStringLiteral("id"), QString::number(1000000 + m_messages.size()));
        r = HttpResponse::json(200, QJsonDocument(echo).toJson(QJsonDocument::Compact));
    } else {
        r.status = 204;
    }
    r.delayMs = m_delayMs;
    if (m_delayNextCount > 0) {
        --m_delayNextCount;
        r.delayMs = m_delayNextMs;
    }
    rateHeaders(r);
    return r;
}
