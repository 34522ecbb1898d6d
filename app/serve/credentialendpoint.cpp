// The credentials_uri endpoint: checks, answers and one log entry per request.
#include "credentialendpoint.h"

#include "jsontext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

namespace TokenDesk {

namespace {

qint64 monotonicNs()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.nsecsElapsed();
}

HttpResponse jsonResponse(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "application/json;charset=UTF-8";
    response.body = body;
    // A credential must not be kept by any cache between the client and us.
    response.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    return response;
}

// "RefreshFailed.Gateway": a stable code a script can branch on; the message says the rest.
QString failureCode(const FetchError &error)
{
    switch (error.kind) {
    case FetchError::Kind::Gateway:
        return QStringLiteral("RefreshFailed.Gateway");
    case FetchError::Kind::Refused:
        return QStringLiteral("RefreshFailed.Refused");
    case FetchError::Kind::Network:
    case FetchError::Kind::Cancelled:
        return QStringLiteral("RefreshFailed.Network");
    case FetchError::Kind::Malformed:
        return QStringLiteral("RefreshFailed.InvalidResponse");
    case FetchError::Kind::InvalidInput:
        return QStringLiteral("RefreshFailed.InvalidInput");
    }
    return QStringLiteral("RefreshFailed");
}

} // namespace

QString newCapabilityPath(int bits)
{
    QByteArray random((qMax(128, bits) + 7) / 8, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(random.data()),
                                         reinterpret_cast<quint32 *>(random.data())
                                             + random.size() / int(sizeof(quint32)));
    // generate() fills whole words; a tail shorter than a word gets its own draw.
    for (qsizetype i = random.size() / 4 * 4; i < random.size(); ++i)
        random[i] = char(QRandomGenerator::system()->bounded(256));
    return QLatin1Char('/')
        + QString::fromLatin1(
               random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isLoopbackHost(const QByteArray &host, quint16 port)
{
    QByteArray name = host.trimmed().toLower();
    const QByteArray suffix = ':' + QByteArray::number(port);
    // With the port, as HTTP clients send it. Without one too: the Python credentials SDK
    // (alibabacloud_credentials 1.0.x) sends the bare host name. The name is what stops a
    // rebinding page (its own name is refused either way), and Origin stops other pages.
    if (name.endsWith(suffix))
        name.chop(suffix.size());
    else if (name.contains(':') && !name.endsWith(']'))
        return false; // another port
    return name == "127.0.0.1" || name == "localhost" || name == "[::1]";
}

bool isBrowserRequest(const HttpRequest &request)
{
    if (!request.header("origin").isEmpty())
        return true;
    for (const auto &[name, value] : request.headers) {
        if (name.startsWith("sec-fetch-"))
            return true;
    }
    return false;
}

QByteArray credentialsUriBody(const TokenResponse &response, qint64 gatewayClockOffset)
{
    const SecurityToken &c = response.credential;
    const QDateTime localExpiry = c.expiration.toUTC().addSecs(-gatewayClockOffset);
    return OrderedJsonObject()
        .add(QStringLiteral("Code"), QStringLiteral("Success"))
        .add(QStringLiteral("AccessKeyId"), c.accessKeyId)
        .add(QStringLiteral("AccessKeySecret"), c.accessKeySecret)
        .add(QStringLiteral("SecurityToken"), c.securityToken)
        .add(QStringLiteral("Expiration"), localExpiry.toString(Qt::ISODate))
        .toString()
        .toUtf8();
}

QByteArray failureBody(const FetchError &error)
{
    return OrderedJsonObject()
        .add(QStringLiteral("Code"), failureCode(error))
        .add(QStringLiteral("Message"), error.oneLine())
        .toString()
        .toUtf8();
}

QString formatEndpointRequest(const EndpointRequest &request)
{
    return QStringLiteral("%1 %2 %3 (%4 ms)")
        .arg(QString::fromLatin1(request.method.left(16)))
        .arg(request.status)
        .arg(request.detail)
        .arg(double(request.micros) / 1000.0, 0, 'f', 1);
}

CredentialEndpoint::CredentialEndpoint(RefreshingCredential *credential, QObject *parent)
    : QObject(parent)
    , m_credential(credential)
    , m_server(new HttpServer(this))
{
    m_server->setServerName("TokenDesk");
    m_server->setHandler([this](const HttpRequest &request, const HttpResponder &responder) {
        handle(request, responder);
    });
    connect(m_server, &HttpServer::requestRejected, this,
            [this](int status, const QByteArray &reason) {
                EndpointRequest entry;
                entry.method = "-";
                entry.status = status;
                entry.detail = QString::fromLatin1(reason);
                record(entry);
            });
}

CredentialEndpoint::~CredentialEndpoint()
{
    close();
}

bool CredentialEndpoint::listen(quint16 port)
{
    close();
    m_path = newCapabilityPath();
    return m_server->listen(QHostAddress::LocalHost, port);
}

void CredentialEndpoint::close()
{
    m_server->close();
    m_path.clear();
}

bool CredentialEndpoint::isListening() const
{
    return m_server->isListening();
}

QString CredentialEndpoint::errorString() const
{
    return m_server->errorString();
}

QUrl CredentialEndpoint::uri() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->port());
    url.setPath(m_path);
    return url;
}

