// End to end through the real payrecon-cli executable: generate a demo dataset, reconcile it from SQLite and
// from CSV, and check the JSON report against the generator's truth.json; plus exit codes and messages.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

#include <algorithm>

namespace {

Run cli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(PAYRECON_CLI_PATH), arguments);
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// (transaction_id, kind, status, reasons, side) of each outcome, sorted: a multiset to compare.
QStringList outcomeKeys(const QJsonArray &rows)
{
    QStringList keys;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QStringList reasons;
        for (const QJsonValue &r : o.value(u"reasons").toArray())
            reasons << r.toString();
        keys << QStringList { o.value(u"transaction_id").toString(), o.value(u"kind").toString(),
            o.value(u"status").toString(), reasons.join(u'+'), o.value(u"side").toString() }
                    .join(u'|');
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

/// The first few differences between two sorted lists, for a failure message a person can act on.
QString difference(const QStringList &actual, const QStringList &expected)
{
    QStringList onlyActual;
    QStringList onlyExpected;
    std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(), std::back_inserter(onlyActual));
    std::set_difference(
        expected.begin(), expected.end(), actual.begin(), actual.end(), std::back_inserter(onlyExpected));
    return QStringLiteral("%1 vs %2 rows; only in report: %3; only in truth: %4")
        .arg(actual.size())
        .arg(expected.size())
        .arg(onlyActual.mid(0, 5).join(QStringLiteral(", ")), onlyExpected.mid(0, 5).join(QStringLiteral(", ")));
}

/// The truth summary's figures (statuses, reasons, record counts, net won) against the report's.
void compareSummary(const QJsonObject &report, const QJsonObject &truth)
{
    const QJsonObject actual = report.value(u"summary").toObject();
    const QJsonObject expected = truth.value(u"summary").toObject();
    QVERIFY(!expected.isEmpty());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QVERIFY2(actual.contains(it.key()), qPrintable(QStringLiteral("report summary lacks ") + it.key()));
        QCOMPARE(QJsonDocument(QJsonArray { actual.value(it.key()) }).toJson(QJsonDocument::Compact),
            QJsonDocument(QJsonArray { it.value() }).toJson(QJsonDocument::Compact));
    }
    QCOMPARE(actual.value(u"rejected_rows").toInteger(), 0);
    QCOMPARE(actual.value(u"discrepancies").toInteger(), qint64(truth.value(u"discrepancies").toArray().size()));
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionIsPrinted();
    void reportMatchesTruth_data();
    void reportMatchesTruth();
    void cleanRunExitsZero();
    void failedControlTotalComesFirstAndExitsThree();
    void missingVanFileIsBadInput();
    void headerWithoutMappedColumnIsBadInput();
    void shippedExamplesDecodeToTheSameRecords();
    void dateRangeSelectsLedgerRows();
    void demoCommandCreatesAndReconcilesTheDemo();
    void configShowMasksEverySecret();

private:
    QTemporaryDir m_dir;
    QString m_data[2]; ///< generated datasets: kvan-cp949, kvan-cp949-signed
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PAYRECON_CLI_PATH)));
    QVERIFY(m_dir.isValid());
    // Every reconcile records its run: keep this test's runs out of the user's own store.
    qputenv("PAYRECON_STORE", m_dir.filePath(QStringLiteral("store.sqlite")).toUtf8());
    const QString profiles[] = { QStringLiteral("kvan-cp949"), QStringLiteral("kvan-cp949-signed") };
    for (int i = 0; i < 2; ++i) {
        m_data[i] = m_dir.filePath(profiles[i]);
        const Run r = cli(
            { QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("3000"), QStringLiteral("--seed"),
                QStringLiteral("7"), QStringLiteral("--out"), m_data[i], QStringLiteral("--profile"), profiles[i] });
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        for (const char *f : { "ledger.db", "ledger.sql", "ledger.csv", "van.csv", "truth.json" })
            QVERIFY2(QFile::exists(QDir(m_data[i]).filePath(QLatin1String(f))), f);
    }
}

void TestCli::versionIsPrinted()
{
    const Run r = cli({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral(PAYRECON_VERSION)), qPrintable(describe(r)));
}

