// Single-field parsers of the import path: amounts, installments, date/time formats and text decoding.
#include "import/datetimeformat.h"
#include "import/fieldparsers.h"
#include "import/textdecoder.h"

#include <QDate>
#include <QStringEncoder>
#include <QTest>

Q_DECLARE_METATYPE(TextDecoder::Encoding)

namespace {
QByteArray toCp949(const char *utf8)
{
    QStringEncoder encoder("windows-949");
    QByteArray bytes = encoder(QString::fromUtf8(utf8));
    Q_ASSERT(!encoder.hasError());
    return bytes;
}
} // namespace

class TestFieldParsers final : public QObject
{
    Q_OBJECT

private slots:
    void trimmedRemovesAsciiWhitespaceAtBothEnds_data();
    void trimmedRemovesAsciiWhitespaceAtBothEnds();
    void parseAmountAcceptsWonNotations_data();
    void parseAmountAcceptsWonNotations();
    void parseAmountRejectsMalformedValues_data();
    void parseAmountRejectsMalformedValues();
    void parseInstallmentAcceptsLumpSumAndMonths_data();
    void parseInstallmentAcceptsLumpSumAndMonths();
    void parseInstallmentRejectsOutOfRangeAndText_data();
    void parseInstallmentRejectsOutOfRangeAndText();

    void dateTimeFormatParsesMatchingText_data();
    void dateTimeFormatParsesMatchingText();
    void dateTimeFormatRejectsInvalidText_data();
    void dateTimeFormatRejectsInvalidText();
    void dateTimeFormatLeavesPartsItLacksAlone();
    void daysFromCivilCountsDaysSinceEpoch_data();
    void daysFromCivilCountsDaysSinceEpoch();
    void isValidDateFollowsGregorianCalendar_data();
    void isValidDateFollowsGregorianCalendar();

    void textDecoderResolvesEncodingNames_data();
    void textDecoderResolvesEncodingNames();
    void textDecoderNamesEncodingsCanonically();
    void textDecoderDetectsEncodingFromSample_data();
    void textDecoderDetectsEncodingFromSample();
    void isAsciiRejectsHighBytes_data();
    void isAsciiRejectsHighBytes();
    void firstInvalidUtf8FindsFirstBadSequence_data();
    void firstInvalidUtf8FindsFirstBadSequence();
    void utf8DecoderPassesValidTextAndReportsInvalidBytes_data();
    void utf8DecoderPassesValidTextAndReportsInvalidBytes();
    void cp949DecoderConvertsToUtf8_data();
    void cp949DecoderConvertsToUtf8();
    void cp949DecoderReportsInvalidSequences_data();
    void cp949DecoderReportsInvalidSequences();
    void decoderGivesSameResultForRepeatedFields();
    void describeShowsInvalidBytesAsHex();
};

void TestFieldParsers::trimmedRemovesAsciiWhitespaceAtBothEnds_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("abc") << QByteArray("abc");
    QTest::newRow("spaces") << QByteArray("  abc  ") << QByteArray("abc");
    QTest::newRow("tabs and line ends") << QByteArray("\t\r\n abc\r\n\t") << QByteArray("abc");
    QTest::newRow("inner space kept") << QByteArray(" a b ") << QByteArray("a b");
    QTest::newRow("only whitespace") << QByteArray(" \t ") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("korean") << QByteArray(" 가맹점 ") << QByteArray("가맹점");
}

void TestFieldParsers::trimmedRemovesAsciiWhitespaceAtBothEnds()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(FieldParsers::trimmed(input).toByteArray(), expected);
}

void TestFieldParsers::parseAmountAcceptsWonNotations_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("digits") << QByteArray("1250000") << qint64(1250000);
    QTest::newRow("thousands separators") << QByteArray("1,250,000") << qint64(1250000);
    QTest::newRow("surrounding spaces") << QByteArray("  1,250,000  ") << qint64(1250000);
    QTest::newRow("won suffix") << QByteArray("1,250,000원") << qint64(1250000);
    QTest::newRow("plus sign and won") << QByteArray("+5,000원") << qint64(5000);
    QTest::newRow("negative") << QByteArray("-12,000") << qint64(-12000);
    QTest::newRow("negative spaced") << QByteArray(" -12000 ") << qint64(-12000);
    QTest::newRow("plus sign") << QByteArray("+5000") << qint64(5000);
    QTest::newRow("zero fraction 2") << QByteArray("12000.00") << qint64(12000);
    QTest::newRow("zero fraction 1") << QByteArray("12000.0") << qint64(12000);
    QTest::newRow("separators and zero fraction") << QByteArray("1,250,000.00") << qint64(1250000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("negative zero") << QByteArray("-0") << qint64(0);
    QTest::newRow("qint64 max") << QByteArray("9223372036854775807") << std::numeric_limits<qint64>::max();
}

