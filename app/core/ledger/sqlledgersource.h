// Loads the merchant ledger from a SQL database (SQLite or MySQL/MariaDB) into a RecordTable, streaming the
// result set row by row so millions of rows cost only the table's compact storage.
#pragma once

#include "domain/recordtable.h"
#include "import/rejectedrow.h"
#include "ledger/ledgerurl.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <atomic>
#include <functional>
#include <vector>

struct LedgerLoadResult
{
    RecordTable table;
    std::vector<RejectedRow> rejected;
    qint64 rejectedCount = 0; ///< exact, even when rejected was capped
    QString error; ///< fatal: cannot connect, bad query, missing column alias; never holds the password
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

class SqlLedgerSource
{
    Q_DECLARE_TR_FUNCTIONS(SqlLedgerSource)

public:
    using Progress = std::function<void(qint64 rowsDone)>;

    explicit SqlLedgerSource(LedgerUrl url);

    /// A SELECT whose column aliases are the canonical field names; :from and :to are bound when present.
    void setQuery(const QString &sql) { m_query = sql; }
    /// Inclusive local (Asia/Seoul) dates; an invalid date leaves that end open.
    void setRange(QDate from, QDate to);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    /// Caps how many rejected rows are kept in full (the count is always exact).
    void setRejectedLimit(qsizetype limit) { m_rejectedLimit = limit; }

    /// Opens its own uniquely named connection in the calling thread and removes it before returning.
    LedgerLoadResult load() const;

    /// Opens the database and runs SELECT 1; *message gets the server version or the driver's exact error.
    static bool testConnection(const LedgerUrl &url, QString *message);
    /// Adds a connection named \a connectionName in the calling thread and opens it read-only: the one place
    /// that knows the drivers' options, shared by the loader and the alert monitor. The caller removes the
    /// connection (also after a failure). A MySQL read timeout of 0 means none. Errors name the driver, the
    /// missing file or the redacted URL.
    static bool openConnection(
        const LedgerUrl &url, const QString &connectionName, int connectTimeoutS, int readTimeoutS, QString *error);

private:
    LedgerUrl m_url;
    QString m_query;
    QDate m_from;
    QDate m_to;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    qsizetype m_rejectedLimit = 1000000;
};
