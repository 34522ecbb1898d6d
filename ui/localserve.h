// The window's "Serve to local tools": the loopback credential endpoint for the credential on
// screen. A refresh is the window's own fetch (so the screen and the endpoint always show the
// same credential); the endpoint only asks for it. See docs/architecture.md.
#pragma once

#include "networkbackend.h"
#include "securitytoken.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace TokenDesk {

class LocalServe : public QObject
{
    Q_OBJECT

public:
    // `refetch` starts the window's fetch for the credential on screen; its outcome must come
    // back through credentialFetched() or fetchFailed(). The endpoint itself comes from
    // `network` (not owned) when serving first starts.
    LocalServe(NetworkBackend *network, std::function<void()> refetch, QObject *parent = nullptr);
    ~LocalServe() override;

    // The window's clock, so that the refresh margin counts in the same time as the countdown.
    void setClock(std::function<QDateTime()> clock);

    // Starts serving `response` (its request is the one on screen). False when the endpoint
    // cannot listen; errorString() says why.
    bool start(const TokenResponse &response, qint64 gatewayClockOffset);
    void stop();
    bool isServing() const;
    QString errorString() const;
    QUrl uri() const;
    int answered() const;
    QDateTime lastRequestAt() const;

    // Every fetch the window finishes while serving: a fresh credential replaces the held one,
    // and the refresh the endpoint asked for (if any) ends.
    void credentialFetched(const TokenResponse &response, qint64 gatewayClockOffset);
    void fetchFailed(const FetchError &error);

Q_SIGNALS:
    void servingChanged(bool serving);
    void activityChanged(); // a request was answered

private:
    CredentialServer &server();

    NetworkBackend *m_network;
    std::function<void()> m_refetch;
    std::function<QDateTime()> m_clock;
    std::unique_ptr<CredentialServer> m_server;
};

} // namespace TokenDesk
