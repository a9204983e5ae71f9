// Counts and won totals per status and per reason, the figures every report and chart starts from.
#pragma once

#include "import/controltotalcheck.h"
#include "import/lineaccount.h"
#include "reconstatus.h"

#include <QJsonObject>
#include <array>

struct ReconTotals
{
    qint64 count = 0;
    qint64 ledgerWon = 0; ///< sum of amounts of the ledger records involved
    qint64 vanWon = 0; ///< sum of amounts of the VAN records involved
};

struct ReconSummary
{
    std::array<ReconTotals, ReconStatusCount> byStatus {};
    ReconTotals amountReason; ///< mismatched rows whose amount differs
    ReconTotals approvalNoReason; ///< mismatched rows whose approval number differs
    qint64 ledgerRecords = 0;
    qint64 vanRecords = 0;
    qint64 ledgerNetWon = 0; ///< approvals minus cancellations
    qint64 vanNetWon = 0;
    qint64 rejectedRows = 0;
    LineAccount vanLines; ///< where every line of the VAN file went; empty when there was no file
    ControlTotalCheck controlTotal; ///< the VAN file's total line against what was read

    const ReconTotals &operator[](ReconStatus s) const { return byStatus[size_t(s)]; }
    /// Every outcome that is not matched, plus rejected rows, plus one for a control total that failed.
    qint64 discrepancies() const;
    QJsonObject toJson() const;
    /// Reads what toJson() wrote (a stored run's summary); missing fields stay zero.
    static ReconSummary fromJson(const QJsonObject &json);
};
