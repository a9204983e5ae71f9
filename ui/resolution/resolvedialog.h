// Asks for what every resolution needs before it is written: what will happen to how many items, a reason code
// from the team's list and a note (mandatory: the audit trail must say why).
#pragma once

#include "resolve/itemstate.h"
#include "resolve/reasoncodes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

class ResolveDialog : public QDialog
{
    Q_OBJECT

public:
    ResolveDialog(ResolveAction action, int itemCount, QWidget *parent = nullptr);

    ResolveAction action() const { return m_action; }
    /// One line under the summary naming the items (transaction ids), for a small selection.
    void setDetails(const QString &text);
    QString reasonCode() const;
    QString note() const;
    /// The sentence saying what will happen to how many items (translated).
    static QString summaryText(ResolveAction action, int itemCount);

public slots:
    /// Opens the reason code editor; the combo follows what is saved there.
    void editReasonCodes();

private:
    void loadReasonCodes(const QString &select);
    void updateOk();

    ResolveAction m_action;
    QLabel *m_details = nullptr;
    QComboBox *m_reasonCombo = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
