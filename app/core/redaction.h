// What the request inspector shows and "Copy redacted" hands to support: requests as sent,
// answers with every credential blanked out. Pure.
#pragma once

#include "signer.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace TokenDesk {

// What stands where a secret was: "••••(redacted)".
QString redactionMark();

// `body` as text with every occurrence of each non-empty secret replaced by redactionMark(),
// however it is written: as is, JSON-escaped (`\/`, `\uXXXX`, also doubly escaped), as XML
// entities or %-encoded, in any mix. A piece of more than 4 characters from the start of a
// secret is blanked too (a truncated body must not leak most of a token).
QString redactResponseBody(const QByteArray &body, const QStringList &secrets);

// JSON text pretty-printed with members in their original order (the signature covers the exact
// text, so the inspector must not sort keys); anything that is not JSON comes back as it is.
QString prettyParam(const QString &paramJson);

// One request as the inspector records it. Never holds the app secret: the parameters are what
// was sent, and the secret is not among them (only the `sign` computed from it).
struct RequestRecord
{
    QDateTime sentAt;
    QUrl url;                // gateway, without the query
    ParameterMap parameters; // as sent, sign included
    int httpStatus = 0;      // 0 when no HTTP answer came
    qint64 elapsedMs = -1;
    QString gatewayRequestId;
    QByteArray redactedBody; // already passed through redactResponseBody()
};

// The text "Copy redacted" puts on the clipboard: URL and time, the parameters one per line with
// `param` pretty-printed, then status, timing and request_id, then the redacted answer.
QString redactedReport(const RequestRecord &record);

} // namespace TokenDesk
