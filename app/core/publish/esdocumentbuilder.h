// Turns one reconciliation into Elasticsearch documents: matched rows for the verified index (_id
// "<transaction_id>:<kind>"), every other outcome for the mismatch log (_id "<run_id>:<transaction_id>:<kind>",
// plus the record rows for duplicates). Only masked card numbers are written; money is integer won; times
// carry the Korea offset (+09:00).
#pragma once

#include "esdocument.h"

#include "domain/recordtable.h"
#include "reconcile/reconengine.h"
#include "resolve/openitem.h"

#include <QDate>
#include <QDateTime>
#include <functional>

class EsDocumentBuilder
{
public:
    /// Receives each document; returning false stops the build (a failed store write, a cancel).
    using Sink = std::function<bool(EsDocument &&doc)>;

    EsDocumentBuilder(QString verifiedIndex, QString mismatchIndex, QString runId, QDate runDate);

    /// "20261125T143300Z-1a2b3c4d": sortable by time, unique across machines and processes.
    static QString newRunId(const QDateTime &nowUtc);
    /// "2026-11-24T13:05:00.000+09:00" for epoch milliseconds: Korea's offset has been fixed since 1988.
    static QByteArray kstTimestamp(qint64 msSinceEpoch);

    /// Emits the documents of \a result in its row order. Returns how many were emitted, or -1 when the sink
    /// stopped the build.
    qint64 build(const RecordTable &ledger, const RecordTable &van, const ReconResult &result, const Sink &sink) const;
    EsDocument verified(const RecordTable &ledger, const RecordTable &van, const ReconRow &row) const;
    EsDocument mismatch(const RecordTable &ledger, const RecordTable &van, const ReconRow &row) const;

    /// A discrepancy an operator resolved as verified (accepted, paired, matched late) as a verified-index
    /// document: _id "<transaction_id>:<kind>" of the record that stands (the ledger's for a pair), status
    /// "resolved" with who, when, and the reason code and note.
    EsDocument resolved(const OpenItem &item) const;
    /// Whether \a item publishes a verified document: verified states only, and one document per payment (a
    /// pair or late match publishes its ledger side; an item closed by a later run's own match publishes nothing,
    /// that run's matched row already did).
    static bool publishesResolved(const OpenItem &item);
    /// The deletion of the verified document resolved() made for \a item, once its resolution is undone.
    EsDocument withdrawn(const OpenItem &item) const;

    /// How many card values looked like full PANs and were masked here (should always be 0: the importers mask).
    qint64 maskedHere() const { return m_maskedHere; }

private:
    QString m_verifiedIndex;
    QString m_mismatchIndex;
    QByteArray m_runId;
    QByteArray m_runDate;
    mutable qint64 m_maskedHere = 0;
};
