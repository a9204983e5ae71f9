#include "recordtable.h"



void RecordTable::reserve(qsizetype rows, qsizetype bytesPerRow)
{
    for (auto &c : m_text)
        c.reserve(rows, rows * bytesPerRow / TextCount);
    m_amount.reserve(size_t(rows));
    m_occurredAtMs.reserve(size_t(rows));
    m_sourceLine.reserve(size_t(rows));
    m_installment.reserve(size_t(rows));
    m_kind.reserve(size_t(rows));
}

void RecordTable::append(const RecordView &r)
{
    m_text[size_t(Text::TransactionId)].append(r.transactionId);
    m_text[size_t(Text::ApprovalNo)].append(r.approvalNo);
    m_text[size_t(Text::CardNumber)].append(r.cardNumber);
    m_text[size_t(Text::CardCompany)].append(r.cardCompany);
    m_text[size_t(Text::MerchantId)].append(r.merchantId);
    m_text[size_t(Text::MerchantName)].append(r.merchantName);
    m_text[size_t(Text::CustomerId)].append(r.customerId);
    m_text[size_t(Text::Category)].append(r.category);
    m_amount.push_back(r.amount);
    m_occurredAtMs.push_back(r.occurredAtMs);
    m_sourceLine.push_back(r.sourceLine);
    m_installment.push_back(r.installmentMonths);
    m_kind.push_back(quint8(r.kind));
}

PaymentRecord RecordTable::record(qsizetype row) const
{
    PaymentRecord p;
    p.transactionId = m_text[size_t(Text::TransactionId)].string(row);
    p.kind = kind(row);
    p.amount = amount(row);
    p.approvalNo = m_text[size_t(Text::ApprovalNo)].string(row);
    p.occurredAt = QDateTime::fromMSecsSinceEpoch(occurredAtMs(row), Qt::UTC);
    p.cardNumber = m_text[size_t(Text::CardNumber)].string(row);
    p.cardCompany = m_text[size_t(Text::CardCompany)].string(row);
    p.merchantId = m_text[size_t(Text::MerchantId)].string(row);
    p.merchantName = m_text[size_t(Text::MerchantName)].string(row);
    p.customerId = m_text[size_t(Text::CustomerId)].string(row);
    p.category = m_text[size_t(Text::Category)].string(row);
    p.installmentMonths = installmentMonths(row);
    return p;
}

qsizetype RecordTable::memoryUsage() const
{
    qsizetype bytes = 0;
    for (const auto &c : m_text)
        bytes += c.byteSize() + c.size() * qsizetype(sizeof(quint32));
    bytes += qsizetype(m_amount.capacity() * sizeof(qint64) + m_occurredAtMs.capacity() * sizeof(qint64)
                       + m_sourceLine.capacity() * sizeof(qint64) + m_installment.capacity() * sizeof(qint32)
                       + m_kind.capacity());
    return bytes;
}
