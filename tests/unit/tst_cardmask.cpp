// Card number masking: the card column and free text, every form a PAN arrives in, and the numbers that must stay.
#include "domain/cardmask.h"

#include <QTest>

namespace {
/// Test PANs are assembled at run time so no full card number sits in the source as one literal.
QByteArray pan(std::initializer_list<const char *> groups, const char *separator = "")
{
    QByteArray out;
    for (const char *g : groups) {
        if (!out.isEmpty())
            out += separator;
        out += g;
    }
    return out;
}

QByteArray visa(const char *separator = "")
{
    return pan({ "4111", "1111", "1111", "1111" }, separator);
}

QByteArray mastercard(const char *separator = "")
{
    return pan({ "5409", "2612", "3456", "7893" }, separator);
}

QByteArray amex(const char *separator = "")
{
    return pan({ "3782", "822463", "10005" }, separator);
}

/// Full-width forms (U+FF10.. digits, U+FF0D '-', U+FF0E '.', U+FF0F '/', U+3000 for a space); '*' stays ASCII.
QByteArray wide(QByteArrayView ascii, bool separatorsToo = true)
{
    QString out;
    for (const char c : ascii) {
        if (c >= '0' && c <= '9')
            out += QChar(0xFF10 + (c - '0'));
        else if (separatorsToo && (c == '-' || c == '.' || c == '/'))
            out += QChar(0xFF00 + (c - 0x20));
        else if (separatorsToo && c == ' ')
            out += QChar(0x3000);
        else
            out += QLatin1Char(c);
    }
    return out.toUtf8();
}

QByteArray wideDigits(QByteArrayView ascii)
{
    return wide(ascii, false);
}
} // namespace

class TestCardMask final : public QObject
{
    Q_OBJECT

private slots:
    void maskTextMasksEveryFormOfAPan_data();
    void maskTextMasksEveryFormOfAPan();
    void maskTextLeavesNumbersThatAreNotPans_data();
    void maskTextLeavesNumbersThatAreNotPans();
    void maskTextIsIdempotent_data();
    void maskTextIsIdempotent();
    void maskTextOfQStringMatchesMaskTextOfBytes_data();
    void maskTextOfQStringMatchesMaskTextOfBytes();
    void maskTextIntoLeavesTheOutputAloneWhenNothingIsMasked();
    void maskTextWithoutLuhnHidesEveryCardShapedNumber_data();
    void maskTextWithoutLuhnHidesEveryCardShapedNumber();
    void mayHoldPanNeedsThirteenDigits_data();
    void mayHoldPanNeedsThirteenDigits();
    void luhnValidChecksTheCheckDigit_data();
    void luhnValidChecksTheCheckDigit();
    void maskKeepsFirstSixAndLastFourOfPans_data();
    void maskKeepsFirstSixAndLastFourOfPans();
    void maskLeavesMaskedAndNonPanValuesTrimmed_data();
    void maskLeavesMaskedAndNonPanValuesTrimmed();
    void maskIntoIsMaskWithoutAnAllocationWhenNothingIsHidden_data();
    void maskIntoIsMaskWithoutAnAllocationWhenNothingIsHidden();
    void maskIsIdempotent_data();
    void maskIsIdempotent();
    void maskOfQStringMatchesMaskOfBytes_data();
    void maskOfQStringMatchesMaskOfBytes();
    void looksLikePanFindsANumberOfThirteenToNineteenDigits_data();
    void looksLikePanFindsANumberOfThirteenToNineteenDigits();
};

