// The gateway simulator over real loopback: verification, answer shapes, scenarios and
// hostile clients.
#include "gatewaysimulator.h"
#include "requestbuilder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <memory>

using namespace TokenDesk;
using Scenario = GatewaySimulator::Scenario;

namespace {

constexpr auto AppKey = "12345678";
const QByteArray Secret = "test-secret";
constexpr auto ResponseRoot =
    "alibaba_security_deepvision_proxy_security_common_token_get_response";
constexpr int WaitMs = 10000;

TokenRequest goodRequest()
{
    TokenRequest request;
    request.tenantCode = QStringLiteral("t-1");
    request.storeId = QStringLiteral("poi-1");
    request.sceneCode = QStringLiteral("场景一");
    request.usageScene = QStringLiteral("上传");
    request.productCode = QStringLiteral("oss");
    request.requestId = QStringLiteral("req-42");
    return request;
}

ConnectionSettings settingsFor(const QUrl &gateway, WireFormat format = WireFormat::Json,
                               bool simplify = false, SignMethod method = SignMethod::HmacSha256)
{
    ConnectionSettings settings;
    settings.gateway = gateway;
    settings.appKey = QLatin1String(AppKey);
    settings.format = format;
    settings.simplify = simplify;
    settings.signMethod = method;
    return settings;
}

struct Response
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    qsizetype declaredLength = -1;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n == name)
                return v;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject error() const { return json().value(QLatin1String("error_response")).toObject(); }
};

// Splits one or more HTTP responses read off a socket.
QList<Response> parseResponses(QByteArray bytes)
{
    QList<Response> responses;
    while (!bytes.isEmpty()) {
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QList<QByteArray> lines = bytes.left(end).split('\n');
        Response response;
        response.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            response.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
        }
        bytes.remove(0, end + 4);
        const QByteArray length = response.header("content-length");
        response.declaredLength = length.isEmpty() ? bytes.size() : length.toLongLong();
        response.body = bytes.left(response.declaredLength);
        bytes.remove(0, response.body.size());
        responses.append(response);
    }
    return responses;
}

QByteArray rawPost(const BuiltRequest &built,
                   const QByteArray &extraHeaders = "Connection: close\r\n")
{
    const QByteArray target = built.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/x-www-form-urlencoded;charset=UTF-8\r\n" + "Content-Length: "
        + QByteArray::number(built.body.size()) + "\r\n" + extraHeaders + "\r\n" + built.body;
}

QDateTime parseHttpDate(const QByteArray &text)
{
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    date.setTimeSpec(Qt::UTC);
    return date;
}

// A raw client: collects every byte the server sends until it closes.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        const auto collect = [this] {
            if (socket.isOpen())
                received += socket.readAll();
        };
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, collect);
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this, collect] {
            collect();
            closed = true;
        });
        // A reset after the server's answer is still a close, as far as these tests go.
        QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [this, collect] {
            collect();
            closed = true;
        });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    ~RawClient() { socket.disconnect(); }

    bool waitForConnected()
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; },
                               WaitMs);
    }
    bool waitForClose(int ms = WaitMs)
    {
        return QTest::qWaitFor([this] { return closed; }, ms);
    }

    QByteArray received;
    bool closed = false;
    QTcpSocket socket; // last, so it goes first and nothing it emits meets a dead member
};

} // namespace

class TestGatewaySimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scenarioNames();
    void shapes_data();
    void shapes();
    void signMethods_data();
    void signMethods();
    void verificationErrors_data();
    void verificationErrors();
    void errorInXml();
    void requestHandledCarriesParameters();
    void allInTheBodyAndGet();
    void notFoundAndMethodNotAllowed();

    void rateLimited();
    void rateLimitPerAppKey();
    void latencyDelaysEveryAnswer();
    void businessRefusal();
    void http502Html();
    void truncatedBody();
    void oversizedBody();
    void slowAnswer();
    void slowAnswerClientLeaves();
    void shortLifetime();
    void clockSkew();
    void topErrorScenarios_data();
    void topErrorScenarios();
    void onceScenarios_data();
    void onceScenarios();
    void redirectToHttp();
    void redirectSameOrigin();
    void closeWithoutAnswer();
    void expirationStyles_data();
    void expirationStyles();

    void keepAlivePipelining();
    void garbageGets400();
    void hugeHeadersGet431();
    void oversizedRequestGets413();
    void tooManyConnections();
    void slowSenderIsDropped();

