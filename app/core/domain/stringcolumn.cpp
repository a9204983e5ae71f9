#include "stringcolumn.h"

#include <stdexcept>

void StringColumn::reserve(qsizetype rows, qsizetype bytes)
{
    m_ends.reserve(size_t(rows));
    m_bytes.reserve(size_t(bytes));
}

void StringColumn::throwTooLarge()
{
    throw std::length_error("StringColumn exceeds 4 GiB");
}

void StringColumn::clear()
{
    m_bytes.clear();
    m_ends.clear();
}
