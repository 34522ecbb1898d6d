// The window's NetworkBackend: loads the network module (libtokendesk-network.so) the first
// time something needs the network or the keychain, and forwards to it. Until then the window
// runs without QtNetwork, QtKeychain and the ten libraries they bring (2-3 ms of the loader's
// time at start-up and about 2 MiB; docs/performance.md).
#pragma once

#include "appsettings.h"
#include "networkbackend.h"

#include <QLibrary>
#include <QString>

#include <memory>
#include <optional>

namespace TokenDesk {

class ModuleNetworkBackend : public NetworkBackend
{
public:
    // `modulePath` is the module's file; defaultModulePath() finds the installed one.
    explicit ModuleNetworkBackend(const QString &modulePath = defaultModulePath());
    ~ModuleNetworkBackend() override;

    // Where the install put it relative to the executable, else beside it (the build tree).
    // The first that exists; the installed path when neither does, so an error names it.
    static QString defaultModulePath();

    // Loads the module now if it is not loaded. False, with loadError(), when it cannot be.
    bool load();
    bool isLoaded() const { return m_backend != nullptr; }
    QString loadError() const { return m_loadError; }

    std::unique_ptr<TokenFetcher> createFetcher() override;
    std::unique_ptr<CredentialServer> createCredentialServer(
        CredentialServer::Handlers handlers) override;
    // Remembered, and applied when the module loads: setting a proxy is no reason to load it.
    void applyProxy(const AppSettings &settings, const QString &password) override;
    DemoGateway startDemoGateway(const QString &appKey, const QByteArray &secret,
                                 QObject *parent) override;
    // A keychain that loads the module at its first read, write or removal.
    SecretStore *keychain() override;
    // The module's own keychain, loading the module; nullptr when it cannot be loaded.
    SecretStore *moduleKeychain();

private:
    NetworkBackend *backend(); // loaded on demand; nullptr when it cannot be

    QString m_modulePath;
    QLibrary m_library;
    std::unique_ptr<NetworkBackend> m_backend;
    QString m_loadError;
    bool m_loadTried = false;
    std::optional<std::pair<AppSettings, QString>> m_proxy;
    std::unique_ptr<SecretStore> m_keychain;
};

} // namespace TokenDesk