void TestCardMask::maskTextMasksEveryFormOfAPan_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    // Separators and layouts
    QTest::newRow("contiguous") << visa() << QByteArray("411111******1111");
    QTest::newRow("dashes") << visa("-") << QByteArray("4111-11**-****-1111");
    QTest::newRow("spaces") << visa(" ") << QByteArray("4111 11** **** 1111");
    QTest::newRow("dots") << visa(".") << QByteArray("4111.11**.****.1111");
    QTest::newRow("slashes") << visa("/") << QByteArray("4111/11**/****/1111");
    QTest::newRow("spaced dashes") << visa(" - ") << QByteArray("4111 - 11** - **** - 1111");
    QTest::newRow("no-break spaces") << visa("\xC2\xA0")
                                     << QByteArray("4111\xC2\xA0"
                                                   "11**\xC2\xA0****\xC2\xA0"
                                                   "1111");
    QTest::newRow("en dashes") << visa("\xE2\x80\x93")
                               << QByteArray("4111\xE2\x80\x93"
                                             "11**\xE2\x80\x93****\xE2\x80\x93"
                                             "1111");
    QTest::newRow("minus signs") << visa("\xE2\x88\x92")
                                 << QByteArray("4111\xE2\x88\x92"
                                               "11**\xE2\x88\x92****\xE2\x88\x92"
                                               "1111");
    QTest::newRow("mixed separators, whole value")
        << pan({ "4111", "1111", "1111", "1111" }, "-").replace(9, 1, " ") << QByteArray("4111-11** ****-1111");
    // Wrappers and brands
    QTest::newRow("excel formula") << QByteArray("=\"" + mastercard() + "\"") << QByteArray("=\"540926******7893\"");
    QTest::newRow("excel formula dashed")
        << QByteArray("=\"" + mastercard("-") + "\"") << QByteArray("=\"5409-26**-****-7893\"");
    QTest::newRow("brand prefix") << QByteArray("VISA " + mastercard(" ")) << QByteArray("VISA 5409 26** **** 7893");
    QTest::newRow("brand glued") << QByteArray("VISA" + mastercard()) << QByteArray("VISA540926******7893");
    QTest::newRow("letter suffix") << QByteArray(visa() + "X") << QByteArray("411111******1111X");
    QTest::newRow("brackets") << QByteArray("[" + visa() + "]") << QByteArray("[411111******1111]");
    QTest::newRow("parentheses") << QByteArray("(" + visa("-") + ")") << QByteArray("(4111-11**-****-1111)");
    QTest::newRow("single quotes") << QByteArray("'" + visa() + "'") << QByteArray("'411111******1111'");
    QTest::newRow("double quotes") << QByteArray("\"" + visa(" ") + "\"") << QByteArray("\"4111 11** **** 1111\"");
    // Full-width digits and separators
    QTest::newRow("full-width digits") << wide(visa()) << wide("411111******1111");
    QTest::newRow("full-width dashes") << wide(visa("-")) << wide("4111-11**-****-1111");
    QTest::newRow("full-width ideographic spaces") << wide(visa(" ")) << wide("4111 11** **** 1111");
    QTest::newRow("full-width slashes") << wide(visa("/")) << wide("4111/11**/****/1111");
    QTest::newRow("full-width dots") << wide(visa(".")) << wide("4111.11**.****.1111");
    QTest::newRow("full-width digits, ascii dashes") << wideDigits(visa("-")) << wideDigits("4111-11**-****-1111");
    QTest::newRow("mixed widths") << QByteArray("4111" + wideDigits("1111") + "11111111")
                                  << QByteArray("4111" + wideDigits("11") + "******1111");
    // Lengths and networks
    QTest::newRow("13 digits") << pan({ "4222", "2222", "22222" }) << QByteArray("422222***2222");
    QTest::newRow("14 digits diners 4-6-4") << pan({ "3056", "930902", "5904" }, " ") << QByteArray("3056 93**** 5904");
    QTest::newRow("15 digits amex") << amex() << QByteArray("378282*****0005");
    QTest::newRow("amex 4-6-5 spaced") << amex(" ") << QByteArray("3782 82**** *0005");
    QTest::newRow("amex 4-6-5 dashed") << amex("-") << QByteArray("3782-82****-*0005");
    QTest::newRow("19 digits") << pan({ "4111", "1111", "1111", "1111", "110" }) << QByteArray("411111*********1110");
    QTest::newRow("19 digits 4-4-4-4-3") << pan({ "6221", "2600", "0000", "0000", "001" }, " ")
                                         << QByteArray("6221 26** **** ***0 001");
    QTest::newRow("mastercard 2-series") << pan({ "2221", "0000", "0000", "0009" }, "-")
                                         << QByteArray("2221-00**-****-0009");
    QTest::newRow("mastercard 51") << pan({ "5105", "1051", "0510", "5100" }, " ") << QByteArray("5105 10** **** 5100");
    QTest::newRow("discover") << pan({ "6011", "0009", "9013", "9424" }) << QByteArray("601100******9424");
    QTest::newRow("jcb") << pan({ "3566", "0020", "2036", "0505" }, " ") << QByteArray("3566 00** **** 0505");
    QTest::newRow("korean domestic 9") << pan({ "9410", "1234", "5678", "9010" }, "-")
                                       << QByteArray("9410-12**-****-9010");
    // Inside other text
    QTest::newRow("korean sentence") << QByteArray("카드 " + visa("-") + " 결제")
                                     << QByteArray("카드 4111-11**-****-1111 결제");
    QTest::newRow("after a colon") << QByteArray("카드번호:" + mastercard("-"))
                                   << QByteArray("카드번호:5409-26**-****-7893");
    QTest::newRow("merchant name that swallowed lines")
        << QByteArray("카페 모카\n\"" + mastercard() + "\",신한카드,M001\n")
        << QByteArray("카페 모카\n\"540926******7893\",신한카드,M001\n");
    QTest::newRow("expiry after") << QByteArray(visa(" ") + " 12/25") << QByteArray("4111 11** **** 1111 12/25");
    QTest::newRow("expiry after, same separator")
        << QByteArray(visa(" ") + " 1225") << QByteArray("4111 11** **** 1111 1225");
    QTest::newRow("date before") << QByteArray("2026-11-24 " + visa()) << QByteArray("2026-11-24 411111******1111");
    QTest::newRow("number before") << QByteArray("No. 3 " + visa(" ")) << QByteArray("No. 3 4111 11** **** 1111");
    QTest::newRow("two pans") << QByteArray(visa("-") + ", " + mastercard("-"))
                              << QByteArray("4111-11**-****-1111, 5409-26**-****-7893");
    QTest::newRow("full stop after") << QByteArray("카드번호 " + visa() + ".")
                                     << QByteArray("카드번호 411111******1111.");
    QTest::newRow("query string") << QByteArray("card=" + visa() + "&amount=5000")
                                  << QByteArray("card=411111******1111&amount=5000");
    QTest::newRow("json") << QByteArray("{\"pan\":\"" + visa() + "\"}") << QByteArray("{\"pan\":\"411111******1111\"}");
    QTest::newRow("tabs around") << QByteArray("a\t" + visa() + "\tb") << QByteArray("a\t411111******1111\tb");
    QTest::newRow("after an amount") << QByteArray("50,000원 " + visa()) << QByteArray("50,000원 411111******1111");
}

