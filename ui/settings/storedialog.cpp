#include "settings/storedialog.h"

#include "ledger/ledgerurl.h"
#include "store/localstore.h"
#include "settings/storeprobe.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <optional>

StoreDialog::StoreDialog(const QString &location, const QString &password, bool passwordInKeychain, QWidget *parent)
    : QDialog { parent }
    , m_locationFromEnvironment { !qEnvironmentVariableIsEmpty("PAYRECON_STORE_URL") }
    , m_passwordFromEnvironment { qEnvironmentVariableIsSet(StoreLocation::PasswordVariable) }
    , m_local { new QRadioButton(this) }
    , m_team { new QRadioButton(tr("&Team database (MySQL/MariaDB)"), this) }
    , m_host { new QLineEdit(this) }
    , m_port { new QSpinBox(this) }
    , m_database { new QLineEdit(this) }
    , m_user { new QLineEdit(this) }
    , m_password { new QLineEdit(password, this) }
    , m_socket { new QLineEdit(this) }
    , m_testButton { new QPushButton(tr("&Test connection"), this) }
    , m_result { new QLabel(this) }
    , m_thread { new QThread(this) }
    , m_probe { new StoreProbe }
{
    setWindowTitle(tr("Team store"));
    setObjectName(QStringLiteral("storeDialog"));
    m_port->setRange(1, 65535);
    m_port->setValue(3306);
    m_port->setGroupSeparatorShown(false);

    // A SQLite location (a path or sqlite://) stays what "This computer" saves; anything else is the team's.
    const bool team = location.startsWith(QLatin1String("mysql://"), Qt::CaseInsensitive);
    m_sqliteLocation = team || location == LocalStore::defaultPath() ? QString() : location;
    const QString file = m_sqliteLocation.startsWith(QLatin1String("sqlite://"), Qt::CaseInsensitive)
        ? m_sqliteLocation.mid(9)
        : (m_sqliteLocation.isEmpty() ? LocalStore::defaultPath() : m_sqliteLocation);
    m_local->setText(tr("This &computer (SQLite file: %1)").arg(QDir::toNativeSeparators(file)));
    if (team) {
        QString error;
        if (const std::optional<LedgerUrl> url = LedgerUrl::parse(location, &error)) {
            m_host->setText(url->host);
            m_port->setValue(url->port);
            m_database->setText(url->database);
            m_user->setText(url->user);
            m_socket->setText(url->socket);
        } else {
            m_result->setText(error);
        }
    }
    (team ? m_team : m_local)->setChecked(true);

    m_local->setObjectName(QStringLiteral("storeLocal"));
    m_team->setObjectName(QStringLiteral("storeTeam"));
    m_host->setObjectName(QStringLiteral("storeHost"));
    m_port->setObjectName(QStringLiteral("storePort"));
    m_database->setObjectName(QStringLiteral("storeDatabase"));
    m_user->setObjectName(QStringLiteral("storeUser"));
    m_password->setObjectName(QStringLiteral("storePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_socket->setObjectName(QStringLiteral("storeSocket"));
    m_socket->setPlaceholderText(tr("optional: /run/mysqld/mysqld.sock on the same machine"));
    m_testButton->setObjectName(QStringLiteral("storeTestButton"));
    m_result->setObjectName(QStringLiteral("storeTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Socket:"), m_socket);

    auto *intro = new QLabel(tr("The store holds the Elasticsearch and Discord outboxes, the recorded runs, the open "
                                "items and the audit trail. In a team database every operator works on one queue "
                                "and one list of open items."),
        this);
    intro->setWordWrap(true);
    auto *note = new QLabel(passwordInKeychain
            ? tr("The password is saved in the system keychain, where payrecon-cli finds it too (store/password), "
                 "never in the settings file or the logs; PAYRECON_STORE_PASSWORD still overrides it.")
            : tr("No keychain is available, so the password cannot be saved: it is used for this session only "
                 "when the store stays the same. Set PAYRECON_STORE_PASSWORD in the environment that starts "
                 "PayRecon and payrecon-cli."),
        this);
    note->setObjectName(QStringLiteral("storeSecretNote"));
    note->setWordWrap(true);
    QStringList overridden;
    if (m_locationFromEnvironment)
        overridden << QStringLiteral("PAYRECON_STORE_URL");
    if (m_passwordFromEnvironment)
        overridden << QLatin1String(StoreLocation::PasswordVariable);
    auto *envNote = new QLabel(tr("These environment variables are set and decide what is shown read-only here: %1")
                                   .arg(overridden.join(u", ")),
        this);
    envNote->setObjectName(QStringLiteral("storeEnvironmentNote"));
    envNote->setWordWrap(true);
    envNote->setVisible(!overridden.isEmpty());
    auto *restartNote = new QLabel(
        tr("A new store is used from PayRecon's next start; the open window keeps its current store until then."),
        this);
    restartNote->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &StoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &StoreDialog::testConnection);
    connect(m_team, &QRadioButton::toggled, this, &StoreDialog::updateFields);

    // The probe blocks on the network for up to its connect timeout: never on this thread.
    m_thread->setObjectName(QStringLiteral("storeProbe"));
    m_probe->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_probe, &QObject::deleteLater);
    connect(m_probe, &StoreProbe::finished, this, [this](bool ok, const QString &message) {
        m_testButton->setEnabled(true);
        // A mark and words, not colour alone.
        m_result->setText((ok ? tr("✔ %1") : tr("✖ Failed: %1")).arg(message));
        emit tested(ok, message);
    });
    m_thread->start();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_local);
    layout->addWidget(m_team);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(envNote);
    layout->addWidget(restartNote);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    setMinimumWidth(620);

    if (m_locationFromEnvironment) {
        m_local->setEnabled(false);
        m_team->setEnabled(false);
        for (QLineEdit *edit : { m_host, m_database, m_user, m_socket })
            edit->setReadOnly(true);
        m_port->setReadOnly(true);
    }
    if (m_passwordFromEnvironment) {
        m_password->setText(qEnvironmentVariable(StoreLocation::PasswordVariable));
        m_password->setReadOnly(true);
    }
    updateFields();
}

