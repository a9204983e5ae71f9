#include "clioutput.h"

#include <QLocale>

QTextStream &CliOutput::out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &CliOutput::err()
{
    static QTextStream s(stderr);
    return s;
}

QString CliOutput::won(qint64 amount)
{
    return QLocale(QLocale::English).toString(amount);
}

QString CliOutput::count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}
