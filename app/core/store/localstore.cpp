#include "localstore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
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

bool exec(QSqlQuery &query, const QString &sql, QString *error, const QString &path)
{
    if (query.exec(sql))
        return true;
    *error = QCoreApplication::translate("LocalStore", "Store %1: %2 (statement: %3)")
                 .arg(QDir::toNativeSeparators(path), query.lastError().text(), sql.simplified().left(200));
    return false;
}
} // namespace

QString LocalStore::defaultPath()
{
    const QString env = qEnvironmentVariable("PAYRECON_STORE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/payrecon-store.sqlite");
}

LocalStore::LocalStore(QString path)
    : m_path { std::move(path) }
{ }

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
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QCoreApplication::translate("LocalStore", "Cannot create the store folder %1")
                     .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    const bool existed = info.exists();
    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // Writers in two processes (GUI and a nightly CLI) queue on the lock instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error = QCoreApplication::translate("LocalStore", "Cannot open the store %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        return false;
    }
    if (!existed) // outbox rows name transactions and customers: keep the file to its owner
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlQuery query(db);
    // WAL: readers (the GUI's counts) never block the publisher; synchronous=FULL because an outbox
    // row acknowledged as written must survive a power cut, or "nothing lost" is a lie.
    // cache_size: SQLite's default 2 MB cache made every B-tree step of a million-row outbox a pread/pwrite
    // system call (a third of the publisher's time); 64 MiB is a fixed bound, whatever the outbox holds.
    // page_size (new files only; it must precede WAL): 16 KiB pages write a published chunk with a quarter of
    // the system calls of 4 KiB ones.
    for (const char *pragma : { "PRAGMA page_size=16384", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
             "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-65536" }) {
        if (!exec(query, QString::fromLatin1(pragma), error, m_path))
            return false;
    }
    if (!exec(query,
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_versions ("
                           "component TEXT PRIMARY KEY, version INTEGER NOT NULL)"),
            error, m_path))
        return false;
    qCDebug(lcStore) << "opened" << m_path;
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
    query.prepare(QStringLiteral("SELECT version FROM schema_versions WHERE component = ?"));
    query.addBindValue(component);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

bool LocalStore::migrate(const QString &component, const QList<QStringList> &versions, QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // BEGIN IMMEDIATE: two processes starting together must not both apply the same step.
    if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), error, m_path))
        return false;
    int current = schemaVersion(component);
    if (current > versions.size()) {
        query.exec(QStringLiteral("ROLLBACK"));
        *error = QCoreApplication::translate("LocalStore",
            "Store %1: \"%2\" has schema version %3, newer than this PayRecon "
            "understands (%4). Update PayRecon.")
                     .arg(QDir::toNativeSeparators(m_path), component)
                     .arg(current)
                     .arg(versions.size());
        return false;
    }
    for (; current < versions.size(); ++current) {
        for (const QString &sql : versions.at(current)) {
            if (!exec(query, sql, error, m_path)) {
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
            *error = QCoreApplication::translate("LocalStore", "Store %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), bump.lastError().text());
            query.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        qCInfo(lcStore) << "migrated" << component << "to version" << current + 1;
    }
    return exec(query, QStringLiteral("COMMIT"), error, m_path);
}
