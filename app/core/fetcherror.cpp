// Exit codes and the one-line rendering of a failed fetch.
#include "fetcherror.h"

#include "exitcodes.h"

#include <QCoreApplication>
#include <QStringList>

namespace TokenDesk {

namespace {

// Gateway text comes from the network: keep it on one line and of bounded length, so a
// hostile answer cannot forge extra lines in a terminal or a log.
QString oneLineText(const QString &text)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), 300));
    for (const QChar c : text) {
        if (out.size() >= 300) {
            out += QChar(0x2026);
            break;
        }
        out += (c.category() == QChar::Other_Control || c == QChar::LineSeparator
                || c == QChar::ParagraphSeparator)
            ? QLatin1Char(' ')
            : c;
    }
    return out.simplified();
}

bool isSentenceTerminator(QChar c)
{
    static const QString terminators = QStringLiteral(".!?\u3002\uFF01\uFF1F\uFF0E");
    return terminators.contains(c);
}

// Chinese (and Japanese) text runs on without spaces between sentences.
bool isWideScript(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xFF00 && u <= 0xFFEF);
}

QString rateLimitAdvice(int banSeconds)
{
    return banSeconds >= 0
        ? QCoreApplication::translate("GatewayError",
                                      "The app is rate limited by the gateway. Wait %n second(s) "
                                      "before trying again.",
                                      nullptr, banSeconds)
        : QCoreApplication::translate("GatewayError",
                                      "The app is rate limited by the gateway. Wait a while before "
                                      "trying again, and call less often.");
}

} // namespace

QString asClause(const QString &sentence)
{
    QString clause = sentence.trimmed();
    while (!clause.isEmpty() && isSentenceTerminator(clause.back()))
        clause.chop(1);
    return clause;
}

QString joinSentences(const QString &first, const QString &second)
{
    const QString head = first.trimmed();
    const QString tail = second.trimmed();
    if (head.isEmpty() || tail.isEmpty())
        return head + tail;
    if (isWideScript(head.back()))
        return head + tail;
    return head + QLatin1Char(' ') + tail;
}

QString joinSentences(const QStringList &sentences)
{
    QString joined;
    for (const QString &sentence : sentences)
        joined = joinSentences(joined, sentence);
    return joined;
}

QString gatewayAdvice(const GatewayError &error)
{
    using Kind = GatewayError::Kind;
    switch (error.kind) {
    case Kind::RateLimited:
        return rateLimitAdvice(error.banSeconds);
    case Kind::Unavailable:
        return QCoreApplication::translate(
            "GatewayError", "The service is temporarily unavailable. Try again in a little while.");
    case Kind::IpNotWhitelisted:
        return QCoreApplication::translate(
            "GatewayError",
            "This machine's IP address is not on the app's whitelist. Add this machine's public "
            "IP to the app's IP whitelist in the TOP console.");
    case Kind::NoPermission:
        return QCoreApplication::translate(
            "GatewayError",
            "The app lacks a permission for this API. Ask for the API permission in the TOP "
            "console, or add this machine's public IP to the app's IP whitelist if the sub-code "
            "names the whitelist.");
    case Kind::RemoteServiceFailed:
        return QCoreApplication::translate(
            "GatewayError", "The remote service failed on its side. Try again in a little while.");
    case Kind::RemoteServiceRefused:
        return QCoreApplication::translate(
            "GatewayError",
            "The remote service rejected the request. Check the sub-code and message; retrying "
            "the same request will not help.");
    case Kind::UnknownMethod:
        return QCoreApplication::translate(
            "GatewayError",
            "The gateway does not know the API method. Check the gateway URL and that the app has "
            "this API.");
    case Kind::BadSignature:
        return QCoreApplication::translate(
            "GatewayError",
            "The signature is invalid: the app secret or the sign method is wrong. Check both in "
            "the connection settings.");
    case Kind::SessionRequired:
        return QCoreApplication::translate(
            "GatewayError",
            "The gateway asked for a valid session. This API needs none; check the gateway URL "
            "and the API method.");
    case Kind::BadAppKey:
        return QCoreApplication::translate(
            "GatewayError", "The AppKey is missing or wrong. Check it in the connection settings.");
    case Kind::BadTimestamp:
        return QCoreApplication::translate(
            "GatewayError",
            "The timestamp was refused. Check this machine's clock and time zone (the reply's "
            "Date header shows the gateway's time), then try once more.");
    case Kind::BadParameter:
        return error.subMsg.trimmed().isEmpty()
            ? QCoreApplication::translate(
                "GatewayError", "A parameter is missing or invalid. Check the request fields.")
            : QCoreApplication::translate(
                  "GatewayError",
                  "A parameter is missing or invalid. Check the field named by the gateway: %1")
                  .arg(oneLineText(error.subMsg));
    case Kind::ServiceFault:
        return QCoreApplication::translate(
                   "GatewayError",
                   "The gateway returned error %1, a fault on the service's side. Try again in a "
                   "little while.")
            .arg(oneLineText(error.code));
    case Kind::Other:
        break;
    }
    return QCoreApplication::translate(
               "GatewayError",
               "The gateway returned error %1. Check the sub-code and message, and the request ID "
               "if you contact support.")
        .arg(oneLineText(error.code));
}

int FetchError::exitCode() const
{
    switch (kind) {
    case Kind::InvalidInput:
        return ExitUsage;
    case Kind::Gateway:
    case Kind::Refused:
        return ExitRefused;
    case Kind::Network:
    case Kind::Cancelled:
        return ExitNetwork;
    case Kind::Malformed:
        return ExitMalformed;
    }
    return ExitNetwork;
}

QString FetchError::oneLine() const
{
    QStringList details;
    auto add = [&details](const char *name, const QString &value) {
        if (!value.isEmpty())
            details << QLatin1String(name) + QLatin1Char('=') + oneLineText(value);
    };
    if (kind == Kind::Gateway) {
        add("code", gateway.code);
        add("msg", gateway.msg);
        add("sub_code", gateway.subCode);
        add("sub_msg", gateway.subMsg);
        add("request_id", gateway.requestId);
    } else if (kind == Kind::Refused) {
        add("resp_code", refusal.respCode);
        add("message", refusal.message);
        add("resp_request_id", refusal.respRequestId);
        add("request_id", refusal.requestId);
    }
    if (httpStatus != 0 && kind != Kind::Gateway && kind != Kind::Refused)
        add("http_status", QString::number(httpStatus));
    QString line = oneLineText(message);
    if (!details.isEmpty())
        line += QLatin1String(" [") + details.join(QLatin1String(", ")) + QLatin1Char(']');
    return line;
}

} // namespace TokenDesk
