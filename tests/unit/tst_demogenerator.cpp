// The demo dataset and the VAN file writer: determinism, every discrepancy class, truth that agrees with the
// engine, and files that CsvImporter reads back field for field in each built-in layout.
#include "demo/demogenerator.h"
#include "demo/vanfilewriter.h"
#include "import/csvimporter.h"
#include "reconcile/reconengine.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <numeric>

namespace {

VanProfile builtIn(const QString &name)
{
    QString error;
    const auto p = VanProfile::load(name, &error);
    if (!p)
        qFatal("%s", qPrintable(error));
    return *p;
}

// ICU's "CP949" is IBM-949; Korean VAN files are Windows' UHC.
QByteArray cp949(const QString &text)
{
    QStringEncoder e("windows-949");
    return e.encode(text);
}

QString fromCp949(const QByteArray &bytes)
{
    QStringDecoder d("windows-949");
    return d.decode(bytes);
}

qint64 seoulMs(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone("Asia/Seoul")).toMSecsSinceEpoch();
}

struct Row
{
    const char *id;
    PaymentKind kind;
    qint64 amount;
    const char *approvalNo;
    qint64 ms;
    const char *card;
    const char *company;
    const char *merchantId;
    const char *merchantName;
    const char *customerId;
    const char *category;
    int installment;
};

/// Values that stress a writer: leading zeros, Korean text, delimiters, quotes and a line break inside fields,
/// midnight on both sides of the UTC date line, empty optional fields, a very large amount. Without
/// lineBreak the name that holds a line break holds a space instead, for profiles whose fields do not span lines.
RecordTable trickyTable(bool lineBreak = true)
{
    const Row rows[] = {
        { "000000000123", PaymentKind::Approval, 1250000, "00012345", seoulMs(2026, 11, 24, 0, 0, 0),
            "451842******1234", "신한카드", "0012345678", "맘스터치, 선릉역점", "C0000001", "식음료", 0 },
        { "000000000123", PaymentKind::Cancel, 300000, "00012345", seoulMs(2026, 11, 24, 8, 59, 59), "451842******1234",
            "신한카드", "0012345678", "맘스터치, 선릉역점", "C0000001", "식음료", 0 },
        { "0042", PaymentKind::Approval, 5500, "99999999", seoulMs(2026, 11, 24, 9, 0, 0), "536181******0001",
            "삼성카드", "0000000001", "카페 \"봄날\"", "C0000002", "식음료", 0 },
        { "A-77", PaymentKind::Approval, 3000000, "10000000", seoulMs(2026, 11, 24, 12, 30, 5), "402857******9999",
            "현대카드", "M7", "A|B 상사; 본점", "", "", 12 },
        { "001621027661", PaymentKind::Approval, 74300, "23581722", seoulMs(2026, 11, 24, 13, 1, 2), "540926******2854",
            "KB국민카드", "0031279190", "CU 삼성중앙점", "C0000032", "생활용품", 3 },
        { "001621027662", PaymentKind::Cancel, 74300, "23581723", seoulMs(2026, 11, 24, 13, 1, 3), "540926******2854",
            "KB국민카드", "0031279190", lineBreak ? "줄\n바꿈 상점" : "줄 바꿈 상점", "C0000032", "생활용품", 0 },
        { "009", PaymentKind::Approval, 99999999999LL, "00000000", seoulMs(2026, 11, 24, 23, 59, 59),
            "546112******2024", "NH농협카드", "0031239595", "이디야커피 논현점", "C0000026", "의료", 6 },
        { "010", PaymentKind::Approval, 100, "12", seoulMs(2026, 11, 25, 0, 0, 1), "", "BC카드", "", "교보문고", "C1",
            "도서", 2 },
    };
    RecordTable t;
    for (const Row &r : rows) {
        RecordView v;
        v.transactionId = r.id;
        v.kind = r.kind;
        v.amount = r.amount;
        v.approvalNo = r.approvalNo;
        v.occurredAtMs = r.ms;
        v.cardNumber = r.card;
        v.cardCompany = r.company;
        v.merchantId = r.merchantId;
        v.merchantName = r.merchantName;
        v.customerId = r.customerId;
        v.category = r.category;
        v.installmentMonths = r.installment;
        v.sourceLine = t.size() + 1;
        t.append(v);
    }
    return t;
}

