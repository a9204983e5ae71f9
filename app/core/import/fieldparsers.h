// Parsers for single field values as VAN files write them.
#pragma once

#include <QByteArrayView>
#include <optional>

namespace FieldParsers {
/// ASCII whitespace trimmed from both ends.
QByteArrayView trimmed(QByteArrayView v);
/// Won amounts: "1,250,000", " -12000 ", "+5,000원", "12000.00" (a zero fraction only). Signed result.
std::optional<qint64> parseAmount(QByteArrayView v);
/// Record counts as total lines write them: "15", "1,234", "15건", " 15 건 ". Never negative.
std::optional<qint64> parseCount(QByteArrayView utf8);
/// Installment months: empty, "일시불", "0", "00" mean 0 (lump sum); otherwise 0..99.
std::optional<int> parseInstallment(QByteArrayView utf8);
} // namespace FieldParsers
