#include "demoledger.h"

#include "ledger/ledgerlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <atomic>
#include <limits>

namespace {
constexpr qint64 MsPerHour = 3600 * 1000;
constexpr qint64 MsPerDay = 24 * MsPerHour;
constexpr qint64 JulianDayOfEpoch = 2440588; // 1970-01-01
constexpr int RowsPerInsert = 64; // 64 rows x 12 values stays below SQLite's historic limit of 999 parameters
constexpr int RowsPerDumpInsert = 1000;

const QLatin1String insertColumns("transaction_id, kind, amount, approval_no, occurred_at, card_number, "
                                  "card_company, merchant_id, merchant_name, customer_id, category, "
                                  "installment_months");
constexpr int ColumnCount = 12;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isMySql(const QSqlDatabase &db)
{
    return db.driverName() == u"QMYSQL" || db.driverName() == u"QMARIADB";
}

QString tableStatement(bool mysql)
{
    const QString columns = QStringLiteral("    transaction_id VARCHAR(64) NOT NULL,\n"
                                           "    kind VARCHAR(8) NOT NULL,\n"
                                           "    amount BIGINT NOT NULL,\n"
                                           "    approval_no VARCHAR(32),\n"
                                           "    occurred_at DATETIME NOT NULL,\n"
                                           "    card_number VARCHAR(32),\n"
                                           "    card_company VARCHAR(64),\n"
                                           "    merchant_id VARCHAR(64),\n"
                                           "    merchant_name VARCHAR(128),\n"
                                           "    customer_id VARCHAR(64),\n"
                                           "    category VARCHAR(64),\n"
                                           "    installment_months INT NOT NULL DEFAULT 0");
    if (mysql) {
        // MySQL has no CREATE INDEX IF NOT EXISTS, so the indexes go into the table definition.
        return QStringLiteral("CREATE TABLE IF NOT EXISTS payments (\n"
                              "    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n")
            + columns
            + QStringLiteral(",\n    INDEX payments_occurred_at (occurred_at),\n"
                             "    INDEX payments_transaction_kind (transaction_id, kind)\n"
                             ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
    }
    return QStringLiteral("CREATE TABLE IF NOT EXISTS payments (\n"
                          "    id INTEGER PRIMARY KEY AUTOINCREMENT,\n")
        + columns + QStringLiteral("\n)");
}

/// Not unique: a ledger may hold duplicates, and reconciliation has to see and report them.
QStringList sqliteIndexStatements()
{
    return { QStringLiteral("CREATE INDEX IF NOT EXISTS payments_occurred_at ON payments (occurred_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS payments_transaction_kind ON payments (transaction_id, kind)") };
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (!query.exec(sql))
            return fail(error,
                QCoreApplication::translate("DemoLedger", "Cannot run \"%1\": %2")
                    .arg(sql.section(u'\n', 0, 0), query.lastError().text()));
    }
    return true;
}

/// UTC instants to Asia/Seoul wall-clock text. The zone offset is cached per UTC hour because a QDateTime
/// conversion per row would dominate writing a million rows.
class SeoulFormatter
{
public:
    SeoulFormatter()
        : m_zone { QTimeZone(QByteArrayLiteral("Asia/Seoul")) }
    {
        if (!m_zone.isValid()) {
            qCWarning(lcLedger, "No time zone data for Asia/Seoul; using a fixed UTC+09:00");
            m_zone = QTimeZone(9 * 3600);
        }
    }

    /// 'yyyy-MM-dd HH:mm:ss'; milliseconds are dropped because the column is a DATETIME without fraction.
    QByteArray format(qint64 utcMs)
    {
        const qint64 localMs = utcMs + offsetMs(utcMs);
        const qint64 days = floorDiv(localMs, MsPerDay);
        const qint64 secondOfDay = (localMs - days * MsPerDay) / 1000;
        int y = 0, m = 0, d = 0;
        QDate::fromJulianDay(days + JulianDayOfEpoch).getDate(&y, &m, &d);
        char text[20];
        auto put = [&text](int at, int width, qint64 value) {
            for (int i = at + width - 1; i >= at; --i, value /= 10)
                text[i] = char('0' + value % 10);
        };
        put(0, 4, y);
        text[4] = '-';
        put(5, 2, m);
        text[7] = '-';
        put(8, 2, d);
        text[10] = ' ';
        put(11, 2, secondOfDay / 3600);
        text[13] = ':';
        put(14, 2, secondOfDay / 60 % 60);
        text[16] = ':';
        put(17, 2, secondOfDay % 60);
        return QByteArray(text, 19);
    }

private:
    static qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : (a - b + 1) / b; }

