// SingleInstance: the first claim wins, a second one hands over and is told to exit, a stale slot is taken over.
#include "window/singleinstance.h"

#include <QLocalServer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private slots:
    void secondLaunchActivatesTheFirst();
    void slotIsFreeAgainWhenTheFirstEnds();
    void defaultKeyIsStablePerUser();
};

static QString uniqueKey()
{
    return QStringLiteral("payrecon-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

void TestSingleInstance::secondLaunchActivatesTheFirst()
{
    const QString key = uniqueKey();
    SingleInstance first(key);
    QVERIFY(first.claimOrActivate());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    SingleInstance second(key);
    QVERIFY(!second.claimOrActivate());
    QTRY_COMPARE(activated.count(), 1);
}

void TestSingleInstance::slotIsFreeAgainWhenTheFirstEnds()
{
    const QString key = uniqueKey();
    {
        SingleInstance first(key);
        QVERIFY(first.claimOrActivate());
    }
    SingleInstance next(key);
    QVERIFY(next.claimOrActivate());
    QSignalSpy activated(&next, &SingleInstance::activationRequested);
    SingleInstance third(key);
    QVERIFY(!third.claimOrActivate());
    QTRY_COMPARE(activated.count(), 1);
}

void TestSingleInstance::defaultKeyIsStablePerUser()
{
    QCOMPARE(SingleInstance::defaultKey(), SingleInstance::defaultKey());
    QVERIFY(SingleInstance::defaultKey().startsWith(QStringLiteral("payrecon-")));
    QVERIFY(SingleInstance::defaultKey().size() < 40); // socket paths have a small limit
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