void CredentialEndpoint::handle(const HttpRequest &request, const HttpResponder &responder)
{
    const qint64 started = monotonicNs();
    EndpointRequest entry;
    entry.method = request.method;
    const qsizetype question = request.target.indexOf('?');
    const QByteArray path = question < 0 ? request.target : request.target.left(question);
    entry.credentialPath = !m_path.isEmpty() && path == m_path.toLatin1();

    // The Host check comes first, so a rebinding page learns nothing, not even which paths exist.
    if (!isLoopbackHost(request.header("host"), m_server->port())) {
        entry.detail = QStringLiteral("foreign Host header");
        finish(responder, jsonResponse(403, "{\"Code\":\"Forbidden\",\"Message\":\"Host\"}"), entry,
               started);
        return;
    }
    if (isBrowserRequest(request)) {
        entry.detail = QStringLiteral("browser request refused");
        finish(responder, jsonResponse(403, "{\"Code\":\"Forbidden\",\"Message\":\"Origin\"}"),
               entry, started);
        return;
    }
    if (!entry.credentialPath) {
        entry.detail = QStringLiteral("unknown path");
        finish(responder, HttpResponse::text(404, "Not Found\n"), entry, started);
        return;
    }
    if (request.method != "GET") {
        entry.detail = QStringLiteral("method not allowed");
        HttpResponse response = HttpResponse::text(405, "Method Not Allowed\n");
        response.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET")));
        finish(responder, response, entry, started);
        return;
    }
    m_credential->obtain([this, responder, entry,
                          started](const RefreshingCredential::Outcome &outcome) mutable {
        if (!outcome.ok()) {
            entry.detail = QStringLiteral("no valid credential: ") + outcome.error.oneLine();
            finish(responder, jsonResponse(503, failureBody(outcome.error)), entry, started);
            return;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(outcome.gatewayClockOffset);
        entry.detail = QStringLiteral("credential, expires in %1 s")
                           .arg(now.secsTo(outcome.response->credential.expiration));
        finish(responder,
               jsonResponse(200, credentialsUriBody(*outcome.response, outcome.gatewayClockOffset)),
               entry, started);
    });
}

void CredentialEndpoint::finish(const HttpResponder &responder, HttpResponse response,
                                EndpointRequest entry, qint64 startedNs)
{
    responder.respond(response);
    entry.status = response.status;
    entry.micros = (monotonicNs() - startedNs) / 1000;
    record(entry);
}

void CredentialEndpoint::record(const EndpointRequest &entry)
{
    ++m_answered;
    m_lastRequestAt = QDateTime::currentDateTimeUtc();
    Q_EMIT requestAnswered(entry);
}

} // namespace TokenDesk
