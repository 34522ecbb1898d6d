// Reads TOP responses (wrapped JSON, simplified JSON, XML) into value types. Pure.
#include "responseparser.h"

#include "requestbuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QVarLengthArray>
#include <QXmlStreamReader>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <iterator>

namespace TokenDesk {

namespace {

// The root element / key of a normal answer: the method name with '.' → '_' plus "_response".
constexpr auto ResponseRootName =
    "alibaba_security_deepvision_proxy_security_common_token_get_response";
constexpr auto ErrorRootName = "error_response";

// Deeper than any real response; stops a hostile XML body from exhausting the stack in the
// recursive reader (QJsonDocument has its own limit of about 1024).
constexpr int MaxXmlDepth = 64;

MalformedResponse malformed(const QString &what)
{
    return MalformedResponse{what};
}

// Every name the response uses is ASCII; QLatin1String keeps the strict-cast defines happy.
QLatin1String latin(const char *name)
{
    return QLatin1String(name);
}

// Objects with more members than this are searched per name instead of walked once.
constexpr qsizetype MaxWalkedMembers = 32;

// Where the members `names` are in `object` (constEnd() where absent), found in one walk over
// it: each QJsonObject::value() is a search with a string compare per step and a QJsonValue
// copy, about twice the time of a step of the walk when several members are wanted, and the
// iterators let the values be read in place (see bench/). Keys are unique (duplicates are
// refused before this, and QJsonObject keeps one), so one walk finds what value() would.
template<size_t N>
std::array<QJsonObject::const_iterator, N> findMembers(const QJsonObject &object,
                                                       const char *const (&names)[N])
{
    std::array<QJsonObject::const_iterator, N> found;
    if (object.size() > MaxWalkedMembers) {
        for (size_t i = 0; i < N; ++i)
            found[i] = object.constFind(latin(names[i]));
        return found;
    }
    found.fill(object.constEnd());
    std::array<QLatin1String, N> wanted;
    for (size_t i = 0; i < N; ++i)
        wanted[i] = latin(names[i]);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        for (size_t i = 0; i < N; ++i) {
            if (key.size() == wanted[i].size() && QStringView(key) == wanted[i]) {
                found[i] = it;
                break;
            }
        }
    }
    return found;
}

// The value of a member findMembers() looked for: Undefined when absent, as value() has it.
QJsonValue memberValue(const QJsonObject &object, QJsonObject::const_iterator member)
{
    return member == object.constEnd() ? QJsonValue(QJsonValue::Undefined)
                                       : QJsonValue(member.value());
}

// read(value of the member) with the value read in place (a QJsonValueConstRef: no QJsonValue
// copy, no atomic reference count up and down), or read(Undefined) when it is absent.
template<typename Read>
auto readMember(const QJsonObject &object, QJsonObject::const_iterator member, Read read)
{
    if (member == object.constEnd())
        return read(QJsonValue(QJsonValue::Undefined));
    return read(member.value());
}

// ---------------------------------------------------------------------------------------------
// Scalars

// Doubles hold every integer up to 2^53 exactly; past that a JSON integer may have been rounded.
bool isInexactInteger(double number)
{
    return !std::isfinite(number) || std::fabs(number) >= 9007199254740992.0;
}

// The text of a scalar. Numbers arrive where the doc says String (and resp_code is documented
// as Number but sent as a string by some services), so scalars are all accepted as text.
// nullopt for objects and arrays (a wrong type, not a value) and for numbers that JSON could
// not carry exactly.
// A template so that it reads a QJsonValueConstRef in place as well as a QJsonValue.
template<typename Value>
std::optional<QString> scalarText(const Value &value)
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
        // An integer beyond 2^53 has already lost digits in the JSON reader (a resp_code of 30
        // digits would come out as "1.2345678901234568e+29"): refused, never passed on altered.
        if (isInexactInteger(number))
            return std::nullopt;
        // Integral values as integers: 1 must read "1", not "1.0" or "1e+00".
        if (std::trunc(number) == number)
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
template<typename Value>
Truth readTruth(const Value &value)
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

// Members looked up regardless of case, so that snake_case "statement" also finds RAM's
// "Statement": per name the exact match, else the first case-insensitive one in iteration
// order; constEnd() when there is neither.
template<size_t N>
std::array<QJsonObject::const_iterator, N> findMembersAnyCase(const QJsonObject &object,
                                                              const char *const (&names)[N])
{
    std::array<QJsonObject::const_iterator, N> found = findMembers(object, names);
    for (size_t i = 0; i < N; ++i) {
        if (found[i] != object.constEnd())
            continue;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().compare(latin(names[i]), Qt::CaseInsensitive) == 0) {
                found[i] = it;
                break;
            }
        }
    }
    return found;
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
template<typename Value>
std::optional<QJsonArray> objectListItems(const Value &value)
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
        const QJsonValueConstRef inner = object.constBegin().value();
        if (inner.isArray())
            return inner.toArray();
        if (inner.isObject())
            return QJsonArray{QJsonValue(inner)};
        return std::nullopt; // {"datas": "x"}: a wrapper around no item
    }
    return QJsonArray{object}; // the item itself
}

