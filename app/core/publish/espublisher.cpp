#include "espublisher.h"

#include "esclient.h"
#include "esjson.h"
#include "esoutboxworker.h"
#include "publishlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>
#include <cmath>

namespace {
/// 429 is back-pressure, 5xx a node or shard in trouble: both pass; anything else will fail the same way again.
bool retryableStatus(int status)
{
    return status == 429 || status >= 500;
}

QString itemReason(const QJsonObject &item, int status)
{
    const QJsonObject error = item.value(u"error").toObject();
    if (error.isEmpty())
        return QStringLiteral("HTTP %1").arg(status);
    QString text = error.value(u"type").toString() + QStringLiteral(": ") + error.value(u"reason").toString();
    const QJsonObject cause = error.value(u"caused_by").toObject();
    if (!cause.isEmpty())
        text += QStringLiteral(" (") + cause.value(u"type").toString() + QStringLiteral(": ")
            + cause.value(u"reason").toString() + u')';
    return text;
}
} // namespace

EsPublisher::EsPublisher(EsClient &client, EsOutbox &outbox, QObject *parent)
    : QObject { parent }
    , m_client { client }
    , m_outbox { outbox }
{ }

void EsPublisher::setBackoff(int baseMs, int maxMs)
{
    m_backoffBaseMs = qMax(0, baseMs);
    m_backoffMaxMs = qMax(m_backoffBaseMs, maxMs);
}

int EsPublisher::backoffMs(int attempt, int baseMs, int maxMs, double jitter01)
{
    const double exponential = std::min(double(maxMs), double(baseMs) * std::pow(2.0, std::max(0, attempt - 1)));
    return int(exponential / 2 + exponential / 2 * std::clamp(jitter01, 0.0, 1.0));
}

void EsPublisher::wait(int attempt)
{
    const double jitter = m_jitter ? m_jitter() : QRandomGenerator::global()->generateDouble();
    const int ms = backoffMs(attempt, m_backoffBaseMs, m_backoffMaxMs, jitter);
    if (m_sleep) {
        m_sleep(ms);
        return;
    }
    // In short slices so that Cancel is honoured during a long backoff too.
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired() && !cancelled())
        QThread::msleep(ulong(qMin<qint64>(20, qMax<qint64>(1, deadline.remainingTime()))));
}

QByteArray EsPublisher::bulkBody(const std::vector<EsOutboxItem> &items, const std::vector<qsizetype> &which)
{
    qsizetype size = 0;
    for (qsizetype i : which)
        size += items[size_t(i)].source.size() + items[size_t(i)].docId.size() + items[size_t(i)].index.size() + 40;
    QByteArray body;
    body.reserve(size);
    QString lastIndex;
    QByteArray indexPart; // the action line up to the _id, for the index of the previous item
    for (qsizetype i : which) {
        const EsOutboxItem &item = items[size_t(i)];
        if (item.deletion) { // rare (undone resolutions): no shared prefix, and no source line
            body += "{\"delete\":{\"_index\":";
            EsJson::appendQuoted(body, item.index.toUtf8());
            body += ",\"_id\":";
            EsJson::appendQuoted(body, item.docId);
            body += "}}\n";
            continue;
        }
        if (indexPart.isEmpty() || item.index != lastIndex) {
            lastIndex = item.index;
            indexPart = QByteArrayLiteral("{\"index\":{\"_index\":");
            EsJson::appendQuoted(indexPart, item.index.toUtf8());
            indexPart += ",\"_id\":";
        }
        body += indexPart;
        EsJson::appendQuoted(body, item.docId);
        body += "}}\n";
        body += item.source;
        body += '\n';
    }
    return body;
}

