#include "escheckcommand.h"

#include "clioutput.h"
#include "clisecrets.h"
#include "exitcodes.h"
#include "publish/esclient.h"
#include "publish/esindexbootstrap.h"

#include <QCommandLineParser>
#include <QSettings>

using CliOutput::err;
using CliOutput::out;

int EsCheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("payrecon-cli",
        "Test the Elasticsearch connection: server version, cluster health, user, and whether the indexes "
        "exist with a fitting mapping. Reads the [elasticsearch] settings and PAYRECON_ES_URL, PAYRECON_ES_USER, "
        "PAYRECON_ES_PASSWORD, PAYRECON_ES_API_KEY, PAYRECON_ES_CA_FILE. Changes nothing on the server."));
    p.addHelpOption();
    if (!p.parse(arguments)) {
        err() << "payrecon-cli es-check: " << p.errorText() << '\n' << p.helpText() << Qt::endl;
        return ExitCode::BadInput;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText() << Qt::flush;
        return ExitCode::Clean;
    }
    QSettings settings;
    SecretResolver secrets = CliSecrets::resolver(settings);
    const EsConfig config = EsConfig::load(settings, &secrets);
    out() << QCoreApplication::translate("payrecon-cli", "Elasticsearch: %1").arg(config.describe()) << Qt::endl;
    const QString invalid = config.validate();
    if (!invalid.isEmpty()) {
        err() << "payrecon-cli: " << invalid << Qt::endl;
        return ExitCode::BadInput;
    }
    EsClient client(config);
    const EsClusterInfo info = client.checkConnection();
    if (!info.ok()) {
        err() << "payrecon-cli: " << info.message << Qt::endl;
        return info.problem == EsClusterInfo::Problem::Config ? ExitCode::BadInput : ExitCode::Failure;
    }
    out() << QCoreApplication::translate("payrecon-cli", "Connected: %1").arg(info.summary()) << Qt::endl;

    // Read-only look at the indexes: publishing creates missing ones, but a conflicting mapping stops it.
    bool conflicts = false;
    const QList<QPair<QString, QJsonObject>> indexes = {
        { config.verifiedIndex, EsIndexBootstrap::verifiedIndexBody() },
        { config.mismatchIndex, EsIndexBootstrap::mismatchIndexBody() },
    };
    for (const auto &[index, body] : indexes) {
        const EsResponse r = client.get(u'/' + index + QStringLiteral("/_mapping"));
        if (r.status == 404) {
            out() << QCoreApplication::translate("payrecon-cli", "Index %1: missing (publishing creates it)").arg(index)
                  << Qt::endl;
            continue;
        }
        if (!r.isSuccess()) {
            err() << QCoreApplication::translate("payrecon-cli", "Index %1: cannot read its mapping (%2)")
                         .arg(index,
                             r.failure == EsResponse::Failure::None
                                 ? QStringLiteral("HTTP %1: %2").arg(r.status).arg(r.serverReason())
                                 : r.errorText)
                  << Qt::endl;
            conflicts = true;
            continue;
        }
        const QJsonObject wanted = body.value(u"mappings").toObject().value(u"properties").toObject();
        const QJsonObject all = r.json();
        QStringList problems;
        QStringList missing;
        for (auto it = all.begin(); it != all.end(); ++it)
            problems << EsIndexBootstrap::compareProperties(
                wanted, it.value().toObject().value(u"mappings").toObject().value(u"properties").toObject(), &missing);
        if (problems.isEmpty() && missing.isEmpty()) {
            out() << QCoreApplication::translate("payrecon-cli", "Index %1: exists, mapping fits").arg(index)
                  << Qt::endl;
        } else {
            for (const QString &problem : problems)
                err() << QCoreApplication::translate("payrecon-cli", "Index %1: conflicting mapping: %2")
                             .arg(index, problem)
                      << Qt::endl;
            if (!missing.isEmpty())
                err() << QCoreApplication::translate("payrecon-cli", "Index %1: fields missing from its mapping: %2")
                             .arg(index, missing.join(QStringLiteral(", ")))
                      << Qt::endl;
            conflicts = conflicts || !problems.isEmpty();
        }
    }
    return conflicts ? ExitCode::Failure : ExitCode::Clean;
}