QString describe(const PaymentRecord &r)
{
    return QStringLiteral("%1/%2 %3 won appr %4 at %5 card %6 %7 merchant %8 %9 customer %10 %11 inst %12")
        .arg(r.transactionId, PaymentKinds::toString(r.kind))
        .arg(r.amount)
        .arg(r.approvalNo, r.occurredAt.toString(Qt::ISODate), r.cardNumber, r.cardCompany, r.merchantId,
            r.merchantName, r.customerId, r.category)
        .arg(r.installmentMonths);
}

/// Every record of a, field by field, equals b's; the first difference is the failure message.
bool sameRecords(const RecordTable &a, const RecordTable &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("%1 records written, %2 read back").arg(a.size()).arg(b.size());
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        const PaymentRecord x = a.record(i);
        const PaymentRecord y = b.record(i);
        if (x != y) {
            *why = QStringLiteral("record %1:\n  wrote %2\n  read  %3").arg(i).arg(describe(x), describe(y));
            return false;
        }
    }
    return true;
}

QByteArray writeToMemory(const RecordTable &t, const VanProfile &p, const VanWriteOptions &o, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!VanFileWriter::write(buffer, t, p, o, QStringLiteral("<memory>"), error))
        return {};
    return buffer.data();
}

QString firstRejected(const ImportResult &r)
{
    if (r.rejected.empty())
        return {};
    const RejectedRow &x = r.rejected.front();
    return QStringLiteral("line %1 column %2: %3: %4").arg(x.line).arg(x.column, x.reason, x.value);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

QJsonArray engineRows(const ReconResult &r, const RecordTable &ledger, const RecordTable &van)
{
    QJsonArray rows;
    for (const ReconRow &row : r.rows) {
        if (row.status == ReconStatus::Matched)
            continue;
        const bool fromLedger = row.ledgerRow >= 0;
        const RecordTable &t = fromLedger ? ledger : van;
        const qsizetype i = fromLedger ? row.ledgerRow : row.vanRow;
        rows.append(QJsonObject { { QStringLiteral("transaction_id"), QString::fromUtf8(t.transactionId(i)) },
            { QStringLiteral("kind"), PaymentKinds::toString(t.kind(i)) },
            { QStringLiteral("status"), ReconStatuses::toString(row.status) },
            { QStringLiteral("reasons"), QJsonArray::fromStringList(ReconStatuses::reasonNames(row.reasons)) },
            { QStringLiteral("side"), ReconStatuses::sideName(row.duplicateSide) } });
    }
    return rows;
}

} // namespace

class TestDemoGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedGivesByteIdenticalFiles();
    void differentSeedGivesDifferentData();
    void truthHoldsEveryDiscrepancyClass();
    void truthAgreesWithEngine_data();
    void truthAgreesWithEngine();
    void writerRoundTripsTrickyValues_data();
    void writerRoundTripsTrickyValues();
    void writerRoundTripsGeneratedData_data();
    void writerRoundTripsGeneratedData();
    void writerLaysOutKoreanVanFile();
    void writerMasksFullCardNumbers();
    void writerRefusesWhatTheLayoutCannotHold();
    void generateRejectsBadOptions();
};

void TestDemoGenerator::sameSeedGivesByteIdenticalFiles()
{
    QTemporaryDir a;
    QTemporaryDir b;
    DemoOptions o;
    o.rows = 700;
    o.seed = 11;
    QString error;
    QVERIFY2(DemoGenerator(o).generate(a.path(), &error), qPrintable(error));
    QVERIFY2(DemoGenerator(o).generate(b.path(), &error), qPrintable(error));
    const QStringList files = { QStringLiteral("ledger.db"), QStringLiteral("ledger.sql"), QStringLiteral("ledger.csv"),
        QStringLiteral("van.csv"), QStringLiteral("truth.json") };
    for (const QString &f : files) {
        const QByteArray x = readFile(a.filePath(f));
        QVERIFY2(!x.isEmpty(), qPrintable(f));
        QVERIFY2(x == readFile(b.filePath(f)), qPrintable(f + QStringLiteral(" differs between two runs")));
    }
}

