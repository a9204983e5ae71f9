#include "resolution/auditdialog.h"

#include "domain/koreatime.h"
#include "models/auditmodel.h"
#include "resolution/resolutionworker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
/// Start of a Korean calendar day in UTC ms: the team's "day" is Korea's, whatever the PC's zone.
qint64 koreaDayStartMs(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(9 * 3600)).toMSecsSinceEpoch();
}
} // namespace

AuditDialog::AuditDialog(ResolutionWorker *worker, QWidget *parent)
    : QDialog { parent }
    , m_worker { worker }
    , m_model { new AuditModel(this) }
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit Trail"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    const QDate today = QDateTime::currentDateTimeUtc().addMSecs(KoreaTime::OffsetMs).date();
    m_dateCheck = new QCheckBox(tr("&From"), this);
    m_dateCheck->setObjectName(QStringLiteral("auditDateCheck"));
    m_fromEdit = new QDateEdit(today.addDays(-7), this);
    m_fromEdit->setObjectName(QStringLiteral("auditFromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(QStringLiteral("auditToEdit"));
    m_toEdit->setCalendarPopup(true);
    m_fromEdit->setEnabled(false);
    m_toEdit->setEnabled(false);
    connect(m_dateCheck, &QCheckBox::toggled, m_fromEdit, &QWidget::setEnabled);
    connect(m_dateCheck, &QCheckBox::toggled, m_toEdit, &QWidget::setEnabled);
    filters->addWidget(m_dateCheck);
    filters->addWidget(m_fromEdit);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_toEdit);
    auto *operatorLabel = new QLabel(tr("&Operator:"), this);
    m_operatorEdit = new QLineEdit(this);
    m_operatorEdit->setObjectName(QStringLiteral("auditOperatorEdit"));
    m_operatorEdit->setPlaceholderText(tr("Any"));
    m_operatorEdit->setClearButtonEnabled(true);
    operatorLabel->setBuddy(m_operatorEdit);
    filters->addWidget(operatorLabel);
    filters->addWidget(m_operatorEdit);
    auto *actionLabel = new QLabel(tr("&Action:"), this);
    m_actionCombo = new QComboBox(this);
    m_actionCombo->setObjectName(QStringLiteral("auditActionCombo"));
    m_actionCombo->addItem(tr("Any"), QString());
    for (const QString &action : AuditModel::actions())
        m_actionCombo->addItem(AuditModel::actionDisplayName(action), action);
    actionLabel->setBuddy(m_actionCombo);
    filters->addWidget(actionLabel);
    filters->addWidget(m_actionCombo);
    auto *runLabel = new QLabel(tr("&Run:"), this);
    m_runSpin = new QSpinBox(this);
    m_runSpin->setObjectName(QStringLiteral("auditRunSpin"));
    m_runSpin->setRange(0, 999999999);
    m_runSpin->setSpecialValueText(tr("Any"));
    runLabel->setBuddy(m_runSpin);
    filters->addWidget(runLabel);
    filters->addWidget(m_runSpin);
    auto *apply = new QPushButton(tr("A&pply"), this);
    apply->setObjectName(QStringLiteral("auditApplyButton"));
    connect(apply, &QPushButton::clicked, this, &AuditDialog::reload);
    filters->addWidget(apply);
    filters->addStretch(1);
    layout->addLayout(filters);
    // The combo is the filter people flip through; the others wait for Apply or Enter.
    connect(m_actionCombo, &QComboBox::activated, this, &AuditDialog::reload);
    connect(m_operatorEdit, &QLineEdit::returnPressed, this, &AuditDialog::reload);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(AuditModel::TimeColumn, 150);
    m_view->horizontalHeader()->resizeSection(AuditModel::ChangeColumn, 220);
    m_view->horizontalHeader()->resizeSection(AuditModel::NoteColumn, 240);
    m_view->verticalHeader()->hide();
    layout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("auditCountLabel"));
    bottom->addWidget(m_countLabel, 1);
    m_verifyLabel = new QLabel(this);
    m_verifyLabel->setObjectName(QStringLiteral("auditVerifyLabel"));
    m_verifyLabel->setWordWrap(true);
    bottom->addWidget(m_verifyLabel, 2);
    m_verifyButton = new QPushButton(tr("&Verify Trail"), this);
    m_verifyButton->setObjectName(QStringLiteral("auditVerifyButton"));
    m_verifyButton->setToolTip(tr("Recompute every entry's hash chain to prove that no entry was altered or removed."));
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditDialog::verifyChain);
    bottom->addWidget(m_verifyButton);
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("auditExportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &AuditDialog::exportCsv);
    bottom->addWidget(m_exportButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_worker, &ResolutionWorker::auditLoaded, this, &AuditDialog::onLoaded);
    connect(m_worker, &ResolutionWorker::auditExported, this, &AuditDialog::onExported);
    connect(m_worker, &ResolutionWorker::auditVerified, this, &AuditDialog::onVerified);
    resize(1100, 600);
}

