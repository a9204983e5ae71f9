// The committed catalogue is up to date: lupdate, run as update_translations runs it, finds nothing new or gone.
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslationsFresh final : public QObject
{
    Q_OBJECT

private slots:
    void catalogueHoldsExactlyTheMessagesOfTheSources();

private:
    /// Joins the parts of a message's key: a character no catalogue text holds (sources do hold newlines).
    static constexpr QChar KeySeparator = u'\x1f';
    /// (context, source, comment, numerus) → translation type ("" when finished) of every message in a .ts.
    using Messages = QMap<QString, QString>;
    static bool readMessages(const QString &path, Messages *messages, QString *error);
    /// Options, include paths and sources of update_translations' lupdate run, one argument per line.
    static QStringList lupdateArguments(QString *error);
    /// "Context: source" lines for a failure message.
    static QString describe(const QStringList &keys);
};

void TestTranslationsFresh::catalogueHoldsExactlyTheMessagesOfTheSources()
{
    const QString committedPath = QStringLiteral(PAYRECON_TS_FILE);
    QString error;
    QStringList arguments = lupdateArguments(&error);
    QVERIFY2(!arguments.isEmpty(), qPrintable(error));

    // lupdate rewrites the .ts it is given: give it a copy, never the committed file.
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString freshPath = dir.filePath(QStringLiteral("payrecon_ko.ts"));
    QVERIFY(QFile::copy(committedPath, freshPath));
    QVERIFY(QFile::setPermissions(freshPath, QFile::ReadOwner | QFile::WriteOwner));
    arguments << QStringLiteral("-ts") << freshPath;

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PAYRECON_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

    Messages committed;
    Messages fresh;
    QVERIFY2(readMessages(committedPath, &committed, &error), qPrintable(error));
    QVERIFY2(readMessages(freshPath, &fresh, &error), qPrintable(error));
    QVERIFY(!fresh.isEmpty());

    QStringList added; // in the sources, not in the committed .ts (new or changed text)
    QStringList gone; // in the committed .ts, no longer in the sources
    QStringList restated; // in both, but lupdate changes its state (e.g. marks it unfinished again)
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        const auto was = committed.constFind(it.key());
        if (was == committed.cend())
            added << it.key();
        else if (was.value() != it.value())
            restated << it.key();
    }
    for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
        if (!fresh.contains(it.key()))
            gone << it.key();
    }
    // One message with all three lists: a changed string shows up as its new text added and its old text gone.
    QString report;
    if (!added.isEmpty())
        report += QStringLiteral("In the sources but not in the .ts:\n") + describe(added);
    if (!gone.isEmpty())
        report += QStringLiteral("In the .ts but no longer in the sources:\n") + describe(gone);
    if (!restated.isEmpty())
        report += QStringLiteral("Marked differently by lupdate:\n") + describe(restated);
    QVERIFY2(report.isEmpty(),
        qPrintable(QStringLiteral("translations/payrecon_ko.ts is stale: run `cmake --build build --target "
                                  "update_translations`, translate the new entries and commit the .ts.\n")
            + report));
}

bool TestTranslationsFresh::readMessages(const QString &path, Messages *messages, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            source.clear();
            comment.clear();
        } else if (name == u"source") {
            source = xml.readElementText();
        } else if (name == u"comment") {
            comment = xml.readElementText(); // the disambiguation: part of the message's identity
        } else if (name == u"translation") {
            const QStringList key { context, source, comment, numerus ? QStringLiteral("plural") : QString() };
            messages->insert(key.join(KeySeparator), xml.attributes().value(QStringLiteral("type")).toString());
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

QStringList TestTranslationsFresh::lupdateArguments(QString *error)
{
    QFile file(QStringLiteral(PAYRECON_LUPDATE_ARGS_FILE));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QStringList arguments;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.isEmpty())
            arguments << line;
    }
    if (arguments.isEmpty())
        *error = file.fileName() + QStringLiteral(" is empty");
    return arguments;
}

QString TestTranslationsFresh::describe(const QStringList &keys)
{
    QString text;
    for (const QString &key : keys) {
        const QStringList parts = key.split(KeySeparator);
        text += QStringLiteral("  %1: \"%2\"").arg(parts.value(0), parts.value(1));
        if (!parts.value(2).isEmpty())
            text += QStringLiteral(" (comment \"%1\")").arg(parts.value(2));
        if (!parts.value(3).isEmpty())
            text += QStringLiteral(" (plural)");
        text += u'\n';
    }
    return text;
}

QTEST_GUILESS_MAIN(TestTranslationsFresh)
#include "tst_translationsfresh.moc"
