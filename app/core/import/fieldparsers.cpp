#include "fieldparsers.h"
QByteArrayView FieldParsers::trimmed(QByteArrayView v) { return v.trimmed(); }
std::optional<qint64> FieldParsers::parseAmount(QByteArrayView) { return std::nullopt; }
std::optional<int> FieldParsers::parseInstallment(QByteArrayView) { return std::nullopt; }
