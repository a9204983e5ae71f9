// One line of the append-only audit trail: who did what to which item, from which values to which.
#pragma once

#include <QJsonObject>
#include <QString>

struct AuditEntry
{
    qint64 id = 0;
    qint64 atMs = 0; ///< UTC ms
    QString operatorName;
    QString action; ///< run_recorded, accept_ledger, accept_van, write_off, pending, pair, undo, matched_late
    qint64 runId = 0;
    qint64 itemId = 0; ///< 0 for run-level entries
    qint64 batchId = 0; ///< entries written by one operator action share it (bulk resolve, pair, undo)
    qint64 undoesBatchId = 0; ///< undo entries: the batch they revert
    QString reasonCode;
    QString note;
    QJsonObject before; ///< state, reason_code, note, paired_item_id, version before the change
    QJsonObject after;
    QString hash; ///< SHA-256 over the previous entry's hash and this entry's content: a tamper-evident chain
};

struct AuditFilter
{
    qint64 fromMs = 0; ///< inclusive; 0 = unbounded
    qint64 toMs = 0; ///< exclusive; 0 = unbounded
    QString operatorName; ///< empty = any
    QString action; ///< empty = any
    qint64 runId = 0; ///< 0 = any
    qint64 itemId = 0; ///< 0 = any
    int limit = 100000;
};