void TestCardMask::maskTextMasksEveryFormOfAPan()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QByteArray masked = CardMask::maskText(QByteArrayView(input));
    QCOMPARE(masked, expected);
    QVERIFY(CardMask::mayHoldPan(QByteArrayView(input)));
}

void TestCardMask::maskTextLeavesNumbersThatAreNotPans_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("12-digit transaction id") << QByteArray("001267079368");
    QTest::newRow("17-digit id failing luhn") << QByteArray("20261124000123456");
    QTest::newRow("dated 17-digit id passing luhn") << QByteArray("20261124000123455");
    QTest::newRow("dated 16-digit id passing luhn") << QByteArray("2026112400012349");
    QTest::newRow("timestamp passing luhn") << QByteArray("20261124101530");
    QTest::newRow("timestamp with a space") << QByteArray("20261124 101530");
    QTest::newRow("16 digits failing luhn") << pan({ "4111", "1111", "1111", "1112" });
    QTest::newRow("dashed failing luhn") << pan({ "4111", "1111", "1111", "1112" }, "-");
    QTest::newRow("20 digits passing luhn") << pan({ "4111", "1111", "1111", "1111", "1115" });
    QTest::newRow("amount") << QByteArray("1,234,567,890");
    QTest::newRow("large amount in won") << QByteArray("1,234,567,890,123원");
    QTest::newRow("mobile") << QByteArray("010-1234-5678");
    QTest::newRow("mobile international") << QByteArray("+82-10-1234-5678");
    QTest::newRow("two mobiles") << QByteArray("010-1234-5678, 010-8765-4321");
    QTest::newRow("two mobiles spaced") << QByteArray("010 1234 5678 010 8765 4321");
    QTest::newRow("landline") << QByteArray("02-123-4567");
    QTest::newRow("date and time") << QByteArray("2026-11-24 10:15:30");
    QTest::newRow("date and time with slashes") << QByteArray("2026/11/24 23:59:59.123");
    QTest::newRow("business registration number") << QByteArray("123-45-67890");
    QTest::newRow("corporate registration number") << QByteArray("110111-1234567");
    QTest::newRow("bank account 3-3-6") << QByteArray("110-123-456789");
    QTest::newRow("bank account 4-3-6") << QByteArray("1002-123-456789");
    QTest::newRow("bank account 3-4-4-2") << QByteArray("352-0123-4567-83");
    QTest::newRow("approval numbers") << QByteArray("30001234 30001235");
    QTest::newRow("two-digit groups") << pan({ "41", "11", "11", "11", "11", "11", "11", "11" }, " ");
    QTest::newRow("already masked") << QByteArray("411111******1111");
    QTest::newRow("already masked dashed") << QByteArray("4111-11**-****-1111");
    QTest::newRow("korean text") << QByteArray("신한카드 결제 완료");
    QTest::newRow("empty") << QByteArray();
}

