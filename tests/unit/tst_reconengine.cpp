#include <QTest>
class Test final : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Test)
#include "tst_reconengine.moc"