private:
    BuiltRequest build(const ConnectionSettings &settings,
                       const TokenRequest &request = goodRequest(),
                       const QDateTime &timestamp = QDateTime::currentDateTimeUtc(),
                       const QByteArray &secret = Secret) const
    {
        return buildRequest(settings, request, secret, timestamp);
    }
    BuiltRequest build() const { return build(settingsFor(m_sim->url())); }

    // Over QNetworkAccessManager, as the real client does; redirects are not followed.
    Response post(const BuiltRequest &built, const QUrl &url = {});
    // Over a raw socket with "Connection: close"; everything up to the close.
    Response exchange(const QByteArray &bytes, bool *closed = nullptr);

    std::unique_ptr<GatewaySimulator> m_sim;
    QNetworkAccessManager m_nam;
};

Response TestGatewaySimulator::post(const BuiltRequest &built, const QUrl &url)
{
    QNetworkRequest request = built.networkRequest();
    if (!url.isEmpty())
        request.setUrl(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(m_nam.post(request, built.body));
    Response response;
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, WaitMs))
        return response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QList<QNetworkReply::RawHeaderPair> headers = reply->rawHeaderPairs();
    for (const auto &[name, value] : headers)
        response.headers.append({name.toLower(), value});
    response.body = reply->readAll();
    return response;
}

Response TestGatewaySimulator::exchange(const QByteArray &bytes, bool *closed)
{
    RawClient client(m_sim->port());
    client.socket.write(bytes);
    const bool wasClosed = client.waitForClose();
    if (closed)
        *closed = wasClosed;
    return parseResponses(client.received).value(0);
}

void TestGatewaySimulator::initTestCase()
{
    // A proxy from the environment must not see loopback test traffic.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void TestGatewaySimulator::init()
{
    m_sim = std::make_unique<GatewaySimulator>();
    m_sim->addApp(QLatin1String(AppKey), Secret);
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    QCOMPARE(m_sim->url().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_sim->url().path(), QStringLiteral("/router/rest"));
}

void TestGatewaySimulator::cleanup()
{
    m_sim.reset();
}

void TestGatewaySimulator::scenarioNames()
{
    const QStringList names = GatewaySimulator::scenarioNames();
    QCOMPARE(names.size(), 17);
    QVERIFY(names.contains(QStringLiteral("http-502-html")));
    QVERIFY(names.contains(QStringLiteral("redirect-same-origin")));
    for (const QString &name : names) {
        const auto scenario = GatewaySimulator::scenarioFromName(name);
        QVERIFY2(scenario.has_value(), qPrintable(name));
        QCOMPARE(GatewaySimulator::scenarioName(*scenario), name);
    }
    QCOMPARE(GatewaySimulator::scenarioFromName(QStringLiteral("http-503-once")),
             std::optional(Scenario::Http503Once));
    QVERIFY(!GatewaySimulator::scenarioFromName(QStringLiteral("nonsense")));
}

void TestGatewaySimulator::shapes_data()
{
    QTest::addColumn<WireFormat>("format");
    QTest::addColumn<bool>("simplify");

    QTest::newRow("wrapped") << WireFormat::Json << false;
    QTest::newRow("simplified") << WireFormat::Json << true;
    QTest::newRow("xml") << WireFormat::Xml << false;
}

void TestGatewaySimulator::shapes()
{
    QFETCH(WireFormat, format);
    QFETCH(bool, simplify);

    const Response response = post(build(settingsFor(m_sim->url(), format, simplify)));
    QCOMPARE(response.status, 200);
    QVERIFY(!response.header("date").isEmpty());

    if (format == WireFormat::Xml) {
        QCOMPARE(response.header("content-type"), QByteArray("text/xml;charset=UTF-8"));
        QVERIFY(response.body.contains("<!--top"));
        QXmlStreamReader xml(response.body);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QLatin1String(ResponseRoot));
        QStringList path;
        QString effects;
        int actions = 0;
        QString accessKeyId;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                path.append(xml.name().toString());
                if (path.join(u'/') == QLatin1String("result/policy/statement/datas/action/string"))
                    ++actions;
            } else if (token == QXmlStreamReader::EndElement && !path.isEmpty()) {
                path.removeLast();
            } else if (token == QXmlStreamReader::Characters && !xml.isWhitespace()) {
                if (path.join(u'/') == QLatin1String("result/policy/statement/datas/effect"))
                    effects += xml.text() + u' ';
                if (path.join(u'/') == QLatin1String("result/access_key_id"))
                    accessKeyId = xml.text().toString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(effects, QStringLiteral("Allow Deny "));
        QCOMPARE(actions, 4);
        QVERIFY(accessKeyId.startsWith(QLatin1String("STS.")));
        return;
    }

    QCOMPARE(response.header("content-type"), QByteArray("application/json;charset=UTF-8"));
    QJsonObject document = response.json();
    if (!simplify) {
        QCOMPARE(document.keys(), QStringList{QLatin1String(ResponseRoot)});
        document = document.value(QLatin1String(ResponseRoot)).toObject();
    }
    QCOMPARE(document.value(QLatin1String("resp_code")).toInt(), 200);
    QCOMPARE(document.value(QLatin1String("resp_success")), QJsonValue(true));
    QCOMPARE(document.value(QLatin1String("resp_request_id")).toString(), QStringLiteral("req-42"));
    QCOMPARE(document.value(QLatin1String("message")).toString(), QStringLiteral("成功"));
    QVERIFY(!document.value(QLatin1String("request_id")).toString().isEmpty());

    const QJsonObject result = document.value(QLatin1String("result")).toObject();
    const QString keyId = result.value(QLatin1String("access_key_id")).toString();
    QVERIFY(keyId.startsWith(QLatin1String("STS.")));
    QCOMPARE(keyId.size(), 28);
    QVERIFY(result.value(QLatin1String("access_key_secret")).toString().size() >= 40);
    const QString token = result.value(QLatin1String("token")).toString();
    QVERIFY(token.startsWith(QLatin1String("CAIS")));
    QVERIFY(token.size() > 300);
    QCOMPARE(result.value(QLatin1String("scene_code")).toString(), QStringLiteral("场景一"));
    QCOMPARE(result.value(QLatin1String("tenant_code")).toString(), QStringLiteral("t-1"));
    QCOMPARE(result.value(QLatin1String("field_id")).toString(), QStringLiteral("poi-1"));
    QCOMPARE(result.value(QLatin1String("product_code")).toString(), QStringLiteral("oss"));
    QCOMPARE(result.value(QLatin1String("end_point_public")).toString(),
             QStringLiteral("https://oss-cn-hangzhou.aliyuncs.com"));
    const QDateTime expiry =
        QDateTime::fromString(result.value(QLatin1String("expiration")).toString(), Qt::ISODate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expiry) - 3600) < 60);

    const QJsonObject policy = result.value(QLatin1String("policy")).toObject();
    QCOMPARE(policy.value(QLatin1String("version")).toString(), QStringLiteral("1"));
    const QJsonValue statementValue = policy.value(QLatin1String("statement"));
    const QJsonArray statement = simplify
        ? statementValue.toArray()
        : statementValue.toObject().value(QLatin1String("datas")).toArray();
    QCOMPARE(statement.size(), 2);
    const QJsonObject allow = statement.at(0).toObject();
    QCOMPARE(allow.value(QLatin1String("effect")).toString(), QStringLiteral("Allow"));
    const QJsonValue actions = allow.value(QLatin1String("action"));
    const QJsonValue resources = allow.value(QLatin1String("resource"));
    const QJsonArray actionList =
        simplify ? actions.toArray() : actions.toObject().value(QLatin1String("string")).toArray();
    const QJsonArray resourceList = simplify
        ? resources.toArray()
        : resources.toObject().value(QLatin1String("string")).toArray();
    QVERIFY(actionList.contains(QStringLiteral("oss:PutObject")));
    QCOMPARE(resourceList.first().toString(), QStringLiteral("acs:oss:*:*:deepvision-t-1/poi-1/*"));
    QCOMPARE(statement.at(1).toObject().value(QLatin1String("effect")).toString(),
             QStringLiteral("Deny"));
}

