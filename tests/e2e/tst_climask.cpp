// No full card number anywhere: PANs in the card column, in other fields, in rejected rows, in a header that fails to
// match and in resolution notes go through payrecon-cli; every file it writes (reports, the store's bytes), its
// output and its logs are searched for each number in any written form.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

namespace {
/// Test PANs are assembled at run time so no full card number sits in the source as one literal.
QByteArray pan(std::initializer_list<const char *> groups, const char *separator = "")
{
    QByteArray out;
    for (const char *g : groups) {
        if (!out.isEmpty())
            out += separator;
        out += g;
    }
    return out;
}

QByteArray fullWidth(QByteArrayView ascii)
{
    QString out;
    for (const char c : ascii)
        out += c >= '0' && c <= '9' ? QChar(0xFF10 + (c - '0')) : c == '-' ? QChar(0xFF0D) : QChar(QLatin1Char(c));
    return out.toUtf8();
}

/// Every PAN of the test (Luhn-valid unless said), by where it is put.
struct Pans
{
    QByteArray ledgerCard = pan({ "4111", "1111", "1111", "1111" });
    QByteArray mistypedCard = pan({ "4111", "1111", "1111", "1112" }); // fails Luhn; the card column hides it anyway
    QByteArray merchantName = pan({ "5409", "2612", "3456", "7893" });
    QByteArray fullWidthName = pan({ "5105", "1051", "0510", "5100" });
    QByteArray rejectedRaw = pan({ "3782", "822463", "10005" });
    QByteArray rejectedValue = pan({ "4012", "8888", "8888", "1881" });
    QByteArray header = pan({ "3566", "0020", "2036", "0505" });
    QByteArray note = pan({ "6011", "0009", "9013", "9424" });
    QByteArray pairNote = pan({ "3530", "1113", "3330", "0000" });

    QList<QByteArray> all() const
    {
        return { ledgerCard, mistypedCard, merchantName, fullWidthName, rejectedRaw, rejectedValue, header, note,
            pairNote };
    }
};

/// The bytes with full-width digits made ASCII and separators, quotes and '=' dropped, so that a PAN in any written
/// form ("4111-1111…", "="4111…"", full-width) shows as its bare digits.
QByteArray digitsOnlyForm(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        if (c == 0xEF && i + 2 < bytes.size() && uchar(bytes[i + 1]) == 0xBC) {
            const uchar d = uchar(bytes[i + 2]);
            if (d >= 0x90 && d <= 0x99) {
                out += char('0' + (d - 0x90));
                i += 2;
                continue;
            }
            if (d >= 0x8D && d <= 0x8F) {
                i += 2;
                continue;
            }
        }
        if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '"' || c == '\'' || c == '=' || c == '\\')
            continue;
        out += char(c);
    }
    return out;
}

const QByteArray Header = "transaction_id,kind,amount,approval_no,occurred_at,card_number,card_company,merchant_id,"
                          "merchant_name,customer_id,category,installment_months\n";
} // namespace

class TestCliMask final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reconcileWritesNoFullCardNumber();
    void headerMismatchNamesTheColumnsWithoutTheNumber();
    void resolutionNotesAreStoredMasked();
    void noFileTheCliWroteHoldsAFullCardNumber();

private:
    Run cli(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &body);
    void expectNoPan(const QByteArray &bytes, const QString &where);
    QString itemId(const QString &transactionId);

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    Pans m_pans;
    QStringList m_inputs;
    QByteArray m_said; ///< everything the CLI printed, logs included
};

void TestCliMask::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("PAYRECON_STORE"), m_dir.filePath(QStringLiteral("store.sqlite")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("PAYRECON_OPERATOR"), QStringLiteral("kim"));
    m_env.remove(QStringLiteral("PAYRECON_STORE_URL"));
    // Every log line of every category, debug included, goes to standard error and is searched too.
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("payrecon.*=true"));
}

Run TestCliMask::cli(const QStringList &arguments)
{
    const Run r = runProgram(QStringLiteral(PAYRECON_CLI_PATH), arguments, m_env, 120000);
    m_said += r.out.toUtf8() + '\n' + r.err.toUtf8() + '\n';
    return r;
}

QString TestCliMask::write(const QString &name, const QByteArray &body)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(body);
    m_inputs << path;
    return path;
}

