// What the benchmarks read off Linux to describe a run: memory from /proc/self/status, the load average.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>

namespace BenchSupport {
/// kB from a "VmXXX:   1234 kB" line of /proc/self/status, or -1.
inline qint64 procStatusKb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n'); // size 0 in /proc: read it whole
    for (const QByteArray &line : lines) {
        if (line.startsWith(key)) {
            QByteArray value = line.mid(int(qstrlen(key))).trimmed();
            value.chop(3); // " kB"
            return value.trimmed().toLongLong();
        }
    }
    return -1;
}

/// "1.52 1.61 1.70", or "n/a".
inline QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return "n/a";
    return file.readAll().split(' ').mid(0, 3).join(' ');
}
} // namespace BenchSupport