void TestDemoGenerator::differentSeedGivesDifferentData()
{
    QTemporaryDir a;
    QTemporaryDir b;
    DemoOptions o;
    o.rows = 300;
    o.sqlite = o.mysqlDump = false;
    QString error;
    o.seed = 1;
    QVERIFY2(DemoGenerator(o).generate(a.path(), &error), qPrintable(error));
    o.seed = 2;
    QVERIFY2(DemoGenerator(o).generate(b.path(), &error), qPrintable(error));
    for (const QString &f : { QStringLiteral("ledger.csv"), QStringLiteral("van.csv"), QStringLiteral("truth.json") })
        QVERIFY2(readFile(a.filePath(f)) != readFile(b.filePath(f)), qPrintable(f));
    QVERIFY(!QFile::exists(a.filePath(QStringLiteral("ledger.db"))));
    QVERIFY(!QFile::exists(a.filePath(QStringLiteral("ledger.sql"))));
}

void TestDemoGenerator::truthHoldsEveryDiscrepancyClass()
{
    QTemporaryDir dir;
    DemoOptions o;
    o.rows = 3000;
    o.seed = 7;
    o.sqlite = o.mysqlDump = false;
    DemoGenerator g(o);
    QString error;
    QVERIFY2(g.generate(dir.path(), &error), qPrintable(error));

    const std::vector<qint64> defects = g.defectCounts();
    const qint64 keys = std::accumulate(defects.begin(), defects.end(), qint64(0));
    for (int d = 1; d < DemoGenerator::DefectCount; ++d) {
        QVERIFY2(defects[size_t(d)] > 0, qPrintable(QStringLiteral("defect %1 never injected").arg(d)));
        // Between 0.5% and 1% of keys each.
        QVERIFY2(defects[size_t(d)] * 1000 >= keys * 4 && defects[size_t(d)] * 1000 <= keys * 11,
            qPrintable(QStringLiteral("defect %1 on %2 keys").arg(d).arg(defects[size_t(d)])));
    }

    const QJsonObject truth = readJson(dir.filePath(QStringLiteral("truth.json")));
    QCOMPARE(truth.value(u"seed").toInteger(), 7);
    QCOMPARE(truth.value(u"rows").toInteger(), 3000);
    QCOMPARE(truth.value(u"profile").toString(), QStringLiteral("kvan-cp949"));
    const QJsonObject summary = truth.value(u"summary").toObject();
    const QJsonObject statuses = summary.value(u"statuses").toObject();
    for (const char *s : { "matched", "mismatched", "ledger_only", "van_only", "duplicate" })
        QVERIFY2(statuses.value(QLatin1String(s)).toObject().value(u"count").toInteger() > 0, s);
    const QJsonObject reasons = summary.value(u"reasons").toObject();
    for (const char *r : { "amount", "approval_no" })
        QVERIFY2(reasons.value(QLatin1String(r)).toObject().value(u"count").toInteger() > 0, r);

    QSet<QString> seen;
    QSet<QString> cancels;
    for (const QJsonValue &v : truth.value(u"discrepancies").toArray()) {
        const QJsonObject d = v.toObject();
        seen << d.value(u"status").toString() + u'/'
                + d.value(u"reasons").toVariant().toStringList().join(QLatin1Char('+')) + u'/'
                + d.value(u"side").toString();
        if (d.value(u"kind").toString() == u"cancel")
            cancels << d.value(u"status").toString();
    }
    const QStringList expected = {
        QStringLiteral("mismatched/amount/"),
        QStringLiteral("mismatched/approval_no/"),
        QStringLiteral("mismatched/amount+approval_no/"),
        QStringLiteral("ledger_only//"),
        QStringLiteral("van_only//"),
        QStringLiteral("duplicate//ledger"),
        QStringLiteral("duplicate//van"),
        QStringLiteral("duplicate//both"),
    };
    for (const QString &e : expected)
        QVERIFY2(seen.contains(e), qPrintable(e));
    QCOMPARE(seen.size(), expected.size());
    QVERIFY2(!cancels.isEmpty(), "no discrepancy on a cancellation");

    // Ledger base approvals are what --rows counts; cancellations add about 4%.
    const qint64 ledgerRecords = summary.value(u"ledger_records").toInteger();
    QVERIFY2(ledgerRecords > 3000 && ledgerRecords < 3300, qPrintable(QString::number(ledgerRecords)));
}