void TestCliMask::expectNoPan(const QByteArray &bytes, const QString &where)
{
    const QByteArray digits = digitsOnlyForm(bytes);
    for (const QByteArray &p : m_pans.all()) {
        QVERIFY2(!digits.contains(p),
            qPrintable(QStringLiteral("%1 holds the full card number %2…%3")
                           .arg(where, QString::fromLatin1(p.left(6)), QString::fromLatin1(p.right(4)))));
    }
}

QString TestCliMask::itemId(const QString &transactionId)
{
    const QString csv = m_dir.filePath(QStringLiteral("items-%1.csv").arg(transactionId));
    const Run r
        = cli({ QStringLiteral("report"), QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--csv"), csv });
    if (r.exitCode != 0)
        return {};
    QFile f(csv);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.contains(QByteArray(',' + transactionId.toUtf8() + ',')))
            return QString::fromUtf8(line.left(line.indexOf(',')));
    }
    return {};
}

void TestCliMask::reconcileWritesNoFullCardNumber()
{
    const Pans &p = m_pans;
    // A 16-digit transaction id that passes Luhn: an id is a key and is never altered.
    const QByteArray luhnId = pan({ "4000", "1234", "1234", "1234" });
    const QByteArray ledger = Header + "T100,승인,50000,A100,2026-11-24 10:00:00," + p.ledgerCard + ",KB국민카드,M1,"
        + "강남점 " + fullWidth(pan({ "5105", "1051", "0510", "5100" }, "-")) + ",C1,식음료,0\n" + luhnId
        + ",승인,7000,A101,2026-11-24 11:00:00," + pan({ "4111", "1111", "1111", "1112" }, "-")
        + ",신한카드,M1,강남점,C2,식음료,0\n"
        + "T102,승인,9000,A102,2026-11-24 12:00:00,557042******7729,KB국민카드,M1,강남점,C3,식음료,0\n";
    const QByteArray van = Header + "T100,승인,50000,A100,2026-11-24 10:00:00,\"=\"\"" + p.ledgerCard
        + "\"\"\",KB국민카드,M1,\"카드 " + pan({ "5409", "2612", "3456", "7893" }, "-") + " 고객\",C1,식음료,0\n"
        + luhnId + ",승인,7000,A101,2026-11-24 11:00:00," + pan({ "4111", "1111", "1111", "1112" }, " ")
        + ",신한카드,M1,강남점,C2,식음료,0\n"
        // A row with a field too many: its raw line is the rejected value.
        + "T104,승인,1000,A104,2026-11-24 13:00:00,557042******7729,KB국민카드,M1,가맹 "
        + pan({ "3782", "822463", "10005" }, " ")
        + ",extra,C4,식음료,0\n"
        // An unknown kind holding a card number: the rejected value itself.
        + "T105,VISA " + pan({ "4012", "8888", "8888", "1881" }, "-")
        + ",1000,A105,2026-11-24 14:00:00,557042******7729,KB국민카드,M1,강남점,C5,식음료,0\n"
        + "T106,승인,9000,A106,2026-11-24 12:00:00,557042******7729,KB국민카드,M1,강남점,C3,식음료,0\n";
    const QString json = m_dir.filePath(QStringLiteral("report.json"));
    const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
    const QString rejected = m_dir.filePath(QStringLiteral("rejected.csv"));
    const Run r = cli(
        { QStringLiteral("reconcile"), QStringLiteral("--ledger-csv"), write(QStringLiteral("ledger.csv"), ledger),
            QStringLiteral("--ledger-profile"), QStringLiteral("canonical-utf8"), QStringLiteral("--van"),
            write(QStringLiteral("van.csv"), van), QStringLiteral("--profile"), QStringLiteral("canonical-utf8"),
            QStringLiteral("--json"), json, QStringLiteral("--json-all"), QStringLiteral("--csv"), csv,
            QStringLiteral("--csv-all"), QStringLiteral("--rejected-csv"), rejected, QStringLiteral("--verbose") });
    QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("Recorded as run 1")), qPrintable(describe(r)));

    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QByteArray report = jsonFile.readAll();
    expectNoPan(report, QStringLiteral("the JSON report"));
    QVERIFY2(report.contains("411111******1111"), report.constData()); // the card column, canonical
    QVERIFY2(report.contains("411111******1112"), report.constData()); // fails Luhn, hidden all the same
    QVERIFY2(report.contains("카드 5409-26**-****-7893 고객"), report.constData()); // free text, masked in place
    QVERIFY2(report.contains(luhnId), report.constData()); // a transaction id is never masked
    QVERIFY2(report.contains("VISA 4012-88**-****-1881"), report.constData()); // the rejected value
    QVERIFY2(report.contains("3782 82**** *0005"), report.constData()); // inside the rejected raw line
}

