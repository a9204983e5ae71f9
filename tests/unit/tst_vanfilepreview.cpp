// The import dialog's core: previewing a VAN file cheaply, checking a profile against it, suggesting a mapping
// from Korean/English headers, and the user's saved profiles.
#include "import/csvimporter.h"
#include "import/profilecheck.h"
#include "import/profilelibrary.h"
#include "import/profilesuggestion.h"
#include "import/vanfilepreview.h"
#include "import/vanprofile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString example(const QString &name)
{
    return QStringLiteral(PAYRECON_TEST_DATA_DIR "/../../docs/examples/") + name;
}

QString testData(const QString &name)
{
    return QStringLiteral(PAYRECON_TEST_DATA_DIR "/") + name;
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

QByteArray cp949(const QString &text)
{
    QStringEncoder encoder("windows-949");
    return encoder.encode(text);
}

/// Bytes in the named encoding: "UTF-8", "UTF-8 BOM" or "CP949".
QByteArray encoded(const QString &text, const QString &encoding)
{
    if (encoding == u"CP949")
        return cp949(text);
    if (encoding == u"UTF-8 BOM")
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    return text.toUtf8();
}

VanProfile builtIn(const QString &name)
{
    QString error;
    const auto p = VanProfile::load(name, &error);
    if (!p)
        qFatal("%s", qPrintable(error));
    return *p;
}

QStringList messages(const QList<ProfileCheck::Problem> &problems, ProfileCheck::Problem::Severity severity)
{
    QStringList out;
    for (const auto &p : problems) {
        if (p.severity == severity)
            out << p.message;
    }
    return out;
}

} // namespace

class TestVanFilePreview final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void detectsTheLayoutOfShippedFiles_data();
    void detectsTheLayoutOfShippedFiles();
    void detectsTheLayoutOfGeneratedBytes_data();
    void detectsTheLayoutOfGeneratedBytes();
    void decodesKoreanHeaderAndTitleOfTheKvanExample();
    void forcedEncodingShowsUndecodableBytes();
    void previewMasksCardNumbersInEveryField();
    void forcedHeaderRowAndDelimiterWinOverDetection();
    void readsOnlyTheHeadAndTailOfABigFile();
    void sampleCutInsideACharacterStillDetects_data();
    void sampleCutInsideACharacterStillDetects();
    void unreadableInputIsAnErrorNamingIt();

    void checkReportsEachProblemAsASentence_data();
    void checkReportsEachProblemAsASentence();
    void checkTellsAFewBadRowsFromAWrongMapping();

    void headerNamesSuggestCanonicalFields_data();
    void headerNamesSuggestCanonicalFields();
    void guessesDateAndTimeFormats_data();
    void guessesDateAndTimeFormats();
    void suggestedProfileImportsLikeTheBuiltIn_data();
    void suggestedProfileImportsLikeTheBuiltIn();

    void savedProfilesAreListedAndLoadByName();
    void badProfileNamesAreRefused_data();
    void badProfileNamesAreRefused();
};

void TestVanFilePreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // saved profiles go to a test directory
    QCoreApplication::setOrganizationName(QStringLiteral("PayRecon"));
    QCoreApplication::setApplicationName(QStringLiteral("payrecon-tst_vanfilepreview"));
    QDir(ProfileLibrary::directory()).removeRecursively();
}

void TestVanFilePreview::detectsTheLayoutOfShippedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<int>("footerLines");
    QTest::addColumn<QString>("firstHeader");
    QTest::addColumn<QString>("firstValue");

    QTest::newRow("canonical-utf8 example") << example(QStringLiteral("canonical-utf8.csv")) << "UTF-8"
                                            << "," << 1 << 0 << "transaction_id"
                                            << "001267079368";
    QTest::newRow("kvan-cp949 example: title line, totals line") << example(QStringLiteral("kvan-cp949.csv")) << "CP949"
                                                                 << "," << 2 << 1 << "거래번호"
                                                                 << "001267079368";
    QTest::newRow("kvan-cp949-signed example: pipes, two footer lines")
        << example(QStringLiteral("kvan-cp949-signed.csv")) << "CP949"
        << "|" << 1 << 2 << "거래고유번호"
        << "001267079368";
    QTest::newRow("kvan test sample: long title line, totals as wide as a record")
        << testData(QStringLiteral("kvan-sample-cp949.csv")) << "CP949"
        << "," << 2 << 1 << "거래일자"
        << "20261124";
    QTest::newRow("signed test sample") << testData(QStringLiteral("kvan-signed-sample-cp949.csv")) << "CP949"
                                        << "|" << 1 << 2 << "매출일자"
                                        << "2026-11-24";
    QTest::newRow("canonical test sample: quoted amounts")
        << testData(QStringLiteral("canonical-sample.csv")) << "UTF-8"
        << "," << 1 << 0 << "transaction_id"
        << "000123";
}

