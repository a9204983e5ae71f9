#include "fakeelasticsearch.h"

#include <cstring>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace {
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray quoted(const QByteArray &utf8)
{
    if (std::none_of(utf8.begin(), utf8.end(), [](char c) { return c == '"' || c == '\\' || uchar(c) < 0x20; }))
        return '"' + utf8 + '"';
    return QJsonDocument(QJsonArray { QString::fromUtf8(utf8) }).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

bool integral(const QJsonValue &v, qint64 lo, qint64 hi)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) && d >= double(lo) && d <= double(hi);
    }
    if (v.isString()) { // Elasticsearch coerces numeric strings
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        return ok && n >= lo && n <= hi;
    }
    return false;
}

bool dateFits(const QJsonValue &v, const QString &format)
{
    static const QRegularExpression optionalTime(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$)"));
    static const QRegularExpression strictDate(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QStringList formats = format.isEmpty()
        ? QStringList { QStringLiteral("strict_date_optional_time"), QStringLiteral("epoch_millis") }
        : format.split(QStringLiteral("||"));
    for (const QString &f : formats) {
        if (f == u"epoch_millis" && (v.isDouble() || integral(v, LLONG_MIN, LLONG_MAX)))
            return true;
        if (f == u"strict_date_optional_time" && v.isString() && optionalTime.match(v.toString()).hasMatch())
            return true;
        if (f == u"strict_date" && v.isString() && strictDate.match(v.toString()).hasMatch())
            return true;
    }
    return false;
}

/// True when \a v can be indexed into a field of \a type (arrays: each element).
bool fits(const QJsonValue &v, const QJsonObject &field)
{
    if (v.isNull())
        return true;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray()) {
            if (!fits(e, field))
                return false;
        }
        return true;
    }
    const QString type = field.value(u"type").toString();
    if (type == u"long")
        return integral(v, LLONG_MIN, LLONG_MAX);
    if (type == u"integer")
        return integral(v, INT_MIN, INT_MAX);
    if (type == u"short")
        return integral(v, -32768, 32767);
    if (type == u"byte")
        return integral(v, -128, 127);
    if (type == u"keyword" || type == u"text")
        return !v.isObject();
    if (type == u"date")
        return dateFits(v, field.value(u"format").toString());
    return true;
}

/// The action line as the publisher writes it, {"OP":{"_index":"I","_id":"D"}} with no escapes and nothing else:
/// OP, I and D without parsing JSON (a million QJsonDocuments made the fake the benchmark's bottleneck). Any other
/// shape returns false and goes through QJsonDocument, so what is accepted and refused does not change.
bool plainAction(const char *line, qsizetype size, QByteArray *op, QByteArray *index, QByteArray *id)
{
    const char *end = line + size;
    if (std::memchr(line, '\\', size_t(size)))
        return false;
    auto take = [&](const char *&at, const char *prefix, QByteArray *value) {
        const size_t n = std::strlen(prefix);
        if (size_t(end - at) < n || std::memcmp(at, prefix, n) != 0)
            return false;
        at += n;
        const char *quote = static_cast<const char *>(std::memchr(at, '"', size_t(end - at)));
        if (!quote)
            return false;
        *value = QByteArray(at, quote - at);
        at = quote;
        return true;
    };
    const char *at = line;
    if (!take(at, "{\"", op) || !take(at, "\":{\"_index\":\"", index) || !take(at, "\",\"_id\":\"", id))
        return false;
    return end - at == 3 && std::memcmp(at, "\"}}", 3) == 0;
}
} // namespace

FakeElasticsearch::FakeElasticsearch(QObject *parent)
    : QObject { parent }
    , m_server { [this](const HttpRequest &r) { return handle(r); }, this }
{ }

void FakeElasticsearch::addUser(const QString &user, const QString &password, bool privileged)
{
    QMutexLocker lock(&m_mutex);
    m_passwords.insert(user, password);
    if (!privileged)
        m_unprivileged.insert(user);
}

void FakeElasticsearch::setIndexPrivileges(const QString &user, bool write, bool createIndex)
{
    QMutexLocker lock(&m_mutex);
    if (write)
        m_readOnly.remove(user);
    else
        m_readOnly.insert(user);
    if (createIndex)
        m_noCreate.remove(user);
    else
        m_noCreate.insert(user);
}

