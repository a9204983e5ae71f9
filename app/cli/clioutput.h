// Small helpers the CLI commands share: stdout/stderr streams, money formatting.
// CLI text is translated with QCoreApplication::translate("payrecon-cli", "literal") spelled out at each call:
// lupdate only extracts literal calls it recognises, never calls through a wrapper function.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace CliOutput {
QTextStream &out();
QTextStream &err();
/// "1,250,000" — grouping fixed to the C/English style so scripts can parse the output on any locale.
QString won(qint64 amount);
QString count(qint64 n);
} // namespace CliOutput
