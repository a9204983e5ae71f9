// Reads ledger rows past a high-water id for the monitor, over one long-lived connection opened (and used)
// in the calling thread under a unique name. Same ledger URLs and canonical column aliases as reconciliation.
#pragma once

#include "alerts/alertsettings.h"
#include "alerts/paymentevent.h"
#include "ledger/ledgerurl.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class LedgerPoller
{
    Q_DECLARE_TR_FUNCTIONS(LedgerPoller)

public:
    LedgerPoller(LedgerUrl url, const AlertSettings &settings);
    ~LedgerPoller();
    LedgerPoller(const LedgerPoller &) = delete;
    LedgerPoller &operator=(const LedgerPoller &) = delete;

    bool open(QString *error);
    bool isOpen() const;
    void close();

    /// Rows with id > \a after in id order (at most the batch size with the default query). A row that
    /// cannot be read is skipped with a warning naming its id, but still moves *lastId, so one bad row
    /// cannot stall the monitor. False on a failed query: the caller closes and reconnects.
    bool fetch(qint64 after, QList<PaymentEvent> *rows, qint64 *lastId, QString *error);
    /// The largest id in the table (0 when empty): where a first start begins.
    std::optional<qint64> maxId(QString *error);

    /// The SELECT run on every poll (the configured one, or one built from table and id column).
    QString pollQuery() const;
    /// Identifies this ledger and id column in the store; holds no secret.
    QString source() const;
    /// Rows skipped as unreadable since open().
    qint64 skippedRows() const { return m_skipped; }

private:
    LedgerUrl m_url;
    AlertSettings m_settings;
    QString m_connection;
    qint64 m_skipped = 0;
};
