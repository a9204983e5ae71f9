// One open item on one side (ledger-only or VAN-only) as the suggestion engine sees it: plain values, so it works
// for the rows of the current run and for open items carried over from earlier days alike.
#pragma once

#include "domain/paymentkind.h"

#include <QByteArray>

struct SuggestionItem
{
    qint64 id = 0; ///< the caller's id (store item id or row index); echoed back in Suggestion
    QByteArray transactionId; ///< UTF-8 as read, leading zeros kept
    PaymentKind kind = PaymentKind::Approval;
    qint64 amount = 0; ///< won, positive magnitude
    QByteArray approvalNo; ///< empty when the source has none
    qint64 occurredAtMs = 0; ///< UTC milliseconds
    QByteArray cardLast4; ///< last 4 digits of the masked card, empty when unknown
};
