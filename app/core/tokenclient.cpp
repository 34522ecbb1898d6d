// The token client: one fetch = up to 1 + MaxRetries (+1 clock correction) signed POSTs,
// all inside one deadline.
#include "tokenclient.h"

#include "logging.h"
#include "requestbuilder.h"
#include "responseparser.h"

#include <QCoreApplication>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslError>
#include <QTimeZone>

#include <type_traits>
#include <utility>
#include <variant>

using namespace std::chrono_literals;

namespace TokenDesk {

namespace {

bool isRetriableHttpStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

bool isRetriableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

QString httpStatusMessage(int status)
{
    if (status == 502 || status == 503 || status == 504)
        return QCoreApplication::translate(
                   "TokenClient",
                   "The gateway is temporarily unavailable (HTTP %1). Try again in a minute.")
            .arg(status);
    if (status == 404)
        return QCoreApplication::translate(
            "TokenClient", "The gateway URL is wrong (HTTP 404). It normally ends in /router/rest.");
    if (status == 407)
        return QCoreApplication::translate(
            "TokenClient",
            "The proxy asks for authentication (HTTP 407). Check the proxy settings.");
    return QCoreApplication::translate(
               "TokenClient",
               "The gateway answered with HTTP status %1 instead of a TOP response. Check the "
               "gateway URL.")
        .arg(status);
}

// The most of an answer's body a RequestRecord keeps.
constexpr qsizetype MaxRecordedBodyBytes = 64 * 1024;

// Values of credential members in a body that did not parse (cut off, oversized, garbled), so
// the record blanks them too: JSON (also escaped inside a string) or XML, the value possibly cut
// short. Short values are left alone: blanking every "ok" would make the body unreadable, and
// a real secret or token is far longer.
QStringList credentialValuesIn(const QString &body)
{
    static const QRegularExpression member(
        QStringLiteral("(?:access_key_secret|token)(?:\\\\*\"\\s*:\\s*\\\\*\"|>)([^\"\\\\<]{8,})"));
    QStringList values;
    for (auto it = member.globalMatch(body); it.hasNext();)
        values << it.next().captured(1);
    return values;
}

} // namespace

TokenClient::TokenClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    Q_ASSERT(network);
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCInfo(lcClient) << "deadline reached after" << m_attempts << "attempt(s)";
        if (m_reply) {
            abortReply(AbortReason::TimedOut); // onReplyFinished reports it
        } else {
            finishWithError(timeoutError());
        }
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &TokenClient::sendAttempt);
}

TokenClient::~TokenClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void TokenClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout > 0ms ? timeout : 15000ms;
}

void TokenClient::setRetryBackoff(std::chrono::milliseconds base)
{
    m_backoff = base;
}

void TokenClient::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void TokenClient::fetch(const ConnectionSettings &settings, const TokenRequest &request,
                        const QByteArray &secret)
{
    if (m_busy)
        cancel();

    m_busy = true;
    ++m_generation;
    m_settings = settings;
    m_request = request.trimmed();
    m_secret = secret;
    m_attempts = 0;
    m_retries = 0;
    m_skewCorrected = false;
    m_skewSeconds = 0;
    m_started.start();

    QStringList problems = settings.validate();
    for (const FieldProblem &problem : request.validate())
        problems << problem.message;
    if (secret.trimmed().isEmpty())
        problems << QCoreApplication::translate("TokenClient", "The app secret is missing.");
    if (!problems.isEmpty()) {
        FetchError error;
        error.kind = FetchError::Kind::InvalidInput;
        error.message = joinSentences(problems);
        // Queued, so callers can connect after fetch() and still hear exactly one answer.
        // The generation check drops it if another fetch or a cancel came first.
        QMetaObject::invokeMethod(
            this,
            [this, error, generation = m_generation] {
                if (generation == m_generation && m_busy)
                    finishWithError(error);
            },
            Qt::QueuedConnection);
        return;
    }

    m_deadline.start(m_timeout);
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation == m_generation && m_busy)
                sendAttempt();
        },
        Qt::QueuedConnection);
}

void TokenClient::cancel()
{
    if (!m_busy)
        return;
    if (m_reply) {
        abortReply(AbortReason::Cancelled);
        return;
    }
    FetchError error;
    error.kind = FetchError::Kind::Cancelled;
    error.message = QCoreApplication::translate("TokenClient", "Cancelled.");
    finishWithError(error);
}

