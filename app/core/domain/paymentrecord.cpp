#include "paymentrecord.h"

bool PaymentRecord::operator==(const PaymentRecord &o) const
{
    return transactionId == o.transactionId && kind == o.kind && amount == o.amount && approvalNo == o.approvalNo
        && occurredAt == o.occurredAt && cardNumber == o.cardNumber && cardCompany == o.cardCompany
        && merchantId == o.merchantId && merchantName == o.merchantName && customerId == o.customerId
        && category == o.category && installmentMonths == o.installmentMonths;
}
