#include "csvscanner.h"
char CsvScanner::detectDelimiter(QByteArrayView) { return ','; }
CsvScanner::Result CsvScanner::next(char *, qsizetype, qsizetype &, bool) { return Result::End; }
