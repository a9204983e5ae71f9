// The "Open VAN file" dialog, offscreen: detection shown, profiles chosen or mapped, wrong mappings explained and
// blocked, profiles saved and listed, keyboard reach, the hand-over to the main window, and a screenshot.
#include "import/csvimporter.h"
#include "import/profilelibrary.h"
#include "window/mainwindow.h"
#include "models/previewmodel.h"
#include "import/vanimportdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString example(const char *name)
{
    return QStringLiteral(PAYRECON_EXAMPLES_DIR "/") + QLatin1String(name);
}

QComboBox *fieldCombo(const VanImportDialog &dialog, const char *field)
{
    return dialog.findChild<QComboBox *>(QStringLiteral("map_") + QLatin1String(field));
}

QPushButton *okButton(const VanImportDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
}

QStringList problemTexts(const VanImportDialog &dialog)
{
    QStringList out;
    const auto *list = dialog.findChild<QListWidget *>(QStringLiteral("problemList"));
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

/// Chooses a column for a field as a user would: by the item showing that column.
void mapField(const VanImportDialog &dialog, const char *field, int column)
{
    QComboBox *combo = fieldCombo(dialog, field);
    const int index = combo->findData(column);
    QVERIFY2(index >= 0, field);
    combo->setCurrentIndex(index);
}

} // namespace

class TestVanImportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensTheKvanExampleWithDetectedEncodingAndDelimiter();
    void pickingAColumnChangesTheProfileAndMarksTheColumn();
    void invalidMappingShowsAMessageAndDisablesOk();
    void wrongBuiltInProfileNamesTheMissingHeader();
    void overridingTheEncodingShowsTheBadBytes();
    void unknownLayoutGetsAMappingFromItsHeaders();
    void savedProfileIsListedHereAndInTheMainWindow();
    void keyboardReachesTheMappingByMnemonics();
    void mainWindowTakesTheDialogResult();
    void previewModelPassesTheModelTester();
    void screenshotOfTheImportDialog();

private:
    /// A CP949, tab-separated file whose layout no built-in profile knows.
    QString unknownLayoutFile();

    QTemporaryDir m_dir;
};

void TestVanImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // saved profiles and settings stay out of the user's
    QCoreApplication::setOrganizationName(QStringLiteral("PayRecon"));
    QCoreApplication::setApplicationName(QStringLiteral("payrecon-tst_vanimportdialog"));
    MainWindow::registerMetaTypes();
    QSettings().clear();
    QDir(ProfileLibrary::directory()).removeRecursively();
    QVERIFY(m_dir.isValid());
}

void TestVanImportDialog::cleanupTestCase()
{
    QDir(ProfileLibrary::directory()).removeRecursively();
}

