// One text column of a RecordTable: every value's UTF-8 bytes end to end in one buffer plus an end offset
// per row, so a million values cost their bytes plus 4 bytes each instead of a QString (and a heap block) each.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

class StringColumn
{
public:
    void reserve(qsizetype rows, qsizetype bytes);
    void append(QByteArrayView utf8);
    qsizetype size() const { return qsizetype(m_ends.size()); }
    QByteArrayView at(qsizetype row) const
    {
        const quint32 begin = row == 0 ? 0 : m_ends[size_t(row - 1)];
        return QByteArrayView(m_bytes.constData() + begin, qsizetype(m_ends[size_t(row)] - begin));
    }
    QString string(qsizetype row) const { return QString::fromUtf8(at(row)); }
    qsizetype byteSize() const { return m_bytes.size(); }
    void clear();

private:
    QByteArray m_bytes;
    std::vector<quint32> m_ends;
};
