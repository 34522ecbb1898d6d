// "Manage profiles…": add, edit and remove connection profiles, and set or clear each one's
// app secret through a masked field. A secret is never shown again once stored.
#pragma once

#include "profile.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ProfileDialog;
}

namespace TokenDesk {

class ProfileStore;
class SecretStore;
class MemorySecretStore;

class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // `keychain` is where secrets go; `sessionSecrets` holds "this session only" secrets when
    // the keychain is unavailable. None is owned.
    ProfileDialog(ProfileStore *profiles, SecretStore *keychain, MemorySecretStore *sessionSecrets,
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // Selects `name` in the list (when it exists).
    void selectProfile(const QString &name);
    QString selectedProfile() const;

    // Asks a yes/no question (remove, clear a secret, discard unsaved edits); true means go
    // ahead. Default: a QMessageBox. Tests replace it so no modal box ever opens.
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm);

    void reject() override;

Q_SIGNALS:
    // Any add, edit, remove or secret change, so the main window reloads its selector.
    void profilesChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // Unreachable: no keychain answers, so there is nothing Clear secret could remove.
    enum class SecretState {
        NoProfile,
        Checking,
        Busy,
        InKeychain,
        InSession,
        NotStored,
        Unreachable,
        Failed
    };

    void reloadList(const QString &select);
    void syncListSelection();              // the list shows m_current, without side effects
    void showProfile(const QString &name); // empty: a new, unsaved profile
    void onCurrentRowChanged(int row);
    void addProfile();
    void removeProfile();
    void saveProfile();
    void storeSecret();
    void storeSecretForSession();
    void clearSecret();
    void refreshSecretStatus();
    void setSecretStatus(SecretState state, const QString &text);

    // The profile as the form describes it; `lastRequest` comes from the saved one.
    Profile formProfile() const;
    QString firstProblem(const Profile &profile) const;
    bool isDirty() const;
    bool confirmDiscard();
    void updateControls();
    QString profileAt(int row) const;

    const std::unique_ptr<Ui::ProfileDialog> m_ui;
    ProfileStore *m_profiles;
    SecretStore *m_keychain;
    MemorySecretStore *m_sessionSecrets;
    Confirm m_confirm;

    Profile m_loaded;   // what the form started from: saved values, or defaults when new
    QString m_current;  // the saved profile shown; empty while adding a new one
    QString m_removing; // a removal waiting for the keychain
    SecretState m_secretState = SecretState::NoProfile;
    bool m_offerSession = false;
    bool m_statusPending = false; // selected while hidden: check the secret once shown
    // Bumped whenever the shown profile or its secret operation changes, so a late keychain
    // answer about an earlier one never lands in the form.
    quint64 m_secretSerial = 0;
};

} // namespace TokenDesk
