#include "cardmask.h"

namespace {
bool isSeparator(char c)
{
    return c == ' ' || c == '-';
}
} // namespace

bool CardMask::looksLikePan(QByteArrayView utf8)
{
    int digits = 0;
    for (char c : utf8) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (!isSeparator(c))
            return false;
    }
    return digits >= 13 && digits <= 19;
}

QByteArray CardMask::mask(QByteArrayView utf8)
{
    const QByteArrayView t = utf8.trimmed();
    if (!looksLikePan(t))
        return t.toByteArray();
    QByteArray digits;
    digits.reserve(t.size());
    for (char c : t) {
        if (c >= '0' && c <= '9')
            digits.append(c);
    }
    for (qsizetype i = 6; i < digits.size() - 4; ++i)
        digits[i] = '*';
    return digits;
}

QString CardMask::mask(const QString &text)
{
    return QString::fromUtf8(mask(QByteArrayView(text.toUtf8())));
}
