// Small helpers the CLI commands share: translated text, stdout/stderr streams, money formatting.
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
inline QString tr(const char *text)
{
    return QCoreApplication::translate("payrecon-cli", text);
}
} // namespace CliOutput
