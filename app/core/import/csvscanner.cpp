#include "csvscanner.h"

#include <QtGlobal>
#include <cstring>

namespace {
bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}
} // namespace

CsvScanner::CsvScanner(char delimiter, Options options)
    : m_delimiter(delimiter)
    , m_options(options)
{
    m_options.maxLineBytes = qMax<qsizetype>(1, m_options.maxLineBytes);
}

char CsvScanner::detectDelimiter(QByteArrayView sample)
{
    static constexpr char candidates[] = { ',', '\t', ';', '|' };
    int counts[4] = { 0, 0, 0, 0 };
    bool quoted = false;
    for (char c : sample) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && isLineEnd(c))
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

const char *CsvScanner::findLineEnd(const char *begin, const char *end)
{
    // Two memchr over a short window instead of a byte loop looking for both: a CR-only file must not make
    // the LF search run to the end of the buffer for every line (quadratic), and a window of 512 bytes holds
    // a typical VAN line (about 150 bytes) whole.
    constexpr qsizetype kWindow = 512;
    const char *p = begin;
    while (p < end) {
        const auto n = qMin<qsizetype>(end - p, kWindow);
        const auto *lf = static_cast<const char *>(std::memchr(p, '\n', size_t(n)));
        const qsizetype upto = lf ? lf - p : n;
        if (const auto *cr = static_cast<const char *>(std::memchr(p, '\r', size_t(upto))))
            return cr;
        if (lf)
            return lf;
        p += n;
    }
    return end;
}

void CsvScanner::describeBuffer(QByteArrayView bytes)
{
    m_mayHoldCr = bytes.contains('\r');
    m_mayHoldNul = bytes.contains('\0');
}

const char *CsvScanner::lineEnd(const char *begin, const char *end) const
{
    if (m_mayHoldCr)
        return findLineEnd(begin, end);
    const auto *lf = static_cast<const char *>(std::memchr(begin, '\n', size_t(end - begin)));
    return lf ? lf : end;
}

CsvScanner::Result CsvScanner::next(char *data, qsizetype size, qsizetype &pos, bool atEnd)
{
    m_fields.clear();
    m_lines = 0;
    m_quoteField = -1;
    m_quoteOffset = -1;
    m_nulOffset = -1;
    if (m_skipping)
        return skipLongLine(data, size, pos, atEnd);
    if (pos >= size)
        return atEnd ? Result::End : Result::NeedMore;
    return nextLine(data, size, pos, atEnd, m_options.multilineFields);
}

CsvScanner::Result CsvScanner::nextLine(char *data, qsizetype size, qsizetype &pos, bool atEnd, bool allowMultiline)
{
    const char *base = data + pos;
    const qsizetype avail = size - pos;
    const qsizetype window = qMin(avail, m_options.maxLineBytes + 1);
    const qsizetype lineLen = lineEnd(base, base + window) - base;
    qsizetype term = 0;
    if (lineLen == window) {
        if (avail > m_options.maxLineBytes) {
            // Longer than the limit: keep a prefix for the message and skip the rest as it streams by.
            // Never more than the window known to hold no line end, so the prefix does not depend on the blocks.
            m_prefix = QByteArray(base, qMin(window, kPrefixBytes));
            m_lineBytes = 0;
            m_skipping = true;
            return skipLongLine(data, size, pos, atEnd);
        }
        if (!atEnd)
            return Result::NeedMore;
        // The final line, without a line end.
    } else if (base[lineLen] == '\n') {
        term = 1;
    } else if (lineLen + 1 < avail) {
        term = base[lineLen + 1] == '\n' ? 2 : 1;
    } else if (!atEnd) {
        return Result::NeedMore; // a CR at the end of the buffer: CR LF or a CR on its own?
    } else {
        term = 1;
    }

    const bool quoted = std::memchr(base, '"', size_t(lineLen)) != nullptr;
    if (quoted && allowMultiline)
        return nextMultiline(data, size, pos, atEnd);
    m_nulOffset = [&] {
        const auto *nul = m_mayHoldNul ? static_cast<const char *>(std::memchr(base, '\0', size_t(lineLen))) : nullptr;
        return nul ? nul - base : qsizetype(-1);
    }();
    m_lines = 1;
    Result result = Result::Record;
    if (!quoted) {
        // Fast path, the common case: an unquoted line split with memchr.
        splitPlain(base, base + lineLen);
    } else {
        if (parse(data, pos, pos + lineLen, false, true, nullptr) == Parse::Open)
            result = Result::UnterminatedQuote;
        materialise(data);
    }
    pos += lineLen + term;
    if (result == Result::Record && m_nulOffset >= 0)
        return Result::NulByte;
    return result;
}

