// `tokendesk-cli profile …` and `tokendesk-cli secret …`: saved connections and their secrets.
#pragma once

#include "profile.h"
#include "secretstore.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace TokenDesk {

// Both commands return an exit code when they are over at once, or -1 while a keychain job
// runs; they then end the event loop with the exit code.
class ProfileCommand : public QObject
{
    Q_OBJECT

public:
    ProfileCommand(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);
    int start(const QStringList &arguments);

private:
    int list();
    int show(const QString &name);
    int add(const QStringList &arguments);
    int remove(const QString &name);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
};

class SecretCommand : public QObject
{
    Q_OBJECT

public:
    SecretCommand(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);
    int start(const QStringList &arguments);

private:
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
};

} // namespace TokenDesk
