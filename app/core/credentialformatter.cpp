// Credential export formats.
#include "credentialformatter.h"

#include "jsontext.h"

#include <QCoreApplication>

namespace TokenDesk {

namespace {

struct FormatName
{
    ExportFormat format;
    const char *name;
};

constexpr FormatName FormatNames[] = {
    {ExportFormat::Json, "json"},   {ExportFormat::Env, "env"},
    {ExportFormat::Fish, "fish"},   {ExportFormat::PowerShell, "powershell"},
    {ExportFormat::Cmd, "cmd"},     {ExportFormat::Dotenv, "dotenv"},
};

QString isoUtc(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODate);
}

// The variables both credential chains read: Alibaba Cloud's default chain and ossutil/OSS SDKs.
QList<QPair<QString, QString>> environmentVariables(const SecurityToken &credential)
{
    return {
        {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), credential.accessKeyId},
        {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), credential.accessKeySecret},
        {QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), credential.securityToken},
        {QStringLiteral("OSS_ACCESS_KEY_ID"), credential.accessKeyId},
        {QStringLiteral("OSS_ACCESS_KEY_SECRET"), credential.accessKeySecret},
        {QStringLiteral("OSS_SESSION_TOKEN"), credential.securityToken},
    };
}

// The comment line shells show: only values TokenDesk formats itself, never text from the
// network, so nothing in it can end the comment and start a command.
QString expiryComment(const SecurityToken &credential, const QDateTime &now)
{
    const auto left = secondsUntilExpiry(credential, now);
    if (!left)
        return QStringLiteral("TokenDesk temporary credential; expiry unknown");
    return QStringLiteral("TokenDesk temporary credential; expires %1 (in %2 s)")
        .arg(isoUtc(credential.expiration))
        .arg(*left);
}

QString formatJson(const TokenResponse &response, const QDateTime &now)
{
    const SecurityToken &c = response.credential;
    OrderedJsonObject out;
    out.add(QStringLiteral("access_key_id"), c.accessKeyId)
        .add(QStringLiteral("access_key_secret"), c.accessKeySecret)
        .add(QStringLiteral("token"), c.securityToken);
    if (c.expiration.isValid())
        out.add(QStringLiteral("expiration"), isoUtc(c.expiration));
    else
        out.add(QStringLiteral("expiration"), c.expirationText);
    if (const auto left = secondsUntilExpiry(c, now))
        out.addNumber(QStringLiteral("expires_in"), *left);
    else
        out.addRaw(QStringLiteral("expires_in"), QStringLiteral("null"));
    out.add(QStringLiteral("product_code"), c.productCode)
        .add(QStringLiteral("scene_code"), c.sceneCode)
        .add(QStringLiteral("tenant_code"), c.tenantCode)
        .add(QStringLiteral("field_id"), c.fieldId)
        .add(QStringLiteral("end_point_public"), c.endPointPublic)
        .add(QStringLiteral("end_point_internal"), c.endPointInternal)
        .addRaw(QStringLiteral("policy"), policyJson(c.policy, 1));
    // resp_code is a Number in the API's documentation; keep it one when it is.
    bool numeric = false;
    const qint64 code = response.respCode.toLongLong(&numeric);
    if (numeric)
        out.addNumber(QStringLiteral("resp_code"), code);
    else
        out.add(QStringLiteral("resp_code"), response.respCode);
    out.add(QStringLiteral("resp_request_id"), response.respRequestId)
        .add(QStringLiteral("message"), response.message)
        .add(QStringLiteral("request_id"), response.requestId);
    return out.toString() + QLatin1Char('\n');
}

QString formatEnv(const TokenResponse &response, const QDateTime &now)
{
    QString out = QLatin1String("# ") + expiryComment(response.credential, now) + QLatin1Char('\n');
    for (const auto &[name, value] : environmentVariables(response.credential))
        out += QLatin1String("export ") + name + QLatin1Char('=') + posixShellQuote(value)
            + QLatin1Char('\n');
    return out;
}

} // namespace

QString exportFormatName(ExportFormat format)
{
    for (const FormatName &entry : FormatNames) {
        if (entry.format == format)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (const FormatName &entry : FormatNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return std::nullopt;
}

QStringList exportFormatNames()
{
    QStringList names;
    for (const FormatName &entry : FormatNames)
        names << QLatin1String(entry.name);
    return names;
}

bool isExportFormatSupported(ExportFormat format)
{
    return format == ExportFormat::Json || format == ExportFormat::Env;
}

std::optional<qint64> secondsUntilExpiry(const SecurityToken &credential, const QDateTime &now)
{
    if (!credential.expiration.isValid())
        return std::nullopt;
    return qMax<qint64>(0, now.secsTo(credential.expiration));
}

QString formatCredential(const TokenResponse &response, ExportFormat format, const QDateTime &now)
{
    switch (format) {
    case ExportFormat::Json:
        return formatJson(response, now);
    case ExportFormat::Env:
        return formatEnv(response, now);
    case ExportFormat::Fish:
    case ExportFormat::PowerShell:
    case ExportFormat::Cmd:
    case ExportFormat::Dotenv:
        break;
    }
    return {};
}

QString policyJson(const PolicyDocument &policy, int depth)
{
    QStringList statements;
    for (const PolicyStatement &statement : policy.statements) {
        statements << OrderedJsonObject()
                          .add(QStringLiteral("effect"), statement.effect)
                          .addStrings(QStringLiteral("action"), statement.actions)
                          .addStrings(QStringLiteral("resource"), statement.resources)
                          .toString(depth + 2);
    }
    const QString indent(2 * (depth + 2), QLatin1Char(' '));
    const QString list = statements.isEmpty()
        ? QStringLiteral("[]")
        : QLatin1String("[\n") + indent + statements.join(QLatin1String(",\n") + indent)
            + QLatin1Char('\n') + QString(2 * (depth + 1), QLatin1Char(' ')) + QLatin1Char(']');
    return OrderedJsonObject()
        .add(QStringLiteral("version"), policy.version)
        .addRaw(QStringLiteral("statement"), list)
        .toString(depth);
}

QString posixShellQuote(const QString &value)
{
    // Inside single quotes nothing is special but the quote itself, which is closed, escaped
    // and reopened: it's -> 'it'\''s'.
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        if (c == QLatin1Char('\''))
            out += QLatin1String("'\\''");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

} // namespace TokenDesk
