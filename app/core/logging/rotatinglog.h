// PayRecon's log files: every qDebug/qInfo/qWarning/qCritical line (after the logging-category filters) also
// goes to <data>/logs/<name>.log, rotated by size, with secrets masked as a last line of defence.
#pragma once

#include <QString>

namespace RotatingLog {
struct Options
{
    QString directory; ///< created if missing (owner-only)
    QString baseName = QStringLiteral("payrecon"); ///< files <baseName>.log, <baseName>.1.log, …
    qint64 maxBytes = 5 * 1024 * 1024; ///< rotate once the current file would grow past this
    int keepFiles = 5; ///< rotated files kept besides the current one
    bool alsoToStderr = true; ///< keep Qt's default output too
};

/// The default folder: <AppDataLocation>/logs.
QString defaultDirectory();
/// Installs the message handler for the whole process. Returns false (and logs to stderr only) when the
/// folder cannot be written. Thread-safe once installed; call it once, early in main().
bool install(const Options &options, QString *error = nullptr);
/// Flushes and closes the file and puts the previous handler back (tests; clean shutdown).
void uninstall();
/// The current log file, empty when not installed.
QString currentFile();
/// Masks what must never be written down: passwords and tokens in key=value or URL form, Authorization
/// headers, Discord webhook tokens, API keys, full card numbers. Exposed for tests.
QString redact(const QString &message);
} // namespace RotatingLog
