#include "window/desktopshortcuts.h"

#include <iterator>

namespace {

constexpr Qt::KeyboardModifiers kCtrl = Qt::ControlModifier;
constexpr Qt::KeyboardModifiers kAlt = Qt::AltModifier;
constexpr Qt::KeyboardModifiers kShift = Qt::ShiftModifier;
constexpr Qt::KeyboardModifiers kCtrlAlt = Qt::ControlModifier | Qt::AltModifier;
constexpr Qt::KeyboardModifiers kCtrlShift = Qt::ControlModifier | Qt::ShiftModifier;
constexpr Qt::KeyboardModifiers kAltShift = Qt::AltModifier | Qt::ShiftModifier;
constexpr Qt::KeyboardModifiers kCtrlAltShift = Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier;

const char *const kEvery = QT_TRANSLATE_NOOP("DesktopShortcuts", "GNOME, KDE Plasma, Xfce, Cinnamon, MATE");

struct Reserved
{
    QKeyCombination combination;
    const char *desktops;
    const char *purpose;
};

// Defaults as shipped (Debian 12 and the upstream sources); the comment names where each one is set.
// gsettings-desktop-schemas: org.gnome.desktop.wm.keybindings; gsd: org.gnome.settings-daemon.plugins.media-keys;
// libxfce4ui: libxfce4kbd-private/xfce4-keyboard-shortcuts.xml (xfwm4 and command keys); kwin: src/kwinbindings.cpp;
// marco / msd: org.mate.Marco.global-keybindings / org.mate.SettingsDaemon.plugins.media-keys; csd:
// org.cinnamon.desktop.keybindings (Cinnamon's Keyboard settings).
const Reserved kReserved[] = {
    // kscreenlocker ksldapp.cpp (Meta+L, Ctrl+Alt+L); libxfce4ui xflock4; csd and msd media-keys "screensaver".
    { kCtrlAlt | Qt::Key_L, QT_TRANSLATE_NOOP("DesktopShortcuts", "KDE Plasma, Xfce, Cinnamon, MATE"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "lock the screen") },
    // gsd and msd media-keys "logout"; ksmserver; libxfce4ui xfce4-session-logout; csd media-keys "logout".
    { kCtrlAlt | Qt::Key_Delete, kEvery, QT_TRANSLATE_NOOP("DesktopShortcuts", "log out") },
    // gsd media-keys "terminal"; Konsole's global entry in Plasma; libxfce4ui TerminalEmulator; csd; marco
    // run-command-terminal.
    { kCtrlAlt | Qt::Key_T, kEvery, QT_TRANSLATE_NOOP("DesktopShortcuts", "open a terminal") },
    // libxfce4ui xfwm4 show_desktop_key; marco show-desktop.
    { kCtrlAlt | Qt::Key_D, QT_TRANSLATE_NOOP("DesktopShortcuts", "Xfce, MATE"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "show the desktop") },
    // libxfce4ui: thunar.
    { kCtrlAlt | Qt::Key_F, QT_TRANSLATE_NOOP("DesktopShortcuts", "Xfce"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "open the file manager") },
    // kwinbindings.cpp Kill Window; libxfce4ui xkill; wm.keybindings and marco cycle-panels; Cinnamon restarts.
    { kCtrlAlt | Qt::Key_Escape, kEvery,
        QT_TRANSLATE_NOOP("DesktopShortcuts", "kill a window, restart the shell or move to the panels") },
    { kCtrlAltShift | Qt::Key_Escape, QT_TRANSLATE_NOOP("DesktopShortcuts", "GNOME, MATE"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "move to the panels") },
    // Klipper (plasma-workspace klipper): popup, manual action, actions on/off.
    { kCtrlAlt | Qt::Key_V, QT_TRANSLATE_NOOP("DesktopShortcuts", "KDE Plasma"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "show the clipboard history") },
    { kCtrlAlt | Qt::Key_R, QT_TRANSLATE_NOOP("DesktopShortcuts", "KDE Plasma"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "run a clipboard action") },
    { kCtrlAlt | Qt::Key_X, QT_TRANSLATE_NOOP("DesktopShortcuts", "KDE Plasma"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "switch clipboard actions on or off") },
    // kwinbindings.cpp Activate Window Demanding Attention.
    { kCtrlAlt | Qt::Key_A, QT_TRANSLATE_NOOP("DesktopShortcuts", "KDE Plasma"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "activate the window that asks for attention") },
    // wm.keybindings switch-panels; marco switch-panels.
    { kCtrlAlt | Qt::Key_Tab, QT_TRANSLATE_NOOP("DesktopShortcuts", "GNOME, MATE"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "move to the panels") },
    { kCtrlAltShift | Qt::Key_Backtab, QT_TRANSLATE_NOOP("DesktopShortcuts", "GNOME, MATE"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "move to the panels") },
    // wm.keybindings switch-to-workspace-*; libxfce4ui *_workspace_key; Cinnamon; marco switch-to-workspace-*.
    { kCtrlAlt | Qt::Key_Left, QT_TRANSLATE_NOOP("DesktopShortcuts", "GNOME, Xfce, Cinnamon, MATE"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "switch the workspace") },
    { kCtrlAlt | Qt::Key_Right, QT_TRANSLATE_NOOP("DesktopShortcuts", "GNOME, Xfce, Cinnamon, MATE"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "switch the workspace") },
    { kCtrlAlt | Qt::Key_Up, QT_TRANSLATE_NOOP("DesktopShortcuts", "GNOME, Xfce, Cinnamon, MATE"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "switch the workspace") },
    { kCtrlAlt | Qt::Key_Down, QT_TRANSLATE_NOOP("DesktopShortcuts", "GNOME, Xfce, Cinnamon, MATE"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "switch the workspace") },
    // wm.keybindings move-to-workspace-*; libxfce4ui move_window_*_key; Cinnamon; marco move-to-workspace-*.
    { kCtrlAltShift | Qt::Key_Left, QT_TRANSLATE_NOOP("DesktopShortcuts", "GNOME, Xfce, Cinnamon, MATE"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "move the window to another workspace") },
    { kCtrlAltShift | Qt::Key_Right, QT_TRANSLATE_NOOP("DesktopShortcuts", "GNOME, Xfce, Cinnamon, MATE"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "move the window to another workspace") },
    { kCtrlAltShift | Qt::Key_Up, QT_TRANSLATE_NOOP("DesktopShortcuts", "GNOME, Xfce, Cinnamon, MATE"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "move the window to another workspace") },
    { kCtrlAltShift | Qt::Key_Down, QT_TRANSLATE_NOOP("DesktopShortcuts", "GNOME, Xfce, Cinnamon, MATE"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "move the window to another workspace") },
    // libxfce4ui move_window_prev/next_workspace_key; Cinnamon shuts down on Ctrl+Alt+End.
    { kCtrlAlt | Qt::Key_Home, QT_TRANSLATE_NOOP("DesktopShortcuts", "Xfce"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "move the window to another workspace") },
    { kCtrlAlt | Qt::Key_End, QT_TRANSLATE_NOOP("DesktopShortcuts", "Xfce, Cinnamon"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "move the window to another workspace or shut down") },
    // gnome-shell screen recording; Cinnamon "Record the desktop".
    { kCtrlAltShift | Qt::Key_R, QT_TRANSLATE_NOOP("DesktopShortcuts", "GNOME, Cinnamon"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "record the screen") },
    // ksmserver: log out, restart, shut down without confirmation.
    { kCtrlAltShift | Qt::Key_Delete, QT_TRANSLATE_NOOP("DesktopShortcuts", "KDE Plasma"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "log out, restart or shut down without asking") },
    { kCtrlAltShift | Qt::Key_PageUp, QT_TRANSLATE_NOOP("DesktopShortcuts", "KDE Plasma"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "log out, restart or shut down without asking") },
    { kCtrlAltShift | Qt::Key_PageDown, QT_TRANSLATE_NOOP("DesktopShortcuts", "KDE Plasma"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "log out, restart or shut down without asking") },
    // The X server's zap (XKB terminate:ctrl_alt_bksp), where a distribution enables it.
    { kCtrlAlt | Qt::Key_Backspace, QT_TRANSLATE_NOOP("DesktopShortcuts", "X11 sessions"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "end the session") },
    // Plasma's System Activity (Ctrl+Esc); libxfce4ui "xfdesktop --menu".
    { kCtrl | Qt::Key_Escape, QT_TRANSLATE_NOOP("DesktopShortcuts", "KDE Plasma, Xfce"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "open the system activity or desktop menu") },
    // libxfce4ui: xfce4-taskmanager.
    { kCtrlShift | Qt::Key_Escape, QT_TRANSLATE_NOOP("DesktopShortcuts", "Xfce"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "open the task manager") },
    // wm.keybindings switch-applications; kwin tabbox; libxfce4ui cycle_windows_key; Cinnamon; marco switch-windows.
    { kAlt | Qt::Key_Tab, kEvery, QT_TRANSLATE_NOOP("DesktopShortcuts", "switch windows") },
    { kAltShift | Qt::Key_Backtab, kEvery, QT_TRANSLATE_NOOP("DesktopShortcuts", "switch windows") },
    // wm.keybindings switch-group (Alt+Above_Tab); kwin tabbox "Walk Through Windows of Current Application".
    { kAlt | Qt::Key_QuoteLeft, QT_TRANSLATE_NOOP("DesktopShortcuts", "GNOME, KDE Plasma, Cinnamon"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "switch windows of one application") },
    // wm.keybindings and marco cycle-windows.
    { kAlt | Qt::Key_Escape, QT_TRANSLATE_NOOP("DesktopShortcuts", "GNOME, MATE"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "switch windows") },
    // wm.keybindings activate-window-menu; libxfce4ui popup_menu_key; Cinnamon; marco; Plasma's KRunner.
    { kAlt | Qt::Key_Space, kEvery, QT_TRANSLATE_NOOP("DesktopShortcuts", "open the window menu or KRunner") },
    // libxfce4ui add_workspace_key / del_workspace_key.
    { kAlt | Qt::Key_Insert, QT_TRANSLATE_NOOP("DesktopShortcuts", "Xfce"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "add or remove a workspace") },
    { kAlt | Qt::Key_Delete, QT_TRANSLATE_NOOP("DesktopShortcuts", "Xfce"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "add or remove a workspace") },
    // fcitx5's default trigger key; IBus's where a distribution sets it.
    { kCtrl | Qt::Key_Space, QT_TRANSLATE_NOOP("DesktopShortcuts", "Input methods (fcitx5, IBus)"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "switch the input method") },
    // ibus-hangul and nimf: Hangul/English toggle (besides the Hangul key).
    { kShift | Qt::Key_Space, QT_TRANSLATE_NOOP("DesktopShortcuts", "Korean input methods (ibus-hangul, nimf)"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "switch between Hangul and English") },
    // IBus (and GTK) Unicode code point entry.
    { kCtrlShift | Qt::Key_U, QT_TRANSLATE_NOOP("DesktopShortcuts", "IBus"),
        QT_TRANSLATE_NOOP("DesktopShortcuts", "type a character by its Unicode code") },
};

QString phrase(const char *desktops, const char *purpose)
{
    return DesktopShortcuts::tr("%1: %2").arg(QCoreApplication::translate("DesktopShortcuts", desktops),
        QCoreApplication::translate("DesktopShortcuts", purpose));
}

bool isFunctionKey(Qt::Key key)
{
    return key >= Qt::Key_F1 && key <= Qt::Key_F35;
}

} // namespace

