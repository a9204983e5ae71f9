#include "localstore.h"

#include "ledger/ledgerurl.h"
#include "ledger/sqlledgersource.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcStore, "payrecon.store", QtInfoMsg)

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("payrecon-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlQuery &query, const QString &sql, QString *error, const QString &where)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = QCoreApplication::translate("LocalStore", "Store %1: %2 (statement: %3)")
                     .arg(where, query.lastError().text(), sql.simplified().left(200));
    return false;
}

QString versionTooNew(const QString &where, const QString &component, int current, qsizetype known)
{
    return QCoreApplication::translate("LocalStore",
        "Store %1: \"%2\" has schema version %3, newer than this PayRecon "
        "understands (%4). Update PayRecon.")
        .arg(where, component)
        .arg(current)
        .arg(known);
}
} // namespace

QString LocalStore::defaultPath()
{
    const QString env = qEnvironmentVariable("PAYRECON_STORE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/payrecon-store.sqlite");
}

QString LocalStore::configuredLocation()
{
    QString location = qEnvironmentVariable("PAYRECON_STORE_URL");
    if (location.isEmpty())
        location = QSettings().value(QStringLiteral("store/url")).toString();
    return location.isEmpty() ? defaultPath() : location;
}

LocalStore::LocalStore(StoreLocation location)
    : m_location { std::move(location) }
{
    if (m_location.isEmpty())
        m_location.location = defaultPath();
    m_file = m_location.location;
    m_describe = m_location.redacted();
}

QString LocalStore::describe() const
{
    return m_describe;
}

LocalStore::~LocalStore()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool LocalStore::open(QString *error)
{
    if (isOpen())
        return true;
    // A plain path is a file; only a URL with a scheme is parsed (a Windows path has a drive letter, no "://").
    if (!m_location.location.contains(QLatin1String("://")))
        return openSqlite(error);
    if (m_location.hasPasswordInLocation()) {
        *error = QCoreApplication::translate("LocalStore",
            "Store %1: the location must not contain a password. Save it in Settings → Team store (the keychain), "
            "with payrecon-cli config set-secret store/password, or in PAYRECON_STORE_PASSWORD.")
                     .arg(m_describe);
        return false;
    }
    std::optional<LedgerUrl> url = LedgerUrl::parse(m_location.location, error);
    if (!url) {
        *error = QCoreApplication::translate("LocalStore", "Store %1: %2").arg(m_describe, *error);
        return false;
    }
    if (url->driver == LedgerUrl::Driver::Sqlite) {
        m_file = url->path;
        m_describe = QDir::toNativeSeparators(m_file);
        return openSqlite(error);
    }
    m_backend = Backend::MySql;
    m_describe = url->redacted();
    url->password = m_location.password;
    m_connectionName = nextConnectionName();
    QString why;
    if (!SqlLedgerSource::openConnection(*url, m_connectionName, 10, 60, &why)) {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        *error = QCoreApplication::translate("LocalStore", "Cannot open the store %1: %2")
                     .arg(m_describe, db.isValid() && db.lastError().isValid() ? db.lastError().text() : why);
        return false;
    }
    QSqlQuery query(database());
    // READ COMMITTED: every statement sees the other operators' committed work (counts, leases, items); versions
    // and row locks, not a snapshot, are what keep two operators from overwriting each other.
    // utf8mb4: Korean merchant names and notes; the connection's default may be latin1.
    for (const char *sql : { "SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED", "SET NAMES utf8mb4" }) {
        if (!exec(query, QString::fromLatin1(sql), error, m_describe))
            return false;
    }
    if (!exec(query,
            QStringLiteral("CREATE TABLE IF NOT EXISTS payrecon_schema_versions ("
                           "component VARCHAR(64) NOT NULL PRIMARY KEY, version INT NOT NULL) ENGINE=InnoDB"),
            error, m_describe))
        return false;
    qCDebug(lcStore) << "opened" << m_describe;
    return true;
}

bool LocalStore::openSqlite(QString *error)
{
    const QFileInfo info(m_file);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QCoreApplication::translate("LocalStore", "Cannot create the store folder %1")
                     .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    const bool existed = info.exists();
    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_file);
    // Writers in two processes (GUI and a nightly CLI) queue on the lock instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error = QCoreApplication::translate("LocalStore", "Cannot open the store %1: %2")
                     .arg(QDir::toNativeSeparators(m_file), db.lastError().text());
        return false;
    }
    if (!existed) // outbox rows name transactions and customers: keep the file to its owner
        QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlQuery query(db);
    // WAL: readers (the GUI's counts) never block the publisher; synchronous=FULL because an outbox
    // row acknowledged as written must survive a power cut, or "nothing lost" is a lie.
    // cache_size: SQLite's default 2 MB cache made every B-tree step of a million-row outbox a pread/pwrite
    // system call (a third of the publisher's time); 64 MiB is a fixed bound, whatever the outbox holds.
    // page_size (new files only; it must precede WAL): 16 KiB pages write a published chunk with a quarter of
    // the system calls of 4 KiB ones.
    for (const char *pragma : { "PRAGMA page_size=16384", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
             "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-65536" }) {
        if (!exec(query, QString::fromLatin1(pragma), error, m_describe))
            return false;
    }
    if (!exec(query,
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_versions ("
                           "component TEXT PRIMARY KEY, version INTEGER NOT NULL)"),
            error, m_describe))
        return false;
    qCDebug(lcStore) << "opened" << m_file;
    return true;
}

