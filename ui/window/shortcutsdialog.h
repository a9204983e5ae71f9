// Help → Keyboard Shortcuts: every command with its shortcut and where it works. Choosing a command and pressing
// a new combination changes it at once; a combination another command or the desktop has is refused with a
// sentence that says who has it. Restore Defaults puts every command back.
#pragma once

#include <QDialog>
#include <QKeySequence>

class KeyboardShortcuts;
class QKeySequenceEdit;
class QLabel;
class QPushButton;
class QTableWidget;

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    enum Column { CommandColumn, ShortcutColumn, WhereColumn, ColumnCount };

    explicit ShortcutsDialog(KeyboardShortcuts *shortcuts, QWidget *parent = nullptr);

    /// Selects the command with this object name and gives it shortcut as if it had been typed; false when refused
    /// (message() then says why) or when there is no such command.
    bool choose(const QString &objectName, const QKeySequence &shortcut);
    /// The last refusal or confirmation shown under the table.
    QString message() const;

private:
    void fill();
    void showCurrent();
    void apply(const QKeySequence &shortcut);

    KeyboardShortcuts *m_shortcuts;
    QTableWidget *m_table;
    QKeySequenceEdit *m_edit;
    QPushButton *m_clear;
    QPushButton *m_useDefault;
    QLabel *m_message;
};
