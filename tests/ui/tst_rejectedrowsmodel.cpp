// RejectedRowsModel: one row per kept rejected row, whole-row faults without a column, the omitted count.
#include "models/modelroles.h"
#include "models/rejectedrowsmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

#include <memory>

class TestRejectedRowsModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();
    void showsEachField_data();
    void showsEachField();
    void countsOmittedRows();
    void emptyWithoutOutcome();

private:
    std::shared_ptr<const ReconOutcome> m_outcome;
};

void TestRejectedRowsModel::initTestCase()
{
    auto outcome = std::make_shared<ReconOutcome>();
    outcome->rejected.push_back({ QStringLiteral("ledger.csv"), 12, 3, QStringLiteral("amount"),
        QStringLiteral("12,5OO"), QStringLiteral("Not a whole number of won.") });
    outcome->rejected.push_back({ QStringLiteral("van.csv"), 4077, 0, QString(), QStringLiteral("\"unterminated"),
        QStringLiteral("The quoted field is not closed.") });
    outcome->rejected.push_back({ QStringLiteral("van.csv"), 9001, 6, QStringLiteral("카드번호"),
        QStringLiteral("451842******"), QStringLiteral("카드번호가 너무 짧습니다.") });
    outcome->rejectedCount = 5;
    m_outcome = outcome;
}

void TestRejectedRowsModel::passesModelTester()
{
    RejectedRowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOutcome(m_outcome);
    model.setOutcome(nullptr);
    model.setOutcome(m_outcome);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(RejectedRowsModel::ColumnCount));
}

void TestRejectedRowsModel::showsEachField_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("expected"); // file, line, column no., column, value, reason
    QTest::newRow("bad amount") << 0
                                << QStringList { QStringLiteral("ledger.csv"), QStringLiteral("12"),
                                       QStringLiteral("3"), QStringLiteral("amount"), QStringLiteral("12,5OO"),
                                       QStringLiteral("Not a whole number of won.") };
    QTest::newRow("whole row") << 1
                               << QStringList { QStringLiteral("van.csv"), QStringLiteral("4077"), QString(), QString(),
                                      QStringLiteral("\"unterminated"),
                                      QStringLiteral("The quoted field is not closed.") };
    QTest::newRow("Korean header") << 2
                                   << QStringList { QStringLiteral("van.csv"), QStringLiteral("9001"),
                                          QStringLiteral("6"), QStringLiteral("카드번호"),
                                          QStringLiteral("451842******"), QStringLiteral("카드번호가 너무 짧습니다.") };
}

void TestRejectedRowsModel::showsEachField()
{
    QFETCH(int, row);
    QFETCH(QStringList, expected);
    RejectedRowsModel model;
    model.setOutcome(m_outcome);
    for (int column = 0; column < RejectedRowsModel::ColumnCount; ++column)
        QCOMPARE(model.index(row, column).data().toString(), expected.at(column));
    QCOMPARE(model.index(row, RejectedRowsModel::ReasonColumn).data(Qt::ToolTipRole).toString(), expected.at(5));
    QCOMPARE(model.index(row, 0).data(ModelRoles::SourceRowRole).toInt(), row);
    QVERIFY(model.index(row, RejectedRowsModel::LineColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>()
        & Qt::AlignRight);
}

void TestRejectedRowsModel::countsOmittedRows()
{
    RejectedRowsModel model;
    model.setOutcome(m_outcome);
    QCOMPARE(model.omittedCount(), qint64(2));
}

void TestRejectedRowsModel::emptyWithoutOutcome()
{
    RejectedRowsModel model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.omittedCount(), qint64(0));
    QVERIFY(!model.headerData(RejectedRowsModel::ReasonColumn, Qt::Horizontal).toString().isEmpty());
}

QTEST_MAIN(TestRejectedRowsModel)
#include "tst_rejectedrowsmodel.moc"