void TestCli::reportMatchesTruth_data()
{
    QTest::addColumn<int>("dataset");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("fromSqlite");
    QTest::newRow("kvan-cp949, ledger from SQLite") << 0 << QStringLiteral("kvan-cp949") << true;
    QTest::newRow("kvan-cp949, ledger from CSV") << 0 << QStringLiteral("kvan-cp949") << false;
    QTest::newRow("kvan-cp949-signed, ledger from SQLite") << 1 << QStringLiteral("kvan-cp949-signed") << true;
    QTest::newRow("kvan-cp949-signed, ledger from CSV") << 1 << QStringLiteral("kvan-cp949-signed") << false;
}

void TestCli::reportMatchesTruth()
{
    QFETCH(int, dataset);
    QFETCH(QString, profile);
    QFETCH(bool, fromSqlite);
    const QDir dir(m_data[dataset]);
    const QString report
        = dir.filePath(fromSqlite ? QStringLiteral("report-sqlite.json") : QStringLiteral("report-csv.json"));
    QStringList args = { QStringLiteral("reconcile") };
    if (fromSqlite)
        args << QStringLiteral("--ledger") << QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("ledger.db"));
    else
        args << QStringLiteral("--ledger-csv") << dir.filePath(QStringLiteral("ledger.csv"))
             << QStringLiteral("--ledger-profile") << QStringLiteral("canonical-utf8");
    args << QStringLiteral("--van") << dir.filePath(QStringLiteral("van.csv")) << QStringLiteral("--profile") << profile
         << QStringLiteral("--json") << report << QStringLiteral("--quiet");
    const QString csv = report + QStringLiteral(".csv");
    args << QStringLiteral("--csv") << csv;
    const Run r = cli(args);
    QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));

    const QJsonObject actual = readJson(report);
    const QJsonObject truth = readJson(dir.filePath(QStringLiteral("truth.json")));
    QVERIFY2(!actual.isEmpty(), "the report is missing or not JSON");
    compareSummary(actual, truth);
    if (QTest::currentTestFailed())
        return;
    const QStringList got = outcomeKeys(actual.value(u"rows").toArray());
    const QStringList want = outcomeKeys(truth.value(u"discrepancies").toArray());
    QVERIFY2(got == want, qPrintable(difference(got, want)));
    QCOMPARE(actual.value(u"rejected").toArray().size(), 0);
    // Every line of the VAN file is accounted for, and the file holds what its total line says.
    const QJsonObject lines = actual.value(u"summary").toObject().value(u"van_lines").toObject();
    QVERIFY2(lines.value(u"balanced").toBool(), QJsonDocument(lines).toJson().constData());
    QCOMPARE(lines.value(u"records").toInteger(), truth.value(u"summary").toObject().value(u"van_records").toInteger());
    const QJsonObject total = actual.value(u"summary").toObject().value(u"control_total").toObject();
    QVERIFY2(total.value(u"state").toString() == u"agrees", QJsonDocument(total).toJson().constData());

    // The CSV holds the same discrepancies as the JSON, one CRLF line each after the header, for Excel.
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), 1 + actual.value(u"rows").toArray().size());
}

