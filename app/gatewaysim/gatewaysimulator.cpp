// The local TOP gateway: HTTP over QTcpServer, TOP verification, credential minting and the
// failure scenarios the client must survive. Every limit here exists for a hostile client.
#include "gatewaysimulator.h"

#include "requestbuilder.h"
#include "signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>
#include <QXmlStreamWriter>

#include <cmath>

Q_LOGGING_CATEGORY(lcSim, "tokendesk.sim", QtWarningMsg)

namespace TokenDesk {

namespace {

constexpr auto RouterPath = "/router/rest";
constexpr auto ResponseRoot =
    "alibaba_security_deepvision_proxy_security_common_token_get_response";
constexpr auto JsonContentType = "application/json;charset=UTF-8";
constexpr auto XmlContentType = "text/xml;charset=UTF-8";

constexpr qint64 AllowedSkewSeconds = 600; // TOP's documented 10 minutes
constexpr int ShortLifetimeSeconds = 90;
constexpr int OversizedBodyBytes = 2 * 1024 * 1024;
constexpr int TokenChars = 620; // real STS tokens run to several hundred characters

enum class Shape { Wrapped, Simplified, Xml };

QString randomString(int length, QLatin1String alphabet)
{
    QString out;
    out.reserve(length);
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out += alphabet.at(random->bounded(int(alphabet.size())));
    return out;
}

const QLatin1String LowerAlnum("abcdefghijklmnopqrstuvwxyz0123456789");
const QLatin1String MixedAlnum("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

// TOP's own request ids look like "16n3x9s2abcd".
QString newTopRequestId()
{
    return randomString(12, LowerAlnum);
}

QString newSecurityToken(int chars)
{
    // Base64 of random bytes, so '+', '/' and '=' appear as in real tokens and exercise the
    // client's escaping.
    const int bytes = qMax(3, (chars - 4) * 3 / 4);
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()),
                                          raw.size() / qsizetype(sizeof(quint32)));
    return QStringLiteral("CAIS") + QString::fromLatin1(raw.toBase64());
}

QString formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

// application/x-www-form-urlencoded (and the query string, which TOP treats alike). The first
// occurrence of a name wins, so the query's system parameters cannot be overridden by the body.
void addFormParameters(QHash<QString, QString> &parameters, const QByteArray &encoded)
{
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = formDecode(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : formDecode(pair.mid(equals + 1));
        if (!name.isEmpty() && !parameters.contains(name))
            parameters.insert(name, value);
    }
}

Shape shapeOf(const QHash<QString, QString> &parameters)
{
    const QString format = parameters.value(QStringLiteral("format")).trimmed().toLower();
    // The real gateway answers XML unless asked for JSON.
    if (format != QLatin1String("json"))
        return Shape::Xml;
    if (parameters.value(QStringLiteral("simplify")).trimmed().toLower() == QLatin1String("true"))
        return Shape::Simplified;
    return Shape::Wrapped;
}

// TOP names a list by its item type: "string" for strings, the struct name ("datas") for objects.
QString itemName(const QJsonValue &item)
{
    return item.isObject() ? QStringLiteral("datas") : QStringLiteral("string");
}

QJsonValue wrapLists(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), wrapLists(it.value()));
        return out;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return QJsonObject(); // TOP sends an empty list as {}
        QJsonArray items;
        for (const QJsonValue &item : array)
            items.append(wrapLists(item));
        return QJsonObject{{itemName(array.first()), items}};
    }
    return value;
}

QString scalarText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    return value.toString();
}

void writeXmlValue(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value)
{
    if (value.isObject()) {
        xml.writeStartElement(name);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            writeXmlValue(xml, it.key(), it.value());
        xml.writeEndElement();
    } else if (value.isArray()) {
        xml.writeStartElement(name);
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            writeXmlValue(xml, itemName(item), item);
        xml.writeEndElement();
    } else {
        xml.writeTextElement(name, scalarText(value));
    }
}

