// One ledger row as the alert rules see it: a value with the card number already masked.
#pragma once

#include "domain/paymentkind.h"

#include <QString>

struct PaymentEvent
{
    qint64 rowId = 0; ///< the ledger's high-water column (auto-increment id)
    QString transactionId;
    PaymentKind kind = PaymentKind::Approval;
    qint64 amount = 0; ///< won, positive magnitude
    qint64 occurredAtMs = 0; ///< UTC milliseconds; the ledger holds Asia/Seoul wall-clock time
    QString cardNumber; ///< masked (first 6, last 4) before it gets here
    QString cardCompany;
    QString merchantId;
    QString merchantName;
    QString customerId;
};