void TestCardMask::maskTextLeavesNumbersThatAreNotPans()
{
    QFETCH(QByteArray, input);
    QCOMPARE(CardMask::maskText(QByteArrayView(input)), input);
    QCOMPARE(CardMask::maskText(QString::fromUtf8(input)), QString::fromUtf8(input));
}

void TestCardMask::maskTextIsIdempotent_data()
{
    maskTextMasksEveryFormOfAPan_data();
}

void TestCardMask::maskTextIsIdempotent()
{
    QFETCH(QByteArray, input);
    const QByteArray once = CardMask::maskText(QByteArrayView(input));
    QCOMPARE(CardMask::maskText(QByteArrayView(once)), once);
    QCOMPARE(CardMask::mask(QByteArrayView(once)), once.trimmed());
}

void TestCardMask::maskTextOfQStringMatchesMaskTextOfBytes_data()
{
    maskTextMasksEveryFormOfAPan_data();
}

void TestCardMask::maskTextOfQStringMatchesMaskTextOfBytes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(CardMask::maskText(QString::fromUtf8(input)), QString::fromUtf8(expected));
    QVERIFY(CardMask::mayHoldPan(QStringView(QString::fromUtf8(input))));
}

void TestCardMask::maskTextIntoLeavesTheOutputAloneWhenNothingIsMasked()
{
    QByteArray out("untouched");
    QVERIFY(!CardMask::maskTextInto("가맹점 0001", out));
    QVERIFY(!CardMask::maskTextInto("20261124000123456", out));
    QCOMPARE(out, QByteArray("untouched"));
    QVERIFY(CardMask::maskTextInto(visa(), out));
    QCOMPARE(out, QByteArray("411111******1111"));
}