StoreDialog::~StoreDialog()
{
    // A probe under way finishes (its connect timeout bounds it) before the thread and the probe go.
    m_thread->quit();
    m_thread->wait();
}

void StoreDialog::updateFields()
{
    const bool team = m_team->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *> { m_host, m_port, m_database, m_user, m_password, m_socket })
        w->setEnabled(team);
}

bool StoreDialog::isTeam() const
{
    return m_team->isChecked();
}

QString StoreDialog::password() const
{
    return isTeam() ? m_password->text() : QString();
}

QString StoreDialog::location() const
{
    if (!isTeam())
        return m_sqliteLocation;
    LedgerUrl url;
    url.driver = LedgerUrl::Driver::MySql;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.database = m_database->text().trimmed();
    url.user = m_user->text().trimmed();
    url.socket = m_socket->text().trimmed();
    return url.redacted(); // canonical, and never a password
}

QString StoreDialog::problem() const
{
    if (!isTeam())
        return {};
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the database server's host name (localhost with a socket).");
    if (m_database->text().trimmed().isEmpty())
        return tr("Enter the name of the team's database.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Enter the database user.");
    const QString socket = m_socket->text().trimmed();
    if (!socket.isEmpty() && !socket.startsWith(u'/'))
        return tr("The socket must be an absolute path.");
    return {};
}

void StoreDialog::testConnection()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_result->setText(tr("✖ Failed: %1").arg(why));
        emit tested(false, why);
        return;
    }
    m_testButton->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    // The field's password and nothing else: the store never borrows the ledger's.
    StoreLocation store { location(), m_password->text() };
    if (store.isEmpty())
        store.location = LocalStore::defaultPath();
    QMetaObject::invokeMethod(
        m_probe, [probe = m_probe, store] { probe->probe(store); }, Qt::QueuedConnection);
}

void StoreDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty() && !m_locationFromEnvironment) {
        m_result->setText(tr("✖ %1").arg(why));
        return;
    }
    QDialog::accept();
}
