// Connection settings: names of the wire enums and validation of the gateway.
#include "connectionsettings.h"

#include <QCoreApplication>

namespace TokenDesk {

QString signMethodName(SignMethod method)
{
    switch (method) {
    case SignMethod::HmacSha256:
        return QStringLiteral("hmac-sha256");
    case SignMethod::Hmac:
        return QStringLiteral("hmac");
    case SignMethod::Md5:
        return QStringLiteral("md5");
    }
    return {};
}

std::optional<SignMethod> signMethodFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("hmac-sha256"))
        return SignMethod::HmacSha256;
    if (n == QLatin1String("hmac"))
        return SignMethod::Hmac;
    if (n == QLatin1String("md5"))
        return SignMethod::Md5;
    return std::nullopt;
}

QString wireFormatName(WireFormat format)
{
    return format == WireFormat::Xml ? QStringLiteral("xml") : QStringLiteral("json");
}

std::optional<WireFormat> wireFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("json"))
        return WireFormat::Json;
    if (n == QLatin1String("xml"))
        return WireFormat::Xml;
    return std::nullopt;
}

QList<QString> ConnectionSettings::validate() const
{
    QList<QString> problems;
    const QString scheme = gateway.scheme().toLower();
    if (!gateway.isValid() || gateway.host().isEmpty()) {
        problems << QCoreApplication::translate("ConnectionSettings",
                                                "The gateway URL is not a valid URL; use e.g. %1.")
                        .arg(QLatin1String(DefaultGateway));
    } else if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        problems << QCoreApplication::translate(
            "ConnectionSettings", "The gateway URL must start with https:// or http://.");
    } else if (gateway.hasQuery() || gateway.hasFragment()) {
        // The signed parameters travel in the query: one already there would be sent twice
        // (an app_key or sign of someone else's choosing next to ours).
        problems
            << QCoreApplication::translate(
                   "ConnectionSettings",
                   "The gateway URL must not carry a query (?...) or fragment (#...); use e.g. %1.")
                   .arg(QLatin1String(DefaultGateway));
    }
    const QString key = appKey.trimmed();
    if (key.isEmpty()) {
        problems << QCoreApplication::translate("ConnectionSettings",
                                                "The AppKey is missing; it is on the app's page "
                                                "in the Taobao Open Platform console.");
    } else if (key.size() > 64 || key.contains(QLatin1Char(' '))) {
        problems << QCoreApplication::translate(
            "ConnectionSettings",
            "The AppKey looks wrong: it must be one word of at most 64 "
            "characters.");
    }
    return problems;
}

namespace {

// A dotted-quad IPv4 address in 127.0.0.0/8, as QUrl writes hosts (it normalises "127.1" and
// the like to four parts).
bool isIpv4Loopback(QStringView host)
{
    const QList<QStringView> parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QStringView part : parts) {
        bool ok = false;
        const uint value = part.toUInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 3 || value > 255)
            return false;
    }
    return parts.first().toUInt() == 127;
}

} // namespace

// QHostAddress::isLoopback() for the host of a QUrl, without QtNetwork (the window checks
// gateways at start-up and loads QtNetwork only to fetch; docs/architecture.md): 127.0.0.0/8,
// ::1 and the IPv4-mapped ::ffff:127.x.x.x, in the compressed forms QUrl normalises to.
bool isLoopbackAddress(const QString &host)
{
    if (isIpv4Loopback(host))
        return true;
    const QString lower = host.toLower();
    if (lower == QLatin1String("::1"))
        return true;
    const QLatin1String mapped("::ffff:");
    return lower.startsWith(mapped) && isIpv4Loopback(QStringView(lower).mid(mapped.size()));
}

bool ConnectionSettings::isInsecureGateway() const
{
    if (gateway.scheme().toLower() != QLatin1String("http"))
        return false;
    const QString host = gateway.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    return !isLoopbackAddress(host);
}

} // namespace TokenDesk
