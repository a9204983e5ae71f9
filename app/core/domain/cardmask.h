// Card numbers are masked the moment they are read: a full PAN never reaches storage, logs or reports.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace CardMask {
/// True when the text is 13..19 digits once spaces and dashes are removed: an unmasked PAN.
bool looksLikePan(QByteArrayView utf8);
/// Masks a PAN-looking value to first 6 + '*' + last 4, keeping its digit count and dropping separators.
/// Values that are already masked or are not PAN-like are returned unchanged (trimmed).
QByteArray mask(QByteArrayView utf8);
inline QByteArray mask(const QByteArray &utf8)
{
    return mask(QByteArrayView(utf8));
}
QString mask(const QString &text);
} // namespace CardMask
