// Every window command's shortcut in one place: its default, the user's own choice (settings key
// "shortcuts/<action object name>", applied at start and at once), and the rules a new choice must pass: one key
// combination, not another command's, not one a desktop keeps for itself (DesktopShortcuts).
#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

class QAction;

class KeyboardShortcuts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardShortcuts)

public:
    struct Entry
    {
        QAction *action = nullptr;
        QKeySequence defaultShortcut;
        QString where; ///< where the shortcut works, for the Keyboard Shortcuts dialog
    };

    explicit KeyboardShortcuts(QObject *parent = nullptr);

    /// Takes in actions (each needs an object name: it names the settings key); the shortcut each has now is its
    /// default, and a saved choice replaces it unless another command or a desktop took that combination since.
    void add(const QList<QAction *> &actions, const QString &where);
    const QList<Entry> &entries() const { return m_entries; }
    const Entry *entry(const QString &objectName) const;

    /// Why action cannot have shortcut, as a sentence for the user; empty when it can. An empty shortcut is allowed.
    QString problem(const QAction *action, const QKeySequence &shortcut) const;
    /// Gives action the shortcut at once and saves it; refused (nothing changes) when problem() has an answer.
    bool assign(QAction *action, const QKeySequence &shortcut, QString *problem = nullptr);
    /// Every command back on its default; the saved choices are removed.
    void restoreDefaults();

    static QString settingsKey(const QAction *action);
    /// Why shortcut can be no command's (a sequence, a key that types text, a desktop's own); empty when it can.
    static QString unusable(const QKeySequence &shortcut);

signals:
    void changed();

private:
    /// Which registered action other than except has shortcut.
    const QAction *owner(const QKeySequence &shortcut, const QAction *except) const;
    void save(const Entry &entry) const;

    QList<Entry> m_entries;
};