void TestCli::cleanRunExitsZero()
{
    // The ledger against itself, once its injected duplicates (identical adjacent lines) are dropped: the same
    // records on both sides, nothing to report.
    const QString source = QDir(m_data[0]).filePath(QStringLiteral("ledger.csv"));
    QFile in(source);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString clean = m_dir.filePath(QStringLiteral("clean.csv"));
    QFile out(clean);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QByteArray previous;
    qint64 dropped = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (line == previous) {
            ++dropped;
            continue;
        }
        out.write(line);
        previous = line;
    }
    out.close();
    QVERIFY(dropped > 0);

    const QString report = m_dir.filePath(QStringLiteral("clean.json"));
    const Run r
        = cli({ QStringLiteral("reconcile"), QStringLiteral("--ledger-csv"), clean, QStringLiteral("--ledger-profile"),
            QStringLiteral("canonical-utf8"), QStringLiteral("--van"), clean, QStringLiteral("--profile"),
            QStringLiteral("canonical-utf8"), QStringLiteral("--json"), report, QStringLiteral("--quiet") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject json = readJson(report);
    const QJsonObject s = json.value(u"summary").toObject();
    QCOMPARE(s.value(u"discrepancies").toInteger(), 0);
    QVERIFY(s.value(u"statuses").toObject().value(u"matched").toObject().value(u"count").toInteger() > 3000);
    QCOMPARE(s.value(u"ledger_net_won").toInteger(), s.value(u"van_net_won").toInteger());
    QCOMPARE(json.value(u"rows").toArray().size(), 0);
}

void TestCli::failedControlTotalComesFirstAndExitsThree()
{
    // The generated file with its total amount changed: every record still reconciles as before, the file no
    // longer holds what its last line says.
    const QDir dir(m_data[0]);
    QFile in(dir.filePath(QStringLiteral("van.csv")));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    const qsizetype amountAt = bytes.lastIndexOf(',') + 1;
    QVERIFY(amountAt > 0);
    bytes.replace(amountAt, bytes.size() - amountAt, "1\n");
    const QString doctored = m_dir.filePath(QStringLiteral("doctored.csv"));
    QFile out(doctored);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();

    const QString report = m_dir.filePath(QStringLiteral("doctored.json"));
    const Run r = cli({ QStringLiteral("reconcile"), QStringLiteral("--ledger"),
        QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("ledger.db")), QStringLiteral("--van"), doctored,
        QStringLiteral("--profile"), QStringLiteral("kvan-cp949"), QStringLiteral("--json"), report,
        QStringLiteral("--no-store") });
    QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
    QVERIFY2(r.out.startsWith(QStringLiteral("CONTROL TOTAL FAILED: ") + doctored), qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QStringLiteral("1 won")), qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QStringLiteral("Lines: ")), qPrintable(describe(r)));
    const QJsonObject summary = readJson(report).value(u"summary").toObject();
    const QJsonObject total = summary.value(u"control_total").toObject();
    QCOMPARE(total.value(u"state").toString(), QStringLiteral("differs"));
    QCOMPARE(total.value(u"expected_won").toInteger(), 1);
    QVERIFY(total.value(u"read_won").toInteger() > 1);
    QVERIFY(total.value(u"failed").toBool());
    QVERIFY(summary.value(u"van_lines").toObject().value(u"balanced").toBool());

    // --quiet still says it, on standard error.
    const Run quiet = cli({ QStringLiteral("reconcile"), QStringLiteral("--ledger"),
        QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("ledger.db")), QStringLiteral("--van"), doctored,
        QStringLiteral("--profile"), QStringLiteral("kvan-cp949"), QStringLiteral("--quiet"),
        QStringLiteral("--no-store") });
    QCOMPARE(quiet.exitCode, 3);
    QVERIFY(quiet.out.isEmpty());
    QVERIFY2(quiet.err.contains(QStringLiteral("control total says")), qPrintable(describe(quiet)));
}

void TestCli::missingVanFileIsBadInput()
{
    const QString missing = m_dir.filePath(QStringLiteral("no-such-van.csv"));
    const Run r = cli({ QStringLiteral("reconcile"), QStringLiteral("--ledger-csv"),
        QDir(m_data[0]).filePath(QStringLiteral("ledger.csv")), QStringLiteral("--van"), missing,
        QStringLiteral("--profile"), QStringLiteral("kvan-cp949"), QStringLiteral("--quiet") });
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(missing), qPrintable(describe(r)));
}

void TestCli::headerWithoutMappedColumnIsBadInput()
{
    // A canonical file read as kvan-cp949: none of the Korean header names are there.
    const QString ledger = QDir(m_data[0]).filePath(QStringLiteral("ledger.csv"));
    const Run r = cli({ QStringLiteral("reconcile"), QStringLiteral("--ledger-csv"), ledger, QStringLiteral("--van"),
        ledger, QStringLiteral("--profile"), QStringLiteral("kvan-cp949-signed"), QStringLiteral("--quiet") });
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(ledger), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("거래고유번호")), qPrintable(describe(r)));
}