QByteArray renderXml(const QString &root, const QJsonObject &object)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    writeXmlValue(xml, root, object);
    xml.writeEndDocument();
    // The real gateway appends the serving host as a comment after the root element.
    out += "<!--top011234.cm5-->";
    return out;
}

QByteArray renderJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString expirationText(const QDateTime &expiry, const QString &style)
{
    if (style == QLatin1String("top"))
        return formatTopTimestamp(expiry);
    if (style == QLatin1String("epoch"))
        return QString::number(expiry.toSecsSinceEpoch());
    if (style == QLatin1String("epoch-ms"))
        return QString::number(expiry.toMSecsSinceEpoch());
    return expiry.toUTC().toString(Qt::ISODate);
}

QJsonObject policyFor(const QString &tenant, const QString &store)
{
    const QString bucket = QStringLiteral("acs:oss:*:*:deepvision-") + tenant;
    const QString storeResource = bucket + u'/' + store + QStringLiteral("/*");
    const QString tenantResource = bucket + QStringLiteral("/*");
    const QJsonObject allow{
        {QStringLiteral("effect"), QStringLiteral("Allow")},
        {QStringLiteral("action"),
         QJsonArray{QStringLiteral("oss:GetObject"), QStringLiteral("oss:PutObject"),
                    QStringLiteral("oss:ListObjects")}},
        {QStringLiteral("resource"), QJsonArray{storeResource}},
    };
    const QJsonObject deny{
        {QStringLiteral("effect"), QStringLiteral("Deny")},
        {QStringLiteral("action"), QJsonArray{QStringLiteral("oss:DeleteObject")}},
        {QStringLiteral("resource"), QJsonArray{tenantResource}},
    };
    return {{QStringLiteral("version"), QStringLiteral("1")},
            {QStringLiteral("statement"), QJsonArray{allow, deny}}};
}

// Log service credentials point at SLS; everything else at OSS.
QPair<QString, QString> endpointsFor(const QString &productCode)
{
    const QString product = productCode.trimmed().toLower();
    if (product == QLatin1String("sls") || product == QLatin1String("log"))
        return {QStringLiteral("https://cn-hangzhou.log.aliyuncs.com"),
                QStringLiteral("https://cn-hangzhou-intranet.log.aliyuncs.com")};
    return {QStringLiteral("https://oss-cn-hangzhou.aliyuncs.com"),
            QStringLiteral("https://oss-cn-hangzhou-internal.aliyuncs.com")};
}

// Compares without an early exit, so timing does not reveal how much of a forged sign matched.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

const char *const RequiredParamMembers[] = {"product_code", "scene_code", "usage_scene",
                                            "op_poi_id", "op_tenant_code"};

} // namespace

// ---- scenario names ------------------------------------------------------------------------

std::optional<GatewaySimulator::Scenario> GatewaySimulator::scenarioFromName(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    const QMetaEnum meta = QMetaEnum::fromType<Scenario>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        const auto scenario = static_cast<Scenario>(meta.value(i));
        if (scenarioName(scenario) == wanted)
            return scenario;
    }
    return std::nullopt;
}

QString GatewaySimulator::scenarioName(Scenario scenario)
{
    // "RedirectToHttp" -> "redirect-to-http", "Http502Html" -> "http-502-html".
    const char *key = QMetaEnum::fromType<Scenario>().valueToKey(int(scenario));
    if (!key)
        return {};
    QString name;
    const QString camel = QLatin1String(key);
    for (qsizetype i = 0; i < camel.size(); ++i) {
        const QChar c = camel.at(i);
        const bool boundary = i > 0
            && ((c.isUpper()) || (c.isDigit() && !camel.at(i - 1).isDigit())
                || (!c.isDigit() && camel.at(i - 1).isDigit()));
        if (boundary)
            name += u'-';
        name += c.toLower();
    }
    return name;
}

QStringList GatewaySimulator::scenarioNames()
{
    QStringList names;
    const QMetaEnum meta = QMetaEnum::fromType<Scenario>();
    for (int i = 0; i < meta.keyCount(); ++i)
        names.append(scenarioName(static_cast<Scenario>(meta.value(i))));
    return names;
}

