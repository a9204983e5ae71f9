#include "ledgerpoller.h"

#include "alerts/alertlog.h"
#include "domain/cardmask.h"
#include "ledger/sqlledgersource.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <atomic>
#include <cmath>

namespace {
std::atomic<quint64> s_nextConnection { 0 };

const QTimeZone &seoul()
{
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Seoul"));
        return z.isValid() ? z : QTimeZone(9 * 3600);
    }();
    return zone;
}

std::optional<qint64> wholeWon(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::abs(d) > 9007199254740992.0 || d != std::floor(d))
            return std::nullopt;
        return qint64(d);
    }
    default:
        break;
    }
    // DECIMAL as text under HighPrecision: "15000" or "15000.00" (a zero fraction only).
    QString text = v.toString().trimmed();
    if (const qsizetype dot = text.indexOf(u'.'); dot >= 0) {
        for (qsizetype i = dot + 1; i < text.size(); ++i) {
            if (text.at(i) != u'0')
                return std::nullopt;
        }
        text.truncate(dot);
    }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

std::optional<qint64> seoulToUtcMs(const QVariant &v)
{
    QDateTime local;
    if (v.typeId() == QMetaType::QDateTime) {
        const QDateTime dt = v.toDateTime();
        // Drivers hand DATETIME over as wall-clock fields; those fields are Seoul time.
        local = QDateTime(dt.date(), dt.time(), seoul());
    } else {
        const QString text = v.toString().trimmed().replace(u'T', u' ');
        const QDateTime parsed = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (parsed.isValid())
            local = QDateTime(parsed.date(), parsed.time(), seoul());
    }
    if (!local.isValid())
        return std::nullopt;
    return local.toMSecsSinceEpoch();
}
} // namespace

LedgerPoller::LedgerPoller(LedgerUrl url, const AlertSettings &settings)
    : m_url { std::move(url) }
    , m_settings { settings }
    , m_connection { QStringLiteral("payrecon.monitor.%1").arg(s_nextConnection.fetch_add(1)) }
{ }

LedgerPoller::~LedgerPoller()
{
    close();
}

QString LedgerPoller::pollQuery() const
{
    if (!m_settings.query.isEmpty())
        return m_settings.query;
    const QString id = m_settings.idColumn;
    // The batch size is a number we own, written into the text: LIMIT placeholders are not portable.
    return QStringLiteral("SELECT %1, transaction_id, kind, amount, occurred_at, card_number, card_company, "
                          "merchant_id, merchant_name, customer_id FROM %2 WHERE %1 > :after ORDER BY %1 LIMIT %3")
        .arg(id, m_settings.table)
        .arg(m_settings.batchSize);
}

QString LedgerPoller::source() const
{
    QString s = m_url.redacted() + u'#' + m_settings.table + u'.' + m_settings.idColumn;
    if (!m_settings.query.isEmpty())
        s += QStringLiteral("#query");
    return s;
}

bool LedgerPoller::isOpen() const
{
    return QSqlDatabase::database(m_connection, false).isOpen();
}

void LedgerPoller::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool LedgerPoller::open(QString *error)
{
    close();
    const bool sqlite = m_url.driver == LedgerUrl::Driver::Sqlite;
    // Short timeouts: a dead server must surface as a lost connection, not a poll hanging for minutes.
    if (!SqlLedgerSource::openConnection(m_url, m_connection, 5, 30, error)) {
        close();
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!sqlite) {
        QSqlQuery q(db);
        // The monitor only reads; make sure nothing in a configured query can write to the merchant's data.
        if (!q.exec(QStringLiteral("SET SESSION TRANSACTION READ ONLY")))
            qCDebug(lcAlerts, "Cannot make the monitor session read-only: %s", qUtf8Printable(q.lastError().text()));
    }
    m_skipped = 0;
    return true;
}

std::optional<qint64> LedgerPoller::maxId(QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT MAX(%1) FROM %2").arg(m_settings.idColumn, m_settings.table)) || !q.next()) {
        *error = tr("Cannot read the highest %1 of %2 in the ledger %3: %4")
                     .arg(m_settings.idColumn, m_settings.table, m_url.redacted(), q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).isNull() ? 0 : q.value(0).toLongLong();
}

