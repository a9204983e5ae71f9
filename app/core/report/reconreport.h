// Everything the signed reconciliation report shows, as plain data: the PDF writer draws it, the store can
// fill in resolutions, and nothing here needs a GUI.
#pragma once

#include "domain/paymentkind.h"
#include "import/rejectedrow.h"
#include "reconcile/reconstatus.h"
#include "reconcile/reconsummary.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <array>
#include <memory>
#include <optional>
#include <vector>

struct ReconReport
{
    /// One input of the run: a file with its hash, or a ledger database (no hash).
    struct Input
    {
        QString role; ///< "ledger" or "VAN file"
        QString name; ///< file name or ledger URL, never with a password
        QString sha256; ///< lower-case hex of the file's bytes; empty for a database or an unreadable file
        QString profile; ///< profile that read a file; empty for a database
        qint64 rowsRead = 0; ///< records loaded from this input
        qint64 rowsRejected = 0; ///< rows of this input that could not be read
    };

    /// One hour of the Korean day (00–23), both sides.
    struct HourVolume
    {
        qint64 ledgerCount = 0;
        qint64 ledgerWon = 0; ///< approvals minus cancellations
        qint64 vanCount = 0;
        qint64 vanWon = 0;
    };

    /// One outcome that is not matched, with what the finance office decided about it.
    struct Discrepancy
    {
        QString transactionId;
        PaymentKind kind = PaymentKind::Approval;
        ReconStatus status = ReconStatus::Mismatched;
        quint8 reasons = ReasonNone; ///< ReconReason bits
        DuplicateSide duplicateSide = DuplicateSide::None;
        std::optional<qint64> ledgerAmount; ///< empty when the ledger has no record
        std::optional<qint64> vanAmount; ///< empty when the VAN file has no record
        QString ledgerApprovalNo;
        QString vanApprovalNo;
        qint64 occurredAtMs = 0; ///< UTC; the ledger's time when both sides have one
        QString merchantName;
        QString resolution; ///< empty = still open
        QString reasonCode;
        QString note;
        QString resolvedBy;
        qint64 resolvedAtMs = 0; ///< UTC; 0 = not resolved
    };

    static constexpr int TopMerchants = 3;

    // Header
    QStringList merchantNames; ///< the most frequent merchant names of the run, at most TopMerchants
    qint64 merchantCount = 0; ///< distinct merchant names in the run
    QDate from; ///< Korean calendar dates the run covers
    QDate to;
    qint64 generatedAtMs = 0; ///< UTC
    QString operatorName;
    std::vector<Input> inputs;
    QString version;
    qint64 runId = 0; ///< 0 = the run is not stored

    ReconSummary summary;
    std::array<HourVolume, 24> hourly {};
    std::vector<Discrepancy> discrepancies; ///< engine order: ledger order, then the VAN-only records
    std::vector<RejectedRow> rejected;
    qint64 rejectedCount = 0; ///< may exceed rejected.size() when the importer kept only the first ones

    /// Discrepancies with a resolution.
    qint64 resolvedCount() const;
};

Q_DECLARE_METATYPE(std::shared_ptr<const ReconReport>)
