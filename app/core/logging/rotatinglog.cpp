#include "rotatinglog.h"

#include "domain/cardmask.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <cstdio>
#include <mutex>

namespace {
struct State
{
    std::mutex mutex;
    RotatingLog::Options options;
    QFile file;
    qint64 size = 0;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

State &state()
{
    static State s;
    return s;
}

QString rotatedName(const RotatingLog::Options &o, int n)
{
    return QDir(o.directory)
        .filePath(n == 0 ? o.baseName + QStringLiteral(".log") : QStringLiteral("%1.%2.log").arg(o.baseName).arg(n));
}

// Called with the mutex held.
bool openCurrent(State &s)
{
    s.file.setFileName(rotatedName(s.options, 0));
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    s.size = s.file.size();
    return true;
}

void rotate(State &s)
{
    s.file.close();
    QFile::remove(rotatedName(s.options, s.options.keepFiles));
    for (int n = s.options.keepFiles - 1; n >= 0; --n) {
        if (QFile::exists(rotatedName(s.options, n)))
            QFile::rename(rotatedName(s.options, n), rotatedName(s.options, n + 1));
    }
    openCurrent(s);
}

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'C';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    const QString clean = RotatingLog::redact(message);
    QtMessageHandler previous = nullptr;
    {
        std::lock_guard<std::mutex> lock(s.mutex);
        previous = s.options.alsoToStderr ? s.previous : nullptr;
        if (s.file.isOpen()) {
            const QByteArray line = QDateTime::currentDateTime()
                                        .toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                                        .toString(Qt::ISODateWithMs)
                                        .toUtf8()
                + ' ' + levelLetter(type) + ' ' + QByteArray(context.category ? context.category : "default") + ": "
                + clean.toUtf8() + '\n';
            if (s.size + line.size() > s.options.maxBytes && s.size > 0)
                rotate(s);
            if (s.file.isOpen()) {
                s.file.write(line);
                s.size += line.size();
                // Warnings and worse reach the disk at once: they are what someone reads after a crash.
                if (type != QtDebugMsg && type != QtInfoMsg)
                    s.file.flush();
            }
        }
    }
    if (previous)
        previous(type, context, clean);
}
} // namespace

QString RotatingLog::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

bool RotatingLog::install(const Options &options, QString *error)
{
    State &s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    if (s.installed)
        return true;
    s.options = options;
    s.options.keepFiles = std::max(1, options.keepFiles);
    if (!QDir().mkpath(options.directory) || !openCurrent(s)) {
        if (error)
            *error = QStringLiteral("Cannot write the log folder %1").arg(QDir::toNativeSeparators(options.directory));
        return false;
    }
    QFile::setPermissions(options.directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    s.previous = qInstallMessageHandler(handler);
    s.installed = true;
    return true;
}

void RotatingLog::uninstall()
{
    State &s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    s.file.close();
    s.installed = false;
}

QString RotatingLog::currentFile()
{
    State &s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    return s.installed ? s.file.fileName() : QString();
}

QString RotatingLog::redact(const QString &message)
{
    // Cheap test first: almost every line has none of these, and the regexes are not free.
    static const QRegularExpression hint(QStringLiteral("(?i)pass|secret|token|auth|api[_-]?key|webhook|://[^/\\s]*@"));
    static const QList<QPair<QRegularExpression, QString>> rules = {
        // https://discord.com/api/webhooks/<id>/<token>
        { QRegularExpression(QStringLiteral("(?i)(/api/webhooks/[0-9]+/)[A-Za-z0-9_\\-]+")),
            QStringLiteral("\\1****") },
        // Authorization: Basic …, Bearer …, ApiKey …
        { QRegularExpression(
              QStringLiteral("(?i)(authorization[\"']?\\s*[:=]\\s*[\"']?(?:basic|bearer|apikey)?\\s*)[^\\s\"',;]+")),
            QStringLiteral("\\1****") },
        // password=…, "api_key": "…", token: …
        { QRegularExpression(QStringLiteral(
              "(?i)((?:password|passwd|pwd|secret|token|api[_-]?key)[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"',;&]+")),
            QStringLiteral("\\1****") },
        // user:password@host in URLs
        { QRegularExpression(QStringLiteral("(://[^/\\s:@]+:)[^@\\s/]+@")), QStringLiteral("\\1****@") },
    };
    QString out = message;
    if (out.contains(hint)) {
        for (const auto &[re, replacement] : rules)
            out.replace(re, replacement);
    }
    // A log line has no columns to tell an id from a card: every card-shaped number goes, Luhn or not, in every
    // form ingestion knows (separators, full-width digits).
    return CardMask::maskText(out, CardMask::Check::None);
}
