#include "run/demopreparer.h"

#include "demo/demogenerator.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemoPreparer, "payrecon.gui.demo", QtWarningMsg)

DemoPreparer::DemoPreparer(QObject *parent)
    : QObject(parent)
{ }

QString DemoPreparer::profileName()
{
    return QStringLiteral("kvan-cp949");
}

void DemoPreparer::prepare(const QString &dir, qint64 rows)
{
    const QString ledger = QDir(dir).absoluteFilePath(QStringLiteral("ledger.db"));
    const QString van = QDir(dir).absoluteFilePath(QStringLiteral("van.csv"));
    bool generated = false;
    if (!QFileInfo::exists(ledger) || !QFileInfo::exists(van)) {
        DemoOptions options;
        options.rows = rows;
        options.vanProfile = profileName();
        // The window only reads ledger.db and van.csv; the MySQL dump is for payrecon-cli users.
        options.mysqlDump = false;
        qCInfo(lcDemoPreparer) << "generating a demo of" << rows << "rows in" << dir;
        QString error;
        DemoGenerator generator(options);
        if (!generator.generate(dir, &error)) {
            emit failed(error);
            return;
        }
        generated = true;
    }
    QString error;
    const auto profile = VanProfile::load(profileName(), &error);
    if (!profile) {
        emit failed(error);
        return;
    }
    ReconInputs inputs;
    inputs.ledger.url = QStringLiteral("sqlite://") + ledger;
    inputs.vanFile = van;
    inputs.vanProfile = *profile;
    emit prepared(inputs, generated);
}
