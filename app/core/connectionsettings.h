// Where and how a request is sent: gateway, AppKey, sign method and wire shape (never the secret).
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace TokenDesk {

enum class SignMethod { HmacSha256, Hmac, Md5 };
enum class WireFormat { Json, Xml };

// The wire names used by TOP ("hmac-sha256", "hmac", "md5"; "json", "xml").
QString signMethodName(SignMethod method);
std::optional<SignMethod> signMethodFromName(const QString &name);
QString wireFormatName(WireFormat format);
std::optional<WireFormat> wireFormatFromName(const QString &name);

inline constexpr auto DefaultGateway = "https://eco.taobao.com/router/rest";

struct ConnectionSettings
{
    QUrl gateway = QUrl(QString::fromLatin1(DefaultGateway));
    QString appKey;
    SignMethod signMethod = SignMethod::HmacSha256;
    bool simplify = false; // only meaningful with WireFormat::Json
    WireFormat format = WireFormat::Json;

    // Problems with the settings, translated. Empty means usable.
    QList<QString> validate() const;

    // True when the gateway is plain http to a host other than loopback: credentials would
    // cross the network readable by anyone on the path.
    bool isInsecureGateway() const;
};

// Whether `host`, as QUrl::host() gives it, is a loopback address: 127.0.0.0/8, ::1 or
// ::ffff:127.x.x.x. Names ("localhost") are not addresses and give false. Pure.
bool isLoopbackAddress(const QString &host);

} // namespace TokenDesk