void TestVanFilePreview::detectsTheLayoutOfShippedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(int, headerRow);
    QFETCH(int, footerLines);
    QFETCH(QString, firstHeader);
    QFETCH(QString, firstValue);

    const VanFilePreview p = VanFilePreview::readFile(file);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(TextDecoder::name(p.encoding), encoding);
    QVERIFY(p.encodingDetected);
    QCOMPARE(p.delimiterText(), delimiter);
    QVERIFY(p.delimiterDetected);
    QCOMPARE(p.headerRow, headerRow);
    QCOMPARE(p.footerLines, footerLines);
    QVERIFY(p.complete);
    QVERIFY(p.rowsReachEnd);
    QVERIFY(p.undecodable.isEmpty());
    QCOMPARE(p.header.value(0), firstHeader);
    QVERIFY(!p.rows.isEmpty());
    QCOMPARE(p.rows.first().fields.value(0), firstValue);
    QCOMPARE(p.rows.first().line, qint64(headerRow + 1));
    QCOMPARE(p.expectedFields(), int(p.header.size()));
}

void TestVanFilePreview::detectsTheLayoutOfGeneratedBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<int>("footerLines");
    QTest::addColumn<int>("rows");

    QTest::newRow("UTF-8 BOM, semicolons")
        << QStringLiteral("거래번호;금액;거래일자\n1;100;20261124\n2;200;20261124\n") << "UTF-8 BOM"
        << "UTF-8"
        << ";" << 1 << 0 << 2;
    QTest::newRow("CP949, tabs, one-field title")
        << QStringLiteral("카드 정산 내역\n거래번호\t승인금액\t거래일자\n001\t1,000\t20261124\n002\t2,000\t20261124\n")
        << "CP949"
        << "CP949"
        << "\t" << 2 << 0 << 2;
    QTest::newRow("pipes with thousands separators")
        << QStringLiteral("거래번호|금액|가맹점\n1|1,250,000|가\n2|3,000|나\n3|12|다\n4|5,000,000|라\n") << "CP949"
        << "CP949"
        << "|" << 1 << 0 << 4;
    QTest::newRow("no header: numbers on line 1") << QStringLiteral("001,1000,20261124\n002,2000,20261124\n") << "UTF-8"
                                                  << "UTF-8"
                                                  << "," << 0 << 0 << 2;
    // VAN files have no multi-line fields: the broken name is two rows, as the importer reads (and rejects) them.
    QTest::newRow("quoted newline and delimiter in a name")
        << QStringLiteral("id,name,amount\n1,\"a,\nb\",10\n2,c,20\n3,d,30\n") << "UTF-8"
        << "UTF-8"
        << "," << 1 << 0 << 4;
    QTest::newRow("CRLF, blank lines, totals")
        << QStringLiteral("거래번호,금액,일자\r\n\r\n1,10,20261124\r\n2,20,20261124\r\n\r\n합계,30\r\n\r\n") << "CP949"
        << "CP949"
        << "," << 1 << 1 << 3;
}

void TestVanFilePreview::detectsTheLayoutOfGeneratedBytes()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(int, headerRow);
    QFETCH(int, footerLines);
    QFETCH(int, rows);

    const VanFilePreview p = VanFilePreview::fromData(encoded(text, written), true);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(TextDecoder::name(p.encoding), encoding);
    QCOMPARE(p.byteOrderMark, written == u"UTF-8 BOM");
    QCOMPARE(p.delimiterText(), delimiter);
    QCOMPARE(p.headerRow, headerRow);
    QCOMPARE(p.footerLines, footerLines);
    QCOMPARE(p.rows.size(), rows);
    QVERIFY(p.undecodable.isEmpty());
    if (headerRow > 0)
        QVERIFY2(!p.header.value(0).startsWith(QChar(0xFEFF)), "the BOM is not part of the first header");
}

