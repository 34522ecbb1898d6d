// The loopback credential endpoint: what the Alibaba Cloud SDKs' `credentials_uri` provider
// (ALIBABA_CLOUD_CREDENTIALS_URI) reads. Safe against other local users (an unguessable path)
// and against web pages (a Host check against DNS rebinding; browser requests refused).
#pragma once

#include "fetcherror.h"
#include "httpserver.h"
#include "refreshingcredential.h"
#include "securitytoken.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

namespace TokenDesk {

// One answered request, for the log and the window's counter. Holds no secret and not the path.
struct EndpointRequest
{
    QByteArray method;
    bool credentialPath = false; // the request named the endpoint's secret path
    int status = 0;
    QString detail;    // why, in a few words ("credential, expires in 3540 s", "foreign Host")
    qint64 micros = 0; // from the complete request to the answer
};

// --- pure parts ---------------------------------------------------------------------------------

// A path of `bits` random bits from the system's CSPRNG, base64url: "/Zk3…".
QString newCapabilityPath(int bits = 256);

// Whether a Host header names this loopback endpoint: 127.0.0.1, localhost or [::1], with this
// port or none. Anything else may be a DNS-rebinding page that resolved its own name to
// 127.0.0.1.
bool isLoopbackHost(const QByteArray &host, quint16 port);

// Whether a request comes from a web browser (Origin or Sec-Fetch-* headers): no SDK sends
// them, and no web page has any business reading a credential.
bool isBrowserRequest(const HttpRequest &request);

// The 200 body: {"Code":"Success","AccessKeyId":…,"Expiration":"…Z"}. The expiration is put on
// this machine's clock (`gatewayClockOffset` seconds ahead of ours), because the SDK that reads
// it compares it with this machine's clock.
QByteArray credentialsUriBody(const TokenResponse &response, qint64 gatewayClockOffset);
// The 503 body: {"Code":…,"Message":…} naming the failure.
QByteArray failureBody(const FetchError &error);

// "GET 200 credential, expires in 3540 s (0.3 ms)": one log line, without a secret or the path.
QString formatEndpointRequest(const EndpointRequest &request);

// --- the endpoint -------------------------------------------------------------------------------

class CredentialEndpoint : public QObject
{
    Q_OBJECT

public:
    // `credential` is not owned and must outlive the endpoint.
    explicit CredentialEndpoint(RefreshingCredential *credential, QObject *parent = nullptr);
    ~CredentialEndpoint() override;

    // Listens on 127.0.0.1 only; port 0 lets the system choose. A new secret path each time.
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const;
    QString errorString() const;

    // http://127.0.0.1:PORT/PATH; empty when not listening.
    QUrl uri() const;

    int answered() const { return m_answered; }
    QDateTime lastRequestAt() const { return m_lastRequestAt; } // UTC; invalid before the first

Q_SIGNALS:
    void requestAnswered(const TokenDesk::EndpointRequest &request);

private:
    void handle(const HttpRequest &request, const HttpResponder &responder);
    void finish(const HttpResponder &responder, HttpResponse response, EndpointRequest entry,
                qint64 startedNs);
    // Counts an answered request and reports it (the window's counter, serve's log line).
    void record(const EndpointRequest &entry);

    RefreshingCredential *m_credential;
    HttpServer *m_server;
    QString m_path;
    int m_answered = 0;
    QDateTime m_lastRequestAt;
};

} // namespace TokenDesk

Q_DECLARE_METATYPE(TokenDesk::EndpointRequest)
