// Upstream fetches for the credential endpoint.
#include "credentialsource.h"

#include "tokenclient.h"

#include <utility>

namespace TokenDesk {

CallbackCredentialSource::CallbackCredentialSource(std::function<void()> start, QObject *parent)
    : CredentialSource(parent)
    , m_start(std::move(start))
{ }

void CallbackCredentialSource::fetch()
{
    m_pending = true;
    // After fetch() has returned, as the contract says, even if `start` answers at once.
    QMetaObject::invokeMethod(
        this, [this] { m_start(); }, Qt::QueuedConnection);
}

void CallbackCredentialSource::deliver(const TokenResponse &response, qint64 gatewayClockOffset)
{
    if (!std::exchange(m_pending, false))
        return;
    Q_EMIT fetched(response, gatewayClockOffset);
}

void CallbackCredentialSource::fail(const FetchError &error)
{
    if (!std::exchange(m_pending, false))
        return;
    Q_EMIT failed(error);
}

TokenClientSource::TokenClientSource(QNetworkAccessManager *network,
                                     const ConnectionSettings &settings,
                                     const TokenRequest &request, const QByteArray &secret,
                                     std::chrono::milliseconds timeout, QObject *parent)
    : CredentialSource(parent)
    , m_client(new TokenClient(network, this))
    , m_settings(settings)
    , m_request(request)
    , m_secret(secret)
{
    m_client->setTimeout(timeout);
    connect(m_client, &TokenClient::tokenReceived, this, [this](const TokenResponse &response) {
        Q_EMIT fetched(response, m_client->gatewayClockOffset());
    });
    connect(m_client, &TokenClient::fetchFailed, this, &CredentialSource::failed);
}

TokenClientSource::~TokenClientSource()
{
    // Not a guarantee against copies the allocator kept, but the live buffer goes first.
    m_secret.fill('\0');
}

void TokenClientSource::fetch()
{
    // request_id is the caller's idempotency key: a refresh is a new request.
    TokenRequest request = m_request;
    if (!request.requestId.isEmpty())
        request.requestId = TokenRequest::newRequestId();
    m_client->fetch(m_settings, request, m_secret);
}

} // namespace TokenDesk
