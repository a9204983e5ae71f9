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
    PodBuffer<quint64> old = std::move(m_index);
    m_index.resize(capacity, 0);
    const size_t mask = capacity - 1;
    for (size_t k = 0; k < old.size(); ++k) {
        if (old[k] == 0)
            continue;
        size_t i = size_t(old[k] >> 32) & mask;
        while (m_index[i] != 0)
            i = (i + 1) & mask;
        m_index[i] = old[k];
    }
}

quint32 DictColumn::intern(QByteArrayView utf8)
{
    if (m_index.empty())
        rehash(64);
    const quint32 h = hashOf(utf8);
    const size_t mask = m_index.size() - 1;
    size_t i = h & mask;
    for (; m_index[i] != 0; i = (i + 1) & mask) {
        const quint64 slot = m_index[i];
        if (quint32(slot >> 32) == h) {
            const auto code = quint32(slot) - 1;
            if (m_values.at(code) == utf8)
                return code;
        }
    }
    const auto code = quint32(m_values.size());
    m_values.append(utf8);
    m_index[i] = (quint64(h) << 32) | (code + 1);
    if (size_t(m_values.size()) * 2 > m_index.size())
        rehash(m_index.size() * 2);
    return code;
}
