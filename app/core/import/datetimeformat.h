// A Qt date/time format string compiled once and applied to bytes without building QStrings:
// QDateTime::fromString costs microseconds a row, too slow for millions of rows.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <vector>

struct LocalDateTime
{
    int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0, msec = 0;
};

class DateTimeFormat
{
public:
    DateTimeFormat() = default;
    explicit DateTimeFormat(const QString &qtFormat);

    QString pattern() const { return m_pattern; }
    /// Parses into the date and/or time parts of out (parts the format lacks are left alone).
    bool parse(QByteArrayView text, LocalDateTime &out) const;

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static qint64 daysFromCivil(int y, int m, int d);
    static bool isValidDate(int y, int m, int d);

private:
    enum class Kind { Literal, Year4, Year2, Month, Day, Hour, Minute, Second, Msec };
    struct Token
    {
        Kind kind;
        int minDigits;
        int maxDigits;
        char literal;
    };
    bool parseSlow(QByteArrayView text, LocalDateTime &out) const;

    QString m_pattern;
    std::vector<Token> m_tokens;
    bool m_fast = true; ///< false when the pattern has tokens the fast path does not know (then QDateTime parses)
    bool m_hasDate = false;
    bool m_hasTime = false;
};
