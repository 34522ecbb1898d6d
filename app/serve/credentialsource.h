// Where a served credential comes from: one upstream fetch on request. The endpoint only asks
// for a fresh credential; the CLI and the window each say how one is fetched.
#pragma once

#include "connectionsettings.h"
#include "fetcherror.h"
#include "securitytoken.h"
#include "tokenrequest.h"

#include <QByteArray>
#include <QObject>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace TokenDesk {

class TokenClient;

class CredentialSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts one fetch; it ends with exactly one of fetched or failed, after this returns.
    virtual void fetch() = 0;

Q_SIGNALS:
    // `gatewayClockOffset`: how far the gateway's clock runs ahead of ours, in seconds
    // (TokenClient::gatewayClockOffset()); the expiration is in the gateway's time.
    void fetched(const TokenDesk::TokenResponse &response, qint64 gatewayClockOffset);
    void failed(const TokenDesk::FetchError &error);
};

// A source whose fetches someone else performs: fetch() calls `start`, and the owner reports
// the outcome with deliver() or fail(). The window uses it so that a refresh is the window's own
// fetch (the screen and the endpoint show the same credential); tests use it as a fake.
class CallbackCredentialSource : public CredentialSource
{
    Q_OBJECT

public:
    explicit CallbackCredentialSource(std::function<void()> start, QObject *parent = nullptr);

    void fetch() override;
    bool isPending() const { return m_pending; }
    // Ends the pending fetch; nothing when none is pending.
    void deliver(const TokenDesk::TokenResponse &response, qint64 gatewayClockOffset);
    void fail(const TokenDesk::FetchError &error);

private:
    std::function<void()> m_start;
    bool m_pending = false;
};

// Fetches with a TokenClient: the same request each time, with a fresh request_id. Holds the
// app secret in memory for as long as it lives, because a refresh must sign again; it never
// writes it anywhere.
class TokenClientSource : public CredentialSource
{
    Q_OBJECT

public:
    TokenClientSource(QNetworkAccessManager *network, const ConnectionSettings &settings,
                      const TokenRequest &request, const QByteArray &secret,
                      std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~TokenClientSource() override;

    void fetch() override;

private:
    TokenClient *m_client;
    ConnectionSettings m_settings;
    TokenRequest m_request;
    QByteArray m_secret;
};

} // namespace TokenDesk