void TestVanFilePreview::decodesKoreanHeaderAndTitleOfTheKvanExample()
{
    const VanFilePreview p = VanFilePreview::readFile(example(QStringLiteral("kvan-cp949.csv")));
    QCOMPARE(p.header,
        strings({ "거래번호", "거래구분", "승인금액", "승인번호", "거래일자", "거래시간", "카드번호", "카드사",
            "가맹점번호", "가맹점명", "고객번호", "업종", "할부" }));
    QCOMPARE(p.titleRows.size(), 1);
    QCOMPARE(p.titleRows.first().fields, strings({ "카드사 정산내역", "2026-11-24" }));
    QCOMPARE(p.rows.first().fields.value(9), QStringLiteral("카페 \"봄날\"")); // RFC 4180 quotes undone
    QCOMPARE(p.rows.last().fields.value(0), QStringLiteral("합계")); // the totals line is shown, and counted
    QCOMPARE(p.rows.size(), 16);
}

void TestVanFilePreview::forcedEncodingShowsUndecodableBytes()
{
    VanFilePreview::Options options;
    options.encoding = QStringLiteral("UTF-8");
    const VanFilePreview p = VanFilePreview::readFile(example(QStringLiteral("kvan-cp949.csv")), options);
    QVERIFY(p.ok());
    QVERIFY(!p.encodingDetected);
    QCOMPARE(p.encoding, TextDecoder::Encoding::Utf8);
    QVERIFY(!p.undecodable.isEmpty());
    QCOMPARE(p.undecodable.first().line, 1);
    QVERIFY2(p.undecodable.first().value.contains(QStringLiteral("\\x")), qPrintable(p.undecodable.first().value));

    // The import check turns this into one sentence naming the line, the column and the encoding.
    const auto problems = ProfileCheck::check(builtIn(QStringLiteral("kvan-cp949")), p);
    const QStringList errors = messages(problems, ProfileCheck::Problem::Severity::Error);
    QVERIFY2(errors.join(u'\n').contains(QStringLiteral("are not valid UTF-8")), qPrintable(errors.join(u'\n')));
}

void TestVanFilePreview::previewMasksCardNumbersInEveryField()
{
    // Assembled at run time, so no full card number sits in the source as one literal.
    const QByteArray pan = QByteArray("5409") + "2612" + "3456" + "7893";
    const QByteArray data = "title " + pan
        + "\n"
          "transaction_id,card_number,merchant_name,note "
        + pan.left(8) + "-" + pan.mid(8)
        + "\n"
          "20261124000123455,\"=\"\""
        + pan + "\"\"\",카페 " + pan.left(4) + " " + pan.mid(4, 4) + " " + pan.mid(8, 4) + " " + pan.mid(12) + ",x\n";
    VanFilePreview::Options options;
    options.headerRow = 2;
    const VanFilePreview p = VanFilePreview::fromData(data, true, options);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.titleRows.size(), 1);
    QCOMPARE(p.titleRows[0].fields, strings({ "title 540926******7893" }));
    QCOMPARE(p.header, strings({ "transaction_id", "card_number", "merchant_name", "note 540926**-****7893" }));
    QCOMPARE(p.rows.size(), 1);
    // The id is shown as it is (a dated id, not a PAN); the card and the name are masked.
    QCOMPARE(
        p.rows[0].fields, strings({ "20261124000123455", "=\"540926******7893\"", "카페 5409 26** **** 7893", "x" }));
}

void TestVanFilePreview::forcedHeaderRowAndDelimiterWinOverDetection()
{
    VanFilePreview::Options options = VanFilePreview::Options::fromProfile(builtIn(QStringLiteral("kvan-cp949")));
    QCOMPARE(options.encoding, QStringLiteral("CP949"));
    QCOMPARE(options.delimiter, ',');
    QCOMPARE(options.headerRow, 2);
    options.headerRow = 1;
    options.delimiter = '|';
    const VanFilePreview p = VanFilePreview::readFile(example(QStringLiteral("kvan-cp949.csv")), options);
    QVERIFY(!p.delimiterDetected);
    QVERIFY(!p.headerDetected);
    QCOMPARE(p.headerRow, 1);
    QCOMPARE(p.header, strings({ "카드사 정산내역,2026-11-24" }));
}

