// Exit codes and the one-line rendering of a failed fetch.
#include "fetcherror.h"

#include "exitcodes.h"

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

} // namespace

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
