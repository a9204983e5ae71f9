#include "textdecoder.h"

#include <QStringDecoder>
#include <cstring>

namespace {
// ICU's "CP949" is IBM-949, a different table; Windows' UHC (what Korean VAN files use) is "windows-949".
constexpr char kCp949Codec[] = "windows-949";
constexpr qsizetype kCacheLimit = 65536;

// CP949 is ASCII or a lead byte 0x81..0xFE plus a trail byte (A-Z, a-z, 0x81..0xFE). Checking the structure
// ourselves pinpoints the bad byte, which ICU does not report, and refuses 0x80/0xFF, which ICU's table maps
// to private-use characters without flagging an error.
bool isTrail(quint8 b)
{
    return (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x81 && b <= 0xFE);
}

qsizetype firstInvalidCp949(QByteArrayView in)
{
    for (qsizetype i = 0; i < in.size();) {
        const auto b = quint8(in[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b == 0x80 || b == 0xFF || i + 1 >= in.size() || !isTrail(quint8(in[i + 1])))
            return i;
        QStringDecoder pair(kCp949Codec, QStringDecoder::Flag::Stateless);
        const QString decoded = pair.decode(in.sliced(i, 2));
        if (pair.hasError() || decoded.size() != 1
            || (decoded[0].unicode() >= 0xE000 && decoded[0].unicode() <= 0xF8FF))
            return i;
        i += 2;
    }
    return -1;
}
} // namespace

std::optional<TextDecoder::Encoding> TextDecoder::fromName(const QString &name)
{
    const QString u = name.trimmed().toUpper();
    if (u == u"UTF-8" || u == u"UTF8")
        return Encoding::Utf8;
    if (u == u"CP949" || u == u"EUC-KR" || u == u"EUCKR" || u == u"UHC" || u == u"WINDOWS-949")
        return Encoding::Cp949;
    return std::nullopt;
}

QString TextDecoder::name(Encoding e)
{
    return e == Encoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("CP949");
}

TextDecoder::Utf16 TextDecoder::detectUtf16(QByteArrayView sample, bool *hasBom)
{
    if (hasBom)
        *hasBom = false;
    if (sample.size() >= 2) {
        const auto b0 = quint8(sample[0]);
        const auto b1 = quint8(sample[1]);
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
            if (hasBom)
                *hasBom = true;
            return b0 == 0xFF ? Utf16::LittleEndian : Utf16::BigEndian;
        }
    }
    const qsizetype pairs = qMin<qsizetype>(sample.size(), 4096) / 2;
    if (pairs < 2)
        return Utf16::None;
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNul += sample[2 * i] == '\0';
        oddNul += sample[2 * i + 1] == '\0';
    }
    // A VAN line is mostly digits and delimiters: in UTF-16 at least a quarter of the pairs carry a NUL.
    if (oddNul * 4 >= pairs && evenNul * 8 <= oddNul)
        return Utf16::LittleEndian;
    if (evenNul * 4 >= pairs && oddNul * 8 <= evenNul)
        return Utf16::BigEndian;
    return Utf16::None;
}

bool TextDecoder::isAscii(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const qsizetype n = bytes.size();
    quint8 acc = 0;
    for (qsizetype i = 0; i < n; ++i)
        acc |= quint8(p[i]);
    return acc < 0x80;
}

qsizetype TextDecoder::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const quint8 *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time: nearly every field is pure ASCII.
        while (i + 8 <= n) {
            quint64 w;
            std::memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const quint8 c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xF0) == 0xE0) {
            // Three bytes: every Hangul syllable, so this is the hot case for Korean text.
            if (i + 2 >= n || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80)
                return i;
            if ((c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xED && p[i + 1] >= 0xA0))
                return i; // overlong form, or a UTF-16 surrogate
            i += 3;
        } else if (c >= 0xC2 && c <= 0xDF) {
            if (i + 1 >= n || (p[i + 1] & 0xC0) != 0x80)
                return i;
            i += 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (i + 3 >= n || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80 || (p[i + 3] & 0xC0) != 0x80)
                return i;
            if ((c == 0xF0 && p[i + 1] < 0x90) || (c == 0xF4 && p[i + 1] >= 0x90))
                return i; // overlong, or past U+10FFFF
            i += 4;
        } else {
            return i;
        }
    }
    return -1;
}

TextDecoder::Encoding TextDecoder::detect(QByteArrayView sample)
{
    const qsizetype bad = firstInvalidUtf8(sample);
    // A multi-byte sequence cut by the end of the sample is not evidence against UTF-8.
    if (bad < 0 || (bad >= sample.size() - 3 && firstInvalidUtf8(sample.first(bad)) < 0 && quint8(sample[bad]) >= 0xC2))
        return Encoding::Utf8;
    return Encoding::Cp949;
}

TextDecoder::TextDecoder(Encoding encoding)
    : m_encoding(encoding)
{ }

bool TextDecoder::toUtf8(QByteArrayView in, QByteArray &out, qsizetype *badOffset)
{
    if (isAscii(in) || m_encoding == Encoding::Utf8) {
        if (m_encoding == Encoding::Utf8) {
            const qsizetype bad = firstInvalidUtf8(in);
            if (bad >= 0) {
                if (badOffset)
                    *badOffset = bad;
                return false;
            }
        }
        out = in.toByteArray();
        return true;
    }
    const QByteArray key = in.toByteArray();
    const auto hit = m_cache.constFind(key);
    if (hit != m_cache.cend()) {
        out = *hit;
        return true;
    }
    // A fresh decoder per value: a bad byte must not leave state that garbles the next field.
    const qsizetype bad = firstInvalidCp949(in);
    QStringDecoder decoder(kCp949Codec, QStringDecoder::Flag::Stateless);
    const QString text = bad < 0 ? decoder.decode(in) : QString();
    if (bad >= 0 || decoder.hasError()) {
        if (badOffset)
            *badOffset = qMax<qsizetype>(0, bad);
        return false;
    }
    out = text.toUtf8();
    if (m_cache.size() < kCacheLimit)
        m_cache.insert(key, out);
    return true;
}

QString TextDecoder::describe(QByteArrayView in)
{
    // Valid stretches decoded, each bad byte as \xNN: the person fixing the file sees the text and the culprit.
    QString s;
    while (!in.isEmpty()) {
        const qsizetype bad = m_encoding == Encoding::Utf8 ? firstInvalidUtf8(in) : firstInvalidCp949(in);
        const QByteArrayView good = bad < 0 ? in : in.first(bad);
        if (!good.isEmpty()) {
            QByteArray utf8;
            toUtf8(good, utf8);
            s += QString::fromUtf8(utf8);
        }
        if (bad < 0)
            break;
        s += QStringLiteral("\\x") + QString::number(quint8(in[bad]), 16).toUpper().rightJustified(2, u'0');
        in = in.sliced(bad + 1);
    }
    return s;
}