void TestGatewaySimulator::signMethods_data()
{
    QTest::addColumn<SignMethod>("method");
    QTest::newRow("md5") << SignMethod::Md5;
    QTest::newRow("hmac") << SignMethod::Hmac;
    QTest::newRow("hmac-sha256") << SignMethod::HmacSha256;
}

void TestGatewaySimulator::signMethods()
{
    QFETCH(SignMethod, method);
    const Response response =
        post(build(settingsFor(m_sim->url(), WireFormat::Json, true, method)));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value(QLatin1String("resp_success")), QJsonValue(true));
}

void TestGatewaySimulator::verificationErrors_data()
{
    QTest::addColumn<QString>("queryName");  // a system parameter to change...
    QTest::addColumn<QString>("queryValue"); // ...to this (empty: remove it)
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("ageSeconds");
    QTest::addColumn<QString>("emptyField"); // a param member left out
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("subCode");

    const QString none;
    QTest::newRow("bad signature")
        << none << none << QByteArray("wrong-secret") << 0 << none << 25 << none;
    QTest::newRow("missing sign") << QStringLiteral("sign") << none << Secret << 0 << none << 25
                                  << none;
    QTest::newRow("unknown app_key") << QStringLiteral("app_key") << QStringLiteral("99999")
                                     << Secret << 0 << none << 29 << none;
    QTest::newRow("missing app_key")
        << QStringLiteral("app_key") << none << Secret << 0 << none << 28 << none;
    QTest::newRow("missing method")
        << QStringLiteral("method") << none << Secret << 0 << none << 21 << none;
    QTest::newRow("wrong method") << QStringLiteral("method") << QStringLiteral("taobao.time.get")
                                  << Secret << 0 << none << 22 << none;
    QTest::newRow("missing timestamp")
        << QStringLiteral("timestamp") << none << Secret << 0 << none << 30 << none;
    QTest::newRow("garbled timestamp") << QStringLiteral("timestamp") << QStringLiteral("yesterday")
                                       << Secret << 0 << none << 31 << none;
    QTest::newRow("stale timestamp") << none << none << Secret << 660 << none << 31 << none;
    QTest::newRow("future timestamp") << none << none << Secret << -660 << none << 31 << none;
    QTest::newRow("within the window") << none << none << Secret << 540 << none << 0 << none;
    QTest::newRow("wrong version") << QStringLiteral("v") << QStringLiteral("1.0") << Secret << 0
                                   << none << 41 << QStringLiteral("isv.invalid-parameter:v");
    QTest::newRow("unknown sign_method")
        << QStringLiteral("sign_method") << QStringLiteral("sha1") << Secret << 0 << none << 41
        << QStringLiteral("isv.invalid-parameter:sign_method");
    QTest::newRow("missing store") << none << none << Secret << 0 << QStringLiteral("op_poi_id")
                                   << 41 << QStringLiteral("isv.missing-parameter:op_poi_id");
    QTest::newRow("missing tenant")
        << none << none << Secret << 0 << QStringLiteral("op_tenant_code") << 41
        << QStringLiteral("isv.missing-parameter:op_tenant_code");
}

