// Discord embeds for alerts: content, masking, every documented limit, packing into messages, webhook URLs.
#include "alerts/discordembed.h"
#include "alerts/webhookurl.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {
Alert sampleAlert(qint64 amount = 1250000)
{
    Alert a;
    a.payment.rowId = 42;
    a.payment.transactionId = QStringLiteral("T000123");
    a.payment.amount = amount;
    a.payment.occurredAtMs = QDateTime(QDate(2026, 11, 25), QTime(23, 41, 7), QTimeZone(9 * 3600)).toMSecsSinceEpoch();
    a.payment.cardNumber = QStringLiteral("1234567890123456"); // unmasked on purpose: must never go out
    a.payment.cardCompany = QStringLiteral("신한카드");
    a.payment.merchantId = QStringLiteral("M001");
    a.payment.merchantName = QStringLiteral("강남점");
    a.payment.customerId = QStringLiteral("C77");
    a.hits = { { QStringLiteral("high_value"), AlertSeverity::Warning, QStringLiteral("big") },
        { QStringLiteral("quick_cancel"), AlertSeverity::Critical, QStringLiteral("fast") } };
    return a;
}

QString fieldValue(const QJsonObject &embed, const QString &name)
{
    const QJsonArray fields = embed.value(QStringLiteral("fields")).toArray();
    for (const QJsonValue &f : fields) {
        if (f.toObject().value(QStringLiteral("name")).toString() == name)
            return f.toObject().value(QStringLiteral("value")).toString();
    }
    return {};
}

void verifyWithinLimits(const QJsonObject &e)
{
    using namespace DiscordEmbed;
    QVERIFY(length(e.value(QStringLiteral("title")).toString()) <= MaxTitle);
    QVERIFY(length(e.value(QStringLiteral("description")).toString()) <= MaxDescription);
    const QJsonArray fields = e.value(QStringLiteral("fields")).toArray();
    QVERIFY(fields.size() <= MaxFields);
    for (const QJsonValue &v : fields) {
        QVERIFY(length(v.toObject().value(QStringLiteral("name")).toString()) <= MaxFieldName);
        const QString value = v.toObject().value(QStringLiteral("value")).toString();
        QVERIFY(length(value) <= MaxFieldValue);
        QVERIFY(!value.isEmpty());
    }
    QVERIFY(characterCount(e) <= MaxTotalCharacters);
}
} // namespace

class TestDiscordEmbed final : public QObject
{
    Q_OBJECT

private slots:
    void embedCarriesTheAlert();
    void cardNumberIsMaskedEvenIfTheAlertHeldItWhole();
    void cardNumbersInOtherFieldsAreMaskedToo();
    void cutCountsCodePointsAndKeepsSurrogatePairs_data();
    void cutCountsCodePointsAndKeepsSurrogatePairs();
    void oversizedEmbedIsBroughtWithinEveryLimit();
    void packingHonoursTenEmbedsAndSixThousandCharacters_data();
    void packingHonoursTenEmbedsAndSixThousandCharacters();
    void messageNeverPingsAndCutsContent();
    void webhookUrlValidation_data();
    void webhookUrlValidation();
    void webhookUrlIsMaskedForDisplay();
    void executeUrlWaitsAndKeepsThreadId();
};

