// Approval or cancellation: each is reconciled as its own record.
#pragma once

#include <QString>
#include <optional>

enum class PaymentKind : quint8 { Approval = 0, Cancel = 1 };

namespace PaymentKinds {
/// Canonical spelling used in reports, SQL and Elasticsearch ("approval" / "cancel").
QString toString(PaymentKind kind);
/// Parses the canonical spelling (case-insensitive, trimmed).
std::optional<PaymentKind> fromString(QStringView text);
} // namespace PaymentKinds
