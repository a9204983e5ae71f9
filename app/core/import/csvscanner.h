// Splits delimited bytes into records and fields, RFC 4180 quoting (quoted delimiters, doubled quotes,
// quoted newlines), CRLF or LF. Works on a mutable buffer and unescapes quoted fields in place.
#pragma once

#include <QByteArrayView>
#include <vector>

class CsvScanner
{
public:
    enum class Result {
        Record, ///< one record's fields are in fields()
        NeedMore, ///< the buffer ends inside a record; give more data (or atEnd)
        End, ///< nothing left
        UnterminatedQuote ///< at end of input inside a quoted field; fields() holds what was read
    };

    explicit CsvScanner(char delimiter)
        : m_delimiter(delimiter)
    { }

    /// Picks the delimiter (, ; tab |) that occurs most often outside quotes in the first line of the sample.
    static char detectDelimiter(QByteArrayView sample);

    /// Reads the record starting at data[pos]. On Record, pos moves past its line end and newlines() tells how
    /// many line breaks it consumed (its own terminator and quoted ones). On NeedMore, pos and data are unchanged.
    Result next(char *data, qsizetype size, qsizetype &pos, bool atEnd);
    const std::vector<QByteArrayView> &fields() const { return m_fields; }
    int newlines() const { return m_newlines; }

private:
    char m_delimiter;
    struct Span
    {
        qsizetype begin;
        qsizetype end;
        bool doubledQuotes;
    };
    Result nextQuoted(char *data, qsizetype size, qsizetype &pos, bool atEnd);

    std::vector<QByteArrayView> m_fields;
    std::vector<Span> m_spans;
    int m_newlines = 0;
};