void TokenClient::sendAttempt()
{
    if (!m_busy)
        return;
    ++m_attempts;
    m_body.clear();
    m_tlsErrors.clear();
    m_redirectProblem.clear();
    m_redirects = 0;
    m_abortReason = AbortReason::None;

    const QDateTime ours = m_clock();
    const QDateTime now = ours.addSecs(m_skewSeconds);
    const BuiltRequest built = buildRequest(m_settings, m_request, m_secret, now);
    qCInfo(lcClient) << "attempt" << m_attempts << "POST" << built.url.host() << built.url.path();
    m_attemptUrl =
        built.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    m_attemptParameters = built.parameters;
    m_attemptSentAt = ours;
    m_attemptTimer.start();

    QNetworkRequest request = built.networkRequest();
    // Our own count ends a redirect loop first (see onRedirected).
    request.setMaximumRedirectsAllowed(MaxRedirects + 1);
    // Qt's own archive-bomb check fails with an empty "Decompression failed" indistinguishable
    // from a body that does not decode; the size limit in onReadyRead() catches a bomb instead
    // (Qt decodes into a counter first, so the decoded size shows before any of it is kept).
    request.setDecompressedSafetyCheckThreshold(-1);
    QNetworkReply *reply = m_network->post(request, built.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &TokenClient::onReadyRead);
    connect(reply, &QNetworkReply::redirected, this, &TokenClient::onRedirected);
    connect(reply, &QNetworkReply::finished, this, &TokenClient::onReplyFinished);
#if QT_CONFIG(ssl)
    // Recorded for the message only: TLS errors are never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors << error.errorString();
    });
#endif
}

void TokenClient::onReadyRead()
{
    if (!m_reply)
        return;
    const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (declared > MaxResponseBytes
        || m_body.size() + m_reply->bytesAvailable() > MaxResponseBytes) {
        abortReply(AbortReason::Oversized);
        return;
    }
    m_body += m_reply->readAll();
}

void TokenClient::onRedirected(const QUrl &target)
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl origin = m_reply->request().url();
    // 301, 302 and 303 turn the POST into a GET, which would drop `param` and break the
    // signature; any change of host, port or to plain http would hand a signed request and the
    // credential in its answer to someone else.
    if (status != 307 && status != 308) {
        m_redirectProblem = QCoreApplication::translate(
                                "TokenClient",
                                "The gateway redirected with HTTP %1, which would change the POST "
                                "into a GET. Use the final gateway URL: %2")
                                .arg(status)
                                .arg(target.toDisplayString(QUrl::RemoveQuery));
    } else if (target.scheme() != origin.scheme() || target.host() != origin.host()
               || target.port(-1) != origin.port(-1)) {
        m_redirectProblem = QCoreApplication::translate(
                                "TokenClient",
                                "The gateway redirected to another address (%1). TokenDesk only "
                                "follows redirects that stay on the gateway you set; if it has "
                                "moved, set the new URL.")
                                .arg(target.toDisplayString(QUrl::RemoveQuery));
    }
    // Qt would stop at the request's own limit too, but with an error it also prints to
    // standard error; counting here ends a loop cleanly, and it is not retried.
    if (m_redirectProblem.isEmpty() && ++m_redirects > MaxRedirects) {
        m_redirectProblem = QCoreApplication::translate(
            "TokenClient", "The gateway kept redirecting (too many redirects); set its final URL.");
    }
    if (!m_redirectProblem.isEmpty()) {
        abortReply(AbortReason::Redirect);
        return;
    }
    Q_EMIT m_reply->redirectAllowed();
}

void TokenClient::abortReply(AbortReason reason)
{
    m_abortReason = reason;
    if (m_reply)
        m_reply->abort(); // finished follows synchronously; onReplyFinished reads the reason
}

