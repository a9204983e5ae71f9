// fake-es: the fake Elasticsearch 7.17 as a process of its own, so an end-to-end test can kill and restart
// payrecon-cli around it. Prints "PORT <n>" once listening; GET /_fake/state (no authentication) tells what it
// stored. Runs until killed.
#include "fakeelasticsearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        { QStringLiteral("user"), QStringLiteral("Basic-auth user."), QStringLiteral("name"),
            QStringLiteral("publisher") },
        { QStringLiteral("password"), QStringLiteral("Its password."), QStringLiteral("password"),
            QStringLiteral("pw") },
        { QStringLiteral("port"), QStringLiteral("Port (default: any free one)."), QStringLiteral("n"),
            QStringLiteral("0") },
        { QStringLiteral("bulk-delay-ms"), QStringLiteral("Answer each _bulk this late."), QStringLiteral("ms"),
            QStringLiteral("0") },
        { QStringLiteral("item-reject-rate"), QStringLiteral("Share of bulk items answered 429."),
            QStringLiteral("0..1"), QStringLiteral("0") },
        { QStringLiteral("no-sources"), QStringLiteral("Keep ids and versions only (benchmarks).") },
        { QStringLiteral("no-validate"), QStringLiteral("Skip the strict-mapping checks (benchmarks).") },
    });
    p.process(app);
    FakeElasticsearch es;
    es.addUser(p.value(QStringLiteral("user")), p.value(QStringLiteral("password")));
    es.setKeepSources(!p.isSet(QStringLiteral("no-sources")));
    es.setValidate(!p.isSet(QStringLiteral("no-validate")));
    FakeElasticsearch::Faults faults;
    faults.bulkDelayMs = p.value(QStringLiteral("bulk-delay-ms")).toInt();
    faults.itemRejectRate = p.value(QStringLiteral("item-reject-rate")).toDouble();
    es.setFaults(faults);
    if (!es.listen(quint16(p.value(QStringLiteral("port")).toUInt()))) {
        QTextStream(stderr) << "fake-es: cannot listen\n";
        return 1;
    }
    QTextStream(stdout) << "PORT " << es.url().port() << Qt::endl;
    return app.exec();
}
