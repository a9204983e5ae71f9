#include "datetimeformat.h"

#include <QDateTime>

DateTimeFormat::DateTimeFormat(const QString &qtFormat)
    : m_pattern(qtFormat)
{
    const qsizetype n = qtFormat.size();
    for (qsizetype i = 0; i < n;) {
        const QChar ch = qtFormat[i];
        qsizetype run = 1;
        while (i + run < n && qtFormat[i + run] == ch)
            ++run;
        auto push = [&](Kind k, int minD, int maxD) { m_tokens.push_back({ k, minD, maxD, 0 }); };
        const char c = ch.unicode() < 128 ? char(ch.unicode()) : 0;
        if (c == '\'') {
            // Quoted literal text ('T'); '' is a literal quote.
            qsizetype j = i + 1;
            if (j < n && qtFormat[j] == u'\'') {
                m_tokens.push_back({ Kind::Literal, 0, 0, '\'' });
                i += 2;
                continue;
            }
            for (; j < n && qtFormat[j] != u'\''; ++j) {
                if (qtFormat[j].unicode() >= 128)
                    m_fast = false;
                m_tokens.push_back({ Kind::Literal, 0, 0, char(qtFormat[j].unicode()) });
            }
            i = j + 1;
            continue;
        }
        bool known = true;
        switch (c) {
        case 'y':
            if (run == 4)
                push(Kind::Year4, 4, 4);
            else if (run == 2)
                push(Kind::Year2, 2, 2);
            else
                known = false;
            m_hasDate = true;
            break;
        case 'M':
            run <= 2 ? push(Kind::Month, run, 2) : void(known = false);
            m_hasDate = true;
            break;
        case 'd':
            run <= 2 ? push(Kind::Day, run, 2) : void(known = false);
            m_hasDate = true;
            break;
        case 'H':
        case 'h':
            run <= 2 ? push(Kind::Hour, run, 2) : void(known = false);
            m_hasTime = true;
            break;
        case 'm':
            run <= 2 ? push(Kind::Minute, run, 2) : void(known = false);
            m_hasTime = true;
            break;
        case 's':
            run <= 2 ? push(Kind::Second, run, 2) : void(known = false);
            m_hasTime = true;
            break;
        case 'z':
            run == 3 ? push(Kind::Msec, 3, 3) : push(Kind::Msec, 1, 3);
            m_hasTime = true;
            break;
        default:
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 0) {
                known = false; // AP, t, ddd, MMM …: leave them to QDateTime
            } else {
                for (qsizetype k = 0; k < run; ++k)
                    m_tokens.push_back({ Kind::Literal, 0, 0, c });
            }
        }
        if (!known)
            m_fast = false;
        i += run;
    }
}

qint64 DateTimeFormat::daysFromCivil(int y, int m, int d)
{
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool DateTimeFormat::isValidDate(int y, int m, int d)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

bool DateTimeFormat::parse(QByteArrayView text, LocalDateTime &out) const
{
    if (!m_fast)
        return parseSlow(text, out);
    LocalDateTime v = out;
    qsizetype pos = 0;
    const qsizetype n = text.size();
    for (const Token &t : m_tokens) {
        if (t.kind == Kind::Literal) {
            if (pos >= n || text[pos] != t.literal)
                return false;
            ++pos;
            continue;
        }
        int value = 0;
        int digits = 0;
        while (digits < t.maxDigits && pos < n && text[pos] >= '0' && text[pos] <= '9') {
            value = value * 10 + (text[pos] - '0');
            ++pos;
            ++digits;
        }
        if (digits < t.minDigits || digits == 0)
            return false;
        switch (t.kind) {
        case Kind::Year4:
            v.year = value;
            break;
        case Kind::Year2:
            v.year = 2000 + value;
            break;
        case Kind::Month:
            v.month = value;
            break;
        case Kind::Day:
            v.day = value;
            break;
        case Kind::Hour:
            v.hour = value;
            break;
        case Kind::Minute:
            v.minute = value;
            break;
        case Kind::Second:
            v.second = value;
            break;
        case Kind::Msec:
            v.msec = digits == 3 || t.minDigits == 3 ? value : value * (digits == 1 ? 100 : 10);
            break;
        case Kind::Literal:
            break;
        }
    }
    if (pos != n)
        return false;
    if (m_hasDate && !isValidDate(v.year, v.month, v.day))
        return false;
    if (m_hasTime && (v.hour > 23 || v.minute > 59 || v.second > 59))
        return false;
    out = v;
    return true;
}

bool DateTimeFormat::parseSlow(QByteArrayView text, LocalDateTime &out) const
{
    const QString s = QString::fromUtf8(text);
    if (m_hasDate && m_hasTime) {
        const QDateTime dt = QDateTime::fromString(s, m_pattern);
        if (!dt.isValid())
            return false;
        out = { dt.date().year(), dt.date().month(), dt.date().day(), dt.time().hour(), dt.time().minute(),
            dt.time().second(), dt.time().msec() };
        return true;
    }
    if (m_hasTime) {
        const QTime t = QTime::fromString(s, m_pattern);
        if (!t.isValid())
            return false;
        out.hour = t.hour();
        out.minute = t.minute();
        out.second = t.second();
        out.msec = t.msec();
        return true;
    }
    const QDate d = QDate::fromString(s, m_pattern);
    if (!d.isValid())
        return false;
    out.year = d.year();
    out.month = d.month();
    out.day = d.day();
    return true;
}
