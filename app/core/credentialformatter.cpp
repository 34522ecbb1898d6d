// Credential export formats: each quotes values for its own reader, or refuses a value it cannot
// carry unchanged rather than write something that reads back differently.
#include "credentialformatter.h"

#include "jsontext.h"

#include <QCoreApplication>

namespace TokenDesk {

namespace {

struct FormatEntry
{
    ExportFormat format;
    const char *name;
    const char *title;
};

constexpr FormatEntry Formats[] = {
    {ExportFormat::Json, "json", QT_TRANSLATE_NOOP("CredentialFormatter", "JSON")},
    {ExportFormat::Env, "env",
     QT_TRANSLATE_NOOP("CredentialFormatter", "POSIX shell (sh, bash, zsh)")},
    {ExportFormat::Fish, "fish", QT_TRANSLATE_NOOP("CredentialFormatter", "fish")},
    {ExportFormat::PowerShell, "powershell", QT_TRANSLATE_NOOP("CredentialFormatter", "PowerShell")},
    {ExportFormat::Cmd, "cmd", QT_TRANSLATE_NOOP("CredentialFormatter", "Windows cmd")},
    {ExportFormat::Dotenv, "dotenv", QT_TRANSLATE_NOOP("CredentialFormatter", ".env file")},
    {ExportFormat::Ossutil, "ossutil",
     QT_TRANSLATE_NOOP("CredentialFormatter", "ossutil config section")},
    {ExportFormat::Aliyun, "aliyun", QT_TRANSLATE_NOOP("CredentialFormatter", "aliyun CLI profile")},
    {ExportFormat::AliyunProcess, "aliyun-process",
     QT_TRANSLATE_NOOP("CredentialFormatter", "aliyun External process output")},
};

QString isoUtc(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODate);
}

// One credential value as the error messages name it.
struct NamedValue
{
    QString name;
    QString value;
};

NamedValue accessKeyId(const SecurityToken &credential)
{
    return {QCoreApplication::translate("CredentialFormatter", "AccessKey ID"),
            credential.accessKeyId};
}

NamedValue accessKeySecret(const SecurityToken &credential)
{
    return {QCoreApplication::translate("CredentialFormatter", "AccessKey secret"),
            credential.accessKeySecret};
}

NamedValue securityToken(const SecurityToken &credential)
{
    return {QCoreApplication::translate("CredentialFormatter", "security token"),
            credential.securityToken};
}

// The variables both credential chains read: Alibaba Cloud's default chain and ossutil/OSS SDKs.
QList<QPair<QString, NamedValue>> environmentVariables(const SecurityToken &credential)
{
    return {
        {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), accessKeyId(credential)},
        {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), accessKeySecret(credential)},
        {QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), securityToken(credential)},
        {QStringLiteral("OSS_ACCESS_KEY_ID"), accessKeyId(credential)},
        {QStringLiteral("OSS_ACCESS_KEY_SECRET"), accessKeySecret(credential)},
        {QStringLiteral("OSS_SESSION_TOKEN"), securityToken(credential)},
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

// Whether `format`'s quoting carries the code point `c` through its reader unchanged.
bool carries(ExportFormat format, char32_t c)
{
    switch (format) {
    case ExportFormat::Json:
    case ExportFormat::Aliyun:
    case ExportFormat::AliyunProcess:
        return true; // JSON escapes whatever needs it
    case ExportFormat::Env:
    case ExportFormat::Fish:
    case ExportFormat::PowerShell:
        // Single quotes carry everything else; NUL ends a C string, so no shell can hold it.
        return c != 0;
    case ExportFormat::Cmd:
        // Inside set "NAME=value" cmd still expands %VAR% (interactively %% is no escape), and
        // with delayed expansion !VAR! and carets; '"' cannot be escaped at all; CR/LF end the
        // command, a tab completes a file name when pasted, and a batch file is read in the
        // console's code page. Printable ASCII without those four is what survives everywhere.
        return c >= 0x20 && c < 0x7f && c != '"' && c != '%' && c != '!' && c != '^';
    case ExportFormat::Dotenv:
        // Single quotes are literal in python-dotenv, Node's dotenv and docker compose alike, as
        // long as the value holds no quote, no backslash (python-dotenv reads \\ and \' as
        // escapes, compose skips \') and no line break. Outside that subset the three disagree
        // (Node unescapes only \n in double quotes, python-dotenv and compose expand ${VAR}
        // there), so no spelling reads back the same everywhere: refuse instead.
        return c != 0 && c != '\'' && c != '\\' && c != '\n' && c != '\r';
    case ExportFormat::Ossutil:
        // An INI value is the rest of one line.
        return c >= 0x20 && c != 0x7f;
    }
    return false;
}