EsPublishResult EsPublisher::publish()
{
    EsPublishResult result;
    QString error;
    const EsOutboxCounts before = m_outbox.counts(&error);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    const qint64 total = before.pending;
    qCInfo(lcPublish) << "publishing" << total << "pending documents";
    const EsConfig &config = m_client.config();
    // Reading the next chunk and writing acknowledgements go to connections of their own, each on a thread of its
    // own, so they overlap the _bulk request in flight and each other (WAL: the reader never waits for the writer's
    // commit, fsync or checkpoint); without them (the store cannot be opened again) they run here.
    EsOutboxWorker reader(m_outbox);
    EsOutboxWorker writer(m_outbox);
    QString workerError;
    // The reader walks the outbox in id order, each page once: 8 MiB of cache rather than the store's 64.
    if (!reader.start(m_outbox.storeLocation(), &workerError, 8192, "es-outbox-read")
        || !writer.start(m_outbox.storeLocation(), &workerError, 0, "es-outbox-write"))
        qCInfo(lcPublish).noquote() << "outbox reads or writes stay on the publishing thread:" << workerError;
    m_worker = &writer;
    struct Chunk
    {
        std::vector<EsOutboxItem> items;
        QString error;
    };
    const int maxDocs = config.bulkMaxDocs;
    const qint64 maxBytes = config.bulkMaxBytes;
    auto fetch = [&reader, maxDocs, maxBytes](qint64 afterId) {
        return reader.post<Chunk>([afterId, maxDocs, maxBytes](EsOutbox &box) {
            Chunk chunk;
            chunk.items = box.nextPending(afterId, maxDocs, maxBytes, &chunk.error);
            return chunk;
        });
    };
    std::future<Chunk> next = fetch(0);
    while (true) {
        if (cancelled()) {
            result.cancelled = true;
            break;
        }
        const Chunk chunk = next.get();
        if (!chunk.error.isEmpty()) {
            result.error = chunk.error;
            break;
        }
        if (chunk.items.empty())
            break;
        // Ids only grow, and rows of this chunk are past afterId: the read ahead never returns them again.
        next = fetch(chunk.items.back().id);
        if (!publishChunk(chunk.items, result, total))
            break;
    }
    record({}, result, true);
    m_worker = nullptr;
    reader.stop();
    writer.stop();
    result.storeReadCpuS = reader.cpuSeconds();
    result.storeWriteCpuS = writer.cpuSeconds();
    result.remaining = m_outbox.counts();
    qCInfo(lcPublish) << "published" << result.published << "failed" << result.failed << "in" << result.requests
                      << "requests; pending" << result.remaining.pending << "; CPU s reading the outbox"
                      << result.storeReadCpuS << "writing it" << result.storeWriteCpuS;
    return result;
}