void TestCliMask::headerMismatchNamesTheColumnsWithoutTheNumber()
{
    QByteArray header = Header;
    header.replace("card_number", QByteArray("카드 " + pan({ "3566", "0020", "2036", "0505" }, " ")));
    const QString van = write(QStringLiteral("bad-header.csv"),
        header + "T1,승인,1000,A1,2026-11-24 10:00:00,557042******7729,KB국민카드,M1,강남점,C1,식음료,0\n");
    const Run r = cli(
        { QStringLiteral("reconcile"), QStringLiteral("--ledger-csv"), m_dir.filePath(QStringLiteral("ledger.csv")),
            QStringLiteral("--ledger-profile"), QStringLiteral("canonical-utf8"), QStringLiteral("--van"), van,
            QStringLiteral("--profile"), QStringLiteral("canonical-utf8"), QStringLiteral("--no-store") });
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String("header has:")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("카드 3566 00** **** 0505")), qPrintable(describe(r)));
    expectNoPan(r.err.toUtf8(), QStringLiteral("the header error"));
}

void TestCliMask::resolutionNotesAreStoredMasked()
{
    const QString ledgerOnly = itemId(QStringLiteral("T102"));
    const QString vanOnly = itemId(QStringLiteral("T106"));
    QVERIFY2(!ledgerOnly.isEmpty() && !vanOnly.isEmpty(), "the open items of run 1");

    const Run paired = cli({ QStringLiteral("resolve"), QStringLiteral("--item"), ledgerOnly, QStringLiteral("--item"),
        vanOnly, QStringLiteral("--action"), QStringLiteral("pair"), QStringLiteral("--note"),
        QString::fromUtf8("같은 결제, 카드 " + pan({ "3530", "1113", "3330", "0000" }, ".")) });
    QVERIFY2(paired.exitCode == 0, qPrintable(describe(paired)));
    const Run undo = cli({ QStringLiteral("resolve"), QStringLiteral("--undo") });
    QVERIFY2(undo.exitCode == 0, qPrintable(describe(undo)));
    const Run off = cli({ QStringLiteral("resolve"), QStringLiteral("--item"), ledgerOnly, QStringLiteral("--action"),
        QStringLiteral("write_off"), QStringLiteral("--reason"), QStringLiteral("TEST"), QStringLiteral("--note"),
        QString::fromUtf8("고객이 카드번호 " + fullWidth(pan({ "6011", "0009", "9013", "9424" })) + " 를 알려 줌") });
    QVERIFY2(off.exitCode == 0, qPrintable(describe(off)));

    const QString audit = m_dir.filePath(QStringLiteral("audit.csv"));
    const Run exported = cli({ QStringLiteral("audit"), QStringLiteral("--csv"), audit });
    QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
    QFile f(audit);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray trail = f.readAll();
    QVERIFY2(trail.contains("같은 결제, 카드 3530.11**.****.0000"), trail.constData());
    QVERIFY2(trail.contains(QByteArray("고객이 카드번호 " + fullWidth("601100") + "******" + fullWidth("9424"))),
        trail.constData());
    expectNoPan(trail, QStringLiteral("the audit trail"));
    const Run verify = cli({ QStringLiteral("audit"), QStringLiteral("--verify") });
    QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify)));
}

void TestCliMask::noFileTheCliWroteHoldsAFullCardNumber()
{
    expectNoPan(m_said, QStringLiteral("the CLI's output and logs"));
    int files = 0;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (m_inputs.contains(path))
            continue;
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        expectNoPan(f.readAll(), path);
        ++files;
    }
    // The reports, the audit and item exports and the store (SQLite file, with any journal) at least.
    QVERIFY2(files >= 6, qPrintable(QString::number(files)));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("store.sqlite"))));
}

QTEST_GUILESS_MAIN(TestCliMask)
#include "tst_climask.moc"
