// A text column whose values repeat (card company, merchant, customer, category): each row keeps a 4-byte
// code into one copy of every distinct value. Charts and filters can group by code without touching text.
#pragma once

#include "podbuffer.h"
#include "stringcolumn.h"

#include <QByteArrayView>

class DictColumn
{
public:
    void reserve(qsizetype rows) { m_codes.reserve(size_t(rows)); }
    void append(QByteArrayView utf8) { m_codes.push_back(intern(utf8)); }
    qsizetype size() const { return qsizetype(m_codes.size()); }
    quint32 code(qsizetype row) const { return m_codes[size_t(row)]; }
    QByteArrayView at(qsizetype row) const { return m_values.at(qsizetype(m_codes[size_t(row)])); }
    /// Distinct values, indexed by code.
    const StringColumn &values() const { return m_values; }
    qsizetype capacityBytes() const
    {
        return qsizetype(m_codes.capacity() * sizeof(quint32) + m_index.capacity() * sizeof(quint64))
            + m_values.capacityBytes();
    }

private:
    quint32 intern(QByteArrayView utf8);
    void rehash(size_t capacity);

    PodBuffer<quint32> m_codes;
    StringColumn m_values;
    /// Open addressing; a slot is hash << 32 | (code + 1), 0 = empty. The hash sits in the slot so a probe
    /// touches the text only when the hashes agree.
    PodBuffer<quint64> m_index;
};
