// PayRecon's own durable store: the outboxes (Elasticsearch, Discord), runs and the audit trail.
// SQLite in the user's data directory by default; for a team, tables in the MySQL/MariaDB database that all
// operators share, so the outboxes and the open items are one queue for everyone, not one per machine. Each
// component owns its tables and versions them with its own migration list (one per backend), so the publisher,
// the alerts and the resolution work evolve separately.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class LocalStore
{
public:
    enum class Backend { Sqlite, MySql };

    /// <AppDataLocation>/payrecon-store.sqlite; PAYRECON_STORE overrides it (tests, automation).
    static QString defaultPath();
    /// Where this user's store lives: the session's location when one is pinned, else configuredLocation().
    static QString defaultLocation();
    /// PAYRECON_STORE_URL, else settings "store/url" (the team's MySQL store), else defaultPath().
    static QString configuredLocation();
    /// Pins defaultLocation() for the rest of the process: the window's outboxes, alerts and open items were
    /// opened on it at start, so a store/url saved later must not send some of its work to another store before
    /// the next start. Thread-safe.
    static void pinSessionLocation(const QString &location);

    /// The store's own password variable; over the keychain's store/password and PAYRECON_LEDGER_PASSWORD.
    static constexpr char PasswordVariable[] = "PAYRECON_STORE_PASSWORD";

    /// The MySQL password every LocalStore of this process uses when PAYRECON_STORE_PASSWORD is not set: what the
    /// app found in the keychain at start, or what the Team store dialog was given for this session. Thread-safe;
    /// never logged.
    static void setDefaultPassword(const QString &password);
    /// Forgets it: the provider, then PAYRECON_LEDGER_PASSWORD count again.
    static void clearDefaultPassword();
    /// Asked once, the first time a MySQL store opens without PAYRECON_STORE_PASSWORD or a default password (the
    /// CLI reads the keychain only when a command needs the team store); nullopt falls through to
    /// PAYRECON_LEDGER_PASSWORD. Its answer becomes the default password. It runs under LocalStore's lock, on
    /// whichever thread opens the store first: it must not call LocalStore.
    static void setPasswordProvider(std::function<std::optional<QString>()> provider);
    /// The MySQL password open() uses: PAYRECON_STORE_PASSWORD (set, even empty), else the default password, else
    /// the provider's, else PAYRECON_LEDGER_PASSWORD (what earlier versions used).
    static QString password();

    /// \a location: a SQLite file path, sqlite:///path, or mysql://user@host[:port]/db[?socket=…] (password from
    /// password(); never in the location).
    explicit LocalStore(QString location = defaultPath());
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
    QString path() const { return m_location; }
    /// For messages: the file, or the MySQL location without credentials.
    QString describe() const;
    /// \a location fit for a message: a password someone wrote into a URL is masked.
    static QString redactedLocation(const QString &location);
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

    QString m_location;
    QString m_file; ///< SQLite
    QString m_describe;
    QString m_connectionName;
    Backend m_backend = Backend::Sqlite;
};