void TestCardMask::maskTextWithoutLuhnHidesEveryCardShapedNumber_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("failing luhn") << QByteArray("card " + pan({ "4111", "1111", "1111", "1112" }) + " rejected")
                                  << QByteArray("card 411111******1112 rejected");
    QTest::newRow("failing luhn dashed") << pan({ "4111", "1111", "1111", "1112" }, "-")
                                         << QByteArray("4111-11**-****-1112");
    QTest::newRow("dated number") << QByteArray("id 20261124000123456") << QByteArray("id 202611*******3456");
    QTest::newRow("passing luhn") << visa(" ") << QByteArray("4111 11** **** 1111");
    QTest::newRow("12 digits stay") << QByteArray("id 001267079368") << QByteArray("id 001267079368");
    QTest::newRow("phone stays") << QByteArray("010-1234-5678") << QByteArray("010-1234-5678");
    QTest::newRow("date and time stay") << QByteArray("2026-11-24 10:15:30") << QByteArray("2026-11-24 10:15:30");
    QTest::newRow("amount stays") << QByteArray("1,234,567,890,123") << QByteArray("1,234,567,890,123");
}

void TestCardMask::maskTextWithoutLuhnHidesEveryCardShapedNumber()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(CardMask::maskText(QByteArrayView(input), CardMask::Check::None), expected);
}

void TestCardMask::mayHoldPanNeedsThirteenDigits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("expected");
    QTest::newRow("12 digits") << QByteArray("123456789012") << false;
    QTest::newRow("13 digits") << QByteArray("1234567890123") << true;
    QTest::newRow("13 digits spread") << QByteArray("2026-11-24 10:15 #123") << true;
    QTest::newRow("masked card") << QByteArray("411111******1111") << false;
    QTest::newRow("long korean name") << QByteArray("서울특별시 강남구 테헤란로 가맹점 본점 1호") << false;
    QTest::newRow("full-width digits") << wide("1234567890123") << true;
    QTest::newRow("12 digits spread over words") << QByteArray("a1b2c3d4e5f6g7h8i9j0k1l2mnopqrstu") << false;
    QTest::newRow("13 digits spread over words") << QByteArray("a1b2c3d4e5f6g7h8i9j0k1l2m3nopqrst") << true;
    QTest::newRow("digits in the tail") << QByteArray("abcdefghijklmnop1234567890123") << true;
    QTest::newRow("bytes next to digits") << QByteArray("/:/:/:/:/:/:/:/:\x7F\xB0\xB9\xBA\xEE\xF0") << false;
    QTest::newRow("full-width across words") << QByteArray("ab" + wide("1234567890123")) << true;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestCardMask::mayHoldPanNeedsThirteenDigits()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, expected);
    QCOMPARE(CardMask::mayHoldPan(QByteArrayView(input)), expected);
    QCOMPARE(CardMask::mayHoldPan(QStringView(QString::fromUtf8(input))), expected);
}