void TestFieldParsers::parseAmountAcceptsWonNotations()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, expected);
    const std::optional<qint64> amount = FieldParsers::parseAmount(input);
    QVERIFY2(amount.has_value(), input.constData());
    QCOMPARE(*amount, expected);
}

void TestFieldParsers::parseAmountRejectsMalformedValues_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray("   ");
    QTest::newRow("text") << QByteArray("abc");
    QTest::newRow("fractional won") << QByteArray("12.50");
    QTest::newRow("fractional won 1") << QByteArray("12000.5");
    QTest::newRow("inner space") << QByteArray("12 000");
    QTest::newRow("overflow") << QByteArray("99999999999999999999");
    QTest::newRow("qint64 max + 1") << QByteArray("9223372036854775808");
    QTest::newRow("won alone") << QByteArray("원");
    QTest::newRow("sign alone") << QByteArray("-");
    QTest::newRow("digits then text") << QByteArray("12000abc");
    QTest::newRow("two signs") << QByteArray("--12000");
    QTest::newRow("sign at the end") << QByteArray("12000-");
}

void TestFieldParsers::parseAmountRejectsMalformedValues()
{
    QFETCH(QByteArray, input);
    const std::optional<qint64> amount = FieldParsers::parseAmount(input);
    QVERIFY2(!amount.has_value(), qPrintable(QStringLiteral("parsed as %1").arg(amount.value_or(0))));
}

void TestFieldParsers::parseInstallmentAcceptsLumpSumAndMonths_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("0") << QByteArray("0") << 0;
    QTest::newRow("00") << QByteArray("00") << 0;
    QTest::newRow("lump sum word") << QByteArray("일시불") << 0;
    QTest::newRow("3") << QByteArray("3") << 3;
    QTest::newRow("03") << QByteArray("03") << 3;
    QTest::newRow("12") << QByteArray("12") << 12;
    QTest::newRow("99") << QByteArray("99") << 99;
}

void TestFieldParsers::parseInstallmentAcceptsLumpSumAndMonths()
{
    QFETCH(QByteArray, input);
    QFETCH(int, expected);
    const std::optional<int> months = FieldParsers::parseInstallment(input);
    QVERIFY2(months.has_value(), input.constData());
    QCOMPARE(*months, expected);
}

void TestFieldParsers::parseInstallmentRejectsOutOfRangeAndText_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("text") << QByteArray("abc");
    QTest::newRow("negative") << QByteArray("-1");
    QTest::newRow("100") << QByteArray("100");
    QTest::newRow("other korean") << QByteArray("할부");
}

void TestFieldParsers::parseInstallmentRejectsOutOfRangeAndText()
{
    QFETCH(QByteArray, input);
    const std::optional<int> months = FieldParsers::parseInstallment(input);
    QVERIFY2(!months.has_value(), qPrintable(QStringLiteral("parsed as %1").arg(months.value_or(0))));
}

void TestFieldParsers::dateTimeFormatParsesMatchingText_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::newRow("iso-like") << QStringLiteral("yyyy-MM-dd HH:mm:ss") << QByteArray("2026-11-24 13:05:09")
                              << QDate(2026, 11, 24) << QTime(13, 5, 9);
    QTest::newRow("midnight") << QStringLiteral("yyyy-MM-dd HH:mm:ss") << QByteArray("2026-01-01 00:00:00")
                              << QDate(2026, 1, 1) << QTime(0, 0);
    QTest::newRow("last second") << QStringLiteral("yyyy-MM-dd HH:mm:ss") << QByteArray("2026-12-31 23:59:59")
                                 << QDate(2026, 12, 31) << QTime(23, 59, 59);
    QTest::newRow("leap day") << QStringLiteral("yyyy-MM-dd HH:mm:ss") << QByteArray("2024-02-29 12:00:00")
                              << QDate(2024, 2, 29) << QTime(12, 0);
    QTest::newRow("compact date") << QStringLiteral("yyyyMMdd") << QByteArray("20261124") << QDate(2026, 11, 24)
                                  << QTime(0, 0);
    QTest::newRow("compact time") << QStringLiteral("HHmmss") << QByteArray("130509") << QDate(1970, 1, 1)
                                  << QTime(13, 5, 9);
    QTest::newRow("quoted literal and msec")
        << QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz") << QByteArray("2026-11-24T13:05:09.123") << QDate(2026, 11, 24)
        << QTime(13, 5, 9, 123);
    QTest::newRow("single letters short")
        << QStringLiteral("M/d/yyyy H:mm") << QByteArray("1/5/2026 7:03") << QDate(2026, 1, 5) << QTime(7, 3);
    QTest::newRow("single letters long") << QStringLiteral("M/d/yyyy H:mm") << QByteArray("11/24/2026 13:05")
                                         << QDate(2026, 11, 24) << QTime(13, 5);
    QTest::newRow("dotted date") << QStringLiteral("yyyy.MM.dd") << QByteArray("2026.03.07") << QDate(2026, 3, 7)
                                 << QTime(0, 0);
}

