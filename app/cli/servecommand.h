// `tokendesk-cli serve`: fetch once, then serve the credential on a loopback credentials URI,
// refreshed before it runs out, until SIGINT or SIGTERM.
#pragma once

#include "credentialendpoint.h"
#include "credentialsource.h"
#include "fetchcommand.h"
#include "refreshingcredential.h"
#include "signalrelay.h"

#include <memory>
#include <optional>

namespace TokenDesk {

class ServeCommand : public FetchCommand
{
    Q_OBJECT

public:
    using FetchCommand::FetchCommand;

protected:
    QString commandName() const override;
    QString commandDescription() const override;
    void addCommandOptions(QCommandLineParser &parser) override;
    void readCommandOptions(const QCommandLineParser &parser, QStringList &problems) override;
    void onTokenReceived(const TokenDesk::TokenResponse &response) override;

    // Starts the endpoint for the first credential; false (after saying why, and ending the
    // event loop) when it cannot listen.
    bool startServing(const TokenResponse &response);
    CredentialEndpoint *endpoint() const { return m_endpoint.get(); }
    // SIGINT/SIGTERM handling; serve stops, exec forwards.
    virtual void onTerminationRequested(int signal, bool fromTerminal);
    virtual bool watchesChildren() const { return false; }
    // serve logs every request; exec, whose child shares the terminal, only the failures.
    virtual bool logsEveryRequest() const { return true; }

    std::unique_ptr<SignalRelay> m_signals;

private:
    quint16 m_port = 0;
    std::optional<qint64> m_refreshMargin;
    std::unique_ptr<TokenClientSource> m_source;
    std::unique_ptr<RefreshingCredential> m_credential;
    std::unique_ptr<CredentialEndpoint> m_endpoint;
};

} // namespace TokenDesk
