#include "import/ledgerdialog.h"

#include "ledger/ledgerurl.h"
#include "ledger/sqlledgersource.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QVBoxLayout>
#include <memory>

LedgerDialog::LedgerDialog(QWidget *parent)
    : QDialog(parent)
    , m_sqliteButton(new QRadioButton(tr("SQLite file"), this))
    , m_mysqlButton(new QRadioButton(tr("MySQL / MariaDB server"), this))
    , m_sqlitePath(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("Browse…"), this))
    , m_mysqlUrl(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_testButton(new QPushButton(tr("Test connection"), this))
    , m_testResult(new QLabel(this))
{
    setWindowTitle(tr("Choose the ledger"));
    setObjectName(QStringLiteral("ledgerDialog"));
    m_sqlitePath->setObjectName(QStringLiteral("sqlitePath"));
    m_mysqlUrl->setObjectName(QStringLiteral("mysqlUrl"));
    m_mysqlUrl->setPlaceholderText(tr("mysql://user@host:3306/database"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in memory only: never saved, never put in the URL."));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_sqliteButton->setChecked(true);

    auto *sqliteRow = new QHBoxLayout;
    sqliteRow->addWidget(m_sqlitePath, 1);
    sqliteRow->addWidget(m_browseButton);
    auto *form = new QFormLayout;
    form->addRow(m_sqliteButton);
    form->addRow(tr("File:"), sqliteRow);
    form->addRow(m_mysqlButton);
    form->addRow(tr("URL:"), m_mysqlUrl);
    form->addRow(tr("Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_testResult);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &LedgerDialog::browseSqlite);
    connect(m_sqliteButton, &QRadioButton::toggled, this, &LedgerDialog::updateEnabled);
    connect(m_testButton, &QPushButton::clicked, this, &LedgerDialog::testConnection);
    updateEnabled();
    resize(560, sizeHint().height());
}

QString LedgerDialog::ledgerUrl() const
{
    if (m_sqliteButton->isChecked()) {
        const QString path = m_sqlitePath->text().trimmed();
        return path.isEmpty() ? QString() : QStringLiteral("sqlite://") + QDir(path).absolutePath();
    }
    return m_mysqlUrl->text().trimmed();
}

void LedgerDialog::setLedgerUrl(const QString &url)
{
    const QString sqlitePrefix = QStringLiteral("sqlite://");
    if (url.startsWith(sqlitePrefix)) {
        m_sqliteButton->setChecked(true);
        m_sqlitePath->setText(url.mid(sqlitePrefix.size()));
    } else if (!url.isEmpty()) {
        m_mysqlButton->setChecked(true);
        m_mysqlUrl->setText(url);
    }
}

QString LedgerDialog::password() const
{
    return m_mysqlButton->isChecked() ? m_password->text() : QString();
}

void LedgerDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void LedgerDialog::browseSqlite()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the SQLite ledger"), m_sqlitePath->text(),
        tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!file.isEmpty())
        m_sqlitePath->setText(file);
}

void LedgerDialog::updateEnabled()
{
    const bool sqlite = m_sqliteButton->isChecked();
    m_sqlitePath->setEnabled(sqlite);
    m_browseButton->setEnabled(sqlite);
    m_mysqlUrl->setEnabled(!sqlite);
    m_password->setEnabled(!sqlite);
}

void LedgerDialog::testConnection()
{
    QString error;
    auto url = LedgerUrl::parse(ledgerUrl(), &error);
    if (!url) {
        showTestResult(false, error.isEmpty() ? tr("Enter a ledger first.") : error);
        return;
    }
    url->password = password();
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(url->redacted()));

    // The result outlives the dialog if the user closes it while a slow server is still answering.
    struct Result
    {
        bool ok = false;
        QString message;
    };
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create(
        [target = *url, result] { result->ok = SqlLedgerSource::testConnection(target, &result->message); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(
        thread, &QThread::finished, this, [this, result] { showTestResult(result->ok, result->message); },
        Qt::QueuedConnection);
    thread->start();
}

void LedgerDialog::showTestResult(bool ok, const QString &message)
{
    m_testButton->setEnabled(true);
    // Not colour alone: the sentence itself says whether it worked.
    m_testResult->setText(ok ? tr("Success: %1").arg(message) : tr("Failed: %1").arg(message));
}
