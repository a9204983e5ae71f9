// Card number masking: a PAN keeps its first 6 and last 4 digits only; anything else is left as it was.
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

QByteArray visa()
{
    return pan({ "4111", "1111", "1111", "1111" });
}
} // namespace

class TestCardMask final : public QObject
{
    Q_OBJECT

private slots:
    void maskKeepsFirstSixAndLastFourOfPans_data();
    void maskKeepsFirstSixAndLastFourOfPans();
    void maskLeavesMaskedAndNonPanValuesTrimmed_data();
    void maskLeavesMaskedAndNonPanValuesTrimmed();
    void maskIsIdempotent_data();
    void maskIsIdempotent();
    void maskOfQStringMatchesMaskOfBytes_data();
    void maskOfQStringMatchesMaskOfBytes();
    void looksLikePanCountsDigitsIgnoringSpacesAndDashes_data();
    void looksLikePanCountsDigitsIgnoringSpacesAndDashes();
};

void TestCardMask::maskKeepsFirstSixAndLastFourOfPans_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("16 digits") << visa() << QByteArray("411111******1111");
    QTest::newRow("16 digits dashed") << pan({ "4111", "1111", "1111", "1111" }, "-") << QByteArray("411111******1111");
    QTest::newRow("16 digits spaced") << pan({ "4111", "1111", "1111", "1111" }, " ") << QByteArray("411111******1111");
    QTest::newRow("padded") << QByteArray("  " + pan({ "4111", "1111", "1111", "1111" }, "-") + "  ")
                            << QByteArray("411111******1111");
    QTest::newRow("distinct digits") << pan({ "5412", "7534", "5678", "9010" }, "-") << QByteArray("541275******9010");
    QTest::newRow("13 digits") << pan({ "4222", "2222", "22222" }) << QByteArray("422222***2222");
    QTest::newRow("15 digits amex layout") << pan({ "3782", "822463", "10005" }, " ") << QByteArray("378282*****0005");
    QTest::newRow("19 digits") << pan({ "6011", "0009", "9013", "9424", "123" }) << QByteArray("601100*********4123");
    QTest::newRow("mixed separators") << pan({ "4111", "1111", "1111", "1111" }, " - ")
                                      << QByteArray("411111******1111");
}

void TestCardMask::maskKeepsFirstSixAndLastFourOfPans()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QByteArray masked = CardMask::mask(QByteArrayView(input));
    QCOMPARE(masked, expected);
    QCOMPARE(masked.count('*') + 10, masked.size());
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
    QTest::newRow("letter prefix") << QByteArray("A" + visa()) << QByteArray("A" + visa());
    QTest::newRow("dotted") << pan({ "4111", "1111", "1111", "1111" }, ".")
                            << pan({ "4111", "1111", "1111", "1111" }, ".");
}

void TestCardMask::maskLeavesMaskedAndNonPanValuesTrimmed()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(CardMask::mask(QByteArrayView(input)), expected);
}

void TestCardMask::maskIsIdempotent_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("16 digits") << visa();
    QTest::newRow("dashed") << pan({ "5412", "7534", "5678", "9010" }, "-");
    QTest::newRow("19 digits") << pan({ "6011", "0009", "9013", "9424", "123" });
    QTest::newRow("text") << QByteArray(" n/a ");
}

void TestCardMask::maskIsIdempotent()
{
    QFETCH(QByteArray, input);
    const QByteArray once = CardMask::mask(QByteArrayView(input));
    QCOMPARE(CardMask::mask(QByteArrayView(once)), once);
}

void TestCardMask::maskOfQStringMatchesMaskOfBytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("pan") << pan({ "4111", "1111", "1111", "1111" }, "-") << QByteArray("411111******1111");
    QTest::newRow("masked") << QByteArray("411111******1111") << QByteArray("411111******1111");
    QTest::newRow("korean text") << QByteArray(" 카드번호 없음 ") << QByteArray("카드번호 없음");
}

void TestCardMask::maskOfQStringMatchesMaskOfBytes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(CardMask::mask(QString::fromUtf8(input)), QString::fromUtf8(expected));
}

void TestCardMask::looksLikePanCountsDigitsIgnoringSpacesAndDashes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("expected");
    QTest::newRow("16 digits") << visa() << true;
    QTest::newRow("16 dashed") << pan({ "4111", "1111", "1111", "1111" }, "-") << true;
    QTest::newRow("16 spaced") << pan({ "4111", "1111", "1111", "1111" }, " ") << true;
    QTest::newRow("13 digits") << pan({ "4222", "2222", "22222" }) << true;
    QTest::newRow("19 digits") << pan({ "6011", "0009", "9013", "9424", "123" }) << true;
    QTest::newRow("12 digits") << QByteArray("123456789012") << false;
    QTest::newRow("20 digits") << pan({ "1234", "5678", "9012", "3456", "7890" }) << false;
    QTest::newRow("text") << QByteArray("hello") << false;
    QTest::newRow("digits and letters") << QByteArray("A" + visa()) << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestCardMask::looksLikePanCountsDigitsIgnoringSpacesAndDashes()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, expected);
    QCOMPARE(CardMask::looksLikePan(QByteArrayView(input)), expected);
}

QTEST_GUILESS_MAIN(TestCardMask)
#include "tst_cardmask.moc"