void TestFieldParsers::dateTimeFormatParsesMatchingText()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, text);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    const DateTimeFormat f(format);
    QCOMPARE(f.pattern(), format);
    LocalDateTime out;
    QVERIFY2(f.parse(text, out), text.constData());
    QCOMPARE(QDate(out.year, out.month, out.day), date);
    QCOMPARE(QTime(out.hour, out.minute, out.second, out.msec), time);
}

void TestFieldParsers::dateTimeFormatRejectsInvalidText_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("text");
    const QString full = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    const QString date = QStringLiteral("yyyy-MM-dd");
    const QString time = QStringLiteral("HH:mm:ss");
    QTest::newRow("february 30") << date << QByteArray("2026-02-30");
    QTest::newRow("month 13") << date << QByteArray("2026-13-01");
    QTest::newRow("month 0") << date << QByteArray("2026-00-10");
    QTest::newRow("day 0") << date << QByteArray("2026-11-00");
    QTest::newRow("april 31") << date << QByteArray("2026-04-31");
    QTest::newRow("february 29 of common year") << date << QByteArray("2026-02-29");
    QTest::newRow("trailing garbage") << date << QByteArray("2026-11-24x");
    QTest::newRow("too short") << date << QByteArray("2026-11-2");
    QTest::newRow("wrong separator") << date << QByteArray("2026/11/24");
    QTest::newRow("empty") << date << QByteArray();
    QTest::newRow("letters") << date << QByteArray("abcd-ef-gh");
    QTest::newRow("hour 24") << time << QByteArray("24:00:00");
    QTest::newRow("minute 60") << time << QByteArray("12:60:00");
    QTest::newRow("second 60") << time << QByteArray("12:00:60");
    QTest::newRow("full with bad day") << full << QByteArray("2026-02-30 10:00:00");
    QTest::newRow("full missing time") << full << QByteArray("2026-11-24");
    QTest::newRow("compact month 13") << QStringLiteral("yyyyMMdd") << QByteArray("20261324");
    QTest::newRow("compact too short") << QStringLiteral("HHmmss") << QByteArray("1305");
    QTest::newRow("compact too long") << QStringLiteral("HHmmss") << QByteArray("1305091");
    QTest::newRow("wrong literal") << QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")
                                   << QByteArray("2026-11-24X13:05:09.123");
}

void TestFieldParsers::dateTimeFormatRejectsInvalidText()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, text);
    LocalDateTime out;
    QVERIFY(!DateTimeFormat(format).parse(text, out));
}

void TestFieldParsers::dateTimeFormatLeavesPartsItLacksAlone()
{
    LocalDateTime out;
    out.hour = 7;
    out.minute = 8;
    out.second = 9;
    out.msec = 10;
    QVERIFY(DateTimeFormat(QStringLiteral("yyyyMMdd")).parse("20261124", out));
    QCOMPARE(QDate(out.year, out.month, out.day), QDate(2026, 11, 24));
    QCOMPARE(QTime(out.hour, out.minute, out.second, out.msec), QTime(7, 8, 9, 10));

    QVERIFY(DateTimeFormat(QStringLiteral("HHmmss")).parse("130509", out));
    QCOMPARE(QDate(out.year, out.month, out.day), QDate(2026, 11, 24));
    QCOMPARE(QTime(out.hour, out.minute, out.second), QTime(13, 5, 9));
}