void TestGatewaySimulator::verificationErrors()
{
    QFETCH(QString, queryName);
    QFETCH(QString, queryValue);
    QFETCH(QByteArray, secret);
    QFETCH(int, ageSeconds);
    QFETCH(QString, emptyField);
    QFETCH(int, code);
    QFETCH(QString, subCode);

    TokenRequest request = goodRequest();
    if (emptyField == QLatin1String("op_poi_id"))
        request.storeId.clear();
    if (emptyField == QLatin1String("op_tenant_code"))
        request.tenantCode.clear();
    const QDateTime sentAt = QDateTime::currentDateTimeUtc().addSecs(-ageSeconds);
    BuiltRequest built = build(settingsFor(m_sim->url()), request, sentAt, secret);
    if (!queryName.isEmpty()) {
        // The sign stays as computed: any change to a signed parameter must be caught, by its
        // own check or else by the signature.
        QUrlQuery query(built.url);
        query.removeQueryItem(queryName);
        if (!queryValue.isEmpty())
            query.addQueryItem(queryName, queryValue);
        built.url.setQuery(query);
    }

    const Response response = post(built);
    QCOMPARE(response.status, 200);
    QVERIFY(!response.header("date").isEmpty());
    if (code == 0) {
        QCOMPARE(response.json()
                     .value(QLatin1String(ResponseRoot))
                     .toObject()
                     .value(QLatin1String("resp_success")),
                 QJsonValue(true));
        return;
    }
    const QJsonObject error = response.error();
    QCOMPARE(error.value(QLatin1String("code")).toInt(), code);
    QVERIFY(!error.value(QLatin1String("msg")).toString().isEmpty());
    QCOMPARE(error.value(QLatin1String("request_id")).toString().size(), 12);
    if (!subCode.isEmpty())
        QCOMPARE(error.value(QLatin1String("sub_code")).toString(), subCode);
    if (code == 31) {
        // The Date header lets the client show how far off its clock is.
        const QDateTime date = parseHttpDate(response.header("date"));
        QVERIFY(date.isValid());
        QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
}

void TestGatewaySimulator::errorInXml()
{
    const Response response = post(build(settingsFor(m_sim->url(), WireFormat::Xml), goodRequest(),
                                         QDateTime::currentDateTimeUtc(), "wrong"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("content-type"), QByteArray("text/xml;charset=UTF-8"));
    QVERIFY(response.body.contains("<error_response>"));
    QVERIFY(response.body.contains("<code>25</code>"));
    QVERIFY(response.body.contains("<request_id>"));
}

void TestGatewaySimulator::requestHandledCarriesParameters()
{
    QSignalSpy spy(m_sim.get(), &GatewaySimulator::requestHandled);
    QCOMPARE(post(build()).status, 200);
    QCOMPARE(spy.count(), 1);
    const auto parameters = spy.first().first().value<QHash<QString, QString>>();
    QCOMPARE(parameters.value(QStringLiteral("app_key")), QLatin1String(AppKey));
    QVERIFY(parameters.value(QStringLiteral("param")).contains(QStringLiteral("场景一")));
    QCOMPARE(parameters.value(QStringLiteral("sign")).size(), 64);
    QCOMPARE(m_sim->requestCount(), 1);
}

void TestGatewaySimulator::allInTheBodyAndGet()
{
    // All parameters in the form body, '+' for spaces: the gateway signs the decoded values.
    const BuiltRequest built = build();
    QByteArray body;
    for (auto it = built.parameters.cbegin(); it != built.parameters.cend(); ++it) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(it.key()) + '='
            + QUrl::toPercentEncoding(it.value(), " ").replace(' ', '+');
    }
    BuiltRequest inBody = built;
    inBody.url = m_sim->url();
    inBody.body = body;
    QCOMPARE(post(inBody)
                 .json()
                 .value(QLatin1String(ResponseRoot))
                 .toObject()
                 .value(QLatin1String("resp_code"))
                 .toInt(),
             200);

    // GET with everything in the query, as the real gateway also allows.
    QUrl url = m_sim->url();
    url.setQuery(QString::fromLatin1(body));
    const Response response =
        exchange("GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                 + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json()
                 .value(QLatin1String(ResponseRoot))
                 .toObject()
                 .value(QLatin1String("resp_code"))
                 .toInt(),
             200);
}

void TestGatewaySimulator::notFoundAndMethodNotAllowed()
{
    Response response = exchange("GET /other HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QCOMPARE(response.status, 404);
    QVERIFY(!response.header("date").isEmpty());
    response = exchange("DELETE /router/rest HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QCOMPARE(response.status, 405);
    QCOMPARE(response.header("allow"), QByteArray("GET, POST"));
}

void TestGatewaySimulator::rateLimited()
{
    m_sim->setScenario(Scenario::RateLimited);
    m_sim->setBanSeconds(3);
    const QJsonObject error = post(build()).error();
    QCOMPARE(error.value(QLatin1String("code")).toInt(), 7);
    QCOMPARE(error.value(QLatin1String("msg")).toString(), QStringLiteral("App Call Limited"));
    QCOMPARE(error.value(QLatin1String("sub_code")).toString(),
             QStringLiteral("accesscontrol.limited-by-app-access-count"));
    QCOMPARE(error.value(QLatin1String("sub_msg")).toString(),
             QStringLiteral("This ban will last for 3 more seconds"));
}

void TestGatewaySimulator::rateLimitPerAppKey()
{
    // A hand-driven clock: the window and the ban follow it, and requests are signed at it.
    QDateTime now = QDateTime::currentDateTimeUtc();
    m_sim->setClock([&now] { return now; });
    m_sim->addApp(QStringLiteral("87654321"), "other-secret");
    m_sim->setRateLimit(3);
    const auto call = [&](const QString &appKey = QLatin1String(AppKey),
                          const QByteArray &secret = Secret) {
        ConnectionSettings settings = settingsFor(m_sim->url());
        settings.appKey = appKey;
        return post(build(settings, goodRequest(), now, secret)).json();
    };
    const auto isCredential = [](const QJsonObject &answer) {
        return answer.value(QLatin1String(ResponseRoot))
            .toObject()
            .value(QLatin1String("resp_success"))
            .toBool();
    };
    for (int i = 0; i < 3; ++i)
        QVERIFY2(isCredential(call()), "the first three calls of the second are allowed");
    QCOMPARE(m_sim->bansStarted(), 0);

    // The fourth starts a ban to the end of the second, announced as TOP does.
    now = now.addMSecs(100);
    const QJsonObject error = call().value(QLatin1String("error_response")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toInt(), 7);
    QCOMPARE(error.value(QLatin1String("msg")).toString(), QStringLiteral("App Call Limited"));
    QCOMPARE(error.value(QLatin1String("sub_msg")).toString(),
             QStringLiteral("This ban will last for 1 more seconds"));
    QCOMPARE(m_sim->bansStarted(), 1);
    QCOMPARE(m_sim->rateLimitedCount(), 1);
    QCOMPARE(m_sim->callsDuringBan(), 0);

    // Another app key has its own limit.
    QVERIFY(isCredential(call(QStringLiteral("87654321"), "other-secret")));

    // A call still in flight when the ban began is refused but not held against the client...
    now = now.addMSecs(GatewaySimulator::InFlightGraceMs - 50);
    QCOMPARE(call().value(QLatin1String("error_response")).toObject().value(QLatin1String("code")),
             QJsonValue(7));
    QCOMPARE(m_sim->callsDuringBan(), 0);
    // ...one made after it could have known is.
    now = now.addMSecs(100);
    QCOMPARE(call().value(QLatin1String("error_response")).toObject().value(QLatin1String("code")),
             QJsonValue(7));
    QCOMPARE(m_sim->callsDuringBan(), 1);
    QCOMPARE(m_sim->rateLimitedCount(), 3);

    // Once the second is over, calls go through again.
    now = now.addMSecs(1000);
    QVERIFY(isCredential(call()));
    QCOMPARE(m_sim->bansStarted(), 1);

    // No limit: nothing is refused.
    m_sim->setRateLimit(0);
    for (int i = 0; i < 5; ++i)
        QVERIFY(isCredential(call()));
    QCOMPARE(m_sim->rateLimitedCount(), 3);
}

void TestGatewaySimulator::latencyDelaysEveryAnswer()
{
    m_sim->setLatencyMs(300);
    QCOMPARE(m_sim->latencyMs(), 300);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(post(build()).status, 200);
    QVERIFY(timer.elapsed() >= 290);
    // Refusals are as slow: a bad signature.
    timer.restart();
    const Response refused = post(build(settingsFor(m_sim->url()), goodRequest(),
                                        QDateTime::currentDateTimeUtc(), "wrong-secret"));
    QCOMPARE(refused.error().value(QLatin1String("code")).toInt(), 25);
    QVERIFY(timer.elapsed() >= 290);
}

void TestGatewaySimulator::businessRefusal()
{
    m_sim->setScenario(Scenario::BusinessRefusal);
    const QJsonObject document = post(build()).json().value(QLatin1String(ResponseRoot)).toObject();
    QCOMPARE(document.value(QLatin1String("resp_success")), QJsonValue(false));
    QCOMPARE(document.value(QLatin1String("resp_code")).toInt(), 4001);
    QVERIFY(!document.value(QLatin1String("message")).toString().isEmpty());
    QVERIFY(!document.contains(QLatin1String("result")));
}

void TestGatewaySimulator::http502Html()
{
    m_sim->setScenario(Scenario::Http502Html);
    const Response response = post(build());
    QCOMPARE(response.status, 502);
    QVERIFY(response.header("content-type").startsWith("text/html"));
    QVERIFY(response.body.contains("<html>"));
}

void TestGatewaySimulator::truncatedBody()
{
    m_sim->setScenario(Scenario::TruncatedBody);
    bool closed = false;
    const Response response = exchange(rawPost(build(), {}), &closed);
    QVERIFY(closed);
    QCOMPARE(response.status, 200);
    QVERIFY(response.declaredLength > 0);
    QCOMPARE(response.body.size(), response.declaredLength / 2);
}

void TestGatewaySimulator::oversizedBody()
{
    m_sim->setScenario(Scenario::OversizedBody);
    const Response response = exchange(rawPost(build()));
    QCOMPARE(response.status, 200);
    QVERIFY(response.declaredLength >= 2 * 1024 * 1024);
    QCOMPARE(response.body.size(), response.declaredLength);
    QVERIFY(response.json().contains(QLatin1String(ResponseRoot)));
}

void TestGatewaySimulator::slowAnswer()
{
    m_sim->setScenario(Scenario::SlowAnswer);
    m_sim->setSlowDelayMs(300);
    m_sim->setIdleTimeoutMs(100); // the wait for a slow answer is not idleness
    QElapsedTimer timer;
    timer.start();
    const Response response = post(build());
    QVERIFY(timer.elapsed() >= 290);
    QCOMPARE(response.status, 200);
}

void TestGatewaySimulator::slowAnswerClientLeaves()
{
    m_sim->setScenario(Scenario::SlowAnswer);
    m_sim->setSlowDelayMs(200);
    {
        RawClient leaving(m_sim->port());
        leaving.socket.write(rawPost(build(), {}));
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->requestCount(), 1, WaitMs);
        leaving.socket.abort();
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->openConnections(), 0, WaitMs);
    // This answer comes after the first one's timer is due: the simulator survived it.
    QCOMPARE(post(build()).status, 200);
}

void TestGatewaySimulator::shortLifetime()
{
    m_sim->setScenario(Scenario::ShortLifetime);
    const Response response = post(build(settingsFor(m_sim->url(), WireFormat::Json, true)));
    const QDateTime expiry = QDateTime::fromString(response.json()
                                                       .value(QLatin1String("result"))
                                                       .toObject()
                                                       .value(QLatin1String("expiration"))
                                                       .toString(),
                                                   Qt::ISODate);
    const QDateTime date = parseHttpDate(response.header("date"));
    QVERIFY(expiry.isValid() && date.isValid());
    QVERIFY(qAbs(date.secsTo(expiry) - 90) <= 2);
}

void TestGatewaySimulator::clockSkew()
{
    m_sim->setScenario(Scenario::ClockSkew);
    m_sim->setClockSkewSeconds(900);
    Response response = post(build());
    QCOMPARE(response.error().value(QLatin1String("code")).toInt(), 31);
    const QDateTime date = parseHttpDate(response.header("date"));
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(date) - 900) < 60);

    // A client that corrects its clock by the Date header gets through.
    response = post(build(settingsFor(m_sim->url()), goodRequest(), date));
    QCOMPARE(response.status, 200);
    QVERIFY(!response.json().contains(QLatin1String("error_response")));

    m_sim->setClockSkewSeconds(120); // within the window
    QVERIFY(!post(build()).json().contains(QLatin1String("error_response")));
}

