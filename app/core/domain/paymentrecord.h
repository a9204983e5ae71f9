// The canonical payment record as a value: used at API edges (tests, details panes, reports).
// Bulk storage of millions of records is RecordTable, not a vector of these.
#pragma once

#include "paymentkind.h"

#include <QDateTime>
#include <QString>

struct PaymentRecord
{
    QString transactionId; ///< trimmed, leading zeros kept
    PaymentKind kind = PaymentKind::Approval;
    qint64 amount = 0; ///< won, always the positive magnitude
    QString approvalNo;
    QDateTime occurredAt; ///< UTC instant; sources give local time (Asia/Seoul unless stated)
    QString cardNumber; ///< masked (first 6, last 4) before it ever gets here
    QString cardCompany;
    QString merchantId;
    QString merchantName;
    QString customerId;
    QString category;
    int installmentMonths = 0;

    bool operator==(const PaymentRecord &o) const;
    bool operator!=(const PaymentRecord &o) const { return !(*this == o); }
};