bool LedgerPoller::fetch(qint64 after, QList<PaymentEvent> *rows, qint64 *lastId, QString *error)
{
    rows->clear();
    *lastId = after;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!q.prepare(pollQuery())) {
        *error = tr("The monitor query cannot be prepared on %1: %2").arg(m_url.redacted(), q.lastError().text());
        return false;
    }
    q.bindValue(QStringLiteral(":after"), after);
    if (!q.exec()) {
        *error = tr("Polling the ledger %1 failed: %2").arg(m_url.redacted(), q.lastError().text());
        return false;
    }
    const QSqlRecord record = q.record();
    const QString idName = m_settings.idColumn.section(u'.', -1);
    const int cId = record.indexOf(idName);
    const int cTx = record.indexOf(QStringLiteral("transaction_id"));
    const int cAmount = record.indexOf(QStringLiteral("amount"));
    const int cAt = record.indexOf(QStringLiteral("occurred_at"));
    if (cId < 0 || cTx < 0 || cAmount < 0 || cAt < 0) {
        *error
            = tr("The monitor query must return the columns %1, transaction_id, amount and occurred_at.").arg(idName);
        return false;
    }
    const int cKind = record.indexOf(QStringLiteral("kind"));
    const int cCard = record.indexOf(QStringLiteral("card_number"));
    const int cCompany = record.indexOf(QStringLiteral("card_company"));
    const int cMerchantId = record.indexOf(QStringLiteral("merchant_id"));
    const int cMerchantName = record.indexOf(QStringLiteral("merchant_name"));
    const int cCustomer = record.indexOf(QStringLiteral("customer_id"));
    auto text = [&q](int column) { return column < 0 ? QString() : q.value(column).toString().trimmed(); };

    while (q.next()) {
        bool ok = false;
        const qint64 id = q.value(cId).toLongLong(&ok);
        if (!ok || id <= after)
            continue; // no id (no place in the order), or a custom query that ignored :after
        *lastId = std::max(*lastId, id);
        PaymentEvent e;
        e.rowId = id;
        e.transactionId = text(cTx);
        const std::optional<qint64> amount = wholeWon(q.value(cAmount));
        const std::optional<qint64> at = seoulToUtcMs(q.value(cAt));
        if (e.transactionId.isEmpty() || !amount || !at) {
            ++m_skipped;
            qCWarning(lcAlerts, "Ledger row %lld has no transaction id, whole-won amount or valid time; not checked",
                qlonglong(id));
            continue;
        }
        const QString kind = text(cKind);
        e.kind = kind == u"cancel" || kind == u"취소" || kind.compare(QLatin1String("CANCEL"), Qt::CaseInsensitive) == 0
            ? PaymentKind::Cancel
            : PaymentKind::Approval;
        if (*amount < 0) // ledgers that record a cancellation as a negative payment
            e.kind = PaymentKind::Cancel;
        e.amount = *amount < 0 ? -*amount : *amount;
        e.occurredAtMs = *at;
        // Masked before anything else touches it: a ledger may hold full card numbers.
        e.cardNumber = CardMask::mask(text(cCard));
        e.cardCompany = CardMask::maskText(text(cCompany));
        e.merchantId = CardMask::maskText(text(cMerchantId));
        e.merchantName = CardMask::maskText(text(cMerchantName));
        e.customerId = CardMask::maskText(text(cCustomer));
        rows->append(std::move(e));
    }
    if (q.lastError().isValid()) {
        *error = tr("Reading the ledger %1 failed: %2").arg(m_url.redacted(), q.lastError().text());
        return false;
    }
    // A custom query may not order by id: the rules and the outbox need ledger order.
    std::stable_sort(
        rows->begin(), rows->end(), [](const PaymentEvent &a, const PaymentEvent &b) { return a.rowId < b.rowId; });
    return true;
}
