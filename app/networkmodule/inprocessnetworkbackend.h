// NetworkBackend implemented with the real parts, linked in: TokenClient over one
// QNetworkAccessManager, the credential endpoint, the gateway simulator and the OS keychain.
// The network module wraps one of these for the window; the tests link it directly.
#pragma once

#include "networkbackend.h"

#include <memory>

class QNetworkAccessManager;

namespace TokenDesk {

class KeychainSecretStore;

class InProcessNetworkBackend : public NetworkBackend
{
public:
    InProcessNetworkBackend();
    ~InProcessNetworkBackend() override;

    std::unique_ptr<TokenFetcher> createFetcher() override;
    std::unique_ptr<CredentialServer> createCredentialServer(
        CredentialServer::Handlers handlers) override;
    void applyProxy(const AppSettings &settings, const QString &password) override;
    DemoGateway startDemoGateway(const QString &appKey, const QByteArray &secret,
                                 QObject *parent) override;
    SecretStore *keychain() override;

    // The one network access manager every fetcher shares (made on first use), so a proxy
    // and the connection cache apply to all of them. Tests read its proxy.
    QNetworkAccessManager *networkAccess();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KeychainSecretStore> m_keychain;
};

} // namespace TokenDesk
