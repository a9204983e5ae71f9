// Where the merchant ledger lives: a SQLite file or a MySQL/MariaDB database, parsed from a URL.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

struct LedgerUrl
{
    enum class Driver { Sqlite, MySql };

    Driver driver = Driver::Sqlite;
    QString path; ///< SQLite file, absolute or relative to the working directory
    QString host;
    int port = 3306;
    QString database;
    QString user;
    QString password; ///< set by whoever opens the ledger (LedgerConnection::parse), never from the URL
    QString socket; ///< MySQL unix socket (?socket=), empty for TCP

    /// Accepts sqlite:///abs/path.db, sqlite://relative/path.db, mysql://user@host[:port]/database[?socket=/path].
    /// Returns nullopt with a message for the user in *error on anything else, including a password in the URL.
    /// The password stays empty: it is not part of the URL (LedgerConnection brings it).
    static std::optional<LedgerUrl> parse(const QString &url, QString *error);
    /// The URL in canonical form for messages and logs; never contains the password.
    QString redacted() const;

    Q_DECLARE_TR_FUNCTIONS(LedgerUrl)
};
