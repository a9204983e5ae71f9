// Small reconciliations and resolution requests shared by the store, publishing and report tests.
#pragma once

#include "ledgersamples.h"
#include "reconcile/reconciliationjob.h"
#include "reconcile/reconengine.h"
#include "resolve/reconstore.h"

#include <QList>

namespace ReconSamples {
/// A payment at 23:58 KST on 2026-11-24 (the classic late one), Korean merchant, a card masked on the way in.
inline PaymentRecord payment(const QString &id, qint64 amount, const QString &approval,
    PaymentKind kind = PaymentKind::Approval, const QString &merchant = QStringLiteral("강남점 커피"))
{
    PaymentRecord r = LedgerSamples::record(id, kind, amount, LedgerSamples::seoulMs(2026, 11, 24, 23, 58, 0));
    r.approvalNo = approval;
    r.merchantName = merchant;
    r.cardNumber = QStringLiteral("9410123456781234");
    return r;
}

/// Both sides loaded and matched by the real engine.
inline ReconOutcome outcome(const QList<PaymentRecord> &ledger, const QList<PaymentRecord> &van)
{
    ReconOutcome o;
    for (const PaymentRecord &r : ledger)
        LedgerSamples::append(o.ledger, r);
    for (const PaymentRecord &r : van)
        LedgerSamples::append(o.van, r);
    o.result = ReconEngine().run(o.ledger, o.van);
    return o;
}

inline const OpenItem *find(const std::vector<OpenItem> &items, const QString &id, OpenItem::Side side)
{
    for (const OpenItem &it : items) {
        if (it.transactionId == id && it.side == side)
            return &it;
    }
    return nullptr;
}

/// One action on the items at the versions given (what the operator saw).
inline ResolveRequest request(ResolveAction action, std::initializer_list<const OpenItem *> items,
    const QString &note = QStringLiteral("checked with the card company"),
    const QString &reason = QStringLiteral("TIMING"))
{
    ResolveRequest r;
    r.action = action;
    r.note = note;
    r.reasonCode = reason;
    for (const OpenItem *it : items)
        r.items.push_back({ it->id, it->version });
    return r;
}
} // namespace ReconSamples