void TestVanFilePreview::readsOnlyTheHeadAndTailOfABigFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(cp949(QStringLiteral("카드사 정산내역,2026-11-24\n거래번호,거래구분,승인금액,거래일자,가맹점명\n")));
    const QByteArray row = cp949(QStringLiteral(",승인,12000,20261124,김밥천국 역삼점\n"));
    for (int i = 0; i < 200000; ++i)
        f.write(QByteArray::number(1000000 + i) + row);
    f.write(cp949(QStringLiteral("합계,200000건,2400000000\n")));
    f.close();

    const VanFilePreview p = VanFilePreview::readFile(path);
    QVERIFY(p.ok());
    QVERIFY(!p.complete);
    QVERIFY(!p.rowsReachEnd);
    QVERIFY2(p.bytesRead <= 80 * 1024, qPrintable(QString::number(p.bytesRead)));
    QCOMPARE(p.fileSize, QFileInfo(path).size());
    QVERIFY(p.fileSize > 5 * 1024 * 1024);
    QCOMPARE(p.encoding, TextDecoder::Encoding::Cp949);
    QCOMPARE(p.headerRow, 2);
    QCOMPARE(p.rows.size(), 200); // Options::maxRows
    QCOMPARE(p.footerLines, 1); // found in the tail
    QCOMPARE(p.rows.last().fields.value(4), QStringLiteral("김밥천국 역삼점"));
}

void TestVanFilePreview::sampleCutInsideACharacterStillDetects_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<int>("headBytes");
    for (const QString &enc : { QStringLiteral("CP949"), QStringLiteral("UTF-8") }) {
        for (int n = 990; n < 1000; ++n)
            QTest::addRow("%s, head of %d bytes", qPrintable(enc), n) << enc << n;
    }
}

void TestVanFilePreview::sampleCutInsideACharacterStillDetects()
{
    QFETCH(QString, written);
    QFETCH(int, headBytes);
    QString text = QStringLiteral("거래번호,가맹점명,금액\n");
    for (int i = 0; i < 100; ++i)
        text += QStringLiteral("%1,한솥도시락 테헤란로점,%2\n").arg(i).arg(i * 100);
    const QByteArray bytes = encoded(text, written);
    VanFilePreview::Options options;
    options.headBytes = headBytes;
    const VanFilePreview p = VanFilePreview::fromData(bytes.first(headBytes), false, options, bytes.last(100));
    QCOMPARE(TextDecoder::name(p.encoding), written);
    QVERIFY(p.undecodable.isEmpty()); // the cut record is dropped, not shown garbled
    QVERIFY(!p.rows.isEmpty());
    QCOMPARE(p.rows.last().fields.value(1), QStringLiteral("한솥도시락 테헤란로점"));
}

