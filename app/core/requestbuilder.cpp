// Builds the signed HTTP request. Pure apart from reading the Qt and app versions.
#include "requestbuilder.h"

#include "jsontext.h"
#include "version.h"

#include <QSysInfo>

namespace TokenDesk {

namespace {

constexpr int Gmt8Seconds = 8 * 3600;
constexpr auto TopTimestampFormat = "yyyy-MM-dd HH:mm:ss";

QByteArray formEncode(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

} // namespace

QString formatTopTimestamp(const QDateTime &instant)
{
    return instant.toOffsetFromUtc(Gmt8Seconds).toString(QLatin1String(TopTimestampFormat));
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
    // The order of the API's own documentation; the gateway ignores key order but the public
    // test vectors were computed over this text.
    const std::pair<const char *, const QString *> members[] = {
        {"product_code", &request.productCode},
        {"scene_code", &request.sceneCode},
        {"request_id", &request.requestId},
        {"usage_scene", &request.usageScene},
        {"op_poi_id", &request.storeId},
        {"op_tenant_code", &request.tenantCode},
        {"token", &request.token},
    };
    QString json = QStringLiteral("{");
    for (const auto &[name, value] : members) {
        if (value->trimmed().isEmpty())
            continue;
        if (json.size() > 1)
            json += QLatin1Char(',');
        json += jsonQuote(QLatin1String(name)) + QLatin1Char(':') + jsonQuote(*value);
    }
    json += QLatin1Char('}');
    return json;
}

BuiltRequest buildRequest(const ConnectionSettings &settings, const TokenRequest &request,
                          const QByteArray &secret, const QDateTime &timestamp)
{
    return buildRequest(settings, request, secret, formatTopTimestamp(timestamp));
}

BuiltRequest buildRequest(const ConnectionSettings &settings, const TokenRequest &request,
                          const QByteArray &secret, const QString &timestamp)
{
    ParameterMap system;
    system.insert(QStringLiteral("method"), QLatin1String(ApiMethod));
    system.insert(QStringLiteral("app_key"), settings.appKey.trimmed());
    system.insert(QStringLiteral("timestamp"), timestamp);
    system.insert(QStringLiteral("v"), QLatin1String(ApiVersion));
    system.insert(QStringLiteral("sign_method"), signMethodName(settings.signMethod));
    system.insert(QStringLiteral("format"), wireFormatName(settings.format));
    if (settings.simplify && settings.format == WireFormat::Json)
        system.insert(QStringLiteral("simplify"), QStringLiteral("true"));

    // Empty values are neither sent nor signed (Java SDK rule).
    for (auto it = system.begin(); it != system.end();) {
        if (it.value().trimmed().isEmpty())
            it = system.erase(it);
        else
            ++it;
    }

    const QString param = paramJson(request.trimmed());
    ParameterMap all = system;
    all.insert(QStringLiteral("param"), param);
    const QString sign = QString::fromLatin1(signParameters(all, secret, settings.signMethod));
    system.insert(QStringLiteral("sign"), sign);
    all.insert(QStringLiteral("sign"), sign);

    QByteArray query;
    for (auto it = system.cbegin(); it != system.cend(); ++it) {
        if (!query.isEmpty())
            query += '&';
        query += formEncode(it.key()) + '=' + formEncode(it.value());
    }
    QUrl url = settings.gateway;
    const QString existing = url.query(QUrl::FullyEncoded);
    url.setQuery(existing.isEmpty() ? QString::fromLatin1(query)
                                    : existing + QLatin1Char('&') + QString::fromLatin1(query),
                 QUrl::StrictMode);

    BuiltRequest built;
    built.url = url;
    built.body = "param=" + formEncode(param);
    built.parameters = all;
    return built;
}

QNetworkRequest BuiltRequest::networkRequest() const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded;charset=UTF-8"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json, text/xml;q=0.9, */*;q=0.1");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Follow redirects only when they keep the scheme's security; the client also refuses
    // any redirect that would turn the POST into a GET (see TokenClient).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    return request;
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
