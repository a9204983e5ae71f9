#include "window/shortcutsdialog.h"

#include "window/keyboardshortcuts.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

/// "View → Duplicates" rather than "Duplicates": the menu says what a filter or a setting is about.
QString commandText(const QAction *action)
{
    const QString text = action->text().remove(u'&');
    for (QObject *object : action->associatedObjects()) {
        const auto *menu = qobject_cast<const QMenu *>(object);
        if (menu && !menu->title().isEmpty())
            return ShortcutsDialog::tr("%1 → %2").arg(menu->title().remove(u'&'), text);
    }
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(KeyboardShortcuts *shortcuts, QWidget *parent)
    : QDialog { parent }
    , m_shortcuts { shortcuts }
    , m_table { new QTableWidget(this) }
    , m_edit { new QKeySequenceEdit(this) }
    , m_clear { new QPushButton(tr("&Remove Shortcut"), this) }
    , m_useDefault { new QPushButton(tr("Use &Default"), this) }
    , m_message { new QLabel(this) }
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    auto *intro = new QLabel(tr("Select a command, then press its new key combination. Combinations that a desktop "
                                "keeps for itself (Ctrl+Alt+L locks the screen on KDE Plasma, Xfce, Cinnamon and "
                                "MATE) are refused, and so is one another command has."),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Command"), tr("Shortcut"), tr("Where it works") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CommandColumn, 260);
    m_table->setColumnWidth(ShortcutColumn, 150);

    m_edit->setObjectName(QStringLiteral("shortcutEdit"));
    m_clear->setObjectName(QStringLiteral("clearShortcut"));
    m_useDefault->setObjectName(QStringLiteral("useDefaultShortcut"));
    m_message->setObjectName(QStringLiteral("shortcutMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *editRow = new QHBoxLayout;
    auto *editLabel = new QLabel(tr("&New shortcut:"), this);
    editLabel->setBuddy(m_edit);
    editRow->addWidget(editLabel);
    editRow->addWidget(m_edit, 1);
    editRow->addWidget(m_clear);
    editRow->addWidget(m_useDefault);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::RestoreDefaults | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("restoreDefaults"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m_shortcuts->restoreDefaults();
        m_message->setText(tr("Every command has its default shortcut again."));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(editRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 620);

    // The edit records up to four combinations and ends a second after the last: only the first one counts.
    connect(m_edit, &QKeySequenceEdit::editingFinished, this, [this] {
        const QKeySequence typed = m_edit->keySequence();
        apply(typed.isEmpty() ? QKeySequence() : QKeySequence(typed[0]));
    });
    // A button rather than the edit's clear button: the edit also clears itself when recording starts.
    connect(m_clear, &QPushButton::clicked, this, [this] { apply({}); });
    connect(m_useDefault, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_shortcuts->entries().size())
            apply(m_shortcuts->entries().at(row).defaultShortcut);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ShortcutsDialog::showCurrent);
    connect(m_shortcuts, &KeyboardShortcuts::changed, this, &ShortcutsDialog::fill);
    fill();
    m_table->setCurrentCell(0, ShortcutColumn);
}

QString ShortcutsDialog::message() const
{
    return m_message->text();
}

void ShortcutsDialog::fill()
{
    const QList<KeyboardShortcuts::Entry> &entries = m_shortcuts->entries();
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const KeyboardShortcuts::Entry &e = entries.at(row);
        const QString texts[ColumnCount] = {
            commandText(e.action),
            e.action->shortcut().toString(QKeySequence::NativeText),
            e.where,
        };
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(texts[column]);
        }
        m_table->item(row, CommandColumn)->setData(Qt::UserRole, e.action->objectName());
    }
    showCurrent();
}

void ShortcutsDialog::showCurrent()
{
    const int row = m_table->currentRow();
    const bool valid = row >= 0 && row < m_shortcuts->entries().size();
    m_edit->setEnabled(valid);
    m_clear->setEnabled(valid);
    m_useDefault->setEnabled(valid);
    const QSignalBlocker block(m_edit);
    m_edit->setKeySequence(valid ? m_shortcuts->entries().at(row).action->shortcut() : QKeySequence());
}

void ShortcutsDialog::apply(const QKeySequence &shortcut)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shortcuts->entries().size())
        return;
    QAction *action = m_shortcuts->entries().at(row).action;
    if (action->shortcut() == shortcut) {
        showCurrent();
        return;
    }
    QString problem;
    if (!m_shortcuts->assign(action, shortcut, &problem)) {
        m_message->setText(problem);
        showCurrent(); // back to the shortcut the command still has
        return;
    }
    const QString command = action->text().remove(u'&');
    m_message->setText(shortcut.isEmpty()
            ? tr("“%1” has no shortcut now.").arg(command)
            : tr("%1 now runs “%2”.").arg(shortcut.toString(QKeySequence::NativeText), command));
}

bool ShortcutsDialog::choose(const QString &objectName, const QKeySequence &shortcut)
{
    for (int row = 0; row < m_shortcuts->entries().size(); ++row) {
        QAction *action = m_shortcuts->entries().at(row).action;
        if (action->objectName() != objectName)
            continue;
        m_table->setCurrentCell(row, ShortcutColumn);
        apply(shortcut);
        return action->shortcut() == shortcut;
    }
    return false;
}
