// Card numbers (PANs) are masked the moment text enters PayRecon: a full PAN never reaches storage, logs, reports,
// previews, messages or alerts. One rule, in two strictnesses.
//
// A written number: 13..19 digits, ASCII or full-width (U+FF10..U+FF19), contiguous or in groups separated by one to
// three separator characters (space, '-', '.', '/', their full-width forms, U+3000, U+00A0, U+2010..U+2015, U+2212).
// In groups, the first has at least 4 digits and the others at least 3, as a written PAN has (dates, phone numbers
// and lists of small numbers do not). Letters, quotes, brackets and Excel's ="..." around it only delimit it. In a
// longer run of groups the longest such number on group boundaries with one separator throughout is taken, leftmost
// first (a PAN followed by an expiry date or preceded by a date). A contiguous run of more than 19 digits is never a
// PAN.
//
// * Free text (every text field but the card column and the keys; notes, messages, previews, alerts):
//   a number is masked when it passes the Luhn check and does not start with a date (yyyyMMdd in 1900..2099: a
//   timestamp or a dated id; no card network issues numbers starting 19 or 20). Luhn leaves order numbers, bank
//   account numbers and the like alone: nine in ten fail it.
// * The card column holds a PAN by definition, so every number in it is masked, Luhn or not; a value that is a
//   number alone (wrapped in quotes, brackets or =" at most) takes the canonical form. Rejected values and raw
//   lines are masked by this rule too: a rejected row's fields may be shifted, so any column may hold the card.
//   So are log lines, the last line of defence, read by more people than the data, with no columns at all.
// * Transaction ids and approval numbers are keys: masking one would break matching, so they are never masked
//   (the VAN layouts never put a card number there).
//
// Output: the canonical card form is ASCII digits only, the first 6, one '*' per hidden digit, the last 4
// ("411111******1111"); separators and wrappers are dropped. Anywhere else a number is masked where it stands: its
// first 6 and last 4 digits and every separator stay as they were and each hidden digit (ASCII or full-width)
// becomes one ASCII '*' ("4111-11**-****-1111", "VISA 4111 11** **** 1111"). Masked text holds no 13-digit
// number, so masking it again changes nothing.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <cstring>

namespace CardMask {

/// Cheap pre-check for the hot path: false when the text holds fewer than 13 (ASCII or full-width) digits, so it
/// cannot hold a PAN. Reads the bytes once, eight at a time, and allocates nothing: ingestion calls it for every
/// text field of every row.
inline bool mayHoldPan(QByteArrayView utf8) noexcept
{
    constexpr int kMinDigits = 13;
    const qsizetype n = utf8.size();
    if (n < kMinDigits)
        return false;
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHigh = 0x8080808080808080ULL;
    constexpr quint64 kLow7 = 0x7F7F7F7F7F7F7F7FULL;
    const char *p = utf8.data();
    int digits = 0;
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 x;
        std::memcpy(&x, p + i, 8);
        // Per byte, high bit set: an ASCII digit ('0' <= b <= '9', b < 0x80) ...
        const quint64 low = x & kLow7;
        const quint64 digit = (low + kOnes * (0x80 - '0')) & ~(low + kOnes * (0x80 - '9' - 1)) & ~x & kHigh;
        // ... or 0xEF, which leads every full-width digit (EF BC 90..99); Hangul and ASCII never use it.
        const quint64 e = x ^ (kOnes * 0xEF);
        const quint64 lead = ~(((e & kLow7) + kLow7) | e) & kHigh;
        digits += int((((digit | lead) >> 7) * kOnes) >> 56);
        if (digits >= kMinDigits)
            return true;
    }
    for (; i < n; ++i) {
        const uchar c = uchar(p[i]);
        if (uchar(c - '0') < 10 || c == 0xEF)
            ++digits;
    }
    return digits >= kMinDigits;
}
bool mayHoldPan(QStringView text) noexcept;

/// How sure a number must be to be masked in text: Luhn for free text; None where a number that only looks like a
/// PAN is hidden too (the card column, log lines: a log has no columns to tell an id from a card).
enum class Check { Luhn, None };

/// Masks every PAN in the text where it stands. Text without one is returned as it was.
QByteArray maskText(QByteArrayView utf8, Check check = Check::Luhn);
inline QByteArray maskText(const QByteArray &utf8, Check check = Check::Luhn)
{
    return maskText(QByteArrayView(utf8), check);
}
QString maskText(const QString &text, Check check = Check::Luhn);
namespace detail {
/// maskTextInto after its pre-check.
bool maskTextInto(QByteArrayView utf8, QByteArray &out, Check check);
} // namespace detail

/// The hot path of maskText: returns false and leaves \a out alone when nothing needs masking (the common case,
/// without an allocation); otherwise puts the masked text into \a out (a buffer the caller reuses; not the text
/// itself) and returns true. Inline, so that the pre-check costs no call for the fields that fail it.
inline bool maskTextInto(QByteArrayView utf8, QByteArray &out, Check check = Check::Luhn)
{
    return mayHoldPan(utf8) && detail::maskTextInto(utf8, out, check);
}

namespace detail {
/// maskInto after its pre-check.
bool maskInto(QByteArrayView utf8, QByteArray &out);
} // namespace detail

/// Card column, the hot path of mask(): returns false and leaves \a out alone when the value has nothing to hide
/// (the common case, without an allocation); otherwise puts the masked, trimmed value into \a out.
inline bool maskInto(QByteArrayView utf8, QByteArray &out)
{
    return mayHoldPan(utf8) && detail::maskInto(utf8, out);
}
/// Card column: true when mask() would hide something (a 13..19-digit number, Luhn or not).
bool looksLikePan(QByteArrayView utf8);
/// Card column: the value trimmed, with its PAN masked (see the header comment for the forms). Values that are
/// already masked or hold no 13..19-digit number are returned trimmed.
QByteArray mask(QByteArrayView utf8);
inline QByteArray mask(const QByteArray &utf8)
{
    return mask(QByteArrayView(utf8));
}
QString mask(const QString &text);

/// The Luhn (mod 10) check over ASCII digits; false for anything else.
bool luhnValid(QByteArrayView digits) noexcept;

} // namespace CardMask