void TestVanFilePreview::unreadableInputIsAnErrorNamingIt()
{
    const VanFilePreview p = VanFilePreview::readFile(QStringLiteral("/nonexistent/van.csv"));
    QVERIFY(!p.ok());
    QVERIFY(p.error.contains(QStringLiteral("/nonexistent/van.csv")));
    const auto problems = ProfileCheck::check(builtIn(QStringLiteral("kvan-cp949")), p);
    QVERIFY(ProfileCheck::hasErrors(problems));
    QCOMPARE(problems.first().message, p.error);

    // Not text at all: an Excel workbook (zip or OLE), or one endless line.
    for (const QByteArray &bytes :
        { QByteArray("PK\x03\x04\x14\x00\x06\x00"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1") }) {
        const VanFilePreview excel = VanFilePreview::fromData(bytes + QByteArray(100, '\0'), true);
        QVERIFY2(excel.error.contains(QStringLiteral("Excel workbook")), qPrintable(excel.error));
    }
    const VanFilePreview endless = VanFilePreview::fromData(QByteArray(4096, 'a'), false);
    QVERIFY2(endless.error.contains(QStringLiteral("no complete line")), qPrintable(endless.error));
}

void TestVanFilePreview::checkReportsEachProblemAsASentence_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("field"); ///< remapped (with header) or unmapped (empty header); empty = none
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("index"); ///< > 0: map field by column number instead
    QTest::addColumn<QString>("dateFormat"); ///< empty: unchanged
    QTest::addColumn<QString>("timeFormat");
    QTest::addColumn<QString>("dropKind"); ///< a kind spelling to forget
    QTest::addColumn<int>("headerRow"); ///< -1: unchanged
    QTest::addColumn<int>("negativeIsCancel"); ///< -1: unchanged
    QTest::addColumn<QString>("expected"); ///< part of an error; empty = no error at all

    const QString kvan = example(QStringLiteral("kvan-cp949.csv"));
    const QString signedFile = example(QStringLiteral("kvan-cp949-signed.csv"));
    const QString canonical = example(QStringLiteral("canonical-utf8.csv"));
    const QString k = QStringLiteral("kvan-cp949");
    QTest::newRow("kvan-cp949 reads its example") << kvan << k << ""
                                                  << "" << 0 << ""
                                                  << ""
                                                  << "" << -1 << -1 << "";
    QTest::newRow("kvan-cp949-signed reads its example") << signedFile << "kvan-cp949-signed"
                                                         << ""
                                                         << "" << 0 << ""
                                                         << ""
                                                         << "" << -1 << -1 << "";
    QTest::newRow("canonical-utf8 reads its example") << canonical << "canonical-utf8"
                                                      << ""
                                                      << "" << 0 << ""
                                                      << ""
                                                      << "" << -1 << -1 << "";
    QTest::newRow("the signed profile on the flag file names the missing header")
        << kvan << "kvan-cp949-signed"
        << ""
        << "" << 0 << ""
        << ""
        << "" << -1 << -1 << "The header on line 1 has no column \"거래고유번호\" (mapped to \"Transaction ID\")";
    QTest::newRow("canonical on a Korean file") << kvan << "canonical-utf8"
                                                << ""
                                                << "" << 0 << ""
                                                << ""
                                                << "" << -1 << -1 << "has no column \"transaction_id\"";
    QTest::newRow("date format") << kvan << k << ""
                                 << "" << 0 << "yyyy-MM-dd"
                                 << ""
                                 << "" << -1 << -1
                                 << "Line 3, column 5 (거래일자): \"20261124\" does not match the date format "
                                    "yyyy-MM-dd. 14 more row(s) of the preview have the same problem.";
    QTest::newRow("time format") << kvan << k << ""
                                 << "" << 0 << ""
                                 << "HH:mm:ss"
                                 << "" << -1 << -1
                                 << "Line 3, column 6 (거래시간): \"104652\" does not match the time format HH:mm:ss.";
    QTest::newRow("amount mapped to a text column")
        << kvan << k << "amount"
        << "카드사" << 0 << ""
        << ""
        << "" << -1 << -1 << "Line 3, column 8 (카드사): \"KB국민카드\" is not a won amount";
    QTest::newRow("kind spelling missing") << kvan << k << ""
                                           << "" << 0 << ""
                                           << ""
                                           << "취소" << -1 << -1
                                           << "Line 6, column 2 (거래구분): the kind \"취소\" is not among the kind "
                                              "spellings";
    QTest::newRow("transaction id unmapped")
        << kvan << k << "transaction_id"
        << "" << 0 << ""
        << ""
        << "" << -1 << -1 << "Map a column to \"Transaction ID\": every record needs one.";
    QTest::newRow("amount unmapped") << kvan << k << "amount"
                                     << "" << 0 << ""
                                     << ""
                                     << "" << -1 << -1 << "Map a column to \"Amount\"";
    QTest::newRow("no date") << kvan << k << "date"
                             << "" << 0 << ""
                             << ""
                             << "" << -1 << -1 << "Map a column to \"Date and time\", or to \"Date\"";
    QTest::newRow("date and date-time both") << kvan << k << "occurred_at"
                                             << "거래일자" << 0 << ""
                                             << ""
                                             << "" << -1 << -1 << "not both";
    QTest::newRow("column number past the end") << kvan << k << "amount"
                                                << "" << 40 << ""
                                                << ""
                                                << "" << -1 << -1
                                                << "\"Amount\" is mapped to column 40, but the file has only 13 "
                                                   "columns.";
    QTest::newRow("header row on the title line") << kvan << k << ""
                                                  << "" << 0 << ""
                                                  << ""
                                                  << "" << 1 << -1 << "The header on line 1 has no column";
    QTest::newRow("negative amounts without the flag")
        << signedFile << "kvan-cp949-signed"
        << ""
        << "" << 0 << ""
        << ""
        << "" << -1 << 0 << "Turn on \"a negative amount is a cancellation\"";
    QTest::newRow("installments mapped to the merchant") << kvan << k << "installment_months"
                                                         << "가맹점명" << 0 << ""
                                                         << ""
                                                         << "" << -1 << -1 << "is not a number of installment months";
}

void TestVanFilePreview::checkReportsEachProblemAsASentence()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, field);
    QFETCH(QString, header);
    QFETCH(int, index);
    QFETCH(QString, dateFormat);
    QFETCH(QString, timeFormat);
    QFETCH(QString, dropKind);
    QFETCH(int, headerRow);
    QFETCH(int, negativeIsCancel);
    QFETCH(QString, expected);

    VanProfile p = builtIn(profile);
    if (!field.isEmpty()) {
        if (index > 0)
            p.columns.insert(field, { QString(), index });
        else if (header.isEmpty())
            p.columns.remove(field);
        else
            p.columns.insert(field, { header, 0 });
    }
    if (!dateFormat.isEmpty())
        p.dateFormat = dateFormat;
    if (!timeFormat.isEmpty())
        p.timeFormat = timeFormat;
    if (!dropKind.isEmpty())
        p.kindValues.remove(dropKind);
    if (headerRow >= 0)
        p.headerRow = headerRow;
    if (negativeIsCancel >= 0)
        p.negativeAmountIsCancel = negativeIsCancel == 1;

    const VanFilePreview preview = VanFilePreview::readFile(file, VanFilePreview::Options::fromProfile(p));
    const auto problems = ProfileCheck::check(p, preview);
    const QString errors = messages(problems, ProfileCheck::Problem::Severity::Error).join(u'\n');
    if (expected.isEmpty()) {
        QVERIFY2(!ProfileCheck::hasErrors(problems), qPrintable(errors));
        return;
    }
    QVERIFY2(errors.contains(expected), qPrintable(errors));
    // Every problem about a row names its line; the dialog uses that to point at the cell.
    for (const auto &problem : problems) {
        if (problem.message.startsWith(QStringLiteral("Line ")))
            QVERIFY(problem.line > 0);
    }
}

