// Everything a MainWindow needs, owned in one place for the tests that only drive the window: a
// throwaway settings folder, in-memory keychain and session secrets, a manual clock. Tests that
// swap a service mid-test (a failing keychain, say) keep their own set-up.
#pragma once

#include "clipboardguard.h"
#include "clock.h"
#include "mainwindow.h"
#include "profile.h"
#include "secretstore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace TokenDesk::TestSupport {

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
    QNetworkAccessManager network;
    ClipboardGuard clipboard;
    ManualClock clock;
};

} // namespace TokenDesk::TestSupport
