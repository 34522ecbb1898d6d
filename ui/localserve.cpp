// The endpoint behind the window's "Serve to local tools".
#include "localserve.h"

namespace TokenDesk {

LocalServe::LocalServe(NetworkBackend *network, std::function<void()> refetch, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_refetch(std::move(refetch))
{ }

LocalServe::~LocalServe() = default;

CredentialServer &LocalServe::server()
{
    if (!m_server) {
        CredentialServer::Handlers handlers;
        handlers.refetch = [this] {
            if (m_refetch)
                m_refetch();
        };
        handlers.answered = [this] { Q_EMIT activityChanged(); };
        m_server = m_network->createCredentialServer(std::move(handlers));
        if (m_clock)
            m_server->setClock(m_clock);
    }
    return *m_server;
}

void LocalServe::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (m_server)
        m_server->setClock(m_clock);
}

bool LocalServe::start(const TokenResponse &response, qint64 gatewayClockOffset)
{
    if (!server().start(response, gatewayClockOffset))
        return false;
    Q_EMIT servingChanged(true);
    return true;
}

void LocalServe::stop()
{
    if (m_server && m_server->stop())
        Q_EMIT servingChanged(false);
}

bool LocalServe::isServing() const
{
    return m_server && m_server->isServing();
}

QString LocalServe::errorString() const
{
    return m_server ? m_server->errorString() : QString();
}

QUrl LocalServe::uri() const
{
    return m_server ? m_server->uri() : QUrl();
}

int LocalServe::answered() const
{
    return m_server ? m_server->answered() : 0;
}

QDateTime LocalServe::lastRequestAt() const
{
    return m_server ? m_server->lastRequestAt() : QDateTime();
}

void LocalServe::credentialFetched(const TokenResponse &response, qint64 gatewayClockOffset)
{
    if (m_server)
        m_server->credentialFetched(response, gatewayClockOffset);
}

void LocalServe::fetchFailed(const FetchError &error)
{
    if (m_server)
        m_server->fetchFailed(error);
}

} // namespace TokenDesk