void TestGatewaySimulator::topErrorScenarios_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("subCodePrefix");

    QTest::newRow("unavailable") << Scenario::Unavailable << 10 << QStringLiteral("isp.");
    QTest::newRow("isp-error") << Scenario::IspError << 15
                               << QStringLiteral("isp.remote-service-timeout");
    QTest::newRow("invalid-arguments")
        << Scenario::InvalidArguments << 41 << QStringLiteral("isv.invalid-parameter");
}

void TestGatewaySimulator::topErrorScenarios()
{
    QFETCH(Scenario, scenario);
    QFETCH(int, code);
    QFETCH(QString, subCodePrefix);

    m_sim->setScenario(scenario);
    for (int i = 0; i < 2; ++i) {
        const Response response = post(build());
        QCOMPARE(response.status, 200);
        const QJsonObject error = response.error();
        QCOMPARE(error.value(QLatin1String("code")).toInt(), code);
        QVERIFY(error.value(QLatin1String("sub_code")).toString().startsWith(subCodePrefix));
    }
}

void TestGatewaySimulator::onceScenarios_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<int>("firstStatus");
    QTest::addColumn<int>("firstCode");

    QTest::newRow("http-503-once") << Scenario::Http503Once << 503 << 0;
    QTest::newRow("unavailable-once") << Scenario::UnavailableOnce << 200 << 10;
}

