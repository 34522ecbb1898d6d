// The endpoint behind the window's "Serve to local tools".
#include "localserve.h"

namespace TokenDesk {

LocalServe::LocalServe(std::function<void()> refetch, QObject *parent)
    : QObject(parent)
    , m_source(std::move(refetch))
    , m_credential(&m_source)
    , m_endpoint(&m_credential)
{
    connect(&m_endpoint, &CredentialEndpoint::requestAnswered, this, &LocalServe::activityChanged);
}

LocalServe::~LocalServe() = default;

void LocalServe::setClock(RefreshingCredential::Clock clock)
{
    m_credential.setClock(std::move(clock));
}

bool LocalServe::start(const TokenResponse &response, qint64 gatewayClockOffset)
{
    m_credential.hold(response, gatewayClockOffset);
    if (!m_endpoint.listen())
        return false;
    Q_EMIT servingChanged(true);
    return true;
}

void LocalServe::stop()
{
    if (!m_endpoint.isListening())
        return;
    m_endpoint.close();
    // A refresh still waited for ends here: the requests waiting for it go with the endpoint.
    FetchError stopped;
    stopped.kind = FetchError::Kind::Cancelled;
    m_source.fail(stopped);
    Q_EMIT servingChanged(false);
}

bool LocalServe::isServing() const
{
    return m_endpoint.isListening();
}

QString LocalServe::errorString() const
{
    return m_endpoint.errorString();
}

QUrl LocalServe::uri() const
{
    return m_endpoint.uri();
}

int LocalServe::answered() const
{
    return m_endpoint.answered();
}

QDateTime LocalServe::lastRequestAt() const
{
    return m_endpoint.lastRequestAt();
}

void LocalServe::credentialFetched(const TokenResponse &response, qint64 gatewayClockOffset)
{
    if (!isServing())
        return;
    if (m_source.isPending())
        m_source.deliver(response, gatewayClockOffset);
    else
        m_credential.hold(response, gatewayClockOffset);
}

void LocalServe::fetchFailed(const FetchError &error)
{
    m_source.fail(error);
}

} // namespace TokenDesk
