// PayRecon's own durable store: the outboxes (Elasticsearch, Discord), runs and the audit trail.
// SQLite in the user's data directory by default; for a team, tables in the MySQL/MariaDB database that all
// operators share, so the outboxes and the open items are one queue for everyone, not one per machine. Each
// component owns its tables and versions them with its own migration list (one per backend), so the publisher,
// the alerts and the resolution work evolve separately.
#pragma once

#include "store/storelocation.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class LocalStore final
{
public:
    enum class Backend { Sqlite, MySql };

    /// <AppDataLocation>/payrecon-store.sqlite; PAYRECON_STORE overrides it (tests, automation).
    static QString defaultPath();
    /// Where this user's store is configured: PAYRECON_STORE_URL, else settings "store/url" (the team's MySQL
    /// store), else defaultPath(). Only the location: the edges resolve its password (SecretResolver).
    static QString configuredLocation();

    /// \a location: a SQLite file path, sqlite:///path, or mysql://user@host[:port]/db[?socket=…] with its password
    /// (never in the location). An empty location is defaultPath().
    explicit LocalStore(StoreLocation location);
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    /// Opens a connection owned by the calling thread (one LocalStore per thread; never share it).
    /// SQLite: creates the file and its directory (owner-only) if missing. On failure returns false and sets
    /// \a error to a message naming the store.
    bool open(QString *error);
    bool isOpen() const;
    QSqlDatabase database() const;
    /// What the store was constructed with: give it to another thread's LocalStore for a second connection.
    const StoreLocation &location() const { return m_location; }
    /// For messages: the file, or the MySQL location without credentials.
    QString describe() const;
    /// Known once open() parsed the location.
    Backend backend() const { return m_backend; }
    bool isMySql() const { return m_backend == Backend::MySql; }

    /// Brings \a component's tables to the last version: versions[i] holds the statements that take
    /// it from version i to i + 1. Each step runs in one transaction together with the version bump,
    /// so a crash leaves either the old or the new schema. A store written by a newer PayRecon
    /// (recorded version beyond the list) is refused rather than misread. SQLite only.
    bool migrate(const QString &component, const QList<QStringList> &versions, QString *error);
    /// The same for both backends: the list that fits the open store is applied. MySQL's DDL commits on its own,
    /// so there a server lock keeps two PayRecons from migrating together, and a step interrupted between its DDL
    /// and the version bump is completed on the next start (duplicate column or key errors count as done).
    bool migrate(const QString &component, const QList<QStringList> &sqliteVersions,
        const QList<QStringList> &mysqlVersions, QString *error);
    /// The recorded schema version of \a component, 0 when it has none.
    int schemaVersion(const QString &component) const;

    /// A write transaction. SQLite takes the write lock at once (BEGIN IMMEDIATE), so a second process waits for
    /// it instead of failing midway; MySQL starts an ordinary transaction (rows lock as they are written).
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    bool openSqlite(QString *error);
    bool migrateMySql(const QString &component, const QList<QStringList> &versions, QString *error);

    StoreLocation m_location;
    QString m_file; ///< SQLite
    QString m_describe;
    QString m_connectionName;
    Backend m_backend = Backend::Sqlite;
};
