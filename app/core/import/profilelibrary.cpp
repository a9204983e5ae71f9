#include "profilelibrary.h"

#include "vanprofile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

QString ProfileLibrary::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
}

QStringList ProfileLibrary::savedNames()
{
    QStringList names;
    const QStringList files
        = QDir(directory()).entryList({ QStringLiteral("*.json") }, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &f : files) {
        const QString name = QFileInfo(f).completeBaseName();
        if (isValidName(name, nullptr))
            names << name;
    }
    return names;
}

QString ProfileLibrary::pathFor(const QString &name)
{
    return directory() + u'/' + name + QStringLiteral(".json");
}

bool ProfileLibrary::isValidName(const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(error, tr("Enter a name for the profile."));
    if (trimmed != name)
        return fail(error, tr("A profile name cannot start or end with a space."));
    if (name.size() > 64)
        return fail(error, tr("A profile name can have at most 64 characters."));
    // Characters that are not allowed (or mean something) in file names on Windows, macOS or Linux.
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            return fail(error,
                tr("A profile name cannot contain %1.")
                    .arg(c.unicode() < 0x20 ? tr("control characters") : QString(c)));
    }
    if (name.startsWith(u'.'))
        return fail(error, tr("A profile name cannot start with a dot."));
    if (VanProfile::builtInNames().contains(name, Qt::CaseInsensitive))
        return fail(error, tr("\"%1\" is a built-in profile; choose another name.").arg(name));
    return true;
}

bool ProfileLibrary::save(const VanProfile &profile, QString *error)
{
    if (!isValidName(profile.name, error))
        return false;
    const QByteArray json = profile.toJson();
    QString inner;
    if (!VanProfile::fromJson(json, &inner))
        return fail(error, tr("The profile cannot be saved: %1").arg(inner));
    if (!QDir().mkpath(directory()))
        return fail(error, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory())));
    QSaveFile file(pathFor(profile.name));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(
            error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(pathFor(profile.name)), file.errorString()));
    return true;
}
