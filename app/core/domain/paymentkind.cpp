#include "paymentkind.h"

QString PaymentKinds::toString(PaymentKind kind)
{
    return kind == PaymentKind::Cancel ? QStringLiteral("cancel") : QStringLiteral("approval");
}

std::optional<PaymentKind> PaymentKinds::fromString(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"approval", Qt::CaseInsensitive) == 0)
        return PaymentKind::Approval;
    if (t.compare(u"cancel", Qt::CaseInsensitive) == 0)
        return PaymentKind::Cancel;
    return std::nullopt;
}
