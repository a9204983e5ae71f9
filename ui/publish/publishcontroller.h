// Publishing to Elasticsearch for the window: the publish thread with its PublishWorker, the Elasticsearch
// settings dialog and where its secrets are kept, a progress dialog with Cancel, and the outbox's counts.
#pragma once

#include "publish/esconfig.h"
#include "store/storelocation.h"

#include <QDate>
#include <QObject>
#include <memory>

class PublishWorker;
class QThread;
class QWidget;
class SecretStore;
struct ReconOutcome;

class PublishController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishController)

public:
    /// store holds the outbox; window is the parent of the dialogs.
    PublishController(const StoreLocation &store, QWidget *window);
    ~PublishController() override;

    /// The OS keychain for the Elasticsearch password and API key; null keeps them in memory. Not owned.
    void setSecretStore(SecretStore *store) { m_secrets = store; }
    bool isPublishing() const { return m_publishing; }
    /// The store that holds the outbox, from the next publish on.
    void setStoreLocation(const StoreLocation &store);
    /// Settings, the keychain, PAYRECON_ES_* over them, and what was typed this session without a keychain.
    EsConfig config() const;

public slots:
    /// Settings → Elasticsearch: the dialog (its Test runs on the publish thread), then where the secrets go.
    void editSettings();
    /// Queues outcome (when there is one) for runDate and publishes the outbox; asks for settings when incomplete.
    void publish(std::shared_ptr<const ReconOutcome> outcome, const QDate &runDate);

signals:
    void publishingChanged(bool publishing);
    /// A publish ended; complete: everything in the outbox was acknowledged.
    void finished(bool complete, const QString &message);
    void countsChanged(const QString &text);
    void statusMessage(const QString &message, int timeoutMs);

private:
    void setPublishing(bool publishing);

    QWidget *m_window;
    QThread *m_thread;
    PublishWorker *m_worker; ///< lives on m_thread
    SecretStore *m_secrets = nullptr;
    bool m_publishing = false;
    QString m_password; ///< memory only without a keychain
    QString m_apiKey;
};
