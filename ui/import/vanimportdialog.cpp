#include "import/vanimportdialog.h"

#include "import/profilelibrary.h"
#include "import/profilesuggestion.h"
#include "models/previewmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcVanImport, "payrecon.gui.vanimport", QtWarningMsg)

namespace {

constexpr int SourceRole = Qt::UserRole; ///< profile combo: built-in name or file path; empty = custom mapping
constexpr int ColumnRole = Qt::UserRole; ///< field combos: 0-based column, or one of the values below
constexpr int MissingHeaderRole = Qt::UserRole + 1; ///< the header name a profile maps but the file lacks
constexpr int MissingIndexRole = Qt::UserRole + 2; ///< the 1-based index a profile maps but the file lacks
constexpr int NotMapped = -1;
constexpr int MissingHeader = -2;
constexpr int MissingIndex = -3;
constexpr int LineRole = Qt::UserRole; ///< problem list: physical line
constexpr int ProblemColumnRole = Qt::UserRole + 1; ///< problem list: 1-based column
constexpr int kMaxInitialColumnWidth = 220;

QString customName()
{
    return QStringLiteral("custom");
}

QString encodingKey(const QString &encoding)
{
    const QString u = encoding.trimmed().toUpper();
    if (u == u"UTF8" || u == u"UTF-8")
        return QStringLiteral("UTF-8");
    if (u == u"CP949" || u == u"EUC-KR")
        return u;
    return QStringLiteral("auto");
}

QStringList spellings(const QLineEdit *edit)
{
    QStringList out;
    const QStringList parts = edit->text().split(u',');
    for (const QString &part : parts) {
        const QString s = part.trimmed();
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

QComboBox *formatCombo(const QStringList &formats, const QString &name, QWidget *parent)
{
    // Editable: the usual formats are one click away, anything Qt understands can be typed.
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(formats);
    return combo;
}

} // namespace

VanImportDialog::VanImportDialog(const QString &file, const QString &preferredProfile, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
{
    setObjectName(QStringLiteral("vanImportDialog"));
    setWindowTitle(tr("Open VAN file: %1").arg(QFileInfo(file).fileName()));
    createWidgets();
    layoutWidgets();
    fillProfileCombo();

    // The preferred profile first, then every known one: the first that reads the file without an error wins;
    // otherwise the headers suggest a mapping for the user to finish.
    QStringList candidates;
    if (!preferredProfile.isEmpty())
        candidates << preferredProfile;
    for (int i = 0; i < m_profileCombo->count(); ++i) {
        const QString source = m_profileCombo->itemData(i, SourceRole).toString();
        if (!source.isEmpty() && !candidates.contains(source))
            candidates << source;
    }
    bool chosen = false;
    for (const QString &source : candidates) {
        QString error;
        const auto profile = VanProfile::load(source, &error);
        if (!profile) {
            qCInfo(lcVanImport) << "skipping profile" << source << error;
            continue;
        }
        const VanFilePreview preview = VanFilePreview::readFile(file, VanFilePreview::Options::fromProfile(*profile));
        if (!ProfileCheck::hasErrors(ProfileCheck::check(*profile, preview))) {
            selectProfile(source);
            chosen = true;
            break;
        }
    }
    if (!chosen)
        applySuggestion();
    m_view->setFocus();
    resize(1100, 760);
}

void VanImportDialog::createWidgets()
{
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setWordWrap(true);

    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_profileCombo, &QComboBox::activated, this, &VanImportDialog::onProfileActivated);
    m_saveButton = new QPushButton(tr("&Save profile as…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveButton->setToolTip(tr("Keep this mapping as a named profile (Ctrl+S); it is listed next to the built-in "
                                "profiles here, in the main window and in payrecon-cli --profile."));
    m_saveButton->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, &VanImportDialog::askProfileName);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, m_saveButton, &QPushButton::click);