QString TestVanImportDialog::unknownLayoutFile()
{
    const QString path = m_dir.filePath(QStringLiteral("other-van.tsv"));
    if (QFile::exists(path))
        return path;
    QString text = QStringLiteral("승인일시\t거래고유번호\t결제금액\t구분\t가맹점명\n");
    for (int i = 0; i < 12; ++i)
        text += QStringLiteral("2026-11-24 10:%1:00\tX%2\t%3\t%4\t김밥천국 역삼점\n")
                    .arg(i + 10)
                    .arg(i)
                    .arg((i + 1) * 1000)
                    .arg(i % 4 == 3 ? QStringLiteral("취소") : QStringLiteral("정상"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QStringEncoder("windows-949").encode(text));
    return path;
}

void TestVanImportDialog::opensTheKvanExampleWithDetectedEncodingAndDelimiter()
{
    // The window's current profile does not read this file: the dialog finds the one that does by itself.
    VanImportDialog dialog(example("kvan-cp949.csv"), QStringLiteral("canonical-utf8"));
    const auto *encoding = dialog.findChild<QComboBox *>(QStringLiteral("encodingCombo"));
    const auto *delimiter = dialog.findChild<QComboBox *>(QStringLiteral("delimiterCombo"));
    const auto *profile = dialog.findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QCOMPARE(profile->currentText(), QStringLiteral("kvan-cp949"));
    QCOMPARE(dialog.profileSource(), QStringLiteral("kvan-cp949"));
    QCOMPARE(encoding->currentData().toString(), QStringLiteral("CP949"));
    QCOMPARE(delimiter->currentData().toString(), QStringLiteral(","));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("headerRowSpin"))->value(), 2);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("footerLinesSpin"))->value(), 1);

    // The preview: decoded Korean headers and values, physical line numbers, the title line skipped.
    const auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewView"));
    const QAbstractItemModel *model = view->model();
    QVERIFY(model->headerData(0, Qt::Horizontal).toString().startsWith(QStringLiteral("거래번호")));
    QVERIFY(model->headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("Transaction ID")));
    QCOMPARE(model->headerData(0, Qt::Vertical).toString(), QStringLiteral("3"));
    QCOMPARE(model->index(0, 9).data().toString(), QStringLiteral("카페 \"봄날\""));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("승인"));
    QCOMPARE(dialog.preview().encoding, TextDecoder::Encoding::Cp949);
    QVERIFY(dialog.isMappingValid());
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(problemTexts(dialog).join(u'\n').contains(QStringLiteral("without problems")));

    // With "auto" (the profile's own choice is fixed here), the detection is still shown in the list.
    auto *autoEncoding = dialog.findChild<QComboBox *>(QStringLiteral("encodingCombo"));
    autoEncoding->setCurrentIndex(0);
    QCOMPARE(autoEncoding->currentText(), QStringLiteral("Detect (CP949)"));
    QVERIFY(dialog.isMappingValid());
    QCOMPARE(delimiter->itemText(0), QStringLiteral("Detect"));
}

void TestVanImportDialog::pickingAColumnChangesTheProfileAndMarksTheColumn()
{
    VanImportDialog dialog(example("kvan-cp949.csv"), QStringLiteral("kvan-cp949"));
    const QAbstractItemModel *model = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QVERIFY(model->index(0, 10).data(Qt::BackgroundRole).isValid()); // 고객번호 is read as customer_id

    const auto *profileCombo = dialog.findChild<QComboBox *>(QStringLiteral("profileCombo"));
    fieldCombo(dialog, "customer_id")->setCurrentIndex(0); // (not mapped)
    QVERIFY(!dialog.profile().columns.contains(QStringLiteral("customer_id")));
    QVERIFY(!model->index(0, 10).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model->headerData(10, Qt::Horizontal).toString(), QStringLiteral("고객번호"));
    // Edited: still valid, but no longer the built-in as it is.
    QVERIFY(dialog.isMappingValid());
    QCOMPARE(dialog.profileSource(), QString());
    QCOMPARE(profileCombo->currentText(), QStringLiteral("Custom mapping"));
    QCOMPARE(dialog.profile().name, QStringLiteral("custom"));

    mapField(dialog, "customer_id", 10);
    QCOMPARE(dialog.profile().columns.value(QStringLiteral("customer_id")).header, QStringLiteral("고객번호"));
    QVERIFY(model->headerData(10, Qt::Horizontal).toString().contains(QStringLiteral("Customer ID")));
    // Undone by hand: the built-in again.
    QCOMPARE(dialog.profileSource(), QStringLiteral("kvan-cp949"));
    QCOMPARE(profileCombo->currentText(), QStringLiteral("kvan-cp949"));
}

