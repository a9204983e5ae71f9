#include "csvwriter.h"

namespace {
constexpr qsizetype FlushAt = 1 << 20;

bool needsNeutralising(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    switch (v.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    if (v.front() == ' ' || v.back() == ' ')
        return true;
    for (char c : v) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}
} // namespace

CsvWriter::CsvWriter(QIODevice &out, bool byteOrderMark)
    : m_out { out }
{
    m_buffer.reserve(FlushAt + 4096);
    if (byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF"); // without it Excel reads UTF-8 Korean as the ANSI code page
}

CsvWriter::~CsvWriter()
{
    finish();
}

QByteArray CsvWriter::cell(QByteArrayView utf8)
{
    QByteArray v;
    if (needsNeutralising(utf8)) {
        v.reserve(utf8.size() + 1);
        v.append('\'');
    }
    v.append(utf8);
    if (!needsQuotes(v))
        return v;
    QByteArray quoted;
    quoted.reserve(v.size() + 8);
    quoted.append('"');
    for (char c : v) {
        if (c == '"')
            quoted.append('"');
        quoted.append(c);
    }
    quoted.append('"');
    return quoted;
}

void CsvWriter::separator()
{
    if (m_rowStarted)
        m_buffer.append(',');
    m_rowStarted = true;
}

void CsvWriter::text(QByteArrayView utf8)
{
    separator();
    if (!needsNeutralising(utf8) && !needsQuotes(utf8))
        m_buffer.append(utf8); // the common case, without a temporary
    else
        m_buffer.append(cell(utf8));
}

void CsvWriter::number(qint64 value)
{
    separator();
    m_buffer.append(QByteArray::number(value));
}

void CsvWriter::empty()
{
    separator();
}

void CsvWriter::endRow()
{
    m_buffer.append("\r\n");
    m_rowStarted = false;
    flushIfFull();
}

void CsvWriter::flushIfFull()
{
    if (m_buffer.size() < FlushAt)
        return;
    m_ok = m_ok && m_out.write(m_buffer) == m_buffer.size();
    m_buffer.clear();
}

bool CsvWriter::finish()
{
    if (!m_buffer.isEmpty()) {
        m_ok = m_ok && m_out.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }
    return m_ok;
}
