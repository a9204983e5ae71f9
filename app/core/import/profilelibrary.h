// The user's own VAN profiles, saved from the import dialog as JSON in <AppDataLocation>/profiles/<name>.json
// and listed next to the built-in ones; VanProfile::load finds them by name too.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct VanProfile;

class ProfileLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLibrary)

public:
    /// Where saved profiles live (shared by the window and payrecon-cli: both are "payrecon").
    static QString directory();
    /// Names of the saved profiles, sorted; a file that is not a valid profile is left out.
    static QStringList savedNames();
    /// The file a saved profile of this name has (or would have).
    static QString pathFor(const QString &name);
    /// A name is usable as a file name on every platform and does not hide a built-in profile.
    static bool isValidName(const QString &name, QString *error);
    /// Writes the profile under its name, atomically; refuses a profile VanProfile::fromJson would refuse.
    static bool save(const VanProfile &profile, QString *error);
};
