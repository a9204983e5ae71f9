#include "cardmask.h"

#include <QVarLengthArray>

#include <cstring>

namespace {

constexpr int kMinDigits = 13;
constexpr int kMaxDigits = 19;
constexpr int kKeepFirst = 6;
constexpr int kKeepLast = 4;
/// " - " between groups is still one number; more separators than that join two numbers.
constexpr int kMaxSeparators = 3;
/// In a number written in groups the first group holds the issuer's prefix (4 digits or more) and no group is
/// shorter than 3: dates ("2026.11.24"), phone numbers ("010-1234-5678") and lists of small numbers are not.
constexpr int kMinFirstGroup = 4;
constexpr int kMinLaterGroup = 3;

/// The value of the (ASCII or full-width) digit at p[i], or -1; *len is its length in bytes.
inline int digitAt(const uchar *p, qsizetype i, qsizetype n, int *len)
{
    const uchar c = p[i];
    if (c >= '0' && c <= '9') {
        *len = 1;
        return c - '0';
    }
    // U+FF10..U+FF19: EF BC 90..99
    if (c == 0xEF && i + 2 < n && p[i + 1] == 0xBC && p[i + 2] >= 0x90 && p[i + 2] <= 0x99) {
        *len = 3;
        return p[i + 2] - 0x90;
    }
    return -1;
}

/// The separator at p[i] as its ASCII equivalent (' ', '-', '.', '/'), or 0; *len is its length in bytes.
inline char separatorAt(const uchar *p, qsizetype i, qsizetype n, int *len)
{
    const uchar c = p[i];
    if (c == ' ' || c == '-' || c == '.' || c == '/') {
        *len = 1;
        return char(c);
    }
    if (c == 0xC2 && i + 1 < n && p[i + 1] == 0xA0) { // U+00A0 no-break space
        *len = 2;
        return ' ';
    }
    if (i + 2 >= n)
        return 0;
    *len = 3;
    if (c == 0xE3 && p[i + 1] == 0x80 && p[i + 2] == 0x80) // U+3000 ideographic space
        return ' ';
    if (c == 0xEF && p[i + 1] == 0xBC) { // U+FF0D, U+FF0E, U+FF0F: full-width - . /
        if (p[i + 2] == 0x8D)
            return '-';
        if (p[i + 2] == 0x8E)
            return '.';
        if (p[i + 2] == 0x8F)
            return '/';
    }
    if (c == 0xE2
        && ((p[i + 1] == 0x80 && p[i + 2] >= 0x90 && p[i + 2] <= 0x95) // U+2010..U+2015 dashes
            || (p[i + 1] == 0x88 && p[i + 2] == 0x92))) // U+2212 minus sign
        return '-';
    return 0;
}

struct Digit
{
    qsizetype at; ///< byte offset
    uchar len; ///< 1 (ASCII) or 3 (full-width)
    uchar value;
};

struct Group
{
    int first; ///< index into the run's digits
    int end;
    int size() const { return end - first; }
};

using Digits = QVarLengthArray<Digit, 64>;

/// Where masking writes: the text is copied into the output at the first hidden digit and changed in place, so a
/// field that needs masking costs one copy into a buffer the caller reuses. The output must not be the text.
class Masked
{
public:
    Masked(QByteArrayView text, QByteArray &out)
        : m_text(text)
        , m_out(out)
    { }

    void hide(const Digit &d)
    {
        if (!m_data) {
            m_out.resize(m_text.size());
            m_data = m_out.data();
            std::memcpy(m_data, m_text.data(), size_t(m_text.size()));
        }
        m_data[d.at] = '*';
        if (d.len == 3) { // a full-width digit becomes one ASCII '*' too
            m_drop.append(d.at + 1);
            m_drop.append(d.at + 2);
        }
    }

