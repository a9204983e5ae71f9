#include "window/keyboardshortcuts.h"

#include "window/desktopshortcuts.h"

#include <QAction>
#include <QLoggingCategory>
#include <QSettings>
#include <utility>

Q_LOGGING_CATEGORY(lcShortcuts, "payrecon.gui.shortcuts", QtInfoMsg)

namespace {

const QString kGroup = QStringLiteral("shortcuts/");

QString plainText(const QAction *action)
{
    return action->text().remove(u'&');
}

/// A key that types nothing: function keys and Escape work alone, everything else needs Ctrl or Alt.
bool needsNoModifier(Qt::Key key)
{
    return (key >= Qt::Key_F1 && key <= Qt::Key_F35) || key == Qt::Key_Escape;
}

} // namespace

KeyboardShortcuts::KeyboardShortcuts(QObject *parent)
    : QObject { parent }
{
    setObjectName(QStringLiteral("keyboardShortcuts"));
}

QString KeyboardShortcuts::settingsKey(const QAction *action)
{
    return kGroup + action->objectName();
}

void KeyboardShortcuts::add(const QList<QAction *> &actions, const QString &where)
{
    const QSettings settings;
    for (QAction *action : actions) {
        Q_ASSERT(!action->objectName().isEmpty());
        m_entries.append(Entry { action, action->shortcut(), where });
        const QString key = settingsKey(action);
        if (!settings.contains(key))
            continue;
        const QKeySequence saved = QKeySequence::fromString(settings.value(key).toString(), QKeySequence::PortableText);
        const QString why = unusable(saved);
        if (why.isEmpty())
            action->setShortcut(saved);
        else
            qCWarning(lcShortcuts) << "Ignoring the saved shortcut of" << action->objectName() << ":" << why;
    }
    // All saved choices first, then the clashes: two commands may have swapped their keys.
    for (bool again = true; again;) {
        again = false;
        for (const Entry &e : std::as_const(m_entries)) {
            if (e.action->shortcut() == e.defaultShortcut || !owner(e.action->shortcut(), e.action))
                continue;
            // Saved by an older version or by hand: the default rather than two commands on one key.
            qCWarning(lcShortcuts) << "Ignoring the saved shortcut of" << e.action->objectName()
                                   << ": another command has" << e.action->shortcut();
            e.action->setShortcut(e.defaultShortcut);
            again = true;
        }
    }
}

const KeyboardShortcuts::Entry *KeyboardShortcuts::entry(const QString &objectName) const
{
    for (const Entry &e : m_entries) {
        if (e.action->objectName() == objectName)
            return &e;
    }
    return nullptr;
}

const QAction *KeyboardShortcuts::owner(const QKeySequence &shortcut, const QAction *except) const
{
    for (const Entry &e : m_entries) {
        if (e.action != except && !shortcut.isEmpty() && e.action->shortcut() == shortcut)
            return e.action;
    }
    return nullptr;
}

QString KeyboardShortcuts::unusable(const QKeySequence &shortcut)
{
    if (shortcut.isEmpty())
        return {};
    const QString keys = shortcut.toString(QKeySequence::NativeText);
    if (shortcut.count() > 1)
        return tr("%1 is a sequence of keys; a shortcut is one key combination.").arg(keys);
    const QKeyCombination combination = shortcut[0];
    const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers() & ~Qt::KeypadModifier;
    if (!(modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        && !needsNoModifier(combination.key()))
        return tr("%1 would be typed as text: a shortcut needs Ctrl or Alt, or a function key.").arg(keys);
    const QString desktop = DesktopShortcuts::reservedBy(shortcut);
    if (!desktop.isEmpty())
        return tr("%1 belongs to the desktop (%2), so the window would never see it. Choose another combination.")
            .arg(keys, desktop);
    return {};
}

QString KeyboardShortcuts::problem(const QAction *action, const QKeySequence &shortcut) const
{
    const QString why = unusable(shortcut);
    if (!why.isEmpty())
        return why;
    if (const QAction *other = owner(shortcut, action))
        return tr("%1 is already the shortcut of “%2”.")
            .arg(shortcut.toString(QKeySequence::NativeText), plainText(other));
    return {};
}

bool KeyboardShortcuts::assign(QAction *action, const QKeySequence &shortcut, QString *problemOut)
{
    const QString why = problem(action, shortcut);
    if (problemOut)
        *problemOut = why;
    if (!why.isEmpty())
        return false;
    for (const Entry &e : m_entries) {
        if (e.action != action)
            continue;
        action->setShortcut(shortcut);
        save(e);
        emit changed();
        return true;
    }
    return false;
}

void KeyboardShortcuts::save(const Entry &entry) const
{
    QSettings settings;
    const QString key = settingsKey(entry.action);
    // Only choices are stored, so that a later version's better default reaches everyone who kept the old one.
    if (entry.action->shortcut() == entry.defaultShortcut)
        settings.remove(key);
    else
        settings.setValue(key, entry.action->shortcut().toString(QKeySequence::PortableText));
}

void KeyboardShortcuts::restoreDefaults()
{
    for (const Entry &e : m_entries)
        e.action->setShortcut(e.defaultShortcut);
    QSettings settings;
    for (const Entry &e : m_entries)
        settings.remove(settingsKey(e.action));
    emit changed();
}
