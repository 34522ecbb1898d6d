// Builds the signed HTTP request. Pure apart from reading the Qt and app versions.
#include "requestbuilder.h"

#include "jsontext.h"
#include "version.h"

#include <QSysInfo>

#include <algorithm>
#include <array>
#include <type_traits>

namespace TokenDesk {

namespace {

constexpr int Gmt8Seconds = 8 * 3600;
constexpr auto TopTimestampFormat = "yyyy-MM-dd HH:mm:ss";

// The whole of this file's hot path is hand-rolled rather than left to QUrl and QDateTime:
// bench/bench_core.cpp measures buildRequest() against a bare QJsonDocument::fromJson() and the
// generic Qt helpers (QUrl::toPercentEncoding, QUrl::setQuery, QDateTime::toString) were more
// than half of its cost. Each replacement gives byte-identical output; the Qt call stays as the
// fallback wherever an input is unusual.

bool isBlank(QStringView value)
{
    return value.trimmed().isEmpty();
}

// RFC 3986 unreserved: ALPHA DIGIT - . _ ~
constexpr bool isUnreserved(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'-' || c == u'.' || c == u'_' || c == u'~';
}

struct UnreservedTable
{
    bool ascii[128] = {};
    constexpr UnreservedTable()
    {
        for (char16_t c = 0; c < 128; ++c)
            ascii[c] = isUnreserved(c);
    }
};
constexpr UnreservedTable Unreserved;

// Appends to `out` (QByteArray or QString) exactly what QUrl::toPercentEncoding(value) returns
// with default arguments: UTF-8, everything but ALPHA DIGIT - . _ ~ as upper-case %XX. Written
// in place in one pass, without the two intermediate QByteArrays Qt builds (15 calls were 16k
// instructions a request, see bench/). A surrogate (rare: emoji) takes Qt's own path, so that
// unpaired ones are replaced exactly as Qt replaces them.
template<typename Text>
void appendPercentEncoded(Text &out, QStringView value)
{
    // char for QByteArray, char16_t for QString.
    using Unit = std::conditional_t<std::is_same_v<Text, QString>, char16_t, char>;
    static constexpr char Hex[] = "0123456789ABCDEF";
    const qsizetype start = out.size();
    const qsizetype worst = start + value.size() * 9; // 3 UTF-8 bytes a unit, each as %XX
    if (out.capacity() < worst)
        out.reserve(qMax(worst, 2 * out.capacity()));
    out.resize(worst);
    Unit *const begin = reinterpret_cast<Unit *>(out.data()) + start;
    Unit *cursor = begin;
    const auto escape = [&cursor](unsigned byte) {
        cursor[0] = Unit('%');
        cursor[1] = Unit(Hex[byte >> 4]);
        cursor[2] = Unit(Hex[byte & 0xF]);
        cursor += 3;
    };
    for (const QChar qc : value) {
        const char16_t c = qc.unicode();
        if (c < 0x80) {
            if (Unreserved.ascii[c])
                *cursor++ = Unit(c);
            else
                escape(c);
        } else if (c < 0x800) {
            escape(0xC0u | (c >> 6));
            escape(0x80u | (c & 0x3Fu));
        } else if (!QChar::isSurrogate(c)) {
            escape(0xE0u | (c >> 12));
            escape(0x80u | ((c >> 6) & 0x3Fu));
            escape(0x80u | (c & 0x3Fu));
        } else {
            out.resize(start);
            const QByteArray encoded = QUrl::toPercentEncoding(value.toString());
            if constexpr (std::is_same_v<Text, QString>)
                out += QLatin1String(encoded);
            else
                out += encoded;
            return;
        }
    }
    out.resize(start + (cursor - begin));
}

// paramJson() of `request`, or of request.trimmed() when `trim` is set, without copying the
// request: measured, then written straight into one buffer (it was ~40 QString::append calls).
QString writeParamJson(const TokenRequest &request, bool trim)
{
    // The order of the API's own documentation; the gateway ignores key order but the public
    // test vectors were computed over this text.
    const std::pair<QLatin1String, const QString *> members[] = {
        {QLatin1String("product_code"), &request.productCode},
        {QLatin1String("scene_code"), &request.sceneCode},
        {QLatin1String("request_id"), &request.requestId},
        {QLatin1String("usage_scene"), &request.usageScene},
        {QLatin1String("op_poi_id"), &request.storeId},
        {QLatin1String("op_tenant_code"), &request.tenantCode},
        {QLatin1String("token"), &request.token},
    };
    constexpr size_t Count = std::size(members);
    std::array<QStringView, Count> values;
    std::array<QString, Count> escaped; // jsonQuote() of the values that need any escape
    qsizetype length = 2;               // {}
    for (size_t i = 0; i < Count; ++i) {
        const QStringView trimmedValue = QStringView(*members[i].second).trimmed();
        if (trimmedValue.isEmpty())
            continue; // values[i] stays null: absent
        values[i] = trim ? trimmedValue : QStringView(*members[i].second);
        const bool plain = std::none_of(values[i].cbegin(), values[i].cend(), [](QChar c) {
            return c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\');
        });
        if (!plain)
            escaped[i] = jsonQuote(values[i].toString());
        // ,"name": then the quoted value
        length +=
            1 + members[i].first.size() + 3 + (plain ? values[i].size() + 2 : escaped[i].size());
    }
    QString json(length, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(json.data());
    const auto put = [&out](QStringView text) {
        std::copy(text.utf16(), text.utf16() + text.size(), out);
        out += text.size();
    };
    *out++ = u'{';
    for (size_t i = 0; i < Count; ++i) {
        if (values[i].isNull())
            continue;
        if (out - reinterpret_cast<const char16_t *>(json.constData()) > 1)
            *out++ = u',';
        *out++ = u'"';
        for (const char c : members[i].first) // the names are ASCII and need no escape
            *out++ = char16_t(c);
        *out++ = u'"';
        *out++ = u':';
        if (escaped[i].isNull()) {
            *out++ = u'"';
            put(values[i]);
            *out++ = u'"';
        } else {
            put(escaped[i]);
        }
    }
    *out++ = u'}';
    json.truncate(out - reinterpret_cast<const char16_t *>(json.constData()));
    return json;
}

// Two digits, zero-padded, at `out`.
void writeTwoDigits(char16_t *out, int value)
{
    out[0] = char16_t(u'0' + value / 10);
    out[1] = char16_t(u'0' + value % 10);
}

} // namespace

QString formatTopTimestamp(const QDateTime &instant)
{
    // Computed from the epoch milliseconds: QDateTime::toString(format) goes through QLocale
    // and QCalendar, 8k instructions for 19 characters (see bench/). Years outside 1970..9999
    // keep Qt's own formatting.
    constexpr qint64 MaxMSecs = 253402300799999LL - qint64(Gmt8Seconds) * 1000; // 9999-12-31
    if (!instant.isValid())
        return QString();
    const qint64 msecs = instant.toMSecsSinceEpoch();
    if (msecs < 0 || msecs > MaxMSecs)
        return instant.toOffsetFromUtc(Gmt8Seconds).toString(QLatin1String(TopTimestampFormat));
    const qint64 seconds = msecs / 1000 + Gmt8Seconds;
    const int secondOfDay = int(seconds % 86400);
    // Days since 1970-01-01 to a civil date (Howard Hinnant's days_from_civil, inverted).
    const qint64 days = seconds / 86400 + 719468;
    const qint64 era = days / 146097;
    const int dayOfEra = int(days - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int monthIndex = (5 * dayOfYear + 2) / 153; // March = 0
    const int day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    const int month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    const int year = int(era * 400) + yearOfEra + (month <= 2 ? 1 : 0);

    QString text(19, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    writeTwoDigits(out, year / 100);
    writeTwoDigits(out + 2, year % 100);
    out[4] = u'-';
    writeTwoDigits(out + 5, month);
    out[7] = u'-';
    writeTwoDigits(out + 8, day);
    out[10] = u' ';
    writeTwoDigits(out + 11, secondOfDay / 3600);
    out[13] = u':';
    writeTwoDigits(out + 14, secondOfDay / 60 % 60);
    out[16] = u':';
    writeTwoDigits(out + 17, secondOfDay % 60);
    return text;
}

QDateTime parseTopTimestamp(const QString &input)
{
    // Read by position rather than with QDateTime::fromString(format), which converts through
    // local time: with TZ unset glibc then re-reads /etc/localtime on every call, a hundred
    // microseconds per response (see bench/).
    const QString text = input.trimmed();
    if (text.size() != 19 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-')
        || text.at(10) != QLatin1Char(' ') || text.at(13) != QLatin1Char(':')
        || text.at(16) != QLatin1Char(':'))
        return {};
    auto number = [&text](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const QChar c = text.at(i);
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return -1;
            value = value * 10 + (c.unicode() - '0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    if (!date.isValid() || !QTime::isValid(hour, minute, second))
        return {};
    return QDateTime(date, QTime(hour, minute, second), Qt::OffsetFromUTC, Gmt8Seconds);
}

QString paramJson(const TokenRequest &request)
{
    return writeParamJson(request, false);
}

BuiltRequest buildRequest(const ConnectionSettings &settings, const TokenRequest &request,
                          const QByteArray &secret, const QDateTime &timestamp)
{
    return buildRequest(settings, request, secret, formatTopTimestamp(timestamp));
}

BuiltRequest buildRequest(const ConnectionSettings &settings, const TokenRequest &request,
                          const QByteArray &secret, const QString &timestamp)
{
    // The parameters in ParameterMap (QString) order, which is fixed since the names are: the
    // map is then filled by appending at its end, and the query written in one pass.
    // Empty values are neither sent nor signed (Java SDK rule).
    const QString appKey = settings.appKey.trimmed();
    const bool simplify = settings.simplify && settings.format == WireFormat::Json;
    BuiltRequest built;
    ParameterMap &all = built.parameters;
    const auto add = [&all](const QString &name, const QString &value) {
        if (!isBlank(value))
            all.insert(all.cend(), name, value);
    };
    add(QStringLiteral("app_key"), appKey);
    add(QStringLiteral("format"), wireFormatName(settings.format));
    add(QStringLiteral("method"), QLatin1String(ApiMethod));
    add(QStringLiteral("param"), writeParamJson(request, true));
    add(QStringLiteral("sign_method"), signMethodName(settings.signMethod));
    if (simplify)
        add(QStringLiteral("simplify"), QStringLiteral("true"));
    add(QStringLiteral("timestamp"), timestamp);
    add(QStringLiteral("v"), QLatin1String(ApiVersion));
    Q_ASSERT(std::is_sorted(all.keyBegin(), all.keyEnd()));

    const QString sign = QString::fromLatin1(signParameters(all, secret, settings.signMethod));
    all.insert(QStringLiteral("sign"), sign);

    // Every parameter but `param` goes in the query, `param` in the body. The query is written
    // as the QString setQuery() takes, not converted from bytes.
    const QString &param = std::as_const(all).find(QStringLiteral("param")).value();
    QString query = settings.gateway.query(QUrl::FullyEncoded);
    qsizetype expected = query.size() + 1;
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        expected += it.key().size() + it.value().size() + 8; // a few escapes, '=' and '&'
    query.reserve(expected);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key() == QLatin1String("param"))
            continue;
        if (!query.isEmpty())
            query += QLatin1Char('&');
        appendPercentEncoded(query, it.key());
        query += QLatin1Char('=');
        appendPercentEncoded(query, it.value());
    }
    built.url = settings.gateway;
    // TolerantMode: StrictMode only adds a validation pass (a strchr per character, 9k
    // instructions, see bench/) that cannot fail here, since every byte of the query is either
    // percent-encoded above or comes from QUrl's own FullyEncoded form of the gateway's query.
    built.url.setQuery(query, QUrl::TolerantMode);

    built.body = QByteArrayLiteral("param=");
    appendPercentEncoded(built.body, param);
    return built;
}

QByteArray userAgent()
{
    // Built once: QSysInfo asks the kernel (uname) each time.
    static const QByteArray agent =
        QStringLiteral("TokenDesk/%1 (Qt %2; %3)")
            .arg(QLatin1String(Version), QLatin1String(qVersion()), QSysInfo::kernelType())
            .toUtf8();
    return agent;
}

} // namespace TokenDesk
