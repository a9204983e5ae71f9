// A row that could not be read, with where and why: bad input is reported, never silently dropped.
#pragma once

#include <QString>

struct RejectedRow
{
    QString file; ///< file name as given by the user (or a query/ledger description)
    qint64 line = 0; ///< 1-based physical line where the record starts, counting the header
    int columnIndex = 0; ///< 1-based column, 0 when the whole row is at fault
    QString column; ///< header name (or canonical field) of that column, empty when the whole row is at fault
    QString value; ///< the offending value as read (decoded where possible, card numbers masked)
    QString reason; ///< a sentence for a person
    int lines = 1; ///< physical lines the row spans (more than 1 only for a multi-line record)
};