void TestVanImportDialog::invalidMappingShowsAMessageAndDisablesOk()
{
    VanImportDialog dialog(example("kvan-cp949.csv"), QStringLiteral("kvan-cp949"));
    QVERIFY(okButton(dialog)->isEnabled());

    mapField(dialog, "amount", 7); // 카드사: text, not money
    QVERIFY(!dialog.isMappingValid());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveProfileButton"))->isEnabled());
    QString problems = problemTexts(dialog).join(u'\n');
    QVERIFY2(problems.contains(QStringLiteral("Error: Line 3, column 8 (카드사): \"KB국민카드\" is not a won amount")),
        qPrintable(problems));
    // The cell it points at is marked, with the message as its tooltip.
    const QAbstractItemModel *model = dialog.findChild<QTableView *>(QStringLiteral("previewView"))->model();
    QVERIFY(model->index(0, 7).data(Qt::ToolTipRole).toString().contains(QStringLiteral("not a won amount")));
    QVERIFY(model->index(0, 7).data(Qt::DecorationRole).isValid());
    // Choosing the message shows its cell.
    dialog.findChild<QListWidget *>(QStringLiteral("problemList"))->setCurrentRow(0);
    const auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewView"));
    QCOMPARE(view->currentIndex(), model->index(0, 7));

    mapField(dialog, "amount", 2);
    dialog.findChild<QComboBox *>(QStringLiteral("dateFormat"))->setCurrentText(QStringLiteral("yyyy-MM-dd"));
    problems = problemTexts(dialog).join(u'\n');
    QVERIFY2(problems.contains(QStringLiteral(
                 "Line 3, column 5 (거래일자): \"20261124\" does not match the date format yyyy-MM-dd.")),
        qPrintable(problems));
    QVERIFY(!okButton(dialog)->isEnabled());

    // Unmapping a required field says which and why.
    dialog.findChild<QComboBox *>(QStringLiteral("dateFormat"))->setCurrentText(QStringLiteral("yyyyMMdd"));
    QVERIFY(okButton(dialog)->isEnabled());
    fieldCombo(dialog, "transaction_id")->setCurrentIndex(0);
    QVERIFY(problemTexts(dialog).join(u'\n').contains(
        QStringLiteral("Map a column to \"Transaction ID\": every record needs one.")));
    QVERIFY(!okButton(dialog)->isEnabled());
    mapField(dialog, "transaction_id", 0);
    QVERIFY(okButton(dialog)->isEnabled());

    // An unknown kind spelling: 취소 rows would be refused.
    auto *cancels = dialog.findChild<QLineEdit *>(QStringLiteral("cancelSpellings"));
    cancels->setText(QStringLiteral("매입취소"));
    QVERIFY(problemTexts(dialog).join(u'\n').contains(QStringLiteral("the kind \"취소\" is not among")));
    QVERIFY(!okButton(dialog)->isEnabled());
    cancels->setText(QStringLiteral("취소, 매입취소"));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.profile().kindValues.value(QStringLiteral("취소")), PaymentKind::Cancel);
}

void TestVanImportDialog::wrongBuiltInProfileNamesTheMissingHeader()
{
    VanImportDialog dialog(example("kvan-cp949.csv"), QStringLiteral("kvan-cp949"));
    QVERIFY(dialog.selectProfile(QStringLiteral("kvan-cp949-signed")));
    QVERIFY(!okButton(dialog)->isEnabled());
    const QString problems = problemTexts(dialog).join(u'\n');
    QVERIFY2(
        problems.contains(QStringLiteral("The header on line 1 has no column \"거래고유번호\"")), qPrintable(problems));
    // The combo keeps what the profile asks for, marked as missing, instead of silently dropping it.
    QCOMPARE(fieldCombo(dialog, "transaction_id")->currentText(), QStringLiteral("거래고유번호 (not in this file)"));
    QCOMPARE(
        dialog.findChild<QComboBox *>(QStringLiteral("delimiterCombo"))->currentData().toString(), QStringLiteral("|"));
}

