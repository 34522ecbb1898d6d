// Why a fetch failed, typed so the CLI can choose its exit code and the window its banner.
#pragma once

#include "responseparser.h"

#include <QString>
#include <QStringList>

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

// Translated advice for a refusal from the gateway: what the operator can do about it, read
// from its kind (and the ban's length, the code, the field the gateway named).
QString gatewayAdvice(const GatewayError &error);

// Composing messages from translated sentences, so that no terminator is ever doubled ("..",
// "。。", ".。") whichever language each piece is in.

// `sentence` without its closing full stop, exclamation or question mark (Western or
// full-width), to go inside a sentence that ends with its own.
QString asClause(const QString &sentence);

// `first` then `second`: one space after a Western terminator (or none at all), nothing after a
// full-width one, as each language writes it. An empty piece adds nothing.
QString joinSentences(const QString &first, const QString &second);
QString joinSentences(const QStringList &sentences);

} // namespace TokenDesk
