// Each alert rule on its own (data-driven), the evaluator that folds them, and bounded rule memory.
#include "alerts/alertevaluator.h"
#include "alerts/alertsettings.h"
#include "alerts/highvaluerule.h"
#include "alerts/offhoursrule.h"
#include "alerts/outlierrule.h"
#include "alerts/quickcancelrule.h"
#include "alerts/velocityrule.h"

#include <QDateTime>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
constexpr qint64 Minute = 60000;

qint64 kst(int h, int mi, int day = 25)
{
    return QDateTime(QDate(2026, 11, day), QTime(h, mi), QTimeZone(9 * 3600)).toMSecsSinceEpoch();
}

PaymentEvent payment(qint64 amount, qint64 atMs, PaymentKind kind = PaymentKind::Approval,
    const QString &card = QStringLiteral("123456******3456"), const QString &customer = QStringLiteral("C1"),
    const QString &tx = QStringLiteral("T1"))
{
    PaymentEvent e;
    e.transactionId = tx;
    e.kind = kind;
    e.amount = amount;
    e.occurredAtMs = atMs;
    e.cardNumber = card;
    e.customerId = customer;
    return e;
}
} // namespace

class TestAlertRules final : public QObject
{
    Q_OBJECT

private slots:
    void highValueFiresAtTheThreshold_data();
    void highValueFiresAtTheThreshold();
    void velocityCountsApprovalsPerKeyWithinTheWindow_data();
    void velocityCountsApprovalsPerKeyWithinTheWindow();
    void quickCancelFollowsAHighValueApproval_data();
    void quickCancelFollowsAHighValueApproval();
    void offHoursUsesKoreanTimeAndWrapsMidnight_data();
    void offHoursUsesKoreanTimeAndWrapsMidnight();
    void outlierNeedsHistoryAndComparesToTheMedian_data();
    void outlierNeedsHistoryAndComparesToTheMedian();
    void evaluatorNamesEveryRuleThatFired();
    void disabledRuleNeverFires();
    void noAlertWhenNothingFires();
    void ruleMemoryStaysBoundedOverAMillionRows();
    void settingsRoundTripAndEnvironmentOverride();
    void settingsRejectUnsafeIdentifiers();
};

void TestAlertRules::highValueFiresAtTheThreshold_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("cancel");
    QTest::addColumn<bool>("fires");
    QTest::newRow("below") << qint64(999999) << false << false;
    QTest::newRow("exactly the threshold") << qint64(1000000) << false << true;
    QTest::newRow("above") << qint64(25000000) << false << true;
    QTest::newRow("large cancellation is not a payment") << qint64(2000000) << true << false;
}

void TestAlertRules::highValueFiresAtTheThreshold()
{
    QFETCH(qint64, amount);
    QFETCH(bool, cancel);
    QFETCH(bool, fires);
    HighValueRule rule;
    const auto hit = rule.evaluate(payment(amount, kst(12, 0), cancel ? PaymentKind::Cancel : PaymentKind::Approval));
    QCOMPARE(hit.has_value(), fires);
    if (hit) {
        QCOMPARE(hit->ruleId, QStringLiteral("high_value"));
        QVERIFY2(hit->reason.contains(QStringLiteral("1,000,000")), qPrintable(hit->reason));
    }
}

void TestAlertRules::velocityCountsApprovalsPerKeyWithinTheWindow_data()
{
    QTest::addColumn<QList<qint64>>("minutes"); // event times in minutes after 12:00, same card
    QTest::addColumn<bool>("byCustomer");
    QTest::addColumn<bool>("otherCardsBetween");
    QTest::addColumn<QList<bool>>("fires");
    // Rule: 3 approvals within 10 minutes.
    QTest::newRow("third within window") << QList<qint64> { 0, 4, 9 } << false << false
                                         << QList<bool> { false, false, true };
    QTest::newRow("spread out") << QList<qint64> { 0, 6, 12, 18 } << false << false
                                << QList<bool> { false, false, false, false };
    QTest::newRow("window edge excluded")
        << QList<qint64> { 0, 5, 10 } << false << false << QList<bool> { false, false, false };
    QTest::newRow("keeps firing while fast")
        << QList<qint64> { 0, 1, 2, 3 } << false << false << QList<bool> { false, false, true, true };
    QTest::newRow("late row judged by its own time")
        << QList<qint64> { 0, 30, 2 } << false << false << QList<bool> { false, false, false };
    QTest::newRow("other cards do not count")
        << QList<qint64> { 0, 1, 2 } << false << true << QList<bool> { false, false, true };
    QTest::newRow("by customer") << QList<qint64> { 0, 1, 2 } << true << false << QList<bool> { false, false, true };
}