void TestCardMask::luhnValidChecksTheCheckDigit_data()
{
    QTest::addColumn<QByteArray>("digits");
    QTest::addColumn<bool>("expected");
    QTest::newRow("visa") << visa() << true;
    QTest::newRow("mastercard") << mastercard() << true;
    QTest::newRow("amex") << amex() << true;
    QTest::newRow("one off") << pan({ "4111", "1111", "1111", "1112" }) << false;
    QTest::newRow("transaction id") << QByteArray("20261124000123456") << false;
    QTest::newRow("separators are not digits") << visa("-") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestCardMask::luhnValidChecksTheCheckDigit()
{
    QFETCH(QByteArray, digits);
    QFETCH(bool, expected);
    QCOMPARE(CardMask::luhnValid(QByteArrayView(digits)), expected);
}

void TestCardMask::maskKeepsFirstSixAndLastFourOfPans_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("16 digits") << visa() << QByteArray("411111******1111");
    QTest::newRow("16 digits dashed") << visa("-") << QByteArray("411111******1111");
    QTest::newRow("16 digits spaced") << visa(" ") << QByteArray("411111******1111");
    QTest::newRow("16 digits dotted") << visa(".") << QByteArray("411111******1111");
    QTest::newRow("padded") << QByteArray("  " + visa("-") + "  ") << QByteArray("411111******1111");
    QTest::newRow("distinct digits") << pan({ "5412", "7534", "5678", "9010" }, "-") << QByteArray("541275******9010");
    QTest::newRow("13 digits") << pan({ "4222", "2222", "22222" }) << QByteArray("422222***2222");
    QTest::newRow("15 digits amex layout") << amex(" ") << QByteArray("378282*****0005");
    QTest::newRow("19 digits") << pan({ "6011", "0009", "9013", "9424", "123" }) << QByteArray("601100*********4123");
    QTest::newRow("mixed separators") << visa(" - ") << QByteArray("411111******1111");
    QTest::newRow("digits and separators alone are one number")
        << QByteArray("1234567 / 1234567") << QByteArray("123456****4567");
    QTest::newRow("odd grouping") << pan({ "4111", "11", "1111", "11", "1111" }, " ") << QByteArray("411111******1111");
    // The card column holds a PAN by definition: no Luhn check, so a mistyped number is hidden too.
    QTest::newRow("failing luhn") << pan({ "4111", "1111", "1111", "1112" }) << QByteArray("411111******1112");
    QTest::newRow("dated number") << QByteArray("20261124000123456") << QByteArray("202611*******3456");
    QTest::newRow("excel formula") << QByteArray("=\"" + mastercard() + "\"") << QByteArray("540926******7893");
    QTest::newRow("parentheses") << QByteArray("(" + visa() + ")") << QByteArray("411111******1111");
    // Words stay: the number is masked where it stands, still without Luhn.
    QTest::newRow("brand prefix") << QByteArray("VISA " + mastercard(" ")) << QByteArray("VISA 5409 26** **** 7893");
    QTest::newRow("letter prefix") << QByteArray("A" + visa()) << QByteArray("A411111******1111");
    QTest::newRow("letter prefix failing luhn")
        << QByteArray("A" + pan({ "4111", "1111", "1111", "1112" })) << QByteArray("A411111******1112");
    QTest::newRow("brackets") << QByteArray("[" + visa("-") + "]") << QByteArray("411111******1111");
    QTest::newRow("full-width") << wide(visa("-")) << QByteArray("411111******1111");
    QTest::newRow("with an expiry") << QByteArray(visa(" ") + " 12/25") << QByteArray("4111 11** **** 1111 12/25");
    QTest::newRow("with other text") << QByteArray("Card 1: " + visa(" ")) << QByteArray("Card 1: 4111 11** **** 1111");
}

void TestCardMask::maskKeepsFirstSixAndLastFourOfPans()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(CardMask::mask(QByteArrayView(input)), expected);
    QVERIFY(CardMask::looksLikePan(QByteArrayView(input)));
}

void TestCardMask::maskLeavesMaskedAndNonPanValuesTrimmed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("already masked") << QByteArray("411111******1111") << QByteArray("411111******1111");
    QTest::newRow("already masked padded") << QByteArray("  411111******1111 ") << QByteArray("411111******1111");
    QTest::newRow("masked with dashes") << QByteArray("4111-11**-****-1111") << QByteArray("4111-11**-****-1111");
    QTest::newRow("12 digits") << QByteArray("123456789012") << QByteArray("123456789012");
    QTest::newRow("20 digits") << pan({ "1234", "5678", "9012", "3456", "7890" })
                               << pan({ "1234", "5678", "9012", "3456", "7890" });
    QTest::newRow("short number padded") << QByteArray(" 1234 ") << QByteArray("1234");
    QTest::newRow("dashed short") << QByteArray("1234-5678") << QByteArray("1234-5678");
    QTest::newRow("text") << QByteArray(" hello ") << QByteArray("hello");
    QTest::newRow("korean") << QByteArray(" 신한카드 ") << QByteArray("신한카드");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("two short numbers in words") << QByteArray("1234567 or 1234567") << QByteArray("1234567 or 1234567");
}