void TestGatewaySimulator::onceScenarios()
{
    QFETCH(Scenario, scenario);
    QFETCH(int, firstStatus);
    QFETCH(int, firstCode);

    // A request that fails verification does not use up the one failure.
    m_sim->setScenario(scenario);
    QCOMPARE(post(build(settingsFor(m_sim->url()), goodRequest(), QDateTime::currentDateTimeUtc(),
                        "wrong"))
                 .error()
                 .value(QLatin1String("code"))
                 .toInt(),
             25);

    for (int round = 0; round < 2; ++round) {
        const Response first = post(build());
        QCOMPARE(first.status, firstStatus);
        if (firstCode != 0)
            QCOMPARE(first.error().value(QLatin1String("code")).toInt(), firstCode);
        const Response second = post(build());
        QCOMPARE(second.status, 200);
        QVERIFY(second.json().contains(QLatin1String(ResponseRoot)));
        m_sim->setScenario(scenario); // re-arms the failure
    }
}

void TestGatewaySimulator::redirectToHttp()
{
    m_sim->setScenario(Scenario::RedirectToHttp);
    const Response response = post(build());
    QCOMPARE(response.status, 307);
    const QUrl location(QString::fromLatin1(response.header("location")));
    QCOMPARE(location.scheme(), QStringLiteral("http"));
    QVERIFY(location.host() != m_sim->url().host());
}