void TestDemoGenerator::truthAgreesWithEngine_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("kvan-cp949") << QStringLiteral("kvan-cp949") << quint64(7);
    QTest::newRow("kvan-cp949-signed") << QStringLiteral("kvan-cp949-signed") << quint64(8);
    QTest::newRow("canonical-utf8") << QStringLiteral("canonical-utf8") << quint64(9);
}

void TestDemoGenerator::truthAgreesWithEngine()
{
    QFETCH(QString, profile);
    QFETCH(quint64, seed);
    QTemporaryDir dir;
    DemoOptions o;
    o.rows = 4000;
    o.seed = seed;
    o.vanProfile = profile;
    o.sqlite = o.mysqlDump = false;
    QString error;
    QVERIFY2(DemoGenerator(o).generate(dir.path(), &error), qPrintable(error));

    // Through the files, as the CLI reads them: the padded fields and the layout must not change an outcome.
    const ImportResult ledger
        = CsvImporter(builtIn(QStringLiteral("canonical-utf8"))).importFile(dir.filePath(QStringLiteral("ledger.csv")));
    QVERIFY2(ledger.ok(), qPrintable(ledger.error));
    QCOMPARE(ledger.rejectedCount, 0);
    const ImportResult van = CsvImporter(builtIn(profile)).importFile(dir.filePath(QStringLiteral("van.csv")));
    QVERIFY2(van.ok(), qPrintable(van.error));
    QVERIFY2(van.rejectedCount == 0, qPrintable(firstRejected(van)));
    const ReconResult r = ReconEngine().run(ledger.table, van.table);

    const QJsonObject truth = readJson(dir.filePath(QStringLiteral("truth.json")));
    QJsonObject summary = r.summary.toJson();
    summary.remove(QStringLiteral("rejected_rows"));
    summary.remove(QStringLiteral("discrepancies"));
    QCOMPARE(QJsonDocument(summary).toJson(), QJsonDocument(truth.value(u"summary").toObject()).toJson());
    // The truth lists outcomes in the engine's order, so the lists compare directly.
    QCOMPARE(QJsonDocument(engineRows(r, ledger.table, van.table)).toJson(),
        QJsonDocument(truth.value(u"discrepancies").toArray()).toJson());
}

void TestDemoGenerator::writerRoundTripsTrickyValues_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<bool>("grouped");
    QTest::addColumn<bool>("pad");
    QTest::addColumn<bool>("multiline");
    for (const QString &p :
        { QStringLiteral("canonical-utf8"), QStringLiteral("kvan-cp949"), QStringLiteral("kvan-cp949-signed") }) {
        QTest::addRow("%s plain", qPrintable(p)) << p << false << false << false << false;
        QTest::addRow("%s crlf", qPrintable(p)) << p << true << false << false << false;
        QTest::addRow("%s grouped amounts", qPrintable(p)) << p << false << true << false << false;
        QTest::addRow("%s padded", qPrintable(p)) << p << false << false << true << false;
        QTest::addRow("%s all", qPrintable(p)) << p << true << true << true << false;
        QTest::addRow("%s multi-line fields", qPrintable(p)) << p << false << false << false << true;
        QTest::addRow("%s multi-line fields, all", qPrintable(p)) << p << true << true << true << true;
    }
}

