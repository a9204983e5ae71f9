#include "datetimeformat.h"
DateTimeFormat::DateTimeFormat(const QString &f) : m_pattern(f) { }
bool DateTimeFormat::parse(QByteArrayView, LocalDateTime &) const { return false; }
qint64 DateTimeFormat::daysFromCivil(int, int, int) { return 0; }
bool DateTimeFormat::isValidDate(int, int, int) { return false; }
bool DateTimeFormat::parseSlow(QByteArrayView, LocalDateTime &) const { return false; }