void TestCli::shippedExamplesDecodeToTheSameRecords()
{
    // docs/examples holds one VAN batch written in each built-in layout: read as the VAN side against the
    // canonical copy as the ledger, every layout must decode without a rejected row to the same outcomes.
    const QDir examples(QStringLiteral(PAYRECON_EXAMPLES_DIR));
    const QString ledger = examples.filePath(QStringLiteral("canonical-utf8.csv"));
    QJsonObject first;
    for (const QString &profile :
        { QStringLiteral("canonical-utf8"), QStringLiteral("kvan-cp949"), QStringLiteral("kvan-cp949-signed") }) {
        const QString report = m_dir.filePath(profile + QStringLiteral("-example.json"));
        const Run r = cli({ QStringLiteral("reconcile"), QStringLiteral("--ledger-csv"), ledger,
            QStringLiteral("--van"), examples.filePath(profile + QStringLiteral(".csv")), QStringLiteral("--profile"),
            profile, QStringLiteral("--json"), report, QStringLiteral("--quiet") });
        QVERIFY2(r.exitCode == 0 || r.exitCode == 3, qPrintable(describe(r)));
        QJsonObject s = readJson(report).value(u"summary").toObject();
        QCOMPARE(s.value(u"rejected_rows").toInteger(), 0);
        // The lines and the total line describe each file's layout; the rest must be the same for every layout.
        QVERIFY(s.take(u"van_lines").toObject().value(u"balanced").toBool());
        const QJsonValue total = s.take(u"control_total");
        QVERIFY(total.isUndefined() || total.toObject().value(u"state").toString() == u"agrees");
        QVERIFY(s.value(u"van_records").toInteger() > 10);
        QCOMPARE(s.value(u"van_records").toInteger(), s.value(u"ledger_records").toInteger());
        QCOMPARE(s.value(u"van_net_won").toInteger(), s.value(u"ledger_net_won").toInteger());
        QCOMPARE(s.value(u"statuses").toObject().value(u"mismatched").toObject().value(u"count").toInteger(), 0);
        if (first.isEmpty())
            first = s;
        else
            QCOMPARE(s, first);
    }
}

void TestCli::dateRangeSelectsLedgerRows()
{
    // The generated business day is 2026-11-24 (Asia/Seoul): a range on it keeps every ledger record; the day
    // after keeps none, which is a wrong day: refused with nothing written, unless --force (then every VAN record
    // is VAN-only). A range on a CSV ledger is refused.
    const QDir dir(m_data[0]);
    const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("ledger.db"));
    const QJsonObject truth = readJson(dir.filePath(QStringLiteral("truth.json"))).value(u"summary").toObject();
    auto run = [&](const QString &day, QJsonObject *summary, const QStringList &extra = {}) {
        const QString report
            = m_dir.filePath(QStringLiteral("range-") + day + extra.join(QString()) + QStringLiteral(".json"));
        const Run r
            = cli(QStringList { QStringLiteral("reconcile"), QStringLiteral("--ledger"), url, QStringLiteral("--from"),
                      day, QStringLiteral("--to"), day, QStringLiteral("--van"),
                      dir.filePath(QStringLiteral("van.csv")), QStringLiteral("--profile"),
                      QStringLiteral("kvan-cp949"), QStringLiteral("--json"), report, QStringLiteral("--quiet") }
                + extra);
        *summary = QFile::exists(report) ? readJson(report).value(u"summary").toObject() : QJsonObject();
        return r;
    };
    QJsonObject same;
    const Run a = run(QStringLiteral("2026-11-24"), &same);
    QVERIFY2(a.exitCode == 3, qPrintable(describe(a)));
    QCOMPARE(same.value(u"ledger_records").toInteger(), truth.value(u"ledger_records").toInteger());

    QJsonObject refused;
    const Run wrongDay = run(QStringLiteral("2026-11-25"), &refused);
    QVERIFY2(wrongDay.exitCode == 2, qPrintable(describe(wrongDay)));
    QVERIFY2(wrongDay.err.contains(QLatin1String("no rows")), qPrintable(describe(wrongDay)));
    QVERIFY2(wrongDay.err.contains(QLatin1String("--force")), qPrintable(describe(wrongDay)));
    QVERIFY2(refused.isEmpty(), "a refused run wrote its JSON report");

    QJsonObject after;
    const Run b = run(QStringLiteral("2026-11-25"), &after, { QStringLiteral("--force") });
    QVERIFY2(b.exitCode == 3, qPrintable(describe(b)));
    QCOMPARE(after.value(u"ledger_records").toInteger(), 0);
    QCOMPARE(after.value(u"statuses").toObject().value(u"van_only").toObject().value(u"count").toInteger()
            + after.value(u"statuses").toObject().value(u"duplicate").toObject().value(u"count").toInteger(),
        truth.value(u"van_records").toInteger());

    const Run c = cli({ QStringLiteral("reconcile"), QStringLiteral("--ledger-csv"),
        dir.filePath(QStringLiteral("ledger.csv")), QStringLiteral("--from"), QStringLiteral("2026-11-24"),
        QStringLiteral("--van"), dir.filePath(QStringLiteral("van.csv")), QStringLiteral("--profile"),
        QStringLiteral("kvan-cp949"), QStringLiteral("--quiet") });
    QVERIFY2(c.exitCode == 2, qPrintable(describe(c)));
    QVERIFY2(c.err.contains(QStringLiteral("--from")), qPrintable(describe(c)));
}

