#include "inprocessnetworkbackend.h"

#include "appsettings.h"
#include "credentialendpoint.h"
#include "credentialsource.h"
#include "gatewaysimulator.h"
#include "keychainsecretstore.h"
#include "refreshingcredential.h"
#include "tokenclient.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace TokenDesk {

namespace {

static_assert(TokenFetcher::MaxRetries == TokenClient::MaxRetries);
static_assert(TokenFetcher::DefaultTimeout == TokenClient::DefaultTimeout);

class ClientFetcher : public TokenFetcher
{
public:
    explicit ClientFetcher(QNetworkAccessManager *network)
        : m_client(network)
    {
        forward(&TokenClient::tokenReceived, &Handlers::tokenReceived);
        forward(&TokenClient::fetchFailed, &Handlers::fetchFailed);
        forward(&TokenClient::retrying, &Handlers::retrying);
        forward(&TokenClient::clockSkewDetected, &Handlers::clockSkewDetected);
        forward(&TokenClient::exchangeFinished, &Handlers::exchangeFinished);
    }

    void setHandlers(Handlers handlers) override { m_handlers = std::move(handlers); }
    void setClock(std::function<QDateTime()> clock) override
    {
        m_client.setClock(std::move(clock));
    }
    void setTimeout(std::chrono::milliseconds timeout) override { m_client.setTimeout(timeout); }
    void fetch(const ConnectionSettings &settings, const TokenRequest &request,
               const QByteArray &secret) override
    {
        m_client.fetch(settings, request, secret);
    }
    void cancel() override { m_client.cancel(); }
    bool isBusy() const override { return m_client.isBusy(); }
    qint64 gatewayClockOffset() const override { return m_client.gatewayClockOffset(); }

private:
    // The client's `signal` goes to the handler `member`, when one is set.
    template<typename Signal, typename Handler>
    void forward(Signal signal, Handler Handlers::*member)
    {
        QObject::connect(&m_client, signal, &m_client, [this, member](const auto &...args) {
            if (m_handlers.*member)
                (m_handlers.*member)(args...);
        });
    }

    Handlers m_handlers;
    TokenClient m_client;
};

// The body of the window's "Serve to local tools": a refresh is the window's own fetch, so the
// screen and the endpoint always show the same credential (docs/architecture.md).
class EndpointServer : public CredentialServer
{
public:
    explicit EndpointServer(Handlers handlers)
        : m_handlers(std::move(handlers))
        , m_source([this] {
            if (m_handlers.refetch)
                m_handlers.refetch();
        })
        , m_credential(&m_source)
        , m_endpoint(&m_credential)
    {
        QObject::connect(&m_endpoint, &CredentialEndpoint::requestAnswered, &m_endpoint, [this] {
            if (m_handlers.answered)
                m_handlers.answered();
        });
    }

    void setClock(std::function<QDateTime()> clock) override
    {
        m_credential.setClock(std::move(clock));
    }
    bool start(const TokenResponse &response, qint64 gatewayClockOffset) override
    {
        m_credential.hold(response, gatewayClockOffset);
        return m_endpoint.listen();
    }
    bool stop() override
    {
        if (!m_endpoint.isListening())
            return false;
        m_endpoint.close();
        // A refresh still waited for ends here: the requests waiting for it go with the endpoint.
        FetchError stopped;
        stopped.kind = FetchError::Kind::Cancelled;
        m_source.fail(stopped);
        return true;
    }
    bool isServing() const override { return m_endpoint.isListening(); }
    QString errorString() const override { return m_endpoint.errorString(); }
    QUrl uri() const override { return m_endpoint.uri(); }
    int answered() const override { return m_endpoint.answered(); }
    QDateTime lastRequestAt() const override { return m_endpoint.lastRequestAt(); }
    void credentialFetched(const TokenResponse &response, qint64 gatewayClockOffset) override
    {
        if (!isServing())
            return;
        if (m_source.isPending())
            m_source.deliver(response, gatewayClockOffset);
        else
            m_credential.hold(response, gatewayClockOffset);
    }
    void fetchFailed(const FetchError &error) override { m_source.fail(error); }

private:
    Handlers m_handlers;
    CallbackCredentialSource m_source;
    RefreshingCredential m_credential;
    CredentialEndpoint m_endpoint;
};

} // namespace

InProcessNetworkBackend::InProcessNetworkBackend() = default;

InProcessNetworkBackend::~InProcessNetworkBackend() = default;

QNetworkAccessManager *InProcessNetworkBackend::networkAccess()
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return m_network.get();
}

std::unique_ptr<TokenFetcher> InProcessNetworkBackend::createFetcher()
{
    return std::make_unique<ClientFetcher>(networkAccess());
}

std::unique_ptr<CredentialServer> InProcessNetworkBackend::createCredentialServer(
    CredentialServer::Handlers handlers)
{
    return std::make_unique<EndpointServer>(std::move(handlers));
}

void InProcessNetworkBackend::applyProxy(const AppSettings &settings, const QString &password)
{
    QNetworkProxyFactory::setUseSystemConfiguration(settings.proxyMode
                                                    == AppSettings::ProxyMode::System);
    networkAccess()->setProxy(proxyFor(settings, password));
    networkAccess()->clearConnectionCache();
}

DemoGateway InProcessNetworkBackend::startDemoGateway(const QString &appKey,
                                                      const QByteArray &secret, QObject *parent)
{
    DemoGateway demo;
    auto sim = std::make_unique<GatewaySimulator>();
    sim->addApp(appKey, secret);
    if (!sim->listen()) {
        demo.error = sim->errorString();
        return demo;
    }
    // For screenshots and demos of failure handling only: the embedded simulator can be told to
    // misbehave or to mint short-lived credentials. Nothing outside demo mode reads these.
    if (const auto scenario =
            GatewaySimulator::scenarioFromName(qEnvironmentVariable("TOKENDESK_DEMO_SCENARIO")))
        sim->setScenario(*scenario);
    bool lifetimeOk = false;
    const int lifetime = qEnvironmentVariableIntValue("TOKENDESK_DEMO_LIFETIME", &lifetimeOk);
    if (lifetimeOk && lifetime > 0)
        sim->setLifetimeSeconds(lifetime);
    demo.url = sim->url();
    sim->setParent(parent);
    demo.object = sim.get();
    demo.simulator = sim.release();
    return demo;
}

SecretStore *InProcessNetworkBackend::keychain()
{
    if (!m_keychain)
        m_keychain = std::make_unique<KeychainSecretStore>();
    return m_keychain.get();
}

} // namespace TokenDesk
