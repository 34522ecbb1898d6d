// libFuzzer target: parseResponse() over arbitrary bytes (JSON, XML, anything), plus what the
// client does next with a credential: the expiry judgement (the expiration against the gateway's
// time, as a Date header gives it) and the policy evaluation; and the expiration and Date
// readers on short inputs, which take text straight from the response.
#include "policyevaluator.h"
#include "responseparser.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The client refuses larger bodies before parsing; fuzzing beyond that finds nothing real.
    if (size > size_t(TokenDesk::MaxResponseBytes))
        return 0;
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const TokenDesk::ParseResult result = TokenDesk::parseResponse(body);
    if (const auto *token = std::get_if<TokenDesk::TokenResponse>(&result)) {
        // The parser never lets an undated credential through; the judgement must hold for any
        // date it does let through, against a fixed gateway time and
        // against whatever the Date reader makes of the expiration's own text.
        if (!token->credential.expiration.isValid())
            __builtin_trap();
        static const QDateTime fixedNow = TokenDesk::parseHttpDate("Sat, 28 Nov 2026 12:00:00 GMT");
        (void)TokenDesk::secondsExpired(token->credential.expiration, fixedNow);
        const QDateTime textNow =
            TokenDesk::parseHttpDate(token->credential.expirationText.toLatin1());
        (void)TokenDesk::secondsExpired(token->credential.expiration, textNow);
        (void)TokenDesk::evaluatePolicy(token->credential.policy, QStringLiteral("oss:PutObject"),
                                        QStringLiteral("acs:oss:*:*:bucket/object"));
    }
    if (const auto *error = std::get_if<TokenDesk::GatewayError>(&result)) {
        // classifyGatewayError() runs inside the parser already; running it again must be safe.
        TokenDesk::GatewayError copy = *error;
        TokenDesk::classifyGatewayError(copy);
    }
    // Short inputs double as expiration text ("2026-11-29T06:17:01Z", "1764397021000", ...).
    if (size <= 64) {
        (void)TokenDesk::parseExpiration(QString::fromUtf8(body));
        (void)TokenDesk::parseHttpDate(body);
    }
    return 0;
}
