#include "alerts/alertrulesdialog.h"

#include "alerts/webhookurl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QSpinBox *wonBox(qint64 value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1000, 2000000000);
    box->setSingleStep(100000);
    box->setGroupSeparatorShown(true); // ₩1,000,000 reads at a glance; 1000000 does not
    box->setPrefix(QStringLiteral("₩"));
    box->setValue(int(std::clamp<qint64>(value, 1000, 2000000000)));
    box->setAlignment(Qt::AlignRight);
    return box;
}

QSpinBox *intBox(int min, int max, int value, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setAlignment(Qt::AlignRight);
    return box;
}
} // namespace

AlertRulesDialog::AlertRulesDialog(const AlertSettings &current, QWidget *parent)
    : AlertRulesDialog(current, false, parent)
{ }

AlertRulesDialog::AlertRulesDialog(const AlertSettings &current, bool secretsInKeychain, QWidget *parent)
    : QDialog { parent }
    , m_current { current }
    , m_highValue { new QCheckBox(tr("&High value: an approval of at least"), this) }
    , m_highValueWon { wonBox(current.highValueThreshold, this) }
    , m_velocity { new QCheckBox(tr("&Velocity: this many approvals"), this) }
    , m_velocityCount { intBox(2, 1000, current.velocityCount, QString(), this) }
    , m_velocityMinutes { intBox(1, 1440, current.velocityMinutes, tr(" min"), this) }
    , m_velocityKey { new QComboBox(this) }
    , m_quickCancel { new QCheckBox(tr("&Quick cancel: a cancellation within"), this) }
    , m_quickCancelMinutes { intBox(1, 1440, current.quickCancelMinutes, tr(" min"), this) }
    , m_quickCancelWon { wonBox(current.quickCancelThreshold, this) }
    , m_offHours { new QCheckBox(tr("&Off-hours: an approval of at least"), this) }
    , m_offHoursWon { wonBox(current.offHoursThreshold, this) }
    , m_offHoursStart { intBox(0, 23, current.offHoursStartHour, tr(":00"), this) }
    , m_offHoursEnd { intBox(0, 23, current.offHoursEndHour, tr(":00"), this) }
    , m_outlier { new QCheckBox(tr("O&utlier: an approval of at least"), this) }
    , m_outlierFactor { new QDoubleSpinBox(this) }
    , m_outlierHistory { intBox(2, 100, current.outlierMinHistory, QString(), this) }
    , m_pollSeconds { new QDoubleSpinBox(this) }
    , m_webhook { new QLineEdit(this) }
    , m_problem { new QLabel(this) }
{
    setWindowTitle(tr("Alert Rules"));
    setObjectName(QStringLiteral("alertRulesDialog"));
    m_highValue->setChecked(current.highValueEnabled);
    m_velocity->setChecked(current.velocityEnabled);
    m_velocityKey->addItem(tr("on the same card"), false);
    m_velocityKey->addItem(tr("by the same customer"), true);
    m_velocityKey->setCurrentIndex(current.velocityByCustomer ? 1 : 0);
    m_quickCancel->setChecked(current.quickCancelEnabled);
    m_offHours->setChecked(current.offHoursEnabled);
    m_outlier->setChecked(current.outlierEnabled);
    m_outlierFactor->setRange(1.5, 100.0);
    m_outlierFactor->setDecimals(1);
    m_outlierFactor->setSuffix(tr(" ×"));
    m_outlierFactor->setValue(current.outlierFactor);
    m_pollSeconds->setRange(0.5, 3600.0);
    m_pollSeconds->setDecimals(1);
    m_pollSeconds->setSuffix(tr(" s"));
    m_pollSeconds->setValue(current.pollIntervalMs / 1000.0);
    m_webhook->setObjectName(QStringLiteral("webhookEdit"));
    m_webhook->setClearButtonEnabled(true);
    // The current URL is never put in the field: only its masked form is shown, as the placeholder.
    m_webhook->setPlaceholderText(
        current.webhook.isEmpty() ? tr("https://discord.com/api/webhooks/…") : WebhookUrl::masked(current.webhook));
    m_webhook->setEnabled(!current.webhookFromEnvironment);
    m_problem->setObjectName(QStringLiteral("alertRulesProblem"));
    m_problem->setWordWrap(true);

    auto row = [this](std::initializer_list<QWidget *> widgets, const QString &tail = QString()) {
        auto *line = new QHBoxLayout;
        for (QWidget *w : widgets)
            line->addWidget(w);
        if (!tail.isEmpty())
            line->addWidget(new QLabel(tail, this));
        line->addStretch(1);
        return line;
    };
    auto *rules = new QGroupBox(tr("Rules (an alert names every rule that fired)"), this);
    auto *rulesLayout = new QVBoxLayout(rules);
    rulesLayout->addLayout(row({ m_highValue, m_highValueWon }));
    rulesLayout->addLayout(
        row({ m_velocity, m_velocityCount, new QLabel(tr("within"), this), m_velocityMinutes, m_velocityKey }));
    rulesLayout->addLayout(row(
        { m_quickCancel, m_quickCancelMinutes, new QLabel(tr("of an approval of at least"), this), m_quickCancelWon }));
    rulesLayout->addLayout(row({ m_offHours, m_offHoursWon, new QLabel(tr("between"), this), m_offHoursStart,
                                   new QLabel(tr("and"), this), m_offHoursEnd },
        tr("(Korea time)")));
    rulesLayout->addLayout(row(
        { m_outlier, m_outlierFactor, new QLabel(tr("the customer's usual amount, after"), this), m_outlierHistory },
        tr("approvals")));

    auto *delivery = new QFormLayout;
    delivery->addRow(tr("Check the ledger &every:"), m_pollSeconds);
    delivery->addRow(tr("Discord &webhook:"), m_webhook);
    auto *secretNote = new QLabel(current.webhookFromEnvironment
            ? tr("The webhook comes from PAYRECON_DISCORD_WEBHOOK and cannot be changed here.")
            : secretsInKeychain
            ? tr("Leave the field empty to keep the current webhook. It is stored in the system keychain, never in "
                 "the settings file or the logs.")
            : tr("Leave the field empty to keep the current webhook. It is stored in the settings file, readable by "
                 "you only, and never written to the logs."),
        this);
    secretNote->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QCheckBox *box : { m_highValue, m_velocity, m_quickCancel, m_offHours, m_outlier })
        connect(box, &QCheckBox::toggled, this, &AlertRulesDialog::check);
    connect(m_webhook, &QLineEdit::textChanged, this, &AlertRulesDialog::check);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(rules);
    layout->addLayout(delivery);
    layout->addWidget(secretNote);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    check();
}

