// "Settings…": clipboard clear delay, expiry warning, notifications, auto-refresh, proxy,
// request timeout and language. The proxy password goes to the keychain, never to the settings.
#pragma once

#include "appsettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace TokenDesk {

class SecretStore;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // The form starts from `current`. `keychain` (not owned) receives the manual proxy's
    // password under proxyPasswordKey() when OK is pressed.
    SettingsDialog(const AppSettings &current, SecretStore *keychain, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The settings as the form shows them; the caller saves and applies them once accepted.
    AppSettings settings() const;

    // OK: stores a typed proxy password (or forgets the stored one) and closes only once the
    // keychain has answered; on failure the dialog stays open and says why.
    void accept() override;
    // Ignored while the keychain is being written, so a cancelled dialog never stores anyway.
    void reject() override;

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void showSettings(const AppSettings &settings);
    void restoreDefaults();
    void forgetPassword();
    void finishKeychain(const QString &failure);
    QStringList problems() const;
    void showProblem(const QString &text);
    void updateControls();

    const std::unique_ptr<Ui::SettingsDialog> m_ui;
    SecretStore *m_keychain;
    const QString m_initialLanguage;
    bool m_forgetPassword = false; // remove the stored password on OK
    bool m_passwordStored = false; // the keychain holds a proxy password (read when opened)
    bool m_busy = false;           // waiting for the keychain
    QString m_keychainFailure;
};

} // namespace TokenDesk
