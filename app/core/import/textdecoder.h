// Turns one field's bytes from the file's encoding into UTF-8, reporting undecodable bytes instead of
// hiding them behind U+FFFD. ASCII fields (the vast majority) pass through without any work.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <optional>

class TextDecoder
{
public:
    enum class Encoding { Utf8, Cp949 };
    enum class Utf16 { None, LittleEndian, BigEndian };

    /// "UTF-8", "CP949" or "EUC-KR" (read as CP949, its superset, as Korean VAN files in practice need).
    static std::optional<Encoding> fromName(const QString &name);
    static QString name(Encoding e);
    /// Valid UTF-8 (ignoring a sequence cut at the end of the sample) means UTF-8; anything else CP949.
    static Encoding detect(QByteArrayView sample);
    static bool isAscii(QByteArrayView bytes);
    /// UTF-16 by its byte-order mark, or without one by NUL bytes in every other position (the high bytes of
    /// ASCII digits and delimiters), which a UTF-8 or CP949 file never has; a few stray NULs are not UTF-16.
    static Utf16 detectUtf16(QByteArrayView sample, bool *hasBom = nullptr);
    /// Byte offset of the first invalid UTF-8 sequence, or -1. A sequence cut at the end counts as invalid.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);

    explicit TextDecoder(Encoding encoding);

    /// Decodes into out (UTF-8). On failure returns false and sets *badOffset to the first bad byte.
    bool toUtf8(QByteArrayView in, QByteArray &out, qsizetype *badOffset = nullptr);
    /// Decoded text for messages: invalid bytes shown as \xNN so a person can see them.
    QString describe(QByteArrayView in);

private:
    Encoding m_encoding;
    QHash<QByteArray, QByteArray> m_cache; ///< Korean fields (company, merchant, category) repeat a lot
};
