// Compact column storage for the records of one side (ledger or VAN file), built for millions of rows.
#pragma once

#include "paymentrecord.h"
#include "stringcolumn.h"

#include <QByteArrayView>
#include <array>
#include <vector>

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
    enum class Text { TransactionId, ApprovalNo, CardNumber, CardCompany, MerchantId, MerchantName, CustomerId, Category };
    static constexpr int TextCount = 8;

    void reserve(qsizetype rows, qsizetype bytesPerRow = 96);
    void append(const RecordView &row);
    qsizetype size() const { return qsizetype(m_amount.size()); }
    bool isEmpty() const { return m_amount.empty(); }

    QByteArrayView text(qsizetype row, Text field) const { return m_text[size_t(field)].at(row); }
    QByteArrayView transactionId(qsizetype row) const { return text(row, Text::TransactionId); }
    QByteArrayView approvalNo(qsizetype row) const { return text(row, Text::ApprovalNo); }
    PaymentKind kind(qsizetype row) const { return PaymentKind(m_kind[size_t(row)]); }
    qint64 amount(qsizetype row) const { return m_amount[size_t(row)]; }
    qint64 occurredAtMs(qsizetype row) const { return m_occurredAtMs[size_t(row)]; }
    qint32 installmentMonths(qsizetype row) const { return m_installment[size_t(row)]; }
    qint64 sourceLine(qsizetype row) const { return m_sourceLine[size_t(row)]; }

    PaymentRecord record(qsizetype row) const;
    /// Approximate heap bytes held, for benchmarks and memory budgets.
    qsizetype memoryUsage() const;

private:
    std::array<StringColumn, TextCount> m_text;
    std::vector<qint64> m_amount;
    std::vector<qint64> m_occurredAtMs;
    std::vector<qint64> m_sourceLine;
    std::vector<qint32> m_installment;
    std::vector<quint8> m_kind;
};
