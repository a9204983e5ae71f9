// Settings → Team store's "Test connection": opens the chosen store read-only on the dialog's worker thread and
// says what is there (server version, PayRecon's schema components) or exactly why it cannot be opened.
#pragma once

#include <QObject>
#include <QString>

struct StoreLocation;

class StoreProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreProbe)

public:
    using QObject::QObject;

public slots:
    /// Runs on the thread this object lives on: the QSqlDatabase is made, used and removed there. \a store is a
    /// LocalStore location (a file path, sqlite:///…, mysql://…); its password is for MySQL and never reported.
    void probe(const StoreLocation &store);

signals:
    /// A sentence for the user: what was found, or the cause of the failure (never the password).
    void finished(bool ok, const QString &message);

private:
    bool probeMySql(const QString &location, const QString &password, QString *message);
    bool probeSqlite(const QString &file, QString *message);
};