void TestAlertRules::velocityCountsApprovalsPerKeyWithinTheWindow()
{
    QFETCH(QList<qint64>, minutes);
    QFETCH(bool, byCustomer);
    QFETCH(bool, otherCardsBetween);
    QFETCH(QList<bool>, fires);
    VelocityRule rule(3, 10, byCustomer ? VelocityRule::Key::Customer : VelocityRule::Key::Card);
    for (qsizetype i = 0; i < minutes.size(); ++i) {
        const qint64 at = kst(12, 0) + minutes[i] * Minute;
        if (otherCardsBetween) {
            QVERIFY(!rule.evaluate(payment(1000, at, PaymentKind::Approval, QStringLiteral("999999******%1").arg(i),
                                       QStringLiteral("other%1").arg(i)))
                         .has_value());
        }
        // By customer the card varies, by card the customer varies: only the key may match.
        const QString card = byCustomer ? QStringLiteral("555555******%1").arg(i) : QStringLiteral("123456******3456");
        const QString customer = byCustomer ? QStringLiteral("C1") : QStringLiteral("C%1").arg(i);
        const auto hit = rule.evaluate(payment(1000, at, PaymentKind::Approval, card, customer));
        QVERIFY2(hit.has_value() == fires[i], qPrintable(QStringLiteral("row %1").arg(i)));
    }
    // A cancellation never counts as an approval.
    VelocityRule cancels(2, 10);
    QVERIFY(!cancels.evaluate(payment(1000, kst(12, 0), PaymentKind::Cancel)));
    QVERIFY(!cancels.evaluate(payment(1000, kst(12, 1), PaymentKind::Cancel)));
}

void TestAlertRules::quickCancelFollowsAHighValueApproval_data()
{
    QTest::addColumn<qint64>("approvalAmount");
    QTest::addColumn<int>("cancelAfterMinutes");
    QTest::addColumn<QString>("cancelTx");
    QTest::addColumn<QString>("cancelCard");
    QTest::addColumn<bool>("fires");
    const QString card = QStringLiteral("123456******3456");
    const QString other = QStringLiteral("999999******0000");
    QTest::newRow("same transaction, 3 min") << qint64(1500000) << 3 << QStringLiteral("T1") << other << true;
    QTest::newRow("same card, other transaction") << qint64(1500000) << 3 << QStringLiteral("T2") << card << true;
    QTest::newRow("too late") << qint64(1500000) << 11 << QStringLiteral("T1") << card << false;
    QTest::newRow("small approval") << qint64(999999) << 1 << QStringLiteral("T1") << card << false;
    QTest::newRow("unrelated cancel") << qint64(1500000) << 1 << QStringLiteral("T9") << other << false;
}

void TestAlertRules::quickCancelFollowsAHighValueApproval()
{
    QFETCH(qint64, approvalAmount);
    QFETCH(int, cancelAfterMinutes);
    QFETCH(QString, cancelTx);
    QFETCH(QString, cancelCard);
    QFETCH(bool, fires);
    QuickCancelRule rule(10, 1000000);
    QVERIFY(!rule.evaluate(payment(approvalAmount, kst(12, 0))));
    const auto hit = rule.evaluate(payment(approvalAmount, kst(12, 0) + cancelAfterMinutes * Minute,
        PaymentKind::Cancel, cancelCard, QStringLiteral("C1"), cancelTx));
    QCOMPARE(hit.has_value(), fires);
    if (hit)
        QCOMPARE(hit->severity, AlertSeverity::Critical);
}