void TestFieldParsers::daysFromCivilCountsDaysSinceEpoch_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("epoch") << QDate(1970, 1, 1) << qint64(0);
    QTest::newRow("2000-03-01") << QDate(2000, 3, 1) << qint64(11017);
    QTest::newRow("day before epoch") << QDate(1969, 12, 31) << qint64(-1);
    // The rest are cross-checked against QDate's own arithmetic.
    const QDate epoch(1970, 1, 1);
    for (const QDate &d :
        { QDate(2024, 2, 29), QDate(2026, 11, 24), QDate(1900, 3, 1), QDate(2100, 12, 31), QDate(1600, 1, 1) }) {
        QTest::newRow(qPrintable(d.toString(Qt::ISODate))) << d << epoch.daysTo(d);
    }
}

void TestFieldParsers::daysFromCivilCountsDaysSinceEpoch()
{
    QFETCH(QDate, date);
    QFETCH(qint64, expected);
    QCOMPARE(DateTimeFormat::daysFromCivil(date.year(), date.month(), date.day()), expected);
}

void TestFieldParsers::isValidDateFollowsGregorianCalendar_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<bool>("valid");
    QTest::newRow("2024-02-29 leap") << 2024 << 2 << 29 << true;
    QTest::newRow("2026-02-29") << 2026 << 2 << 29 << false;
    QTest::newRow("2000-02-29 leap century") << 2000 << 2 << 29 << true;
    QTest::newRow("1900-02-29 not leap century") << 1900 << 2 << 29 << false;
    QTest::newRow("2026-02-28") << 2026 << 2 << 28 << true;
    QTest::newRow("2026-04-30") << 2026 << 4 << 30 << true;
    QTest::newRow("2026-04-31") << 2026 << 4 << 31 << false;
    QTest::newRow("2026-12-31") << 2026 << 12 << 31 << true;
    QTest::newRow("month 0") << 2026 << 0 << 1 << false;
    QTest::newRow("month 13") << 2026 << 13 << 1 << false;
    QTest::newRow("day 0") << 2026 << 1 << 0 << false;
    QTest::newRow("day 32") << 2026 << 1 << 32 << false;
}

void TestFieldParsers::isValidDateFollowsGregorianCalendar()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(bool, valid);
    QCOMPARE(DateTimeFormat::isValidDate(year, month, day), valid);
}

void TestFieldParsers::textDecoderResolvesEncodingNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<TextDecoder::Encoding>("expected");
    QTest::newRow("UTF-8") << QStringLiteral("UTF-8") << true << TextDecoder::Encoding::Utf8;
    QTest::newRow("CP949") << QStringLiteral("CP949") << true << TextDecoder::Encoding::Cp949;
    QTest::newRow("EUC-KR reads as CP949") << QStringLiteral("EUC-KR") << true << TextDecoder::Encoding::Cp949;
    // VanProfile::fromJson accepts these spellings, so the importer must be able to resolve them.
    QTest::newRow("utf-8 lower case") << QStringLiteral("utf-8") << true << TextDecoder::Encoding::Utf8;
    QTest::newRow("UTF8") << QStringLiteral("UTF8") << true << TextDecoder::Encoding::Utf8;
    QTest::newRow("cp949 lower case") << QStringLiteral("cp949") << true << TextDecoder::Encoding::Cp949;
    QTest::newRow("euc-kr lower case") << QStringLiteral("euc-kr") << true << TextDecoder::Encoding::Cp949;
    QTest::newRow("latin9") << QStringLiteral("latin9") << false << TextDecoder::Encoding::Utf8;
    QTest::newRow("empty") << QString() << false << TextDecoder::Encoding::Utf8;
}

void TestFieldParsers::textDecoderResolvesEncodingNames()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(TextDecoder::Encoding, expected);
    const auto encoding = TextDecoder::fromName(name);
    QCOMPARE(encoding.has_value(), known);
    if (known)
        QCOMPARE(*encoding, expected);
}

void TestFieldParsers::textDecoderNamesEncodingsCanonically()
{
    QCOMPARE(TextDecoder::name(TextDecoder::Encoding::Utf8), QStringLiteral("UTF-8"));
    QCOMPARE(TextDecoder::name(TextDecoder::Encoding::Cp949), QStringLiteral("CP949"));
    for (const auto e : { TextDecoder::Encoding::Utf8, TextDecoder::Encoding::Cp949 })
        QVERIFY(TextDecoder::fromName(TextDecoder::name(e)) == std::optional<TextDecoder::Encoding>(e));
}