CsvScanner::Result CsvScanner::nextMultiline(char *data, qsizetype size, qsizetype &pos, bool atEnd)
{
    // A record may span lines inside quotes, but never more than maxLineBytes: a quote that is never closed
    // must not swallow the rest of the file, nor hold it in memory.
    const qsizetype cap = qMin(size, pos + m_options.maxLineBytes + 1);
    const bool final = cap == size && atEnd;
    qsizetype stop = -1;
    const Parse p = parse(data, pos, cap, true, final, &stop);
    if (p == Parse::Done) {
        const qsizetype end = stop >= 0 ? stop : cap;
        qsizetype term = 0;
        if (stop >= 0 && data[stop] == '\n') {
            term = 1;
        } else if (stop >= 0) {
            if (stop + 1 < size)
                term = data[stop + 1] == '\n' ? 2 : 1;
            else if (!atEnd)
                return Result::NeedMore;
            else
                term = 1;
        }
        const auto *nul = static_cast<const char *>(std::memchr(data + pos, '\0', size_t(end - pos)));
        m_nulOffset = nul ? nul - (data + pos) : -1;
        m_lines = m_parsedLines;
        materialise(data);
        pos = end + term;
        return m_nulOffset >= 0 ? Result::NulByte : Result::Record;
    }
    if (p == Parse::NeedMore && cap == size && !atEnd)
        return Result::NeedMore;
    // The quote is not closed before the end of the file or within the limit: the line is read on its own
    // (and reported), the next line is read afresh.
    return nextLine(data, size, pos, atEnd, false);
}

CsvScanner::Result CsvScanner::skipLongLine(char *data, qsizetype size, qsizetype &pos, bool atEnd)
{
    const char *eol = lineEnd(data + pos, data + size);
    if (eol == data + size) {
        m_lineBytes += size - pos;
        pos = size;
        if (!atEnd)
            return Result::NeedMore;
    } else if (*eol == '\r' && eol + 1 == data + size && !atEnd) {
        // Keep the CR: the next block tells whether an LF belongs to it.
        m_lineBytes += eol - (data + pos);
        pos = eol - data;
        return Result::NeedMore;
    } else {
        m_lineBytes += eol - (data + pos);
        const qsizetype term = *eol == '\r' && eol + 1 < data + size && eol[1] == '\n' ? 2 : 1;
        pos = eol - data + term;
    }
    m_skipping = false;
    m_lines = 1;
    return Result::LineTooLong;
}

void CsvScanner::splitPlain(const char *p, const char *e)
{
    for (;;) {
        const auto *d = static_cast<const char *>(std::memchr(p, m_delimiter, size_t(e - p)));
        if (!d) {
            m_fields.emplace_back(p, e - p);
            break;
        }
        m_fields.emplace_back(p, d - p);
        p = d + 1;
    }
}

CsvScanner::Parse CsvScanner::parse(
    char *data, qsizetype begin, qsizetype limit, bool multiline, bool final, qsizetype *stop)
{
    // Nothing is written to data here, so NeedMore can hand the same bytes back later. `final` says no byte
    // follows limit; otherwise a decision that needs the byte at limit asks for more.
    m_spans.clear();
    m_parsedLines = 1;
    qsizetype i = begin;
    for (int field = 0;; ++field) {
        if (i < limit && data[i] == '"') {
            const qsizetype b = i + 1;
            qsizetype j = b;
            bool doubled = false;
            for (;;) {
                if (j >= limit) {
                    if (!final)
                        return Parse::NeedMore;
                    m_quoteField = field;
                    m_quoteOffset = i - begin;
                    m_spans.push_back({ b, limit, doubled });
                    return Parse::Open;
                }
                const char c = data[j];
                if (c == '"') {
                    if (j + 1 >= limit && !final)
                        return Parse::NeedMore;
                    if (j + 1 < limit && data[j + 1] == '"') {
                        doubled = true;
                        j += 2;
                        continue;
                    }
                    break;
                }
                if (c == '\r') {
                    if (j + 1 >= limit && !final)
                        return Parse::NeedMore;
                    if (j + 1 < limit && data[j + 1] == '\n')
                        ++j;
                    ++m_parsedLines;
                } else if (c == '\n') {
                    ++m_parsedLines;
                }
                ++j;
            }
            const qsizetype e = j;
            ++j;
            if (j >= limit || data[j] == m_delimiter || (multiline && isLineEnd(data[j]))) {
                m_spans.push_back({ b, e, doubled });
            } else {
                // Text after a closing quote is not RFC 4180; keep the field as it stands rather than guess.
                qsizetype k = j;
                while (k < limit && data[k] != m_delimiter && !(multiline && isLineEnd(data[k])))
                    ++k;
                if (k >= limit && !final)
                    return Parse::NeedMore;
                m_spans.push_back({ i, k, false });
                j = k;
            }
            i = j;
        } else {
            qsizetype j = i;
            while (j < limit && data[j] != m_delimiter && !(multiline && isLineEnd(data[j])))
                ++j;
            if (j >= limit && !final)
                return Parse::NeedMore;
            m_spans.push_back({ i, j, false });
            i = j;
        }
        if (i >= limit)
            return Parse::Done;
        if (data[i] == m_delimiter) {
            ++i;
            continue;
        }
        // A line end outside quotes ends a multi-line record.
        *stop = i;
        return Parse::Done;
    }
}

void CsvScanner::materialise(char *data)
{
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
}
