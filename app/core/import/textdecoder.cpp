#include "textdecoder.h"
std::optional<TextDecoder::Encoding> TextDecoder::fromName(const QString &) { return std::nullopt; }
QString TextDecoder::name(Encoding) { return {}; }
TextDecoder::Encoding TextDecoder::detect(QByteArrayView) { return Encoding::Utf8; }
bool TextDecoder::isAscii(QByteArrayView) { return true; }
qsizetype TextDecoder::firstInvalidUtf8(QByteArrayView) { return -1; }
TextDecoder::TextDecoder(Encoding e) : m_encoding(e) { }
bool TextDecoder::toUtf8(QByteArrayView, QByteArray &, qsizetype *) { return false; }
QString TextDecoder::describe(QByteArrayView) { return {}; }
