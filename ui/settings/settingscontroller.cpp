#include "settings/settingscontroller.h"

#include "alerts/alertrulesdialog.h"
#include "alerts/alertsdock.h"
#include "resolution/reasoncodesdialog.h"
#include "settings/storedialog.h"
#include "store/credentialpolicy.h"
#include "store/localstore.h"
#include "store/secretresolver.h"
#include "store/secretstore.h"

#include <QMessageBox>
#include <QSettings>

SettingsController::SettingsController(const StoreLocation &store, AlertsDock *alerts, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_alerts(alerts)
    , m_store(store)
{
    setObjectName(QStringLiteral("settingsController"));
}

void SettingsController::editStore()
{
    QSettings settings;
    SecretResolver secrets(m_secrets, settings);
    const SecretResolver::Resolved current = secrets.resolve(QLatin1String(SecretStore::StorePasswordKey));
    StoreDialog dialog(LocalStore::configuredLocation(), current.value, secrets.keychainAvailable(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // What the choice means (settings, keychain, this session's store) is the policy's; the window shows it.
    const CredentialPolicy::StoreResult saved
        = CredentialPolicy(secrets, settings)
              .saveStoreChoice({ dialog.location(), dialog.isTeam(), dialog.password(),
                                   dialog.locationFromEnvironment(), dialog.passwordFromEnvironment() },
                  m_store);
    if (saved.session.password != m_store.password) {
        m_store = saved.session;
        emit storeLocationChanged(m_store);
    }
    emit statusMessage(saved.message, 0);
    if (saved.needsNotice()) {
        // Not modal: the window goes on working on its current store.
        auto *box
            = new QMessageBox(QMessageBox::Information, tr("Team store"), saved.message, QMessageBox::Ok, m_window);
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
