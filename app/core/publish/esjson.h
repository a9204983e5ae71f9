// JSON text helpers for the publish path, where a million documents make QJsonDocument the bottleneck.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace EsJson {
/// Appends \a utf8 as a quoted JSON string (quotes, backslashes and control characters escaped).
void appendQuoted(QByteArray &out, QByteArrayView utf8);
} // namespace EsJson