// Appends the text of each item; false at the first that is not a scalar. The items are read in
// place (QJsonValueConstRef): a QJsonValue copy of each would take a reference to the whole
// document and give it back, an atomic operation pair per string (see bench/).
bool appendScalars(QStringList &strings, const QJsonArray &items)
{
    strings.reserve(items.size());
    for (const QJsonValueConstRef item : items) {
        if (!item.isString() && !item.isDouble() && !item.isBool())
            return false;
        std::optional<QString> text = scalarText(item);
        if (!text)
            return false;
        strings.append(std::move(*text));
    }
    return true;
}

// The strings of a list of strings: a bare array, a single string (RAM allows "Action": "x"),
// the wrapped form {"string": [...]}, {"string": "x"} (XML with one item), or {} for empty.
template<typename Value>
std::optional<QStringList> stringList(const Value &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (value.isString()) {
        const QString text = value.toString();
        if (text.trimmed().isEmpty())
            return QStringList(); // <action/> in XML
        return QStringList{text};
    }
    QStringList strings;
    if (value.isArray()) {
        if (!appendScalars(strings, value.toArray()))
            return std::nullopt;
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return QStringList();
        if (object.size() != 1)
            return std::nullopt;
        const QJsonValueConstRef inner = object.constBegin().value();
        if (inner.isArray()) {
            if (!appendScalars(strings, inner.toArray()))
                return std::nullopt;
        } else if (inner.isString() || inner.isDouble() || inner.isBool()) {
            if (!appendScalars(strings, QJsonArray{QJsonValue(inner)}))
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    } else if (value.isDouble() || value.isBool()) {
        if (!appendScalars(strings, QJsonArray{QJsonValue(value)}))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    return strings;
}

std::optional<PolicyStatement> parseStatement(const QJsonValueConstRef value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    PolicyStatement statement;
    const auto found = findMembersAnyCase(object, {"effect", "action", "resource"});
    // Moved, not copied, from here to the result: each QString copy is an atomic reference
    // count up and down again, which shows in bench/ however few the instructions.
    std::optional<QString> effect =
        readMember(object, found[0], [](const auto &member) { return scalarText(member); });
    std::optional<QStringList> actions =
        readMember(object, found[1], [](const auto &member) { return stringList(member); });
    std::optional<QStringList> resources =
        readMember(object, found[2], [](const auto &member) { return stringList(member); });
    // An object with none of the three members is no statement: it is what a wrapper nested
    // deeper than any shape the API sends ({"datas": {"datas": {...}}}) reads as. Refused rather
    // than shown as an invented empty statement.
    const bool none = std::all_of(found.cbegin(), found.cend(), [&object](const auto &member) {
        return member == object.constEnd();
    });
    if (!effect || !actions || !resources || none)
        return std::nullopt;
    statement.effect = std::move(*effect);
    statement.actions = std::move(*actions);
    statement.resources = std::move(*resources);
    return statement;
}

std::optional<PolicyDocument> parsePolicyObject(const QJsonObject &object)
{
    const auto found = findMembersAnyCase(object, {"version", "statement"});
    // A non-empty object with neither member is some other document, not a policy.
    if (!object.isEmpty() && found[0] == object.constEnd() && found[1] == object.constEnd())
        return std::nullopt;

    PolicyDocument policy;
    std::optional<QString> versionText =
        readMember(object, found[0], [](const auto &member) { return scalarText(member); });
    const std::optional<QJsonArray> items =
        readMember(object, found[1], [](const auto &member) { return objectListItems(member); });
    if (!versionText || !items)
        return std::nullopt;
    policy.version = std::move(*versionText);
    policy.statements.reserve(items->size());
    for (const QJsonValueConstRef item : *items) {
        std::optional<PolicyStatement> statement = parseStatement(item);
        if (!statement)
            return std::nullopt;
        policy.statements.append(std::move(*statement));
    }
    return policy;
}

// parsePolicy() of a QJsonValue or, read in place, of a QJsonValueConstRef.
template<typename Value>
std::optional<PolicyDocument> parsePolicyValue(const Value &value)
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

// ---------------------------------------------------------------------------------------------
// JSON

// Qt keeps the last of duplicate keys silently. A response with two roots or two values for one
// field is ambiguous, so it is refused. Runs only on text QJsonDocument already accepted, so it
// need not validate syntax: it only tracks where keys are.
std::optional<QString> findDuplicateKey(const QByteArray &body)
{
    // One flat list of key views (no copies); each object's keys are compared when it closes,
    // so the whole scan is O(n log n) however hostile the body. String bodies are skipped with
    // memchr and the lists live on the stack for any sane depth (see bench/).
    struct Frame
    {
        bool isObject = false;
        bool expectKey = false;
        qsizetype firstKey = 0;
    };
    QVarLengthArray<Frame, 32> stack;
    QVarLengthArray<QByteArrayView, 64> keys;
    // The smallest key (in byte order) that appears twice among keys[first..], if any.
    auto duplicateIn = [&keys](qsizetype first) -> std::optional<QByteArrayView> {
        const qsizetype count = keys.size() - first;
        QByteArrayView *begin = keys.data() + first;
        QByteArrayView *end = begin + count;
        std::optional<QByteArrayView> smallest;
        if (count <= 16) {
            // A real response's objects: comparing pairs beats sorting them.
            for (QByteArrayView *a = begin; a != end; ++a) {
                for (QByteArrayView *b = a + 1; b != end; ++b) {
                    if (*a == *b && (!smallest || *a < *smallest))
                        smallest = *a;
                }
            }
            return smallest;
        }
        std::sort(begin, end);
        const QByteArrayView *duplicate = std::adjacent_find(begin, end);
        if (duplicate != end)
            smallest = *duplicate;
        return smallest;
    };
    const char *const data = body.constData();
    const char *const limit = data + body.size();
    for (const char *p = data; p < limit; ++p) {
        switch (*p) {
        case '"': {
            const char *const start = p + 1;
            // The closing quote is the first one not escaped by an odd run of backslashes.
            const char *close = start;
            for (;;) {
                close = static_cast<const char *>(std::memchr(close, '"', size_t(limit - close)));
                if (!close)
                    break;
                const char *slash = close;
                while (slash > start && slash[-1] == '\\')
                    --slash;
                if ((close - slash) % 2 == 0)
                    break;
                ++close;
            }
            p = close ? close : limit;
            if (!stack.empty() && stack.back().isObject && stack.back().expectKey) {
                keys.append(QByteArrayView(start, p - start));
                stack.back().expectKey = false;
            }
            break;
        }
        case '{':
            stack.append(Frame{true, true, keys.size()});
            break;
        case '[':
            stack.append(Frame{false, false, keys.size()});
            break;
        case '}':
        case ']':
            if (!stack.empty()) {
                const Frame frame = stack.back();
                stack.removeLast();
                if (frame.isObject && keys.size() - frame.firstKey >= 2) {
                    if (const std::optional<QByteArrayView> duplicate = duplicateIn(frame.firstKey))
                        return QString::fromUtf8(duplicate->data(),
                                                 qMin<qsizetype>(64, duplicate->size()));
                }
                keys.resize(frame.firstKey);
            }
            break;
        case ',':
            if (!stack.empty() && stack.back().isObject)
                stack.back().expectKey = true;
            break;
        default:
            break;
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
        return QCoreApplication::translate("ResponseParser", "XML nested deeper than %1 levels")
            .arg(MaxXmlDepth);
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
            return QCoreApplication::translate("ResponseParser",
                                               "XML refers to an undeclared entity");
        case QXmlStreamReader::DTD:
            return QCoreApplication::translate("ResponseParser", "XML with a DTD is refused");
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
            return malformed(
                QCoreApplication::translate("ResponseParser", "XML with a DTD is refused"));
        case QXmlStreamReader::EntityReference:
            return malformed(QCoreApplication::translate("ResponseParser",
                                                         "XML refers to an undeclared entity"));
        case QXmlStreamReader::StartElement: {
            if (haveRoot)
                return malformed(QCoreApplication::translate("ResponseParser",
                                                             "XML has more than one root element"));
            tree.rootName = xml.name().toString();
            if (tree.rootName != latin(ResponseRootName) && tree.rootName != latin(ErrorRootName))
                return malformed(QCoreApplication::translate("ResponseParser",
                                                             "unexpected XML root element <%1>")
                                     .arg(tree.rootName.left(64)));
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
        return malformed(
            QCoreApplication::translate("ResponseParser", "XML error at line %1, column %2: %3")
                .arg(xml.lineNumber())
                .arg(xml.columnNumber())
                .arg(xml.errorString()));
    }
    if (!haveRoot)
        return malformed(
            QCoreApplication::translate("ResponseParser", "XML without a root element"));
    return tree;
}

// ---------------------------------------------------------------------------------------------
// The response object, shared by every shape

// A member that must be a scalar (as found by findMembers()); `error` is set when it is an
// object or array. Absent reads as empty.
QString textField(const QJsonObject &object, QJsonObject::const_iterator member, const char *name,
                  std::optional<QString> &error)
{
    std::optional<QString> text = member == object.constEnd() ? std::optional<QString>(QString())
                                                              : scalarText(member.value());
    if (!text) {
        if (!error) {
            error = member.value().isDouble()
                ? QCoreApplication::translate("ResponseParser",
                                              "field \"%1\" holds a number too large to be "
                                              "carried exactly")
                      .arg(latin(name))
                : QCoreApplication::translate("ResponseParser", "field \"%1\" is not text")
                      .arg(latin(name));
        }
        return {};
    }
    return std::move(*text);
}

std::variant<SecurityToken, MalformedResponse> readCredential(const QJsonObject &result)
{
    static constexpr const char *Names[] = {
        "access_key_id",      "access_key_secret", "token",    "product_code",
        "scene_code",         "tenant_code",       "field_id", "end_point_public",
        "end_point_internal", "expiration",        "policy",
    };
    const auto found = findMembers(result, Names);
    std::optional<QString> error;
    SecurityToken token;
    QString *const fields[] = {
        &token.accessKeyId,    &token.accessKeySecret, &token.securityToken,
        &token.productCode,    &token.sceneCode,       &token.tenantCode,
        &token.fieldId,        &token.endPointPublic,  &token.endPointInternal,
        &token.expirationText,
    };
    for (size_t i = 0; i < std::size(fields); ++i)
        *fields[i] = textField(result, found[i], Names[i], error);
    if (error)
        return malformed(*error);

    // Field names only: the values are the credential and must never reach a message or log.
    const std::pair<const char *, const QString *> required[] = {
        {"access_key_id", &token.accessKeyId},
        {"access_key_secret", &token.accessKeySecret},
        {"token", &token.securityToken},
    };
    for (const auto &[name, value] : required) {
        if (QStringView(*value).trimmed().isEmpty())
            return malformed(QCoreApplication::translate("ResponseParser", "result has no \"%1\"")
                                 .arg(latin(name)));
    }

    // Without a readable expiry nobody can tell when to fetch again, and a countdown or an
    // `expires_in` would be invented: such a credential is refused like any missing field.
    if (QStringView(token.expirationText).trimmed().isEmpty())
        return malformed(
            QCoreApplication::translate("ResponseParser", "result has no \"expiration\""));
    token.expiration = parseExpiration(token.expirationText);
    if (!token.expiration.isValid()) {
        return malformed(
            QCoreApplication::translate("ResponseParser",
                                        "field \"expiration\" is not a date and time (\"%1\")")
                .arg(token.expirationText.left(40)));
    }

    std::optional<PolicyDocument> policy =
        readMember(result, found[10], [](const auto &member) { return parsePolicyValue(member); });
    if (!policy)
        return malformed(QCoreApplication::translate(
            "ResponseParser", "result has a \"policy\" that is not a policy document"));
    token.policy = std::move(*policy);
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
    static constexpr const char *Names[] = {
        "resp_code", "message", "resp_request_id", "request_id", "resp_success", "result",
    };
    const auto found = findMembers(response, Names);
    std::optional<QString> error;
    QString respCode = textField(response, found[0], Names[0], error);
    QString message = textField(response, found[1], Names[1], error);
    QString respRequestId = textField(response, found[2], Names[2], error);
    QString requestId = textField(response, found[3], Names[3], error);
    if (error)
        return malformed(*error);

    const Truth success =
        found[4] == response.constEnd() ? Truth::Absent : readTruth(found[4].value());
    if (success == Truth::WrongType)
        return malformed(QCoreApplication::translate("ResponseParser",
                                                     "field \"resp_success\" is not a boolean"));
    if (success == Truth::False)
        return ServiceRefusal{std::move(respCode), std::move(message), std::move(respRequestId),
                              std::move(requestId)};

    const QJsonValue resultValue = memberValue(response, found[5]);
    const bool haveResult = resultValue.isObject();
    if (!haveResult && !resultValue.isUndefined() && !resultValue.isNull()
        && !(resultValue.isString() && resultValue.toString().trimmed().isEmpty()))
        return malformed(
            QCoreApplication::translate("ResponseParser", "field \"result\" is not an object"));

    // Without a clear true, the credential decides: the doc's own example sends "token" in
    // resp_success, and some services omit it. A result holding all three credential fields
    // can only be a grant; anything less is not trusted as one.
    if (success != Truth::True) {
        if (haveResult && hasCredentialFields(resultValue.toObject())) {
            // fall through to read the credential
        } else if (success == Truth::Unrecognized) {
            return malformed(QCoreApplication::translate(
                "ResponseParser", "field \"resp_success\" is neither true nor false"));
        } else if (!haveResult) {
            return malformed(QCoreApplication::translate(
                "ResponseParser", "response has neither \"resp_success\" nor \"result\""));
        }
    }
    if (!haveResult)
        return malformed(QCoreApplication::translate("ResponseParser",
                                                     "successful response without a \"result\""));

    std::variant<SecurityToken, MalformedResponse> credential =
        readCredential(resultValue.toObject());
    if (auto *bad = std::get_if<MalformedResponse>(&credential))
        return *bad;
    return TokenResponse{std::get<SecurityToken>(std::move(credential)), std::move(respCode),
                         std::move(respRequestId), std::move(message), std::move(requestId)};
}

ParseResult readErrorResponse(const QJsonValue &value)
{
    if (!value.isObject())
        return malformed(
            QCoreApplication::translate("ResponseParser", "\"error_response\" is not an object"));
    const QJsonObject object = value.toObject();
    static constexpr const char *Names[] = {"code", "msg", "sub_code", "sub_msg", "request_id"};
    const auto found = findMembers(object, Names);
    std::optional<QString> error;
    GatewayError gatewayError;
    gatewayError.code = textField(object, found[0], Names[0], error);
    gatewayError.msg = textField(object, found[1], Names[1], error);
    gatewayError.subCode = textField(object, found[2], Names[2], error);
    gatewayError.subMsg = textField(object, found[3], Names[3], error);
    gatewayError.requestId = textField(object, found[4], Names[4], error);
    if (error)
        return malformed(*error);
    if (gatewayError.code.trimmed().isEmpty())
        return malformed(
            QCoreApplication::translate("ResponseParser", "\"error_response\" without a code"));
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
        return malformed(QCoreApplication::translate("ResponseParser", "JSON error at offset %1: %2")
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return malformed(
            QCoreApplication::translate("ResponseParser", "JSON root is not an object"));
    if (const std::optional<QString> key = findDuplicateKey(body))
        return malformed(
            QCoreApplication::translate("ResponseParser", "JSON has the key \"%1\" twice").arg(*key));

    const QJsonObject root = document.object();
    // One search per root name, its value taken from the iterator (not contains() + value()).
    const auto response = root.constFind(latin(ResponseRootName));
    const auto error =
        response == root.constEnd() ? root.constFind(latin(ErrorRootName)) : root.constEnd();
    if (response != root.constEnd() || error != root.constEnd()) {
        if (root.size() != 1)
            return malformed(QCoreApplication::translate("ResponseParser",
                                                         "JSON has more than one root member"));
        if (error != root.constEnd())
            return readErrorResponse(error.value());
        if (!response.value().isObject())
            return malformed(QCoreApplication::translate("ResponseParser",
                                                         "the response root is not an object"));
        return readResponse(response.value().toObject());
    }
    if (looksLikeResponseObject(root))
        return readResponse(root); // simplified
    if (root.size() == 1 && root.constBegin().key().endsWith(latin("_response")))
        return malformed(
            QCoreApplication::translate("ResponseParser", "a response to a different API (\"%1\")")
                .arg(root.constBegin().key().left(100)));
    return malformed(
        QCoreApplication::translate("ResponseParser", "JSON object is not a TOP response"));
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
        return malformed(QCoreApplication::translate("ResponseParser", "empty response element"));
    if (!tree.root.isObject())
        return malformed(QCoreApplication::translate(
            "ResponseParser", "the response root is not an element with children"));
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

// What the ISO pattern in parseExpiration() makes of a text, read by position.
struct IsoForm
{
    enum Kind {
        NoMatch, // ASCII text the pattern does not match
        Exact,   // matches, with seconds and an explicit zone and no fraction: fields below
        General, // anything else: left to QRegularExpression and QDateTime::fromString()
    } kind = General;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    int offsetSeconds = 0;
};

// ^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?$
IsoForm readIsoForm(QStringView text)
{
    IsoForm form;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return form; // \d also matches other scripts' digits: the general path decides
    }
    const qsizetype size = text.size();
    const auto digitAt = [&](qsizetype i) {
        return i < size && text[i] >= QLatin1Char('0') && text[i] <= QLatin1Char('9');
    };
    const auto number = [&](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i)
            value = value * 10 + (text[i].unicode() - '0');
        return value;
    };
    const auto digits = [&](qsizetype from, qsizetype length) {
        for (qsizetype i = from; i < from + length; ++i) {
            if (!digitAt(i))
                return false;
        }
        return true;
    };
    form.kind = IsoForm::NoMatch;
    // yyyy-MM-dd[T ]HH:mm
    if (size < 16 || !digits(0, 4) || text[4] != QLatin1Char('-') || !digits(5, 2)
        || text[7] != QLatin1Char('-') || !digits(8, 2)
        || (text[10] != QLatin1Char('T') && text[10] != QLatin1Char(' ')) || !digits(11, 2)
        || text[13] != QLatin1Char(':') || !digits(14, 2))
        return form;
    qsizetype i = 16;
    bool haveSeconds = false, haveFraction = false;
    if (i < size && text[i] == QLatin1Char(':')) {
        if (!digits(i + 1, 2))
            return form;
        haveSeconds = true;
        i += 3;
        if (i < size && text[i] == QLatin1Char('.')) {
            if (!digitAt(i + 1))
                return form;
            haveFraction = true;
            for (++i; digitAt(i); ++i) { }
        }
    }
    // (Z|[+-]\d{2}(?::?\d{2})?)?$
    bool haveZone = false;
    int offset = 0;
    if (i < size && text[i] == QLatin1Char('Z')) {
        haveZone = true;
        ++i;
    } else if (i < size && (text[i] == QLatin1Char('+') || text[i] == QLatin1Char('-'))) {
        const int sign = text[i] == QLatin1Char('-') ? -1 : 1;
        if (!digits(i + 1, 2))
            return form;
        const int offsetHours = number(i + 1, 2);
        int offsetMinutes = 0;
        i += 3;
        if (i < size && text[i] == QLatin1Char(':')) {
            if (!digits(i + 1, 2))
                return form;
            offsetMinutes = number(i + 1, 2);
            i += 3;
        } else if (digits(i, 2)) {
            offsetMinutes = number(i, 2);
            i += 2;
        }
        // Out of range offsets make QDateTime::fromString() fail: the general path says so.
        if (offsetHours > 23 || offsetMinutes > 59)
            return IsoForm{};
        haveZone = true;
        offset = sign * (offsetHours * 3600 + offsetMinutes * 60);
    }
    if (i != size)
        return form;
    const int hour = number(11, 2);
    if (!haveSeconds || haveFraction || !haveZone || hour >= 24) {
        form.kind = IsoForm::General;
        return form;
    }
    form.kind = IsoForm::Exact;
    form.year = number(0, 4);
    form.month = number(5, 2);
    form.day = number(8, 2);
    form.hour = hour;
    form.minute = number(14, 2);
    form.second = number(17, 2);
    form.offsetSeconds = offset;
    return form;
}

} // namespace

ParseResult parseResponse(const QByteArray &body)
{
    if (body.size() > MaxResponseBytes) {
        return malformed(QCoreApplication::translate("ResponseParser",
                                                     "response larger than %1 bytes (%2 bytes)")
                             .arg(MaxResponseBytes)
                             .arg(body.size()));
    }
    // A UTF-8 byte order mark is harmless; skip it with the white space.
    qsizetype start = body.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < body.size()
           && (body.at(start) == ' ' || body.at(start) == '\t' || body.at(start) == '\r'
               || body.at(start) == '\n'))
        ++start;
    if (start == body.size())
        return malformed(
            body.isEmpty()
                ? QCoreApplication::translate("ResponseParser", "empty response")
                : QCoreApplication::translate("ResponseParser", "response is only white space"));
    // Neither JSON nor XML may hold a raw NUL, and Qt's JSON parser lets one through in strings.
    if (body.contains('\0'))
        return malformed(
            QCoreApplication::translate("ResponseParser", "response contains a NUL byte"));

    const char first = body.at(start);
    if (first == '<') {
        if (startsWithHtml(body, start))
            return malformed(QCoreApplication::translate("ResponseParser",
                                                         "HTML page instead of a TOP response"));
        return parseXml(body);
    }
    if (first == '{') {
        // JSON must be UTF-8 (RFC 8259); checked up front for one clear message.
        if (!isValidUtf8(body))
            return malformed(
                QCoreApplication::translate("ResponseParser", "response is not valid UTF-8"));
        return parseJson(body);
    }
    if (first == '[')
        return malformed(QCoreApplication::translate(
            "ResponseParser", "JSON array instead of a TOP response object"));
    return malformed(QCoreApplication::translate("ResponseParser", "neither JSON nor XML"));
}

void classifyGatewayError(GatewayError &error)
{
    using Kind = GatewayError::Kind;
    bool isNumber = false;
    const int code = error.code.trimmed().toInt(&isNumber);
    const bool serviceFault = error.subCode.startsWith(latin("isp."), Qt::CaseInsensitive);

    error.banSeconds = -1;
    // isp.* is the service's own fault whatever the code (the Java SDK retries exactly these).
    error.retriable = serviceFault;
    if (!isNumber) {
        error.kind = Kind::Other;
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
        error.kind = Kind::RateLimited;
        break;
    }
    case 10:
        error.retriable = true;
        error.kind = Kind::Unavailable;
        break;
    case 11:
        error.kind = error.subCode.contains(latin("ip"), Qt::CaseInsensitive)
                && error.subCode.contains(latin("whitelist"), Qt::CaseInsensitive)
            ? Kind::IpNotWhitelisted
            : Kind::NoPermission;
        break;
    case 15:
    case 50:
        error.kind = serviceFault ? Kind::RemoteServiceFailed : Kind::RemoteServiceRefused;
        break;
    case 21:
    case 22:
        error.kind = Kind::UnknownMethod;
        break;
    case 25:
        error.kind = Kind::BadSignature;
        break;
    case 26:
    case 27:
        error.kind = Kind::SessionRequired;
        break;
    case 28:
    case 29:
        error.kind = Kind::BadAppKey;
        break;
    case 30:
    case 31:
        // Not retried automatically: the same clock would send the same stale timestamp.
        error.kind = Kind::BadTimestamp;
        break;
    case 40:
    case 41:
    case 43:
        error.kind = Kind::BadParameter;
        break;
    default:
        error.kind = serviceFault ? Kind::ServiceFault : Kind::Other;
        break;
    }
}

std::optional<PolicyDocument> parsePolicy(const QJsonValue &value)
{
    return parsePolicyValue(value);
}

QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (date.isValid())
        date.setTimeSpec(Qt::UTC);
    return date;
}

