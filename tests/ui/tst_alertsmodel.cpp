// AlertsModel: the alerts panel's grid stays bounded, updates delivery states in place, counts today's alerts,
// and passes QAbstractItemModelTester throughout.
#include "models/alertsmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

class TestAlertsModel final : public QObject
{
    Q_OBJECT

private slots:
    void showsAnAlertWithItsRulesAndMaskedCard();
    void deliveryStateChangesInPlaceAndInWords();
    void keepsTheNewestRowsOnly();

private:
    static Alert alert(const QString &tx, qint64 amount)
    {
        Alert a;
        a.payment.rowId = 1;
        a.payment.transactionId = tx;
        a.payment.amount = amount;
        a.payment.occurredAtMs = QDateTime::currentMSecsSinceEpoch();
        a.payment.cardNumber = QStringLiteral("557042******7729");
        a.payment.merchantName = QStringLiteral("강남점");
        RuleHit hit;
        hit.ruleId = QStringLiteral("high_value");
        hit.severity = AlertSeverity::Warning;
        hit.reason = QStringLiteral("₩2,500,000 ≥ ₩1,000,000");
        a.hits << hit;
        return a;
    }
};

void TestAlertsModel::showsAnAlertWithItsRulesAndMaskedCard()
{
    AlertsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addAlert(7, alert(QStringLiteral("T-1"), 2500000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(AlertsModel::ColumnCount));
    QCOMPARE(model.index(0, AlertsModel::RulesColumn).data().toString(), QStringLiteral("high_value"));
    QCOMPARE(model.index(0, AlertsModel::CardColumn).data().toString(), QStringLiteral("557042******7729"));
    QVERIFY(model.index(0, AlertsModel::AmountColumn).data().toString().contains(u'₩'));
    QCOMPARE(model.index(0, AlertsModel::AmountColumn).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight,
        int(Qt::AlignRight));
    QVERIFY(
        model.index(0, AlertsModel::RulesColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("1,000,000")));
    QCOMPARE(model.todayCount(), 1);
}

void TestAlertsModel::deliveryStateChangesInPlaceAndInWords()
{
    AlertsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addAlert(1, alert(QStringLiteral("T-1"), 2000000));
    model.addAlert(2, alert(QStringLiteral("T-2"), 3000000));
    QCOMPARE(model.index(1, AlertsModel::DeliveryColumn).data().toString(), AlertsModel::tr("Pending"));
    model.setDeliveryState(2, AlertDeliveryState::Delivered, QString());
    QCOMPARE(model.index(1, AlertsModel::DeliveryColumn).data().toString(), AlertsModel::tr("Sent"));
    model.setDeliveryState(1, AlertDeliveryState::Failed, QStringLiteral("400: embed too long"));
    QVERIFY(model.index(0, AlertsModel::DeliveryColumn).data().toString().contains(QLatin1String("embed too long")));
    model.setDeliveryState(99, AlertDeliveryState::Delivered, QString()); // unknown: ignored
    QCOMPARE(model.rowCount(), 2);
}

void TestAlertsModel::keepsTheNewestRowsOnly()
{
    AlertsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 1; i <= AlertsModel::MaxRows + 5; ++i)
        model.addAlert(i, alert(QStringLiteral("T-%1").arg(i), 1000000 + i));
    QCOMPARE(model.rowCount(), AlertsModel::MaxRows);
    QCOMPARE(model.index(0, AlertsModel::TransactionColumn).data().toString(), QStringLiteral("T-6"));
    QCOMPARE(model.index(model.rowCount() - 1, AlertsModel::TransactionColumn).data().toString(),
        QStringLiteral("T-%1").arg(AlertsModel::MaxRows + 5));
    QCOMPARE(model.todayCount(), AlertsModel::MaxRows + 5); // today's count is not bounded by the view
}

QTEST_MAIN(TestAlertsModel)
#include "tst_alertsmodel.moc"
