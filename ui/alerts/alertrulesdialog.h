// Settings → Alert Rules: each rule's switch and parameters (money in won), the poll interval and the Discord
// webhook (a secret: shown masked, replaced only when a new one is typed).
#pragma once

#include "alerts/alertsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class AlertRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AlertRulesDialog(const AlertSettings &current, QWidget *parent = nullptr);
    /// secretsInKeychain: the webhook will be saved in the OS keychain (else in the owner-only settings file).
    AlertRulesDialog(const AlertSettings &current, bool secretsInKeychain, QWidget *parent);

    /// The settings as entered; the webhook stays the current one unless a new URL was typed.
    AlertSettings settings() const;
    /// Empty when the entries can be saved, else the first problem (also shown in the dialog).
    QString problem() const;

private:
    void check();

    AlertSettings m_current;
    QCheckBox *m_highValue;
    QSpinBox *m_highValueWon;
    QCheckBox *m_velocity;
    QSpinBox *m_velocityCount;
    QSpinBox *m_velocityMinutes;
    QComboBox *m_velocityKey;
    QCheckBox *m_quickCancel;
    QSpinBox *m_quickCancelMinutes;
    QSpinBox *m_quickCancelWon;
    QCheckBox *m_offHours;
    QSpinBox *m_offHoursWon;
    QSpinBox *m_offHoursStart;
    QSpinBox *m_offHoursEnd;
    QCheckBox *m_outlier;
    QDoubleSpinBox *m_outlierFactor;
    QSpinBox *m_outlierHistory;
    QDoubleSpinBox *m_pollSeconds;
    QLineEdit *m_webhook;
    QLabel *m_problem;
};
