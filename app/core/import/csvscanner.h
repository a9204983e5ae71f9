// Splits delimited bytes into records and fields, RFC 4180 quoting (quoted delimiters, doubled quotes), one
// physical line per record unless the profile allows multi-line fields. Works on a mutable buffer and
// unescapes quoted fields in place.
//
// A physical line ends at LF, at CR LF or at a CR that no LF follows; a final line without a line end is a
// line, an empty "line" after the final line end is not. Memory stays bounded: a line longer than
// maxLineBytes is skipped (its first bytes kept for the message), never held whole.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

class CsvScanner
{
public:
    enum class Result {
        Record, ///< one record's fields are in fields()
        NeedMore, ///< the buffer ends inside a record; give more data (or atEnd)
        End, ///< nothing left
        UnterminatedQuote, ///< a quote not closed by the end of its line; fields() holds the line's fields
        LineTooLong, ///< a line longer than maxLineBytes was skipped; prefix() and lineBytes() describe it
        NulByte ///< the record holds a NUL byte (a binary or damaged file); fields() holds its fields
    };

    struct Options
    {
        /// RFC 4180 line breaks inside quoted fields. Off: a quote must close on its own line.
        bool multilineFields = false;
        /// Longest line (with multilineFields: longest record) read; longer ones become LineTooLong.
        qsizetype maxLineBytes = 64 * 1024;
    };

    /// How many bytes of a too-long line are kept to show in a message (fewer when maxLineBytes is smaller).
    static constexpr qsizetype kPrefixBytes = 200;

    explicit CsvScanner(char delimiter)
        : CsvScanner(delimiter, Options())
    { }
    CsvScanner(char delimiter, Options options);

    /// Picks the delimiter (, ; tab |) that occurs most often outside quotes in the first line of the sample.
    static char detectDelimiter(QByteArrayView sample);
    /// The first line-end byte (LF or CR) in [begin, end), or end.
    static const char *findLineEnd(const char *begin, const char *end);

    /// What the buffer the next calls get holds: without a CR or NUL byte in it, each line is searched for LF
    /// alone (the CR and NUL searches were 4 % of a UTF-8 import). Call again whenever bytes are added to the
    /// buffer; without a call every line is searched for all three.
    void describeBuffer(QByteArrayView bytes);

    /// Reads the record starting at data[pos]. On any result but NeedMore and End, pos moves past the record's
    /// line end and lines() tells how many physical lines it covered. On NeedMore pos and data are unchanged,
    /// except while a too-long line is skipped: then pos moves to size (the skipped bytes are not needed).
    Result next(char *data, qsizetype size, qsizetype &pos, bool atEnd);
    const std::vector<QByteArrayView> &fields() const { return m_fields; }
    /// Physical lines covered by the last result (1 unless a quoted field spans lines).
    int lines() const { return m_lines; }
    /// UnterminatedQuote: 0-based field where the quote opened and its byte offset in the line.
    int quoteField() const { return m_quoteField; }
    qsizetype quoteOffset() const { return m_quoteOffset; }
    /// NulByte: byte offset of the first NUL in the record.
    qsizetype nulOffset() const { return m_nulOffset; }
    /// LineTooLong: the first kPrefixBytes bytes and the whole length of the line (without its line end).
    QByteArrayView prefix() const { return m_prefix; }
    qint64 lineBytes() const { return m_lineBytes; }

private:
    enum class Parse { Done, Open, NeedMore };
    struct Span
    {
        qsizetype begin;
        qsizetype end;
        bool doubledQuotes;
    };

    Result nextLine(char *data, qsizetype size, qsizetype &pos, bool atEnd, bool allowMultiline);
    Result nextMultiline(char *data, qsizetype size, qsizetype &pos, bool atEnd);
    Result skipLongLine(char *data, qsizetype size, qsizetype &pos, bool atEnd);
    /// Fields of data[begin, limit); stops at limit or (multiline) at a line end outside quotes (*stop).
    Parse parse(char *data, qsizetype begin, qsizetype limit, bool multiline, bool atEnd, qsizetype *stop);
    void splitPlain(const char *begin, const char *end);
    void materialise(char *data);
    const char *lineEnd(const char *begin, const char *end) const;

    char m_delimiter;
    Options m_options;
    std::vector<QByteArrayView> m_fields;
    std::vector<Span> m_spans;
    int m_lines = 0;
    int m_parsedLines = 0;
    int m_quoteField = -1;
    qsizetype m_quoteOffset = -1;
    qsizetype m_nulOffset = -1;
    bool m_mayHoldCr = true;
    bool m_mayHoldNul = true;
    bool m_skipping = false;
    QByteArray m_prefix;
    qint64 m_lineBytes = 0;
};