// ---- set-up --------------------------------------------------------------------------------

GatewaySimulator::GatewaySimulator(QObject *parent)
    : QObject(parent)
    , m_server(new HttpServer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_server->setServerName("tokendesk-gateway-sim");
    // The client reads Date to show the skew when it gets code 31.
    m_server->setDateSource([this] { return now(); });
    m_server->setHandler([this](const HttpRequest &request, const HttpResponder &responder) {
        serve(request, responder);
    });
}

GatewaySimulator::~GatewaySimulator()
{
    close();
}

bool GatewaySimulator::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        qCWarning(lcSim) << "cannot listen:" << m_error;
        return false;
    }
    m_error.clear();
    qCInfo(lcSim) << "listening on" << url().toString();
    return true;
}

void GatewaySimulator::close()
{
    m_server->close();
}

quint16 GatewaySimulator::port() const
{
    return m_server->port();
}

QUrl GatewaySimulator::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress address = m_server->serverAddress();
    // A wildcard bind is still reached on loopback.
    const bool wildcard = address.isNull() || address == QHostAddress::Any
        || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
    url.setHost(wildcard ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(port());
    url.setPath(QLatin1String(RouterPath));
    return url;
}

QString GatewaySimulator::errorString() const
{
    return m_error;
}

void GatewaySimulator::addApp(const QString &appKey, const QByteArray &secret)
{
    m_apps.insert(appKey, secret);
}

void GatewaySimulator::setScenario(Scenario scenario)
{
    m_scenario = scenario;
    m_onceSpent = false;
    qCInfo(lcSim) << "scenario" << scenarioName(scenario);
}

void GatewaySimulator::setLifetimeSeconds(int seconds)
{
    m_lifetimeSeconds = qMax(1, seconds);
}

void GatewaySimulator::setBanSeconds(int seconds)
{
    m_banSeconds = qMax(0, seconds);
}

void GatewaySimulator::setSlowDelayMs(int ms)
{
    m_slowDelayMs = qMax(0, ms);
}

void GatewaySimulator::setClockSkewSeconds(qint64 secs)
{
    m_clockSkewSeconds = secs;
}

void GatewaySimulator::setExpirationStyle(const QString &style)
{
    m_expirationStyle = style.trimmed().toLower();
}

void GatewaySimulator::setClock(std::function<QDateTime()> clock)
{
    if (clock)
        m_clock = std::move(clock);
}

void GatewaySimulator::setLatencyMs(int ms)
{
    m_latencyMs = qMax(0, ms);
}

void GatewaySimulator::setRateLimit(int callsPerSecond)
{
    m_rateLimit = qMax(0, callsPerSecond);
    m_rateWindows.clear();
}

void GatewaySimulator::setIdleTimeoutMs(int ms)
{
    m_server->setIdleTimeoutMs(ms);
}

int GatewaySimulator::openConnections() const
{
    return m_server->openConnections();
}

QDateTime GatewaySimulator::now() const
{
    const QDateTime clock = m_clock().toUTC();
    return m_scenario == Scenario::ClockSkew ? clock.addSecs(m_clockSkewSeconds) : clock;
}

// ---- answers -------------------------------------------------------------------------------

void GatewaySimulator::serve(const HttpRequest &request, const HttpResponder &responder)
{
    Answer answer = handle(request);
    answer.delayMs += m_latencyMs;
    if (answer.delayMs <= 0) {
        responder.respond(answer);
        return;
    }
    // A client that leaves meanwhile makes the late answer a no-op.
    QTimer::singleShot(answer.delayMs, this, [responder, answer] { responder.respond(answer); });
}

// ---- the gateway ---------------------------------------------------------------------------