void TestVanImportDialog::overridingTheEncodingShowsTheBadBytes()
{
    VanImportDialog dialog(example("kvan-cp949.csv"), QStringLiteral("kvan-cp949"));
    auto *encoding = dialog.findChild<QComboBox *>(QStringLiteral("encodingCombo"));
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("UTF-8")));
    QCOMPARE(dialog.preview().encoding, TextDecoder::Encoding::Utf8);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(problemTexts(dialog).join(u'\n').contains(QStringLiteral("are not valid UTF-8")));
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("EUC-KR")));
    QVERIFY(okButton(dialog)->isEnabled()); // read as CP949, its superset
}

void TestVanImportDialog::unknownLayoutGetsAMappingFromItsHeaders()
{
    VanImportDialog dialog(unknownLayoutFile(), QStringLiteral("kvan-cp949"));
    QCOMPARE(
        dialog.findChild<QComboBox *>(QStringLiteral("profileCombo"))->currentText(), QStringLiteral("Custom mapping"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("delimiterCombo"))->currentData().toString(),
        QStringLiteral("\t"));
    const VanProfile p = dialog.profile();
    QCOMPARE(p.columns.value(QStringLiteral("occurred_at")).header, QStringLiteral("승인일시"));
    QCOMPARE(p.columns.value(QStringLiteral("transaction_id")).header, QStringLiteral("거래고유번호"));
    QCOMPARE(p.columns.value(QStringLiteral("amount")).header, QStringLiteral("결제금액"));
    QCOMPARE(p.columns.value(QStringLiteral("kind")).header, QStringLiteral("구분"));
    QCOMPARE(p.kindValues.value(QStringLiteral("정상")), PaymentKind::Approval);
    QCOMPARE(p.datetimeFormat, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY2(dialog.isMappingValid(), qPrintable(problemTexts(dialog).join(u'\n')));
    QCOMPARE(dialog.profileSource(), QString());

    // What the dialog hands over reads the whole file.
    const ImportResult imported = CsvImporter(p).importFile(dialog.fileName());
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.rejectedCount, 0);
    QCOMPARE(imported.table.size(), 12);
    QCOMPARE(imported.table.kind(3), PaymentKind::Cancel);

    // Choosing "Custom mapping" again keeps the user's edits.
    fieldCombo(dialog, "merchant_name")->setCurrentIndex(0);
    auto *profileCombo = dialog.findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QMetaObject::invokeMethod(profileCombo, "activated", Q_ARG(int, profileCombo->count() - 1));
    QVERIFY(!dialog.profile().columns.contains(QStringLiteral("merchant_name")));
}

void TestVanImportDialog::savedProfileIsListedHereAndInTheMainWindow()
{
    const QString name = QStringLiteral("우리 VAN");
    {
        VanImportDialog dialog(unknownLayoutFile(), QString());
        QString error;
        QVERIFY2(dialog.saveProfileAs(name, &error), qPrintable(error));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("profileCombo"))->currentText(), name);
        QCOMPARE(dialog.profileSource(), ProfileLibrary::pathFor(name));
        QVERIFY(!dialog.saveProfileAs(QStringLiteral("kvan-cp949"), &error)); // a built-in's name
        QVERIFY(error.contains(QStringLiteral("built-in")));
    }
    QVERIFY(ProfileLibrary::savedNames().contains(name));

    // Next time the same layout is recognised by the saved profile, which is listed next to the built-ins.
    VanImportDialog again(unknownLayoutFile(), QStringLiteral("kvan-cp949"));
    const auto *combo = again.findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QCOMPARE(combo->currentText(), name);
    QVERIFY(combo->findText(QStringLiteral("kvan-cp949-signed")) >= 0);
    QVERIFY(again.isMappingValid());

    MainWindow window;
    window.setAutoOpenDemo(false);
    auto *windowCombo = window.findChild<QComboBox *>(QStringLiteral("profileCombo"));
    const int index = windowCombo->findText(name);
    QVERIFY(index >= 0);
    QCOMPARE(windowCombo->itemData(index).toString(), ProfileLibrary::pathFor(name));
}