    qint64 offsetMs(qint64 utcMs)
    {
        const qint64 hour = floorDiv(utcMs, MsPerHour);
        if (hour == m_cachedHour)
            return m_cachedOffsetMs;
        const int first = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(hour * MsPerHour, Qt::UTC));
        const int last
            = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(hour * MsPerHour + MsPerHour - 1, Qt::UTC));
        if (first != last) // an offset change inside this hour: convert this instant exactly, cache nothing
            return qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC))) * 1000;
        m_cachedHour = hour;
        m_cachedOffsetMs = qint64(first) * 1000;
        return m_cachedOffsetMs;
    }

    QTimeZone m_zone;
    qint64 m_cachedHour = std::numeric_limits<qint64>::min();
    qint64 m_cachedOffsetMs = 0;
};

QString insertStatement(int rows)
{
    QString sql = QStringLiteral("INSERT INTO payments (") + insertColumns + QStringLiteral(") VALUES ");
    const QString tuple = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QStringLiteral(", ");
        sql += tuple;
    }
    return sql;
}

/// Optional text columns hold NULL rather than '' when empty, as a hand-made ledger would.
QVariant optionalText(QByteArrayView utf8)
{
    return utf8.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(utf8));
}

void bindRow(QSqlQuery &query, int first, const RecordTable &records, qsizetype row, SeoulFormatter &clock)
{
    using T = RecordTable::Text;
    query.bindValue(first + 0, QString::fromUtf8(records.transactionId(row)));
    query.bindValue(first + 1, PaymentKinds::toString(records.kind(row)));
    query.bindValue(first + 2, records.amount(row));
    query.bindValue(first + 3, optionalText(records.approvalNo(row)));
    query.bindValue(first + 4, QString::fromLatin1(clock.format(records.occurredAtMs(row))));
    query.bindValue(first + 5, optionalText(records.text(row, T::CardNumber)));
    query.bindValue(first + 6, optionalText(records.text(row, T::CardCompany)));
    query.bindValue(first + 7, optionalText(records.text(row, T::MerchantId)));
    query.bindValue(first + 8, optionalText(records.text(row, T::MerchantName)));
    query.bindValue(first + 9, optionalText(records.text(row, T::CustomerId)));
    query.bindValue(first + 10, optionalText(records.text(row, T::Category)));
    query.bindValue(first + 11, records.installmentMonths(row));
}

bool insertRows(QSqlDatabase &db, const RecordTable &records, QString *error)
{
    SeoulFormatter clock;
    QSqlQuery full(db);
    if (records.size() >= RowsPerInsert && !full.prepare(insertStatement(RowsPerInsert)))
        return fail(error,
            QCoreApplication::translate("DemoLedger", "Cannot prepare the INSERT: %1").arg(full.lastError().text()));
    QSqlQuery single(db);
    if (!single.prepare(insertStatement(1)))
        return fail(error,
            QCoreApplication::translate("DemoLedger", "Cannot prepare the INSERT: %1").arg(single.lastError().text()));
    qsizetype row = 0;
    for (; row + RowsPerInsert <= records.size(); row += RowsPerInsert) {
        for (int i = 0; i < RowsPerInsert; ++i)
            bindRow(full, i * ColumnCount, records, row + i, clock);
        if (!full.exec())
            return fail(error,
                QCoreApplication::translate("DemoLedger", "Cannot insert rows %1 to %2: %3")
                    .arg(row + 1)
                    .arg(row + RowsPerInsert)
                    .arg(full.lastError().text()));
    }
    for (; row < records.size(); ++row) {
        bindRow(single, 0, records, row, clock);
        if (!single.exec())
            return fail(error,
                QCoreApplication::translate("DemoLedger", "Cannot insert row %1: %2")
                    .arg(row + 1)
                    .arg(single.lastError().text()));
    }
    return true;
}

/// A MySQL string literal that reads back the same whatever the server's sql_mode: quotes are doubled
/// (valid with and without NO_BACKSLASH_ESCAPES), and values holding a backslash, NUL or Ctrl-Z, whose
/// meaning depends on that mode, are written as a utf8mb4 hex literal instead.
void appendLiteral(QByteArray &out, QByteArrayView utf8, bool nullWhenEmpty)
{
    if (utf8.isEmpty() && nullWhenEmpty) {
        out += "NULL";
        return;
    }
    bool needsHex = false;
    for (char c : utf8) {
        if (c == '\\' || c == '\0' || c == '\x1a') {
            needsHex = true;
            break;
        }
    }
    if (needsHex) {
        out += "_utf8mb4 X'";
        out += utf8.toByteArray().toHex();
        out += '\'';
        return;
    }
    out += '\'';
    for (char c : utf8) {
        if (c == '\'')
            out += '\'';
        out += c;
    }
    out += '\'';
}

