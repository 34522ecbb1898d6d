// Fetches one security token over HTTP: signs, sends, retries within limits, parses.
#pragma once

#include "connectionsettings.h"
#include "fetcherror.h"
#include "redaction.h"
#include "responseparser.h"
#include "securitytoken.h"
#include "tokenrequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace TokenDesk {

class TokenClient : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // The client never owns `network`; it must outlive the client.
    explicit TokenClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TokenClient() override;

    // Whole-request deadline, retries and waits included. Default 15 s.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Pause before retry n (1-based) is base * 3^(n-1). Default 200 ms; tests shorten it.
    void setRetryBackoff(std::chrono::milliseconds base);

    // The time used for timestamps. Default: the system clock.
    void setClock(Clock clock);

    // Whether this client waits out a short code-7 ban (up to MaxBanWaitSeconds) by itself, the
    // default, or reports every ban at once through fetchFailed, for a caller that pauses many
    // clients of the same app key together (fetch --batch): one client waiting alone would not
    // stop the others from calling during the ban.
    void setWaitsOutBans(bool wait) { m_waitsOutBans = wait; }

    bool isBusy() const { return m_busy; }

    // Starts a fetch; ends with exactly one of tokenReceived or fetchFailed, always after
    // fetch() has returned. A fetch already running is cancelled first. The secret is used to
    // sign and dropped when the fetch ends.
    void fetch(const ConnectionSettings &settings, const TokenRequest &request,
               const QByteArray &secret);

    // Stops the fetch in flight; fetchFailed(Cancelled) follows. Nothing if idle.
    void cancel();

    // How far the gateway's clock runs ahead of ours (negative: behind), as learnt in the last
    // fetch from a timestamp refusal (code 30/31) or from the Date header of the answer that
    // carried the credential; 0 when nothing was learnt. A credential's
    // expiration is in the gateway's time, so the time left is its distance from
    // now().addSecs(gatewayClockOffset()), not from our now(): with our clock 15 minutes slow,
    // an hour-long credential has an hour left, not an hour and a quarter.
    qint64 gatewayClockOffset() const { return m_skewSeconds; }

    // The most automatic retries one fetch makes (the code 31 clock correction is extra).
    static constexpr int MaxRetries = 2;
    static constexpr std::chrono::milliseconds DefaultTimeout{15000};
    // The longest rate-limit ban (code 7) the client waits out by itself.
    static constexpr int MaxBanWaitSeconds = 5;
    // The most same-origin 307/308 redirects one attempt follows.
    static constexpr int MaxRedirects = 1;
    // A clock offset this large is worth a hint in an error message.
    static constexpr qint64 NoticeableSkewSeconds = 30;

Q_SIGNALS:
    void tokenReceived(const TokenDesk::TokenResponse &response);
    void fetchFailed(const TokenDesk::FetchError &error);
    // Informational, for a status line: retry `attempt` (1-based) is scheduled, and why.
    void retrying(int attempt, const QString &reason);
    // The gateway's clock is ahead of ours by this many seconds (negative: behind).
    void clockSkewDetected(qint64 seconds);
    // One HTTP attempt ended, answered or not (a retried fetch reports each), before the fetch's
    // own tokenReceived/fetchFailed. For the request inspector: parameters as sent (never the
    // app secret) and the body with the credential and the request's token already redacted.
    void exchangeFinished(const TokenDesk::RequestRecord &record);

private:
    enum class AbortReason { None, Cancelled, TimedOut, Oversized, Redirect };

    void sendAttempt();
    void onReadyRead();
    void onRedirected(const QUrl &target);
    void onReplyFinished();
    // Parses `body`, reports the attempt as a RequestRecord and returns the parse.
    ParseResult reportExchange(int httpStatus, const QByteArray &body);
    void handleAnswer(int httpStatus, const ParseResult &result, const QByteArray &dateHeader);
    void handleTransportError(int httpStatus, const QString &errorText, bool retriable);
    void finishWithHttpStatus(int httpStatus);
    // An error when the credential had expired by the gateway's clock (its Date header), else
    // nullopt. Learns the clock offset from that header.
    std::optional<FetchError> expiredCredentialError(const TokenResponse &response,
                                                     const QByteArray &dateHeader);
    bool retryAfter(const QString &reason, std::chrono::milliseconds delay);
    std::chrono::milliseconds backoffFor(int retry) const;
    std::chrono::milliseconds timeLeft() const;
    void abortReply(AbortReason reason);
    FetchError timeoutError() const;
    void finishWithError(FetchError error);
    void finishWithToken(const TokenResponse &response);
    void reset();

    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{DefaultTimeout};
    std::chrono::milliseconds m_backoff{200};
    Clock m_clock;
    bool m_waitsOutBans = true;

    // State of the fetch in flight.
    ConnectionSettings m_settings;
    TokenRequest m_request;
    QByteArray m_secret;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    // The attempt in flight, for its RequestRecord.
    QUrl m_attemptUrl;
    ParameterMap m_attemptParameters;
    QDateTime m_attemptSentAt;
    QElapsedTimer m_attemptTimer;
    QStringList m_tlsErrors;
    QString m_redirectProblem;
    int m_redirects = 0; // followed in the attempt in flight
    AbortReason m_abortReason = AbortReason::None;
    QElapsedTimer m_started;
    QTimer m_deadline;
    QTimer m_retryTimer;
    int m_attempts = 0;
    int m_retries = 0;
    bool m_skewCorrected = false;
    qint64 m_skewSeconds = 0; // added to m_clock() after a code 31
    bool m_busy = false;
    quint64 m_generation = 0; // which fetch a queued call belongs to
};

} // namespace TokenDesk

Q_DECLARE_METATYPE(TokenDesk::TokenResponse)
Q_DECLARE_METATYPE(TokenDesk::FetchError)
Q_DECLARE_METATYPE(TokenDesk::RequestRecord)
