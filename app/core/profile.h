// Saved connection profiles: gateway, AppKey, sign method, wire shape and the last-used form
// values. Never a secret or a credential.
#pragma once

#include "connectionsettings.h"
#include "tokenrequest.h"

#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace TokenDesk {

struct Profile
{
    QString name;
    ConnectionSettings settings;
    // The form as last used. `token` is deliberately not kept: it may be a credential.
    TokenRequest lastRequest;
};

// Empty when `name` is a valid profile name, else why not (translated). Names are 1–64
// characters of letters, digits, '.', '_' and '-', starting with a letter or digit, so they
// are safe as settings groups, keychain keys and shell words.
QString profileNameProblem(const QString &name);

class ProfileStore
{
public:
    // The app's own settings file, named by its reverse-DNS id.
    ProfileStore();
    // Any QSettings (tests); the store does not own it.
    explicit ProfileStore(QSettings *settings);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    QStringList names() const; // sorted
    bool contains(const QString &name) const;
    std::optional<Profile> load(const QString &name) const;
    void save(const Profile &profile); // adds or replaces
    bool remove(const QString &name);

    // Where the profiles are kept, for messages and docs.
    QString location() const;
    // QSettings::Status as text when the last write failed, else empty.
    QString writeProblem();

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};

} // namespace TokenDesk