void TestAlertRules::offHoursUsesKoreanTimeAndWrapsMidnight_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("hour");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("fires");
    QTest::newRow("02:00 in 0-6") << 0 << 6 << 2 << qint64(600000) << true;
    QTest::newRow("06:00 is day") << 0 << 6 << 6 << qint64(600000) << false;
    QTest::newRow("below amount") << 0 << 6 << 2 << qint64(499999) << false;
    QTest::newRow("23:00 in 22-6") << 22 << 6 << 23 << qint64(600000) << true;
    QTest::newRow("05:00 in 22-6") << 22 << 6 << 5 << qint64(600000) << true;
    QTest::newRow("12:00 in 22-6") << 22 << 6 << 12 << qint64(600000) << false;
    QTest::newRow("start == end never") << 3 << 3 << 3 << qint64(600000) << false;
}

void TestAlertRules::offHoursUsesKoreanTimeAndWrapsMidnight()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, hour);
    QFETCH(qint64, amount);
    QFETCH(bool, fires);
    OffHoursRule rule(500000, start, end);
    QCOMPARE(OffHoursRule::kstHour(kst(hour, 30)), hour);
    QCOMPARE(rule.evaluate(payment(amount, kst(hour, 30))).has_value(), fires);
}

void TestAlertRules::outlierNeedsHistoryAndComparesToTheMedian_data()
{
    QTest::addColumn<QList<qint64>>("history");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("fires");
    const QList<qint64> five { 10000, 12000, 9000, 11000, 10000 }; // median 10,000
    QTest::newRow("5x median fires") << five << qint64(50000) << true;
    QTest::newRow("just below 5x") << five << qint64(49999) << false;
    QTest::newRow("not enough history") << five.mid(0, 4) << qint64(500000) << false;
    QTest::newRow("median resists one big value")
        << QList<qint64> { 10000, 10000, 10000, 900000, 10000 } << qint64(50000) << true;
    QTest::newRow("even count median") << QList<qint64> { 10000, 10000, 20000, 20000, 10000, 20000 } << qint64(75000)
                                       << true; // median 15,000
}

void TestAlertRules::outlierNeedsHistoryAndComparesToTheMedian()
{
    QFETCH(QList<qint64>, history);
    QFETCH(qint64, amount);
    QFETCH(bool, fires);
    OutlierRule rule(5.0, 5);
    qint64 t = kst(10, 0);
    for (qint64 a : history) {
        // Amounts of the history itself may fire (the 900,000); only the last row matters here.
        rule.evaluate(payment(a, t += Minute));
    }
    QCOMPARE(rule.evaluate(payment(amount, t + Minute)).has_value(), fires);
    // Another customer with no history never fires.
    QVERIFY(!rule.evaluate(
        payment(amount * 100, t + Minute, PaymentKind::Approval, QStringLiteral("x"), QStringLiteral("C2"))));
}

void TestAlertRules::evaluatorNamesEveryRuleThatFired()
{
    AlertSettings s;
    AlertEvaluator evaluator(s);
    QCOMPARE(evaluator.rules().size(), size_t(5));
    // ₩2,000,000 at 03:00 KST: high value and off-hours at once, one alert naming both.
    const auto alert = evaluator.evaluate(payment(2000000, kst(3, 0)));
    QVERIFY(alert);
    QCOMPARE(alert->ruleIds(), (QStringList { QStringLiteral("high_value"), QStringLiteral("off_hours") }));
    QCOMPARE(alert->severity(), AlertSeverity::Warning);
    QCOMPARE(alert->dedupeKey(), QStringLiteral("high_value+off_hours|T1|approval"));
    // Cancelled two minutes later: quick cancel (critical).
    const auto cancel = evaluator.evaluate(payment(2000000, kst(3, 2), PaymentKind::Cancel));
    QVERIFY(cancel);
    QCOMPARE(cancel->ruleIds(), QStringList { QStringLiteral("quick_cancel") });
    QCOMPARE(cancel->severity(), AlertSeverity::Critical);
    // JSON round trip keeps every field exactly.
    const auto back = Alert::fromJson(alert->toJson());
    QVERIFY(back);
    QCOMPARE(back->dedupeKey(), alert->dedupeKey());
    QCOMPARE(back->payment.amount, qint64(2000000));
    QCOMPARE(back->payment.occurredAtMs, kst(3, 0));
    QCOMPARE(back->hits.at(1).reason, alert->hits.at(1).reason);
}

