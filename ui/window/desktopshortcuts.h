// The key combinations the Linux desktops keep for themselves (GNOME, KDE Plasma, Xfce, Cinnamon, MATE, and the
// input methods Korean users type with): a window shortcut on one of them never reaches the window, or locks the
// screen instead. One table, each entry with where its default is set, so that a new desktop release is one
// place to check.
#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>

class DesktopShortcuts final
{
    Q_DECLARE_TR_FUNCTIONS(DesktopShortcuts)

public:
    /// Which desktops take shortcut by default and for what, as one phrase ("KDE Plasma, Xfce, Cinnamon, MATE:
    /// lock the screen"); empty when none of them does. Every combination of a sequence is checked.
    static QString reservedBy(const QKeySequence &shortcut);

private:
    static QString reservedBy(QKeyCombination combination);
};
