// PayRecon's own durable store: the outboxes (Elasticsearch, Discord), runs and the audit trail.
// SQLite in the user's data directory by default. Each component owns its tables and versions them
// with its own migration list, so the publisher, the alerts and the resolution work evolve separately.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class LocalStore
{
public:
    /// <AppDataLocation>/payrecon-store.sqlite; PAYRECON_STORE overrides it (tests, automation).
    static QString defaultPath();

    explicit LocalStore(QString path = defaultPath());
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    /// Opens a connection owned by the calling thread (one LocalStore per thread; never share it).
    /// Creates the file and its directory (owner-only) if missing. On failure returns false and sets
    /// \a error to a message naming the file.
    bool open(QString *error);
    bool isOpen() const;
    QSqlDatabase database() const;
    QString path() const { return m_path; }

    /// Brings \a component's tables to the last version: versions[i] holds the statements that take
    /// it from version i to i + 1. Each step runs in one transaction together with the version bump,
    /// so a crash leaves either the old or the new schema. A store written by a newer PayRecon
    /// (recorded version beyond the list) is refused rather than misread.
    bool migrate(const QString &component, const QList<QStringList> &versions, QString *error);
    /// The recorded schema version of \a component, 0 when it has none.
    int schemaVersion(const QString &component) const;

private:
    QString m_path;
    QString m_connectionName;
};