bool EsPublisher::record(std::vector<EsOutbox::Outcome> &&outcomes, EsPublishResult &result, bool force)
{
    if (m_unsaved.empty())
        m_unsaved = std::move(outcomes);
    else
        m_unsaved.insert(m_unsaved.end(), outcomes.begin(), outcomes.end());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // About one write a second: the outbox lags the server by about that much after a crash.
    if (!force && m_unsaved.size() < 50000 && now - m_lastSaveMs < 1000)
        return settleWriteIfDone(result);
    // One write at a time. While the previous one still runs (a million-row outbox's commit, fsync and checkpoint
    // can take longer than the second), outcomes keep gathering instead of holding up the next request, up to
    // MaxUnsaved: a fixed bound (about 10 MiB), whatever the outbox holds.
    constexpr size_t MaxUnsaved = 100000;
    if (!force && m_unsaved.size() < MaxUnsaved && m_writing.valid()
        && m_writing.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return true;
    if (!settleWrite(result))
        return false;
    if (!m_unsaved.empty()) {
        auto batch = std::make_shared<const std::vector<EsOutbox::Outcome>>(std::move(m_unsaved));
        m_unsaved.clear();
        auto write = [batch](EsOutbox &box) {
            QString error;
            if (!box.apply(*batch, &error) && error.isEmpty())
                error = QCoreApplication::translate("EsPublisher", "The outbox could not record the results.");
            return error;
        };
        if (m_worker) {
            m_writing = m_worker->post<QString>(write);
        } else {
            std::promise<QString> done;
            done.set_value(write(m_outbox));
            m_writing = done.get_future();
        }
    }
    m_lastSaveMs = now;
    return force ? settleWrite(result) : true;
}

bool EsPublisher::settleWriteIfDone(EsPublishResult &result)
{
    if (m_writing.valid() && m_writing.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
        return settleWrite(result);
    return true;
}

bool EsPublisher::settleWrite(EsPublishResult &result)
{
    if (!m_writing.valid())
        return true;
    const QString error = m_writing.get();
    if (error.isEmpty())
        return true;
    if (result.error.isEmpty())
        result.error = error;
    return false;
}

bool EsPublisher::publishChunk(const std::vector<EsOutboxItem> &items, EsPublishResult &result, qint64 total)
{
    const int maxAttempts = qMax(1, m_client.config().maxAttempts);
    std::vector<qsizetype> todo(items.size());
    for (size_t i = 0; i < items.size(); ++i)
        todo[i] = qsizetype(i);
    int rounds = 0; // retries of this chunk so far: the backoff exponent
    int fruitless = 0; // consecutive retries that acknowledged nothing: when to give up for now
    QString lastProblem;

    auto giveUp = [&](const QString &why) {
        // Keep the cause on the rows so the GUI and `publish` can show why they are still pending.
        std::vector<EsOutbox::Outcome> outcomes;
        outcomes.reserve(todo.size());
        for (qsizetype i : todo)
            outcomes.push_back({ items[size_t(i)].id, items[size_t(i)].sourceHash, EsOutbox::State::Pending, why });
        record(std::move(outcomes), result, true);
        result.error = why;
        return false;
    };
    // One more round for \a which after a backoff; false when the attempts are spent or Cancel was pressed.
    auto again = [&](const QString &problem, bool progressed) {
        lastProblem = problem;
        fruitless = progressed ? 0 : fruitless + 1;
        if (fruitless >= maxAttempts)
            return false;
        ++rounds;
        wait(rounds);
        return !cancelled();
    };

    while (!todo.empty()) {
        if (cancelled()) {
            result.cancelled = true;
            return false;
        }
        const QByteArray body = bulkBody(items, todo);
        ++result.requests;
        const EsResponse r = m_client.send(QByteArrayLiteral("POST"),
            QStringLiteral("/_bulk?filter_path=errors,items.*._id,items.*.status,items.*.error"), body,
            QByteArrayLiteral("application/x-ndjson"));
        const QString node = r.node.toString(QUrl::RemoveUserInfo);
        switch (r.failure) {
        case EsResponse::Failure::Cancelled:
            result.cancelled = true;
            return false;
        case EsResponse::Failure::Tls:
            return giveUp(QCoreApplication::translate("EsPublisher", "TLS failure with %1: %2").arg(node, r.errorText));
        case EsResponse::Failure::Connection: {
            // The server may have stored some of it: sending it all again is safe, each _id overwrites itself.
            const QString problem
                = QCoreApplication::translate("EsPublisher", "%1 unreachable: %2").arg(node, r.errorText);
            qCInfo(lcPublish).noquote() << problem << "- retrying the request";
            ++result.requestRetries;
            if (!again(problem, false))
                return cancelled() ? (result.cancelled = true, false) : giveUp(lastProblem);
            continue;
        }
        case EsResponse::Failure::None:
            break;
        }
        if (retryableStatus(r.status)) {
            const QString problem = QCoreApplication::translate("EsPublisher", "%1 answered HTTP %2: %3")
                                        .arg(node)
                                        .arg(r.status)
                                        .arg(r.serverReason());
            qCInfo(lcPublish).noquote() << problem << "- retrying the request";
            ++result.requestRetries;
            if (!again(problem, false))
                return cancelled() ? (result.cancelled = true, false) : giveUp(lastProblem);
            continue;
        }
        if (!r.isSuccess()) {
            // 400 on the request itself, 401, 403, 413: the same request cannot succeed later.
            return giveUp(QCoreApplication::translate("EsPublisher", "%1 refused the bulk request (HTTP %2): %3")
                              .arg(node)
                              .arg(r.status)
                              .arg(r.serverReason()));
        }
        // "errors": false (within the first bytes, where the server writes it) means every item succeeded; then
        // counting the items is all the reading needed, which spares parsing a megabyte of JSON per request.
        const qsizetype errorsAt = r.body.indexOf("\"errors\":");
        if (errorsAt >= 0 && errorsAt < 64 && r.body.mid(errorsAt + 9, 5) == "false"
            && r.body.count("\"status\":") == qsizetype(todo.size())) {
            std::vector<EsOutbox::Outcome> done;
            done.reserve(todo.size());
            for (qsizetype i : todo)
                done.push_back({ items[size_t(i)].id, items[size_t(i)].sourceHash, EsOutbox::State::Done, {} });
            result.published += qint64(done.size());
            if (!record(std::move(done), result))
                return false;
            emit progress(result.published, result.failed, total);
            return true;
        }
        const QJsonArray answers = r.json().value(u"items").toArray();
        if (answers.size() != qsizetype(todo.size())) {
            // A proxy's page or a truncated body: nothing in it can be trusted as an acknowledgement.
            const QString problem
                = QCoreApplication::translate("EsPublisher", "%1 answered the bulk request with %2 items for %3 sent")
                      .arg(node)
                      .arg(answers.size())
                      .arg(todo.size());
            ++result.requestRetries;
            if (!again(problem, false))
                return cancelled() ? (result.cancelled = true, false) : giveUp(lastProblem);
            continue;
        }
        std::vector<EsOutbox::Outcome> outcomes;
        outcomes.reserve(todo.size());
        std::vector<qsizetype> retry;
        QString retryReason;
        for (qsizetype k = 0; k < answers.size(); ++k) {
            const EsOutboxItem &item = items[size_t(todo[size_t(k)])];
            // {"index": {...}}: the one key names the action.
            const QJsonObject answer = answers.at(k).toObject();
            const QJsonObject a = answer.isEmpty() ? QJsonObject() : answer.begin().value().toObject();
            const int status = a.value(u"status").toInt();
            const QString id = a.value(u"_id").toString();
            if (!id.isEmpty() && id.toUtf8() != item.docId) {
                // Out of order would mean marking the wrong rows: trust none of this answer.
                outcomes.clear();
                retry = todo;
                retryReason = QCoreApplication::translate("EsPublisher", "bulk answer out of order");
                break;
            }
            // A deletion's 404 (not_found) means the document is already gone: what was asked for holds.
            if ((status >= 200 && status < 300) || (item.deletion && status == 404)) {
                outcomes.push_back({ item.id, item.sourceHash, EsOutbox::State::Done, {} });
            } else if (retryableStatus(status) || status == 0) {
                retry.push_back(todo[size_t(k)]);
                retryReason = itemReason(a, status);
            } else {
                const QString reason = itemReason(a, status);
                qCInfo(lcPublish).noquote() << "rejected" << item.index << item.docId << reason;
                outcomes.push_back({ item.id, item.sourceHash, EsOutbox::State::Failed, reason });
            }
        }
        qint64 acknowledged = 0;
        for (const EsOutbox::Outcome &o : outcomes) {
            if (o.state == EsOutbox::State::Done)
                ++acknowledged;
            else
                ++result.failed;
        }
        result.published += acknowledged;
        if (!record(std::move(outcomes), result))
            return false;
        emit progress(result.published, result.failed, total);
        if (retry.empty())
            return true;
        result.itemRetries += qint64(retry.size());
        qCInfo(lcPublish).noquote() << retry.size() << "items to retry:" << retryReason;
        todo = std::move(retry);
        if (!again(retryReason, acknowledged > 0))
            return cancelled()
                ? (result.cancelled = true, false)
                : giveUp(QCoreApplication::translate("EsPublisher", "The server kept refusing %1 documents: %2")
                             .arg(todo.size())
                             .arg(lastProblem));
    }
    return true;
}
