// The window's two sources above the grids: the ledger (a SQLite file or a MySQL URL, its password in memory,
// an optional range of business days) and the VAN file with the profile that reads it. It turns them into the
// inputs of a reconciliation and remembers them between sessions.
#pragma once

#include "import/vanprofile.h"
#include "reconcile/reconciliationjob.h"

#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QThread;

class SourceBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceBar)

public:
    /// The Choose… and Open… buttons trigger these actions, and follow their enabled state.
    SourceBar(QAction *chooseLedger, QAction *openVan, QWidget *parent = nullptr);
    /// Stops a scan of the VAN file's days that is still under way.
    ~SourceBar() override;

    QString ledgerUrl() const { return m_ledgerUrl; }
    /// Typed in the ledger dialog; kept in memory for this session only.
    QString ledgerPassword() const { return m_ledgerPassword; }
    QString vanFile() const { return m_vanFile; }
    bool isEmpty() const { return m_ledgerUrl.isEmpty() && m_vanFile.isEmpty(); }

    /// The inputs of a reconciliation of these sources, or nullopt with the reason in words.
    std::optional<ReconInputs> inputs(QString *error) const;
    /// The business day reconciled: the end of the ledger range when one is set, else today in Korea.
    QDate businessDay() const;
    /// Shows the sources of a run that did not come from this bar (the demo), with no range and no password.
    void showRunSources(const ReconInputs &inputs, const QString &profileName);
    /// Sets the VAN file and the profile that reads it (a built-in name, a saved name or a profile file); the
    /// ledger range's dates become the days the file's records fall on, once they are read.
    void setVanSource(const QString &file, const QString &profileNameOrPath);
    /// The same with a mapping made in the import dialog and not saved; it lasts until another profile is chosen.
    void setVanSource(const QString &file, const VanProfile &unsavedProfile);
    /// Nothing here may change while a run reads the sources.
    void setRunning(bool running);
    /// The widgets in the order Tab visits them.
    QList<QWidget *> tabOrder() const;

    void loadSettings(const QString &defaultProfile);
    void saveSettings() const;

signals:
    /// The ledger (and its password) changed: the alert monitor watches the window's ledger by default.
    void ledgerChanged(const LedgerConnection &ledger);

public slots:
    /// The ledger dialog: a SQLite file or a MySQL URL and password, with Test connection.
    void chooseLedger();
    /// A file dialog, then the import dialog's preview, profile choice and mapping editor.
    void openVanFile();

private:
    void onProfileActivated(int index);
    void setProfile(const QString &nameOrPath);
    /// The profile the combo shows: loaded by name or file, or the unsaved mapping from the import dialog.
    std::optional<VanProfile> currentProfile(QString *error) const;
    void updateLabels();
    /// Reads the VAN file's business days off the GUI thread and makes them the ledger range's dates.
    void scanVanDays();
    void stopDayScan();

    QString m_ledgerUrl;
    QString m_ledgerPassword;
    QString m_vanFile;
    std::optional<VanProfile> m_unsavedProfile; ///< a mapping made in the import dialog and not saved
    QLabel *m_ledgerLabel;
    QLabel *m_vanLabel;
    QComboBox *m_profileCombo;
    int m_profileIndex = 0; ///< restored when "Other…" is abandoned
    QCheckBox *m_rangeCheck;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QThread *m_dayScan = nullptr;
    std::shared_ptr<std::atomic_bool> m_dayScanCancel;
};
