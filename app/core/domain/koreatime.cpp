#include "koreatime.h"

#include <cstdio>

KoreaTime::Civil KoreaTime::fromUtcMs(qint64 utcMs)
{
    const qint64 local = utcMs + OffsetMs;
    qint64 days = local / 86400000;
    qint64 msOfDay = local % 86400000;
    if (msOfDay < 0) {
        msOfDay += 86400000;
        --days;
    }
    // Civil date from days since 1970-01-01: Howard Hinnant's days_from_civil, inverted.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    Civil c;
    c.day = int(doy - (153 * mp + 2) / 5 + 1);
    c.month = int(mp < 10 ? mp + 3 : mp - 9);
    c.year = int(yoe + era * 400 + (c.month <= 2 ? 1 : 0));
    c.hour = int(msOfDay / 3600000);
    c.minute = int(msOfDay / 60000 % 60);
    c.second = int(msOfDay / 1000 % 60);
    c.millisecond = int(msOfDay % 1000);
    return c;
}

QByteArray KoreaTime::plain(qint64 utcMs)
{
    const Civil c = fromUtcMs(utcMs);
    char buf[40];
    const int n = std::snprintf(
        buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d", c.year, c.month, c.day, c.hour, c.minute, c.second);
    return QByteArray(buf, n);
}

QByteArray KoreaTime::iso(qint64 utcMs)
{
    const Civil c = fromUtcMs(utcMs);
    char buf[48];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03d+09:00", c.year, c.month, c.day,
        c.hour, c.minute, c.second, c.millisecond);
    return QByteArray(buf, n);
}
