// Settings → Elasticsearch: nodes, credentials, CA certificate, index names and bulk limits, with a Test
// connection that runs on the publishing thread and names the exact cause of a failure.
#pragma once

#include "publish/esconfig.h"

#include <QDialog>

class PublishWorker;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class ElasticsearchDialog : public QDialog
{
    Q_OBJECT

public:
    ElasticsearchDialog(const EsConfig &current, PublishWorker *worker, QWidget *parent = nullptr);
    /// secretsInKeychain: the password and API key will be saved in the OS keychain (else kept for the session).
    ElasticsearchDialog(const EsConfig &current, PublishWorker *worker, bool secretsInKeychain, QWidget *parent);

    /// The settings as entered, secrets included (the caller keeps those out of the settings file); only the
    /// chosen authentication's secret is set, the other one is empty.
    EsConfig config() const;

public slots:
    void testConnection();

signals:
    /// A Test connection finished; also shown in the dialog.
    void tested(bool ok, const QString &message);

private:
    void updateAuthFields();

    PublishWorker *m_worker;
    QLineEdit *m_nodes;
    QComboBox *m_auth;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_apiKey;
    QLineEdit *m_caFile;
    QLineEdit *m_verifiedIndex;
    QLineEdit *m_mismatchIndex;
    QSpinBox *m_bulkMb;
    QSpinBox *m_bulkDocs;
    QPushButton *m_testButton;
    QLabel *m_result;
};
