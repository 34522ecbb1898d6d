// A local stand-in for the TOP gateway: verifies requests as the real one does and mints
// realistic credentials. Embedded by the window's demo mode, run by tokendesk-gateway-sim,
// and used by the tests over loopback.
#pragma once

#include "httpserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QJsonObject;

Q_DECLARE_LOGGING_CATEGORY(lcSim)

namespace TokenDesk {

class GatewaySimulator : public QObject
{
    Q_OBJECT

public:
    // What the simulator does with the next requests that pass verification.
    enum class Scenario {
        Normal,             // a fresh credential
        RateLimited,        // code 7, "This ban will last for N more seconds" (N = banSeconds)
        BusinessRefusal,    // resp_success false, resp_code 4001
        Http502Html,        // HTTP 502 with an HTML page
        TruncatedBody,      // a 200 whose body stops half-way
        OversizedBody,      // a 200 with a 2 MiB body
        SlowAnswer,         // waits slowDelay before answering normally
        ShortLifetime,      // credential valid for 90 s
        ClockSkew,          // the gateway's clock runs clockSkew seconds ahead (code 31 if far off)
        Unavailable,        // code 10 Service Currently Unavailable
        IspError,           // code 15 with sub_code isp.remote-service-timeout
        InvalidArguments,   // code 41 with sub_code isv.invalid-parameter
        Http503Once,        // HTTP 503 for the first request, then Normal (retry tests)
        UnavailableOnce,    // code 10 for the first request, then Normal
        RedirectToHttp,     // 307 to an http:// URL (the client must refuse)
        RedirectSameOrigin, // 307 to the same URL with ?redirected=1 (the client may follow)
        CloseWithoutAnswer, // closes the connection after reading the request
    };
    Q_ENUM(Scenario)

    static std::optional<Scenario> scenarioFromName(const QString &name); // "rate-limited"...
    static QString scenarioName(Scenario scenario);
    static QStringList scenarioNames();

    explicit GatewaySimulator(QObject *parent = nullptr);
    ~GatewaySimulator() override;

    // Listens on 127.0.0.1 by default; port 0 lets the OS choose.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:PORT/router/rest
    QString errorString() const;

    // Registers an app the gateway accepts.
    void addApp(const QString &appKey, const QByteArray &secret);

    void setScenario(Scenario scenario);
    Scenario scenario() const { return m_scenario; }

    void setLifetimeSeconds(int seconds);  // credential lifetime, default 3600
    void setBanSeconds(int seconds);       // RateLimited, default 2
    void setSlowDelayMs(int ms);           // SlowAnswer, default 20000
    void setClockSkewSeconds(qint64 secs); // ClockSkew, default 900 (outside the 600 s window)
    void setExpirationStyle(const QString &style); // "iso" (default), "top", "epoch", "epoch-ms"
    void setClock(std::function<QDateTime()> clock);

    // Limits against hostile clients (HttpServer's).
    static constexpr int MaxConnections = HttpServer::MaxConnections;
    static constexpr int IdleTimeoutMs = HttpServer::IdleTimeoutMs;
    // Overrides IdleTimeoutMs for this simulator (tests shorten it). Applies to the whole
    // request: a client that trickles bytes is closed just like one that sends none.
    void setIdleTimeoutMs(int ms);

    // Delays every answer by `ms` (on top of the slow scenario's delay), like a distant gateway.
    void setLatencyMs(int ms);
    int latencyMs() const { return m_latencyMs; }
    // At most `callsPerSecond` verified calls per app key in each one-second window (0: no
    // limit, the default). The call past the limit starts a ban that lasts to the end of the
    // window: it and every call during the ban get code 7 "App Call Limited" with the sub_msg
    // "This ban will last for K more seconds", as TOP answers. Windows follow setClock().
    void setRateLimit(int callsPerSecond);
    int rateLimit() const { return m_rateLimit; }
    // A client cannot know of a ban before its first code-7 answer reaches it: calls that
    // arrive within the latency plus this grace after the ban began were already in flight.
    static constexpr int InFlightGraceMs = 250;

    int requestCount() const { return m_requestCount; }
    int openConnections() const;
    // What the rate limit did: bans started, code-7 answers it gave (in-flight calls included),
    // and calls that arrived during a ban after the in-flight grace: a client that honours the
    // ban makes none.
    int bansStarted() const { return m_bansStarted; }
    int rateLimitedCount() const { return m_rateLimitedCount; }
    int callsDuringBan() const { return m_callsDuringBan; }

Q_SIGNALS:
    // Every request that reached the handler, with its parameters (for tests).
    void requestHandled(const QHash<QString, QString> &parameters);

private:
    // An HTTP answer, possibly held back for a while (the slow scenario).
    struct Answer : HttpResponse
    {
        int delayMs = 0;
    };
    struct TopError
    {
        int code = 0;
        QString msg;
        QString subCode;
        QString subMsg;
    };
    void serve(const HttpRequest &request, const HttpResponder &responder);
    Answer handle(const HttpRequest &request);
    Answer answerTop(QHash<QString, QString> parameters, const QByteArray &query);
    // Counts a verified call against the app key's limit; the code-7 error once past it.
    std::optional<TopError> rateLimited(const QString &appKey);
    std::optional<TopError> verify(const QHash<QString, QString> &parameters,
                                   const QDateTime &now) const;
    Answer scenarioAnswer(const QHash<QString, QString> &parameters, const QByteArray &query,
                          const QDateTime &now);
    static Answer errorAnswer(const QHash<QString, QString> &parameters, const TopError &error);
    static Answer htmlAnswer(int status, const QByteArray &title);
    static std::optional<TopError> verifyParam(const QString &param);
    Answer refusalAnswer(const QHash<QString, QString> &parameters) const;
    static Answer renderSuccess(const QHash<QString, QString> &parameters,
                                const QJsonObject &response);
    Answer credentialAnswer(const QHash<QString, QString> &parameters, const QDateTime &now,
                            int lifetimeSeconds, int tokenChars) const;
    QDateTime now() const; // the clock, shifted in the ClockSkew scenario

    HttpServer *m_server;
    QHash<QString, QByteArray> m_apps;
    Scenario m_scenario = Scenario::Normal;
    bool m_onceSpent = false; // the "-once" scenarios have failed their one request
    int m_lifetimeSeconds = 3600;
    int m_banSeconds = 2;
    int m_slowDelayMs = 20000;
    qint64 m_clockSkewSeconds = 900;
    QString m_expirationStyle = QStringLiteral("iso");
    std::function<QDateTime()> m_clock;
    int m_requestCount = 0;
    QString m_error;

    struct RateWindow
    {
        qint64 startMs = -1; // ms since the epoch, on m_clock
        int calls = 0;
        qint64 banStartMs = -1;
        qint64 banUntilMs = -1;
    };
    QHash<QString, RateWindow> m_rateWindows;
    int m_latencyMs = 0;
    int m_rateLimit = 0;
    int m_bansStarted = 0;
    int m_rateLimitedCount = 0;
    int m_callsDuringBan = 0;
};

} // namespace TokenDesk
