#include "publish/publishcontroller.h"

#include "publish/elasticsearchdialog.h"
#include "publish/publishworker.h"
#include "store/credentialpolicy.h"
#include "store/secretresolver.h"
#include "store/secretstore.h"

#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>

PublishController::PublishController(const StoreLocation &store, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_thread(new QThread(this))
    , m_worker(new PublishWorker(store))
{
    setObjectName(QStringLiteral("publishController"));
    // Publishing has a thread of its own: a million documents take a while and must not hold up the next run.
    m_thread->setObjectName(QStringLiteral("publishing"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    connect(m_worker, &PublishWorker::countsChanged, this, [this](qint64 pending, qint64 published, qint64 failed) {
        const QLocale locale;
        emit countsChanged(tr("Elasticsearch: %1 pending · %2 published · %3 failed")
                               .arg(locale.toString(pending), locale.toString(published), locale.toString(failed)));
    });
    QMetaObject::invokeMethod(m_worker, &PublishWorker::refreshCounts, Qt::QueuedConnection);
}

PublishController::~PublishController()
{
    m_worker->cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void PublishController::setStoreLocation(const StoreLocation &store)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, store] { w->setStoreLocation(store); }, Qt::QueuedConnection);
}

EsConfig PublishController::config() const
{
    QSettings settings;
    SecretResolver secrets(m_secrets, settings);
    EsConfig config = EsConfig::load(settings, &secrets); // settings, the keychain, then PAYRECON_ES_* over them
    // Without a keychain, secrets typed in the dialog live in memory for this session; the environment still wins.
    if (config.password.isEmpty())
        config.password = m_password;
    if (config.apiKey.isEmpty())
        config.apiKey = m_apiKey;
    return config;
}

void PublishController::editSettings()
{
    QSettings settings;
    SecretResolver secrets(m_secrets, settings);
    ElasticsearchDialog dialog(config(), m_worker, secrets.keychainAvailable(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const EsConfig chosen = dialog.config();
    chosen.save(settings); // never the password or the API key
    const CredentialPolicy::EsSecretsResult kept
        = CredentialPolicy(secrets, settings).keepElasticsearchSecrets(chosen.password, chosen.apiKey);
    m_password = kept.sessionPassword;
    m_apiKey = kept.sessionApiKey;
    if (!kept.ok())
        emit statusMessage(kept.message, 15000);
}

void PublishController::setPublishing(bool publishing)
{
    if (m_publishing == publishing)
        return;
    m_publishing = publishing;
    emit publishingChanged(publishing);
}

void PublishController::publish(std::shared_ptr<const ReconOutcome> outcome, const QDate &runDate)
{
    EsConfig esConfig = config();
    if (!esConfig.validate().isEmpty()) {
        editSettings();
        esConfig = config();
        if (!esConfig.validate().isEmpty())
            return;
    }
    if (m_publishing) {
        emit statusMessage(tr("Already publishing."), 5000);
        return;
    }
    setPublishing(true);
    auto *dialog = new QProgressDialog(tr("Publishing to Elasticsearch…"), tr("Cancel"), 0, 1000, m_window);
    dialog->setObjectName(QStringLiteral("publishProgress"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::NonModal); // the window stays usable; publishing has its own thread
    dialog->setMinimumDuration(500);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(dialog, &QProgressDialog::canceled, this, [this] { m_worker->cancel(); });
    connect(m_worker, &PublishWorker::progress, dialog, [dialog](qint64 done, qint64 failed, qint64 total) {
        dialog->setValue(total > 0 ? int((done + failed) * 1000 / total) : 0);
        dialog->setLabelText(tr("Publishing to Elasticsearch: %1 of %2 documents…")
                                 .arg(QLocale().toString(done + failed), QLocale().toString(total)));
    });
    connect(
        m_worker, &PublishWorker::published, this,
        [this, dialog](const QString &message, bool complete) {
            dialog->close();
            setPublishing(false);
            if (complete)
                emit statusMessage(message.section(QLatin1Char('\n'), -1), 10000);
            else
                QMessageBox::warning(m_window, tr("Elasticsearch"), message);
            emit finished(complete, message);
        },
        Qt::SingleShotConnection);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, esConfig, outcome = std::move(outcome), runDate] {
            worker->publish(esConfig, outcome, runDate);
        },
        Qt::QueuedConnection);
}