void TokenClient::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    if (m_abortReason == AbortReason::None && reply->bytesAvailable() > 0) {
        if (m_body.size() + reply->bytesAvailable() > MaxResponseBytes)
            m_abortReason = AbortReason::Oversized;
        else
            m_body += reply->readAll();
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // The unredacted body lives on only in this frame: the record gets a redacted copy.
    const QByteArray body = std::exchange(m_body, QByteArray());
    const quint64 generation = m_generation;
    const ParseResult parsed = reportExchange(status, body);
    if (generation != m_generation || !m_busy)
        return; // a listener cancelled, or started another fetch, from exchangeFinished
    FetchError error;
    error.httpStatus = status;
    switch (m_abortReason) {
    case AbortReason::None:
        break;
    case AbortReason::Cancelled:
        error.kind = FetchError::Kind::Cancelled;
        error.message = QCoreApplication::translate("TokenClient", "Cancelled.");
        finishWithError(error);
        return;
    case AbortReason::TimedOut:
        finishWithError(timeoutError());
        return;
    case AbortReason::Oversized:
        error.kind = FetchError::Kind::Malformed;
        error.message = QCoreApplication::translate(
                            "TokenClient",
                            "The answer is larger than %1 MiB, far more than a token response; "
                            "the gateway URL probably points at something else.")
                            .arg(MaxResponseBytes / (1024 * 1024));
        finishWithError(error);
        return;
    case AbortReason::Redirect:
        error.kind = FetchError::Kind::Network;
        error.message = m_redirectProblem;
        finishWithError(error);
        return;
    }

    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed();
    if (status > 0 && status < 400 && body.isEmpty() && !encoding.isEmpty()
        && encoding.compare("identity", Qt::CaseInsensitive) != 0) {
        // Qt decodes the Content-Encoding itself; what does not decode arrives as an error or
        // as nothing at all.
        error.kind = FetchError::Kind::Malformed;
        error.message = QCoreApplication::translate(
                            "TokenClient",
                            "The answer's body does not decode as its Content-Encoding \"%1\" "
                            "says.")
                            .arg(QString::fromLatin1(encoding.left(40)));
        finishWithError(error);
        return;
    }
    const QNetworkReply::NetworkError netError = reply->error();
    if (netError == QNetworkReply::NoError || status >= 400) {
        handleAnswer(status, parsed, reply->rawHeader("Date"));
        return;
    }
    if (status > 0 && !body.isEmpty()) {
        // Headers and part of a body came, then the connection broke: a cut-off answer.
        error.kind = FetchError::Kind::Malformed;
        error.message = QCoreApplication::translate(
                            "TokenClient",
                            "The answer was cut off after %1 bytes. Try again; if it persists, "
                            "a proxy may be interfering.")
                            .arg(body.size());
        finishWithError(error);
        return;
    }
    QString text = reply->errorString();
    if (!m_tlsErrors.isEmpty()) {
        text = QCoreApplication::translate(
                   "TokenClient",
                   "The gateway's TLS certificate was not accepted: %1. Check the gateway URL "
                   "and the system's CA certificates.")
                   .arg(m_tlsErrors.join(QLatin1String("; ")));
    }
    handleTransportError(status, text, m_tlsErrors.isEmpty() && isRetriableNetworkError(netError));
}

void TokenClient::handleTransportError(int httpStatus, const QString &errorText, bool retriable)
{
    if (retriable && retryAfter(errorText, backoffFor(m_retries + 1)))
        return;
    FetchError error;
    error.kind = FetchError::Kind::Network;
    error.httpStatus = httpStatus;
    // The sentence below ends in its own full stop, whichever language the reason is in.
    const QString reason = asClause(errorText);
    error.message = m_tlsErrors.isEmpty()
        ? QCoreApplication::translate("TokenClient", "Could not reach the gateway %1: %2.")
              .arg(m_settings.gateway.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                   reason)
        : errorText;
    finishWithError(error);
}

void TokenClient::finishWithHttpStatus(int httpStatus)
{
    // The gateway (or a proxy in front of it) did answer, so this is no "could not reach".
    FetchError error;
    error.kind = FetchError::Kind::Network;
    error.httpStatus = httpStatus;
    error.message = httpStatusMessage(httpStatus);
    finishWithError(error);
}