void TestDemoGenerator::writerRoundTripsTrickyValues()
{
    QFETCH(QString, profile);
    QFETCH(bool, crlf);
    QFETCH(bool, grouped);
    QFETCH(bool, pad);
    QFETCH(bool, multiline);
    VanProfile p = builtIn(profile);
    p.multilineFields = multiline;
    VanWriteOptions o;
    o.crlf = crlf;
    o.groupedAmounts = grouped;
    o.padFields = pad;
    QString error;
    if (!multiline) {
        // A line break would end the record for the reader of this profile: the writer refuses it.
        QVERIFY(writeToMemory(trickyTable(), p, o, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("line break")), qPrintable(error));
    }
    const RecordTable table = trickyTable(multiline);
    const QByteArray bytes = writeToMemory(table, p, o, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));

    QCOMPARE(bytes.contains("\r\n"), crlf);
    QCOMPARE(bytes.contains("  000000000123") || bytes.contains("  001621027661"), pad);
    QVERIFY(bytes.contains(grouped ? "1,250,000" : "1250000"));
    if (p.encoding == u"CP949") {
        QVERIFY2(!bytes.contains("신한카드"), "Korean text was not encoded as CP949");
        QVERIFY(bytes.contains(cp949(QStringLiteral("신한카드"))));
    }
    const ImportResult back = CsvImporter(p).importData(bytes);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QVERIFY2(back.rejectedCount == 0, qPrintable(firstRejected(back)));
    QString why;
    QVERIFY2(sameRecords(table, back.table, &why), qPrintable(why));
}

void TestDemoGenerator::writerRoundTripsGeneratedData_data()
{
    QTest::addColumn<QString>("profile");
    for (const QString &p :
        { QStringLiteral("canonical-utf8"), QStringLiteral("kvan-cp949"), QStringLiteral("kvan-cp949-signed") })
        QTest::newRow(qPrintable(p)) << p;
}