void TestGatewaySimulator::redirectSameOrigin()
{
    m_sim->setScenario(Scenario::RedirectSameOrigin);
    const BuiltRequest built = build();
    const Response response = post(built);
    QCOMPARE(response.status, 307);
    const QUrl location(QString::fromLatin1(response.header("location")));
    QCOMPARE(location.adjusted(QUrl::RemoveQuery), m_sim->url());
    QVERIFY(QUrlQuery(location).hasQueryItem(QStringLiteral("redirected")));

    const Response followed = post(built, location);
    QCOMPARE(followed.status, 200);
    QCOMPARE(followed.json()
                 .value(QLatin1String(ResponseRoot))
                 .toObject()
                 .value(QLatin1String("resp_code"))
                 .toInt(),
             200);
}

void TestGatewaySimulator::closeWithoutAnswer()
{
    m_sim->setScenario(Scenario::CloseWithoutAnswer);
    RawClient client(m_sim->port());
    client.socket.write(rawPost(build(), {}));
    QVERIFY(client.waitForClose());
    QVERIFY(client.received.isEmpty());
    QCOMPARE(m_sim->requestCount(), 1);
}

void TestGatewaySimulator::expirationStyles_data()
{
    QTest::addColumn<QString>("style");
    QTest::newRow("iso") << QStringLiteral("iso");
    QTest::newRow("top") << QStringLiteral("top");
    QTest::newRow("epoch") << QStringLiteral("epoch");
    QTest::newRow("epoch-ms") << QStringLiteral("epoch-ms");
}

