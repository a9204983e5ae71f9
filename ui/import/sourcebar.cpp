#include "import/sourcebar.h"

#include "import/ledgerdialog.h"
#include "import/profilelibrary.h"
#include "import/vanimportdialog.h"
#include "ledger/ledgerurl.h"
#include "publish/publishjob.h"
#include "reconcile/daycoverage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QThread>

namespace {

/// Profile combo: marks the entry that stands for a mapping made in the import dialog and not saved.
constexpr int kUnsavedProfileRole = Qt::UserRole + 1;

} // namespace

SourceBar::SourceBar(QAction *chooseLedger, QAction *openVan, QWidget *parent)
    : QWidget(parent)
    , m_ledgerLabel(new QLabel(this))
    , m_vanLabel(new QLabel(this))
    , m_profileCombo(new QComboBox(this))
    , m_rangeCheck(new QCheckBox(tr("Only ledger rows from"), this))
    , m_fromEdit(new QDateEdit(QDate::currentDate(), this))
    , m_toEdit(new QDateEdit(QDate::currentDate(), this))
{
    setObjectName(QStringLiteral("sourceBar"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);

    m_ledgerLabel->setObjectName(QStringLiteral("ledgerLabel"));
    m_ledgerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *ledgerButton = new QPushButton(tr("Choose…"), this);
    connect(ledgerButton, &QPushButton::clicked, chooseLedger, &QAction::trigger);
    connect(chooseLedger, &QAction::enabledChanged, ledgerButton, &QWidget::setEnabled);

    m_vanLabel->setObjectName(QStringLiteral("vanLabel"));
    m_vanLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *vanButton = new QPushButton(tr("Open…"), this);
    connect(vanButton, &QPushButton::clicked, openVan, &QAction::trigger);
    connect(openVan, &QAction::enabledChanged, vanButton, &QWidget::setEnabled);

    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    for (const QString &name : VanProfile::builtInNames())
        m_profileCombo->addItem(name, name);
    // Profiles saved from the import dialog, next to the built-ins, by name (their data is the file).
    for (const QString &name : ProfileLibrary::savedNames()) {
        m_profileCombo->addItem(name, ProfileLibrary::pathFor(name));
        m_profileCombo->setItemData(
            m_profileCombo->count() - 1, QDir::toNativeSeparators(ProfileLibrary::pathFor(name)), Qt::ToolTipRole);
    }
    // Empty data marks "Other…": choosing it asks for a profile file.
    m_profileCombo->addItem(tr("Other…"), QString());
    connect(m_profileCombo, &QComboBox::activated, this, &SourceBar::onProfileActivated);

    m_rangeCheck->setObjectName(QStringLiteral("rangeCheck"));
    m_fromEdit->setObjectName(QStringLiteral("fromDate"));
    m_toEdit->setObjectName(QStringLiteral("toDate"));
    m_rangeCheck->setToolTip(tr("Applies to a SQL ledger: the dates are Seoul business days, both inclusive."));
    for (QDateEdit *edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(m_rangeCheck, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }

    grid->addWidget(new QLabel(tr("Ledger:"), this), 0, 0);
    grid->addWidget(m_ledgerLabel, 0, 1);
    grid->addWidget(ledgerButton, 0, 2);
    grid->addWidget(m_rangeCheck, 0, 3);
    grid->addWidget(m_fromEdit, 0, 4);
    grid->addWidget(new QLabel(tr("to"), this), 0, 5);
    grid->addWidget(m_toEdit, 0, 6);
    grid->addWidget(new QLabel(tr("VAN file:"), this), 1, 0);
    grid->addWidget(m_vanLabel, 1, 1);
    grid->addWidget(vanButton, 1, 2);
    grid->addWidget(new QLabel(tr("Profile:"), this), 1, 3, Qt::AlignRight);
    grid->addWidget(m_profileCombo, 1, 4, 1, 3);
    grid->setColumnStretch(1, 1);
    updateLabels();
}

SourceBar::~SourceBar()
{
    stopDayScan();
}

void SourceBar::stopDayScan()
{
    if (!m_dayScan)
        return;
    *m_dayScanCancel = true;
    m_dayScan->wait();
    delete m_dayScan;
    m_dayScan = nullptr;
}

void SourceBar::scanVanDays()
{
    stopDayScan();
    QString error;
    const auto profile = currentProfile(&error);
    if (!profile || m_vanFile.isEmpty())
        return;
    m_dayScanCancel = std::make_shared<std::atomic_bool>(false);
    QPointer<SourceBar> self(this);
    m_dayScan = QThread::create([self, file = m_vanFile, profile = *profile, cancel = m_dayScanCancel] {
        QString error;
        const auto days = DayCoverage::vanDays(file, profile, cancel.get(), &error);
        if (!days || *cancel)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, file, days = *days] {
                if (!self || self->m_vanFile != file)
                    return;
                self->m_fromEdit->setDate(days.first);
                self->m_toEdit->setDate(days.second);
                const QLocale locale;
                self->m_rangeCheck->setToolTip(
                    tr("Applies to a SQL ledger: the dates are Seoul business days, both inclusive. The VAN file's "
                       "records fall on %1 to %2.")
                        .arg(locale.toString(days.first, QLocale::ShortFormat),
                            locale.toString(days.second, QLocale::ShortFormat)));
            },
            Qt::QueuedConnection);
    });
    m_dayScan->setObjectName(QStringLiteral("vanDayScan"));
    m_dayScan->start(QThread::LowPriority);
}