void TestVanFilePreview::checkTellsAFewBadRowsFromAWrongMapping()
{
    // One bad date among many is the file's problem (a warning: the import rejects that row); the same on most
    // rows is the profile's (an error that blocks OK).
    QString text = QStringLiteral("거래번호,승인금액,거래일자\n");
    for (int i = 0; i < 10; ++i)
        text += QStringLiteral("%1,1000,%2\n")
                    .arg(i)
                    .arg(i == 4 ? QStringLiteral("2026-13-45") : QStringLiteral("20261124"));
    const VanFilePreview preview = VanFilePreview::fromData(cp949(text), true);
    const VanProfile suggested = ProfileSuggestion::suggest(preview, QStringLiteral("t"));
    QCOMPARE(suggested.dateFormat, QStringLiteral("yyyy-MM-dd")); // nothing fits every value: left at the default
    VanProfile p = suggested;
    p.dateFormat = QStringLiteral("yyyyMMdd");
    auto problems = ProfileCheck::check(p, preview);
    QVERIFY(!ProfileCheck::hasErrors(problems));
    const QStringList warnings = messages(problems, ProfileCheck::Problem::Severity::Warning);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith(QStringLiteral("Line 6, column 3 (거래일자): \"2026-13-45\"")),
        qPrintable(warnings.first()));
    QCOMPARE(problems.first().line, 6);
    QCOMPARE(problems.first().column, 3);
    QCOMPARE(problems.first().field, QStringLiteral("date"));

    p.dateFormat = QStringLiteral("yyyy-MM-dd");
    problems = ProfileCheck::check(p, preview);
    QVERIFY(ProfileCheck::hasErrors(problems));
}