void FakeElasticsearch::addApiKey(const QString &id, const QString &key, const QString &owner)
{
    QMutexLocker lock(&m_mutex);
    m_apiKeys.insert(id, qMakePair(key, owner));
}

void FakeElasticsearch::setFaults(const Faults &faults)
{
    QMutexLocker lock(&m_mutex);
    m_faults = faults;
}

FakeElasticsearch::Faults FakeElasticsearch::faults() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

bool FakeElasticsearch::hasIndex(const QString &index) const
{
    QMutexLocker lock(&m_mutex);
    return m_indexes.contains(index);
}

QJsonObject FakeElasticsearch::mapping(const QString &index) const
{
    QMutexLocker lock(&m_mutex);
    return m_indexes.value(index).mappings;
}

void FakeElasticsearch::createIndex(const QString &index, const QJsonObject &mappings)
{
    QMutexLocker lock(&m_mutex);
    Index &i = m_indexes[index];
    i.mappings = mappings;
    i.uuid = QByteArray::number(m_random.generate64(), 36);
}

qint64 FakeElasticsearch::documentCount(const QString &index) const
{
    QMutexLocker lock(&m_mutex);
    return m_indexes.value(index).docs.size();
}

QList<QByteArray> FakeElasticsearch::ids(const QString &index) const
{
    QMutexLocker lock(&m_mutex);
    return m_indexes.value(index).docs.keys();
}

FakeElasticsearch::Stored FakeElasticsearch::document(const QString &index, const QByteArray &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_indexes.value(index).docs.value(id);
}

qint64 FakeElasticsearch::overwrites(const QString &index) const
{
    QMutexLocker lock(&m_mutex);
    qint64 n = 0;
    const Index i = m_indexes.value(index);
    for (const Stored &s : i.docs)
        n += s.version > 1 ? 1 : 0;
    return n;
}

qint64 FakeElasticsearch::bulkRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_bulkRequests;
}

qint64 FakeElasticsearch::itemsReceived() const
{
    QMutexLocker lock(&m_mutex);
    return m_itemsReceived;
}

qint64 FakeElasticsearch::deleted() const
{
    QMutexLocker lock(&m_mutex);
    return m_deleted;
}

QByteArray FakeElasticsearch::lastBulkContentType() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastBulkContentType;
}

qint64 FakeElasticsearch::largestBulkBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_largestBulkBytes;
}

QStringList FakeElasticsearch::autoCreatedIndexes() const
{
    QMutexLocker lock(&m_mutex);
    return m_autoCreated;
}

QJsonObject FakeElasticsearch::state() const
{
    QMutexLocker lock(&m_mutex);
    QJsonObject indexes;
    for (auto it = m_indexes.begin(); it != m_indexes.end(); ++it) {
        QJsonObject versions;
        for (auto d = it->docs.begin(); d != it->docs.end(); ++d)
            versions.insert(QString::fromUtf8(d.key()), d->version);
        indexes.insert(it.key(),
            QJsonObject {
                { QStringLiteral("count"), qint64(it->docs.size()) }, { QStringLiteral("versions"), versions } });
    }
    return QJsonObject { { QStringLiteral("indexes"), indexes }, { QStringLiteral("bulk_requests"), m_bulkRequests },
        { QStringLiteral("items_received"), m_itemsReceived } };
}

HttpResponse FakeElasticsearch::answer(int status, const QJsonObject &body) const
{
    HttpResponse r = HttpResponse::json(status, compact(body));
    if (m_productHeader)
        r.headers.append(qMakePair(QByteArrayLiteral("X-elastic-product"), QByteArrayLiteral("Elasticsearch")));
    return r;
}

