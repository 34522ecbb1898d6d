// What the window asks of the network, behind interfaces that name no QtNetwork or QtKeychain
// type: fetching, the "Serve to local tools" endpoint, the demo gateway, the proxy and the
// keychain. The window (tokendesk) links none of QtNetwork, its Kerberos and proxy libraries or
// QtKeychain; it loads them with the network module at its first need, or in the background
// once its window shows (docs/architecture.md, "The network module"). The CLI and the tests
// use InProcessNetworkBackend, the same implementation linked in.
#pragma once

#include "fetcherror.h"
#include "redaction.h"
#include "securitytoken.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QObject;

namespace TokenDesk {

struct AppSettings;
struct ConnectionSettings;
struct TokenRequest;
class GatewaySimulator;
class SecretStore;

// One TokenClient: one fetch at a time, with its retries and its exchange record. The
// handlers replace TokenClient's signals (a signal cannot cross into a module that is not
// linked) and are called on the fetcher's thread, the one that made it.
class TokenFetcher
{
public:
    struct Handlers
    {
        std::function<void(const TokenResponse &)> tokenReceived;
        std::function<void(const FetchError &)> fetchFailed;
        std::function<void(int attempt, const QString &reason)> retrying;
        std::function<void(qint64 seconds)> clockSkewDetected;
        std::function<void(const RequestRecord &)> exchangeFinished;
    };

    // TokenClient's, checked where both are known (inprocessnetworkbackend.cpp).
    static constexpr int MaxRetries = 2;
    static constexpr std::chrono::milliseconds DefaultTimeout{15000};

    virtual ~TokenFetcher() = default;
    virtual void setHandlers(Handlers handlers) = 0;
    virtual void setClock(std::function<QDateTime()> clock) = 0;
    virtual void setTimeout(std::chrono::milliseconds timeout) = 0;
    virtual void fetch(const ConnectionSettings &settings, const TokenRequest &request,
                       const QByteArray &secret) = 0;
    virtual void cancel() = 0;
    virtual bool isBusy() const = 0;
    virtual qint64 gatewayClockOffset() const = 0;
};

// The loopback credential endpoint for one credential on screen (see LocalServe).
class CredentialServer
{
public:
    struct Handlers
    {
        std::function<void()> refetch;  // start the window's fetch; its outcome comes back
                                        // through credentialFetched() or fetchFailed()
        std::function<void()> answered; // a request was answered
    };

    virtual ~CredentialServer() = default;
    virtual void setClock(std::function<QDateTime()> clock) = 0;
    // Holds `response` and listens on loopback; false (errorString() says why) if it cannot.
    virtual bool start(const TokenResponse &response, qint64 gatewayClockOffset) = 0;
    // Stops listening; a refresh still waited for ends. False when it was not listening.
    virtual bool stop() = 0;
    virtual bool isServing() const = 0;
    virtual QString errorString() const = 0;
    virtual QUrl uri() const = 0;
    virtual int answered() const = 0;
    virtual QDateTime lastRequestAt() const = 0;
    virtual void credentialFetched(const TokenResponse &response, qint64 gatewayClockOffset) = 0;
    virtual void fetchFailed(const FetchError &error) = 0;
};

// The embedded gateway simulator of --demo, listening on loopback, or why it is not.
struct DemoGateway
{
    GatewaySimulator *simulator = nullptr; // owned by the parent given; tests drive it
    // The same object as a QObject, so that the window can watch it without knowing its class
    // (knowing it would make a sanitizer build link the simulator, and QtNetwork, in).
    QObject *object = nullptr;
    QUrl url;
    QString error; // why it could not listen (the socket's own words), when simulator is null
};

class NetworkBackend
{
public:
    virtual ~NetworkBackend() = default;

    virtual std::unique_ptr<TokenFetcher> createFetcher() = 0;
    virtual std::unique_ptr<CredentialServer> createCredentialServer(
        CredentialServer::Handlers handlers) = 0;
    // Every fetch from now on goes through the proxy `settings` name (`password` for a manual
    // proxy with a user).
    virtual void applyProxy(const AppSettings &settings, const QString &password) = 0;
    // Starts the demo gateway with one app, owned by `parent`. The TOKENDESK_DEMO_SCENARIO and
    // TOKENDESK_DEMO_LIFETIME variables shape it (screenshots and tests only).
    virtual DemoGateway startDemoGateway(const QString &appKey, const QByteArray &secret,
                                         QObject *parent) = 0;
    // The OS keychain (QtKeychain, never its insecure fallback). Owned by the backend.
    virtual SecretStore *keychain() = 0;
};

// Checked between the window and the module it loads: a module from another build is refused
// rather than trusted with this layout.
constexpr int NetworkBackendAbi = 1;

} // namespace TokenDesk
