#include "fieldparsers.h"

#include <limits>

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
constexpr char kWon[] = "\xEC\x9B\x90"; // "원" in UTF-8
constexpr char kCountSuffix[] = "\xEA\xB1\xB4"; // "건" in UTF-8
constexpr char kLumpSum[] = "\xEC\x9D\xBC\xEC\x8B\x9C\xEB\xB6\x88"; // "일시불"
} // namespace

QByteArrayView FieldParsers::trimmed(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && isSpace(v[b]))
        ++b;
    while (e > b && isSpace(v[e - 1]))
        --e;
    return v.sliced(b, e - b);
}

std::optional<qint64> FieldParsers::parseAmount(QByteArrayView v)
{
    v = trimmed(v);
    if (v.endsWith(QByteArrayView(kWon, 3)))
        v = trimmed(v.chopped(3));
    if (v.isEmpty())
        return std::nullopt;
    bool negative = false;
    qsizetype i = 0;
    if (v[0] == '-' || v[0] == '+') {
        negative = v[0] == '-';
        ++i;
    }
    qint64 value = 0;
    bool anyDigit = false;
    bool lastWasDigit = false;
    for (; i < v.size(); ++i) {
        const char c = v[i];
        if (c >= '0' && c <= '9') {
            if (value > (std::numeric_limits<qint64>::max() - (c - '0')) / 10)
                return std::nullopt;
            value = value * 10 + (c - '0');
            anyDigit = lastWasDigit = true;
        } else if (c == ',' && lastWasDigit && i + 1 < v.size()) {
            lastWasDigit = false;
        } else if (c == '.' && anyDigit && lastWasDigit) {
            // Won has no minor unit: accept "12000.00" as exports write it, refuse a real fraction.
            qsizetype j = i + 1;
            if (j == v.size())
                return std::nullopt;
            for (; j < v.size(); ++j) {
                if (v[j] != '0')
                    return std::nullopt;
            }
            break;
        } else {
            return std::nullopt;
        }
    }
    if (!anyDigit || !lastWasDigit)
        return std::nullopt;
    return negative ? -value : value;
}

std::optional<qint64> FieldParsers::parseCount(QByteArrayView utf8)
{
    QByteArrayView v = trimmed(utf8);
    if (v.endsWith(QByteArrayView(kCountSuffix, 3)))
        v = trimmed(v.chopped(3));
    if (v.isEmpty() || v[0] == '-' || v[0] == '+')
        return std::nullopt;
    const auto n = parseAmount(v);
    if (!n || v.contains('.'))
        return std::nullopt;
    return n;
}

std::optional<int> FieldParsers::parseInstallment(QByteArrayView utf8)
{
    const QByteArrayView v = trimmed(utf8);
    if (v.isEmpty() || v == QByteArrayView(kLumpSum, 9))
        return 0;
    if (v.size() > 2)
        return std::nullopt;
    int n = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}