void TestDiscordEmbed::embedCarriesTheAlert()
{
    const QJsonObject e = DiscordEmbed::build(sampleAlert());
    QCOMPARE(e.value(QStringLiteral("title")).toString(), QStringLiteral("🚨 High value · Quick cancel"));
    QCOMPARE(e.value(QStringLiteral("color")).toInt(), DiscordEmbed::colour(AlertSeverity::Critical));
    QCOMPARE(fieldValue(e, QStringLiteral("Amount")), QStringLiteral("₩1,250,000"));
    QCOMPARE(fieldValue(e, QStringLiteral("Time (KST)")), QStringLiteral("2026-11-25 23:41:07 KST"));
    QCOMPARE(fieldValue(e, QStringLiteral("Merchant")), QStringLiteral("강남점 (M001)"));
    QCOMPARE(fieldValue(e, QStringLiteral("Card company")), QStringLiteral("신한카드"));
    QCOMPARE(fieldValue(e, QStringLiteral("Transaction")), QStringLiteral("T000123"));
    QCOMPARE(fieldValue(e, QStringLiteral("Customer")), QStringLiteral("C77"));
    QVERIFY(e.value(QStringLiteral("description")).toString().contains(QStringLiteral("fast")));
    QCOMPARE(e.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-11-25T14:41:07.000Z"));
    verifyWithinLimits(e);
    Alert empty = sampleAlert();
    empty.payment.customerId.clear();
    QCOMPARE(fieldValue(DiscordEmbed::build(empty), QStringLiteral("Customer")), QStringLiteral("—"));
}

void TestDiscordEmbed::cardNumberIsMaskedEvenIfTheAlertHeldItWhole()
{
    const QByteArray json = QJsonDocument(DiscordEmbed::build(sampleAlert())).toJson();
    QVERIFY(!json.contains("1234567890123456"));
    QCOMPARE(
        fieldValue(DiscordEmbed::build(sampleAlert()), QStringLiteral("Card")), QStringLiteral("123456******3456"));
}

void TestDiscordEmbed::cardNumbersInOtherFieldsAreMaskedToo()
{
    Alert a = sampleAlert();
    // Assembled at run time, so no full card number sits in the source as one literal.
    const QString pan = QStringLiteral("5409-2612") + QStringLiteral("-3456-7893");
    a.payment.merchantName = QStringLiteral("카페 ") + pan;
    a.payment.customerId = QStringLiteral("VISA ") + pan;
    a.hits.front().reason = QStringLiteral("card ") + pan + QStringLiteral(" spent a lot");
    const QJsonObject e = DiscordEmbed::build(a);
    const QByteArray json = QJsonDocument(e).toJson();
    QVERIFY2(!json.contains("2612-3456"), json.constData());
    QCOMPARE(fieldValue(e, QStringLiteral("Merchant")), QStringLiteral("카페 5409-26**-****-7893 (M001)"));
    QCOMPARE(fieldValue(e, QStringLiteral("Customer")), QStringLiteral("VISA 5409-26**-****-7893"));
    QVERIFY(e.value(QStringLiteral("description")).toString().contains(QStringLiteral("card 5409-26**-****-7893")));
}

void TestDiscordEmbed::cutCountsCodePointsAndKeepsSurrogatePairs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short stays") << QStringLiteral("abc") << 3 << QStringLiteral("abc");
    QTest::newRow("cut with ellipsis") << QStringLiteral("abcdef") << 4 << QStringLiteral("abc…");
    QTest::newRow("korean") << QStringLiteral("가나다라마") << 3 << QStringLiteral("가나…");
    QTest::newRow("emoji is one character") << QStringLiteral("😀😀😀") << 3 << QStringLiteral("😀😀😀");
    QTest::newRow("emoji not split") << QStringLiteral("😀😀😀😀") << 3 << QStringLiteral("😀😀…");
}

void TestDiscordEmbed::cutCountsCodePointsAndKeepsSurrogatePairs()
{
    QFETCH(QString, text);
    QFETCH(int, max);
    QFETCH(QString, expected);
    const QString got = DiscordEmbed::cut(text, max);
    QCOMPARE(got, expected);
    QVERIFY(DiscordEmbed::length(got) <= max);
}

void TestDiscordEmbed::oversizedEmbedIsBroughtWithinEveryLimit()
{
    QJsonArray fields;
    for (int i = 0; i < 40; ++i) {
        fields.append(QJsonObject {
            { QStringLiteral("name"), QString(300, u'n') }, { QStringLiteral("value"), QString(2000, u'v') } });
    }
    fields.append(QJsonObject { { QStringLiteral("name"), QString() }, { QStringLiteral("value"), QString() } });
    const QJsonObject huge { { QStringLiteral("title"), QString(1000, u't') },
        { QStringLiteral("description"), QString(10000, u'd') }, { QStringLiteral("fields"), fields },
        { QStringLiteral("footer"), QJsonObject { { QStringLiteral("text"), QString(5000, u'f') } } } };
    const QJsonObject fitted = DiscordEmbed::fit(huge);
    verifyWithinLimits(fitted);
    QVERIFY(fitted.value(QStringLiteral("title")).toString().endsWith(QStringLiteral("…")));

    Alert a = sampleAlert();
    a.payment.merchantName = QString(5000, u'가');
    a.hits.append({ QStringLiteral("outlier"), AlertSeverity::Warning, QString(8000, u'r') });
    verifyWithinLimits(DiscordEmbed::build(a));
}