QString DesktopShortcuts::reservedBy(const QKeySequence &shortcut)
{
    for (int i = 0; i < shortcut.count(); ++i) {
        const QString reason = reservedBy(shortcut[i]);
        if (!reason.isEmpty())
            return reason;
    }
    return {};
}

QString DesktopShortcuts::reservedBy(QKeyCombination combination)
{
    // Arrows and the like may come from the keypad; the desktops bind both.
    const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers() & ~Qt::KeypadModifier;
    const Qt::Key key = combination.key();
    if (key == Qt::Key_unknown)
        return {};
    for (const Reserved &entry : kReserved) {
        if (entry.combination.key() == key && entry.combination.keyboardModifiers() == modifiers)
            return phrase(entry.desktops, entry.purpose);
    }
    // wm.keybindings, kwin, Cinnamon and marco bind the overlay key and Super combinations; GNOME Shell most of all.
    if (modifiers & Qt::MetaModifier)
        return phrase(kEvery, QT_TRANSLATE_NOOP("DesktopShortcuts", "Super (Windows key) combinations"));
    // gsd, kwin (Spectacle), libxfce4ui (xfce4-screenshooter), Cinnamon and msd: Print, Alt+Print, Shift+Print.
    if (key == Qt::Key_Print || key == Qt::Key_SysReq)
        return phrase(kEvery, QT_TRANSLATE_NOOP("DesktopShortcuts", "take a screenshot"));
    // The Hangul and Hanja keys (and the other CJK input keys) go to the input method, never to the window.
    if (key >= Qt::Key_Kanji && key <= Qt::Key_Hangul_Special)
        return phrase(QT_TRANSLATE_NOOP("DesktopShortcuts", "Korean input methods (ibus-hangul, nimf)"),
            QT_TRANSLATE_NOOP("DesktopShortcuts", "switch between Hangul and English"));
    // Volume, media, brightness and launch keys: gsd, kwin/powerdevil, libxfce4ui (XF86*), csd and msd media-keys.
    if ((key >= Qt::Key_Back && key <= Qt::Key_MediaLast) || key >= Qt::Key_Select)
        return phrase(kEvery, QT_TRANSLATE_NOOP("DesktopShortcuts", "media, volume and launch keys"));
    if (isFunctionKey(key)) {
        // logind / the X server switch virtual terminals on Ctrl+Alt+F1…F12 under every desktop.
        if (modifiers.testFlags(kCtrlAlt))
            return phrase(kEvery, QT_TRANSLATE_NOOP("DesktopShortcuts", "switch to a text console"));
        // wm.keybindings (Alt+F1/F2/F4/F5/F6/F7/F8/F10), kwin (Alt+F3/F4, Shift+Alt+F12), Plasma (Alt+F1/F2),
        // libxfce4ui (Alt+F1–F3 commands, Alt+F4–F12 xfwm4), Cinnamon and marco (Alt+F1–F10).
        if (modifiers & Qt::AltModifier)
            return phrase(
                kEvery, QT_TRANSLATE_NOOP("DesktopShortcuts", "window manager keys (menus, close, move, resize)"));
        // libxfce4ui workspace_1_key…workspace_12_key; kwin Ctrl+F1–F4 (desktops), Ctrl+F7–F10 and Ctrl+F12
        // (Present Windows, Desktop Grid, Show Desktop effects).
        if (modifiers == kCtrl)
            return phrase(QT_TRANSLATE_NOOP("DesktopShortcuts", "Xfce, KDE Plasma"),
                QT_TRANSLATE_NOOP("DesktopShortcuts", "switch workspaces and window overviews"));
        // Yakuake (KDE), Guake and Tilda drop down on a bare F12.
        if (modifiers == Qt::NoModifier && key == Qt::Key_F12)
            return phrase(QT_TRANSLATE_NOOP("DesktopShortcuts", "Drop-down terminals (Yakuake, Guake, Tilda)"),
                QT_TRANSLATE_NOOP("DesktopShortcuts", "show or hide the terminal"));
        return {};
    }
    // Ctrl+Alt+<key> is where every desktop, launcher and clipboard tool puts its global commands (the table above
    // lists the defaults; users add their own there too), and on many keyboards it types AltGr characters.
    if (modifiers.testFlags(kCtrlAlt))
        return phrase(kEvery, QT_TRANSLATE_NOOP("DesktopShortcuts", "global commands on Ctrl+Alt"));
    // The usual XKB layout switch (grp:alt_shift_toggle, offered by KDE's, Xfce's and Cinnamon's keyboard settings):
    // with it Alt+Shift changes the layout before the key arrives.
    if (modifiers == kAltShift)
        return phrase(kEvery, QT_TRANSLATE_NOOP("DesktopShortcuts", "switch the keyboard layout with Alt+Shift"));
    return {};
}