GatewaySimulator::Answer GatewaySimulator::handle(const HttpRequest &request)
{
    const qsizetype question = request.target.indexOf('?');
    const QByteArray path = question < 0 ? request.target : request.target.left(question);
    const QByteArray query = question < 0 ? QByteArray() : request.target.mid(question + 1);

    Answer answer;
    answer.contentType = "text/plain;charset=UTF-8";
    if (path != RouterPath) {
        answer.status = 404;
        answer.body = "Not Found\n";
        return answer;
    }
    if (request.method != "POST" && request.method != "GET") {
        answer.status = 405;
        answer.body = "Method Not Allowed\n";
        answer.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET, POST")));
        return answer;
    }

    QHash<QString, QString> parameters;
    addFormParameters(parameters, query);
    const QByteArray contentType = request.header("content-type").toLower();
    if (request.method == "POST"
        && (contentType.isEmpty() || contentType.startsWith("application/x-www-form-urlencoded")))
        addFormParameters(parameters, request.body);

    ++m_requestCount;
    Q_EMIT requestHandled(parameters);
    return answerTop(parameters, query);
}

GatewaySimulator::Answer GatewaySimulator::errorAnswer(const QHash<QString, QString> &parameters,
                                                       const TopError &error)
{
    QJsonObject body{{QStringLiteral("code"), error.code},
                     {QStringLiteral("msg"), error.msg},
                     {QStringLiteral("request_id"), newTopRequestId()}};
    if (!error.subCode.isEmpty())
        body.insert(QStringLiteral("sub_code"), error.subCode);
    if (!error.subMsg.isEmpty())
        body.insert(QStringLiteral("sub_msg"), error.subMsg);
    // Errors stay wrapped in error_response even when simplify=true, as on the real gateway.
    Answer answer;
    if (shapeOf(parameters) == Shape::Xml) {
        answer.contentType = XmlContentType;
        answer.body = renderXml(QStringLiteral("error_response"), body);
    } else {
        answer.contentType = JsonContentType;
        answer.body = renderJson({{QStringLiteral("error_response"), body}});
    }
    return answer;
}

// What the load balancer in front of the gateway sends when the gateway itself is down.
GatewaySimulator::Answer GatewaySimulator::htmlAnswer(int status, const QByteArray &title)
{
    Answer answer;
    answer.status = status;
    answer.contentType = "text/html;charset=UTF-8";
    answer.body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>"
        + title + "</h1></center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n";
    return answer;
}

GatewaySimulator::Answer GatewaySimulator::answerTop(QHash<QString, QString> parameters,
                                                     const QByteArray &query)
{
    // The same-origin redirect marks its target with redirected=1, which the client did not
    // sign; take it out before verification, as if the gateway had added it itself.
    if (m_scenario == Scenario::RedirectSameOrigin)
        parameters.remove(QStringLiteral("redirected"));

    const QDateTime clock = now();
    if (const auto error = verify(parameters, clock)) {
        qCInfo(lcSim) << "refused with code" << error->code << error->subCode;
        return errorAnswer(parameters, *error);
    }
    if (const auto error = rateLimited(parameters.value(QStringLiteral("app_key")).trimmed()))
        return errorAnswer(parameters, *error);
    return scenarioAnswer(parameters, query, clock);
}

std::optional<GatewaySimulator::TopError> GatewaySimulator::rateLimited(const QString &appKey)
{
    if (m_rateLimit <= 0)
        return std::nullopt;
    // The clock, not now(): the clock-skew scenario shifts the gateway's time, not its limits.
    const qint64 now = m_clock().toMSecsSinceEpoch();
    RateWindow &window = m_rateWindows[appKey];
    const auto banError = [&window, now] {
        // TOP counts whole seconds, rounded up: a ban with 300 ms left "will last for 1 more
        // seconds".
        const qint64 seconds = qMax<qint64>(1, (window.banUntilMs - now + 999) / 1000);
        return TopError{7, QStringLiteral("App Call Limited"),
                        QStringLiteral("accesscontrol.limited-by-app-access-count"),
                        QStringLiteral("This ban will last for %1 more seconds").arg(seconds)};
    };
    if (now < window.banUntilMs) {
        ++m_rateLimitedCount;
        if (now >= window.banStartMs + m_latencyMs + InFlightGraceMs) {
            ++m_callsDuringBan;
            qCWarning(lcSim) << "call during a ban of app key" << appKey;
        }
        return banError();
    }
    if (window.startMs < 0 || now - window.startMs >= 1000) {
        window.startMs = now;
        window.calls = 0;
    }
    if (++window.calls <= m_rateLimit)
        return std::nullopt;
    window.banStartMs = now;
    window.banUntilMs = window.startMs + 1000;
    ++m_bansStarted;
    ++m_rateLimitedCount;
    qCInfo(lcSim) << "rate limit of" << m_rateLimit << "calls/s passed by app key" << appKey
                  << "; ban for" << window.banUntilMs - now << "ms";
    return banError();
}