void TestVanImportDialog::keyboardReachesTheMappingByMnemonics()
{
    VanImportDialog dialog(example("kvan-cp949.csv"), QStringLiteral("kvan-cp949"));
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QTableView *>(QStringLiteral("previewView")));
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), fieldCombo(dialog, "amount"));
    QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QComboBox *>(QStringLiteral("profileCombo")));
    QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QComboBox *>(QStringLiteral("encodingCombo")));

    // Tab walks the field lists in the order they are shown: down the first column, then the second.
    fieldCombo(dialog, "transaction_id")->setFocus();
    QWidget *w = fieldCombo(dialog, "transaction_id");
    for (const char *next : { "kind", "amount", "approval_no", "occurred_at", "date", "time", "card_number" }) {
        w = w->nextInFocusChain();
        while (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible())
            w = w->nextInFocusChain();
        QCOMPARE(w->objectName(), QStringLiteral("map_") + QLatin1String(next));
    }
}

void TestVanImportDialog::mainWindowTakesTheDialogResult()
{
    MainWindow window;
    window.setAutoOpenDemo(false);
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileCombo"));
    auto *vanLabel = window.findChild<QLabel *>(QStringLiteral("vanLabel"));

    const QString kvan = example("kvan-cp949.csv");
    window.setVanSource(kvan, QStringLiteral("kvan-cp949"));
    QCOMPARE(combo->currentText(), QStringLiteral("kvan-cp949"));
    QCOMPARE(vanLabel->text(), QDir::toNativeSeparators(kvan));

    VanImportDialog dialog(unknownLayoutFile(), QString());
    fieldCombo(dialog, "merchant_name")->setCurrentIndex(0); // edited, so not the saved profile any more
    QVERIFY(dialog.profileSource().isEmpty());
    QVERIFY(dialog.isMappingValid());
    window.setVanSource(dialog.fileName(), dialog.profile());
    QVERIFY(combo->currentText().contains(QStringLiteral("not saved")));
    QCOMPARE(vanLabel->text(), QDir::toNativeSeparators(dialog.fileName()));
    // A second unsaved mapping replaces the first instead of piling up entries.
    const int count = combo->count();
    window.setVanSource(dialog.fileName(), dialog.profile());
    QCOMPARE(combo->count(), count);

    window.setVanSource(kvan, QStringLiteral("kvan-cp949-signed"));
    QCOMPARE(combo->currentText(), QStringLiteral("kvan-cp949-signed"));
}

void TestVanImportDialog::previewModelPassesTheModelTester()
{
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(VanFilePreview::readFile(example("kvan-cp949-signed.csv")));
    QCOMPARE(model.columnCount(), 12);
    QCOMPARE(model.rowCount(), 17); // 15 records and 2 footer lines
    model.setMappedFields({ { 1, { QStringLiteral("amount") } } });
    QVERIFY(model.isMapped(1));
    model.setFooterRows(2);
    QVERIFY(model.index(16, 0).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!model.index(14, 0).data(Qt::FontRole).isValid());
    QCOMPARE(model.rowForLine(2), 0);
    model.setPreview(VanFilePreview::fromData(QByteArray()));
    QCOMPARE(model.rowCount(), 0);
}

void TestVanImportDialog::screenshotOfTheImportDialog()
{
    VanImportDialog dialog(example("kvan-cp949.csv"), QStringLiteral("kvan-cp949"));
    mapField(dialog, "amount", 7); // show a caught mistake, as a reviewer would want to see one
    dialog.resize(1100, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(0);
    const QString dir = QStringLiteral(PAYRECON_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/van-import-dialog.png");
    QVERIFY(dialog.grab().save(path));
    mapField(dialog, "amount", 2);
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/van-import-dialog-valid.png")));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestVanImportDialog)
#include "tst_vanimportdialog.moc"