void TestGatewaySimulator::expirationStyles()
{
    QFETCH(QString, style);

    const QDateTime fixed = QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC);
    m_sim->setClock([fixed] { return fixed; });
    m_sim->setExpirationStyle(style);
    const Response response =
        post(build(settingsFor(m_sim->url(), WireFormat::Json, true), goodRequest(), fixed));
    const QString text = response.json()
                             .value(QLatin1String("result"))
                             .toObject()
                             .value(QLatin1String("expiration"))
                             .toString();
    const QDateTime expected = fixed.addSecs(3600);
    if (style == QLatin1String("iso"))
        QCOMPARE(text, QStringLiteral("2026-11-28T05:00:00Z"));
    else if (style == QLatin1String("top"))
        QCOMPARE(text, QStringLiteral("2026-11-28 13:00:00"));
    else if (style == QLatin1String("epoch"))
        QCOMPARE(text, QString::number(expected.toSecsSinceEpoch()));
    else
        QCOMPARE(text, QString::number(expected.toMSecsSinceEpoch()));
    QCOMPARE(parseHttpDate(response.header("date")), fixed);
}

void TestGatewaySimulator::keepAlivePipelining()
{
    const BuiltRequest built = build(settingsFor(m_sim->url(), WireFormat::Json, true));
    RawClient client(m_sim->port());
    client.socket.write(rawPost(built, {}) + rawPost(built, {}) + rawPost(built));
    QVERIFY(client.waitForClose());
    const QList<Response> responses = parseResponses(client.received);
    QCOMPARE(responses.size(), 3);
    for (const Response &response : responses) {
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(QLatin1String("resp_code")).toInt(), 200);
    }
    QCOMPARE(responses.at(0).header("connection"), QByteArray("keep-alive"));
    QCOMPARE(responses.at(2).header("connection"), QByteArray("close"));
    QCOMPARE(m_sim->requestCount(), 3);
}

void TestGatewaySimulator::garbageGets400()
{
    bool closed = false;
    const Response response = exchange(QByteArray("\x16\x03\x01 hello\r\n\r\n"), &closed);
    QVERIFY(closed);
    QCOMPARE(response.status, 400);
    QCOMPARE(m_sim->requestCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->openConnections(), 0, WaitMs);
}

void TestGatewaySimulator::hugeHeadersGet431()
{
    QByteArray request = "GET /router/rest HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 1000; ++i)
        request += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(90, 'f') + "\r\n";
    request += "\r\n";
    QVERIFY(request.size() > 100 * 1024);
    bool closed = false;
    const Response response = exchange(request, &closed);
    QVERIFY(closed);
    QCOMPARE(response.status, 431);
}

void TestGatewaySimulator::oversizedRequestGets413()
{
    const QByteArray head = "POST /router/rest HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\n"
                            "Content-Type: application/x-www-form-urlencoded\r\n\r\n";
    bool closed = false;
    const Response response = exchange(head + QByteArray(64 * 1024, 'p'), &closed);
    QVERIFY(closed);
    QCOMPARE(response.status, 413);
}

void TestGatewaySimulator::tooManyConnections()
{
    constexpr int Clients = GatewaySimulator::MaxConnections + 8;
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < Clients; ++i)
        clients.push_back(std::make_unique<RawClient>(m_sim->port()));
    const auto refused = [&clients] {
        return int(
            std::count_if(clients.begin(), clients.end(), [](const auto &c) { return c->closed; }));
    };
    QTRY_COMPARE_WITH_TIMEOUT(refused(), Clients - GatewaySimulator::MaxConnections, WaitMs);
    QCOMPARE(m_sim->openConnections(), GatewaySimulator::MaxConnections);
    for (const auto &client : clients) {
        if (client->closed)
            QCOMPARE(parseResponses(client->received).value(0).status, 503);
    }

    clients.clear(); // every client leaves
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->openConnections(), 0, WaitMs);
    QCOMPARE(post(build()).status, 200);
}

void TestGatewaySimulator::slowSenderIsDropped()
{
    m_sim->setIdleTimeoutMs(300);
    RawClient client(m_sim->port());
    QVERIFY(client.waitForConnected());
    QElapsedTimer timer;
    timer.start();
    client.socket.write("P");
    QVERIFY(client.waitForClose(5000));
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY(client.received.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->openConnections(), 0, WaitMs);
}

QTEST_GUILESS_MAIN(TestGatewaySimulator)
#include "tst_gatewaysimulator.moc"
