// The resolution store through the CLI, as a nightly script and an operator use it: reconcile records runs,
// yesterday's open item closes as "matched late" when today's VAN file brings it, resolve/undo follow the rules,
// report and audit export CSV, audit --verify checks the chain.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

namespace {
const QByteArray Header = "transaction_id,kind,amount,approval_no,occurred_at,card_number,card_company,merchant_id,"
                          "merchant_name,customer_id,category,installment_months\n";

QByteArray row(const char *id, int amount, const char *time, const char *merchant = "강남점 커피")
{
    return QByteArray(id) + ",승인," + QByteArray::number(amount) + ",A" + id + "," + time
        + ",557042******7729,KB국민카드,M1," + merchant + ",C1,식음료,0\n";
}
} // namespace

class TestCliStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lateArrivalClosesYesterdaysItem();
    void resolveUndoAndAudit();
    void noStoreRecordsNothing();
    void aWrongDayIsRecordedOnlyWhenForced();

private:
    Run cli(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &body);
    Run reconcile(const QString &ledger, const QString &van, const QStringList &extra = {});
    QStringList csvLines(const QString &path);

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

void TestCliStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("PAYRECON_STORE"), m_dir.filePath(QStringLiteral("store.sqlite")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("PAYRECON_OPERATOR"), QStringLiteral("kim"));
    m_env.remove(QStringLiteral("PAYRECON_STORE_URL"));
}

Run TestCliStore::cli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(PAYRECON_CLI_PATH), arguments, m_env, 120000);
}

QString TestCliStore::write(const QString &name, const QByteArray &body)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(Header + body);
    return path;
}

Run TestCliStore::reconcile(const QString &ledger, const QString &van, const QStringList &extra)
{
    return cli(QStringList { QStringLiteral("reconcile"), QStringLiteral("--ledger-csv"), ledger,
                   QStringLiteral("--van"), van, QStringLiteral("--profile"), QStringLiteral("canonical-utf8") }
        + extra);
}

QStringList TestCliStore::csvLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray all = f.readAll();
    if (!all.startsWith("\xEF\xBB\xBF"))
        return { QStringLiteral("NO BOM") };
    return QString::fromUtf8(all.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

void TestCliStore::lateArrivalClosesYesterdaysItem()
{
    // Day 1: a 23:59 payment is in the ledger but missed the VAN file's cut-off.
    const Run day1 = reconcile(write(QStringLiteral("l1.csv"),
                                   row("T1", 50000, "2026-11-24 23:59:10") + row("T2", 7000, "2026-11-24 12:00:00")),
        write(QStringLiteral("v1.csv"), row("T2", 7000, "2026-11-24 12:00:00")));
    QVERIFY2(day1.exitCode == 3, qPrintable(day1.out + day1.err));
    QVERIFY2(day1.out.contains(QLatin1String("Recorded as run 1")), qPrintable(day1.out));
    // Day 2: the VAN file brings it.
    const Run day2 = reconcile(write(QStringLiteral("l2.csv"), row("T3", 9000, "2026-11-25 09:00:00")),
        write(QStringLiteral("v2.csv"),
            row("T1", 50000, "2026-11-24 23:59:10") + row("T3", 9000, "2026-11-25 09:00:00")));
    QVERIFY2(day2.exitCode == 3, qPrintable(day2.out + day2.err)); // T1 is VAN-only within day 2 itself
    QVERIFY2(day2.out.contains(QLatin1String("Recorded as run 2")), qPrintable(day2.out));
    QVERIFY2(day2.out.contains(QLatin1String("1 open items of earlier runs matched late (50,000 won)")),
        qPrintable(day2.out));

    const QString csv = m_dir.filePath(QStringLiteral("run1.csv"));
    const Run report
        = cli({ QStringLiteral("report"), QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--csv"), csv });
    QVERIFY2(report.exitCode == 0, qPrintable(report.out + report.err));
    QVERIFY2(report.out.contains(QLatin1String("Matched late")), qPrintable(report.out));
    const QStringList lines = csvLines(csv);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[1].contains(QLatin1String(",matched_late,T1,")), qPrintable(lines[1]));
    QVERIFY2(lines[1].contains(QStringLiteral("강남점 커피")), qPrintable(lines[1]));

    const Run runs = cli({ QStringLiteral("runs"), QStringLiteral("--json") });
    QCOMPARE(runs.exitCode, 0);
    QVERIFY2(runs.out.contains(QLatin1String("\"matched_late\": 1")), qPrintable(runs.out));
    QVERIFY2(runs.out.contains(QLatin1String("\"van_sha256\": \"")), qPrintable(runs.out));
}

void TestCliStore::resolveUndoAndAudit()
{
    const Run day = reconcile(
        write(QStringLiteral("l3.csv"), row("T9", 1200, "2026-11-26 10:00:00") + row("T8", 800, "2026-11-26 10:00:00")),
        write(QStringLiteral("v3.csv"), row("T8", 900, "2026-11-26 10:00:00")));
    QCOMPARE(day.exitCode, 3);
    const QString runId = day.out.section(QStringLiteral("Recorded as run "), 1).section(QLatin1Char(' '), 0, 0);
    QVERIFY(runId.toInt() > 0);
    const QString csv = m_dir.filePath(QStringLiteral("items.csv"));
    QCOMPARE(
        cli({ QStringLiteral("report"), QStringLiteral("--run"), runId, QStringLiteral("--csv"), csv }).exitCode, 0);
    QString t9, t8;
    for (const QString &line : csvLines(csv)) {
        if (line.contains(QLatin1String(",T9,")))
            t9 = line.section(QLatin1Char(','), 0, 0);
        if (line.contains(QLatin1String(",T8,")))
            t8 = line.section(QLatin1Char(','), 0, 0);
    }
    QVERIFY(!t9.isEmpty() && !t8.isEmpty());

    const Run noNote = cli({ QStringLiteral("resolve"), QStringLiteral("--item"), t9, QStringLiteral("--action"),
        QStringLiteral("write_off") });
    QCOMPARE(noNote.exitCode, 2);
    QVERIFY2(noNote.err.contains(QLatin1String("note")), qPrintable(noNote.err));
    const Run wrongSide = cli({ QStringLiteral("resolve"), QStringLiteral("--item"), t9, QStringLiteral("--action"),
        QStringLiteral("accept_van"), QStringLiteral("--note"), QStringLiteral("x") });
    QCOMPARE(wrongSide.exitCode, 2);
    const Run off = cli({ QStringLiteral("resolve"), QStringLiteral("--item"), t9, QStringLiteral("--action"),
        QStringLiteral("write_off"), QStringLiteral("--reason"), QStringLiteral("TEST"), QStringLiteral("--note"),
        QStringLiteral("=SUM(A1) 테스트 결제") });
    QVERIFY2(off.exitCode == 0, qPrintable(off.out + off.err));
    QVERIFY2(off.out.contains(QLatin1String("Written off")), qPrintable(off.out));
    const Run again = cli({ QStringLiteral("resolve"), QStringLiteral("--item"), t9, QStringLiteral("--action"),
        QStringLiteral("pending"), QStringLiteral("--note"), QStringLiteral("x") });
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QLatin1String("already resolved")), qPrintable(again.err));
    // A stale version (someone changed it since the operator looked) is a conflict: exit 1, nothing written.
    const Run stale = cli({ QStringLiteral("resolve"), QStringLiteral("--item"), t8, QStringLiteral("--action"),
        QStringLiteral("accept_van"), QStringLiteral("--note"), QStringLiteral("y"), QStringLiteral("--expect-version"),
        QStringLiteral("5") });
    QCOMPARE(stale.exitCode, 1);
    const Run undo = cli({ QStringLiteral("resolve"), QStringLiteral("--undo") });
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.out + undo.err));
    QVERIFY2(undo.out.contains(QLatin1String("Open")), qPrintable(undo.out));

    const QString audit = m_dir.filePath(QStringLiteral("audit.csv"));
    const Run exported
        = cli({ QStringLiteral("audit"), QStringLiteral("--run"), runId, QStringLiteral("--csv"), audit });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.out + exported.err));
    const QStringList lines = csvLines(audit);
    QCOMPARE(lines.size(), 1 + 3); // header, run_recorded, write_off, undo
    QVERIFY2(lines[2].contains(QLatin1String(",kim,write_off,")), qPrintable(lines[2]));
    QVERIFY2(lines[2].contains(QStringLiteral(",'=SUM(A1) 테스트 결제,")), qPrintable(lines[2])); // formula-safe
    QVERIFY2(lines[3].contains(QLatin1String(",undo,")), qPrintable(lines[3]));
    const Run verify = cli({ QStringLiteral("audit"), QStringLiteral("--verify") });
    QVERIFY2(verify.exitCode == 0 && verify.out.contains(QLatin1String("intact")), qPrintable(verify.out + verify.err));
    const Run filtered = cli({ QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("undo") });
    QCOMPARE(filtered.out.count(QLatin1Char('\n')), 1);
}