    m_encodingCombo = new QComboBox(this);
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->addItem(QString(), QStringLiteral("auto"));
    m_encodingCombo->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encodingCombo->addItem(tr("CP949 (Korean Windows)"), QStringLiteral("CP949"));
    m_encodingCombo->addItem(QStringLiteral("EUC-KR"), QStringLiteral("EUC-KR"));
    m_encodingCombo->setToolTip(tr("EUC-KR is read as CP949, its superset. A UTF-8 byte-order mark always wins."));
    m_delimiterCombo = new QComboBox(this);
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiterCombo->addItem(QString(), QStringLiteral("auto"));
    m_delimiterCombo->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiterCombo->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiterCombo->addItem(tr("Pipe ( | )"), QStringLiteral("|"));
    m_headerSpin = new QSpinBox(this);
    m_headerSpin->setObjectName(QStringLiteral("headerRowSpin"));
    m_headerSpin->setRange(0, 50);
    m_headerSpin->setSpecialValueText(tr("none"));
    m_headerSpin->setToolTip(tr("The line that holds the column names; lines above it (titles) are skipped."));
    m_footerSpin = new QSpinBox(this);
    m_footerSpin->setObjectName(QStringLiteral("footerLinesSpin"));
    m_footerSpin->setRange(0, 9);
    m_footerSpin->setToolTip(tr("How many lines at the end of the file are totals, not records."));
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &VanImportDialog::onEdited);
    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, &VanImportDialog::onEdited);
    connect(m_headerSpin, &QSpinBox::valueChanged, this, &VanImportDialog::onEdited);
    connect(m_footerSpin, &QSpinBox::valueChanged, this, &VanImportDialog::onEdited);

    m_model = new PreviewModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    // Created in reading order, so Tab walks down the first column of fields, then the second.
    const QHash<QString, QString> labels {
        { QStringLiteral("transaction_id"), tr("&Transaction ID:") },
        { QStringLiteral("kind"), tr("&Kind:") },
        { QStringLiteral("amount"), tr("&Amount:") },
        { QStringLiteral("approval_no"), tr("Approval &number:") },
        { QStringLiteral("occurred_at"), tr("Date and t&ime:") },
        { QStringLiteral("date"), tr("&Date:") },
        { QStringLiteral("time"), tr("Ti&me:") },
        { QStringLiteral("card_number"), tr("Ca&rd number:") },
        { QStringLiteral("card_company"), tr("Card company:") },
        { QStringLiteral("merchant_id"), tr("Merchant ID:") },
        { QStringLiteral("merchant_name"), tr("Merchant name:") },
        { QStringLiteral("customer_id"), tr("Customer ID:") },
        { QStringLiteral("category"), tr("Category:") },
        { QStringLiteral("installment_months"), tr("Installment months:") },
    };
    const QStringList required = ProfileCheck::requiredFields();
    for (const QString &field : VanProfile::canonicalFields()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("map_") + field);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        combo->setToolTip(tr("The file's column read as \"%1\" (%2).").arg(ProfileCheck::fieldTitle(field), field));
        connect(combo, &QComboBox::currentIndexChanged, this, &VanImportDialog::onEdited);
        auto *label = new QLabel(labels.value(field), this);
        label->setBuddy(combo);
        if (required.contains(field) || field == u"occurred_at" || field == u"date") {
            // Bold and said in the tooltip: a required field is not marked by colour alone.
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            label->setToolTip(field == u"occurred_at" || field == u"date"
                    ? tr("Required: a date, either as date and time together or as a date (with an optional time).")
                    : tr("Required: every record needs it."));
        }
        m_fieldCombos.insert(field, combo);
        m_fieldLabels.insert(field, label);
    }

    m_dateFormat = formatCombo({ QStringLiteral("yyyyMMdd"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy/MM/dd"),
                                   QStringLiteral("yyyy.MM.dd"), QStringLiteral("yyMMdd") },
        QStringLiteral("dateFormat"), this);
    m_timeFormat = formatCombo(
        { QStringLiteral("HHmmss"), QStringLiteral("HH:mm:ss"), QStringLiteral("HH:mm"), QStringLiteral("HHmm") },
        QStringLiteral("timeFormat"), this);
    m_datetimeFormat = formatCombo({ QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyyMMddHHmmss"),
                                       QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"), QStringLiteral("yyyy/MM/dd HH:mm:ss"),
                                       QStringLiteral("yyyy.MM.dd HH:mm:ss") },
        QStringLiteral("datetimeFormat"), this);
    for (QComboBox *combo : { m_dateFormat, m_timeFormat, m_datetimeFormat }) {
        combo->setToolTip(tr("Qt date format letters: yyyy year, MM month, dd day, HH hour, mm minute, ss second."));
        connect(combo, &QComboBox::currentTextChanged, this, &VanImportDialog::onEdited);
    }
    m_approvalSpellings = new QLineEdit(this);
    m_approvalSpellings->setObjectName(QStringLiteral("approvalSpellings"));
    m_approvalSpellings->setPlaceholderText(tr("for example 승인, 정상"));
    m_approvalSpellings->setToolTip(
        tr("Values of the kind column that mean an approval, separated by commas; \"approval\" is always understood."));
    m_cancelSpellings = new QLineEdit(this);
    m_cancelSpellings->setObjectName(QStringLiteral("cancelSpellings"));
    m_cancelSpellings->setPlaceholderText(tr("for example 취소, 매입취소"));
    m_cancelSpellings->setToolTip(tr(
        "Values of the kind column that mean a cancellation, separated by commas; \"cancel\" is always understood."));
    for (QLineEdit *edit : { m_approvalSpellings, m_cancelSpellings })
        connect(edit, &QLineEdit::textChanged, this, &VanImportDialog::onEdited);
    m_negativeIsCancel = new QCheckBox(tr("A negative amount is a cancellation"), this);
    m_negativeIsCancel->setObjectName(QStringLiteral("negativeIsCancel"));
    m_negativeIsCancel->setToolTip(tr("For files without a kind column, where a cancellation is a negative amount."));
    connect(m_negativeIsCancel, &QCheckBox::toggled, this, &VanImportDialog::onEdited);

    m_problemList = new QListWidget(this);
    m_problemList->setObjectName(QStringLiteral("problemList"));
    m_problemList->setWordWrap(true);
    m_problemList->setTextElideMode(Qt::ElideNone);
    m_problemList->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_problemList, &QListWidget::currentRowChanged, this, &VanImportDialog::showProblemCell);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use this file"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void VanImportDialog::layoutWidgets()
{
    auto *profileRow = new QHBoxLayout;
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profileCombo);
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_saveButton);

    auto *readingRow = new QHBoxLayout;
    const std::pair<QString, QWidget *> reading[] = {
        { tr("&Encoding:"), m_encodingCombo },
        { tr("De&limiter:"), m_delimiterCombo },
        { tr("&Header line:"), m_headerSpin },
        { tr("&Footer lines:"), m_footerSpin },
    };
    for (const auto &[text, widget] : reading) {
        auto *label = new QLabel(text, this);
        label->setBuddy(widget);
        readingRow->addWidget(label);
        readingRow->addWidget(widget);
        readingRow->addSpacing(12);
    }
    readingRow->addStretch(1);

    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    auto *columnsGrid = new QGridLayout(columnsBox);
    const QStringList fields = VanProfile::canonicalFields();
    const int half = int(fields.size() + 1) / 2;
    for (int i = 0; i < fields.size(); ++i) {
        const int row = i % half;
        const int col = (i / half) * 2;
        columnsGrid->addWidget(m_fieldLabels.value(fields[i]), row, col);
        columnsGrid->addWidget(m_fieldCombos.value(fields[i]), row, col + 1);
    }
    columnsGrid->setColumnStretch(1, 1);
    columnsGrid->setColumnStretch(3, 1);

    auto *valuesBox = new QGroupBox(tr("Values"), this);
    auto *valuesForm = new QFormLayout(valuesBox);
    valuesForm->addRow(tr("Date f&ormat:"), m_dateFormat);
    valuesForm->addRow(tr("Time format:"), m_timeFormat);
    valuesForm->addRow(tr("Date and time format:"), m_datetimeFormat);
    valuesForm->addRow(tr("Appro&val spellings:"), m_approvalSpellings);
    valuesForm->addRow(tr("Cancellation spellin&gs:"), m_cancelSpellings);
    valuesForm->addRow(m_negativeIsCancel);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QHBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(columnsBox, 3);
    editorLayout->addWidget(valuesBox, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("importSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(editor);
    splitter->addWidget(m_problemList);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 0);
    splitter->setStretchFactor(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addLayout(profileRow);
    layout->addLayout(readingRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
}

void VanImportDialog::fillProfileCombo()
{
    for (const QString &name : VanProfile::builtInNames())
        m_profileCombo->addItem(name, name);
    for (const QString &name : ProfileLibrary::savedNames()) {
        const QString path = ProfileLibrary::pathFor(name);
        m_profileCombo->addItem(name, path);
        m_profileCombo->setItemData(m_profileCombo->count() - 1, QDir::toNativeSeparators(path), Qt::ToolTipRole);
    }
    // The last entry is the mapping being made here; choosing it starts from the file's headers.
    m_profileCombo->addItem(tr("Custom mapping"), QString());
    m_profileCombo->setItemData(m_profileCombo->count() - 1,
        tr("Map the columns yourself, starting from what the file's headers suggest."), Qt::ToolTipRole);
}

bool VanImportDialog::selectProfile(const QString &nameOrPath, QString *error)
{
    QString inner;
    const auto profile = VanProfile::load(nameOrPath, &inner);
    if (!profile) {
        if (error)
            *error = inner;
        return false;
    }
    int index = m_profileCombo->findData(nameOrPath, SourceRole);
    if (index < 0) {
        // A profile file from elsewhere: listed above "Custom mapping" by its file name.
        index = m_profileCombo->count() - 1;
        m_profileCombo->insertItem(index, QFileInfo(nameOrPath).fileName(), nameOrPath);
        m_profileCombo->setItemData(index, QDir::toNativeSeparators(nameOrPath), Qt::ToolTipRole);
    }
    m_profileCombo->setCurrentIndex(index);
    applyProfile(*profile, nameOrPath);
    return true;
}

void VanImportDialog::onProfileActivated(int index)
{
    const QString source = m_profileCombo->itemData(index, SourceRole).toString();
    if (source.isEmpty()) {
        // Already the custom mapping: choosing it again must not throw the user's edits away.
        if (!m_modified && !m_source.isEmpty())
            applySuggestion();
        return;
    }
    QString error;
    if (!selectProfile(source, &error))
        QMessageBox::warning(this, tr("Cannot use this profile"), error);
}

void VanImportDialog::applySuggestion()
{
    // From the file as detected, not as the previous profile forced it to be read.
    m_profileCombo->setCurrentIndex(m_profileCombo->count() - 1);
    const VanFilePreview detected = VanFilePreview::readFile(m_file);
    applyProfile(ProfileSuggestion::suggest(detected, customName()), QString());
}

void VanImportDialog::applyProfile(const VanProfile &profile, const QString &source)
{
    const bool was = m_updating;
    m_updating = true;
    m_base = profile;
    m_source = source;
    m_modified = false;
    m_encodingCombo->setCurrentIndex(qMax(0, m_encodingCombo->findData(encodingKey(profile.encoding))));
    const QString delimiter = profile.delimiter == u"\\t" ? QStringLiteral("\t") : profile.delimiter;
    m_delimiterCombo->setCurrentIndex(qMax(0, m_delimiterCombo->findData(delimiter)));
    m_headerSpin->setValue(profile.headerRow);
    m_footerSpin->setValue(profile.skipFooterLines);
    m_dateFormat->setCurrentText(profile.dateFormat);
    m_timeFormat->setCurrentText(profile.timeFormat);
    m_datetimeFormat->setCurrentText(profile.datetimeFormat);
    QStringList approvals;
    QStringList cancels;
    for (auto it = profile.kindValues.cbegin(); it != profile.kindValues.cend(); ++it)
        (it.value() == PaymentKind::Cancel ? cancels : approvals) << it.key();
    approvals.sort();
    cancels.sort();
    m_approvalSpellings->setText(approvals.join(QStringLiteral(", ")));
    m_cancelSpellings->setText(cancels.join(QStringLiteral(", ")));
    m_negativeIsCancel->setChecked(profile.negativeAmountIsCancel);
    reload(profile);
    m_updating = was;
    validate();
}

void VanImportDialog::reload(const VanProfile &profile)
{
    const bool was = m_updating;
    m_updating = true;
    m_previewOptions = VanFilePreview::Options::fromProfile(profile);
    m_preview = VanFilePreview::readFile(m_file, m_previewOptions);
    m_havePreview = true;
    m_model->setPreview(m_preview);

    const QString size = QLocale().formattedDataSize(m_preview.fileSize);
    m_fileLabel->setText(m_preview.complete ? tr("File: %1 (%2)").arg(QDir::toNativeSeparators(m_file), size)
                                            : tr("File: %1 (%2; the preview shows its first %3 rows)")
                                                  .arg(QDir::toNativeSeparators(m_file), size)
                                                  .arg(m_preview.rows.size()));
    // "Detect" says what it found, so a user can see the guess before overriding it.
    const QString encoding = m_preview.byteOrderMark ? tr("UTF-8 with byte-order mark")
        : m_preview.asciiOnly                        ? tr("plain ASCII so far")
                                                     : TextDecoder::name(m_preview.encoding);
    m_encodingCombo->setItemText(0, tr("Detect (%1)").arg(encoding));
    const QString delimiterName = m_preview.delimiter == '\t' ? tr("tab") : m_preview.delimiterText();
    m_delimiterCombo->setItemText(0, m_preview.delimiterDetected ? tr("Detect (%1)").arg(delimiterName) : tr("Detect"));

    fillColumnCombos(profile);
    m_resizeColumns = true; // once the header names the mapped fields (validate)
    m_updating = was;
}

void VanImportDialog::fillColumnCombos(const VanProfile &profile)
{
    const int columns = m_preview.columnCount();
    for (auto it = m_fieldCombos.cbegin(); it != m_fieldCombos.cend(); ++it) {
        QComboBox *combo = it.value();
        combo->clear();
        combo->addItem(tr("(not mapped)"), NotMapped);
        for (int c = 0; c < columns; ++c) {
            QString name = c < m_preview.header.size() ? m_preview.header[c] : QString();
            if (name.isEmpty()) {
                // No header: the first value tells the user what the column holds.
                const QString sample = m_preview.rows.isEmpty() ? QString() : m_preview.rows.first().fields.value(c);
                name = sample.isEmpty() ? tr("column %1").arg(c + 1) : tr("column %1, e.g. %2").arg(c + 1).arg(sample);
            }
            combo->addItem(tr("%1. %2").arg(c + 1).arg(name), c);
        }
        const auto mapped = profile.columns.constFind(it.key());
        if (mapped == profile.columns.cend()) {
            combo->setCurrentIndex(0);
            continue;
        }
        int column = -1;
        if (mapped->index > 0)
            column = mapped->index <= columns ? mapped->index - 1 : -1;
        else if (m_preview.headerRow > 0)
            column = int(m_preview.header.indexOf(mapped->header));
        if (column >= 0) {
            combo->setCurrentIndex(combo->findData(column));
            continue;
        }
        // Kept, not dropped: the check then says the file lacks it, which is the actual problem.
        if (mapped->index > 0) {
            combo->addItem(tr("column %1 (not in this file)").arg(mapped->index), MissingIndex);
            combo->setItemData(combo->count() - 1, mapped->index, MissingIndexRole);
        } else {
            combo->addItem(tr("%1 (not in this file)").arg(mapped->header), MissingHeader);
            combo->setItemData(combo->count() - 1, mapped->header, MissingHeaderRole);
        }
        combo->setCurrentIndex(combo->count() - 1);
    }
}

VanProfile VanImportDialog::profileFromWidgets() const
{
    VanProfile p = m_base;
    if (m_modified || m_source.isEmpty())
        p.name = customName();
    p.encoding = m_encodingCombo->currentData().toString();
    p.delimiter = m_delimiterCombo->currentData().toString();
    p.headerRow = m_headerSpin->value();
    p.skipFooterLines = m_footerSpin->value();
    p.columns.clear();
    for (auto it = m_fieldCombos.cbegin(); it != m_fieldCombos.cend(); ++it) {
        const QComboBox *combo = it.value();
        const int column = combo->currentData(ColumnRole).toInt();
        if (combo->currentIndex() < 0 || column == NotMapped)
            continue;
        VanProfile::Column c;
        if (column == MissingHeader) {
            c.header = combo->currentData(MissingHeaderRole).toString();
        } else if (column == MissingIndex) {
            c.index = combo->currentData(MissingIndexRole).toInt();
        } else if (p.headerRow > 0 && column < m_preview.header.size() && !m_preview.header[column].isEmpty()) {
            // By name, as the built-in profiles do: a VAN that reorders its columns still reads right.
            c.header = m_preview.header[column];
        } else {
            c.index = column + 1;
        }
        p.columns.insert(it.key(), c);
    }
    p.dateFormat = m_dateFormat->currentText().trimmed();
    p.timeFormat = m_timeFormat->currentText().trimmed();
    p.datetimeFormat = m_datetimeFormat->currentText().trimmed();
    p.kindValues.clear();
    for (const QString &s : spellings(m_approvalSpellings))
        p.kindValues.insert(s, PaymentKind::Approval);
    for (const QString &s : spellings(m_cancelSpellings))
        p.kindValues.insert(s, PaymentKind::Cancel);
    p.negativeAmountIsCancel = m_negativeIsCancel->isChecked();
    return p;
}

VanProfile VanImportDialog::profile() const
{
    return profileFromWidgets();
}

QString VanImportDialog::profileSource() const
{
    return m_modified ? QString() : m_source;
}

void VanImportDialog::onEdited()
{
    if (m_updating)
        return;
    VanProfile p = profileFromWidgets();
    if (!m_havePreview || VanFilePreview::Options::fromProfile(p) != m_previewOptions)
        reload(p);
    // Once edited the mapping is no longer the chosen profile: the list says so rather than keep a misleading
    // name. Undoing the edits by hand makes it that profile again.
    p.name = m_base.name;
    m_modified = m_source.isEmpty() || p.toJson() != m_base.toJson();
    const int index = m_modified ? m_profileCombo->count() - 1 : m_profileCombo->findData(m_source, SourceRole);
    m_profileCombo->setCurrentIndex(qMax(0, index));
    validate();
}

void VanImportDialog::validate()
{
    const VanProfile p = profileFromWidgets();
    m_problems = ProfileCheck::check(p, m_preview);

    QHash<int, QStringList> mapped;
    for (const QString &field : VanProfile::canonicalFields()) {
        const int column = ProfileCheck::columnOf(p, m_preview, field);
        if (column >= 0)
            mapped[column] << field;
    }
    m_model->setMappedFields(mapped);
    m_model->setProblems(m_problems);
    m_model->setFooterRows(m_preview.rowsReachEnd ? p.skipFooterLines : 0);
    if (m_resizeColumns) {
        m_resizeColumns = false;
        m_view->resizeColumnsToContents(); // at most a few hundred rows: cheap, unlike on the result grids
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), kMaxInitialColumnWidth));
    }
    showProblems();

    const bool valid = isMappingValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_saveButton->setEnabled(valid);
    m_saveButton->setToolTip(valid ? tr("Keep this mapping as a named profile (Ctrl+S).")
                                   : tr("Fix the errors listed below before saving the mapping."));
}

