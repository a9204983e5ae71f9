// Settings → Team store: where PayRecon keeps its outboxes, runs, open items and audit trail, this computer's
// SQLite file or the team's MySQL/MariaDB database, with a Test connection that runs on a worker thread.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QThread;
class StoreProbe;

class StoreDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a location: the configured store (LocalStore::configuredLocation()); \a password: the team store's password
    /// as resolved now (shown masked); \a passwordInKeychain: a saved password goes to the OS keychain.
    StoreDialog(const QString &location, const QString &password, bool passwordInKeychain, QWidget *parent = nullptr);
    ~StoreDialog() override;

    /// The location to save in settings store/url: empty for the default SQLite file, else a URL without password.
    QString location() const;
    /// What the password field holds (team database only; empty for this computer).
    QString password() const;
    bool isTeam() const;
    /// PAYRECON_STORE_URL decides the location: the fields show it read-only and Save keeps store/url as it is.
    bool locationFromEnvironment() const { return m_locationFromEnvironment; }
    /// PAYRECON_STORE_PASSWORD decides the password: the field is read-only and nothing is saved for it.
    bool passwordFromEnvironment() const { return m_passwordFromEnvironment; }

public slots:
    void testConnection();
    void accept() override;

signals:
    /// A Test connection finished; also shown in the dialog.
    void tested(bool ok, const QString &message);

private:
    void updateFields();
    /// A message for an incomplete team form, empty when host, database and user are there.
    QString problem() const;

    QString m_sqliteLocation;
    bool m_locationFromEnvironment = false;
    bool m_passwordFromEnvironment = false;
    QRadioButton *m_local;
    QRadioButton *m_team;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_socket;
    QPushButton *m_testButton;
    QLabel *m_result;
    QThread *m_thread;
    StoreProbe *m_probe;
};
