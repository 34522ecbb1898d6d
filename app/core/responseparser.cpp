// Reads TOP responses (wrapped JSON, simplified JSON, XML) into value types. Pure.
#include "responseparser.h"

#include "requestbuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <vector>

namespace TokenDesk {

namespace {

// The root element / key of a normal answer: the method name with '.' → '_' plus "_response".
constexpr auto ResponseRootName =
    "alibaba_security_deepvision_proxy_security_common_token_get_response";
constexpr auto ErrorRootName = "error_response";

// Deeper than any real response; stops a hostile XML body from exhausting the stack in the
// recursive reader (QJsonDocument has its own limit of about 1024).
constexpr int MaxXmlDepth = 64;

QString tr(const char *text)
{
    return QCoreApplication::translate("ResponseParser", text);
}

MalformedResponse malformed(const QString &what)
{
    return MalformedResponse{what};
}

// Every name the response uses is ASCII; QLatin1String keeps the strict-cast defines happy.
QLatin1String latin(const char *name)
{
    return QLatin1String(name);
}

// ---------------------------------------------------------------------------------------------
// Scalars

// The text of a scalar. Numbers arrive where the doc says String (and resp_code is documented
// as Number but sent as a string by some services), so scalars are all accepted as text.
// nullopt for objects and arrays: a wrong type, not a value.
std::optional<QString> scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Integral values as integers: 1 must read "1", not "1.0" or "1e+00".
        if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) < 9.0e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return std::nullopt;
}

enum class Truth { Absent, True, False, Unrecognized, WrongType };

// resp_success. The doc types it Boolean yet its own example says "token", and services send
// booleans, 1/0 and strings. Only values that clearly mean yes or no are read as such; anything
// else is Unrecognized and the caller decides from the rest of the response (see readResponse).
Truth readTruth(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return Truth::Absent;
    case QJsonValue::Bool:
        return value.toBool() ? Truth::True : Truth::False;
    case QJsonValue::Double:
        if (value.toDouble() == 1.0)
            return Truth::True;
        if (value.toDouble() == 0.0)
            return Truth::False;
        return Truth::Unrecognized;
    case QJsonValue::String: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return Truth::Absent; // <resp_success/> in XML
        if (text.compare(latin("true"), Qt::CaseInsensitive) == 0 || text == latin("1"))
            return Truth::True;
        if (text.compare(latin("false"), Qt::CaseInsensitive) == 0 || text == latin("0"))
            return Truth::False;
        return Truth::Unrecognized;
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return Truth::WrongType;
}

// ---------------------------------------------------------------------------------------------
// Lists in every spelling