// "'%' (U+0025)": the character when it prints, always its code point.
QString describe(char32_t c)
{
    const QString code = QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    if (QChar::isPrint(c) && !QChar::isSpace(c))
        return QLatin1Char('\'') + QString::fromUcs4(&c, 1) + QLatin1String("' (") + code
            + QLatin1Char(')');
    return code;
}

// Why `value` cannot go through `format` unchanged ("it contains …"), or empty when it can.
QString valueProblem(ExportFormat format, const QString &value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        char32_t c = value.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(value.at(i), value.at(i + 1));
            ++i;
        } else if (QChar::isSurrogate(c)) {
            // UTF-8 output would turn it into '?'.
            return QCoreApplication::translate("CredentialFormatter",
                                               "it contains an unpaired surrogate (%1)")
                .arg(describe(c));
        }
        if (!carries(format, c))
            return QCoreApplication::translate("CredentialFormatter", "it contains %1")
                .arg(describe(c));
    }
    // INI readers (ossutil's and Python's) trim the value.
    if (format == ExportFormat::Ossutil && !value.isEmpty()) {
        if (value.front().isSpace())
            return QCoreApplication::translate("CredentialFormatter", "it begins with %1")
                .arg(describe(value.front().unicode()));
        if (value.back().isSpace())
            return QCoreApplication::translate("CredentialFormatter", "it ends with %1")
                .arg(describe(value.back().unicode()));
    }
    return {};
}

// Collects the first refusal; the formatters check every value before writing any.
class Checker
{
public:
    explicit Checker(ExportFormat format)
        : m_format(format)
    { }
    void check(const NamedValue &value)
    {
        if (!m_error.isEmpty())
            return;
        const QString problem = valueProblem(m_format, value.value);
        if (problem.isEmpty())
            return;
        m_error =
            QCoreApplication::translate("CredentialFormatter",
                                        "The %1 format (%2) cannot carry the %3 unchanged: "
                                        "%4.")
                .arg(exportFormatTitle(m_format), exportFormatName(m_format), value.name, problem);
    }
    QString error() const { return m_error; }

private:
    ExportFormat m_format;
    QString m_error;
};

FormattedCredential success(const QString &text)
{
    return {text, {}};
}