void TestCliStore::noStoreRecordsNothing()
{
    const Run before = cli({ QStringLiteral("runs"), QStringLiteral("--json") });
    const Run r = reconcile(write(QStringLiteral("l4.csv"), row("N1", 1, "2026-11-27 10:00:00")),
        write(QStringLiteral("v4.csv"), QByteArray()), { QStringLiteral("--no-store") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.out.contains(QLatin1String("Recorded as run")));
    QCOMPARE(cli({ QStringLiteral("runs"), QStringLiteral("--json") }).out, before.out);
    // An unreachable team store fails the nightly job loudly instead of losing the carry-over silently.
    const Run broken = reconcile(m_dir.filePath(QStringLiteral("l4.csv")), m_dir.filePath(QStringLiteral("v4.csv")),
        { QStringLiteral("--store"), QStringLiteral("mysql://nobody@127.0.0.1:1/none") });
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(QLatin1String("127.0.0.1")), qPrintable(broken.err));
}

void TestCliStore::aWrongDayIsRecordedOnlyWhenForced()
{
    // Yesterday's VAN file against today's ledger: no VAN record falls on a day of the ledger.
    const QString ledger = write(QStringLiteral("l5.csv"), row("W1", 1000, "2026-11-28 10:00:00"));
    const QString van = write(
        QStringLiteral("v5.csv"), row("W2", 2000, "2026-11-27 10:00:00") + row("W3", 3000, "2026-11-27 11:00:00"));
    const QString json = m_dir.filePath(QStringLiteral("w.json"));
    const Run before = cli({ QStringLiteral("runs"), QStringLiteral("--json") });
    const Run refused = reconcile(ledger, van, { QStringLiteral("--json"), json });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("Only 0 of the VAN file's 2 records")), qPrintable(refused.err));
    QVERIFY(!refused.out.contains(QLatin1String("Recorded as run")));
    QVERIFY(!QFile::exists(json));
    QCOMPARE(cli({ QStringLiteral("runs"), QStringLiteral("--json") }).out, before.out);

    const Run forced = reconcile(ledger, van, { QStringLiteral("--json"), json, QStringLiteral("--force") });
    QCOMPARE(forced.exitCode, 3);
    QVERIFY2(forced.out.contains(QLatin1String("Recorded as run")), qPrintable(forced.out));
    QVERIFY(QFile::exists(json));
}

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_clistore.moc"