std::atomic<quint64> s_connectionCounter { 0 };
} // namespace

QString DemoLedger::defaultQuery()
{
    return QStringLiteral("SELECT ") + insertColumns
        + QStringLiteral(" FROM payments WHERE occurred_at >= :from AND occurred_at < :to ORDER BY id");
}

bool DemoLedger::createSchema(QSqlDatabase &db, QString *error)
{
    const bool mysql = isMySql(db);
    QStringList statements { tableStatement(mysql) };
    if (!mysql)
        statements += sqliteIndexStatements();
    return execAll(db, statements, error);
}

bool DemoLedger::insert(QSqlDatabase &db, const RecordTable &records, QString *error)
{
    if (!db.transaction())
        return fail(error,
            QCoreApplication::translate("DemoLedger", "Cannot start a transaction: %1").arg(db.lastError().text()));
    if (!insertRows(db, records, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit())
        return fail(error,
            QCoreApplication::translate("DemoLedger", "Cannot commit the inserted rows: %1")
                .arg(db.lastError().text()));
    return true;
}

bool DemoLedger::writeSqlite(const QString &path, const RecordTable &records, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    // A stale journal next to a new file would be replayed into it, so those go too.
    for (const QString &suffix :
        { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
            return fail(error,
                QCoreApplication::translate("DemoLedger", "Cannot replace %1: the existing file cannot be deleted.")
                    .arg(path + suffix));
    }
    const QString name = QStringLiteral("payrecon.demoledger.%1").arg(s_connectionCounter.fetch_add(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            fail(error,
                QCoreApplication::translate("DemoLedger", "Cannot create %1: %2").arg(path, db.lastError().text()));
        } else {
            // No journal and no fsync while bulk loading: the file is new and nobody reads it yet, so a crash
            // costs only a rerun. Indexes are built after the rows, which is faster than maintaining them.
            ok = execAll(
                     db, { QStringLiteral("PRAGMA journal_mode=OFF"), QStringLiteral("PRAGMA synchronous=OFF") }, error)
                && execAll(db, { tableStatement(false) }, error) && insert(db, records, error)
                && execAll(db, sqliteIndexStatements(), error)
                && execAll(db,
                    { QStringLiteral("PRAGMA journal_mode=DELETE"), QStringLiteral("PRAGMA synchronous=FULL") }, error);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok) {
        QFile::remove(path);
        return false;
    }
    qCDebug(lcLedger, "Wrote %lld rows to %s in %lld ms", qlonglong(records.size()), qUtf8Printable(path),
        qlonglong(timer.elapsed()));
    return true;
}

bool DemoLedger::writeMySqlDump(const QString &path, const RecordTable &records, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            error, QCoreApplication::translate("DemoLedger", "Cannot write %1: %2").arg(path, file.errorString()));

    QByteArray out;
    out += "-- PayRecon demo ledger: " + QByteArray::number(records.size())
        + " payments. Load with: mariadb DATABASE < this-file\n"
          "SET NAMES utf8mb4;\n";
    out += tableStatement(true).toUtf8() + ";\n";
    out += "START TRANSACTION;\n";

    SeoulFormatter clock;
    using T = RecordTable::Text;
    const QByteArray insertHead
        = "INSERT INTO payments (" + QByteArray(insertColumns.data(), insertColumns.size()) + ") VALUES\n";
    for (qsizetype row = 0; row < records.size(); ++row) {
        const bool first = row % RowsPerDumpInsert == 0;
        const bool last = row + 1 == records.size() || (row + 1) % RowsPerDumpInsert == 0;
        if (first)
            out += insertHead;
        out += '(';
        appendLiteral(out, records.transactionId(row), false);
        out += records.kind(row) == PaymentKind::Cancel ? ", 'cancel', " : ", 'approval', ";
        out += QByteArray::number(records.amount(row));
        out += ", ";
        appendLiteral(out, records.approvalNo(row), true);
        out += ", '" + clock.format(records.occurredAtMs(row)) + "', ";
        for (T field : { T::CardNumber, T::CardCompany, T::MerchantId, T::MerchantName, T::CustomerId, T::Category }) {
            appendLiteral(out, records.text(row, field), true);
            out += ", ";
        }
        out += QByteArray::number(records.installmentMonths(row));
        out += last ? ");\n" : "),\n";
        if (out.size() > (1 << 20)) {
            if (file.write(out) != out.size())
                return fail(error,
                    QCoreApplication::translate("DemoLedger", "Cannot write %1: %2").arg(path, file.errorString()));
            out.clear();
        }
    }
    out += "COMMIT;\n";
    if (file.write(out) != out.size() || !file.commit())
        return fail(
            error, QCoreApplication::translate("DemoLedger", "Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}