void TestDiscordEmbed::packingHonoursTenEmbedsAndSixThousandCharacters_data()
{
    QTest::addColumn<int>("embeds");
    QTest::addColumn<int>("charsEach");
    QTest::addColumn<QList<int>>("messages");
    QTest::newRow("25 small") << 25 << 100 << QList<int> { 10, 10, 5 };
    QTest::newRow("big ones by characters") << 5 << 2500 << QList<int> { 2, 2, 1 };
    QTest::newRow("exactly 6000") << 4 << 3000 << QList<int> { 2, 2 };
    QTest::newRow("one") << 1 << 5999 << QList<int> { 1 };
}

void TestDiscordEmbed::packingHonoursTenEmbedsAndSixThousandCharacters()
{
    QFETCH(int, embeds);
    QFETCH(int, charsEach);
    QFETCH(QList<int>, messages);
    QList<QJsonObject> list;
    for (int i = 0; i < embeds; ++i)
        list.append(QJsonObject { { QStringLiteral("description"), QString(charsEach, u'x') } });
    QList<int> got;
    while (!list.isEmpty()) {
        const qsizetype n = DiscordEmbed::firstMessageCount(list);
        QVERIFY(n >= 1);
        got.append(int(n));
        list.remove(0, n);
    }
    QCOMPARE(got, messages);
}

void TestDiscordEmbed::messageNeverPingsAndCutsContent()
{
    const QJsonObject m = DiscordEmbed::message({ DiscordEmbed::build(sampleAlert()) }, QString(3000, u'c'));
    QCOMPARE(m.value(QStringLiteral("content")).toString().size(), 2000);
    QCOMPARE(m.value(QStringLiteral("allowed_mentions")).toObject().value(QStringLiteral("parse")).toArray().size(), 0);
    QCOMPARE(m.value(QStringLiteral("embeds")).toArray().size(), 1);
}

void TestDiscordEmbed::webhookUrlValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("discord https") << QStringLiteral("https://discord.com/api/webhooks/123/abc") << true;
    QTest::newRow("plain http to discord") << QStringLiteral("http://discord.com/api/webhooks/123/abc") << false;
    QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:8080/api/webhooks/1/t") << true;
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/x") << true;
    QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8080/x") << true;
    QTest::newRow("lookalike host") << QStringLiteral("http://127.0.0.1.evil.example/x") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://discord.com/x") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("credentials") << QStringLiteral("https://u:p@discord.com/api/webhooks/1/t") << false;
}

void TestDiscordEmbed::webhookUrlValidation()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(WebhookUrl::isValid(url, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!url.isEmpty())
        QVERIFY(!error.contains(url));
}

void TestDiscordEmbed::webhookUrlIsMaskedForDisplay()
{
    QCOMPARE(WebhookUrl::masked(QStringLiteral("https://discord.com/api/webhooks/123456789012345678/AbCdEf-token")),
        QStringLiteral("https://discord.com/api/webhooks/1234…/****"));
    QCOMPARE(WebhookUrl::masked(QStringLiteral("http://127.0.0.1:8080/hook/secret")),
        QStringLiteral("http://127.0.0.1:8080/****"));
    QVERIFY(
        !WebhookUrl::masked(QStringLiteral("https://x.example/api/webhooks/12/tok")).contains(QStringLiteral("tok")));
}

void TestDiscordEmbed::executeUrlWaitsAndKeepsThreadId()
{
    const QUrl u
        = WebhookUrl::executeUrl(QStringLiteral("https://discord.com/api/webhooks/1/t?thread_id=99&wait=false"));
    QCOMPARE(u.query(), QStringLiteral("thread_id=99&wait=true"));
}

QTEST_GUILESS_MAIN(TestDiscordEmbed)
#include "tst_discordembed.moc"