    /// Drops the leftover bytes of hidden full-width digits; false when nothing was hidden (the output untouched).
    bool finish()
    {
        if (!m_data)
            return false;
        if (!m_drop.isEmpty()) {
            qsizetype to = m_drop.front();
            qsizetype next = 0;
            for (qsizetype from = to; from < m_out.size(); ++from) {
                if (next < m_drop.size() && m_drop[next] == from)
                    ++next;
                else
                    m_data[to++] = m_data[from];
            }
            m_out.truncate(to);
        }
        return true;
    }

private:
    QByteArrayView m_text;
    QByteArray &m_out;
    char *m_data = nullptr;
    QVarLengthArray<qsizetype, 16> m_drop;
};

bool luhn(const Digits &digits, int first, int end)
{
    int sum = 0;
    bool twice = false;
    for (int i = end - 1; i >= first; --i) {
        int d = digits[i].value;
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

/// Digits that start with a date (yyyyMMdd, 1900..2099) are a timestamp or a dated transaction id: no card
/// network issues numbers starting 19 or 20 (Mastercard's 2-series is 2221..2720, Mir 2200..2204).
bool startsWithDate(const Digits &digits, int first)
{
    auto at = [&](int i) { return int(digits[first + i].value); };
    const int century = at(0) * 10 + at(1);
    const int month = at(4) * 10 + at(5);
    const int day = at(6) * 10 + at(7);
    return (century == 19 || century == 20) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/// Free text needs the Luhn check to tell a PAN from other long numbers; the card column does not.
bool isPan(const Digits &digits, int first, int end, bool requireLuhn)
{
    return !requireLuhn || (luhn(digits, first, end) && !startsWithDate(digits, first));
}

void hide(const Digits &digits, int first, int end, Masked &masked)
{
    for (int i = first + kKeepFirst; i < end - kKeepLast; ++i)
        masked.hide(digits[i]);
}

/// Finds the numbers to mask in one run of digit groups (the groups of a written PAN: the first at least 4 digits,
/// the others at least 3). The whole run first, whatever its separators; then the longest window of whole groups
/// with one separator throughout, leftmost first, so a PAN next to a date or an expiry is still found.
void scanRun(const Digits &digits, const QVarLengthArray<Group, 16> &groups, const QVarLengthArray<quint32, 16> &gaps,
    bool requireLuhn, Masked &masked)
{
    const int count = int(groups.size());
    auto layoutOk = [&](int a, int b) {
        if (a == b)
            return true;
        if (groups[a].size() < kMinFirstGroup)
            return false;
        for (int g = a + 1; g <= b; ++g) {
            if (groups[g].size() < kMinLaterGroup)
                return false;
        }
        return true;
    };
    const int all = int(digits.size());
    if (all >= kMinDigits && all <= kMaxDigits && layoutOk(0, count - 1) && isPan(digits, 0, all, requireLuhn)) {
        hide(digits, 0, all, masked);
        return;
    }
    for (int a = 0; a < count;) {
        int best = -1;
        int total = 0;
        for (int b = a; b < count; ++b) {
            total += groups[b].size();
            if (total > kMaxDigits)
                break;
            if (b > a
                && (groups[a].size() < kMinFirstGroup || groups[b].size() < kMinLaterGroup || gaps[b - 1] != gaps[a]))
                break;
            if (total >= kMinDigits && isPan(digits, groups[a].first, groups[b].end, requireLuhn))
                best = b;
        }
        if (best < 0) {
            ++a;
            continue;
        }
        hide(digits, groups[a].first, groups[best].end, masked);
        a = best + 1;
    }
}

/// Hides every digit of the text that masking hides, in text order.
void findHidden(QByteArrayView text, bool requireLuhn, Masked &masked)
{
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const qsizetype n = text.size();
    Digits digits;
    QVarLengthArray<Group, 16> groups;
    QVarLengthArray<quint32, 16> gaps; ///< gaps[g]: the separators between groups g and g + 1, packed
    qsizetype i = 0;
    while (i < n) {
        int len = 0;
        int v = digitAt(p, i, n, &len);
        if (v < 0) {
            ++i; // never lands inside a digit: continuation bytes are neither '0'..'9' nor 0xEF
            continue;
        }
        digits.clear();
        groups.clear();
        gaps.clear();
        groups.append({ 0, 0 });
        for (;;) {
            digits.append({ i, uchar(len), uchar(v) });
            i += len;
            if (i < n && (v = digitAt(p, i, n, &len)) >= 0)
                continue;
            groups.last().end = int(digits.size());
            qsizetype j = i;
            quint32 separators = 0;
            int count = 0;
            int sepLen = 0;
            while (j < n && count <= kMaxSeparators) {
                const char s = separatorAt(p, j, n, &sepLen);
                if (!s)
                    break;
                separators = separators << 8 | uchar(s);
                j += sepLen;
                ++count;
            }
            if (count == 0 || count > kMaxSeparators || j >= n || (v = digitAt(p, j, n, &len)) < 0)
                break;
            gaps.append(separators);
            groups.append({ int(digits.size()), 0 });
            i = j;
        }
        if (digits.size() >= kMinDigits)
            scanRun(digits, groups, gaps, requireLuhn, masked);
    }
}

/// Quotes, brackets, spaces and Excel's =" around a number in the card column: ASCII that is neither a letter nor
/// a digit.
bool isWrapper(uchar c)
{
    return c < 0x80 && !(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z');
}

/// The card column's value as one number: 13..19 digits with only separators (any number of them) between and only
/// wrappers around, which are dropped. Puts the ASCII digits into \a digits and returns their count, or 0.
int wholeNumber(QByteArrayView text, char (&digits)[kMaxDigits])
{
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const qsizetype n = text.size();
    int len = 0;
    qsizetype begin = 0;
    while (begin < n && digitAt(p, begin, n, &len) < 0) {
        if (!isWrapper(p[begin]))
            return 0;
        ++begin;
    }
    qsizetype end = begin;
    for (qsizetype j = begin; j < n;) {
        if (digitAt(p, j, n, &len) >= 0) {
            j += len;
            end = j;
        } else {
            ++j;
        }
    }
    for (qsizetype j = end; j < n; ++j) {
        if (!isWrapper(p[j]))
            return 0;
    }
    int count = 0;
    for (qsizetype j = begin; j < end;) {
        const int v = digitAt(p, j, n, &len);
        if (v >= 0) {
            if (count == kMaxDigits)
                return 0;
            digits[count++] = char('0' + v);
        } else if (!separatorAt(p, j, n, &len)) {
            return 0;
        }
        j += len;
    }
    return count >= kMinDigits ? count : 0;
}

/// The canonical card form of \a count digits: first 6, one '*' per hidden digit, last 4.
void writeCanonical(const char *digits, int count, QByteArray &out)
{
    out.resize(count);
    char *o = out.data();
    for (int i = 0; i < count; ++i)
        o[i] = i >= kKeepFirst && i < count - kKeepLast ? '*' : digits[i];
}

/// The card column's rule into \a out; false when the value has nothing to hide (\a out untouched).
bool maskCardInto(QByteArrayView trimmed, QByteArray &out)
{
    char digits[kMaxDigits];
    if (const int count = wholeNumber(trimmed, digits)) {
        writeCanonical(digits, count, out);
        return true;
    }
    Masked masked(trimmed, out);
    findHidden(trimmed, false, masked);
    return masked.finish();
}

} // namespace

bool CardMask::mayHoldPan(QStringView text) noexcept
{
    if (text.size() < kMinDigits)
        return false;
    int digits = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= u'0' && u <= u'9') || (u >= 0xFF10 && u <= 0xFF19)) {
            if (++digits == kMinDigits)
                return true;
        }
    }
    return false;
}

bool CardMask::detail::maskTextInto(QByteArrayView utf8, QByteArray &out, Check check)
{
    Masked masked(utf8, out);
    findHidden(utf8, check == Check::Luhn, masked);
    return masked.finish();
}

QByteArray CardMask::maskText(QByteArrayView utf8, Check check)
{
    QByteArray out;
    if (maskTextInto(utf8, out, check))
        return out;
    return utf8.toByteArray();
}

QString CardMask::maskText(const QString &text, Check check)
{
    if (!mayHoldPan(QStringView(text)))
        return text;
    QByteArray out;
    if (!maskTextInto(text.toUtf8(), out, check))
        return text;
    return QString::fromUtf8(out);
}

bool CardMask::detail::maskInto(QByteArrayView utf8, QByteArray &out)
{
    return maskCardInto(utf8.trimmed(), out);
}

bool CardMask::looksLikePan(QByteArrayView utf8)
{
    QByteArray scratch;
    return maskInto(utf8, scratch);
}

QByteArray CardMask::mask(QByteArrayView utf8)
{
    const QByteArrayView t = utf8.trimmed();
    QByteArray out;
    if (mayHoldPan(t) && maskCardInto(t, out))
        return out;
    return t.toByteArray();
}

QString CardMask::mask(const QString &text)
{
    return QString::fromUtf8(mask(QByteArrayView(text.toUtf8())));
}

bool CardMask::luhnValid(QByteArrayView digits) noexcept
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const int c = digits[i] - '0';
        if (c < 0 || c > 9)
            return false;
        int d = c;
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}
