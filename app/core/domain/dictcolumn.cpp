#include "dictcolumn.h"

#include "bytehash.h"

namespace {
quint32 hashOf(QByteArrayView v)
{
    return ByteHash::hash32(v);
}
} // namespace

void DictColumn::rehash(size_t capacity)
{
    m_index.clear();
    m_index.resize(capacity, 0);
    const size_t mask = capacity - 1;
    for (size_t code = 0; code < m_hashes.size(); ++code) {
        size_t i = m_hashes[code] & mask;
        while (m_index[i] != 0)
            i = (i + 1) & mask;
        m_index[i] = quint32(code + 1);
    }
}

quint32 DictColumn::intern(QByteArrayView utf8)
{
    if (m_lastCode != 0xFFFFFFFFu && m_values.at(m_lastCode) == utf8)
        return m_lastCode;
    if (m_index.empty())
        rehash(64);
    const quint32 h = hashOf(utf8);
    const size_t mask = m_index.size() - 1;
    size_t i = h & mask;
    for (; m_index[i] != 0; i = (i + 1) & mask) {
        const quint32 code = m_index[i] - 1;
        if (m_hashes[code] == h && m_values.at(code) == utf8)
            return m_lastCode = code;
    }
    const auto code = quint32(m_values.size());
    m_values.append(utf8);
    m_hashes.push_back(h);
    m_index[i] = code + 1;
    if (m_hashes.size() * 2 > m_index.size())
        rehash(m_index.size() * 2);
    return m_lastCode = code;
}