void TestCardMask::maskLeavesMaskedAndNonPanValuesTrimmed()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(CardMask::mask(QByteArrayView(input)), expected);
}

void TestCardMask::maskIntoIsMaskWithoutAnAllocationWhenNothingIsHidden_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("hidden");
    QTest::newRow("pan") << visa("-") << QByteArray("411111******1111") << true;
    QTest::newRow("padded excel formula")
        << QByteArray(" =\"" + mastercard() + "\" ") << QByteArray("540926******7893") << true;
    QTest::newRow("words around") << QByteArray("VISA " + wide(visa(" ")))
                                  << QByteArray("VISA " + wide("4111 11** **** 1111")) << true;
    QTest::newRow("masked") << QByteArray("411111******1111") << QByteArray("untouched") << false;
    QTest::newRow("12 digits") << QByteArray("123456789012") << QByteArray("untouched") << false;
    QTest::newRow("empty") << QByteArray() << QByteArray("untouched") << false;
}

void TestCardMask::maskIntoIsMaskWithoutAnAllocationWhenNothingIsHidden()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(bool, hidden);
    QByteArray out("untouched");
    QCOMPARE(CardMask::maskInto(QByteArrayView(input), out), hidden);
    QCOMPARE(out, expected);
    if (hidden)
        QCOMPARE(out, CardMask::mask(QByteArrayView(input)));
}

void TestCardMask::maskIsIdempotent_data()
{
    maskKeepsFirstSixAndLastFourOfPans_data();
}

void TestCardMask::maskIsIdempotent()
{
    QFETCH(QByteArray, input);
    const QByteArray once = CardMask::mask(QByteArrayView(input));
    QCOMPARE(CardMask::mask(QByteArrayView(once)), once);
    QVERIFY(!CardMask::looksLikePan(QByteArrayView(once)));
}

void TestCardMask::maskOfQStringMatchesMaskOfBytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("pan") << visa("-") << QByteArray("411111******1111");
    QTest::newRow("full-width pan") << wide(visa()) << QByteArray("411111******1111");
    QTest::newRow("masked") << QByteArray("411111******1111") << QByteArray("411111******1111");
    QTest::newRow("korean text") << QByteArray(" 카드번호 없음 ") << QByteArray("카드번호 없음");
}

void TestCardMask::maskOfQStringMatchesMaskOfBytes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(CardMask::mask(QString::fromUtf8(input)), QString::fromUtf8(expected));
}

void TestCardMask::looksLikePanFindsANumberOfThirteenToNineteenDigits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("expected");
    QTest::newRow("16 digits") << visa() << true;
    QTest::newRow("16 dashed") << visa("-") << true;
    QTest::newRow("16 spaced") << visa(" ") << true;
    QTest::newRow("13 digits") << pan({ "4222", "2222", "22222" }) << true;
    QTest::newRow("19 digits") << pan({ "6011", "0009", "9013", "9424", "123" }) << true;
    QTest::newRow("failing luhn") << pan({ "4111", "1111", "1111", "1112" }) << true;
    QTest::newRow("digits and letters") << QByteArray("A" + visa()) << true;
    QTest::newRow("12 digits") << QByteArray("123456789012") << false;
    QTest::newRow("20 digits") << pan({ "1234", "5678", "9012", "3456", "7890" }) << false;
    QTest::newRow("masked") << QByteArray("411111******1111") << false;
    QTest::newRow("text") << QByteArray("hello") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestCardMask::looksLikePanFindsANumberOfThirteenToNineteenDigits()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, expected);
    QCOMPARE(CardMask::looksLikePan(QByteArrayView(input)), expected);
}

QTEST_GUILESS_MAIN(TestCardMask)
#include "tst_cardmask.moc"
