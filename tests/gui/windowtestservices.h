// Everything a MainWindow needs, owned in one place for the tests that only drive the window: a
// throwaway settings folder, in-memory keychain and session secrets, a manual clock. Tests that
// swap a service mid-test (a failing keychain, say) keep their own set-up.
#pragma once

#include "clipboardguard.h"
#include "clock.h"
#include "inprocessnetworkbackend.h"
#include "mainwindow.h"
#include "profile.h"
#include "secretstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

// Beside tests/hostilegateway.h's helpers, in the same namespace.
namespace TestSupport {

using TokenDesk::ClipboardGuard;
using TokenDesk::MainWindow;
using TokenDesk::ManualClock;
using TokenDesk::MemorySecretStore;
using TokenDesk::Profile;
using TokenDesk::ProfileStore;
using TokenDesk::SecretStore;

// `name`d child of `parent`, with a warning (not a crash in the lookup) when there is none.
template<typename T>
T *namedChild(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

// Saves a profile for app key 777 on `gateway` with its secret in `keychain`: true once stored.
inline bool saveProfileWithSecret(ProfileStore &profiles, SecretStore &keychain,
                                  const QString &name, const QUrl &gateway,
                                  const QByteArray &secret)
{
    Profile profile;
    profile.name = name;
    profile.settings.gateway = gateway;
    profile.settings.appKey = QStringLiteral("777");
    profiles.save(profile);
    bool stored = false;
    keychain.writeSecret(name, secret, nullptr,
                         [&stored](const SecretStore::Result &r) { stored = r.ok(); });
    return QTest::qWaitFor([&stored] { return stored; }, 5000);
}

class WindowTestServices
{
public:
    WindowTestServices()
        : settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat)
        , profileSettings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat)
        , profiles(&profileSettings)
    { }

    MainWindow::Services services()
    {
        MainWindow::Services s;
        s.profiles = &profiles;
        s.keychain = &keychain;
        s.sessionSecrets = &session;
        s.network = &network;
        s.clipboard = &clipboard;
        s.settings = &settings;
        s.clock = &clock;
        return s;
    }

    // A shown window on these services.
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(services());
        window->show();
        return window;
    }

    QTemporaryDir dir;
    QSettings settings;
    QSettings profileSettings;
    ProfileStore profiles;
    MemorySecretStore keychain;
    MemorySecretStore session;
    TokenDesk::InProcessNetworkBackend network; // the network module's code, linked in
    ClipboardGuard clipboard;
    ManualClock clock;
};

} // namespace TestSupport