FormattedCredential failure(const QString &error)
{
    return {{}, error};
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

// fish: inside single quotes only \\ and \' are escapes.
QString fishQuote(const QString &value)
{
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('\''))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

// PowerShell: a quote is written twice. Its tokenizer takes the curly and low-9 single quotes
// for ' too, so they are doubled as well, or one would end the string.
QString powerShellQuote(const QString &value)
{
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\'':
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x201B:
            out += c;
            break;
        default:
            break;
        }
        out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

// One line per variable, after a comment line naming the expiry.
FormattedCredential formatShell(const TokenResponse &response, ExportFormat format,
                                const QDateTime &now)
{
    const auto variables = environmentVariables(response.credential);
    Checker checker(format);
    for (const auto &variable : variables)
        checker.check(variable.second);
    if (!checker.error().isEmpty())
        return failure(checker.error());

    const QString comment = expiryComment(response.credential, now);
    QString out;
    switch (format) {
    case ExportFormat::Cmd:
        // '@' keeps a batch file with echo on from printing the secrets.
        out = QLatin1String("@rem ") + comment + QLatin1Char('\n');
        break;
    default:
        out = QLatin1String("# ") + comment + QLatin1Char('\n');
        break;
    }
    for (const auto &[name, named] : variables) {
        const QString &value = named.value;
        switch (format) {
        case ExportFormat::Env:
            out += QLatin1String("export ") + name + QLatin1Char('=') + posixShellQuote(value)
                + QLatin1Char('\n');
            break;
        case ExportFormat::Fish:
            out += QLatin1String("set -gx ") + name + QLatin1Char(' ') + fishQuote(value)
                + QLatin1Char('\n');
            break;
        case ExportFormat::PowerShell:
            out += QLatin1String("$Env:") + name + QLatin1String(" = ") + powerShellQuote(value)
                + QLatin1Char('\n');
            break;
        case ExportFormat::Cmd:
            // The quotes around NAME=value keep & | < > ( ) literal and trailing spaces out.
            out +=
                QLatin1String("@set \"") + name + QLatin1Char('=') + value + QLatin1String("\"\n");
            break;
        case ExportFormat::Dotenv:
            out += name + QLatin1String("='") + value + QLatin1String("'\n");
            break;
        default:
            break;
        }
    }
    return success(out);
}

// A [Credentials] section for ~/.ossutilconfig.
FormattedCredential formatOssutil(const TokenResponse &response, const QDateTime &now)
{
    const SecurityToken &c = response.credential;
    const NamedValue endpoint{QCoreApplication::translate("CredentialFormatter", "endpoint"),
                              c.endPointPublic};
    Checker checker(ExportFormat::Ossutil);
    for (const NamedValue &value : {endpoint, accessKeyId(c), accessKeySecret(c), securityToken(c)})
        checker.check(value);
    if (!checker.error().isEmpty())
        return failure(checker.error());

    QString out = QLatin1String("# ") + expiryComment(c, now) + QLatin1Char('\n')
        + QLatin1String("[Credentials]\n");
    if (endpoint.value.isEmpty())
        out += QLatin1String(
            "# the gateway named no endpoint: add endpoint=oss-REGION.aliyuncs.com\n");
    else
        out += QLatin1String("endpoint=") + endpoint.value + QLatin1Char('\n');
    out += QLatin1String("accessKeyID=") + c.accessKeyId + QLatin1Char('\n')
        + QLatin1String("accessKeySecret=") + c.accessKeySecret + QLatin1Char('\n')
        + QLatin1String("stsToken=") + c.securityToken + QLatin1Char('\n');
    return success(out);
}

// One element of the "profiles" array in ~/.aliyun/config.json. JSON has no comments, so the
// expiry is not in it.
FormattedCredential formatAliyun(const TokenResponse &response)
{
    const SecurityToken &c = response.credential;
    Checker checker(ExportFormat::Aliyun);
    for (const NamedValue &value : {accessKeyId(c), accessKeySecret(c), securityToken(c)})
        checker.check(value);
    if (!checker.error().isEmpty())
        return failure(checker.error());

    const QString endpoint = c.endPointPublic.isEmpty() ? c.endPointInternal : c.endPointPublic;
    return success(OrderedJsonObject()
                       .add(QStringLiteral("name"), QStringLiteral("tokendesk"))
                       .add(QStringLiteral("mode"), QStringLiteral("StsToken"))
                       .add(QStringLiteral("access_key_id"), c.accessKeyId)
                       .add(QStringLiteral("access_key_secret"), c.accessKeySecret)
                       .add(QStringLiteral("sts_token"), c.securityToken)
                       .add(QStringLiteral("region_id"), regionFromEndpoint(endpoint))
                       .add(QStringLiteral("output_format"), QStringLiteral("json"))
                       .add(QStringLiteral("language"), QStringLiteral("en"))
                       .toString()
                   + QLatin1Char('\n'));
}

// The object an External profile's process_command prints (interfaces.md, aliyun-process):
// what the aliyun CLI and the credentials SDKs read back.
FormattedCredential formatAliyunProcess(const TokenResponse &response)
{
    const SecurityToken &c = response.credential;
    Checker checker(ExportFormat::AliyunProcess);
    for (const NamedValue &value : {accessKeyId(c), accessKeySecret(c), securityToken(c)})
        checker.check(value);
    if (!checker.error().isEmpty())
        return failure(checker.error());
    return success(OrderedJsonObject()
                       .add(QStringLiteral("mode"), QStringLiteral("StsToken"))
                       .add(QStringLiteral("access_key_id"), c.accessKeyId)
                       .add(QStringLiteral("access_key_secret"), c.accessKeySecret)
                       .add(QStringLiteral("sts_token"), c.securityToken)
                       .add(QStringLiteral("expiration"),
                            c.expiration.isValid() ? isoUtc(c.expiration) : QString())
                       .toString()
                   + QLatin1Char('\n'));
}

} // namespace