void TestVanFilePreview::headerNamesSuggestCanonicalFields_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");
    const std::initializer_list<std::pair<const char *, const char *>> rows = {
        { "거래번호", "transaction_id" },
        { "거래고유번호", "transaction_id" },
        { "Transaction ID", "transaction_id" },
        { "transaction_id", "transaction_id" },
        { "승인번호", "approval_no" },
        { "승인금액", "amount" },
        { "매출금액", "amount" },
        { "AMOUNT", "amount" },
        { "거래일자", "date" },
        { "매출일자", "date" },
        { "거래시간", "time" },
        { "매출시각", "time" },
        { "거래일시", "occurred_at" },
        { "occurred_at", "occurred_at" },
        { "카드번호", "card_number" },
        { "카드사", "card_company" },
        { "카드사명", "card_company" },
        { "가맹점번호", "merchant_id" },
        { "가맹점ID", "merchant_id" },
        { "가맹점명", "merchant_name" },
        { "고객번호", "customer_id" },
        { "회원번호", "customer_id" },
        { "업종", "category" },
        { "할부", "installment_months" },
        { "할부 개월", "installment_months" },
        { "구분", "kind" },
        { "거래구분", "kind" },
        { "비고", "" },
    };
    for (const auto &[header, field] : rows)
        QTest::newRow(header) << QString::fromUtf8(header) << QString::fromLatin1(field);
}

void TestVanFilePreview::headerNamesSuggestCanonicalFields()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    QCOMPARE(ProfileSuggestion::fieldForHeader(header), field);
}

void TestVanFilePreview::guessesDateAndTimeFormats_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<QString>("format");
    QTest::newRow("compact date") << "date" << strings({ "20261124", "20261201" }) << "yyyyMMdd";
    QTest::newRow("dashed date") << "date" << strings({ "2026-11-24" }) << "yyyy-MM-dd";
    QTest::newRow("slashed date") << "date" << strings({ "2026/11/24" }) << "yyyy/MM/dd";
    QTest::newRow("dotted date") << "date" << strings({ "2026.11.24" }) << "yyyy.MM.dd";
    QTest::newRow("compact time") << "time" << strings({ "104652", "000001" }) << "HHmmss";
    QTest::newRow("colon time") << "time" << strings({ "10:46:52" }) << "HH:mm:ss";
    QTest::newRow("minutes only") << "time" << strings({ "10:46" }) << "HH:mm";
    QTest::newRow("date and time") << "occurred_at" << strings({ "2026-11-24 10:46:52" }) << "yyyy-MM-dd HH:mm:ss";
    QTest::newRow("compact date and time") << "occurred_at" << strings({ "20261124104652" }) << "yyyyMMddHHmmss";
    QTest::newRow("ISO T") << "occurred_at" << strings({ "2026-11-24T10:46:52" }) << "yyyy-MM-dd'T'HH:mm:ss";
    QTest::newRow("one sample fits no format") << "date" << strings({ "20261124", "24/11/2026" }) << "";
    QTest::newRow("no samples") << "date" << QStringList() << "";
}

void TestVanFilePreview::guessesDateAndTimeFormats()
{
    QFETCH(QString, field);
    QFETCH(QStringList, samples);
    QFETCH(QString, format);
    QCOMPARE(ProfileSuggestion::guessFormat(field, samples), format);
}

void TestVanFilePreview::suggestedProfileImportsLikeTheBuiltIn_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("builtIn");
    QTest::newRow("canonical-utf8") << example(QStringLiteral("canonical-utf8.csv")) << "canonical-utf8";
    QTest::newRow("kvan-cp949") << example(QStringLiteral("kvan-cp949.csv")) << "kvan-cp949";
    QTest::newRow("kvan-cp949-signed") << example(QStringLiteral("kvan-cp949-signed.csv")) << "kvan-cp949-signed";
    QTest::newRow("kvan test sample") << testData(QStringLiteral("kvan-sample-cp949.csv")) << "kvan-cp949";
    QTest::newRow("signed test sample") << testData(QStringLiteral("kvan-signed-sample-cp949.csv"))
                                        << "kvan-cp949-signed";
}

