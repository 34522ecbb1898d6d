// The credential an endpoint serves, renewed from its source before it runs out. The rules
// (interfaces.md, "serve"): fetch again once less than the refresh margin is left; requests that
// arrive together share one upstream fetch; a failed refresh never replaces a credential that
// still works; once nothing valid is left, say why.
#pragma once

#include "credentialsource.h"
#include "fetcherror.h"
#include "securitytoken.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>
#include <vector>

namespace TokenDesk {

// Seconds before expiry at which a credential is fetched again: `configured` when given (the
// user's --refresh-margin), else 300 s or half the lifetime when that is shorter, so that a
// short-lived credential is not refreshed on every request.
qint64 refreshMarginSeconds(qint64 lifetimeSeconds, std::optional<qint64> configured);

class RefreshingCredential : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // What a request gets: a credential to serve, or the failure that left nothing valid.
    struct Outcome
    {
        std::optional<TokenResponse> response;
        qint64 gatewayClockOffset = 0; // for the response: its expiration is in gateway time
        FetchError error;              // when there is no response
        bool ok() const { return response.has_value(); }
    };
    using Callback = std::function<void(const Outcome &)>;

    static constexpr qint64 DefaultMarginSeconds = 300;
    // After a failed refresh, requests within this long reuse its outcome instead of asking
    // the gateway again: a client polling in a loop must not hammer a gateway that is down.
    static constexpr qint64 FailureHoldSeconds = 10;

    // `source` is not owned and must outlive this object.
    explicit RefreshingCredential(CredentialSource *source, QObject *parent = nullptr);

    void setClock(Clock clock); // default: the system clock
    void setRefreshMargin(std::optional<qint64> seconds);

    // Holds a credential fetched elsewhere (serve's first fetch, the one on the window's screen).
    void hold(const TokenResponse &response, qint64 gatewayClockOffset);

    // Calls `done` with what to serve: at once when the held credential is fresh, otherwise
    // once the refresh this call starts (or joins) has ended.
    void obtain(Callback done);

    bool hasCredential() const { return m_held.has_value(); }
    const TokenResponse *held() const { return m_held ? &*m_held : nullptr; }
    qint64 gatewayClockOffset() const { return m_offset; }
    bool isRefreshing() const { return m_refreshing; }
    // Of the held credential, in gateway time; <= 0 when expired or when there is none.
    qint64 secondsLeft() const;
    int upstreamFetches() const { return m_upstreamFetches; }

Q_SIGNALS:
    void refreshed(const TokenDesk::TokenResponse &response, qint64 gatewayClockOffset);
    void refreshFailed(const TokenDesk::FetchError &error);

private:
    QDateTime gatewayNow() const;
    bool isFresh() const;
    bool failedRecently() const;
    Outcome heldOrFailure() const;
    void startRefresh();
    void onFetched(const TokenResponse &response, qint64 offset);
    void onFailed(const FetchError &error);
    void answerWaiting(const Outcome &outcome);

    CredentialSource *m_source;
    Clock m_clock;
    std::optional<qint64> m_configuredMargin;
    std::optional<TokenResponse> m_held;
    qint64 m_offset = 0;
    QDateTime m_heldSince; // gateway time when it was obtained: lifetime = since -> expiration
    bool m_refreshing = false;
    std::optional<FetchError> m_lastFailure;
    QDateTime m_lastFailureAt; // our clock
    std::vector<Callback> m_waiting;
    int m_upstreamFetches = 0;
};

} // namespace TokenDesk
