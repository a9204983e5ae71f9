// `payrecon-cli reconcile --pdf` end to end through the real executable, headless (no QT_QPA_PLATFORM, no
// display): the PDF exists, is a PDF, and its text holds the run's figures, Korean merchant names, the input
// files' hashes and the approval block; an unwritable path fails with exit code 1 and no report.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

namespace {

Run cli(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Headless as under cron, in English so the expected words are known.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR")); // as under cron
    // Every reconcile records its run: into this test's own store, never the user's.
    env.remove(QStringLiteral("PAYRECON_STORE_URL"));
    env.insert(QStringLiteral("PAYRECON_STORE"), qEnvironmentVariable("PAYRECON_TEST_STORE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return runProgram(QStringLiteral(PAYRECON_CLI_PATH), arguments, env);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QByteArray Header = "transaction_id,kind,amount,approval_no,occurred_at,card_number,card_company,merchant_id,"
                          "merchant_name,customer_id,category,installment_months\n";

} // namespace

class TestCliPdf final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reconcileWritesThePdfReport();
    void unwritablePdfPathFails();
    void withoutAStoreThePdfSaysSo();
    void reportOfAStoredRunWritesThePdf();

private:
    QStringList reconcileArgs() const;

    QTemporaryDir m_dir;
    QString m_ledger;
    QString m_van;
};

void TestCliPdf::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PAYRECON_CLI_PATH)));
    QVERIFY(m_dir.isValid());
    qputenv("PAYRECON_TEST_STORE", m_dir.filePath(QStringLiteral("store.sqlite")).toUtf8());
    m_ledger = m_dir.filePath(QStringLiteral("ledger.csv"));
    m_van = m_dir.filePath(QStringLiteral("van.csv"));
    // Two merchants; one amount mismatch, one ledger-only cancellation, one VAN-only approval, one bad row.
    QVERIFY(writeFile(m_ledger,
        Header
            + "T1,approval,1250000,30010001,2026-11-24 09:00:00,411111******1111,신한카드,M001,강남점 커피,C1,카페,0\n"
              "T2,approval,8900,30010002,2026-11-24 10:15:00,540926******1234,국민카드,M001,강남점 커피,C2,카페,0\n"
              "T3,cancel,4500,30010003,2026-11-24 13:30:00,540926******1234,국민카드,M002,홍대점 베이커리,C3,빵,0\n"
              "T5,approval,32000,30010005,2026-11-24 18:45:00,411111******1111,신한카드,M002,홍대점 "
              "베이커리,C1,빵,0\n"));
    QVERIFY(writeFile(m_van,
        Header
            + "T1,approval,1250000,30010001,2026-11-24 09:00:02,411111******1111,신한카드,M001,강남점 커피,C1,카페,0\n"
              "T2,approval,9800,30010002,2026-11-24 10:15:01,540926******1234,국민카드,M001,강남점 커피,C2,카페,0\n"
              "T4,approval,15000,30010004,2026-11-24 21:05:00,411111******1111,신한카드,M002,홍대점 베이커리,C4,빵,0\n"
              "T5,approval,32000,30010005,2026-11-24 18:45:01,411111******1111,신한카드,M002,홍대점 베이커리,C1,빵,0\n"
              "T6,approval,abc,30010006,2026-11-24 19:00:00,411111******1111,신한카드,M002,홍대점 베이커리,C1,빵,0\n"));
}

QStringList TestCliPdf::reconcileArgs() const
{
    return { QStringLiteral("reconcile"), QStringLiteral("--ledger-csv"), m_ledger, QStringLiteral("--van"), m_van,
        QStringLiteral("--profile"), QStringLiteral("canonical-utf8"), QStringLiteral("--quiet"),
        QStringLiteral("--operator"), QStringLiteral("박재무") };
}

void TestCliPdf::reconcileWritesThePdfReport()
{
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const Run r = cli(reconcileArgs() << QStringLiteral("--pdf") << pdf);
    QVERIFY2(r.exitCode == 3, qPrintable(describe(r))); // discrepancies found
    // --quiet under cron: nothing on stdout, and no start-up chatter from Qt's platform plugin on stderr.
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(!r.err.contains(QStringLiteral("XDG_RUNTIME_DIR")), qPrintable(describe(r)));
    QFile f(pdf);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(describe(r)));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be checked");
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput())
                             .replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));

    QFile van(m_van);
    QVERIFY(van.open(QIODevice::ReadOnly));
    const QString vanHash
        = QString::fromLatin1(QCryptographicHash::hash(van.readAll(), QCryptographicHash::Sha256).toHex());
    const QString expected[] = {
        QStringLiteral("강남점 커피"),
        QStringLiteral("홍대점 베이커리"),
        QStringLiteral("박재무"),
        QStringLiteral("2026-11-24 to 2026-11-24"),
        QStringLiteral("Run 1"), // recorded in the store before the PDF was written
        QStringLiteral("ledger.csv"),
        QStringLiteral("van.csv"),
        vanHash,
        // Matched T1 and T5: 2 outcomes, ₩1,282,000 on each side.
        QStringLiteral("Matched 2 ₩1,282,000 ₩1,282,000"),
        QStringLiteral("Mismatched 1 ₩8,900 ₩9,800"),
        // Net: ledger 1,250,000 + 8,900 - 4,500 + 32,000; VAN 1,250,000 + 9,800 + 15,000 + 32,000.
        QStringLiteral("₩1,286,400"),
        QStringLiteral("₩1,306,800"),
        QStringLiteral("Discrepancies (3)"),
        QStringLiteral("Input rows that could not be read: 1. All are listed."),
        QStringLiteral("Prepared by"),
        QStringLiteral("Approved by"),
        QStringLiteral("Page 1 of 2"),
    };
    for (const QString &s : expected)
        QVERIFY2(text.contains(s), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(s, text.left(5000))));
}

void TestCliPdf::unwritablePdfPathFails()
{
    const QString pdf = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    const Run r = cli(reconcileArgs() << QStringLiteral("--pdf") << pdf);
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(pdf), qPrintable(describe(r)));
    QVERIFY(!QFile::exists(pdf));
}

void TestCliPdf::withoutAStoreThePdfSaysSo()
{
    const QString pdf = m_dir.filePath(QStringLiteral("unstored.pdf"));
    const Run r = cli(reconcileArgs() << QStringLiteral("--no-store") << QStringLiteral("--pdf") << pdf);
    QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
    QVERIFY(QFile::exists(pdf));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be checked");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Run +Not stored"))), qPrintable(text.left(2000)));
}

void TestCliPdf::reportOfAStoredRunWritesThePdf()
{
    // Run 1 was recorded by reconcileWritesThePdfReport; its report is rebuilt from the store.
    const QString pdf = m_dir.filePath(QStringLiteral("run1.pdf"));
    const Run r
        = cli({ QStringLiteral("report"), QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--pdf"), pdf });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(!r.err.contains(QStringLiteral("XDG_RUNTIME_DIR")), qPrintable(describe(r)));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be checked");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput())
                             .replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
    const QString expected[] = { QStringLiteral("Run 1"), QStringLiteral("강남점 커피"), QStringLiteral("박재무"),
        QStringLiteral("Discrepancies (3)"), QStringLiteral("T2"), QStringLiteral("Approved by") };
    for (const QString &s : expected)
        QVERIFY2(text.contains(s), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(s, text.left(5000))));
}

QTEST_GUILESS_MAIN(TestCliPdf)
#include "tst_clipdf.moc"
