#include "sqlledgersource.h"

#include "domain/cardmask.h"
#include "ledger/demoledger.h"
#include "ledger/ledgerlog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <array>
#include <cmath>
#include <limits>

Q_LOGGING_CATEGORY(lcLedger, "payrecon.ledger", QtInfoMsg)

namespace {
constexpr qint64 ProgressInterval = 65536; // rows between progress reports and cancel checks
constexpr qint64 MsPerHour = 3600 * 1000;
constexpr qint64 MsPerDay = 24 * MsPerHour;
constexpr qint64 JulianDayOfEpoch = 2440588; // 1970-01-01

enum Field {
    TransactionId,
    Kind,
    Amount,
    ApprovalNo,
    OccurredAt,
    CardNumber,
    CardCompany,
    MerchantId,
    MerchantName,
    CustomerId,
    Category,
    Installment,
    FieldCount
};

const std::array<QLatin1String, FieldCount> fieldNames = {
    QLatin1String("transaction_id"),
    QLatin1String("kind"),
    QLatin1String("amount"),
    QLatin1String("approval_no"),
    QLatin1String("occurred_at"),
    QLatin1String("card_number"),
    QLatin1String("card_company"),
    QLatin1String("merchant_id"),
    QLatin1String("merchant_name"),
    QLatin1String("customer_id"),
    QLatin1String("category"),
    QLatin1String("installment_months"),
};

bool isRequired(int field)
{
    return field == TransactionId || field == Amount || field == OccurredAt;
}

/// A QSqlDatabase connection under a name no other thread or call uses, removed when this goes out of scope.
/// Declare it before any QSqlQuery or QSqlDatabase copy so those are destroyed first.
class ScopedConnection
{
public:
    ScopedConnection()
        : m_name { QStringLiteral("payrecon.ledger.%1").arg(s_next.fetch_add(1)) }
    { }
    ~ScopedConnection()
    {
        if (m_added)
            QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    bool open(const LedgerUrl &url, QString *error)
    {
        m_added = true; // removed by the destructor even when opening fails
        qCDebug(lcLedger, "Opening %s", qUtf8Printable(url.redacted()));
        return SqlLedgerSource::openConnection(url, m_name, 10, 0, error);
    }

private:
    static inline std::atomic<quint64> s_next { 0 };
    QString m_name;
    bool m_added = false;
};

/// Asia/Seoul wall-clock time to UTC. QDateTime with a QTimeZone costs microseconds a call, so the offset is
/// cached per local hour; hours that contain an offset change (1987/88 DST, old LMT) are converted exactly.
class SeoulClock
{
public:
    SeoulClock()
        : m_zone { QTimeZone(QByteArrayLiteral("Asia/Seoul")) }
    {
        if (!m_zone.isValid()) {
            qCWarning(lcLedger, "No time zone data for Asia/Seoul; using a fixed UTC+09:00");
            m_zone = QTimeZone(9 * 3600);
        }
    }

