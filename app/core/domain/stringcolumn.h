// One text column of a RecordTable: every value's UTF-8 bytes end to end in one buffer plus an end offset
// per row, so a million values cost their bytes plus 4 bytes each instead of a QString (and a heap block) each.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "podbuffer.h"

class StringColumn
{
public:
    void reserve(qsizetype rows, qsizetype bytes);
    void append(QByteArrayView utf8)
    {
        // 32-bit offsets keep the column small; 4 GiB of one field's text is far beyond a day's batch.
        if (Q_UNLIKELY(quint64(m_bytes.size()) + quint64(utf8.size()) > 0xFFFFFFFFull))
            throwTooLarge();
        m_bytes.append(utf8.data(), size_t(utf8.size()));
        m_ends.push_back(quint32(m_bytes.size()));
    }
    qsizetype size() const { return qsizetype(m_ends.size()); }
    QByteArrayView at(qsizetype row) const
    {
        const quint32 begin = row == 0 ? 0 : m_ends[size_t(row - 1)];
        return QByteArrayView(m_bytes.data() + begin, qsizetype(m_ends[size_t(row)] - begin));
    }
    QString string(qsizetype row) const { return QString::fromUtf8(at(row)); }
    qsizetype byteSize() const { return qsizetype(m_bytes.size()); }
    qsizetype capacityBytes() const { return qsizetype(m_bytes.capacity() + m_ends.capacity() * sizeof(quint32)); }
    void clear();

private:
    [[noreturn]] static void throwTooLarge();

    PodBuffer<char> m_bytes;
    PodBuffer<quint32> m_ends;
};
