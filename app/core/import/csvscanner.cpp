#include "csvscanner.h"

#include <cstring>

char CsvScanner::detectDelimiter(QByteArrayView sample)
{
    static constexpr char candidates[] = { ',', '\t', ';', '|' };
    int counts[4] = { 0, 0, 0, 0 };
    bool quoted = false;
    for (char c : sample) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '\n')
            break;
        else if (!quoted) {
            for (int k = 0; k < 4; ++k)
                counts[k] += c == candidates[k];
        }
    }
    int best = 0;
    for (int k = 1; k < 4; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

CsvScanner::Result CsvScanner::next(char *data, qsizetype size, qsizetype &pos, bool atEnd)
{
    m_fields.clear();
    m_newlines = 0;
    if (pos >= size)
        return atEnd ? Result::End : Result::NeedMore;
    const char *base = data + pos;
    const qsizetype avail = size - pos;
    const auto *nl = static_cast<const char *>(std::memchr(base, '\n', size_t(avail)));
    if (!nl && !atEnd)
        return Result::NeedMore;
    const qsizetype lineLen = nl ? nl - base : avail;
    if (std::memchr(base, '"', size_t(lineLen)))
        return nextQuoted(data, size, pos, atEnd);

    // Fast path, the common case: an unquoted line split with memchr.
    const char *p = base;
    const char *e = base + lineLen;
    if (e > p && e[-1] == '\r')
        --e;
    for (;;) {
        const auto *d = static_cast<const char *>(std::memchr(p, m_delimiter, size_t(e - p)));
        if (!d) {
            m_fields.emplace_back(p, e - p);
            break;
        }
        m_fields.emplace_back(p, d - p);
        p = d + 1;
    }
    pos += nl ? lineLen + 1 : lineLen;
    m_newlines = nl ? 1 : 0;
    return Result::Record;
}

CsvScanner::Result CsvScanner::nextQuoted(char *data, qsizetype size, qsizetype &pos, bool atEnd)
{
    // Nothing is written to data until the whole record is known to be in the buffer, so NeedMore can
    // hand the same bytes back later.
    m_spans.clear();
    int newlines = 0;
    qsizetype i = pos;
    bool unterminated = false;
    for (;;) {
        if (i < size && data[i] == '"') {
            const qsizetype b = i + 1;
            qsizetype j = b;
            bool doubled = false;
            for (;;) {
                if (j >= size) {
                    if (!atEnd)
                        return Result::NeedMore;
                    unterminated = true;
                    break;
                }
                const char c = data[j];
                if (c == '"') {
                    if (j + 1 >= size && !atEnd)
                        return Result::NeedMore;
                    if (j + 1 < size && data[j + 1] == '"') {
                        doubled = true;
                        j += 2;
                        continue;
                    }
                    break;
                }
                newlines += c == '\n';
                ++j;
            }
            if (unterminated) {
                m_spans.push_back({ b, size, doubled });
                i = size;
                break;
            }
            const qsizetype e = j;
            ++j;
            if (j + 1 < size && data[j] == '\r' && data[j + 1] == '\n')
                ++j;
            else if (j + 1 >= size && j < size && data[j] == '\r' && !atEnd)
                return Result::NeedMore;
            if (j >= size || data[j] == m_delimiter || data[j] == '\n') {
                m_spans.push_back({ b, e, doubled });
            } else {
                // Text after a closing quote is not RFC 4180; keep the field as it stands rather than guess.
                qsizetype k = j;
                while (k < size && data[k] != m_delimiter && data[k] != '\n')
                    ++k;
                if (k >= size && !atEnd)
                    return Result::NeedMore;
                qsizetype fe = k;
                if (fe > i && data[fe - 1] == '\r')
                    --fe;
                m_spans.push_back({ i, fe, false });
                j = k;
            }
            i = j;
        } else {
            qsizetype j = i;
            while (j < size && data[j] != m_delimiter && data[j] != '\n')
                ++j;
            if (j >= size && !atEnd)
                return Result::NeedMore;
            qsizetype e = j;
            if (e > i && data[e - 1] == '\r' && (j >= size || data[j] == '\n'))
                --e;
            m_spans.push_back({ i, e, false });
            i = j;
        }
        if (i >= size)
            break;
        if (data[i] == m_delimiter) {
            ++i;
            continue;
        }
        // data[i] == '\n'
        ++newlines;
        ++i;
        break;
    }
    pos = i;
    m_newlines = newlines;
    m_fields.reserve(m_spans.size());
    for (const Span &s : m_spans) {
        qsizetype end = s.end;
        if (s.doubledQuotes) {
            qsizetype out = s.begin;
            for (qsizetype k = s.begin; k < s.end; ++k) {
                data[out++] = data[k];
                if (data[k] == '"' && k + 1 < s.end && data[k + 1] == '"')
                    ++k;
            }
            end = out;
        }
        m_fields.emplace_back(data + s.begin, end - s.begin);
    }
    return unterminated ? Result::UnterminatedQuote : Result::Record;
}
