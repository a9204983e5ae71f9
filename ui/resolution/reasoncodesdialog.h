// Settings → Reason Codes: the team's list of resolution reasons, edited as "CODE=Label" lines.
#pragma once

#include <QDialog>

class QPlainTextEdit;

class ReasonCodesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReasonCodesDialog(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);

public slots:
    /// Saves the parsed list (an empty text restores the built-in list), then closes.
    void accept() override;
    /// Fills the editor with the built-in list; nothing is saved until OK.
    void restoreDefaults();
};
