// Fetches one security token over HTTP: signs, sends, retries within limits, parses.
#pragma once

#include "connectionsettings.h"
#include "fetcherror.h"
#include "requestbuilder.h"
#include "securitytoken.h"
#include "tokenrequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace TokenDesk {

class TokenClient : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit TokenClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TokenClient() override;

    // Whole-request deadline, retries and waits included. Default 15 s.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Pause before retry n (1-based) is base * 3^(n-1). Default 200 ms; tests shorten it.
    void setRetryBackoff(std::chrono::milliseconds base);

    // The time used for timestamps. Default: the system clock.
    void setClock(Clock clock);

    bool isBusy() const;

    // Starts a fetch; ends with exactly one of tokenReceived or fetchFailed. A fetch already
    // running is cancelled first. The secret is used to sign and not kept after the fetch.
    void fetch(const ConnectionSettings &settings, const TokenRequest &request,
               const QByteArray &secret);

    // Stops the fetch in flight; fetchFailed(Cancelled) follows. Nothing if idle.
    void cancel();

Q_SIGNALS:
    void tokenReceived(const TokenDesk::TokenResponse &response);
    void fetchFailed(const TokenDesk::FetchError &error);
    // Informational, for a status line: a retry is about to happen, and why.
    void retrying(int attempt, const QString &reason);
    // The gateway's clock differs from ours by this many seconds (code 31 handling).
    void clockSkewDetected(qint64 seconds);

private:
    void sendAttempt();
    void onReplyFinished(QNetworkReply *reply);
    void onDeadline();
    void scheduleRetry(const QString &reason, std::chrono::milliseconds delay);
    void finishWithError(FetchError error);
    void finishWithToken(const TokenResponse &response);
    void reset();

    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{15000};
    std::chrono::milliseconds m_backoff{200};
    Clock m_clock;

    // State of the fetch in flight.
    ConnectionSettings m_settings;
    TokenRequest m_request;
    QByteArray m_secret;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_retryTimer;
    int m_attempts = 0;
    int m_retriesLeft = 0;
    bool m_skewRetried = false;
    qint64 m_skewSeconds = 0; // added to m_clock() after a code 31
    bool m_busy = false;
};

} // namespace TokenDesk
