// Turns settings + request + secret + time into the exact HTTP request to send. Pure.
#pragma once

#include "connectionsettings.h"
#include "signer.h"
#include "tokenrequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkRequest>
#include <QUrl>

namespace TokenDesk {

inline constexpr auto ApiMethod = "alibaba.security.deepvision.proxy.security.common.token.get";
inline constexpr auto ApiVersion = "2.0";

// `yyyy-MM-dd HH:mm:ss` in GMT+8, whatever the local zone: the gateway's clock.
QString formatTopTimestamp(const QDateTime &instant);
// The inverse; an invalid QDateTime for anything else.
QDateTime parseTopTimestamp(const QString &text);

// The `param` field: compact JSON in the API's documented key order, absent members omitted,
// non-ASCII written as UTF-8.
QString paramJson(const TokenRequest &request);

struct BuiltRequest
{
    QUrl url;                // gateway with the system parameters (sign included) in the query
    QByteArray body;         // application/x-www-form-urlencoded: param=...
    ParameterMap parameters; // every parameter as sent, sign included (for --dry-run and logs)

    // A POST-ready request: content type, User-Agent, no caching.
    QNetworkRequest networkRequest() const;
};

// `timestamp` is formatted with formatTopTimestamp(); the overload taking a string uses it as
// given (the CLI's --timestamp).
BuiltRequest buildRequest(const ConnectionSettings &settings, const TokenRequest &request,
                          const QByteArray &secret, const QDateTime &timestamp);
BuiltRequest buildRequest(const ConnectionSettings &settings, const TokenRequest &request,
                          const QByteArray &secret, const QString &timestamp);

// "TokenDesk/<version> (Qt <version>; <os>)"
QByteArray userAgent();

} // namespace TokenDesk
