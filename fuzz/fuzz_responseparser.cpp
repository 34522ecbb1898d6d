// libFuzzer target: parseResponse() over arbitrary bytes (JSON, XML, anything), plus the
// expiration reader, which takes text straight from the response.
#include "responseparser.h"

#include <QByteArray>
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
    if (const auto *error = std::get_if<TokenDesk::GatewayError>(&result)) {
        // classifyGatewayError() runs inside the parser already; running it again must be safe.
        TokenDesk::GatewayError copy = *error;
        TokenDesk::classifyGatewayError(copy);
    }
    // Short inputs double as expiration text ("2026-11-29T06:17:01Z", "1764397021000", ...).
    if (size <= 64)
        (void)TokenDesk::parseExpiration(QString::fromUtf8(body));
    return 0;
}
