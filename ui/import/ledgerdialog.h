// Chooses the merchant ledger: a SQLite file, or a MySQL/MariaDB URL with a password kept only in memory;
// "Test connection" tries it off the GUI thread and shows the driver's exact answer.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

class LedgerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LedgerDialog(QWidget *parent = nullptr);

    /// sqlite:///abs/path.db or mysql://user@host:port/db; never holds the password.
    QString ledgerUrl() const;
    void setLedgerUrl(const QString &url);
    QString password() const;
    void setPassword(const QString &password);

private:
    void browseSqlite();
    void updateEnabled();
    void testConnection();
    void showTestResult(bool ok, const QString &message);

    QRadioButton *m_sqliteButton = nullptr;
    QRadioButton *m_mysqlButton = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLineEdit *m_mysqlUrl = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
};
