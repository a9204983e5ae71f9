#include "publish/elasticsearchdialog.h"

#include "publish/publishworker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
enum Auth { AuthNone, AuthBasic, AuthApiKey };

QString nodesText(const QList<QUrl> &nodes)
{
    QStringList list;
    for (const QUrl &url : nodes)
        list << url.toString();
    return list.join(QStringLiteral(", "));
}
} // namespace

ElasticsearchDialog::ElasticsearchDialog(const EsConfig &current, PublishWorker *worker, QWidget *parent)
    : ElasticsearchDialog(current, worker, false, parent)
{ }

ElasticsearchDialog::ElasticsearchDialog(
    const EsConfig &current, PublishWorker *worker, bool secretsInKeychain, QWidget *parent)
    : QDialog { parent }
    , m_worker { worker }
    , m_nodes { new QLineEdit(nodesText(current.nodes), this) }
    , m_auth { new QComboBox(this) }
    , m_user { new QLineEdit(current.user, this) }
    , m_password { new QLineEdit(current.password, this) }
    , m_apiKey { new QLineEdit(current.apiKey, this) }
    , m_caFile { new QLineEdit(current.caFile, this) }
    , m_verifiedIndex { new QLineEdit(current.verifiedIndex, this) }
    , m_mismatchIndex { new QLineEdit(current.mismatchIndex, this) }
    , m_bulkMb { new QSpinBox(this) }
    , m_bulkDocs { new QSpinBox(this) }
    , m_testButton { new QPushButton(tr("&Test connection"), this) }
    , m_result { new QLabel(this) }
{
    setWindowTitle(tr("Elasticsearch"));
    setObjectName(QStringLiteral("elasticsearchDialog"));
    m_nodes->setObjectName(QStringLiteral("esNodes"));
    m_nodes->setPlaceholderText(QStringLiteral("https://es1.internal:9200, https://es2.internal:9200"));
    m_nodes->setToolTip(tr("One or more nodes, tried in order when one cannot be reached."));
    m_auth->addItem(tr("None"), AuthNone);
    m_auth->addItem(tr("User and password"), AuthBasic);
    m_auth->addItem(tr("API key"), AuthApiKey);
    m_auth->setObjectName(QStringLiteral("esAuth"));
    m_auth->setCurrentIndex(!current.apiKey.isEmpty() ? AuthApiKey : !current.user.isEmpty() ? AuthBasic : AuthNone);
    m_user->setObjectName(QStringLiteral("esUser"));
    m_password->setObjectName(QStringLiteral("esPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_apiKey->setObjectName(QStringLiteral("esApiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("id:key, or its base64 form"));
    m_caFile->setObjectName(QStringLiteral("esCaFile"));
    m_caFile->setPlaceholderText(tr("the cluster's CA certificate (PEM), when it is not a public one"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the CA certificate file"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA certificate"), m_caFile->text(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(file));
    });
    m_bulkMb->setRange(1, 100);
    m_bulkMb->setSuffix(tr(" MB"));
    m_bulkMb->setValue(int(std::max<qint64>(1, current.bulkMaxBytes / (1024 * 1024))));
    m_bulkDocs->setRange(100, 100000);
    m_bulkDocs->setSingleStep(500);
    m_bulkDocs->setValue(current.bulkMaxDocs);
    m_testButton->setObjectName(QStringLiteral("esTestButton"));
    m_result->setObjectName(QStringLiteral("esTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Nodes:"), m_nodes);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("API &key:"), m_apiKey);
    // A layout as the field gets no buddy from addRow: without one the "&" shows and Alt+C goes nowhere.
    auto *caLabel = new QLabel(tr("&CA certificate:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("&Verified index:"), m_verifiedIndex);
    form->addRow(tr("&Mismatch log index:"), m_mismatchIndex);
    form->addRow(tr("Bulk request up to:"), m_bulkMb);
    form->addRow(tr("… and documents:"), m_bulkDocs);

    auto *note = new QLabel(secretsInKeychain
            ? tr("TLS certificates are always verified. The password and the API key are saved in the system "
                 "keychain, where payrecon-cli finds them too, and never in the settings file or the logs; "
                 "PAYRECON_ES_PASSWORD and PAYRECON_ES_API_KEY still override them.")
            : tr("TLS certificates are always verified. The password and the API key are kept for "
                 "this session only and never written to the settings file or the logs; for "
                 "payrecon-cli and nightly jobs set PAYRECON_ES_PASSWORD or PAYRECON_ES_API_KEY."),
        this);
    note->setObjectName(QStringLiteral("esSecretNote"));
    note->setWordWrap(true);
    QStringList overridden;
    for (const char *name : { "PAYRECON_ES_URL", "PAYRECON_ES_USER", "PAYRECON_ES_PASSWORD", "PAYRECON_ES_API_KEY",
             "PAYRECON_ES_CA_FILE" }) {
        if (!qEnvironmentVariableIsEmpty(name))
            overridden << QString::fromLatin1(name);
    }
    auto *envNote = new QLabel(
        tr("These environment variables are set and override what you enter here: %1").arg(overridden.join(u", ")),
        this);
    envNote->setWordWrap(true);
    envNote->setVisible(!overridden.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ElasticsearchDialog::testConnection);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ElasticsearchDialog::updateAuthFields);
    connect(m_worker, &PublishWorker::connectionChecked, this, [this](bool ok, const QString &message) {
        m_testButton->setEnabled(true);
        // A mark and words, not colour alone.
        m_result->setText((ok ? tr("✔ Connected: %1") : tr("✖ Failed: %1")).arg(message));
        emit tested(ok, message);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(envNote);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    setMinimumWidth(620);
    updateAuthFields();
}

void ElasticsearchDialog::updateAuthFields()
{
    const int auth = m_auth->currentData().toInt();
    m_user->setEnabled(auth == AuthBasic);
    m_password->setEnabled(auth == AuthBasic);
    m_apiKey->setEnabled(auth == AuthApiKey);
}

EsConfig ElasticsearchDialog::config() const
{
    EsConfig c;
    QString user, password;
    c.nodes = EsConfig::parseNodes(m_nodes->text(), &user, &password);
    const int auth = m_auth->currentData().toInt();
    if (auth == AuthBasic) {
        c.user = m_user->text().trimmed().isEmpty() ? user : m_user->text().trimmed();
        c.password = m_password->text().isEmpty() ? password : m_password->text();
    } else if (auth == AuthApiKey) {
        c.apiKey = m_apiKey->text().trimmed();
    }
    c.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    c.verifiedIndex = m_verifiedIndex->text().trimmed();
    c.mismatchIndex = m_mismatchIndex->text().trimmed();
    c.bulkMaxBytes = qint64(m_bulkMb->value()) * 1024 * 1024;
    c.bulkMaxDocs = m_bulkDocs->value();
    return c;
}

void ElasticsearchDialog::testConnection()
{
    m_testButton->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    EsConfig c = config();
    c.applyEnvironment(); // what a publish would use
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, c] { worker->checkConnection(c); }, Qt::QueuedConnection);
}
