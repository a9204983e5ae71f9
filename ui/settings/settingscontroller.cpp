#include "settings/settingscontroller.h"

#include "alerts/alertrulesdialog.h"
#include "alerts/alertsdock.h"
#include "resolution/reasoncodesdialog.h"
#include "settings/storedialog.h"
#include "store/localstore.h"
#include "store/secretresolver.h"
#include "store/secretstore.h"

#include <QMessageBox>
#include <QSettings>

SettingsController::SettingsController(AlertsDock *alerts, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_alerts(alerts)
{
    setObjectName(QStringLiteral("settingsController"));
}

void SettingsController::editStore()
{
    QSettings settings;
    SecretResolver secrets(m_secrets, settings);
    const bool keychain = secrets.keychainAvailable();
    const QString passwordKey = QLatin1String(SecretStore::StorePasswordKey);
    const SecretResolver::Resolved current = secrets.resolve(passwordKey);
    StoreDialog dialog(LocalStore::configuredLocation(), current.value, keychain, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString session = LocalStore::defaultLocation();
    const QString chosen = dialog.location().isEmpty() ? LocalStore::defaultPath() : dialog.location();
    if (!dialog.locationFromEnvironment()) {
        if (dialog.location().isEmpty())
            settings.remove(QStringLiteral("store/url"));
        else
            settings.setValue(QStringLiteral("store/url"), dialog.location()); // never a password
        settings.sync();
    }
    const QString effective = dialog.locationFromEnvironment() ? session : chosen;
    const bool sameStore = effective == session;
    QString problem;
    if (dialog.isTeam() && !dialog.passwordFromEnvironment()) {
        const QString password = dialog.password();
        if (keychain) {
            QString error;
            if (!(password.isEmpty() ? secrets.clear(passwordKey, &error)
                                     : secrets.store(passwordKey, password, nullptr, &error)))
                problem = error;
        } else if (!sameStore) {
            problem = tr("No keychain is available to keep the team store password; set PAYRECON_STORE_PASSWORD "
                         "before the next start.");
        }
        // The store this window uses already: new connections take the new password now.
        if (sameStore) {
            if (password.isEmpty())
                LocalStore::clearDefaultPassword();
            else
                LocalStore::setDefaultPassword(password);
        }
    }
    QString text = sameStore
        ? tr("The team store settings are saved.")
        : tr("The store is saved: %1. This window keeps using %2 until PayRecon is started again; the outboxes, "
             "alerts and open items switch together at the next start.")
              .arg(LocalStore::redactedLocation(effective), LocalStore::redactedLocation(session));
    if (!problem.isEmpty())
        text += u' ' + problem;
    emit statusMessage(text, 0);
    if (!sameStore || !problem.isEmpty()) {
        // Not modal: the window goes on working on its current store.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Team store"), text, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("storeSavedNotice"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void SettingsController::editAlertRules()
{
    QSettings settings;
    SecretResolver secrets(m_secrets, settings);
    AlertRulesDialog dialog(AlertSettings::load(settings, &secrets), secrets.keychainAvailable(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString warning;
    dialog.settings().save(settings, &warning, &secrets);
    if (!warning.isEmpty())
        emit statusMessage(warning, 15000);
    if (m_alerts->isMonitoring()) { // the monitor reads its settings when it starts
        m_alerts->stopMonitor();
        m_alerts->startMonitor();
    }
}

void SettingsController::editReasonCodes()
{
    auto *dialog = new ReasonCodesDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
