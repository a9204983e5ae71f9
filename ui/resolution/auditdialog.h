// View → Audit Trail: who did what to which item, filtered by date (Korea time), operator, action and run, and
// exported as CSV. Reads through the panel's ResolutionWorker, so the store is only touched on its thread.
#pragma once

#include "resolve/auditentry.h"

#include <QDialog>
#include <vector>

class AuditModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class ResolutionWorker;

class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    AuditDialog(ResolutionWorker *worker, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    /// The filter the controls describe.
    AuditFilter currentFilter() const;
    /// Sets the action filter (a stored action name such as "write_off"; empty = any) and reloads.
    void setActionFilter(const QString &action);

public slots:
    void reload();
    /// Asks where to save, then exports on the worker's thread.
    void exportCsv();
    /// The same without asking (tests, and the file dialog's answer).
    void exportCsvTo(const QString &path);
    /// Checks on the worker's thread that no audit entry was altered or removed.
    void verifyChain();

signals:
    void loaded(int count);
    void exported(const QString &path, bool ok, const QString &error);
    void verified(bool intact, const QString &message);

private:
    void onLoaded(const std::vector<AuditEntry> &entries);
    void onExported(const QString &path, qint64 rows, const QString &error);
    void onVerified(bool intact, const QString &error);

    ResolutionWorker *m_worker;
    AuditModel *m_model;
    QTableView *m_view = nullptr;
    QCheckBox *m_dateCheck = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLineEdit *m_operatorEdit = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QSpinBox *m_runSpin = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QLabel *m_verifyLabel = nullptr;
    QLabel *m_countLabel = nullptr;
};