QList<QWidget *> SourceBar::tabOrder() const
{
    return { m_profileCombo, m_rangeCheck, m_fromEdit, m_toEdit };
}

void SourceBar::loadSettings(const QString &defaultProfile)
{
    QSettings s;
    m_ledgerUrl = s.value(QStringLiteral("sources/ledgerUrl")).toString();
    m_vanFile = s.value(QStringLiteral("sources/vanFile")).toString();
    setProfile(s.value(QStringLiteral("sources/profile"), defaultProfile).toString());
    updateLabels();
    scanVanDays();
}

void SourceBar::saveSettings() const
{
    QSettings s;
    // The ledger URL never holds the password (LedgerUrl refuses one), so it is safe to keep.
    s.setValue(QStringLiteral("sources/ledgerUrl"), m_ledgerUrl);
    s.setValue(QStringLiteral("sources/vanFile"), m_vanFile);
    // An unsaved mapping lives only in memory; the last named profile stays remembered instead.
    if (!m_profileCombo->currentData(kUnsavedProfileRole).toBool())
        s.setValue(QStringLiteral("sources/profile"), m_profileCombo->currentData().toString());
}

void SourceBar::setRunning(bool running)
{
    m_profileCombo->setEnabled(!running);
    m_rangeCheck->setEnabled(!running);
}

std::optional<ReconInputs> SourceBar::inputs(QString *error) const
{
    if (m_ledgerUrl.isEmpty() || m_vanFile.isEmpty()) {
        *error = tr("Choose a ledger and a VAN file first, or open the demo.");
        return std::nullopt;
    }
    const auto profile = currentProfile(error);
    if (!profile)
        return std::nullopt;
    ReconInputs inputs;
    inputs.ledger = { m_ledgerUrl, m_ledgerPassword }; // a value for this run; the environment is left alone
    inputs.vanFile = m_vanFile;
    inputs.vanProfile = *profile;
    if (m_rangeCheck->isChecked()) {
        if (m_fromEdit->date() > m_toEdit->date()) {
            *error = tr("The first day of the range is after the last day.");
            return std::nullopt;
        }
        inputs.from = m_fromEdit->date();
        inputs.to = m_toEdit->date();
    }
    return inputs;
}

QDate SourceBar::businessDay() const
{
    return m_rangeCheck->isChecked() ? m_toEdit->date() : PublishJob::todayInKorea();
}

void SourceBar::showRunSources(const ReconInputs &inputs, const QString &profileName)
{
    m_ledgerUrl = inputs.ledger.url;
    m_ledgerPassword.clear();
    emit ledgerChanged({ m_ledgerUrl, m_ledgerPassword });
    m_vanFile = inputs.vanFile;
    m_rangeCheck->setChecked(false);
    setProfile(profileName);
    updateLabels();
}

void SourceBar::chooseLedger()
{
    LedgerDialog dialog(window());
    dialog.setLedgerUrl(m_ledgerUrl);
    dialog.setPassword(m_ledgerPassword);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_ledgerUrl = dialog.ledgerUrl();
    m_ledgerPassword = dialog.password();
    updateLabels();
    emit ledgerChanged({ m_ledgerUrl, m_ledgerPassword });
}