std::optional<GatewaySimulator::TopError> GatewaySimulator::verify(
    const QHash<QString, QString> &parameters, const QDateTime &now) const
{
    const auto value = [&parameters](const char *name) {
        return parameters.value(QLatin1String(name)).trimmed();
    };
    // Only the codes of protocol.md's table are used, so the client's handling is exercised;
    // for version, format and sign method TOP has its own codes, and 40/41 are the closest.
    const QString method = value("method");
    if (method.isEmpty())
        return TopError{21, QStringLiteral("Missing Method"), {}, {}};
    if (method != QLatin1String(ApiMethod))
        return TopError{22, QStringLiteral("Invalid Method"), {}, {}};

    const QString format = value("format").toLower();
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("xml"))
        return TopError{41, QStringLiteral("Invalid Arguments"),
                        QStringLiteral("isv.invalid-parameter:format"), QStringLiteral("非法参数")};

    const QString appKey = value("app_key");
    if (appKey.isEmpty())
        return TopError{28, QStringLiteral("Missing App Key"), {}, {}};
    const auto app = m_apps.constFind(appKey);
    if (app == m_apps.constEnd())
        return TopError{29, QStringLiteral("Invalid App Key"), {}, {}};

    const QString timestamp = value("timestamp");
    if (timestamp.isEmpty())
        return TopError{30, QStringLiteral("Missing Timestamp"), {}, {}};
    const QDateTime sent = parseTopTimestamp(timestamp);
    if (!sent.isValid() || qAbs(sent.secsTo(now)) > AllowedSkewSeconds)
        return TopError{31, QStringLiteral("Invalid Timestamp"), {}, {}};

    const QString version = value("v");
    if (version.isEmpty())
        return TopError{40, QStringLiteral("Missing Required Arguments"),
                        QStringLiteral("isv.missing-parameter:v"),
                        QStringLiteral("缺少必选参数 v")};
    if (version != QLatin1String(ApiVersion))
        return TopError{41, QStringLiteral("Invalid Arguments"),
                        QStringLiteral("isv.invalid-parameter:v"), QStringLiteral("非法参数 v")};

    // TOP's oldest clients send no sign_method and mean md5.
    const QString signMethodText = value("sign_method");
    const auto signMethod = signMethodText.isEmpty() ? std::optional(SignMethod::Md5)
                                                     : signMethodFromName(signMethodText);
    if (!signMethod)
        return TopError{41, QStringLiteral("Invalid Arguments"),
                        QStringLiteral("isv.invalid-parameter:sign_method"),
                        QStringLiteral("非法参数 sign_method")};

    // A missing sign gets 25 too: TOP's list has 24 for it, but the remedy is the same and
    // protocol.md's table (what the client knows) has only 25.
    const QByteArray sign = value("sign").toUpper().toLatin1();
    ParameterMap signedParameters;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        signedParameters.insert(it.key(), it.value());
    const QByteArray expected = signParameters(signedParameters, app.value(), *signMethod);
    if (sign.isEmpty() || !constantTimeEquals(sign, expected))
        return TopError{25, QStringLiteral("Invalid Signature"), {}, {}};

    return verifyParam(parameters.value(QStringLiteral("param")));
}

