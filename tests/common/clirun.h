// Runs a program (payrecon-cli) to completion and keeps what it said: the end-to-end tests' one way to call it.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct Run
{
    int exitCode = -1; ///< -1 when it crashed or did not start
    QString out;
    QString err;
};

/// \a input goes to the program's standard input, which is then closed (a secret for `config set-secret`).
inline Run runProgram(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 240000,
    const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, arguments);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// For failure messages: exit code and the start of both streams.
inline QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out.left(2000), r.err.left(2000));
}
