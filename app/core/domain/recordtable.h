// Compact column storage for the records of one side (ledger or VAN file), built for millions of rows.
#pragma once

#include "dictcolumn.h"
#include "paymentrecord.h"
#include "stringcolumn.h"

#include <QByteArrayView>

/// One record's fields as views into UTF-8 bytes; how importers hand rows to RecordTable::append.
struct RecordView
{
    QByteArrayView transactionId;
    PaymentKind kind = PaymentKind::Approval;
    qint64 amount = 0;
    QByteArrayView approvalNo;
    qint64 occurredAtMs = 0; ///< milliseconds since the epoch, UTC
    QByteArrayView cardNumber; ///< must already be masked
    QByteArrayView cardCompany;
    QByteArrayView merchantId;
    QByteArrayView merchantName;
    QByteArrayView customerId;
    QByteArrayView category;
    qint32 installmentMonths = 0;
    qint64 sourceLine = 0; ///< 1-based physical line in a file, or 1-based row number of a query
};

class RecordTable
{
public:
    enum class Text {
        TransactionId,
        ApprovalNo,
        CardNumber,
        CardCompany,
        MerchantId,
        MerchantName,
        CustomerId,
        Category
    };
    static constexpr int TextCount = 8;

    void reserve(qsizetype rows, qsizetype bytesPerRow = 96);
    /// Reserves room for expectedRows, sizing each text column from the rows held so far, so growth by
    /// doubling (and its momentary 2x memory peak) does not happen on big imports.
    void reserveLike(qsizetype expectedRows);
    void append(const RecordView &row);
    qsizetype size() const { return qsizetype(m_amount.size()); }
    bool isEmpty() const { return m_amount.empty(); }

    QByteArrayView text(qsizetype row, Text field) const
    {
        switch (field) {
        case Text::TransactionId:
            return m_transactionId.at(row);
        case Text::ApprovalNo:
            return m_approvalNo.at(row);
        case Text::CardNumber:
            return m_cardNumber.at(row);
        case Text::CardCompany:
            return m_cardCompany.at(row);
        case Text::MerchantId:
            return m_merchantId.at(row);
        case Text::MerchantName:
            return m_merchantName.at(row);
        case Text::CustomerId:
            return m_customerId.at(row);
        case Text::Category:
            return m_category.at(row);
        }
        return {};
    }
    /// Columns whose values repeat are dictionary-encoded; null for the others.
    const DictColumn *dictionary(Text field) const;
    QByteArrayView transactionId(qsizetype row) const { return m_transactionId.at(row); }
    QByteArrayView approvalNo(qsizetype row) const { return m_approvalNo.at(row); }
    PaymentKind kind(qsizetype row) const { return PaymentKind(m_kind[size_t(row)]); }
    qint64 amount(qsizetype row) const { return m_amount[size_t(row)]; }
    qint64 occurredAtMs(qsizetype row) const { return m_occurredAtMs[size_t(row)]; }
    qint32 installmentMonths(qsizetype row) const { return m_installment[size_t(row)]; }
    qint64 sourceLine(qsizetype row) const { return m_sourceLine[size_t(row)]; }
    /// Distinct values of a dictionary column (for filters and charts).
    qsizetype distinctCount(Text field) const;

    PaymentRecord record(qsizetype row) const;
    /// Approximate heap bytes held, for benchmarks and memory budgets.
    qsizetype memoryUsage() const;

private:
    StringColumn m_transactionId;
    StringColumn m_approvalNo;
    StringColumn m_cardNumber;
    DictColumn m_cardCompany;
    DictColumn m_merchantId;
    DictColumn m_merchantName;
    StringColumn m_customerId; ///< tens of thousands of distinct values: a dictionary costs more than it saves
    DictColumn m_category;
    PodBuffer<qint64> m_amount;
    PodBuffer<qint64> m_occurredAtMs;
    PodBuffer<quint32> m_sourceLine; ///< 4 billion lines is beyond any settlement file
    PodBuffer<qint32> m_installment;
    PodBuffer<quint8> m_kind;
};
