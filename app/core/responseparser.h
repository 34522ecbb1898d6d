// Reads every response shape TOP sends (wrapped JSON, simplified JSON, XML) into value types.
// Pure: bytes in, a typed result out. Never expands XML entities or follows a DTD.
#pragma once

#include "connectionsettings.h"
#include "securitytoken.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <variant>

namespace TokenDesk {

// `error_response` from the gateway.
struct GatewayError
{
    // What kind of refusal it is, read from code and sub_code; the advice for people that each
    // kind gets is words, not parsing, and lives in fetcherror.cpp (gatewayAdvice).
    enum class Kind {
        Other,                // a code with no advice of its own (or not a number)
        ServiceFault,         // another code, but sub_code isp.*: the service's own fault
        RateLimited,          // 7
        Unavailable,          // 10
        IpNotWhitelisted,     // 11, sub_code naming the IP whitelist
        NoPermission,         // 11 otherwise
        RemoteServiceFailed,  // 15/50 with an isp.* sub_code
        RemoteServiceRefused, // 15/50 otherwise
        UnknownMethod,        // 21/22
        BadSignature,         // 25
        SessionRequired,      // 26/27
        BadAppKey,            // 28/29
        BadTimestamp,         // 30/31
        BadParameter,         // 40/41/43
    };

    QString code; // numeric code as text, e.g. "7"
    QString msg;
    QString subCode;
    QString subMsg;
    QString requestId;
    bool retriable = false; // worth an automatic retry (10, isp.*, 7 with a short ban)
    int banSeconds = -1;    // code 7: seconds left on the ban when sub_msg says, else -1
    Kind kind = Kind::Other;
};

// A normal response whose resp_success is false: the service said no.
struct ServiceRefusal
{
    QString respCode;
    QString message;
    QString respRequestId;
    QString requestId;
};

// Anything that is not a valid response.
struct MalformedResponse
{
    QString what; // translated, what was wrong; never quotes credential values
};

using ParseResult = std::variant<TokenResponse, GatewayError, ServiceRefusal, MalformedResponse>;

// Parses a response body. The shape is sniffed from the content (XML starts with '<', JSON with
// '{'), so a gateway answering in a different format than asked for is still understood.
ParseResult parseResponse(const QByteArray &body);

// Fills kind, retriable and banSeconds of a GatewayError from its code, sub_code and sub_msg.
void classifyGatewayError(GatewayError &error);

// The policy in any spelling: object or JSON string, snake_case or PascalCase, lists wrapped
// ({"statement": {"datas": [...]}}), bare, single strings, or {} for empty.
// nullopt when the value is present but not a policy.
std::optional<PolicyDocument> parsePolicy(const QJsonValue &value);

// Expiration as ISO-8601 (Z or offset), `yyyy-MM-dd HH:mm:ss` read as GMT+8, epoch seconds
// or epoch milliseconds. Returns UTC; an invalid QDateTime when unreadable.
QDateTime parseExpiration(const QString &text);

// An HTTP Date header (RFC 7231 IMF-fixdate, "Sun, 29 Nov 2026 04:00:00 GMT", the only form a
// current server sends) in UTC; invalid when it is not one.
QDateTime parseHttpDate(const QByteArray &value);

// How many seconds before `gatewayNow` the credential expired (0 when it expires this very
// second); nullopt while it is still valid. Both times are the gateway's.
std::optional<qint64> secondsExpired(const QDateTime &expiration, const QDateTime &gatewayNow);

// Bodies larger than this are refused before parsing (the client stops reading there too).
inline constexpr qint64 MaxResponseBytes = 1024 * 1024;

} // namespace TokenDesk
