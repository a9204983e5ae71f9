#include "resolution/resolvedialog.h"

#include "resolution/reasoncodesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

ResolveDialog::ResolveDialog(ResolveAction action, int itemCount, QWidget *parent)
    : QDialog { parent }
    , m_action { action }
{
    setObjectName(QStringLiteral("resolveDialog"));
    setWindowTitle(ItemStates::actionDisplayName(action));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(summaryText(action, itemCount), this);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    layout->addWidget(m_details);

    auto *form = new QFormLayout;
    auto *reasonRow = new QHBoxLayout;
    m_reasonCombo = new QComboBox(this);
    m_reasonCombo->setObjectName(QStringLiteral("reasonCombo"));
    reasonRow->addWidget(m_reasonCombo, 1);
    auto *editCodes = new QPushButton(tr("Edit Codes…"), this);
    editCodes->setObjectName(QStringLiteral("editReasonCodesButton"));
    connect(editCodes, &QPushButton::clicked, this, &ResolveDialog::editReasonCodes);
    reasonRow->addWidget(editCodes);
    // A layout as the field gets no buddy from addRow: without one the "&" shows and Alt+R goes nowhere.
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reasonCombo);
    form->addRow(reasonLabel, reasonRow);
    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("Required: what you checked and why this resolution is right."));
    m_noteEdit->setTabChangesFocus(true);
    form->addRow(tr("&Note:"), m_noteEdit);
    layout->addLayout(form, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(ItemStates::actionDisplayName(action));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &ResolveDialog::updateOk);
    connect(m_reasonCombo, &QComboBox::currentIndexChanged, this, &ResolveDialog::updateOk);

    loadReasonCodes({});
    updateOk();
    m_noteEdit->setFocus();
    resize(480, 320);
}

QString ResolveDialog::summaryText(ResolveAction action, int itemCount)
{
    switch (action) {
    case ResolveAction::AcceptLedger:
        return tr("Accept the ledger's values for %n item(s). They will count as verified.", nullptr, itemCount);
    case ResolveAction::AcceptVan:
        return tr("Accept the VAN file's values for %n item(s). They will count as verified.", nullptr, itemCount);
    case ResolveAction::WriteOff:
        return tr("Write off %n item(s). They will be closed without a counterpart and will not count as verified.",
            nullptr, itemCount);
    case ResolveAction::Pending:
        return tr("Mark %n item(s) as pending investigation. They stay open and are matched against later runs.",
            nullptr, itemCount);
    case ResolveAction::Pair:
        return tr("Pair the selected ledger-side item with the selected VAN-side item. Both will count as verified.");
    }
    return {};
}

void ResolveDialog::setDetails(const QString &text)
{
    m_details->setText(text);
    m_details->setVisible(!text.isEmpty());
}

QString ResolveDialog::reasonCode() const
{
    return m_reasonCombo->currentData().toString();
}

QString ResolveDialog::note() const
{
    return m_noteEdit->toPlainText().trimmed();
}

void ResolveDialog::loadReasonCodes(const QString &select)
{
    m_reasonCombo->clear();
    // No reason is chosen for the clerk: a preselected one would be recorded whenever nobody looked.
    m_reasonCombo->addItem(tr("Choose a reason…"), QString());
    const QList<ReasonCode> codes = ReasonCodes::load(QSettings());
    for (const ReasonCode &code : codes)
        m_reasonCombo->addItem(tr("%1 (%2)").arg(code.label, code.code), code.code);
    const int index = m_reasonCombo->findData(select);
    if (index >= 0)
        m_reasonCombo->setCurrentIndex(index);
}

void ResolveDialog::editReasonCodes()
{
    auto *editor = new ReasonCodesDialog(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this] { loadReasonCodes(reasonCode()); });
    editor->open();
}

void ResolveDialog::updateOk()
{
    // No reason and note, no resolution: the audit trail must say why an item was closed.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!note().isEmpty() && !reasonCode().isEmpty());
}