HttpResponse FakeElasticsearch::error(
    int status, const QString &type, const QString &reason, const QJsonObject &extra) const
{
    QJsonObject cause { { QStringLiteral("type"), type }, { QStringLiteral("reason"), reason } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        cause.insert(it.key(), it.value());
    QJsonObject e = cause;
    e.insert(QStringLiteral("root_cause"), QJsonArray { cause });
    return answer(status, QJsonObject { { QStringLiteral("error"), e }, { QStringLiteral("status"), status } });
}

HttpResponse FakeElasticsearch::securityError(int status, const QString &reason) const
{
    if (status != 401)
        return error(status, QStringLiteral("security_exception"), reason);
    // 7.17 repeats the challenge inside the body and as response headers.
    const QJsonArray challenges { QStringLiteral("Basic realm=\"security\" charset=\"UTF-8\""),
        QStringLiteral("Bearer realm=\"security\""), QStringLiteral("ApiKey") };
    HttpResponse r = error(status, QStringLiteral("security_exception"), reason,
        QJsonObject {
            { QStringLiteral("header"), QJsonObject { { QStringLiteral("WWW-Authenticate"), challenges } } } });
    for (const QJsonValue &c : challenges)
        r.headers.append(qMakePair(QByteArrayLiteral("WWW-Authenticate"), c.toString().toUtf8()));
    return r;
}

QString FakeElasticsearch::authenticate(const HttpRequest &request, HttpResponse *failure, QString *realm) const
{
    const QString path = QString::fromUtf8(request.path);
    const QByteArray header = request.headers.value("authorization");
    const qsizetype space = header.indexOf(' ');
    const QByteArray scheme = header.left(space).toLower();
    const QByteArray decoded = QByteArray::fromBase64(header.mid(space + 1));
    const qsizetype colon = decoded.indexOf(':');
    const QString name = QString::fromUtf8(decoded.left(colon));
    const QString secret = QString::fromUtf8(decoded.mid(colon + 1));
    if (header.isEmpty() || space < 0 || colon < 0) {
        *failure
            = securityError(401, QStringLiteral("missing authentication credentials for REST request [%1]").arg(path));
        return {};
    }
    if (scheme == "basic") {
        if (m_passwords.contains(name) && m_passwords.value(name) == secret) {
            *realm = QStringLiteral("native1");
            return name;
        }
        *failure = securityError(
            401, QStringLiteral("unable to authenticate user [%1] for REST request [%2]").arg(name, path));
        return {};
    }
    if (scheme == "apikey") {
        if (m_apiKeys.contains(name) && m_apiKeys.value(name).first == secret) {
            *realm = QStringLiteral("_es_api_key");
            return m_apiKeys.value(name).second;
        }
        *failure = securityError(401,
            QStringLiteral("unable to authenticate with provided credentials and anonymous access is not allowed "
                           "for this request"));
        return {};
    }
    *failure = securityError(401, QStringLiteral("unsupported authentication scheme for REST request [%1]").arg(path));
    return {};
}

HttpResponse FakeElasticsearch::handle(const HttpRequest &request)
{
    QMutexLocker lock(&m_mutex);
    HttpResponse r = [&] {
        const QString path = QUrl::fromPercentEncoding(request.path);
        const QByteArray &method = request.method;
        if (path == u"/_fake/state" && method == "GET") {
            lock.unlock();
            const QJsonObject s = state();
            lock.relock();
            return answer(200, s);
        }
        QString user;
        QString realm = QStringLiteral("__anonymous");
        if (m_securityEnabled) {
            HttpResponse failure;
            user = authenticate(request, &failure, &realm);
            if (user.isEmpty())
                return failure;
        }
        const bool privileged = !m_unprivileged.contains(user);
        auto forbidden = [&](const QString &action) {
            return securityError(
                403, QStringLiteral("action [%1] is unauthorized for user [%2] with roles [viewer]").arg(action, user));
        };
        const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
        if (parts.isEmpty() && method == "GET") {
            if (!privileged)
                return forbidden(QStringLiteral("cluster:monitor/main"));
            return answer(200,
                QJsonObject { { QStringLiteral("name"), QStringLiteral("fake-node-1") },
                    { QStringLiteral("cluster_name"), QStringLiteral("payrecon-fake") },
                    { QStringLiteral("cluster_uuid"), QStringLiteral("c0ffee00fake") },
                    { QStringLiteral("version"),
                        QJsonObject { { QStringLiteral("number"), m_version },
                            { QStringLiteral("build_flavor"), QStringLiteral("default") },
                            { QStringLiteral("build_type"), QStringLiteral("deb") },
                            { QStringLiteral("lucene_version"), QStringLiteral("8.11.1") },
                            { QStringLiteral("minimum_wire_compatibility_version"), QStringLiteral("6.8.0") } } },
                    { QStringLiteral("tagline"), QStringLiteral("You Know, for Search") } });
        }
        if (path == u"/_security/_authenticate" && method == "GET") {
            if (!m_securityEnabled)
                return error(500, QStringLiteral("exception"),
                    QStringLiteral("Security must be explicitly enabled when using a [basic] license."));
            const QJsonObject realmJson { { QStringLiteral("name"), realm },
                { QStringLiteral("type"), realm == u"native1" ? QStringLiteral("native") : realm } };
            return answer(200,
                QJsonObject { { QStringLiteral("username"), user },
                    { QStringLiteral("roles"),
                        QJsonArray { privileged ? QStringLiteral("payrecon_writer") : QStringLiteral("viewer") } },
                    { QStringLiteral("full_name"), QJsonValue() }, { QStringLiteral("enabled"), true },
                    { QStringLiteral("authentication_realm"), realmJson },
                    { QStringLiteral("lookup_realm"), realmJson },
                    { QStringLiteral("authentication_type"),
                        realm == u"_es_api_key" ? QStringLiteral("api_key") : QStringLiteral("realm") } });
        }
        if (path == u"/_cluster/health" && method == "GET") {
            if (!privileged)
                return forbidden(QStringLiteral("cluster:monitor/health"));
            return answer(200,
                QJsonObject { { QStringLiteral("cluster_name"), QStringLiteral("payrecon-fake") },
                    { QStringLiteral("status"), QStringLiteral("green") }, { QStringLiteral("timed_out"), false },
                    { QStringLiteral("number_of_nodes"), 1 }, { QStringLiteral("number_of_data_nodes"), 1 } });
        }
        const bool mayWrite = privileged && !m_readOnly.contains(user);
        const bool mayCreate = mayWrite && !m_noCreate.contains(user);
        if (path == u"/_security/user/_has_privileges" && (method == "POST" || method == "GET")) {
            const QJsonObject ask = QJsonDocument::fromJson(request.body).object();
            bool all = true;
            QJsonObject cluster;
            for (const QJsonValue &c : ask.value(u"cluster").toArray()) {
                cluster.insert(c.toString(), privileged);
                all = all && privileged;
            }
            QJsonObject indexes;
            for (const QJsonValue &entry : ask.value(u"index").toArray()) {
                for (const QJsonValue &name : entry.toObject().value(u"names").toArray()) {
                    QJsonObject granted = indexes.value(name.toString()).toObject();
                    for (const QJsonValue &p : entry.toObject().value(u"privileges").toArray()) {
                        const QString privilege = p.toString();
                        const bool yes = privilege == u"create_index"                                  ? mayCreate
                            : privilege == u"write" || privilege == u"index" || privilege == u"delete" ? mayWrite
                                                                                                       : privileged;
                        granted.insert(privilege, yes);
                        all = all && yes;
                    }
                    indexes.insert(name.toString(), granted);
                }
            }
            return answer(200,
                QJsonObject { { QStringLiteral("username"), user }, { QStringLiteral("has_all_requested"), all },
                    { QStringLiteral("cluster"), cluster }, { QStringLiteral("index"), indexes },
                    { QStringLiteral("application"), QJsonObject() } });
        }
        if (parts.value(parts.size() - 1) == u"_bulk" && (method == "POST" || method == "PUT") && parts.size() <= 2) {
            if (!mayWrite)
                return forbidden(QStringLiteral("indices:data/write/bulk"));
            return bulk(request, parts.size() == 2 ? parts.first() : QString());
        }
        if (parts.size() == 1 && !parts.first().startsWith(u'_')) {
            const QString name = parts.first();
            if (method == "PUT") {
                if (!mayCreate)
                    return forbidden(QStringLiteral("indices:admin/create"));
                if (m_indexes.contains(name)) {
                    const QString id = name + u'/' + QString::fromLatin1(m_indexes.value(name).uuid);
                    return error(400, QStringLiteral("resource_already_exists_exception"),
                        QStringLiteral("index [%1] already exists").arg(id),
                        QJsonObject { { QStringLiteral("index_uuid"), QString::fromLatin1(m_indexes.value(name).uuid) },
                            { QStringLiteral("index"), name } });
                }
                const QJsonDocument body = QJsonDocument::fromJson(request.body);
                if (!request.body.isEmpty() && !body.isObject())
                    return error(400, QStringLiteral("parse_exception"), QStringLiteral("request body is required"));
                Index &i = m_indexes[name];
                i.mappings = body.object().value(u"mappings").toObject();
                i.uuid = QByteArray::number(m_random.generate64(), 36);
                return answer(200,
                    QJsonObject { { QStringLiteral("acknowledged"), true },
                        { QStringLiteral("shards_acknowledged"), true }, { QStringLiteral("index"), name } });
            }
            if (method == "HEAD")
                return answer(m_indexes.contains(name) ? 200 : 404, {});
        }
        if (parts.size() >= 2 && m_indexes.contains(parts.first()) && method == "GET") {
            const Index &i = m_indexes[parts.first()];
            if (parts.size() == 2 && parts.at(1) == u"_mapping")
                return answer(
                    200, QJsonObject { { parts.first(), QJsonObject { { QStringLiteral("mappings"), i.mappings } } } });
            if (parts.size() == 2 && parts.at(1) == u"_count")
                return answer(200, QJsonObject { { QStringLiteral("count"), qint64(i.docs.size()) } });
            if (parts.size() == 3 && parts.at(1) == u"_doc") {
                const QByteArray id = parts.at(2).toUtf8();
                if (!i.docs.contains(id))
                    return answer(404,
                        QJsonObject { { QStringLiteral("_index"), parts.first() },
                            { QStringLiteral("_id"), parts.at(2) }, { QStringLiteral("found"), false } });
                return answer(200,
                    QJsonObject { { QStringLiteral("_index"), parts.first() }, { QStringLiteral("_id"), parts.at(2) },
                        { QStringLiteral("_version"), i.docs.value(id).version }, { QStringLiteral("found"), true },
                        { QStringLiteral("_source"), QJsonDocument::fromJson(i.docs.value(id).source).object() } });
            }
        }
        if (parts.size() >= 1 && !parts.first().startsWith(u'_') && method == "GET")
            return error(404, QStringLiteral("index_not_found_exception"),
                QStringLiteral("no such index [%1]").arg(parts.first()),
                QJsonObject { { QStringLiteral("index"), parts.first() } });
        return answer(400,
            QJsonObject { { QStringLiteral("error"),
                              QStringLiteral("no handler found for uri [%1] and method [%2]")
                                  .arg(path, QString::fromLatin1(method)) },
                { QStringLiteral("status"), 400 } });
    }();
    r.delayMs = qMax(r.delayMs, m_faults.delayMs);
    return r;
}

QJsonObject FakeElasticsearch::validate(const Index &index, const QByteArray &id, const QByteArray &source) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(source, &parseError);
    auto itemError = [](const QString &type, const QString &reason) {
        return QJsonObject { { QStringLiteral("type"), type }, { QStringLiteral("reason"), reason } };
    };
    if (!doc.isObject())
        return itemError(QStringLiteral("mapper_parsing_exception"), QStringLiteral("failed to parse"));
    if (index.mappings.value(u"dynamic").toString() != u"strict")
        return {};
    const QJsonObject properties = index.mappings.value(u"properties").toObject();
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!properties.contains(it.key()))
            return itemError(QStringLiteral("strict_dynamic_mapping_exception"),
                QStringLiteral("mapping set to strict, dynamic introduction of [%1] within [_doc] is not allowed")
                    .arg(it.key()));
        const QJsonObject field = properties.value(it.key()).toObject();
        if (!fits(it.value(), field)) {
            QJsonObject e = itemError(QStringLiteral("mapper_parsing_exception"),
                QStringLiteral("failed to parse field [%1] of type [%2] in document with id '%3'. Preview of "
                               "field's value: '%4'")
                    .arg(it.key(), field.value(u"type").toString(), QString::fromUtf8(id),
                        it.value().isString() ? it.value().toString() : QStringLiteral("?")));
            e.insert(QStringLiteral("caused_by"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("illegal_argument_exception") },
                    { QStringLiteral("reason"),
                        QStringLiteral("For input string: \"%1\"").arg(it.value().toString()) } });
            return e;
        }
    }
    return {};
}