void TestFieldParsers::textDecoderDetectsEncodingFromSample_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<TextDecoder::Encoding>("expected");
    QTest::newRow("utf-8 korean") << QByteArray("거래번호,승인,가맹점\n1,승인,똠\n") << TextDecoder::Encoding::Utf8;
    QTest::newRow("ascii") << QByteArray("transaction_id,amount\n") << TextDecoder::Encoding::Utf8;
    QTest::newRow("utf-8 cut at end") << QByteArray(QByteArray("승인,") + QByteArray("가").left(2))
                                      << TextDecoder::Encoding::Utf8;
    QTest::newRow("cp949 approval") << toCp949("승인") << TextDecoder::Encoding::Cp949;
    QTest::newRow("cp949 header line") << toCp949("거래일자,거래시간,거래구분,가맹점명\n")
                                       << TextDecoder::Encoding::Cp949;
    QTest::newRow("cp949 extension syllable") << toCp949("똠방각하") << TextDecoder::Encoding::Cp949;
}

void TestFieldParsers::textDecoderDetectsEncodingFromSample()
{
    QFETCH(QByteArray, sample);
    QFETCH(TextDecoder::Encoding, expected);
    QCOMPARE(TextDecoder::detect(sample), expected);
}

void TestFieldParsers::isAsciiRejectsHighBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ascii");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("text") << QByteArray("T0001,approval,15000\t|;") << true;
    QTest::newRow("utf-8") << QByteArray("abc승인") << false;
    QTest::newRow("high byte last") << QByteArray("abc\x80") << false;
    QTest::newRow("high byte first") << QByteArray("\xFF"
                                                   "abc")
                                     << false;
}

void TestFieldParsers::isAsciiRejectsHighBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ascii);
    QCOMPARE(TextDecoder::isAscii(bytes), ascii);
}

void TestFieldParsers::firstInvalidUtf8FindsFirstBadSequence_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("expected");
    QTest::newRow("empty") << QByteArray() << qsizetype(-1);
    QTest::newRow("ascii") << QByteArray("abc") << qsizetype(-1);
    QTest::newRow("korean") << QByteArray("가맹점 승인") << qsizetype(-1);
    QTest::newRow("four-byte") << QByteArray("a\xF0\x9F\x98\x80") << qsizetype(-1);
    QTest::newRow("lone FF") << QByteArray("\xFF") << qsizetype(0);
    QTest::newRow("FF after ascii") << QByteArray("ab\xFF") << qsizetype(2);
    QTest::newRow("truncated at end") << QByteArray("\xE4\xB8") << qsizetype(0);
    QTest::newRow("truncated after korean") << QByteArray("가\xE4\xB8") << qsizetype(3);
    QTest::newRow("truncated before ascii") << QByteArray("a\xE4\xB8z") << qsizetype(1);
    QTest::newRow("lone continuation") << QByteArray("ab\x80"
                                                     "cd")
                                       << qsizetype(2);
    QTest::newRow("overlong") << QByteArray("x\xC0\x80") << qsizetype(1);
    QTest::newRow("surrogate") << QByteArray("xy\xED\xA0\x80") << qsizetype(2);
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << qsizetype(0);
    QTest::newRow("cp949 bytes") << toCp949("a승인") << qsizetype(1);
}

void TestFieldParsers::firstInvalidUtf8FindsFirstBadSequence()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, expected);
    QCOMPARE(TextDecoder::firstInvalidUtf8(bytes), expected);
}

void TestFieldParsers::utf8DecoderPassesValidTextAndReportsInvalidBytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qsizetype>("badOffset");
    QTest::newRow("ascii") << QByteArray("Store 42") << true << qsizetype(-1);
    QTest::newRow("korean") << QByteArray("가맹점") << true << qsizetype(-1);
    QTest::newRow("empty") << QByteArray() << true << qsizetype(-1);
    QTest::newRow("truncated") << QByteArray("\xE4\xB8") << false << qsizetype(0);
    QTest::newRow("FF") << QByteArray("\xFF") << false << qsizetype(0);
    QTest::newRow("FF after korean") << QByteArray("가맹\xFF점") << false << qsizetype(6);
    QTest::newRow("cp949 bytes") << toCp949("AB승인") << false << qsizetype(2);
}

void TestFieldParsers::utf8DecoderPassesValidTextAndReportsInvalidBytes()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    QFETCH(qsizetype, badOffset);
    TextDecoder decoder(TextDecoder::Encoding::Utf8);
    QByteArray out;
    qsizetype offset = -1;
    QCOMPARE(decoder.toUtf8(input, out, &offset), ok);
    if (ok)
        QCOMPARE(out, input);
    else
        QCOMPARE(offset, badOffset);
}