// A member looked up regardless of case, so that snake_case "statement" also finds RAM's
// "Statement". An exact match wins over a case-insensitive one.
QJsonValue memberAnyCase(const QJsonObject &object, const char *name)
{
    const QLatin1String key = latin(name);
    const auto exact = object.constFind(key);
    if (exact != object.constEnd())
        return exact.value();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool isStatementField(const QString &key)
{
    for (const char *name : {"effect", "action", "resource"}) {
        if (key.compare(latin(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The items of a list of objects: a bare array, the wrapped form {"<item>": [...]} (the item
// name is unconfirmed, so any single key is accepted), {"<item>": {...}} (XML with one item,
// or a wrapper around one object), a single bare item, or {} / "" / null for empty.
std::optional<QJsonArray> objectListItems(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (value.isArray())
        return value.toArray();
    if (value.isString()) {
        if (value.toString().trimmed().isEmpty())
            return QJsonArray(); // <statement/> in XML
        return std::nullopt;
    }
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    if (object.isEmpty())
        return QJsonArray();
    if (object.size() == 1 && !isStatementField(object.constBegin().key())) {
        const QJsonValue inner = object.constBegin().value();
        if (inner.isArray())
            return inner.toArray();
        if (inner.isObject())
            return QJsonArray{inner};
    }
    return QJsonArray{object}; // the item itself
}

// The strings of a list of strings: a bare array, a single string (RAM allows "Action": "x"),
// the wrapped form {"string": [...]}, {"string": "x"} (XML with one item), or {} for empty.
std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (value.isString()) {
        const QString text = value.toString();
        if (text.trimmed().isEmpty())
            return QStringList(); // <action/> in XML
        return QStringList{text};
    }
    QJsonArray items;
    if (value.isArray()) {
        items = value.toArray();
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return QStringList();
        if (object.size() != 1)
            return std::nullopt;
        const QJsonValue inner = object.constBegin().value();
        if (inner.isArray())
            items = inner.toArray();
        else if (inner.isString() || inner.isDouble() || inner.isBool())
            items = QJsonArray{inner};
        else
            return std::nullopt;
    } else if (value.isDouble() || value.isBool()) {
        items = QJsonArray{value};
    } else {
        return std::nullopt;
    }
    QStringList strings;
    strings.reserve(items.size());
    for (const QJsonValue &item : std::as_const(items)) {
        if (!item.isString() && !item.isDouble() && !item.isBool())
            return std::nullopt;
        strings.append(*scalarText(item));
    }
    return strings;
}

std::optional<PolicyStatement> parseStatement(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    PolicyStatement statement;
    const std::optional<QString> effect = scalarText(memberAnyCase(object, "effect"));
    const std::optional<QStringList> actions = stringList(memberAnyCase(object, "action"));
    const std::optional<QStringList> resources = stringList(memberAnyCase(object, "resource"));
    if (!effect || !actions || !resources)
        return std::nullopt;
    statement.effect = *effect;
    statement.actions = *actions;
    statement.resources = *resources;
    return statement;
}

std::optional<PolicyDocument> parsePolicyObject(const QJsonObject &object)
{
    const QJsonValue version = memberAnyCase(object, "version");
    const QJsonValue statementValue = memberAnyCase(object, "statement");
    // A non-empty object with neither member is some other document, not a policy.
    if (!object.isEmpty() && version.isUndefined() && statementValue.isUndefined())
        return std::nullopt;

    PolicyDocument policy;
    const std::optional<QString> versionText = scalarText(version);
    const std::optional<QJsonArray> items = objectListItems(statementValue);
    if (!versionText || !items)
        return std::nullopt;
    policy.version = *versionText;
    for (const QJsonValue &item : *items) {
        std::optional<PolicyStatement> statement = parseStatement(item);
        if (!statement)
            return std::nullopt;
        policy.statements.append(*statement);
    }
    return policy;
}

// ---------------------------------------------------------------------------------------------
// JSON

// Qt keeps the last of duplicate keys silently. A response with two roots or two values for one
// field is ambiguous, so it is refused. Runs only on text QJsonDocument already accepted, so it
// need not validate syntax: it only tracks where keys are.
std::optional<QString> findDuplicateKey(const QByteArray &body)
{
    // One flat list of key views (no copies); each object's keys are sorted and compared when
    // it closes, so the whole scan is O(n log n) however hostile the body.
    struct Frame
    {
        bool isObject = false;
        bool expectKey = false;
        size_t firstKey = 0;
    };
    std::vector<Frame> stack;
    std::vector<QByteArrayView> keys;
    auto closeFrame = [&]() -> std::optional<QString> {
        const Frame frame = stack.back();
        stack.pop_back();
        if (!frame.isObject || keys.size() - frame.firstKey < 2) {
            keys.resize(frame.firstKey);
            return std::nullopt;
        }
        const auto first = keys.begin() + static_cast<std::ptrdiff_t>(frame.firstKey);
        std::sort(first, keys.end());
        const auto duplicate = std::adjacent_find(first, keys.end());
        if (duplicate != keys.end())
            return QString::fromUtf8(duplicate->data(), qMin<qsizetype>(64, duplicate->size()));
        keys.resize(frame.firstKey);
        return std::nullopt;
    };
    const char *data = body.constData();
    const qsizetype size = body.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < size && data[i] != '"'; ++i) {
                if (data[i] == '\\')
                    ++i;
            }
            if (!stack.empty() && stack.back().isObject && stack.back().expectKey) {
                keys.emplace_back(data + start, qMin(i, size) - start);
                stack.back().expectKey = false;
            }
        } else if (c == '{') {
            stack.push_back(Frame{true, true, keys.size()});
        } else if (c == '[') {
            stack.push_back(Frame{false, false, keys.size()});
        } else if (c == '}' || c == ']') {
            if (!stack.empty()) {
                if (std::optional<QString> duplicate = closeFrame())
                    return duplicate;
            }
        } else if (c == ',') {
            if (!stack.empty() && stack.back().isObject)
                stack.back().expectKey = true;
        }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// XML, read into the same QJsonValue tree as JSON so one reader serves both: a leaf element is
// its text, an element with children an object, repeated child names an array.

struct XmlTree
{
    QString rootName;
    QJsonValue root;
};

std::optional<QString> readXmlElement(QXmlStreamReader &xml, int depth, QJsonValue &out)
{
    if (depth > MaxXmlDepth)
        return tr("XML nested deeper than %1 levels").arg(MaxXmlDepth);
    QJsonObject children;
    QString text;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QString name = xml.name().toString();
            QJsonValue child;
            if (std::optional<QString> error = readXmlElement(xml, depth + 1, child))
                return error;
            // Children are strings or objects, never arrays, so an array here can only be
            // the list this name already started.
            const auto existing = children.find(name);
            if (existing == children.end()) {
                children.insert(name, child);
            } else if (existing.value().isArray()) {
                QJsonArray list = existing.value().toArray();
                list.append(child);
                existing.value() = list;
            } else {
                existing.value() = QJsonArray{existing.value(), child};
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            // Text mixed with child elements is indentation (or noise): the children win.
            if (!children.isEmpty())
                out = children;
            else
                out = text;
            return std::nullopt;
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::EntityReference:
            return tr("XML refers to an undeclared entity");
        case QXmlStreamReader::DTD:
            return tr("XML with a DTD is refused");
        case QXmlStreamReader::Invalid:
            return std::nullopt; // the caller reports xml.errorString()
        default:
            break; // comments, processing instructions
        }
    }
    return std::nullopt;
}

std::variant<XmlTree, MalformedResponse> readXml(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    // Belt and braces: a DTD is refused below before any entity could be used, but should a
    // reference ever get through, Qt must not expand it into megabytes.
    xml.setEntityExpansionLimit(0);
    XmlTree tree;
    bool haveRoot = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            // Refused on sight: reading on would let QXmlStreamReader expand the entities the
            // DTD declares (billion laughs) or consult external ones.
            return malformed(tr("XML with a DTD is refused"));
        case QXmlStreamReader::EntityReference:
            return malformed(tr("XML refers to an undeclared entity"));
        case QXmlStreamReader::StartElement: {
            if (haveRoot)
                return malformed(tr("XML has more than one root element"));
            tree.rootName = xml.name().toString();
            if (tree.rootName != latin(ResponseRootName) && tree.rootName != latin(ErrorRootName))
                return malformed(tr("unexpected XML root element <%1>").arg(tree.rootName.left(64)));
            if (std::optional<QString> error = readXmlElement(xml, 1, tree.root))
                return malformed(*error);
            haveRoot = true;
            break;
        }
        default:
            break; // declaration, comments (the gateway's trailing <!--top...-->), whitespace
        }
    }
    if (xml.hasError()) {
        return malformed(tr("XML error at line %1, column %2: %3")
                             .arg(xml.lineNumber())
                             .arg(xml.columnNumber())
                             .arg(xml.errorString()));
    }
    if (!haveRoot)
        return malformed(tr("XML without a root element"));
    return tree;
}

// ---------------------------------------------------------------------------------------------
// The response object, shared by every shape

// A member that must be a scalar; `error` is set when it is an object or array.
QString textField(const QJsonObject &object, const char *name, std::optional<QString> &error)
{
    const std::optional<QString> text = scalarText(object.value(latin(name)));
    if (!text) {
        if (!error)
            error = tr("field \"%1\" is not text").arg(latin(name));
        return {};
    }
    return *text;
}

std::variant<SecurityToken, MalformedResponse> readCredential(const QJsonObject &result)
{
    std::optional<QString> error;
    SecurityToken token;
    token.accessKeyId = textField(result, "access_key_id", error);
    token.accessKeySecret = textField(result, "access_key_secret", error);
    token.securityToken = textField(result, "token", error);
    token.productCode = textField(result, "product_code", error);
    token.sceneCode = textField(result, "scene_code", error);
    token.tenantCode = textField(result, "tenant_code", error);
    token.fieldId = textField(result, "field_id", error);
    token.endPointPublic = textField(result, "end_point_public", error);
    token.endPointInternal = textField(result, "end_point_internal", error);
    token.expirationText = textField(result, "expiration", error);
    if (error)
        return malformed(*error);

    // Field names only: the values are the credential and must never reach a message or log.
    const std::pair<const char *, const QString *> required[] = {
        {"access_key_id", &token.accessKeyId},
        {"access_key_secret", &token.accessKeySecret},
        {"token", &token.securityToken},
    };
    for (const auto &[name, value] : required) {
        if (value->trimmed().isEmpty())
            return malformed(tr("result has no \"%1\"").arg(latin(name)));
    }

    // An unreadable expiration keeps its text for display; the caller treats the validity as
    // unknown rather than losing an otherwise good credential.
    token.expiration = parseExpiration(token.expirationText);

    const std::optional<PolicyDocument> policy = parsePolicy(result.value(latin("policy")));
    if (!policy)
        return malformed(tr("result has a \"policy\" that is not a policy document"));
    token.policy = *policy;
    return token;
}

bool hasCredentialFields(const QJsonObject &result)
{
    for (const char *name : {"access_key_id", "access_key_secret", "token"}) {
        const std::optional<QString> text = scalarText(result.value(latin(name)));
        if (!text || text->trimmed().isEmpty())
            return false;
    }
    return true;
}

ParseResult readResponse(const QJsonObject &response)
{
    std::optional<QString> error;
    const QString respCode = textField(response, "resp_code", error);
    const QString message = textField(response, "message", error);
    const QString respRequestId = textField(response, "resp_request_id", error);
    const QString requestId = textField(response, "request_id", error);
    if (error)
        return malformed(*error);

    const Truth success = readTruth(response.value(latin("resp_success")));
    if (success == Truth::WrongType)
        return malformed(tr("field \"resp_success\" is not a boolean"));
    if (success == Truth::False)
        return ServiceRefusal{respCode, message, respRequestId, requestId};

    const QJsonValue resultValue = response.value(latin("result"));
    const bool haveResult = resultValue.isObject();
    if (!haveResult && !resultValue.isUndefined() && !resultValue.isNull()
        && !(resultValue.isString() && resultValue.toString().trimmed().isEmpty()))
        return malformed(tr("field \"result\" is not an object"));

    // Without a clear true, the credential decides: the doc's own example sends "token" in
    // resp_success, and some services omit it. A result holding all three credential fields
    // can only be a grant; anything less is not trusted as one.
    if (success != Truth::True) {
        if (haveResult && hasCredentialFields(resultValue.toObject())) {
            // fall through to read the credential
        } else if (success == Truth::Unrecognized) {
            return malformed(tr("field \"resp_success\" is neither true nor false"));
        } else if (!haveResult) {
            return malformed(tr("response has neither \"resp_success\" nor \"result\""));
        }
    }
    if (!haveResult)
        return malformed(tr("successful response without a \"result\""));

    std::variant<SecurityToken, MalformedResponse> credential =
        readCredential(resultValue.toObject());
    if (auto *bad = std::get_if<MalformedResponse>(&credential))
        return *bad;
    return TokenResponse{std::get<SecurityToken>(std::move(credential)), respCode, respRequestId,
                         message, requestId};
}

ParseResult readErrorResponse(const QJsonValue &value)
{
    if (!value.isObject())
        return malformed(tr("\"error_response\" is not an object"));
    const QJsonObject object = value.toObject();
    std::optional<QString> error;
    GatewayError gatewayError;
    gatewayError.code = textField(object, "code", error);
    gatewayError.msg = textField(object, "msg", error);
    gatewayError.subCode = textField(object, "sub_code", error);
    gatewayError.subMsg = textField(object, "sub_msg", error);
    gatewayError.requestId = textField(object, "request_id", error);
    if (error)
        return malformed(*error);
    if (gatewayError.code.trimmed().isEmpty())
        return malformed(tr("\"error_response\" without a code"));
    classifyGatewayError(gatewayError);
    return gatewayError;
}

// Members that mark an object as the response itself (simplified JSON has no root key).
bool looksLikeResponseObject(const QJsonObject &object)
{
    for (const char *name :
         {"result", "resp_success", "resp_code", "resp_request_id", "message", "request_id"}) {
        if (object.contains(latin(name)))
            return true;
    }
    return false;
}

ParseResult parseJson(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(
            tr("JSON error at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    }
    if (!document.isObject())
        return malformed(tr("JSON root is not an object"));
    if (const std::optional<QString> key = findDuplicateKey(body))
        return malformed(tr("JSON has the key \"%1\" twice").arg(*key));

    const QJsonObject root = document.object();
    const bool hasResponse = root.contains(latin(ResponseRootName));
    const bool hasError = root.contains(latin(ErrorRootName));
    if (hasResponse || hasError) {
        if (root.size() != 1)
            return malformed(tr("JSON has more than one root member"));
        if (hasError)
            return readErrorResponse(root.value(latin(ErrorRootName)));
        const QJsonValue response = root.value(latin(ResponseRootName));
        if (!response.isObject())
            return malformed(tr("the response root is not an object"));
        return readResponse(response.toObject());
    }
    if (looksLikeResponseObject(root))
        return readResponse(root); // simplified
    if (root.size() == 1 && root.constBegin().key().endsWith(latin("_response")))
        return malformed(
            tr("a response to a different API (\"%1\")").arg(root.constBegin().key().left(100)));
    return malformed(tr("JSON object is not a TOP response"));
}

ParseResult parseXml(const QByteArray &body)
{
    std::variant<XmlTree, MalformedResponse> read = readXml(body);
    if (auto *bad = std::get_if<MalformedResponse>(&read))
        return *bad;
    const XmlTree &tree = std::get<XmlTree>(read);
    if (tree.rootName == latin(ErrorRootName))
        return readErrorResponse(tree.root);
    if (tree.root.isString() && tree.root.toString().trimmed().isEmpty())
        return malformed(tr("empty response element"));
    if (!tree.root.isObject())
        return malformed(tr("the response root is not an element with children"));
    return readResponse(tree.root.toObject());
}

bool startsWithHtml(const QByteArray &body, qsizetype start)
{
    const QByteArray head = body.mid(start, 64).toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html");
}

bool isValidUtf8(const QByteArray &body)
{
    // Validates in place; decoding to UTF-16 just to look for errors cost a copy per response.
    return QByteArrayView(body).isValidUtf8();
}

} // namespace

ParseResult parseResponse(const QByteArray &body)
{
    if (body.size() > MaxResponseBytes) {
        return malformed(
            tr("response larger than %1 bytes (%2 bytes)").arg(MaxResponseBytes).arg(body.size()));
    }
    // A UTF-8 byte order mark is harmless; skip it with the white space.
    qsizetype start = body.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < body.size()
           && (body.at(start) == ' ' || body.at(start) == '\t' || body.at(start) == '\r'
               || body.at(start) == '\n'))
        ++start;
    if (start == body.size())
        return malformed(body.isEmpty() ? tr("empty response") : tr("response is only white space"));
    // Neither JSON nor XML may hold a raw NUL, and Qt's JSON parser lets one through in strings.
    if (body.contains('\0'))
        return malformed(tr("response contains a NUL byte"));

    const char first = body.at(start);
    if (first == '<') {
        if (startsWithHtml(body, start))
            return malformed(tr("HTML page instead of a TOP response"));
        return parseXml(body);
    }
    if (first == '{') {
        // JSON must be UTF-8 (RFC 8259); checked up front for one clear message.
        if (!isValidUtf8(body))
            return malformed(tr("response is not valid UTF-8"));
        return parseJson(body);
    }
    if (first == '[')
        return malformed(tr("JSON array instead of a TOP response object"));
    return malformed(tr("neither JSON nor XML"));
}

void classifyGatewayError(GatewayError &error)
{
    const auto translate = [](const char *text, int n = -1) {
        return QCoreApplication::translate("GatewayError", text, nullptr, n);
    };
    bool isNumber = false;
    const int code = error.code.trimmed().toInt(&isNumber);
    const bool serviceFault = error.subCode.startsWith(latin("isp."), Qt::CaseInsensitive);

    error.banSeconds = -1;
    // isp.* is the service's own fault whatever the code (the Java SDK retries exactly these).
    error.retriable = serviceFault;
    if (!isNumber) {
        error.hint = translate("The gateway returned error %1. Check the sub-code and message, "
                               "and the request ID if you contact support.")
                         .arg(error.code);
        return;
    }

    switch (code) {
    case 7: {
        static const QRegularExpression banPattern(
            QStringLiteral("ban will last for (\\d+) more seconds?"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = banPattern.match(error.subMsg);
        if (match.hasMatch()) {
            bool ok = false;
            const int seconds = match.captured(1).toInt(&ok);
            if (ok)
                error.banSeconds = seconds;
        }
        // Retriable: the ban lifts by itself; how long to wait is banSeconds, the caller's call.
        error.retriable = true;
        error.hint = error.banSeconds >= 0
            ? translate("The app is rate limited by the gateway. Wait %n second(s) before trying "
                        "again.",
                        error.banSeconds)
            : translate("The app is rate limited by the gateway. Wait a while before trying again, "
                        "and call less often.");
        break;
    }
    case 10:
        error.retriable = true;
        error.hint = translate("The service is temporarily unavailable. Try again in a little "
                               "while.");
        break;
    case 11:
        error.hint = error.subCode.contains(latin("ip"), Qt::CaseInsensitive)
                && error.subCode.contains(latin("whitelist"), Qt::CaseInsensitive)
            ? translate("This machine's IP address is not on the app's whitelist. Add this "
                        "machine's public IP to the app's IP whitelist in the TOP console.")
            : translate("The app lacks a permission for this API. Ask for the API permission in "
                        "the TOP console, or add this machine's public IP to the app's IP "
                        "whitelist if the sub-code names the whitelist.");
        break;
    case 15:
    case 50:
        error.hint = serviceFault
            ? translate("The remote service failed on its side. Try again in a little while.")
            : translate("The remote service rejected the request. Check the sub-code and message; "
                        "retrying the same request will not help.");
        break;
    case 21:
    case 22:
        error.hint = translate("The gateway does not know the API method. Check the gateway URL "
                               "and that the app has this API.");
        break;
    case 25:
        error.hint = translate("The signature is invalid: the app secret or the sign method is "
                               "wrong. Check both in the connection settings.");
        break;
    case 26:
    case 27:
        error.hint = translate("The gateway asked for a valid session. This API needs none; check "
                               "the gateway URL and the API method.");
        break;
    case 28:
    case 29:
        error.hint = translate("The AppKey is missing or wrong. Check it in the connection "
                               "settings.");
        break;
    case 30:
    case 31:
        // Not retried automatically: the same clock would send the same stale timestamp.
        error.hint = translate("The timestamp was refused. Check this machine's clock and time "
                               "zone (the reply's Date header shows the gateway's time), then try "
                               "once more.");
        break;
    case 40:
    case 41:
    case 43:
        error.hint = error.subMsg.trimmed().isEmpty()
            ? translate("A parameter is missing or invalid. Check the request fields.")
            : translate("A parameter is missing or invalid. Check the field named by the "
                        "gateway: %1")
                  .arg(error.subMsg);
        break;
    default:
        error.hint = serviceFault
            ? translate("The gateway returned error %1, a fault on the service's side. Try again "
                        "in a little while.")
                  .arg(error.code)
            : translate("The gateway returned error %1. Check the sub-code and message, and the "
                        "request ID if you contact support.")
                  .arg(error.code);
        break;
    }
}

std::optional<PolicyDocument> parsePolicy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return PolicyDocument();
    case QJsonValue::Object:
        return parsePolicyObject(value.toObject());
    case QJsonValue::String: {
        // Some services send the policy as JSON text; XML carries it as element text.
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return PolicyDocument();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return std::nullopt;
        return parsePolicyObject(document.object());
    }
    default:
        return std::nullopt;
    }
}

QDateTime parseExpiration(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};

    const bool allDigits = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (allDigits) {
        // Seconds until year 5138 fit in 11 digits; milliseconds since 1973 need 12 or 13.
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (!ok)
            return {};
        if (text.size() <= 11)
            return QDateTime::fromSecsSinceEpoch(number, Qt::UTC);
        if (text.size() <= 13)
            return QDateTime::fromMSecsSinceEpoch(number, Qt::UTC);
        return {};
    }

    // TOP's own format, always GMT+8: a space where ISO has a 'T'.
    if (text.size() == 19 && text.at(10) == QLatin1Char(' ')) {
        const QDateTime top = parseTopTimestamp(text);
        if (top.isValid())
            return top.toUTC();
    }

    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}[T "
                       "]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(Z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch match = iso.match(text);
    if (!match.hasMatch())
        return {};
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    if (match.capturedLength(2) == 0) {
        // No zone: STS, the likeliest source of ISO text, means UTC; reading it as local time
        // would shift the expiry by the machine's offset.
        return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    }
    return parsed.toUTC();
}

} // namespace TokenDesk
