// TOP request signing on Qt's own primitives; no crypto is written here.
#include "signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace TokenDesk {

namespace {

// The Java SDK drops empty and blank values before signing; so must we, or the gateway (which
// never saw them) computes a different signature.
bool isSigned(const QString &name, const QString &value)
{
    return name != QLatin1String("sign") && !QStringView(value).trimmed().isEmpty();
}

// Writes value.toUtf8() at `out`, which has room for 3 bytes a UTF-16 unit, and returns the end;
// nullptr when `value` holds a surrogate, which the caller leaves to toUtf8() (Qt replaces
// unpaired ones in its own way).
char *writeUtf8(char *out, QStringView value)
{
    for (const QChar qc : value) {
        const char16_t c = qc.unicode();
        if (c < 0x80) {
            *out++ = char(c);
        } else if (c < 0x800) {
            out[0] = char(0xC0u | (c >> 6));
            out[1] = char(0x80u | (c & 0x3Fu));
            out += 2;
        } else if (!QChar::isSurrogate(c)) {
            out[0] = char(0xE0u | (c >> 12));
            out[1] = char(0x80u | ((c >> 6) & 0x3Fu));
            out[2] = char(0x80u | (c & 0x3Fu));
            out += 3;
        } else {
            return nullptr;
        }
    }
    return out;
}

} // namespace

QByteArray signingBase(const ParameterMap &params)
{
    // Encoded straight into one buffer sized for the worst case: a toUtf8() per name and value
    // was most of the cost beside the hash itself (see bench/).
    qsizetype capacity = 0;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        capacity += (it.key().size() + it.value().size()) * 3;
    QByteArray base(capacity, Qt::Uninitialized);
    char *out = base.data();
    for (auto it = params.cbegin(); it != params.cend() && out; ++it) {
        if (!isSigned(it.key(), it.value()))
            continue;
        out = writeUtf8(out, it.key());
        if (out)
            out = writeUtf8(out, it.value());
    }
    if (out) {
        if (out == base.constData())
            return QByteArray(); // nothing signed: null, as appending nothing leaves it
        base.truncate(out - base.constData());
        return base;
    }
    // A surrogate somewhere: the plain way, exactly as Qt encodes it.
    base.clear();
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (!isSigned(it.key(), it.value()))
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
    // Upper-case hex in one allocation (toHex().toUpper() made two).
    static constexpr char Hex[] = "0123456789ABCDEF";
    QByteArray hex(digest.size() * 2, Qt::Uninitialized);
    char *out = hex.data();
    for (const char byte : std::as_const(digest)) {
        const auto value = static_cast<unsigned char>(byte);
        *out++ = Hex[value >> 4];
        *out++ = Hex[value & 0xF];
    }
    return hex;
}

} // namespace TokenDesk