ParseResult TokenClient::reportExchange(int httpStatus, const QByteArray &body)
{
    ParseResult result = parseResponse(body);
    // The CLI listens to none of it; it should not pay for redacting a body.
    if (!isSignalConnected(QMetaMethod::fromSignal(&TokenClient::exchangeFinished)))
        return result;

    RequestRecord record;
    record.sentAt = m_attemptSentAt;
    record.url = m_attemptUrl;
    record.parameters = m_attemptParameters;
    record.httpStatus = httpStatus;
    record.elapsedMs = m_attemptTimer.isValid() ? m_attemptTimer.elapsed() : -1;

    // The request's own token may be a credential, and a gateway may echo it in any answer.
    QStringList secrets{m_request.token};
    if (const auto *token = std::get_if<TokenResponse>(&result)) {
        secrets << token->credential.accessKeySecret << token->credential.securityToken;
        record.gatewayRequestId = token->requestId;
    } else {
        if (const auto *gateway = std::get_if<GatewayError>(&result))
            record.gatewayRequestId = gateway->requestId;
        else if (const auto *refusal = std::get_if<ServiceRefusal>(&result))
            record.gatewayRequestId = refusal->requestId;
    }
    // A token answer is a few KiB; more is an error page or garbage, and redacting a megabyte
    // of it would stall the window for nothing. Secrets cut at the end are still blanked (any
    // piece of more than 4 characters).
    const QByteArray shown = body.left(MaxRecordedBodyBytes);
    if (!std::holds_alternative<TokenResponse>(result))
        secrets << credentialValuesIn(QString::fromUtf8(shown));
    record.redactedBody = redactResponseBody(shown, secrets).toUtf8();
    if (body.size() > shown.size())
        record.redactedBody +=
            "\n[" + QByteArray::number(body.size() - shown.size()) + " more bytes not recorded]\n";
    Q_EMIT exchangeFinished(record);
    return result;
}

void TokenClient::handleAnswer(int httpStatus, const ParseResult &result,
                               const QByteArray &dateHeader)
{

    if (const auto *token = std::get_if<TokenResponse>(&result)) {
        if (httpStatus >= 400) {
            // A credential with an error status is not to be trusted.
            finishWithHttpStatus(httpStatus);
            return;
        }
        if (const std::optional<FetchError> dead = expiredCredentialError(*token, dateHeader)) {
            finishWithError(*dead);
            return;
        }
        finishWithToken(*token);
        return;
    }

    if (const auto *gateway = std::get_if<GatewayError>(&result)) {
        const int code = gateway->code.toInt();
        if (code == 7 && m_waitsOutBans && gateway->banSeconds >= 0
            && gateway->banSeconds <= MaxBanWaitSeconds) {
            const auto wait = std::chrono::seconds(gateway->banSeconds) + 100ms;
            if (retryAfter(QCoreApplication::translate("TokenClient", "rate limited, waiting %1 s")
                               .arg(gateway->banSeconds),
                           wait))
                return;
        } else if ((code == 30 || code == 31) && !m_skewCorrected) {
            const QDateTime serverNow = parseHttpDate(dateHeader);
            if (serverNow.isValid()) {
                const qint64 skew = m_clock().secsTo(serverNow);
                Q_EMIT clockSkewDetected(skew);
                m_skewCorrected = true;
                m_skewSeconds = skew;
                qCInfo(lcClient) << "clock skew" << skew << "s; retrying with corrected time";
                // A clock correction is not a retry of a failure, so it does not use one up.
                Q_EMIT retrying(
                    m_attempts,
                    QCoreApplication::translate("TokenClient", "correcting a clock skew of %1 s")
                        .arg(skew));
                m_retryTimer.start(0ms);
                return;
            }
        } else if (gateway->retriable && code != 7) {
            if (retryAfter(gateway->msg, backoffFor(m_retries + 1)))
                return;
        }
        FetchError error;
        error.kind = FetchError::Kind::Gateway;
        error.gateway = *gateway;
        error.httpStatus = httpStatus;
        error.message = gatewayAdvice(*gateway);
        if ((code == 30 || code == 31) && m_skewSeconds != 0) {
            error.message = joinSentences(
                error.message,
                QCoreApplication::translate(
                    "TokenClient", "This computer's clock differs from the gateway's by %1 s.")
                    .arg(m_skewSeconds));
        }
        finishWithError(error);
        return;
    }

    if (const auto *refusal = std::get_if<ServiceRefusal>(&result)) {
        FetchError error;
        error.kind = FetchError::Kind::Refused;
        error.refusal = *refusal;
        error.httpStatus = httpStatus;
        error.message = refusal->message.isEmpty()
            ? QCoreApplication::translate(
                  "TokenClient",
                  "The service refused the request (resp_code %1). Check tenant, store and "
                  "scene.")
                  .arg(refusal->respCode)
            : QCoreApplication::translate("TokenClient", "The service refused the request: %1")
                  .arg(refusal->message);
        finishWithError(error);
        return;
    }

    const auto &malformed = std::get<MalformedResponse>(result);
    if (httpStatus >= 400) {
        // An HTML error page from a proxy or load balancer, not a TOP answer.
        if (isRetriableHttpStatus(httpStatus)
            && retryAfter(httpStatusMessage(httpStatus), backoffFor(m_retries + 1)))
            return;
        finishWithHttpStatus(httpStatus);
        return;
    }
    FetchError error;
    error.kind = FetchError::Kind::Malformed;
    error.httpStatus = httpStatus;
    error.message = QCoreApplication::translate(
                        "TokenClient", "The gateway's answer is not a valid token response: %1")
                        .arg(malformed.what);
    finishWithError(error);
}

