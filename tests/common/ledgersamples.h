// Ledger rows shared by the SQLite and MariaDB ledger tests, so both backends are held to the same cases.
#pragma once

#include "domain/cardmask.h"
#include "domain/recordtable.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>
#include <limits>

namespace LedgerSamples {
inline qint64 seoulMs(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone(QByteArrayLiteral("Asia/Seoul"))).toMSecsSinceEpoch();
}

inline PaymentRecord record(const QString &id, PaymentKind kind, qint64 amount, qint64 occurredAtMs)
{
    PaymentRecord r;
    r.transactionId = id;
    r.kind = kind;
    r.amount = amount;
    r.occurredAt = QDateTime::fromMSecsSinceEpoch(occurredAtMs, Qt::UTC);
    return r;
}

inline void append(RecordTable &table, const PaymentRecord &r)
{
    const QByteArray id = r.transactionId.toUtf8(), approval = r.approvalNo.toUtf8(),
                     card = CardMask::mask(QByteArrayView(r.cardNumber.toUtf8())), company = r.cardCompany.toUtf8(),
                     merchantId = r.merchantId.toUtf8(), merchantName = r.merchantName.toUtf8(),
                     customer = r.customerId.toUtf8(), category = r.category.toUtf8();
    RecordView v;
    v.transactionId = id;
    v.kind = r.kind;
    v.amount = r.amount;
    v.approvalNo = approval;
    v.occurredAtMs = r.occurredAt.toMSecsSinceEpoch();
    v.cardNumber = card;
    v.cardCompany = company;
    v.merchantId = merchantId;
    v.merchantName = merchantName;
    v.customerId = customer;
    v.category = category;
    v.installmentMonths = r.installmentMonths;
    v.sourceLine = table.size() + 1;
    table.append(v);
}

/// Rows chosen for what could go wrong: leading zeros, Korean and 4-byte UTF-8 text, quotes, backslashes and
/// SQL-looking text, cancellations, duplicates, the edges of a local day, the largest amount, a 1988 DST date.
inline RecordTable sampleTable()
{
    RecordTable t;
    PaymentRecord r = record(QStringLiteral("000123"), PaymentKind::Approval, 15000, seoulMs(2024, 3, 1, 9, 15, 30));
    r.approvalNo = QStringLiteral("00012345");
    r.cardNumber = QStringLiteral("1234-5678-9012-3456");
    r.cardCompany = QStringLiteral("신한카드");
    r.merchantId = QStringLiteral("M001");
    r.merchantName = QStringLiteral("김밥천국 강남점");
    r.customerId = QStringLiteral("C0001");
    r.category = QStringLiteral("식음료");
    append(t, r); // 0
    r.kind = PaymentKind::Cancel;
    r.occurredAt = QDateTime::fromMSecsSinceEpoch(seoulMs(2024, 3, 1, 10, 0, 0), Qt::UTC);
    append(t, r); // 1
    PaymentRecord q
        = record(QStringLiteral("0000000001"), PaymentKind::Approval, 1250000, seoulMs(2024, 3, 1, 0, 0, 0));
    q.approvalNo = QStringLiteral("A1");
    q.merchantName = QStringLiteral("O'Brien's \"Pub\" \\ back\\slash\t탭\n둘째 줄");
    q.customerId = QStringLiteral("'; DROP TABLE payments; --");
    q.category = QStringLiteral("100% \\' _");
    q.installmentMonths = 3;
    append(t, q); // 2
    append(t, record(QStringLiteral("T-9"), PaymentKind::Approval, 1, seoulMs(2024, 3, 1, 23, 59, 59))); // 3
    PaymentRecord big = record(QStringLiteral("T-10"), PaymentKind::Approval, std::numeric_limits<qint64>::max(),
        seoulMs(2024, 3, 1, 12, 0, 0));
    big.category = QStringLiteral("😀 utf8mb4");
    append(t, big); // 4
    append(t, record(QStringLiteral("T-11"), PaymentKind::Cancel, 500, seoulMs(2024, 3, 2, 0, 0, 0))); // 5
    append(t, record(QStringLiteral("T-12"), PaymentKind::Approval, 700, seoulMs(2024, 2, 29, 23, 59, 59))); // 6
    append(t, record(QStringLiteral("DST-1988"), PaymentKind::Approval, 88, seoulMs(1988, 7, 1, 12, 0, 0))); // 7
    PaymentRecord late
        = record(QStringLiteral("T-13"), PaymentKind::Approval, 990000, seoulMs(2024, 12, 31, 23, 59, 59));
    late.installmentMonths = 12;
    append(t, late); // 8
    append(t, record(QStringLiteral("T-14"), PaymentKind::Approval, 3300, seoulMs(2024, 6, 15, 18, 30, 0))); // 9
    append(t, r); // 10: a duplicate of row 1, which the ledger must keep
    return t;
}

/// More rows than one prepared multi-row INSERT (64) or one dump INSERT (1000) holds, with a remainder.
inline RecordTable generatedTable(int rows)
{
    RecordTable t;
    for (int i = 0; i < rows; ++i) {
        PaymentRecord r = record(QStringLiteral("%1").arg(i, 10, 10, QLatin1Char('0')),
            i % 10 == 9 ? PaymentKind::Cancel : PaymentKind::Approval, 1000 + i,
            seoulMs(2024, 1, 1, 0, 0, 0) + qint64(i) * 61000);
        r.merchantName = QStringLiteral("가맹점 %1").arg(i % 100);
        append(t, r);
    }
    return t;
}

inline void compareRecords(const PaymentRecord &actual, const PaymentRecord &expected)
{
    QCOMPARE(actual.transactionId, expected.transactionId);
    QCOMPARE(PaymentKinds::toString(actual.kind), PaymentKinds::toString(expected.kind));
    QCOMPARE(actual.amount, expected.amount);
    QCOMPARE(actual.approvalNo, expected.approvalNo);
    QCOMPARE(actual.occurredAt, expected.occurredAt);
    QCOMPARE(actual.cardNumber, expected.cardNumber);
    QCOMPARE(actual.cardCompany, expected.cardCompany);
    QCOMPARE(actual.merchantId, expected.merchantId);
    QCOMPARE(actual.merchantName, expected.merchantName);
    QCOMPARE(actual.customerId, expected.customerId);
    QCOMPARE(actual.category, expected.category);
    QCOMPARE(actual.installmentMonths, expected.installmentMonths);
}
/// Record by record, and each row's source line is its 1-based position (file line or result-set row).
inline void compareTables(const RecordTable &actual, const RecordTable &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        compareRecords(actual.record(i), expected.record(i));
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("row %1 differs").arg(i)));
        QCOMPARE(actual.sourceLine(i), i + 1);
    }
}

inline QStringList ids(const RecordTable &table)
{
    QStringList out;
    for (qsizetype i = 0; i < table.size(); ++i)
        out << QString::fromUtf8(table.transactionId(i));
    return out;
}
} // namespace LedgerSamples
