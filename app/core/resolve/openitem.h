// One stored discrepancy: a mismatched pair, or a record present on one side only, with its resolution.
#pragma once

#include "domain/paymentkind.h"
#include "itemstate.h"
#include "reconcile/reconstatus.h"

#include <QString>

struct OpenItem
{
    enum class Side : quint8 { Ledger = 1, Van = 2, Both = 3 };

    qint64 id = 0;
    qint64 runId = 0;
    Side side = Side::Ledger;
    ReconStatus status
        = ReconStatus::LedgerOnly; ///< the engine's outcome (mismatched, ledger_only, van_only, duplicate)
    quint8 reasons = ReasonNone;
    QString transactionId;
    PaymentKind kind = PaymentKind::Approval;
    qint64 ledgerAmount = 0; ///< won; meaningful when side has Ledger
    qint64 vanAmount = 0; ///< won; meaningful when side has Van
    QString ledgerApprovalNo;
    QString vanApprovalNo;
    qint64 occurredAtMs = 0; ///< UTC ms of the record (the ledger's when both)
    QString cardNumber; ///< masked at ingestion; never a full number
    QString merchantName;
    QString customerId;
    QString category;
    QString cardCompany;
    QString merchantId;
    qint32 installmentMonths = 0;
    qint64 sourceLine = 0; ///< line in the VAN file or row of the ledger query

    ItemState state = ItemState::Open;
    qint64 pairedItemId = 0; ///< PairedManually / MatchedLate: the item on the other side
    qint64 resolvedInRunId = 0; ///< MatchedLate: the run that brought the counterpart
    QString reasonCode;
    QString note;
    QString updatedBy; ///< operator of the last change (empty while never touched)
    qint64 updatedAtMs = 0;
    int version = 0; ///< optimistic concurrency: every change bumps it

    bool hasLedger() const { return quint8(side) & quint8(Side::Ledger); }
    bool hasVan() const { return quint8(side) & quint8(Side::Van); }
    /// Amount of whichever side exists (the ledger's for a pair).
    qint64 amount() const { return hasLedger() ? ledgerAmount : vanAmount; }
};
