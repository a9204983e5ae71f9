#include "recordtable.h"

#include <limits>

void RecordTable::reserve(qsizetype rows, qsizetype bytesPerRow)
{
    m_transactionId.reserve(rows, rows * bytesPerRow / 4);
    m_approvalNo.reserve(rows, rows * bytesPerRow / 8);
    m_cardNumber.reserve(rows, rows * 16);
    m_customerId.reserve(rows, rows * 8);
    for (DictColumn *d : { &m_cardCompany, &m_merchantId, &m_merchantName, &m_category })
        d->reserve(rows);
    m_amount.reserve(size_t(rows));
    m_occurredAtMs.reserve(size_t(rows));
    m_sourceLine.reserve(size_t(rows));
    m_installment.reserve(size_t(rows));
    m_kind.reserve(size_t(rows));
}

void RecordTable::reserveLike(qsizetype expectedRows)
{
    const qsizetype n = size();
    if (n == 0 || expectedRows <= n)
        return;
    auto bytesFor = [&](const StringColumn &c) {
        return qsizetype(double(c.byteSize()) / double(n) * double(expectedRows)) + 64;
    };
    m_transactionId.reserve(expectedRows, bytesFor(m_transactionId));
    m_approvalNo.reserve(expectedRows, bytesFor(m_approvalNo));
    m_cardNumber.reserve(expectedRows, bytesFor(m_cardNumber));
    m_customerId.reserve(expectedRows, bytesFor(m_customerId));
    for (DictColumn *d : { &m_cardCompany, &m_merchantId, &m_merchantName, &m_category })
        d->reserve(expectedRows);
    m_amount.reserve(size_t(expectedRows));
    m_occurredAtMs.reserve(size_t(expectedRows));
    m_sourceLine.reserve(size_t(expectedRows));
    m_installment.reserve(size_t(expectedRows));
    m_kind.reserve(size_t(expectedRows));
}

void RecordTable::append(const RecordView &r)
{
    m_transactionId.append(r.transactionId);
    m_approvalNo.append(r.approvalNo);
    m_cardNumber.append(r.cardNumber);
    m_cardCompany.append(r.cardCompany);
    m_merchantId.append(r.merchantId);
    m_merchantName.append(r.merchantName);
    m_customerId.append(r.customerId);
    m_category.append(r.category);
    m_amount.push_back(r.amount);
    m_occurredAtMs.push_back(r.occurredAtMs);
    m_sourceLine.push_back(quint32(qBound<qint64>(0, r.sourceLine, std::numeric_limits<quint32>::max())));
    m_installment.push_back(r.installmentMonths);
    m_kind.push_back(quint8(r.kind));
}

const DictColumn *RecordTable::dictionary(Text field) const
{
    switch (field) {
    case Text::CardCompany:
        return &m_cardCompany;
    case Text::MerchantId:
        return &m_merchantId;
    case Text::MerchantName:
        return &m_merchantName;
    case Text::Category:
        return &m_category;
    default:
        return nullptr;
    }
}

qsizetype RecordTable::distinctCount(Text field) const
{
    const DictColumn *d = dictionary(field);
    return d ? d->values().size() : -1;
}

PaymentRecord RecordTable::record(qsizetype row) const
{
    PaymentRecord p;
    p.transactionId = QString::fromUtf8(transactionId(row));
    p.kind = kind(row);
    p.amount = amount(row);
    p.approvalNo = QString::fromUtf8(approvalNo(row));
    p.occurredAt = QDateTime::fromMSecsSinceEpoch(occurredAtMs(row), Qt::UTC);
    p.cardNumber = QString::fromUtf8(m_cardNumber.at(row));
    p.cardCompany = QString::fromUtf8(m_cardCompany.at(row));
    p.merchantId = QString::fromUtf8(m_merchantId.at(row));
    p.merchantName = QString::fromUtf8(m_merchantName.at(row));
    p.customerId = QString::fromUtf8(m_customerId.at(row));
    p.category = QString::fromUtf8(m_category.at(row));
    p.installmentMonths = installmentMonths(row);
    return p;
}

qsizetype RecordTable::memoryUsage() const
{
    qsizetype bytes = m_transactionId.capacityBytes() + m_approvalNo.capacityBytes() + m_cardNumber.capacityBytes()
        + m_customerId.capacityBytes();
    for (const DictColumn *d : { &m_cardCompany, &m_merchantId, &m_merchantName, &m_category })
        bytes += d->capacityBytes();
    bytes += qsizetype(m_amount.capacity() * sizeof(qint64) + m_occurredAtMs.capacity() * sizeof(qint64)
        + m_sourceLine.capacity() * sizeof(quint32) + m_installment.capacity() * sizeof(qint32) + m_kind.capacity());
    return bytes;
}
