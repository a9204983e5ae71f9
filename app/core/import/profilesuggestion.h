// A first VAN profile for an unknown file, guessed from its preview: Korean or English header names mapped to
// the canonical fields, date/time formats that parse the first rows, kind spellings, encoding and delimiter.
#pragma once

#include "import/vanfilepreview.h"
#include "import/vanprofile.h"

#include <QString>
#include <QStringList>

namespace ProfileSuggestion {
/// The canonical field a header name usually means (거래번호 → transaction_id, 승인금액 → amount, …), or empty.
QString fieldForHeader(const QString &header);
/// The first of the usual formats for this field (date, time or occurred_at) that parses every sample value;
/// empty when none does.
QString guessFormat(const QString &field, const QStringList &samples);
/// approval or cancel for a usual spelling (승인, 정상, 취소, 매입취소, …), nullopt when unknown.
std::optional<PaymentKind> kindForSpelling(const QString &spelling);
/// A whole profile named `name` for the previewed file.
VanProfile suggest(const VanFilePreview &preview, const QString &name);
} // namespace ProfileSuggestion