QList<QPair<QString, QString>> credentialEnvironment(const SecurityToken &credential)
{
    QList<QPair<QString, QString>> variables;
    for (const auto &[name, value] : environmentVariables(credential))
        variables.append({name, value.value});
    return variables;
}

TokenResponse onLocalClock(TokenResponse response, qint64 gatewayClockOffset)
{
    QDateTime &expiration = response.credential.expiration;
    if (expiration.isValid())
        expiration = expiration.toUTC().addSecs(-gatewayClockOffset);
    return response;
}

QString exportFormatName(ExportFormat format)
{
    for (const FormatEntry &entry : Formats) {
        if (entry.format == format)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (const FormatEntry &entry : Formats) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return std::nullopt;
}

QStringList exportFormatNames()
{
    QStringList names;
    for (const FormatEntry &entry : Formats)
        names << QLatin1String(entry.name);
    return names;
}

QString exportFormatTitle(ExportFormat format)
{
    for (const FormatEntry &entry : Formats) {
        if (entry.format == format)
            return QCoreApplication::translate("CredentialFormatter", entry.title);
    }
    return {};
}

std::optional<qint64> secondsUntilExpiry(const SecurityToken &credential, const QDateTime &now)
{
    if (!credential.expiration.isValid())
        return std::nullopt;
    return qMax<qint64>(0, now.secsTo(credential.expiration));
}

FormattedCredential formatCredential(const TokenResponse &response, ExportFormat format,
                                     const QDateTime &now)
{
    switch (format) {
    case ExportFormat::Json: {
        const SecurityToken &c = response.credential;
        Checker checker(format);
        for (const NamedValue &value : {accessKeyId(c), accessKeySecret(c), securityToken(c)})
            checker.check(value);
        if (!checker.error().isEmpty())
            return failure(checker.error());
        return success(formatJson(response, now));
    }
    case ExportFormat::Env:
    case ExportFormat::Fish:
    case ExportFormat::PowerShell:
    case ExportFormat::Cmd:
    case ExportFormat::Dotenv:
        return formatShell(response, format, now);
    case ExportFormat::Ossutil:
        return formatOssutil(response, now);
    case ExportFormat::Aliyun:
        return formatAliyun(response);
    case ExportFormat::AliyunProcess:
        return formatAliyunProcess(response);
    }
    return failure(QCoreApplication::translate("CredentialFormatter", "Unknown output format."));
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

QString regionFromEndpoint(const QString &endpoint)
{
    // The host's first label: oss-cn-hangzhou, oss-cn-hangzhou-internal, cn-hangzhou (SLS).
    QString host = endpoint.trimmed().toLower();
    if (const qsizetype scheme = host.indexOf(QLatin1String("://")); scheme >= 0)
        host = host.mid(scheme + 3);
    QString label = host.section(QLatin1Char('.'), 0, 0).section(QLatin1Char(':'), 0, 0);
    if (label.startsWith(QLatin1String("oss-")))
        label = label.mid(4);
    for (const char *suffix : {"-internal", "-intranet", "-vpc"}) {
        if (label.endsWith(QLatin1String(suffix)))
            label.chop(qsizetype(qstrlen(suffix)));
    }
    // A region id is letters, a dash, then letters and digits in dash-separated parts
    // (cn-hangzhou, ap-southeast-1); oss-accelerate and oss-rg-china-mainland name none.
    const QStringList parts = label.split(QLatin1Char('-'));
    bool plausible = parts.size() >= 2 && !label.startsWith(QLatin1String("accelerate"))
        && parts.first() != QLatin1String("rg");
    for (const QString &part : parts) {
        if (part.isEmpty())
            plausible = false;
        for (const QChar c : part) {
            if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                  || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
                plausible = false;
        }
    }
    return plausible ? label : QStringLiteral("cn-hangzhou");
}

} // namespace TokenDesk
