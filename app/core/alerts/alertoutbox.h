// The durable alert outbox (LocalStore component "alert_outbox") and the monitor's high-water marks.
// An alert is recorded before it is sent, in the same transaction that advances the mark past its row,
// so a crash can neither lose an alert nor raise one twice; it is marked delivered only on a 2xx.
#pragma once

#include "alerts/alert.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

class LocalStore;

struct OutboxEntry
{
    qint64 seq = 0; ///< delivery order: ascending, assigned when recorded
    QString dedupeKey;
    AlertDeliveryState state = AlertDeliveryState::Pending;
    int attempts = 0;
    QString lastError; ///< why the last attempt failed (HTTP status, Discord's message), never the URL
    QDateTime createdAt; ///< UTC
    QDateTime deliveredAt; ///< UTC, invalid until delivered
    Alert alert;
};

class AlertOutbox
{
    Q_DECLARE_TR_FUNCTIONS(AlertOutbox)

public:
    static constexpr char Component[] = "alert_outbox";

    /// \a store must be open and stay open (and on this thread) while the outbox is used.
    explicit AlertOutbox(LocalStore &store);

    /// Creates or upgrades the outbox tables.
    bool migrate(QString *error);

    /// The mark recorded for \a source (a ledger URL without secrets + id column); nullopt when none yet.
    std::optional<qint64> highWaterMark(const QString &source, QString *error = nullptr) const;
    /// Sets the mark without alerts (first start: the ledger's current maximum id).
    bool setHighWaterMark(const QString &source, qint64 mark, QString *error);
    /// In one transaction: records \a alerts (an alert whose dedupe key is already there is skipped) and
    /// moves the mark of \a source to \a mark. *recorded gets the alerts actually added, with their seq.
    bool record(
        const QString &source, qint64 mark, const QList<Alert> &alerts, QList<OutboxEntry> *recorded, QString *error);

    /// Oldest pending first, at most \a limit.
    QList<OutboxEntry> pending(int limit, QString *error = nullptr) const;
    qint64 pendingCount() const;
    /// Newest first, any state.
    QList<OutboxEntry> recent(int limit, QString *error = nullptr) const;

    /// One process at a time sends the outbox (the window's monitor and a `payrecon-cli alerts --flush`
    /// share the store): takes or renews the lease for \a owner for \a ttlMs. False when another owner holds
    /// an unexpired lease; *holder then names it. A crashed holder's lease simply expires.
    bool acquireDeliveryLease(const QString &owner, int ttlMs, QString *holder);
    void releaseDeliveryLease(const QString &owner);

    /// Deletes delivered and failed entries recorded more than \a days ago (pending ones are never deleted);
    /// returns how many, or -1 on error.
    int pruneDelivered(int days, QString *error);

    bool markDelivered(const QList<qint64> &seqs, QString *error);
    /// Counts an attempt and keeps the entries pending.
    bool markAttempt(const QList<qint64> &seqs, const QString &why, QString *error);
    /// Discord refused the payload itself: retrying cannot help, so the entries leave the queue.
    bool markFailed(const QList<qint64> &seqs, const QString &why, QString *error);

private:
    bool update(const QString &sql, const QList<qint64> &seqs, const QVariantList &values, QString *error);

    LocalStore &m_store;
};