void SourceBar::openVanFile()
{
    const QString file = QFileDialog::getOpenFileName(window(), tr("Open the VAN settlement file"),
        m_vanFile.isEmpty() ? QDir::homePath() : QFileInfo(m_vanFile).absolutePath(),
        tr("Settlement files (*.csv *.txt *.dat);;All files (*)"));
    if (file.isEmpty())
        return;
    // The preview, the profile choice and the mapping editor; nothing changes unless the user accepts.
    VanImportDialog dialog(file, m_profileCombo->currentData().toString(), window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.profileSource().isEmpty())
        setVanSource(file, dialog.profile());
    else
        setVanSource(file, dialog.profileSource());
}

void SourceBar::setVanSource(const QString &file, const QString &profileNameOrPath)
{
    m_vanFile = file;
    setProfile(profileNameOrPath);
    updateLabels();
    scanVanDays();
}

void SourceBar::setVanSource(const QString &file, const VanProfile &unsavedProfile)
{
    m_vanFile = file;
    m_unsavedProfile = unsavedProfile;
    // One entry stands for the mapping made in the import dialog; it is used until another profile is chosen.
    int index = -1;
    for (int i = 0; i < m_profileCombo->count() && index < 0; ++i) {
        if (m_profileCombo->itemData(i, kUnsavedProfileRole).toBool())
            index = i;
    }
    if (index < 0) {
        index = m_profileCombo->count() - 1;
        m_profileCombo->insertItem(index, tr("Mapping made for this file (not saved)"), QStringLiteral("*"));
        m_profileCombo->setItemData(index, true, kUnsavedProfileRole);
        m_profileCombo->setItemData(
            index, tr("Save it from the import dialog to keep it for the next files."), Qt::ToolTipRole);
    }
    m_profileCombo->setCurrentIndex(index);
    m_profileIndex = index;
    updateLabels();
    scanVanDays();
}

std::optional<VanProfile> SourceBar::currentProfile(QString *error) const
{
    if (m_profileCombo->currentData(kUnsavedProfileRole).toBool() && m_unsavedProfile)
        return m_unsavedProfile;
    return VanProfile::load(m_profileCombo->currentData().toString(), error);
}

void SourceBar::onProfileActivated(int index)
{
    const QString data = m_profileCombo->itemData(index).toString();
    if (!data.isEmpty()) {
        m_profileIndex = index;
        scanVanDays();
        return;
    }
    const QString file = QFileDialog::getOpenFileName(
        window(), tr("Choose a VAN profile"), QDir::homePath(), tr("VAN profiles (*.json);;All files (*)"));
    QString error;
    if (file.isEmpty() || !VanProfile::load(file, &error)) {
        if (!file.isEmpty())
            QMessageBox::warning(window(), tr("Cannot use this profile"), error);
        m_profileCombo->setCurrentIndex(m_profileIndex);
        return;
    }
    setProfile(file);
    scanVanDays();
}

void SourceBar::setProfile(const QString &nameOrPath)
{
    int index = m_profileCombo->findData(nameOrPath);
    if (index < 0 && !nameOrPath.isEmpty()) {
        // A profile file: list it just above "Other…", by its file name (a profile saved just now by its name).
        index = m_profileCombo->count() - 1;
        const QFileInfo info(nameOrPath);
        const bool saved = info.absolutePath() == QFileInfo(ProfileLibrary::directory()).absoluteFilePath();
        m_profileCombo->insertItem(index, saved ? info.completeBaseName() : info.fileName(), nameOrPath);
        m_profileCombo->setItemData(index, QDir::toNativeSeparators(nameOrPath), Qt::ToolTipRole);
    }
    if (index < 0)
        index = 0;
    m_profileCombo->setCurrentIndex(index);
    m_profileIndex = index;
}

void SourceBar::updateLabels()
{
    QString ledgerText = tr("(none: choose a ledger)");
    if (!m_ledgerUrl.isEmpty()) {
        QString error;
        const auto url = LedgerUrl::parse(m_ledgerUrl, &error);
        ledgerText = url ? url->redacted() : tr("%1 (invalid: %2)").arg(m_ledgerUrl, error);
    }
    m_ledgerLabel->setText(ledgerText);
    m_vanLabel->setText(m_vanFile.isEmpty() ? tr("(none: open a VAN file)") : QDir::toNativeSeparators(m_vanFile));
}