AlertSettings AlertRulesDialog::settings() const
{
    AlertSettings s = m_current;
    s.highValueEnabled = m_highValue->isChecked();
    s.highValueThreshold = m_highValueWon->value();
    s.velocityEnabled = m_velocity->isChecked();
    s.velocityCount = m_velocityCount->value();
    s.velocityMinutes = m_velocityMinutes->value();
    s.velocityByCustomer = m_velocityKey->currentData().toBool();
    s.quickCancelEnabled = m_quickCancel->isChecked();
    s.quickCancelMinutes = m_quickCancelMinutes->value();
    s.quickCancelThreshold = m_quickCancelWon->value();
    s.offHoursEnabled = m_offHours->isChecked();
    s.offHoursThreshold = m_offHoursWon->value();
    s.offHoursStartHour = m_offHoursStart->value();
    s.offHoursEndHour = m_offHoursEnd->value();
    s.outlierEnabled = m_outlier->isChecked();
    s.outlierFactor = m_outlierFactor->value();
    s.outlierMinHistory = m_outlierHistory->value();
    s.pollIntervalMs = int(m_pollSeconds->value() * 1000);
    if (!m_webhook->text().trimmed().isEmpty()) {
        s.webhook = m_webhook->text().trimmed();
        s.webhookFromKeychain = false; // a new one, to be saved
    }
    return s;
}

QString AlertRulesDialog::problem() const
{
    const QString typed = m_webhook->text().trimmed();
    QString error;
    if (!typed.isEmpty() && !WebhookUrl::isValid(typed, &error))
        return error;
    return settings().validate();
}

void AlertRulesDialog::check()
{
    const QString p = problem();
    m_problem->setText(p.isEmpty() ? QString() : tr("✖ %1").arg(p));
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Save)->setEnabled(p.isEmpty());
}
