// Why a fetch failed, typed so the CLI can choose its exit code and the window its banner.
#pragma once

#include "responseparser.h"

#include <QString>

namespace TokenDesk {

struct FetchError
{
    enum class Kind {
        InvalidInput, // the form or settings are not usable (exit 2)
        Gateway,      // error_response (exit 3)
        Refused,      // resp_success false (exit 3)
        Network,      // no usable HTTP answer: connection, TLS, timeout, HTTP status (exit 4)
        Malformed,    // an answer that is not a valid response (exit 5)
        Cancelled,    // the user cancelled
    };

    Kind kind = Kind::Network;
    QString message;        // translated, one line a person can act on
    GatewayError gateway;   // when kind == Gateway
    ServiceRefusal refusal; // when kind == Refused
    int httpStatus = 0;     // when an HTTP answer came, else 0
    int attempts = 0;       // how many requests were sent

    // The exit code interfaces.md gives this failure.
    int exitCode() const;

    // One line for stderr: message plus code, msg, sub_code, sub_msg and request_id when known.
    QString oneLine() const;
};

} // namespace TokenDesk
