// Korea's wall clock without a QDateTime per value: the offset has been a fixed +09:00 (no daylight saving)
// since 1988, and formatting a million timestamps through QDateTime/QTimeZone dominated exports and publishing.
#pragma once

#include <QByteArray>

namespace KoreaTime {
constexpr qint64 OffsetMs = qint64(9) * 3600 * 1000;

struct Civil
{
    int year = 1970;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millisecond = 0;
};

/// The Korean civil date and time of a UTC epoch time (proleptic Gregorian; right before 1970 too).
Civil fromUtcMs(qint64 utcMs);
/// "2026-11-24 13:05:00": for people and spreadsheets.
QByteArray plain(qint64 utcMs);
/// "2026-11-24T13:05:00.000+09:00": ISO 8601 with the offset, for Elasticsearch and JSON.
QByteArray iso(qint64 utcMs);
} // namespace KoreaTime
