// Opens a VAN file: a preview of its first rows decoded with the detected (or chosen) encoding and delimiter, a
// profile to read it with (built-in, saved, or mapped here column by column and saved under a name), and live
// checks that say in words what a wrong mapping would do. OK is enabled only when the mapping reads the file.
#pragma once

#include "import/profilecheck.h"
#include "import/vanfilepreview.h"
#include "import/vanprofile.h"

#include <QDialog>
#include <QHash>

class PreviewModel;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

class VanImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// Opens `file` with `preferredProfile` (a built-in name, a saved name or a profile file) when it reads the
    /// file, else with the first known profile that does, else with a mapping suggested by the file's headers.
    explicit VanImportDialog(const QString &file, const QString &preferredProfile = {}, QWidget *parent = nullptr);

    QString fileName() const { return m_file; }
    /// The profile as shown now.
    VanProfile profile() const;
    /// The built-in name or saved-profile path when the mapping is exactly that profile; empty once edited and not
    /// saved (then only profile() describes it).
    QString profileSource() const;
    const VanFilePreview &preview() const { return m_preview; }
    QList<ProfileCheck::Problem> problems() const { return m_problems; }
    bool isMappingValid() const { return !ProfileCheck::hasErrors(m_problems); }

    /// Chooses a profile as the profile list does: a built-in name, a saved name or a path.
    bool selectProfile(const QString &nameOrPath, QString *error = nullptr);
    /// Saves the mapping as the user's profile `name` (replacing one of that name) and selects it.
    bool saveProfileAs(const QString &name, QString *error);

private:
    void createWidgets();
    void layoutWidgets();
    void fillProfileCombo();
    /// Shows a profile in every widget, reads the preview its way and checks it.
    void applyProfile(const VanProfile &profile, const QString &source);
    /// A custom mapping suggested by the file's headers.
    void applySuggestion();
    /// Reads the preview with the profile's encoding, delimiter and header line; maps the column lists anew.
    void reload(const VanProfile &profile);
    void fillColumnCombos(const VanProfile &profile);
    VanProfile profileFromWidgets() const;
    /// Any change by the user: the mapping becomes a custom one, the preview follows, the check runs again.
    void onEdited();
    void validate();
    void showProblems();
    void onProfileActivated(int index);
    void askProfileName();
    void showProblemCell();

    QString m_file;
    VanFilePreview m_preview;
    VanFilePreview::Options m_previewOptions;
    bool m_havePreview = false;
    VanProfile m_base; ///< the chosen profile: keeps what the editor does not show (time zone)
    QString m_source; ///< m_base's built-in name or file; empty for a suggested mapping
    bool m_modified = false;
    bool m_updating = false; ///< widgets are being filled by code, not edited
    bool m_resizeColumns = false; ///< a new preview was read: fit the columns once the mapping is shown
    QList<ProfileCheck::Problem> m_problems;

    QLabel *m_fileLabel = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QPushButton *m_saveButton = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QSpinBox *m_headerSpin = nullptr;
    QSpinBox *m_footerSpin = nullptr;
    PreviewModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QHash<QString, QComboBox *> m_fieldCombos; ///< canonical field -> its column list
    QHash<QString, QLabel *> m_fieldLabels;
    QComboBox *m_dateFormat = nullptr;
    QComboBox *m_timeFormat = nullptr;
    QComboBox *m_datetimeFormat = nullptr;
    QLineEdit *m_approvalSpellings = nullptr;
    QLineEdit *m_cancelSpellings = nullptr;
    QCheckBox *m_negativeIsCancel = nullptr;
    QListWidget *m_problemList = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
