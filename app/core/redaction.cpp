// Blanking credentials out of response bodies, and the inspector's report text.
#include "redaction.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <optional>

namespace TokenDesk {

namespace {

// A match of more than this many characters from a secret's start is blanked even when the
// rest of the secret is missing.
constexpr qsizetype MaxVisiblePrefix = 4;
// JSON inside JSON inside JSON needs 7 backslashes before a quote; more is not an escape.
constexpr qsizetype MaxBackslashRun = 8;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// `count` hex digits at `at` as a number, or -1.
int hexNumber(QStringView text, qsizetype at, qsizetype count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const int digit = hexValue(text[at + i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

struct Step
{
    char16_t unit;
    qsizetype length;
};

// The character an escape sequence at `at` stands for: JSON (`\/`, `\"`, `\uXXXX`, `\n`…,
// with any number of backslashes, so doubly escaped text counts), XML entities and %XX.
std::optional<Step> decodeEscape(QStringView text, qsizetype at)
{
    const qsizetype n = text.size();
    const QChar first = text[at];
    if (first == QLatin1Char('\\')) {
        qsizetype q = at;
        // Bounded, so a body of nothing but backslashes costs linear time, not quadratic.
        while (q < n && text[q] == QLatin1Char('\\') && q - at < MaxBackslashRun)
            ++q;
        const qsizetype run = q - at;
        if (q < n) {
            switch (text[q].unicode()) {
            case 'u': {
                const int value = hexNumber(text, q + 1, 4);
                if (value >= 0)
                    return Step{static_cast<char16_t>(value), q + 5 - at};
                break;
            }
            case 'n':
                return Step{u'\n', q + 1 - at};
            case 't':
                return Step{u'\t', q + 1 - at};
            case 'r':
                return Step{u'\r', q + 1 - at};
            case 'b':
                return Step{u'\b', q + 1 - at};
            case 'f':
                return Step{u'\f', q + 1 - at};
            case '"':
            case '/':
            case '\'':
                return Step{text[q].unicode(), q + 1 - at};
            default:
                break;
            }
        }
        if (run % 2 == 0)
            return Step{u'\\', run};
        return std::nullopt;
    }
    if (first == QLatin1Char('&')) {
        const qsizetype semicolon = text.mid(at, 10).indexOf(QLatin1Char(';'));
        if (semicolon < 2)
            return std::nullopt;
        const QStringView name = text.mid(at + 1, semicolon - 1);
        const qsizetype length = semicolon + 1;
        if (name == u"amp")
            return Step{u'&', length};
        if (name == u"lt")
            return Step{u'<', length};
        if (name == u"gt")
            return Step{u'>', length};
        if (name == u"quot")
            return Step{u'"', length};
        if (name == u"apos")
            return Step{u'\'', length};
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint value = name.startsWith(u"#x") || name.startsWith(u"#X")
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            if (ok && value <= 0xFFFF)
                return Step{static_cast<char16_t>(value), length};
        }
        return std::nullopt;
    }
    if (first == QLatin1Char('%')) {
        const int value = hexNumber(text, at + 1, 2);
        if (value >= 0 && value < 0x80)
            return Step{static_cast<char16_t>(value), 3};
    }
    return std::nullopt;
}

// Reads as much of `secret` as `text` holds from `at` on, each character as is or escaped.
// Returns the end of the match; `matched` says how many characters of the secret it covers.
qsizetype matchSecret(QStringView text, qsizetype at, QStringView secret, qsizetype &matched)
{
    qsizetype pos = at;
    qsizetype i = 0;
    while (i < secret.size() && pos < text.size()) {
        const QChar wanted = secret[i];
        const std::optional<Step> step = decodeEscape(text, pos);
        if (step && step->unit == wanted.unicode())
            pos += step->length;
        else if (text[pos] == wanted)
            ++pos;
        else
            break;
        ++i;
    }
    matched = i;
    return pos;
}

// JSON text re-indented by two spaces per level, members in their original order.
QString reindentJson(QStringView json)
{
    QString out;
    out.reserve(json.size() * 2);
    int depth = 0;
    const auto newline = [&] {
        out += QLatin1Char('\n');
        out += QString(depth * 2, QLatin1Char(' '));
    };
    const auto nextSignificant = [&](qsizetype from) {
        while (from < json.size() && json[from].isSpace())
            ++from;
        return from;
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json[i];
        switch (c.unicode()) {
        case '"': {
            const qsizetype start = i;
            for (++i; i < json.size() && json[i] != QLatin1Char('"'); ++i) {
                if (json[i] == QLatin1Char('\\'))
                    ++i;
            }
            out += json.mid(start, i - start + 1);
            break;
        }
        case '{':
        case '[': {
            const QChar close = c == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']');
            out += c;
            const qsizetype next = nextSignificant(i + 1);
            if (next < json.size() && json[next] == close) {
                out += close;
                i = next;
            } else {
                ++depth;
                newline();
            }
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += QLatin1String(": ");
            break;
        default:
            if (!c.isSpace())
                out += c;
        }
    }
    return out;
}

} // namespace

QString redactionMark()
{
    return QStringLiteral("\u2022\u2022\u2022\u2022(redacted)");
}

QString redactResponseBody(const QByteArray &body, const QStringList &secrets)
{
    const QString text = QString::fromUtf8(body);
    QStringList wanted;
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            wanted << secret;
    }
    if (wanted.isEmpty())
        return text;

    // One pass, longest qualifying match wins at each position; what was replaced is never
    // scanned again, so the mark itself cannot be half-matched by another secret.
    QString out;
    out.reserve(text.size());
    const QString mark = redactionMark();
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype bestEnd = -1;
        // Decoded once here, so most positions are ruled out without a call per secret.
        const std::optional<Step> step = decodeEscape(text, pos);
        for (const QString &secret : std::as_const(wanted)) {
            const QChar first = secret.front();
            if (text[pos] != first && !(step && step->unit == first.unicode()))
                continue;
            qsizetype matched = 0;
            const qsizetype end = matchSecret(text, pos, secret, matched);
            const bool qualifies = matched == secret.size() || matched > MaxVisiblePrefix;
            if (qualifies && end > bestEnd)
                bestEnd = end;
        }
        if (bestEnd > pos) {
            out += mark;
            pos = bestEnd;
        } else {
            out += text[pos];
            ++pos;
        }
    }
    return out;
}

QString prettyParam(const QString &paramJson)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(paramJson.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return paramJson;
    return reindentJson(paramJson);
}

QString redactedReport(const RequestRecord &record)
{
    // Labels stay English: the text goes to support, whatever language the window speaks.
    QString report;
    const QUrl url =
        record.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    report += QLatin1String("POST ") + url.toString(QUrl::FullyEncoded) + QLatin1Char('\n');
    report += QLatin1String("sent: ") + record.sentAt.toUTC().toString(Qt::ISODateWithMs)
        + QLatin1Char('\n');
    report += QLatin1String("parameters:\n");
    for (auto it = record.parameters.cbegin(); it != record.parameters.cend(); ++it) {
        if (it.key() == QLatin1String("param")) {
            QString pretty = prettyParam(it.value());
            pretty.replace(QLatin1Char('\n'), QLatin1String("\n    "));
            report += QLatin1String("  param =\n    ") + pretty + QLatin1Char('\n');
        } else {
            report += QLatin1String("  ") + it.key() + QLatin1String(" = ") + it.value()
                + QLatin1Char('\n');
        }
    }
    report += QLatin1String("http_status: ")
        + (record.httpStatus > 0 ? QString::number(record.httpStatus) : QStringLiteral("none"))
        + QLatin1Char('\n');
    report += QLatin1String("elapsed: ")
        + (record.elapsedMs >= 0 ? QString::number(record.elapsedMs) + QLatin1String(" ms")
                                 : QStringLiteral("unknown"))
        + QLatin1Char('\n');
    report += QLatin1String("request_id: ")
        + (record.gatewayRequestId.isEmpty() ? QStringLiteral("none") : record.gatewayRequestId)
        + QLatin1Char('\n');
    report += QLatin1String("response (redacted):\n") + QString::fromUtf8(record.redactedBody);
    if (!report.endsWith(QLatin1Char('\n')))
        report += QLatin1Char('\n');
    return report;
}

} // namespace TokenDesk