void TestDemoGenerator::writerRoundTripsGeneratedData()
{
    QFETCH(QString, profile);
    DemoOptions o;
    o.rows = 5000;
    o.seed = 3;
    const DemoGenerator g(o);
    const VanProfile p = builtIn(profile);
    VanWriteOptions w;
    w.crlf = true;
    w.padFields = true;
    w.groupedAmounts = profile == u"kvan-cp949";
    QString error;
    for (const RecordTable &table : { g.ledgerTable(), g.vanTable() }) {
        const QByteArray bytes = writeToMemory(table, p, w, &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        const ImportResult back = CsvImporter(p).importData(bytes);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QVERIFY2(back.rejectedCount == 0, qPrintable(firstRejected(back)));
        QString why;
        QVERIFY2(sameRecords(table, back.table, &why), qPrintable(why));
    }
}

void TestDemoGenerator::writerLaysOutKoreanVanFile()
{
    QString error;
    const RecordTable table = trickyTable(false);
    VanWriteOptions o;
    o.crlf = true;
    const QByteArray kvan = writeToMemory(table, builtIn(QStringLiteral("kvan-cp949")), o, &error);
    QVERIFY2(!kvan.isEmpty(), qPrintable(error));
    const QString text = fromCp949(kvan);
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    // Title, header, then records: the header names in the natural order, date and time split.
    QCOMPARE(lines.value(0), QStringLiteral("카드사 정산내역,2026-11-24~2026-11-25"));
    QCOMPARE(lines.value(1),
        QStringLiteral("거래번호,거래구분,승인금액,승인번호,거래일자,거래시간,카드번호,카드사,"
                       "가맹점번호,가맹점명,고객번호,업종,할부"));
    QCOMPARE(lines.value(2),
        QStringLiteral("000000000123,승인,1250000,00012345,20261124,000000,451842******1234,"
                       "신한카드,0012345678,\"맘스터치, 선릉역점\",C0000001,식음료,0"));
    QVERIFY(lines.value(3).startsWith(QStringLiteral("000000000123,취소,300000,")));
    QVERIFY(lines.contains(QStringLiteral("0042,승인,5500,99999999,20261124,090000,536181******0001,삼성카드,"
                                          "0000000001,\"카페 \"\"봄날\"\"\",C0000002,식음료,0")));
    // One footer line with the totals, then the final line end.
    QCOMPARE(lines.value(lines.size() - 2), QStringLiteral("합계,8건,100003955599"));
    QCOMPARE(lines.last(), QString());

    const QByteArray signedFile = writeToMemory(table, builtIn(QStringLiteral("kvan-cp949-signed")), {}, &error);
    const QStringList signedLines = fromCp949(signedFile).split(u'\n');
    QCOMPARE(signedLines.value(0),
        QStringLiteral("거래고유번호|매출금액|승인번호|매출일자|매출시각|카드번호|카드사명|"
                       "가맹점ID|가맹점명|회원번호|업종구분|할부개월"));
    QVERIFY(signedLines.value(2).startsWith(QStringLiteral("000000000123|-300000|00012345|2026-11-24|08:59:59|")));
    QVERIFY(signedFile.contains(cp949(QStringLiteral("|\"A|B 상사; 본점\"|"))));
    QCOMPARE(signedLines.value(signedLines.size() - 3), QStringLiteral("합계|8건|100003955599"));
    QCOMPARE(signedLines.value(signedLines.size() - 2), QStringLiteral("승인|6건|100004329899"));

    QCOMPARE(VanFileWriter::kindSpelling(builtIn(QStringLiteral("canonical-utf8")), PaymentKind::Cancel),
        QStringLiteral("취소"));
}

void TestDemoGenerator::writerMasksFullCardNumbers()
{
    // A test PAN that only ever exists in memory: the writer must mask it even if a table holds one.
    RecordTable t;
    RecordView v;
    v.transactionId = "1";
    v.amount = 1000;
    v.cardNumber = "4518421234567890";
    t.append(v);
    QString error;
    const QByteArray bytes = writeToMemory(t, builtIn(QStringLiteral("canonical-utf8")), {}, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    QVERIFY(!bytes.contains("4518421234567890"));
    QVERIFY(!bytes.contains("12345678"));
    QVERIFY(bytes.contains("451842******7890"));
}

void TestDemoGenerator::writerRefusesWhatTheLayoutCannotHold()
{
    QString error;
    RecordTable t;
    RecordView v;
    v.transactionId = "1";
    v.amount = 1000;
    v.merchantName = "Café 🙂"; // no CP949 code for the emoji
    t.append(v);
    QVERIFY(writeToMemory(t, builtIn(QStringLiteral("kvan-cp949")), {}, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("<memory>: line 3")) && error.contains(QStringLiteral("CP949")),
        qPrintable(error));

    // No kind column and no negative amounts: a cancellation has no way into the file.
    const auto p = VanProfile::fromJson(R"({"name": "approvals-only", "columns": {"transaction_id": "id",
        "amount": "amount", "occurred_at": "at"}})",
        &error);
    QVERIFY2(p, qPrintable(error));
    RecordTable cancels;
    v.merchantName = {};
    v.transactionId = "007";
    v.kind = PaymentKind::Cancel;
    cancels.append(v);
    QVERIFY(writeToMemory(cancels, *p, {}, &error).isEmpty());
    QVERIFY2(
        error.contains(QStringLiteral("007")) && error.contains(QStringLiteral("approvals-only")), qPrintable(error));

    VanWriteOptions o;
    o.titleLines = QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QVERIFY(writeToMemory(trickyTable(), builtIn(QStringLiteral("kvan-cp949")), o, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("title")), qPrintable(error));
}

void TestDemoGenerator::generateRejectsBadOptions()
{
    QTemporaryDir dir;
    QString error;
    DemoOptions o;
    o.rows = 0;
    QVERIFY(!DemoGenerator(o).generate(dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("rows")), qPrintable(error));
    o.rows = 10;
    o.vanProfile = QStringLiteral("no-such-profile");
    QVERIFY(!DemoGenerator(o).generate(dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("no-such-profile")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
