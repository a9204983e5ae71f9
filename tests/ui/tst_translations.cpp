// The Korean catalogue: complete in the .ts, compiled into the binaries, and shown by the window when installed.
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <memory>

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void koreanCatalogueIsCompleteWithoutStaleEntries();
    void koreanCatalogueIsCompiledIntoTheBinary();
    void windowShowsKoreanWithTheTranslatorInstalled();
    void windowShowsEnglishWithoutATranslator();
    void languageMenuOffersSystemEnglishAndKorean();

private:
    /// The .ts translation of (context, source), as parsed by the first test.
    QString koreanFor(const char *context, const char *source) const;
    /// A fresh window that does not open the demo, its File menu title and its Reconcile action's text.
    static std::unique_ptr<MainWindow> makeWindow();
    static QString fileMenuTitle(const MainWindow &window);
    static QString reconcileText(const MainWindow &window);

    QHash<QString, QString> m_korean; ///< context + '\n' + source → translation
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PayRecon"));
    QCoreApplication::setApplicationName(QStringLiteral("payrecon-tst_translations"));
    MainWindow::registerMetaTypes();
    QSettings().clear();
}

void TestTranslations::koreanCatalogueIsCompleteWithoutStaleEntries()
{
    QFile file(QStringLiteral(PAYRECON_TS_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"source") {
            source = xml.readElementText();
        } else if (name == u"translation") {
            ++messages;
            const QString where = context + QStringLiteral(": ") + source;
            const auto type = xml.attributes().value(QStringLiteral("type"));
            QVERIFY2(type != u"unfinished", qPrintable(QStringLiteral("unfinished: ") + where));
            QVERIFY2(type != u"vanished" && type != u"obsolete", qPrintable(QStringLiteral("stale: ") + where));
            // A plural message holds <numerusform> children; a plain one holds its text.
            QString text;
            while (!(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == u"translation")) {
                QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
                if (xml.isCharacters())
                    text += xml.text();
            }
            QVERIFY2(!text.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
            m_korean.insert(context + u'\n' + source, text.trimmed());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
    QCOMPARE(m_korean.size(), messages);
}

void TestTranslations::koreanCatalogueIsCompiledIntoTheBinary()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::Korean, QLocale::SouthKorea), QStringLiteral("payrecon"),
        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(translator.language(), QStringLiteral("ko_KR"));
    // One message of each layer: window, models, core, and the CLI's own context.
    QCOMPARE(translator.translate("MainActions", "&Reconcile"), koreanFor("MainActions", "&Reconcile"));
    QCOMPARE(translator.translate("ReconRowsModel", "Ledger only"), koreanFor("ReconRowsModel", "Ledger only"));
    QCOMPARE(translator.translate("LedgerUrl", "The SQLite ledger URL names no file: use sqlite:///absolute/path.db."),
        koreanFor("LedgerUrl", "The SQLite ledger URL names no file: use sqlite:///absolute/path.db."));
    QCOMPARE(translator.translate("payrecon-cli", "Status"), QStringLiteral("상태"));
    // Plural forms: the translator picks the form, QCoreApplication::translate then substitutes %n.
    QCOMPARE(
        translator.translate("ResultsPanel", "Copied %n row(s).", nullptr, 3), QStringLiteral("%n행을 복사했습니다."));
}

void TestTranslations::windowShowsKoreanWithTheTranslatorInstalled()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/payrecon_ko.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto window = makeWindow();
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(fileMenuTitle(*window), QStringLiteral("파일(&F)"));
    QCOMPARE(fileMenuTitle(*window), koreanFor("MainActions", "&File"));
    QCOMPARE(reconcileText(*window), koreanFor("MainActions", "&Reconcile"));
    QVERIFY(reconcileText(*window) != QStringLiteral("&Reconcile"));
}

void TestTranslations::windowShowsEnglishWithoutATranslator()
{
    const auto window = makeWindow();
    QCOMPARE(fileMenuTitle(*window), QStringLiteral("&File"));
    QCOMPARE(reconcileText(*window), QStringLiteral("&Reconcile"));
}

void TestTranslations::languageMenuOffersSystemEnglishAndKorean()
{
    const auto window = makeWindow();
    auto *menu = window->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QStringList codes;
    for (const QAction *action : menu->actions())
        codes << action->data().toString();
    QCOMPARE(codes, QStringList({ QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("ko") }));
    // Nothing stored yet: "System" is the choice.
    auto *system = window->findChild<QAction *>(QStringLiteral("actionLanguage_system"));
    QVERIFY(system);
    QVERIFY(system->isChecked());
}

QString TestTranslations::koreanFor(const char *context, const char *source) const
{
    return m_korean.value(QLatin1String(context) + u'\n' + QString::fromUtf8(source));
}

std::unique_ptr<MainWindow> TestTranslations::makeWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setAutoOpenDemo(false);
    return window;
}

QString TestTranslations::fileMenuTitle(const MainWindow &window)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    return menus.isEmpty() ? QString() : menus.first()->text();
}

QString TestTranslations::reconcileText(const MainWindow &window)
{
    const auto *action = window.findChild<QAction *>(QStringLiteral("actionReconcile"));
    return action ? action->text() : QString();
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