void TestFieldParsers::cp949DecoderConvertsToUtf8_data()
{
    QTest::addColumn<QByteArray>("cp949");
    QTest::addColumn<QByteArray>("utf8");
    QTest::newRow("ascii passes through") << QByteArray("Store 42, M001") << QByteArray("Store 42, M001");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("merchant") << toCp949("가맹점") << QByteArray("가맹점");
    QTest::newRow("mixed") << toCp949("홍길동상회 2호점") << QByteArray("홍길동상회 2호점");
    QTest::newRow("approval and cancel") << toCp949("승인/취소") << QByteArray("승인/취소");
    // 똠 is outside KS X 1001 (EUC-KR) and only in the CP949 (UHC) extension: 0x8C63.
    QTest::newRow("uhc extension") << QByteArray("\x8C\x63") << QByteArray("똠");
    QTest::newRow("uhc extension via encoder") << toCp949("똠방각하") << QByteArray("똠방각하");
}

void TestFieldParsers::cp949DecoderConvertsToUtf8()
{
    QFETCH(QByteArray, cp949);
    QFETCH(QByteArray, utf8);
    TextDecoder decoder(TextDecoder::Encoding::Cp949);
    QByteArray out;
    qsizetype offset = -1;
    QVERIFY(decoder.toUtf8(cp949, out, &offset));
    QCOMPARE(out, utf8);
}

void TestFieldParsers::cp949DecoderReportsInvalidSequences_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("badOffset");
    // Offsets point at the first byte of the sequence that cannot be decoded.
    QTest::newRow("bad trail byte") << QByteArray("\xC2\xFF") << qsizetype(0);
    QTest::newRow("bad trail after ascii") << QByteArray("ab\xC2\xFF") << qsizetype(2);
    QTest::newRow("bad trail after korean") << QByteArray(toCp949("가") + QByteArray("\xC2\xFF")) << qsizetype(2);
    QTest::newRow("lone FF") << QByteArray("x\xFF") << qsizetype(1);
    QTest::newRow("lead byte cut at end") << QByteArray("ab\xB0") << qsizetype(2);
}

void TestFieldParsers::cp949DecoderReportsInvalidSequences()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, badOffset);
    TextDecoder decoder(TextDecoder::Encoding::Cp949);
    QByteArray out;
    qsizetype offset = -1;
    QVERIFY(!decoder.toUtf8(input, out, &offset));
    QCOMPARE(offset, badOffset);
}

void TestFieldParsers::decoderGivesSameResultForRepeatedFields()
{
    // Repeated values may come from a cache; alternating them must never mix results up.
    TextDecoder decoder(TextDecoder::Encoding::Cp949);
    const QByteArray a = toCp949("신한카드");
    const QByteArray b = toCp949("국민카드");
    for (int i = 0; i < 3; ++i) {
        QByteArray out;
        QVERIFY(decoder.toUtf8(a, out));
        QCOMPARE(out, QByteArray("신한카드"));
        QByteArray out2;
        QVERIFY(decoder.toUtf8(b, out2));
        QCOMPARE(out2, QByteArray("국민카드"));
        QByteArray bad;
        QVERIFY(!decoder.toUtf8(QByteArray("\xC2\xFF"), bad));
    }
}

void TestFieldParsers::describeShowsInvalidBytesAsHex()
{
    TextDecoder utf8(TextDecoder::Encoding::Utf8);
    const QString d = utf8.describe(QByteArray("가게\xFF"));
    QVERIFY2(d.startsWith(QString::fromUtf8("가게")), qPrintable(d));
    QVERIFY2(d.contains(QStringLiteral("\\xff"), Qt::CaseInsensitive), qPrintable(d));

    TextDecoder cp949(TextDecoder::Encoding::Cp949);
    const QString d2 = cp949.describe(QByteArray(toCp949("가게") + QByteArray("\xC2\xFF")));
    QVERIFY2(d2.startsWith(QString::fromUtf8("가게")), qPrintable(d2));
    QVERIFY2(d2.contains(QStringLiteral("\\xff"), Qt::CaseInsensitive), qPrintable(d2));
    QVERIFY2(!d2.contains(QChar(0xFFFD)), qPrintable(d2));
}

QTEST_GUILESS_MAIN(TestFieldParsers)
#include "tst_fieldparsers.moc"