void TestCli::demoCommandCreatesAndReconcilesTheDemo()
{
    const QString dir = m_dir.filePath(QStringLiteral("demo"));
    const QString report = m_dir.filePath(QStringLiteral("demo.json"));
    const QStringList args { QStringLiteral("demo"), QStringLiteral("--dir"), dir, QStringLiteral("--rows"),
        QStringLiteral("800"), QStringLiteral("--json"), report };
    const Run first = cli(args);
    QVERIFY2(first.exitCode == 3, qPrintable(describe(first)));
    QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("ledger.db"))));
    QVERIFY2(first.out.contains(QStringLiteral("discrepancies")), qPrintable(describe(first)));
    const QJsonObject s1 = readJson(report).value(u"summary").toObject();
    QVERIFY(s1.value(u"discrepancies").toInteger() > 0);
    // The second run reuses the same files and so reports exactly the same figures.
    const Run second = cli(args);
    QVERIFY2(second.exitCode == 3, qPrintable(describe(second)));
    QVERIFY2(!second.out.contains(QStringLiteral("Created")), qPrintable(describe(second)));
    QCOMPARE(readJson(report).value(u"summary").toObject(), s1);
}

void TestCli::configShowMasksEverySecret()
{
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("PAYRECON_ES_URL"), QStringLiteral("https://es1.internal:9200"));
    env.insert(QStringLiteral("PAYRECON_ES_USER"), QStringLiteral("publisher"));
    env.insert(QStringLiteral("PAYRECON_ES_PASSWORD"), QStringLiteral("hunter2-es"));
    env.insert(QStringLiteral("PAYRECON_LEDGER_PASSWORD"), QStringLiteral("hunter2-db"));
    env.insert(QStringLiteral("PAYRECON_DISCORD_WEBHOOK"),
        QStringLiteral("https://discord.com/api/webhooks/1234567890/TOPSECRETTOKEN"));
    env.insert(QStringLiteral("PAYRECON_STORE"), home.filePath(QStringLiteral("store.sqlite")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PAYRECON_CLI_PATH), { QStringLiteral("config"), QStringLiteral("show") });
    QVERIFY(p.waitForFinished(30000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QCOMPARE(p.exitCode(), 0);
    for (const char *secret : { "hunter2-es", "hunter2-db", "TOPSECRETTOKEN" })
        QVERIFY2(!output.contains(QLatin1String(secret)), secret);
    for (const char *shown :
        { "es1.internal", "publisher", "****", "store.sqlite", "PAYRECON_DISCORD_WEBHOOK", "1000000 won" })
        QVERIFY2(output.contains(QLatin1String(shown)), qPrintable(QString::fromLatin1(shown) + u'\n' + output));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
