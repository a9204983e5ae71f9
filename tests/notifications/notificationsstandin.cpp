#include "notificationsstandin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

NotificationsStandIn::NotificationsStandIn(const QString &logPath, QObject *parent)
    : QObject { parent }
    , m_log { logPath }
{
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        qFatal("cannot write %s", qPrintable(logPath));
}

void NotificationsStandIn::log(const QJsonObject &entry)
{
    m_log.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
    m_log.flush();
}

uint NotificationsStandIn::Notify(const QString &appName, uint replacesId, const QString &appIcon,
    const QString &summary, const QString &body, const QStringList &actions, const QVariantMap &hints,
    int expireTimeout)
{
    // As the specification says: a replaced notification keeps its id, a new one gets the next.
    const uint id = replacesId != 0 ? replacesId : ++m_lastId;
    QJsonObject jsonHints;
    for (auto it = hints.cbegin(); it != hints.cend(); ++it) {
        // The urgency is a byte ("y"), which QJsonValue would not take as a number.
        const QVariant &value = it.value();
        jsonHints.insert(it.key(),
            value.typeId() == QMetaType::UChar ? QJsonValue(int(value.value<uchar>()))
                                               : QJsonValue::fromVariant(value));
    }
    log(QJsonObject {
        { QStringLiteral("method"), QStringLiteral("Notify") },
        { QStringLiteral("id"), qint64(id) },
        { QStringLiteral("app_name"), appName },
        { QStringLiteral("replaces_id"), qint64(replacesId) },
        { QStringLiteral("app_icon"), appIcon },
        { QStringLiteral("summary"), summary },
        { QStringLiteral("body"), body },
        { QStringLiteral("actions"), QJsonArray::fromStringList(actions) },
        { QStringLiteral("hints"), jsonHints },
        { QStringLiteral("expire_timeout"), expireTimeout },
    });
    return id;
}

void NotificationsStandIn::CloseNotification(uint id)
{
    log(QJsonObject {
        { QStringLiteral("method"), QStringLiteral("CloseNotification") }, { QStringLiteral("id"), qint64(id) } });
    emit NotificationClosed(id, 3); // 3: closed by a call to CloseNotification
}

QStringList NotificationsStandIn::GetCapabilities()
{
    log(QJsonObject { { QStringLiteral("method"), QStringLiteral("GetCapabilities") } });
    return { QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup"),
        QStringLiteral("persistence") };
}

QString NotificationsStandIn::GetServerInformation(QString &vendor, QString &version, QString &specVersion)
{
    vendor = QStringLiteral("PayRecon tests");
    version = QStringLiteral("1.0");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("notifications stand-in");
}