std::optional<FetchError> TokenClient::expiredCredentialError(const TokenResponse &response,
                                                              const QByteArray &dateHeader)
{
    // The expiration is in the gateway's time. Its Date header says what time that is now, so
    // a wrong clock here neither kills a good credential nor passes a dead one; without the
    // header, the offset learnt from a timestamp refusal is the best guess.
    const QDateTime ours = m_clock();
    const QDateTime gatewayDate = parseHttpDate(dateHeader);
    if (gatewayDate.isValid()) {
        const qint64 skew = ours.secsTo(gatewayDate);
        // One second is the header's resolution plus the trip: not a skew worth correcting.
        if (qAbs(skew) > 1)
            m_skewSeconds = skew;
    }
    const QDateTime gatewayNow = gatewayDate.isValid() ? gatewayDate : ours.addSecs(m_skewSeconds);
    const QDateTime &expiration = response.credential.expiration;
    const std::optional<qint64> expiredFor = secondsExpired(expiration, gatewayNow);
    if (!expiredFor)
        return std::nullopt;
    FetchError error;
    error.kind = FetchError::Kind::Malformed;
    error.httpStatus = 200;
    error.message = QCoreApplication::translate(
                        "TokenClient",
                        "The gateway handed out a credential that had already expired: its "
                        "expiration %1 is %2 s before the gateway's current time.")
                        .arg(expiration.toUTC().toString(Qt::ISODate))
                        .arg(*expiredFor);
    if (qAbs(m_skewSeconds) >= NoticeableSkewSeconds) {
        error.message = joinSentences(
            error.message,
            QCoreApplication::translate("TokenClient",
                                        "This computer's clock differs from the gateway's by %1 s.")
                .arg(m_skewSeconds));
    }
    return error;
}

FetchError TokenClient::timeoutError() const
{
    FetchError error;
    error.kind = FetchError::Kind::Network;
    error.message = QCoreApplication::translate(
                        "TokenClient",
                        "No answer from the gateway within %1 s. Check the network or proxy, or "
                        "raise the timeout.")
                        .arg(static_cast<double>(m_timeout.count()) / 1000.0);
    return error;
}

bool TokenClient::retryAfter(const QString &reason, std::chrono::milliseconds delay)
{
    if (m_retries >= MaxRetries || delay >= timeLeft())
        return false;
    ++m_retries;
    qCInfo(lcClient) << "retry" << m_retries << "in" << delay.count() << "ms:" << reason;
    Q_EMIT retrying(m_retries, reason);
    m_retryTimer.start(delay);
    return true;
}

std::chrono::milliseconds TokenClient::backoffFor(int retry) const
{
    auto delay = m_backoff;
    for (int i = 1; i < retry; ++i)
        delay *= 3;
    return delay;
}

std::chrono::milliseconds TokenClient::timeLeft() const
{
    return m_timeout - std::chrono::milliseconds(m_started.elapsed());
}

void TokenClient::finishWithError(FetchError error)
{
    error.attempts = m_attempts;
    reset();
    Q_EMIT fetchFailed(error);
}

void TokenClient::finishWithToken(const TokenResponse &response)
{
    reset();
    Q_EMIT tokenReceived(response);
}

void TokenClient::reset()
{
    m_busy = false;
    m_deadline.stop();
    m_retryTimer.stop();
    m_secret.fill('\0');
    m_secret.clear();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace TokenDesk

// Compiled here rather than in the target's mocs_compilation.cpp: that one object holds every
// class's meta-object and would pull this file, and QtNetwork or QtKeychain, into the window,
// which links the core but loads the network module at run time (docs/architecture.md).
#include "moc_tokenclient.cpp"