HttpResponse FakeElasticsearch::bulk(const HttpRequest &request, const QString &pathIndex)
{
    ++m_bulkRequests;
    const QByteArray contentType = request.headers.value("content-type");
    m_lastBulkContentType = contentType;
    m_largestBulkBytes = qMax(m_largestBulkBytes, qint64(request.body.size()));
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    if (mime != "application/x-ndjson" && mime != "application/json")
        return answer(406,
            QJsonObject {
                { QStringLiteral("error"),
                    QStringLiteral("Content-Type header [%1] is not supported").arg(QString::fromUtf8(contentType)) },
                { QStringLiteral("status"), 406 } });
    if (!request.body.endsWith('\n'))
        return error(400, QStringLiteral("illegal_argument_exception"),
            QStringLiteral("The bulk request must be terminated by a newline [\\n]"));
    if (m_faults.fail503Bulks > 0) {
        --m_faults.fail503Bulks;
        HttpResponse r = error(503, QStringLiteral("cluster_block_exception"),
            QStringLiteral("blocked by: [SERVICE_UNAVAILABLE/2/no master];"));
        r.delayMs = m_faults.bulkDelayMs;
        return r;
    }
    const bool drop = m_faults.dropAfterItems >= 0 && m_faults.dropBulks > 0;
    const int dropAfter = m_faults.dropAfterItems;
    if (drop && --m_faults.dropBulks == 0)
        m_faults.dropAfterItems = -1;

    const QByteArray &body = request.body;
    // Items are written as text: a million through QJsonObject made the fake, not the client, the bottleneck.
    // filter_path (as the publisher sends it) keeps _id, status and error only, as the real server does.
    const bool filtered = request.query.contains("filter_path=");
    QByteArray items;
    // About one item per 500 bytes of body; counting the newlines instead cost 7 % of the fake's CPU.
    items.reserve(body.size() / 500 * (filtered ? 40 : 130));
    bool errors = false;
    int stored = 0;
    // The body ends with a newline (checked above): every line, the last one included, ends at one.
    for (qsizetype at = 0, lineNo = 1; at < body.size(); lineNo += 2) {
        const qsizetype actionEnd = body.indexOf('\n', at);
        const qsizetype sourceStart = actionEnd + 1;
        const qsizetype sourceEnd = sourceStart < body.size() ? body.indexOf('\n', sourceStart) : -1;
        QByteArray opBytes;
        QByteArray indexBytes;
        QByteArray id;
        QString op;
        QString indexName;
        if (plainAction(body.constData() + at, actionEnd - at, &opBytes, &indexBytes, &id)) {
            op = QString::fromUtf8(opBytes);
            indexName = QString::fromUtf8(indexBytes);
        } else {
            const QJsonObject action = QJsonDocument::fromJson(body.mid(at, actionEnd - at)).object();
            if (action.size() != 1)
                return error(400, QStringLiteral("illegal_argument_exception"),
                    QStringLiteral("Malformed action/metadata line [%1], expected START_OBJECT or END_OBJECT but "
                                   "found [VALUE_STRING]")
                        .arg(lineNo));
            op = action.begin().key();
            const QJsonObject meta = action.begin().value().toObject();
            indexName = meta.value(u"_index").toString(pathIndex);
            id = meta.value(u"_id").toString().toUtf8();
        }
        if (op == u"delete") {
            // No source line follows. A missing document is a 404 "not_found" item, which (as in 7.17) does not
            // set the response's "errors".
            at = actionEnd + 1;
            --lineNo;
            ++m_itemsReceived;
            auto found = m_indexes.find(indexName);
            const bool existed = found != m_indexes.end() && found->docs.remove(id) > 0;
            if (existed)
                ++m_deleted;
            QByteArray answer = "{\"delete\":{";
            if (!filtered)
                answer += "\"_index\":" + quoted(indexName.toUtf8()) + ",\"_type\":\"_doc\",";
            answer += "\"_id\":" + quoted(id);
            if (!filtered)
                answer += QByteArray(",\"result\":\"") + (existed ? "deleted" : "not_found") + '"';
            answer += QByteArray(",\"status\":") + (existed ? "200" : "404") + "}}";
            if (!items.isEmpty())
                items += ',';
            items += answer;
            continue;
        }
        if (sourceEnd < 0 || (op != u"index" && op != u"create"))
            return error(400, QStringLiteral("illegal_argument_exception"),
                QStringLiteral("Malformed action/metadata line [%1]").arg(lineNo));
        const QByteArray source = body.mid(sourceStart, sourceEnd - sourceStart);
        at = sourceEnd + 1;
        ++m_itemsReceived;
        QByteArray success; // the item's answer as text; items that fail go through QJsonObject
        QJsonObject item;
        auto fail = [&](int status, const QJsonObject &e) {
            item = QJsonObject { { QStringLiteral("_index"), indexName },
                { QStringLiteral("_type"), QStringLiteral("_doc") }, { QStringLiteral("_id"), QString::fromUtf8(id) },
                { QStringLiteral("status"), status }, { QStringLiteral("error"), e } };
            errors = true;
        };
        const bool reject = m_faults.rejectNextItems > 0
            || (m_faults.itemRejectRate > 0 && m_random.generateDouble() < m_faults.itemRejectRate);
        if (m_faults.rejectNextItems > 0)
            --m_faults.rejectNextItems;
        if (reject) {
            fail(429,
                QJsonObject { { QStringLiteral("type"), QStringLiteral("es_rejected_execution_exception") },
                    { QStringLiteral("reason"),
                        QStringLiteral("rejected execution of coordinating operation [shard_detail=[%1][0][P], "
                                       "shard_coordinating_and_primary_bytes=0, shard_operation_bytes=512] on "
                                       "EsThreadPoolExecutor[name = fake-node-1/write, queue capacity = 10000]")
                            .arg(indexName) } });
        } else {
            if (!m_indexes.contains(indexName)) { // action.auto_create_index: dynamic mapping, as the real one
                m_indexes[indexName].uuid = QByteArray::number(m_random.generate64(), 36);
                m_autoCreated << indexName;
            }
            Index &index = m_indexes[indexName];
            const QJsonObject invalid = m_validate ? validate(index, id, source) : QJsonObject();
            if (!invalid.isEmpty()) {
                fail(400, invalid);
            } else if (op == u"create" && index.docs.contains(id)) {
                fail(409,
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("version_conflict_engine_exception") },
                        { QStringLiteral("reason"),
                            QStringLiteral("[%1]: version conflict, document already exists")
                                .arg(QString::fromUtf8(id)) } });
            } else {
                Stored &s = index.docs[id];
                const bool created = s.version == 0;
                ++s.version;
                s.source = m_keepSources ? source : QByteArray();
                const QByteArray status = created ? "201" : "200";
                success = "{\"" + op.toLatin1() + "\":{";
                if (!filtered)
                    success += "\"_index\":" + quoted(indexName.toUtf8()) + ",\"_type\":\"_doc\",";
                success += "\"_id\":" + quoted(id);
                if (!filtered)
                    success += ",\"_version\":" + QByteArray::number(s.version) + ",\"result\":\""
                        + (created ? "created" : "updated")
                        + "\",\"_shards\":{\"total\":2,\"successful\":1,\"failed\":0},\"_seq_no\":"
                        + QByteArray::number(m_itemsReceived) + ",\"_primary_term\":1";
                success += ",\"status\":" + status + "}}";
                ++stored;
            }
        }
        if (!items.isEmpty())
            items += ',';
        if (!success.isEmpty()) {
            items += success;
        } else if (filtered) {
            QJsonObject kept;
            for (const char *key : { "_id", "status", "error" }) {
                if (item.contains(QLatin1String(key)))
                    kept.insert(QLatin1String(key), item.value(QLatin1String(key)));
            }
            items += compact(QJsonObject { { op, kept } });
        } else {
            items += compact(QJsonObject { { op, item } });
        }
        if (drop && stored >= dropAfter) {
            // The server kept what it stored; the client never hears about any of it.
            HttpResponse r;
            r.dropConnection = true;
            return r;
        }
    }
    HttpResponse r = answer(200, {});
    r.body = (filtered ? QByteArray() : QByteArrayLiteral("{\"took\":3,")) + (filtered ? "{" : "")
        + "\"errors\":" + (errors ? "true" : "false") + ",\"items\":[" + items + "]}";
    r.delayMs = m_faults.bulkDelayMs;
    return r;
}