void VanImportDialog::showProblems()
{
    m_problemList->clear();
    QStyle *s = style();
    if (m_problems.isEmpty()) {
        auto *item = new QListWidgetItem(s->standardIcon(QStyle::SP_DialogApplyButton),
            tr("The mapping reads the preview rows without problems."), m_problemList);
        item->setData(LineRole, 0);
        return;
    }
    // Errors first: they are what keeps OK disabled.
    for (const auto severity : { ProfileCheck::Problem::Severity::Error, ProfileCheck::Problem::Severity::Warning }) {
        for (const auto &p : m_problems) {
            if (p.severity != severity)
                continue;
            const bool error = severity == ProfileCheck::Problem::Severity::Error;
            auto *item = new QListWidgetItem(
                s->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
                error ? tr("Error: %1").arg(p.message) : tr("Warning: %1").arg(p.message), m_problemList);
            item->setData(LineRole, p.line);
            item->setData(ProblemColumnRole, p.column);
        }
    }
}

void VanImportDialog::showProblemCell()
{
    const QListWidgetItem *item = m_problemList->currentItem();
    if (!item)
        return;
    const int row = m_model->rowForLine(item->data(LineRole).toLongLong());
    if (row < 0)
        return;
    const int column = qMax(0, item->data(ProblemColumnRole).toInt() - 1);
    m_view->scrollTo(m_model->index(row, column));
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, column), QItemSelectionModel::ClearAndSelect);
}

