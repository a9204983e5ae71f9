// The MariaDB fixture's settings for the tests that run against it (tests/mariadb/mariadb-fixture.sh writes
// KEY=VALUE lines to the file named by PAYRECON_MARIADB_ENV), and the switch that runs a store suite on
// MariaDB instead of SQLite (PAYRECON_STORE_BACKEND=mysql): team mode is held to the same cases.
#pragma once

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <optional>

struct MariaDbEnv
{
    QHash<QString, QString> values;

    /// Reads the fixture's file and puts its password where payrecon-cli looks for the ledger's
    /// (PAYRECON_LEDGER_PASSWORD), for the CLI processes a test starts. In-process code gets password() as a value.
    static std::optional<MariaDbEnv> load(QString *error)
    {
        const QString path = qEnvironmentVariable("PAYRECON_MARIADB_ENV");
        if (path.isEmpty()) {
            *error = QStringLiteral("PAYRECON_MARIADB_ENV is not set: run through ctest, which starts the MariaDB "
                                    "fixture");
            return std::nullopt;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = path + QStringLiteral(": ") + file.errorString();
            return std::nullopt;
        }
        MariaDbEnv env;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                env.values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        qputenv("PAYRECON_LEDGER_PASSWORD", env.value("PAYRECON_LEDGER_PASSWORD").toUtf8());
        return env;
    }

    QString value(const char *key) const { return values.value(QString::fromLatin1(key)); }
    /// The fixture user's password: what a test hands to the ledger or the store it opens.
    QString password() const { return value("PAYRECON_LEDGER_PASSWORD"); }

    /// The fixture's database as a PayRecon store or ledger location (no password in it).
    QString url() const
    {
        return QStringLiteral("mysql://%1@%2:%3/%4")
            .arg(value("PAYRECON_MARIADB_USER"), value("PAYRECON_MARIADB_HOST"), value("PAYRECON_MARIADB_PORT"),
                value("PAYRECON_MARIADB_DATABASE"));
    }

    /// A direct connection, past PayRecon: what anyone with rights on the database can do.
    bool openAdmin(const QString &connectionName, QString *error) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), connectionName);
        db.setHostName(value("PAYRECON_MARIADB_HOST"));
        db.setPort(value("PAYRECON_MARIADB_PORT").toInt());
        db.setDatabaseName(value("PAYRECON_MARIADB_DATABASE"));
        db.setUserName(value("PAYRECON_MARIADB_USER"));
        db.setPassword(value("PAYRECON_LEDGER_PASSWORD"));
        if (db.open())
            return true;
        *error = db.lastError().text();
        return false;
    }

    /// A store suite's start on MariaDB: loads the fixture and opens \a adminConnection; the store URL, or empty
    /// with \a error set. \a password (optional) receives the password that opens it.
    static QString openTeamStore(const QString &adminConnection, QString *error, QString *password = nullptr)
    {
        const std::optional<MariaDbEnv> env = load(error);
        if (!env || !env->openAdmin(adminConnection, error))
            return {};
        if (password)
            *password = env->password();
        return env->url();
    }

    /// True when the suite was asked to run on MariaDB (PAYRECON_STORE_BACKEND=mysql).
    static bool storeBackendIsMySql()
    {
        return qEnvironmentVariable("PAYRECON_STORE_BACKEND") == QLatin1String("mysql");
    }

    /// Drops every table of PayRecon's store (payrecon_*, with their triggers) through \a connectionName: a fresh
    /// team store for the next case. The fixture's database holds nothing else of that name.
    static bool dropStoreTables(const QString &connectionName, QString *error)
    {
        QSqlQuery q(QSqlDatabase::database(connectionName));
        if (!q.exec(QStringLiteral("SHOW TABLES LIKE 'payrecon\\_%'"))) {
            *error = q.lastError().text();
            return false;
        }
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        q.finish();
        for (const QString &table : tables) {
            if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS `%1`").arg(table))) {
                *error = q.lastError().text();
                return false;
            }
        }
        return true;
    }
};
