#include "window/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSingleInstance, "payrecon.gui.instance", QtInfoMsg)

namespace {
constexpr char ActivateMessage[] = "activate\n";
}

SingleInstance::SingleInstance(QString key, QObject *parent)
    : QObject { parent }
    , m_key { std::move(key) }
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey()
{
    // Per user (the home folder stands for the user on every platform), short enough for a socket path.
    const QByteArray user = QDir::homePath().toUtf8();
    return QStringLiteral("payrecon-")
        + QString::fromLatin1(QCryptographicHash::hash(user, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::claimOrActivate(int timeoutMs)
{
    {
        QLocalSocket probe;
        probe.connectToServer(m_key);
        if (probe.waitForConnected(timeoutMs)) {
            probe.write(ActivateMessage);
            probe.waitForBytesWritten(timeoutMs);
            probe.disconnectFromServer();
            qCInfo(lcSingleInstance) << "another PayRecon window is running; asked it to come forward";
            return false;
        }
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_key)) {
        // Nobody answered, so a socket left by a crashed instance is stale: remove it and take the slot.
        QLocalServer::removeServer(m_key);
        if (!m_server->listen(m_key)) {
            // Run anyway: refusing to start because of a socket problem would be worse than two windows.
            qCWarning(lcSingleInstance) << "cannot claim the single-instance slot:" << m_server->errorString();
            return true;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains(ActivateMessage))
                    emit activationRequested();
            });
        }
    });
    return true;
}