AuditFilter AuditDialog::currentFilter() const
{
    AuditFilter filter;
    if (m_dateCheck->isChecked()) {
        filter.fromMs = koreaDayStartMs(m_fromEdit->date());
        filter.toMs = koreaDayStartMs(m_toEdit->date().addDays(1)); // the last day is included
    }
    filter.operatorName = m_operatorEdit->text().trimmed();
    filter.action = m_actionCombo->currentData().toString();
    filter.runId = m_runSpin->value();
    return filter;
}

void AuditDialog::setActionFilter(const QString &action)
{
    const int index = m_actionCombo->findData(action);
    m_actionCombo->setCurrentIndex(index < 0 ? 0 : index);
    reload();
}

void AuditDialog::reload()
{
    const AuditFilter filter = currentFilter();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, filter] { w->loadAudit(filter); }, Qt::QueuedConnection);
}

void AuditDialog::onLoaded(const std::vector<AuditEntry> &entries)
{
    m_model->setEntries(entries);
    m_countLabel->setText(tr("%n entry(ies)", nullptr, int(entries.size())));
    if (!entries.empty())
        m_view->scrollToBottom(); // oldest first: the latest action is at the bottom
    emit loaded(int(entries.size()));
}

void AuditDialog::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("payrecon-audit-%1.csv")
                             .arg(QDateTime::currentDateTimeUtc()
                                      .addMSecs(KoreaTime::OffsetMs)
                                      .toString(QStringLiteral("yyyyMMdd-HHmm")));
    auto *dialog = new QFileDialog(this, tr("Export Audit Trail"), QDir(dir).filePath(name), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AuditDialog::exportCsvTo);
    dialog->open();
}

void AuditDialog::exportCsvTo(const QString &path)
{
    m_exportButton->setEnabled(false);
    const AuditFilter filter = currentFilter();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, filter, path] { w->exportAudit(filter, path); }, Qt::QueuedConnection);
}

void AuditDialog::onExported(const QString &path, qint64 rows, const QString &error)
{
    m_exportButton->setEnabled(true);
    if (error.isEmpty()) {
        m_countLabel->setText(tr("Exported %n entry(ies) to %1.", nullptr, int(std::min<qint64>(rows, INT_MAX)))
                                  .arg(QDir::toNativeSeparators(path)));
    } else {
        m_countLabel->setText(tr("Export failed: %1").arg(error));
    }
    emit exported(path, error.isEmpty(), error);
}

void AuditDialog::verifyChain()
{
    m_verifyButton->setEnabled(false);
    m_verifyLabel->setText(tr("Verifying…"));
    QMetaObject::invokeMethod(m_worker, &ResolutionWorker::verifyAudit, Qt::QueuedConnection);
}

void AuditDialog::onVerified(bool intact, const QString &error)
{
    m_verifyButton->setEnabled(true);
    const QString message = intact ? tr("The audit trail is intact: no entry was altered or removed.")
                                   : tr("The audit trail is not intact: %1").arg(error);
    m_verifyLabel->setText(message);
    m_verifyLabel->setStyleSheet(intact ? QString() : QStringLiteral("color: #c62828; font-weight: bold;"));
    emit verified(intact, message);
}