    qint64 toUtcMs(QDate date, QTime time)
    {
        const qint64 localMs = (date.toJulianDay() - JulianDayOfEpoch) * MsPerDay + time.msecsSinceStartOfDay();
        const qint64 hourKey = localMs >= 0 ? localMs / MsPerHour : (localMs - MsPerHour + 1) / MsPerHour;
        if (hourKey != m_cachedHour) {
            const QDateTime first(date, QTime(time.hour(), 0), m_zone);
            const QDateTime last(date, QTime(time.hour(), 59, 59, 999), m_zone);
            if (first.offsetFromUtc() != last.offsetFromUtc())
                return QDateTime(date, time, m_zone).toMSecsSinceEpoch();
            m_cachedHour = hourKey;
            m_cachedOffsetMs = qint64(first.offsetFromUtc()) * 1000;
        }
        return localMs - m_cachedOffsetMs;
    }

private:
    QTimeZone m_zone;
    qint64 m_cachedHour = std::numeric_limits<qint64>::min();
    qint64 m_cachedOffsetMs = 0;
};

QString textOf(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// Whole won as an integer, a numeric string ("-12000", "15000.00": a zero fraction only), or an integral double.
std::optional<qint64> parseAmount(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::LongLong:
        return v.toLongLong();
    case QMetaType::ULongLong: {
        const qulonglong u = v.toULongLong();
        if (u > qulonglong(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(u);
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        // Only reached for drivers that ignore HighPrecision; an integral double below 2^53 is exact.
        const double d = v.toDouble();
        if (std::isnan(d) || d < -9007199254740992.0 || d > 9007199254740992.0 || d != double(qint64(d)))
            return std::nullopt;
        return qint64(d);
    }
    default:
        break;
    }
    const QString text = textOf(v).trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+'))
        negative = text[i++] == u'-';
    const qsizetype digitsStart = i;
    qint64 value = 0;
    for (; i < text.size() && isAsciiDigit(text[i]); ++i) {
        const int digit = text[i].unicode() - u'0';
        if (value > (std::numeric_limits<qint64>::max() - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    if (i == digitsStart)
        return std::nullopt;
    if (i < text.size() && text[i] == u'.') {
        for (++i; i < text.size() && text[i] == u'0'; ++i) { }
    }
    if (i != text.size())
        return std::nullopt;
    return negative ? -value : value;
}

/// 'yyyy-MM-dd HH:mm:ss' or with 'T', optionally with a fraction of a second (as DATETIME(n) prints it).
bool parseLocalDateTime(const QString &text, QDate *date, QTime *time)
{
    const QString t = text.trimmed();
    if (t.size() < 19)
        return false;
    auto number = [&t](qsizetype from, qsizetype count, int *out) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            if (!isAsciiDigit(t[i]))
                return false;
            value = value * 10 + (t[i].unicode() - u'0');
        }
        *out = value;
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0;
    if (!number(0, 4, &y) || t[4] != u'-' || !number(5, 2, &mo) || t[7] != u'-' || !number(8, 2, &d)
        || (t[10] != u' ' && t[10] != u'T') || !number(11, 2, &h) || t[13] != u':' || !number(14, 2, &mi)
        || t[16] != u':' || !number(17, 2, &s))
        return false;
    if (t.size() > 19) {
        if (t[19] != u'.' || t.size() == 20 || t.size() > 29)
            return false;
        for (qsizetype i = 20; i < t.size(); ++i) {
            if (!isAsciiDigit(t[i]))
                return false;
            if (i < 23)
                ms = ms * 10 + (t[i].unicode() - u'0');
        }
        for (qsizetype i = t.size(); i < 23; ++i)
            ms *= 10;
    }
    *date = QDate(y, mo, d);
    *time = QTime(h, mi, s, ms);
    return date->isValid() && time->isValid();
}

bool parseOccurredAt(const QVariant &v, QDate *date, QTime *time)
{
    switch (v.typeId()) {
    case QMetaType::QDateTime: {
        // Drivers hand DATETIME columns over as wall-clock fields; those fields are Seoul time, whatever
        // time spec the driver attached.
        const QDateTime dt = v.toDateTime();
        *date = dt.date();
        *time = dt.time();
        return dt.isValid();
    }
    case QMetaType::QDate:
        *date = v.toDate();
        *time = QTime(0, 0);
        return date->isValid();
    default:
        return !v.isNull() && parseLocalDateTime(v.toString(), date, time);
    }
}

std::optional<PaymentKind> parseKind(const QString &text)
{
    const QString t = text.trimmed();
    if (t == u"승인")
        return PaymentKind::Approval;
    if (t == u"취소")
        return PaymentKind::Cancel;
    return PaymentKinds::fromString(t);
}

std::optional<int> parseInstallment(const QVariant &v)
{
    int months = 0;
    if (v.isNull()) {
        months = 0;
    } else if (v.typeId() == QMetaType::QString) {
        const QString t = v.toString().trimmed();
        if (t.isEmpty() || t == u"일시불")
            return 0;
        bool ok = false;
        months = t.toInt(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        bool ok = false;
        const qlonglong n = v.toLongLong(&ok);
        if (!ok || n < 0 || n > 99)
            return std::nullopt;
        months = int(n);
    }
    if (months < 0 || months > 99)
        return std::nullopt;
    return months;
}

/// True when the statement begins with SELECT or WITH (after whitespace and opening parentheses).
bool looksLikeSelect(const QString &sql)
{
    static const QRegularExpression start(
        QStringLiteral("^[\\s(]*(select|with)\\b"), QRegularExpression::CaseInsensitiveOption);
    return start.match(sql).hasMatch();
}

bool hasPlaceholder(const QString &sql, QLatin1String name)
{
    const QRegularExpression re(QStringLiteral("(?<![:\\w]):") + name + QStringLiteral("\\b"));
    return re.match(sql).hasMatch();
}
} // namespace

SqlLedgerSource::SqlLedgerSource(LedgerUrl url)
    : m_url { std::move(url) }
    , m_query { DemoLedger::defaultQuery() }
{ }

void SqlLedgerSource::setRange(QDate from, QDate to)
{
    m_from = from;
    m_to = to;
}

LedgerLoadResult SqlLedgerSource::load() const
{
    LedgerLoadResult result;
    QElapsedTimer timer;
    timer.start();
    const QString source = m_url.redacted();

    if (!looksLikeSelect(m_query)) {
        result.error = tr("The ledger query must be a SELECT statement.");
        return result;
    }

    ScopedConnection connection;
    if (!connection.open(m_url, &result.error))
        return result;
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    if (m_url.driver == LedgerUrl::Driver::MySql) {
        // Reading a merchant's live database: make sure nothing in a configured query can write to it.
        if (!query.exec(QStringLiteral("SET SESSION TRANSACTION READ ONLY")))
            qCDebug(lcLedger, "Cannot make the session read-only: %s", qUtf8Printable(query.lastError().text()));
    }
    query.setForwardOnly(true);
    // Exact decimals arrive as text instead of double: money never passes through floating point.
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!query.prepare(m_query)) {
        result.error = tr("The ledger query cannot be prepared on %1: %2").arg(source, query.lastError().text());
        return result;
    }
    // Dates outside 0001..9998 cannot be written as yyyy-MM-dd and would compare wrongly as text: open ends.
    const bool hasFrom = m_from.isValid() && m_from.year() >= 1 && m_from.year() <= 9999;
    const bool hasTo = m_to.isValid() && m_to.year() >= 1 && m_to < QDate(9999, 12, 31);
    const QString from = hasFrom ? m_from.toString(u"yyyy-MM-dd") + QStringLiteral(" 00:00:00")
                                 : QStringLiteral("0001-01-01 00:00:00");
    const QString to = hasTo ? m_to.addDays(1).toString(u"yyyy-MM-dd") + QStringLiteral(" 00:00:00")
                             : QStringLiteral("9999-12-31 23:59:59");
    // Binding a name the statement lacks makes some drivers fail the whole exec.
    if (hasPlaceholder(m_query, QLatin1String("from")))
        query.bindValue(QStringLiteral(":from"), from);
    if (hasPlaceholder(m_query, QLatin1String("to")))
        query.bindValue(QStringLiteral(":to"), to);
    if (!query.exec()) {
        result.error = tr("The ledger query failed on %1: %2").arg(source, query.lastError().text());
        return result;
    }

    const QSqlRecord record = query.record();
    std::array<int, FieldCount> column {};
    QStringList missing;
    for (int f = 0; f < FieldCount; ++f) {
        column[size_t(f)] = record.indexOf(fieldNames[size_t(f)]);
        if (column[size_t(f)] < 0 && isRequired(f))
            missing << fieldNames[size_t(f)];
    }
    if (!missing.isEmpty()) {
        result.error = tr("The ledger query returns no column named %1. Alias the columns to the canonical names, "
                          "e.g. SELECT pay_id AS transaction_id.")
                           .arg(missing.join(QStringLiteral(", ")));
        return result;
    }

    SeoulClock clock;
    std::array<QByteArray, FieldCount> utf8;
    QByteArray masked;
    qint64 rowNo = 0;
    auto reject = [&](int field, const QString &value, const QString &reason) {
        ++result.rejectedCount;
        if (qsizetype(result.rejected.size()) >= m_rejectedLimit)
            return;
        // A card number in the wrong column must not reach a report either.
        const QByteArray bytes = value.toUtf8();
        const QString shown
            = CardMask::looksLikePan(bytes) ? QString::fromUtf8(CardMask::mask(QByteArrayView(bytes))) : value;
        result.rejected.push_back(
            { source, rowNo, column[size_t(field)] + 1, fieldNames[size_t(field)], shown, CardMask::maskText(reason) });
    };
    auto cancelled = [this] { return m_cancel && m_cancel->load(std::memory_order_relaxed); };

    if (cancelled()) {
        result.cancelled = true;
        return result;
    }
    while (query.next()) {
        ++rowNo;
        if (rowNo % ProgressInterval == 0) {
            if (m_progress)
                m_progress(rowNo);
            if (cancelled()) {
                result = LedgerLoadResult();
                result.cancelled = true;
                return result;
            }
        }
        auto value = [&query, &column](int field) {
            const int c = column[size_t(field)];
            return c < 0 ? QVariant() : query.value(c);
        };

        RecordView row;
        row.sourceLine = rowNo;

        const QVariant id = value(TransactionId);
        utf8[TransactionId] = textOf(id).trimmed().toUtf8();
        if (utf8[TransactionId].isEmpty()) {
            reject(TransactionId, textOf(id), tr("The transaction id is empty."));
            continue;
        }
        if (column[Kind] >= 0) {
            const QString kindText = textOf(value(Kind));
            const std::optional<PaymentKind> kind = parseKind(kindText);
            if (!kind) {
                reject(Kind, kindText, tr("The kind is neither approval nor cancel (승인/취소)."));
                continue;
            }
            row.kind = *kind;
        }
        const QVariant amountValue = value(Amount);
        const std::optional<qint64> amount = parseAmount(amountValue);
        if (!amount || *amount == std::numeric_limits<qint64>::min()) {
            reject(Amount, textOf(amountValue), tr("The amount is not a whole number of won."));
            continue;
        }
        // Ledgers that record a cancellation as a negative payment: the sign is the kind.
        if (*amount < 0)
            row.kind = PaymentKind::Cancel;
        row.amount = *amount < 0 ? -*amount : *amount;

        const QVariant occurredValue = value(OccurredAt);
        QDate date;
        QTime time;
        if (!parseOccurredAt(occurredValue, &date, &time)) {
            reject(OccurredAt, textOf(occurredValue), tr("The time is not a valid yyyy-MM-dd HH:mm:ss date and time."));
            continue;
        }
        row.occurredAtMs = clock.toUtcMs(date, time);

        const QVariant installmentValue = value(Installment);
        const std::optional<int> installment = parseInstallment(installmentValue);
        if (!installment) {
            reject(Installment, textOf(installmentValue), tr("The installment months are not a number from 0 to 99."));
            continue;
        }
        row.installmentMonths = *installment;

        utf8[CardNumber] = CardMask::mask(QByteArrayView(textOf(value(CardNumber)).toUtf8()));
        utf8[ApprovalNo] = textOf(value(ApprovalNo)).trimmed().toUtf8();
        // Every other text column may hold a card number too; the ids are keys and stay as they are.
        for (int f : { CardCompany, MerchantId, MerchantName, CustomerId, Category }) {
            utf8[size_t(f)] = textOf(value(f)).trimmed().toUtf8();
            if (CardMask::maskTextInto(utf8[size_t(f)], masked))
                utf8[size_t(f)].swap(masked);
        }
        row.transactionId = utf8[TransactionId];
        row.approvalNo = utf8[ApprovalNo];
        row.cardNumber = utf8[CardNumber];
        row.cardCompany = utf8[CardCompany];
        row.merchantId = utf8[MerchantId];
        row.merchantName = utf8[MerchantName];
        row.customerId = utf8[CustomerId];
        row.category = utf8[Category];
        result.table.append(row);
    }
    if (query.lastError().isValid()) {
        result.error = tr("Reading the ledger %1 failed after %2 rows: %3")
                           .arg(source, QString::number(rowNo), query.lastError().text());
        return result;
    }
    if (m_progress)
        m_progress(rowNo);
    qCInfo(lcLedger, "Loaded %lld rows (%lld rejected) from %s in %lld ms", qlonglong(result.table.size()),
        qlonglong(result.rejectedCount), qUtf8Printable(source), qlonglong(timer.elapsed()));
    return result;
}

bool SqlLedgerSource::testConnection(const LedgerUrl &url, QString *message)
{
    QString text;
    bool ok = false;
    {
        ScopedConnection connection;
        if (connection.open(url, &text)) {
            QSqlQuery query(connection.database());
            const bool mysql = url.driver == LedgerUrl::Driver::MySql;
            if (!query.exec(QStringLiteral("SELECT 1")) || !query.next()) {
                text = tr("Connected to %1, but SELECT 1 failed: %2").arg(url.redacted(), query.lastError().text());
            } else {
                const QString versionSql
                    = mysql ? QStringLiteral("SELECT VERSION()") : QStringLiteral("SELECT sqlite_version()");
                const QString version = query.exec(versionSql) && query.next() ? query.value(0).toString() : QString();
                text = mysql ? tr("Connected to %1: MySQL/MariaDB server %2.").arg(url.redacted(), version)
                             : tr("Opened %1: SQLite %2.").arg(url.redacted(), version);
                ok = true;
            }
        }
    }
    if (message)
        *message = text;
    return ok;
}

bool SqlLedgerSource::openConnection(
    const LedgerUrl &url, const QString &connectionName, int connectTimeoutS, int readTimeoutS, QString *error)
{
    const bool sqlite = url.driver == LedgerUrl::Driver::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QMYSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = tr("The Qt SQL driver %1 is not installed (available: %2).")
                     .arg(driver, QSqlDatabase::drivers().join(QStringLiteral(", ")));
        return false;
    }
    // QSQLITE would silently create a missing file; a typo in the path must be an error instead.
    if (sqlite && !QFileInfo(url.path).isFile()) {
        *error = tr("The ledger file %1 does not exist.").arg(url.path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
    if (sqlite) {
        db.setDatabaseName(url.path);
        // The merchant's application may be writing: wait for its lock instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setDatabaseName(url.database);
        db.setUserName(url.user);
        db.setPassword(url.password);
        QString options = QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(connectTimeoutS);
        if (readTimeoutS > 0)
            options += QStringLiteral(";MYSQL_OPT_READ_TIMEOUT=%1").arg(readTimeoutS);
        if (!url.socket.isEmpty())
            options += QStringLiteral(";UNIX_SOCKET=") + url.socket;
        db.setConnectOptions(options);
    }
    if (!db.open()) {
        *error = tr("Cannot open the ledger %1: %2").arg(url.redacted(), db.lastError().text());
        return false;
    }
    return true;
}
