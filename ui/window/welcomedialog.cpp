#include "window/welcomedialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(const QString &dataDir, QWidget *parent)
    : QDialog { parent }
{
    setWindowTitle(tr("Welcome to PayRecon"));
    setObjectName(QStringLiteral("welcomeDialog"));
    auto *label = new QLabel(text(dataDir), this);
    label->setObjectName(QStringLiteral("welcomeText"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString WelcomeDialog::text(const QString &dataDir)
{
    return tr("<h3>Welcome to PayRecon</h3>"
              "<p>The window behind this note shows the <b>demo</b>: a SQLite ledger and a CP949 VAN file with "
              "every kind of discrepancy, created in <tt>%1</tt>. Nothing was written anywhere else.</p>"
              "<p>To reconcile your own payments:</p>"
              "<ol>"
              "<li><b>Your ledger</b>: File → Choose Ledger (Ctrl+L). A MySQL/MariaDB host, database and user, "
              "with Test connection; the password is kept for this session only. For payrecon-cli set "
              "PAYRECON_LEDGER_PASSWORD.</li>"
              "<li><b>Your VAN file</b>: File → Open VAN File (Ctrl+O). Check the preview, map the columns once "
              "and save the mapping as a profile.</li>"
              "<li><b>Elasticsearch</b> (verified rows for Kibana): the node URL, user and password or API key "
              "and CA certificate go in the settings, or in PAYRECON_ES_URL, PAYRECON_ES_USER, "
              "PAYRECON_ES_PASSWORD / PAYRECON_ES_API_KEY and PAYRECON_ES_CA_FILE for payrecon-cli.</li>"
              "<li><b>Discord alerts</b> (high-value and unusual payments): the webhook URL goes in the "
              "settings or in PAYRECON_DISCORD_WEBHOOK.</li>"
              "</ol>"
              "<p>Reconcile with F5. Help → Getting Started shows this page again; Help → Open Log Folder "
              "shows the log files.</p>")
        .arg(QDir::toNativeSeparators(dataDir).toHtmlEscaped());
}