void VanImportDialog::askProfileName()
{
    if (!isMappingValid())
        return;
    const QString suggested
        = m_modified || m_source.isEmpty() || VanProfile::builtInNames().contains(m_source) ? QString() : m_base.name;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save profile"),
        tr("Name of the profile (it is listed under this name, and payrecon-cli accepts it as --profile):"),
        QLineEdit::Normal, suggested, &ok);
    if (!ok)
        return;
    QString error;
    if (ProfileLibrary::isValidName(name, &error) && QFileInfo::exists(ProfileLibrary::pathFor(name))
        && name != m_base.name
        && QMessageBox::question(
               this, tr("Replace profile"), tr("A profile named \"%1\" exists. Replace it?").arg(name))
            != QMessageBox::Yes)
        return;
    if (!saveProfileAs(name, &error))
        QMessageBox::warning(this, tr("Cannot save the profile"), error);
}

bool VanImportDialog::saveProfileAs(const QString &name, QString *error)
{
    if (!isMappingValid()) {
        if (error)
            *error = tr("The mapping has errors; fix them before saving.");
        return false;
    }
    VanProfile p = profileFromWidgets();
    p.name = name;
    if (!ProfileLibrary::save(p, error))
        return false;
    const QString path = ProfileLibrary::pathFor(name);
    int index = m_profileCombo->findData(path, SourceRole);
    if (index < 0) {
        index = m_profileCombo->count() - 1;
        m_profileCombo->insertItem(index, name, path);
        m_profileCombo->setItemData(index, QDir::toNativeSeparators(path), Qt::ToolTipRole);
    }
    m_profileCombo->setCurrentIndex(index);
    m_base = p;
    m_source = path;
    m_modified = false;
    validate();
    return true;
}
