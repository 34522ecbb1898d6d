// TOP request signing on Qt's own primitives; no crypto is written here.
#include "signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace TokenDesk {

QByteArray signingBase(const ParameterMap &params)
{
    QByteArray base;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        // The Java SDK drops empty and blank values before signing; so must we, or the
        // gateway (which never saw them) computes a different signature.
        if (it.key() == QLatin1String("sign") || it.value().trimmed().isEmpty())
            continue;
        base += it.key().toUtf8();
        base += it.value().toUtf8();
    }
    return base;
}

QByteArray signParameters(const ParameterMap &params, const QByteArray &secret, SignMethod method)
{
    const QByteArray base = signingBase(params);
    QByteArray digest;
    switch (method) {
    case SignMethod::Md5: {
        QCryptographicHash hash(QCryptographicHash::Md5);
        hash.addData(secret);
        hash.addData(base);
        hash.addData(secret);
        digest = hash.result();
        break;
    }
    case SignMethod::Hmac:
        digest = QMessageAuthenticationCode::hash(base, secret, QCryptographicHash::Md5);
        break;
    case SignMethod::HmacSha256:
        digest = QMessageAuthenticationCode::hash(base, secret, QCryptographicHash::Sha256);
        break;
    }
    return digest.toHex().toUpper();
}

} // namespace TokenDesk