void TestVanFilePreview::suggestedProfileImportsLikeTheBuiltIn()
{
    QFETCH(QString, file);
    QFETCH(QString, builtIn);

    const VanFilePreview preview = VanFilePreview::readFile(file);
    const VanProfile suggested = ProfileSuggestion::suggest(preview, QStringLiteral("suggested"));
    const auto problems = ProfileCheck::check(suggested, preview);
    QVERIFY2(!ProfileCheck::hasErrors(problems),
        qPrintable(messages(problems, ProfileCheck::Problem::Severity::Error).join(u'\n')));
    // What the user would save must be a profile the importer and the CLI accept.
    QString error;
    QVERIFY2(VanProfile::fromJson(suggested.toJson(), &error), qPrintable(error));

    const ImportResult expected = CsvImporter(::builtIn(builtIn)).importFile(file);
    const ImportResult actual = CsvImporter(suggested).importFile(file);
    QVERIFY2(actual.ok(), qPrintable(actual.error));
    QCOMPARE(actual.rejectedCount, expected.rejectedCount);
    QCOMPARE(actual.table.size(), expected.table.size());
    QVERIFY(actual.table.size() > 0);
    for (qsizetype r = 0; r < actual.table.size(); ++r) {
        QCOMPARE(actual.table.transactionId(r), expected.table.transactionId(r));
        QCOMPARE(actual.table.kind(r), expected.table.kind(r));
        QCOMPARE(actual.table.amount(r), expected.table.amount(r));
        QCOMPARE(actual.table.occurredAtMs(r), expected.table.occurredAtMs(r));
        QCOMPARE(actual.table.installmentMonths(r), expected.table.installmentMonths(r));
    }
}

void TestVanFilePreview::savedProfilesAreListedAndLoadByName()
{
    QVERIFY(ProfileLibrary::savedNames().isEmpty());
    VanProfile p = builtIn(QStringLiteral("kvan-cp949"));
    p.name = QStringLiteral("우리 VAN 2026");
    p.dateFormat = QStringLiteral("yyyy-MM-dd");
    QString error;
    QVERIFY2(ProfileLibrary::save(p, &error), qPrintable(error));
    QVERIFY(QFile::exists(ProfileLibrary::pathFor(p.name)));
    QCOMPARE(ProfileLibrary::savedNames(), QStringList { p.name });

    // By name, as the window and `payrecon-cli --profile` ask for it; built-ins still load as before.
    const auto loaded = VanProfile::load(p.name, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->name, p.name);
    QCOMPARE(loaded->dateFormat, QStringLiteral("yyyy-MM-dd"));
    QCOMPARE(loaded->columns.value(QStringLiteral("amount")).header, QStringLiteral("승인금액"));
    QCOMPARE(loaded->kindValues.value(QStringLiteral("매입취소")), PaymentKind::Cancel);
    QVERIFY(VanProfile::load(QStringLiteral("kvan-cp949"), &error));
    QVERIFY(!VanProfile::load(QStringLiteral("no-such-profile"), &error));
    QVERIFY2(error.contains(p.name), qPrintable(error)); // the message lists what there is

    // Saving again replaces it; a profile the importer would refuse is never written.
    p.dateFormat = QStringLiteral("yyyyMMdd");
    QVERIFY(ProfileLibrary::save(p, &error));
    QCOMPARE(VanProfile::load(p.name, &error)->dateFormat, QStringLiteral("yyyyMMdd"));
    VanProfile incomplete = p;
    incomplete.name = QStringLiteral("incomplete");
    incomplete.columns.remove(QStringLiteral("amount"));
    QVERIFY(!ProfileLibrary::save(incomplete, &error));
    QVERIFY2(error.contains(QStringLiteral("amount")), qPrintable(error));
    QCOMPARE(ProfileLibrary::savedNames(), QStringList { p.name });
    QDir(ProfileLibrary::directory()).removeRecursively();
}

void TestVanFilePreview::badProfileNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("leading space") << " van";
    QTest::newRow("slash") << "a/b";
    QTest::newRow("backslash") << "a\\b";
    QTest::newRow("colon") << "c:van";
    QTest::newRow("dot first") << ".hidden";
    QTest::newRow("built-in") << "kvan-cp949";
    QTest::newRow("built-in, other case") << "KVAN-CP949";
    QTest::newRow("too long") << QString(65, u'a');
}

void TestVanFilePreview::badProfileNamesAreRefused()
{
    QFETCH(QString, name);
    QString error;
    QVERIFY(!ProfileLibrary::isValidName(name, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestVanFilePreview)
#include "tst_vanfilepreview.moc"