void TestAlertRules::disabledRuleNeverFires()
{
    AlertSettings s;
    s.highValueEnabled = false;
    AlertEvaluator evaluator(s);
    const auto alert = evaluator.evaluate(payment(2000000, kst(3, 0)));
    QVERIFY(alert);
    QCOMPARE(alert->ruleIds(), QStringList { QStringLiteral("off_hours") });
}

void TestAlertRules::noAlertWhenNothingFires()
{
    AlertEvaluator evaluator { AlertSettings() };
    QVERIFY(!evaluator.evaluate(payment(15000, kst(14, 0))));
}

void TestAlertRules::ruleMemoryStaysBoundedOverAMillionRows()
{
    // A day of a busy merchant: a million rows over 24 hours, mostly distinct cards and customers.
    AlertSettings s;
    AlertEvaluator evaluator(s);
    static_cast<VelocityRule *>(evaluator.rule(QStringLiteral("velocity")))->setMaxKeys(50000);
    static_cast<OutlierRule *>(evaluator.rule(QStringLiteral("outlier")))->setMaxCustomers(50000);
    const qint64 start = kst(0, 0);
    const qint64 perRowMs = 24 * 3600 * 1000 / 1000000;
    PaymentEvent e = payment(30000, start);
    for (qint64 i = 0; i < 1000000; ++i) {
        e.occurredAtMs = start + i * perRowMs;
        e.cardNumber = QStringLiteral("4000%1").arg(i * 7919 % 900001);
        e.customerId = QStringLiteral("C%1").arg(i * 104729 % 400003);
        e.transactionId = QStringLiteral("T%1").arg(i);
        e.amount = i % 1000 == 0 ? 1500000 : 30000;
        evaluator.evaluate(e);
    }
    QVERIFY2(evaluator.rule(QStringLiteral("velocity"))->stateSize() <= 50000,
        qPrintable(QString::number(evaluator.rule(QStringLiteral("velocity"))->stateSize())));
    QVERIFY(evaluator.rule(QStringLiteral("outlier"))->stateSize() <= 50000);
    // Quick cancel keeps only the last 10 minutes of high-value approvals.
    QVERIFY2(evaluator.rule(QStringLiteral("quick_cancel"))->stateSize() < 100,
        qPrintable(QString::number(evaluator.rule(QStringLiteral("quick_cancel"))->stateSize())));
}

void TestAlertRules::settingsRoundTripAndEnvironmentOverride()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("payrecon.ini"));
    qunsetenv(AlertSettings::WebhookVariable);
    {
        QSettings settings(path, QSettings::IniFormat);
        AlertSettings a;
        a.highValueThreshold = 3000000;
        a.velocityByCustomer = true;
        a.offHoursStartHour = 22;
        a.pollIntervalMs = 1500;
        a.webhook = QStringLiteral("https://discord.com/api/webhooks/123456789/secret-token");
        QString warning;
        a.save(settings, &warning);
        QVERIFY(!warning.isEmpty());
        QVERIFY(!warning.contains(QStringLiteral("secret-token")));
    }
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QSettings settings(path, QSettings::IniFormat);
    AlertSettings b = AlertSettings::load(settings);
    QCOMPARE(b.highValueThreshold, qint64(3000000));
    QVERIFY(b.velocityByCustomer);
    QCOMPARE(b.offHoursStartHour, 22);
    QCOMPARE(b.pollIntervalMs, 1500);
    QVERIFY(!b.webhookFromEnvironment);
    QVERIFY(b.validate().isEmpty());
    qputenv(AlertSettings::WebhookVariable, "http://127.0.0.1:9/api/webhooks/1/t");
    b = AlertSettings::load(settings);
    qunsetenv(AlertSettings::WebhookVariable);
    QVERIFY(b.webhookFromEnvironment);
    QCOMPARE(b.webhook, QStringLiteral("http://127.0.0.1:9/api/webhooks/1/t"));
}

void TestAlertRules::settingsRejectUnsafeIdentifiers()
{
    AlertSettings a;
    a.idColumn = QStringLiteral("id; DROP TABLE payments");
    QVERIFY(!a.validate().isEmpty());
    a.idColumn = QStringLiteral("pay_seq");
    a.table = QStringLiteral("shop.payments");
    QVERIFY(a.validate().isEmpty());
    a.webhook = QStringLiteral("http://discord.com/api/webhooks/1/t");
    QVERIFY(a.validate().contains(QStringLiteral("https://")));
}

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
