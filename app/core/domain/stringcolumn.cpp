#include "stringcolumn.h"

#include <stdexcept>

void StringColumn::reserve(qsizetype rows, qsizetype bytes)
{
    m_ends.reserve(size_t(rows));
    m_bytes.reserve(bytes);
}

void StringColumn::append(QByteArrayView utf8)
{
    // 32-bit offsets keep the column small; 4 GiB of one field's text is far beyond a day's batch.
    if (quint64(m_bytes.size()) + quint64(utf8.size()) > 0xFFFFFFFFull)
        throw std::length_error("StringColumn exceeds 4 GiB");
    m_bytes.append(utf8.data(), utf8.size());
    m_ends.push_back(quint32(m_bytes.size()));
}

void StringColumn::clear()
{
    m_bytes.clear();
    m_ends.clear();
}