bool LocalStore::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int LocalStore::schemaVersion(const QString &component) const
{
    QSqlQuery query(database());
    query.prepare(isMySql() ? QStringLiteral("SELECT version FROM payrecon_schema_versions WHERE component = ?")
                            : QStringLiteral("SELECT version FROM schema_versions WHERE component = ?"));
    query.addBindValue(component);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

bool LocalStore::migrate(const QString &component, const QList<QStringList> &sqliteVersions,
    const QList<QStringList> &mysqlVersions, QString *error)
{
    return isMySql() ? migrateMySql(component, mysqlVersions, error) : migrate(component, sqliteVersions, error);
}

bool LocalStore::migrate(const QString &component, const QList<QStringList> &versions, QString *error)
{
    Q_ASSERT(!isMySql());
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // BEGIN IMMEDIATE: two processes starting together must not both apply the same step.
    if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), error, m_describe))
        return false;
    int current = schemaVersion(component);
    if (current > versions.size()) {
        query.exec(QStringLiteral("ROLLBACK"));
        *error = versionTooNew(m_describe, component, current, versions.size());
        return false;
    }
    for (; current < versions.size(); ++current) {
        for (const QString &sql : versions.at(current)) {
            if (!exec(query, sql, error, m_describe)) {
                query.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        QSqlQuery bump(db);
        bump.prepare(QStringLiteral("INSERT INTO schema_versions(component, version) VALUES (?, ?) "
                                    "ON CONFLICT(component) DO UPDATE SET version = excluded.version"));
        bump.addBindValue(component);
        bump.addBindValue(current + 1);
        if (!bump.exec()) {
            *error = QCoreApplication::translate("LocalStore", "Store %1: %2").arg(m_describe, bump.lastError().text());
            query.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        qCInfo(lcStore) << "migrated" << component << "to version" << current + 1;
    }
    return exec(query, QStringLiteral("COMMIT"), error, m_describe);
}

bool LocalStore::migrateMySql(const QString &component, const QList<QStringList> &versions, QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // Two PayRecons starting together must not both apply a step: a named server lock around the migration.
    if (!query.exec(QStringLiteral("SELECT GET_LOCK('payrecon_schema', 60)")) || !query.next()
        || query.value(0).toInt() != 1) {
        *error = QCoreApplication::translate(
            "LocalStore", "Store %1: another PayRecon has held the schema lock for a minute; try again.")
                     .arg(m_describe);
        return false;
    }
    struct Unlock
    {
        QSqlDatabase db;
        ~Unlock() { QSqlQuery(db).exec(QStringLiteral("SELECT RELEASE_LOCK('payrecon_schema')")); }
    } unlock { db };
    int current = schemaVersion(component);
    if (current > versions.size()) {
        *error = versionTooNew(m_describe, component, current, versions.size());
        return false;
    }
    for (; current < versions.size(); ++current) {
        for (const QString &sql : versions.at(current)) {
            // 1050/1060/1061: the table, column or key exists because a crash came between the DDL (which commits
            // on its own) and the version bump; that part of the step is done, so go on.
            if (!query.exec(sql)) {
                const QString code = query.lastError().nativeErrorCode();
                if (code != QLatin1String("1050") && code != QLatin1String("1060") && code != QLatin1String("1061"))
                    return exec(query, sql, error, m_describe);
            }
        }
        QSqlQuery bump(db);
        bump.prepare(QStringLiteral("INSERT INTO payrecon_schema_versions (component, version) VALUES (?, ?) "
                                    "ON DUPLICATE KEY UPDATE version = VALUES(version)"));
        bump.addBindValue(component);
        bump.addBindValue(current + 1);
        if (!bump.exec()) {
            *error = QCoreApplication::translate("LocalStore", "Store %1: %2").arg(m_describe, bump.lastError().text());
            return false;
        }
        qCInfo(lcStore) << "migrated" << component << "in" << m_describe << "to version" << current + 1;
    }
    return true;
}

bool LocalStore::begin(QString *error)
{
    QSqlQuery query(database());
    return exec(
        query, isMySql() ? QStringLiteral("START TRANSACTION") : QStringLiteral("BEGIN IMMEDIATE"), error, m_describe);
}

bool LocalStore::commit(QString *error)
{
    QSqlQuery query(database());
    if (exec(query, QStringLiteral("COMMIT"), error, m_describe))
        return true;
    rollback();
    return false;
}

void LocalStore::rollback()
{
    QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
}