std::optional<GatewaySimulator::TopError> GatewaySimulator::verifyParam(const QString &param)
{
    const auto invalid = [](const QString &subCode, const QString &subMsg) {
        return TopError{41, QStringLiteral("Invalid Arguments"), subCode, subMsg};
    };
    if (param.trimmed().isEmpty())
        return invalid(QStringLiteral("isv.missing-parameter:param"),
                       QStringLiteral("缺少必选参数 param"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(param.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QStringLiteral("isv.invalid-parameter:param"),
                       QStringLiteral("param 不是合法的 JSON 对象"));
    const QJsonObject object = document.object();
    for (const char *member : RequiredParamMembers) {
        const QString name = QLatin1String(member);
        const QJsonValue v = object.value(name);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
            return invalid(QStringLiteral("isv.missing-parameter:") + name,
                           QStringLiteral("缺少必选参数 ") + name);
        if (!v.isString())
            return invalid(QStringLiteral("isv.invalid-parameter:") + name,
                           QStringLiteral("非法参数 ") + name);
    }
    return std::nullopt;
}

GatewaySimulator::Answer GatewaySimulator::scenarioAnswer(const QHash<QString, QString> &parameters,
                                                          const QByteArray &query,
                                                          const QDateTime &now)
{
    Scenario scenario = m_scenario;
    const bool once = scenario == Scenario::Http503Once || scenario == Scenario::UnavailableOnce;
    if (once) {
        if (m_onceSpent)
            scenario = Scenario::Normal;
        m_onceSpent = true;
    }

    const auto topError = [&parameters](int code, const QString &msg, const QString &subCode,
                                        const QString &subMsg) {
        return errorAnswer(parameters, TopError{code, msg, subCode, subMsg});
    };

    switch (scenario) {
    case Scenario::RateLimited:
        return topError(7, QStringLiteral("App Call Limited"),
                        QStringLiteral("accesscontrol.limited-by-app-access-count"),
                        QStringLiteral("This ban will last for %1 more seconds").arg(m_banSeconds));
    case Scenario::BusinessRefusal:
        return refusalAnswer(parameters);
    case Scenario::Http502Html:
        return htmlAnswer(502, "502 Bad Gateway");
    case Scenario::Http503Once:
        return htmlAnswer(503, "503 Service Temporarily Unavailable");
    case Scenario::Unavailable:
    case Scenario::UnavailableOnce:
        return topError(10, QStringLiteral("Service Currently Unavailable"),
                        QStringLiteral("isp.top-remote-unavailable"),
                        QStringLiteral("服务暂时不可用"));
    case Scenario::IspError:
        return topError(15, QStringLiteral("Remote service error"),
                        QStringLiteral("isp.remote-service-timeout"), QStringLiteral("服务超时"));
    case Scenario::InvalidArguments:
        return topError(41, QStringLiteral("Invalid Arguments"),
                        QStringLiteral("isv.invalid-parameter"), QStringLiteral("非法参数"));
    case Scenario::RedirectToHttp: {
        Answer answer;
        answer.status = 307;
        // A host under .invalid never resolves: a client that wrongly follows goes nowhere.
        const QByteArray location = "http://gateway.invalid/router/rest?" + query;
        answer.headers.append(qMakePair(QByteArray("Location"), location));
        return answer;
    }
    case Scenario::RedirectSameOrigin:
        if (!query.split('&').contains("redirected=1")) {
            Answer answer;
            answer.status = 307;
            const QByteArray location =
                url().toEncoded() + '?' + query + (query.isEmpty() ? "" : "&") + "redirected=1";
            answer.headers.append(qMakePair(QByteArray("Location"), location));
            return answer;
        }
        return credentialAnswer(parameters, now, m_lifetimeSeconds, TokenChars);
    case Scenario::CloseWithoutAnswer: {
        Answer answer;
        answer.closeWithoutAnswer = true;
        return answer;
    }
    case Scenario::TruncatedBody: {
        Answer answer = credentialAnswer(parameters, now, m_lifetimeSeconds, TokenChars);
        answer.truncateBody = true;
        return answer;
    }
    case Scenario::OversizedBody:
        return credentialAnswer(parameters, now, m_lifetimeSeconds, OversizedBodyBytes);
    case Scenario::SlowAnswer: {
        Answer answer = credentialAnswer(parameters, now, m_lifetimeSeconds, TokenChars);
        answer.delayMs = m_slowDelayMs;
        return answer;
    }
    case Scenario::ShortLifetime:
        return credentialAnswer(parameters, now, ShortLifetimeSeconds, TokenChars);
    case Scenario::Normal:
    case Scenario::ClockSkew:
        break;
    }
    return credentialAnswer(parameters, now, m_lifetimeSeconds, TokenChars);
}

namespace {

QJsonObject parsedParam(const QHash<QString, QString> &parameters)
{
    return QJsonDocument::fromJson(parameters.value(QStringLiteral("param")).toUtf8()).object();
}

QString respRequestId(const QJsonObject &param)
{
    const QString given = param.value(QStringLiteral("request_id")).toString().trimmed();
    return given.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : given;
}

} // namespace

GatewaySimulator::Answer GatewaySimulator::renderSuccess(const QHash<QString, QString> &parameters,
                                                         const QJsonObject &response)
{
    Answer answer;
    const QString root = QLatin1String(ResponseRoot);
    switch (shapeOf(parameters)) {
    case Shape::Xml:
        answer.contentType = XmlContentType;
        answer.body = renderXml(root, response);
        break;
    case Shape::Simplified:
        answer.contentType = JsonContentType;
        answer.body = renderJson(response);
        break;
    case Shape::Wrapped:
        answer.contentType = JsonContentType;
        answer.body = renderJson({{root, wrapLists(response)}});
        break;
    }
    return answer;
}

GatewaySimulator::Answer GatewaySimulator::refusalAnswer(
    const QHash<QString, QString> &parameters) const
{
    const QJsonObject param = parsedParam(parameters);
    const QJsonObject response{
        {QStringLiteral("resp_code"), 4001},
        {QStringLiteral("resp_success"), false},
        {QStringLiteral("resp_request_id"), respRequestId(param)},
        {QStringLiteral("message"), QStringLiteral("租户不存在或门店未授权")},
        {QStringLiteral("request_id"), newTopRequestId()},
    };
    return renderSuccess(parameters, response);
}

GatewaySimulator::Answer GatewaySimulator::credentialAnswer(
    const QHash<QString, QString> &parameters, const QDateTime &now, int lifetimeSeconds,
    int tokenChars) const
{
    const QJsonObject param = parsedParam(parameters);
    const auto member = [&param](const char *name) {
        return param.value(QLatin1String(name)).toString().trimmed();
    };
    const QString tenant = member("op_tenant_code");
    const QString store = member("op_poi_id");
    const QString product = member("product_code");
    const auto [publicEndpoint, internalEndpoint] = endpointsFor(product);

    const QJsonObject result{
        {QStringLiteral("access_key_id"),
         QString(QStringLiteral("STS.") + randomString(24, MixedAlnum))},
        {QStringLiteral("access_key_secret"), randomString(44, MixedAlnum)},
        {QStringLiteral("token"), newSecurityToken(tokenChars)},
        {QStringLiteral("product_code"), product},
        {QStringLiteral("scene_code"), member("scene_code")},
        {QStringLiteral("tenant_code"), tenant},
        {QStringLiteral("field_id"), store},
        {QStringLiteral("end_point_public"), publicEndpoint},
        {QStringLiteral("end_point_internal"), internalEndpoint},
        {QStringLiteral("expiration"),
         expirationText(now.addSecs(lifetimeSeconds), m_expirationStyle)},
        {QStringLiteral("policy"), policyFor(tenant, store)},
    };
    const QJsonObject response{
        {QStringLiteral("result"), result},
        {QStringLiteral("resp_code"), 200},
        {QStringLiteral("resp_success"), true},
        {QStringLiteral("resp_request_id"), respRequestId(param)},
        {QStringLiteral("message"), QStringLiteral("成功")},
        {QStringLiteral("request_id"), newTopRequestId()},
    };
    qCInfo(lcSim) << "minted a credential valid for" << lifetimeSeconds << "s";
    return renderSuccess(parameters, response);
}

} // namespace TokenDesk
