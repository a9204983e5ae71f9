#include "resolution/reasoncodesdialog.h"

#include "resolve/reasoncodes.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

ReasonCodesDialog::ReasonCodesDialog(QWidget *parent)
    : QDialog { parent }
{
    setObjectName(QStringLiteral("reasonCodesDialog"));
    setWindowTitle(tr("Reason Codes"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("One reason per line as CODE=Label. The code is stored with each resolution and "
                               "exported; keep it short and stable. The label is what operators see."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(QStringLiteral("reasonCodesEdit"));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(edit, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *defaults = buttons->addButton(QDialogButtonBox::RestoreDefaults);
    connect(defaults, &QPushButton::clicked, this, &ReasonCodesDialog::restoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonCodesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setText(ReasonCodes::format(ReasonCodes::load(QSettings())));
    resize(460, 340);
}

QString ReasonCodesDialog::text() const
{
    return findChild<QPlainTextEdit *>(QStringLiteral("reasonCodesEdit"))->toPlainText();
}

void ReasonCodesDialog::setText(const QString &text)
{
    findChild<QPlainTextEdit *>(QStringLiteral("reasonCodesEdit"))->setPlainText(text);
}

void ReasonCodesDialog::restoreDefaults()
{
    setText(ReasonCodes::format(ReasonCodes::defaults()));
}

void ReasonCodesDialog::accept()
{
    QSettings settings;
    // Nothing usable left (all lines blank): back to the built-in list rather than an empty combo.
    const QList<ReasonCode> codes = ReasonCodes::parse(text());
    ReasonCodes::save(settings, codes.isEmpty() ? ReasonCodes::defaults() : codes);
    QDialog::accept();
}