std::optional<qint64> secondsExpired(const QDateTime &expiration, const QDateTime &gatewayNow)
{
    // The parser refuses an unreadable expiry; should one get here, it grants nothing.
    if (!expiration.isValid())
        return 0;
    if (!gatewayNow.isValid() || expiration > gatewayNow)
        return std::nullopt;
    return expiration.secsTo(gatewayNow);
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

    // ISO 8601 as the pattern below has it, read by position when the text is ASCII: the
    // pattern match and QDateTime::fromString() were 6k instructions a response (see bench/).
    // Forms whose result depends on more than arithmetic (fractions, 24:00, no zone = a
    // local-time round trip) and non-ASCII text still take the general path, so the result is
    // the same either way.
    const IsoForm form = readIsoForm(text);
    if (form.kind == IsoForm::NoMatch)
        return {};
    if (form.kind == IsoForm::Exact) {
        const QDate date(form.year, form.month, form.day);
        if (form.year < 1 || !date.isValid() || !QTime::isValid(form.hour, form.minute, form.second))
            return {};
        const qint64 seconds = date.toJulianDay() * 86400 + form.hour * 3600 + form.minute * 60
            + form.second - form.offsetSeconds;
        constexpr qint64 UnixEpochJulianDay = 2440588;
        return QDateTime::fromMSecsSinceEpoch((seconds - UnixEpochJulianDay * 86400) * 1000,
                                              Qt::UTC);
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
