// parseResponse, parsePolicy and classifyGatewayError over every shape TOP sends and a catalogue
// of bodies that must be refused without crashing or leaking credential values.
#include "responseparser.h"

#include "fetcherror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace TokenDesk;

Q_DECLARE_METATYPE(TokenDesk::TokenResponse)
Q_DECLARE_METATYPE(TokenDesk::GatewayError)
Q_DECLARE_METATYPE(TokenDesk::GatewayError::Kind)
Q_DECLARE_METATYPE(TokenDesk::ServiceRefusal)
Q_DECLARE_METATYPE(TokenDesk::PolicyDocument)

class TestResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesToken_data();
    void parsesToken();
    void parsesGatewayError_data();
    void parsesGatewayError();
    void parsesRefusal_data();
    void parsesRefusal();
    void refusesMalformed_data();
    void refusesMalformed();
    void classifiesGatewayError_data();
    void classifiesGatewayError();
    void parsesPolicy_data();
    void parsesPolicy();
};

namespace {

// The credential values every body uses; no message may ever contain them.
constexpr auto KeyId = "STS.AKID123";
constexpr auto Secret = "SeCrEt-Value-42";
constexpr auto TokenValue = "TOKEN-abc-xyz-987";

constexpr auto Root = "alibaba_security_deepvision_proxy_security_common_token_get_response";

// Policies in each JSON spelling, all meaning the same document (standardPolicy()).
constexpr auto PolicyWrapped =
    R"({"version":"1","statement":{"datas":[{"effect":"Allow","action":{"string":["oss:PutObject","oss:GetObject"]},"resource":{"string":["acs:oss:*:*:bucket/*"]}}]}})";
constexpr auto PolicyBare =
    R"({"version":"1","statement":[{"effect":"Allow","action":["oss:PutObject","oss:GetObject"],"resource":["acs:oss:*:*:bucket/*"]}]})";
constexpr auto PolicyPascal =
    R"({"Version":"1","Statement":[{"Effect":"Allow","Action":["oss:PutObject","oss:GetObject"],"Resource":"acs:oss:*:*:bucket/*"}]})";

QByteArray quoteJson(const QByteArray &raw)
{
    QByteArray escaped = raw;
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

QByteArray credentialJson(const QByteArray &policy,
                          const QByteArray &expiration = "\"2026-11-28T12:00:00Z\"")
{
    return QByteArray(R"({"access_key_id":")") + KeyId + R"(","access_key_secret":")" + Secret
        + R"(","token":")" + TokenValue
        + R"(","product_code":"oss","scene_code":"s1","tenant_code":"t-1","field_id":"poi-1",)"
          R"("end_point_public":"oss-cn-hangzhou.aliyuncs.com",)"
          R"("end_point_internal":"oss-cn-hangzhou-internal.aliyuncs.com","expiration":)"
        + expiration + R"(,"policy":)" + policy + '}';
}

// The response object around a result; `success` and `code` are JSON text.
QByteArray responseJson(const QByteArray &result, const QByteArray &success = "true",
                        const QByteArray &code = "\"1\"")
{
    return QByteArray(R"({"result":)") + result + R"(,"resp_code":)" + code + R"(,"resp_success":)"
        + success + R"(,"resp_request_id":"rr-1","message":"成功","request_id":"gw-1"})";
}

QByteArray wrapped(const QByteArray &response)
{
    return QByteArray("{\"") + Root + "\":" + response + '}';
}

QByteArray xmlBody(const QByteArray &inner, const QByteArray &root = Root)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<") + root + '>' + inner + "</"
        + root + "><!--top011002045093.na61-->\n";
}

QByteArray xmlCredential(const QByteArray &policy)
{
    return QByteArray("<result><access_key_id>") + KeyId + "</access_key_id><access_key_secret>"
        + Secret + "</access_key_secret><token>" + TokenValue
        + "</token><product_code>oss</product_code><scene_code>s1</scene_code>"
          "<tenant_code>t-1</tenant_code><field_id>poi-1</field_id>"
          "<end_point_public>oss-cn-hangzhou.aliyuncs.com</end_point_public>"
          "<end_point_internal>oss-cn-hangzhou-internal.aliyuncs.com</end_point_internal>"
          "<expiration>2026-11-28T12:00:00Z</expiration>"
        + policy + "</result>";
}

QByteArray xmlEnvelope(const QByteArray &success = "true")
{
    return "<resp_code>1</resp_code><resp_success>" + success
        + "</resp_success><resp_request_id>rr-1</resp_request_id><message>成功</message>"
          "<request_id>gw-1</request_id>";
}

PolicyDocument standardPolicy()
{
    PolicyStatement statement;
    statement.effect = QStringLiteral("Allow");
    statement.actions =
        QStringList{QStringLiteral("oss:PutObject"), QStringLiteral("oss:GetObject")};
    statement.resources = QStringList{QStringLiteral("acs:oss:*:*:bucket/*")};
    PolicyDocument policy;
    policy.version = QStringLiteral("1");
    policy.statements = {statement};
    return policy;
}

TokenResponse standardResponse(const PolicyDocument &policy = standardPolicy())
{
    TokenResponse response;
    SecurityToken &token = response.credential;
    token.accessKeyId = QLatin1String(KeyId);
    token.accessKeySecret = QLatin1String(Secret);
    token.securityToken = QLatin1String(TokenValue);
    token.productCode = QStringLiteral("oss");
    token.sceneCode = QStringLiteral("s1");
    token.tenantCode = QStringLiteral("t-1");
    token.fieldId = QStringLiteral("poi-1");
    token.endPointPublic = QStringLiteral("oss-cn-hangzhou.aliyuncs.com");
    token.endPointInternal = QStringLiteral("oss-cn-hangzhou-internal.aliyuncs.com");
    token.expirationText = QStringLiteral("2026-11-28T12:00:00Z");
    token.expiration = QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());
    token.policy = policy;
    response.respCode = QStringLiteral("1");
    response.respRequestId = QStringLiteral("rr-1");
    response.message = QStringLiteral("成功");
    response.requestId = QStringLiteral("gw-1");
    return response;
}

bool mentionsCredential(const QString &text)
{
    return text.contains(QLatin1String(Secret)) || text.contains(QLatin1String(TokenValue))
        || text.contains(QLatin1String(KeyId));
}

QString describe(const ParseResult &result)
{
    if (const auto *bad = std::get_if<MalformedResponse>(&result))
        return QStringLiteral("MalformedResponse: ") + bad->what;
    if (const auto *error = std::get_if<GatewayError>(&result))
        return QStringLiteral("GatewayError ") + error->code;
    if (std::holds_alternative<ServiceRefusal>(result))
        return QStringLiteral("ServiceRefusal");
    return QStringLiteral("TokenResponse");
}

} // namespace

void TestResponseParser::parsesToken_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<TokenResponse>("expected");

    const TokenResponse standard = standardResponse();
    const QByteArray bare = credentialJson(PolicyBare);

    QTest::newRow("wrapped JSON, wrapped lists")
        << wrapped(responseJson(credentialJson(PolicyWrapped))) << standard;
    QTest::newRow("wrapped JSON, unknown list item name") << wrapped(
        responseJson(credentialJson(QByteArray(PolicyWrapped).replace("datas", "statement_item"))))
                                                          << standard;
    QTest::newRow("wrapped JSON, single wrapped object") << wrapped(responseJson(credentialJson(
        R"({"version":"1","statement":{"datas":{"effect":"Allow","action":{"string":["oss:PutObject","oss:GetObject"]},"resource":{"string":"acs:oss:*:*:bucket/*"}}}})")))
                                                         << standard;
    QTest::newRow("wrapped JSON, bare lists") << wrapped(responseJson(bare)) << standard;
    QTest::newRow("simplified JSON") << responseJson(bare) << standard;
    QTest::newRow("simplified JSON, leading white space and BOM")
        << QByteArray("\xEF\xBB\xBF \r\n\t" + responseJson(bare) + "\n") << standard;
    QTest::newRow("policy as JSON string")
        << responseJson(credentialJson(quoteJson(PolicyBare))) << standard;
    QTest::newRow("wrapped policy as JSON string")
        << wrapped(responseJson(credentialJson(quoteJson(PolicyWrapped)))) << standard;
    QTest::newRow("policy PascalCase, single-string Resource")
        << responseJson(credentialJson(PolicyPascal)) << standard;
    QTest::newRow("policy PascalCase as JSON string")
        << responseJson(credentialJson(quoteJson(PolicyPascal))) << standard;

    {
        PolicyStatement statement;
        statement.effect = QStringLiteral("Deny");
        statement.actions = QStringList{QStringLiteral("oss:*")};
        statement.resources = QStringList{QStringLiteral("*")};
        PolicyDocument policy;
        policy.version = QStringLiteral("1");
        policy.statements = {statement};
        QTest::newRow("policy single-string Action") << responseJson(credentialJson(
            R"({"Version":"1","Statement":[{"Effect":"Deny","Action":"oss:*","Resource":"*"}]})"))
                                                     << standardResponse(policy);
    }
    QTest::newRow("empty wrapped list {}")
        << wrapped(responseJson(credentialJson(R"({"version":"1","statement":{}})")))
        << standardResponse(PolicyDocument{QStringLiteral("1"), {}});
    QTest::newRow("empty bare list")
        << responseJson(credentialJson(R"({"version":"1","statement":[]})"))
        << standardResponse(PolicyDocument{QStringLiteral("1"), {}});
    QTest::newRow("empty action list {}")
        << responseJson(credentialJson(
               R"({"version":"1","statement":[{"effect":"Allow","action":{},"resource":[]}]})"))
        << standardResponse(PolicyDocument{QStringLiteral("1"),
                                           {PolicyStatement{QStringLiteral("Allow"), {}, {}}}});
    QTest::newRow("policy null") << responseJson(credentialJson("null"))
                                 << standardResponse(PolicyDocument());
    QTest::newRow("policy empty string")
        << responseJson(credentialJson("\"\"")) << standardResponse(PolicyDocument());
    QTest::newRow("policy absent")
        << responseJson(QByteArray(credentialJson("{}")).replace(R"(,"policy":{})", ""))
        << standardResponse(PolicyDocument());

    // resp_success and resp_code in every type.
    QTest::newRow("resp_success \"true\"") << responseJson(bare, "\"true\"") << standard;
    QTest::newRow("resp_success \"TRUE\"") << responseJson(bare, "\"TRUE\"") << standard;
    QTest::newRow("resp_success \"1\"") << responseJson(bare, "\"1\"") << standard;
    QTest::newRow("resp_success 1") << responseJson(bare, "1") << standard;
    QTest::newRow("resp_success \"token\" (the doc's placeholder) with credential")
        << responseJson(bare, "\"token\"") << standard;
    QTest::newRow("resp_success absent with credential")
        << QByteArray(responseJson(bare)).replace(R"(,"resp_success":true)", "") << standard;
    {
        TokenResponse numericCode = standard;
        numericCode.respCode = QStringLiteral("200");
        QTest::newRow("resp_code number") << responseJson(bare, "true", "200") << numericCode;
        numericCode.respCode = QStringLiteral("SUCCESS");
        QTest::newRow("resp_code string")
            << responseJson(bare, "true", "\"SUCCESS\"") << numericCode;
        numericCode.respCode = QString();
        QTest::newRow("resp_code null") << responseJson(bare, "true", "null") << numericCode;
    }

    // Numbers in string fields, and expiration in other forms.
    {
        TokenResponse numbers = standard;
        numbers.credential.accessKeyId = QStringLiteral("123456789");
        numbers.credential.fieldId = QStringLiteral("42");
        numbers.credential.expirationText = QStringLiteral("1795867200000");
        QTest::newRow("numbers in string fields, epoch ms number")
            << responseJson(QByteArray(credentialJson(PolicyBare, "1795867200000"))
                                .replace(QByteArray(QByteArray("\"") + KeyId + '"'), "123456789")
                                .replace("\"poi-1\"", "42"))
            << numbers;
    }
    {
        TokenResponse top = standard;
        top.credential.expirationText = QStringLiteral("2026-11-28 20:00:00");
        QTest::newRow("expiration TOP format")
            << responseJson(credentialJson(PolicyBare, "\"2026-11-28 20:00:00\"")) << top;
    }
    {
        TokenResponse big = standard;
        big.message = QString(900 * 1024, QLatin1Char('x'));
        QTest::newRow("900 KB message is fine")
            << QByteArray(responseJson(bare))
                   .replace(R"("message":"成功")",
                            QByteArray("\"message\":\"" + QByteArray(900 * 1024, 'x') + '"'))
            << big;
    }

    // XML.
    const QByteArray xmlPolicy =
        "<policy><version>1</version><statement><datas><effect>Allow</effect><action>"
        "<string>oss:PutObject</string><string>oss:GetObject</string></action><resource>"
        "<string>acs:oss:*:*:bucket/*</string></resource></datas></statement></policy>";
    QTest::newRow("XML with trailing comment")
        << xmlBody(xmlCredential(xmlPolicy) + xmlEnvelope()) << standard;
    QTest::newRow("XML, indented, no declaration")
        << QByteArray(QByteArray("<") + Root + ">\n  " + xmlCredential(xmlPolicy) + "\n  "
                      + xmlEnvelope() + "\n</" + Root + ">")
        << standard;
    QTest::newRow("XML, two statements") << xmlBody(
        xmlCredential("<policy><version>1</version><statement><datas><effect>Allow</effect>"
                      "<action><string>oss:PutObject</string><string>oss:GetObject</string>"
                      "</action><resource><string>acs:oss:*:*:bucket/*</string></resource></datas>"
                      "<datas><effect>Deny</effect><action><string>oss:DeleteObject</string>"
                      "</action><resource><string>*</string></resource></datas></statement>"
                      "</policy>")
        + xmlEnvelope()) <<
        [&] {
            TokenResponse two = standard;
            two.credential.policy.statements.append(
                PolicyStatement{QStringLiteral("Deny"),
                                {QStringLiteral("oss:DeleteObject")},
                                {QStringLiteral("*")}});
            return two;
        }();
    QTest::newRow("XML, policy as JSON text with entities") << xmlBody(
        xmlCredential("<policy>" + QByteArray(PolicyBare).replace("\"", "&quot;") + "</policy>")
        + xmlEnvelope()) << standard;
    QTest::newRow("XML, policy as JSON text in CDATA")
        << xmlBody(xmlCredential("<policy><![CDATA[" + QByteArray(PolicyPascal) + "]]></policy>")
                   + xmlEnvelope())
        << standard;
    QTest::newRow("XML, empty statement")
        << xmlBody(xmlCredential("<policy><version>1</version><statement/></policy>")
                   + xmlEnvelope())
        << standardResponse(PolicyDocument{QStringLiteral("1"), {}});
    QTest::newRow("XML, resp_success 1")
        << xmlBody(xmlCredential(xmlPolicy) + xmlEnvelope("1")) << standard;
    {
        // The API document's own XML example, verbatim.
        TokenResponse seed;
        SecurityToken &token = seed.credential;
        const QString one = QStringLiteral("1");
        token.accessKeyId = token.accessKeySecret = token.securityToken = one;
        token.productCode = token.sceneCode = token.tenantCode = token.fieldId = one;
        token.endPointPublic = token.endPointInternal = one;
        token.expirationText = one;
        token.expiration = QDateTime::fromSecsSinceEpoch(1, QTimeZone::utc());
        token.policy.version = one;
        token.policy.statements = {PolicyStatement{one, {}, {}}};
        seed.respCode = one;
        seed.respRequestId = one;
        seed.message = QStringLiteral("成功");
        QTest::newRow("XML, the API doc's example")
            << QByteArray(R"(<alibaba_security_deepvision_proxy_security_common_token_get_response>
    <result>
        <access_key_id>1</access_key_id>
        <access_key_secret>1</access_key_secret>
        <product_code>1</product_code>
        <end_point_public>1</end_point_public>
        <scene_code>1</scene_code>
        <end_point_internal>1</end_point_internal>
        <expiration>1</expiration>
        <tenant_code>1</tenant_code>
        <field_id>1</field_id>
        <policy>
            <version>1</version>
            <statement>
                <datas>
                    <effect>1</effect>
                </datas>
            </statement>
        </policy>
        <token>1</token>
    </result>
    <resp_code>1</resp_code>
    <resp_success>token</resp_success>
    <resp_request_id>1</resp_request_id>
    <message>成功</message>
</alibaba_security_deepvision_proxy_security_common_token_get_response>)")
            << seed;
    }
}

void TestResponseParser::parsesToken()
{
    QFETCH(QByteArray, body);
    QFETCH(TokenResponse, expected);

    const ParseResult result = parseResponse(body);
    const auto *actual = std::get_if<TokenResponse>(&result);
    if (!actual)
        QFAIL(qPrintable(describe(result)));
    const SecurityToken &got = actual->credential;
    const SecurityToken &want = expected.credential;
    QCOMPARE(got.accessKeyId, want.accessKeyId);
    QCOMPARE(got.accessKeySecret, want.accessKeySecret);
    QCOMPARE(got.securityToken, want.securityToken);
    QCOMPARE(got.productCode, want.productCode);
    QCOMPARE(got.sceneCode, want.sceneCode);
    QCOMPARE(got.tenantCode, want.tenantCode);
    QCOMPARE(got.fieldId, want.fieldId);
    QCOMPARE(got.endPointPublic, want.endPointPublic);
    QCOMPARE(got.endPointInternal, want.endPointInternal);
    QCOMPARE(got.expirationText, want.expirationText);
    QCOMPARE(got.expiration.isValid(), want.expiration.isValid());
    if (want.expiration.isValid()) {
        QCOMPARE(got.expiration, want.expiration);
        QCOMPARE(got.expiration.timeSpec(), Qt::UTC);
    }
    QCOMPARE(got.policy.version, want.policy.version);
    QCOMPARE(got.policy.statements.size(), want.policy.statements.size());
    for (qsizetype i = 0; i < want.policy.statements.size(); ++i) {
        QCOMPARE(got.policy.statements.at(i).effect, want.policy.statements.at(i).effect);
        QCOMPARE(got.policy.statements.at(i).actions, want.policy.statements.at(i).actions);
        QCOMPARE(got.policy.statements.at(i).resources, want.policy.statements.at(i).resources);
    }
    QVERIFY(got.policy == want.policy);
    QCOMPARE(actual->respCode, expected.respCode);
    QCOMPARE(actual->respRequestId, expected.respRequestId);
    QCOMPARE(actual->message, expected.message);
    QCOMPARE(actual->requestId, expected.requestId);
}

void TestResponseParser::parsesGatewayError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<GatewayError>("expected"); // advice only checked for being non-empty

    const auto error = [](const char *code, const char *msg, const char *subCode,
                          const char *subMsg, const char *requestId, bool retriable,
                          int banSeconds) {
        GatewayError e;
        e.code = QString::fromUtf8(code);
        e.msg = QString::fromUtf8(msg);
        e.subCode = QString::fromUtf8(subCode);
        e.subMsg = QString::fromUtf8(subMsg);
        e.requestId = QString::fromUtf8(requestId);
        e.retriable = retriable;
        e.banSeconds = banSeconds;
        return e;
    };

    QTest::newRow("JSON, the API doc's example") << QByteArray(
        R"({"error_response":{"code":50,"msg":"Remote service error","sub_code":"isv.invalid-parameter","sub_msg":"非法参数","request_id":"gw-9"}})")
                                                 << error("50", "Remote service error",
                                                          "isv.invalid-parameter", "非法参数",
                                                          "gw-9", false, -1);
    QTest::newRow("XML, the API doc's example")
        << QByteArray(R"(<error_response>
    <code>50</code>
    <msg>Remote service error</msg>
    <sub_code>isv.invalid-parameter</sub_code>
    <sub_msg>非法参数</sub_msg>
</error_response>)")
        << error("50", "Remote service error", "isv.invalid-parameter", "非法参数", "", false, -1);
    QTest::newRow("XML with declaration and trailing comment") << xmlBody(
        "<code>10</code><msg>Service Currently Unavailable</msg><request_id>gw-3</request_id>",
        "error_response") << error("10", "Service Currently Unavailable", "", "", "gw-3", true, -1);
    QTest::newRow("JSON, code 7 with ban") << QByteArray(
        R"({"error_response":{"code":7,"msg":"App Call Limited","sub_code":"accesscontrol.limited-by-app-access-count","sub_msg":"This ban will last for 17 more seconds","request_id":"gw-7"}})")
                                           << error("7", "App Call Limited",
                                                    "accesscontrol.limited-by-app-access-count",
                                                    "This ban will last for 17 more seconds",
                                                    "gw-7", true, 17);
    QTest::newRow("JSON, code as string, isp") << QByteArray(
        R"({"error_response":{"code":"15","msg":"Remote service error","sub_code":"isp.remote-service-timeout","sub_msg":"timeout"}})")
                                               << error("15", "Remote service error",
                                                        "isp.remote-service-timeout", "timeout", "",
                                                        true, -1);
    QTest::newRow("JSON, signature")
        << QByteArray(
               R"({"error_response":{"code":25,"msg":"Invalid signature","request_id":"gw-25"}})")
        << error("25", "Invalid signature", "", "", "gw-25", false, -1);
}

void TestResponseParser::parsesGatewayError()
{
    QFETCH(QByteArray, body);
    QFETCH(GatewayError, expected);

    const ParseResult result = parseResponse(body);
    const auto *actual = std::get_if<GatewayError>(&result);
    if (!actual)
        QFAIL(qPrintable(describe(result)));
    QCOMPARE(actual->code, expected.code);
    QCOMPARE(actual->msg, expected.msg);
    QCOMPARE(actual->subCode, expected.subCode);
    QCOMPARE(actual->subMsg, expected.subMsg);
    QCOMPARE(actual->requestId, expected.requestId);
    QCOMPARE(actual->retriable, expected.retriable);
    QCOMPARE(actual->banSeconds, expected.banSeconds);
    QVERIFY(!gatewayAdvice(*actual).isEmpty());
}

void TestResponseParser::parsesRefusal_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ServiceRefusal>("expected");

    const auto refusal = [](const char *code, const char *message, const char *respRequestId,
                            const char *requestId) {
        return ServiceRefusal{QString::fromUtf8(code), QString::fromUtf8(message),
                              QString::fromUtf8(respRequestId), QString::fromUtf8(requestId)};
    };
    const QByteArray refused =
        R"({"result":null,"resp_code":"NO_PERMISSION","resp_success":false,"resp_request_id":"rr-2","message":"无权限","request_id":"gw-2"})";

    QTest::newRow("wrapped, bool false")
        << wrapped(refused) << refusal("NO_PERMISSION", "无权限", "rr-2", "gw-2");
    QTest::newRow("simplified, bool false")
        << refused << refusal("NO_PERMISSION", "无权限", "rr-2", "gw-2");
    QTest::newRow("string \"false\", numeric code")
        << QByteArray(R"({"resp_code":403,"resp_success":"false","message":"denied"})")
        << refusal("403", "denied", "", "");
    QTest::newRow("string \"FALSE\"")
        << QByteArray(R"({"resp_code":"E1","resp_success":"FALSE","message":"denied"})")
        << refusal("E1", "denied", "", "");
    QTest::newRow("number 0") << QByteArray(
        R"({"resp_code":"E1","resp_success":0,"message":"denied"})")
                              << refusal("E1", "denied", "", "");
    QTest::newRow("string \"0\"") << QByteArray(
        R"({"resp_code":"E1","resp_success":"0","message":"denied"})")
                                  << refusal("E1", "denied", "", "");
    QTest::newRow("false even with a credential present")
        << responseJson(credentialJson(PolicyBare), "false", "\"E2\"")
        << refusal("E2", "成功", "rr-1", "gw-1");
    QTest::newRow("XML") << xmlBody(
        "<resp_code>E3</resp_code><resp_success>false</resp_success>"
        "<resp_request_id>rr-3</resp_request_id><message>租户不存在</message>"
        "<request_id>gw-3</request_id>")
                         << refusal("E3", "租户不存在", "rr-3", "gw-3");
}

void TestResponseParser::parsesRefusal()
{
    QFETCH(QByteArray, body);
    QFETCH(ServiceRefusal, expected);

    const ParseResult result = parseResponse(body);
    const auto *actual = std::get_if<ServiceRefusal>(&result);
    if (!actual)
        QFAIL(qPrintable(describe(result)));
    QCOMPARE(actual->respCode, expected.respCode);
    QCOMPARE(actual->message, expected.message);
    QCOMPARE(actual->respRequestId, expected.respRequestId);
    QCOMPARE(actual->requestId, expected.requestId);
}

void TestResponseParser::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("body");

    const QByteArray good = responseJson(credentialJson(PolicyBare));
    const QByteArray goodXml = xmlBody(xmlCredential("") + xmlEnvelope());
    const auto withResult = [](const QByteArray &result) { return responseJson(result); };
    const auto replaced = [&](const char *from, const char *to) {
        return QByteArray(good).replace(from, to);
    };

    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("white space only") << QByteArray(" \r\n\t ");
    QTest::newRow("HTML page") << QByteArray(
        "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>");
    QTest::newRow("HTML without doctype") << QByteArray("\n<HTML><head></head></HTML>");
    QTest::newRow("plain text") << QByteArray("Service Unavailable");
    QTest::newRow("UTF-16 JSON") << QByteArray("\xFF\xFE{\0}\0", 6);
    QTest::newRow("truncated JSON") << good.left(good.size() / 2);
    QTest::newRow("array root") << QByteArray("[") + good + "]";
    QTest::newRow("number root") << QByteArray("42");
    QTest::newRow("string root") << QByteArray("\"ok\"");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("unrelated object") << QByteArray(R"({"hello":"world"})");
    QTest::newRow("another API's response")
        << QByteArray(R"({"taobao_time_get_response":{"time":"2026-11-28 12:00:00"}})");
    QTest::newRow("wrapped response is a string") << wrapped("\"x\"");
    QTest::newRow("wrapped response is an array") << wrapped("[]");
    QTest::newRow("resp_success true, no result")
        << QByteArray(R"({"resp_code":"1","resp_success":true,"message":"ok"})");
    QTest::newRow("resp_success true, result null") << withResult("null");
    QTest::newRow("resp_success true, result {}") << withResult("{}");
    QTest::newRow("result is an array") << withResult("[]");
    QTest::newRow("result is a string") << withResult("\"x\"");
    QTest::newRow("result missing access_key_secret")
        << replaced(R"("access_key_secret":"SeCrEt-Value-42",)", "");
    QTest::newRow("result missing access_key_id")
        << replaced(R"("access_key_id":"STS.AKID123",)", "");
    QTest::newRow("result missing token") << replaced(R"(,"token":"TOKEN-abc-xyz-987")", "");
    QTest::newRow("access_key_secret empty") << replaced(R"("SeCrEt-Value-42")", "\"\"");
    QTest::newRow("access_key_id is an object")
        << replaced(R"("STS.AKID123")", R"({"v":"STS.AKID123"})");
    QTest::newRow("access_key_secret is an array")
        << replaced(R"("SeCrEt-Value-42")", R"(["SeCrEt-Value-42"])");
    QTest::newRow("expiration is an object") << replaced(R"("2026-11-28T12:00:00Z")", "{}");
    QTest::newRow("resp_success is an object")
        << replaced(R"("resp_success":true)", R"("resp_success":{})");
    QTest::newRow("resp_success unrecognized, no credential")
        << QByteArray(R"({"resp_code":"1","resp_success":"maybe","message":"ok"})");
    QTest::newRow("resp_success 2, no credential")
        << QByteArray(R"({"resp_code":"1","resp_success":2,"result":{}})");
    QTest::newRow("resp_code is an object")
        << replaced(R"("resp_code":"1")", R"("resp_code":{"a":1})");
    QTest::newRow("message is an array") << replaced(R"("message":"成功")", R"("message":["a"])");
    QTest::newRow("policy is a number") << responseJson(credentialJson("7"));
    QTest::newRow("policy is an array") << responseJson(credentialJson("[]"));
    QTest::newRow("policy is bad JSON text") << responseJson(credentialJson("\"{not json\""));
    QTest::newRow("policy is an unrelated object") << responseJson(credentialJson(R"({"a":1})"));
    QTest::newRow("statement item is a string")
        << responseJson(credentialJson(R"({"version":"1","statement":["Allow"]})"));
    QTest::newRow("action holds an object") << responseJson(
        credentialJson(R"({"version":"1","statement":[{"effect":"Allow","action":[{}]}]})"));
    QTest::newRow("invalid UTF-8 in JSON") << replaced("成功", "\xC3\x28\xFF");
    QTest::newRow("invalid UTF-8 in XML") << QByteArray(goodXml).replace("成功", "\xC3\x28\xFF");
    QTest::newRow("NUL byte in JSON string")
        << QByteArray(good).replace(QByteArrayView("成功"), QByteArrayView(QByteArray("a\0b", 3)));
    QTest::newRow("NUL byte in XML") << QByteArray(goodXml).insert(60, '\0');
    QTest::newRow("trailing NUL") << good + QByteArray(1, '\0');
    QTest::newRow("100000 [ inside an object")
        << QByteArray("{\"a\":") + QByteArray(100000, '[') + QByteArray(100000, ']') + '}';
    QTest::newRow("100000 {\"a\": deep")
        << QByteArray("{\"a\":").repeated(100000) + "1" + QByteArray(100000, '}');
    QTest::newRow("100000 deep XML")
        << xmlBody(QByteArray("<a>").repeated(100000) + QByteArray("</a>").repeated(100000));
    QTest::newRow("billion laughs") << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<alibaba_security_deepvision_proxy_security_common_token_get_response><message>&lol9;</message></alibaba_security_deepvision_proxy_security_common_token_get_response>)");
    QTest::newRow("external entity") << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<error_response><code>&x;</code></error_response>)");
    QTest::newRow("DTD without entities")
        << QByteArray("<!DOCTYPE error_response><error_response><code>7</code></error_response>");
    QTest::newRow("undeclared entity")
        << QByteArray("<error_response><code>&x;</code></error_response>");
    QTest::newRow("body over MaxResponseBytes (huge string)")
        << QByteArray(good).replace("成功", QByteArray(MaxResponseBytes, 'x').constData());
    QTest::newRow("body over 1 MiB of white space") << QByteArray(MaxResponseBytes + 1, ' ') + good;
    QTest::newRow("XML truncated") << goodXml.left(goodXml.size() / 2);
    QTest::newRow("XML unclosed root") << QByteArray("<error_response><code>7</code>");
    QTest::newRow("XML wrong root") << xmlBody(xmlCredential("") + xmlEnvelope(), "foo_response");
    QTest::newRow("XML two roots") << goodXml + "<error_response><code>7</code></error_response>";
    QTest::newRow("XML root with only text") << xmlBody("hello");
    QTest::newRow("XML empty root") << xmlBody("");
    QTest::newRow("XML mismatched tags") << xmlBody("<result><token>x</result></token>");
    QTest::newRow("XML error_response without code")
        << QByteArray("<error_response><msg>x</msg></error_response>");
    QTest::newRow("JSON duplicate root")
        << QByteArray("{\"") + Root + "\":" + good + ",\"" + Root + "\":" + good + '}';
    QTest::newRow("JSON duplicate key in result")
        << replaced(R"("access_key_secret":"SeCrEt-Value-42",)",
                    R"("access_key_secret":"SeCrEt-Value-42","access_key_secret":"other",)");
    QTest::newRow("JSON two documents") << good + good;
    QTest::newRow("JSON trailing garbage") << good + "garbage";
    QTest::newRow("JSON response and error_response")
        << QByteArray("{\"") + Root + "\":" + good + R"(,"error_response":{"code":7}})";
    QTest::newRow("error_response is an array") << QByteArray(R"({"error_response":[]})");
    QTest::newRow("error_response without code")
        << QByteArray(R"({"error_response":{"msg":"x","sub_code":"isp.y"}})");
    QTest::newRow("error_response code is an object")
        << QByteArray(R"({"error_response":{"code":{"n":7}}})");

    // Issue 13: no credential without a readable expiry, no invented statement, no number
    // passed on with digits the JSON reader already lost.
    const auto withExpiration = [](const char *expiration) {
        return responseJson(credentialJson(PolicyBare, expiration));
    };
    QTest::newRow("expiration unreadable") << withExpiration("\"next tuesday\"");
    QTest::newRow("expiration \"tomorrow\"") << withExpiration("\"tomorrow\"");
    QTest::newRow("expiration empty") << withExpiration("\"\"");
    QTest::newRow("expiration white space") << withExpiration("\"  \"");
    QTest::newRow("expiration null") << withExpiration("null");
    QTest::newRow("expiration an object") << withExpiration("{}");
    QTest::newRow("expiration absent")
        << responseJson(QByteArray(credentialJson(PolicyBare))
                            .replace(R"("expiration":"2026-11-28T12:00:00Z",)", ""));
    QTest::newRow("XML expiration unreadable")
        << QByteArray(goodXml).replace("2026-11-28T12:00:00Z", "tomorrow");
    QTest::newRow("policy.statement {\"datas\": \"x\"}")
        << responseJson(credentialJson(R"({"version":"1","statement":{"datas":"x"}})"));
    QTest::newRow("policy.statement nested three deep") << responseJson(credentialJson(
        R"({"version":"1","statement":{"datas":{"datas":{"datas":[{"effect":"Allow","action":["a"],"resource":["r"]}]}}}})"));
    QTest::newRow("resp_code beyond 2^53")
        << responseJson(credentialJson(PolicyBare), "true", "123456789012345678901234567890");
    QTest::newRow("resp_code 2^53")
        << responseJson(credentialJson(PolicyBare), "true", "9007199254740992");
    QTest::newRow("action item beyond 2^53") << responseJson(credentialJson(
        R"({"version":"1","statement":[{"effect":"Allow","action":[1e300],"resource":["r"]}]})"));
}

void TestResponseParser::refusesMalformed()
{
    QFETCH(QByteArray, body);

    const ParseResult result = parseResponse(body);
    const auto *bad = std::get_if<MalformedResponse>(&result);
    if (!bad)
        QFAIL(qPrintable(describe(result)));
    QVERIFY(!bad->what.isEmpty());
    QVERIFY2(!mentionsCredential(bad->what), qPrintable(bad->what));
    QVERIFY2(bad->what.size() < 300, qPrintable(bad->what));
}

void TestResponseParser::classifiesGatewayError_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("subCode");
    QTest::addColumn<QString>("subMsg");
    QTest::addColumn<bool>("retriable");
    QTest::addColumn<int>("banSeconds");
    QTest::addColumn<QString>("hintMentions"); // empty: only checked for being non-empty
    QTest::addColumn<GatewayError::Kind>("kind");

    const QString none;
    QTest::newRow("7 with ban") << QStringLiteral("7")
                                << QStringLiteral("accesscontrol.limited-by-api-access-count")
                                << QStringLiteral("This ban will last for 42 more seconds") << true
                                << 42 << QStringLiteral("42") << GatewayError::Kind::RateLimited;
    QTest::newRow("7 with ban, any case")
        << QStringLiteral("7") << none << QStringLiteral("this BAN WILL LAST FOR 5 more SECONDS")
        << true << 5 << QStringLiteral("5") << GatewayError::Kind::RateLimited;
    QTest::newRow("7 without sub_msg") << QStringLiteral("7") << none << none << true << -1 << none
                                       << GatewayError::Kind::RateLimited;
    QTest::newRow("10") << QStringLiteral("10") << none << none << true << -1 << none
                        << GatewayError::Kind::Unavailable;
    QTest::newRow("11 whitelist") << QStringLiteral("11")
                                  << QStringLiteral("isv.permission-ip-whitelist-limit") << none
                                  << false << -1 << QStringLiteral("whitelist")
                                  << GatewayError::Kind::IpNotWhitelisted;
    QTest::newRow("11 permission")
        << QStringLiteral("11") << QStringLiteral("isv.permission-api-package-limit") << none
        << false << -1 << QStringLiteral("permission") << GatewayError::Kind::NoPermission;
    QTest::newRow("15 isp") << QStringLiteral("15") << QStringLiteral("isp.remote-service-error")
                            << none << true << -1 << none
                            << GatewayError::Kind::RemoteServiceFailed;
    QTest::newRow("15 isv") << QStringLiteral("15") << QStringLiteral("isv.invalid-parameter")
                            << none << false << -1 << none
                            << GatewayError::Kind::RemoteServiceRefused;
    QTest::newRow("15 no sub_code") << QStringLiteral("15") << none << none << false << -1 << none
                                    << GatewayError::Kind::RemoteServiceRefused;
    QTest::newRow("50 isp") << QStringLiteral("50") << QStringLiteral("isp.unknown-error") << none
                            << true << -1 << none << GatewayError::Kind::RemoteServiceFailed;
    QTest::newRow("50 isv") << QStringLiteral("50") << QStringLiteral("isv.invalid-parameter")
                            << none << false << -1 << none
                            << GatewayError::Kind::RemoteServiceRefused;
    QTest::newRow("21") << QStringLiteral("21") << none << none << false << -1 << none
                        << GatewayError::Kind::UnknownMethod;
    QTest::newRow("22") << QStringLiteral("22") << none << none << false << -1 << none
                        << GatewayError::Kind::UnknownMethod;
    QTest::newRow("25") << QStringLiteral("25") << none << none << false << -1
                        << QStringLiteral("secret") << GatewayError::Kind::BadSignature;
    QTest::newRow("26") << QStringLiteral("26") << none << none << false << -1 << none
                        << GatewayError::Kind::SessionRequired;
    QTest::newRow("27") << QStringLiteral("27") << none << none << false << -1 << none
                        << GatewayError::Kind::SessionRequired;
    QTest::newRow("28") << QStringLiteral("28") << none << none << false << -1
                        << QStringLiteral("AppKey") << GatewayError::Kind::BadAppKey;
    QTest::newRow("29") << QStringLiteral("29") << none << none << false << -1
                        << QStringLiteral("AppKey") << GatewayError::Kind::BadAppKey;
    QTest::newRow("30") << QStringLiteral("30") << none << none << false << -1
                        << QStringLiteral("clock") << GatewayError::Kind::BadTimestamp;
    QTest::newRow("31") << QStringLiteral("31") << none << none << false << -1
                        << QStringLiteral("Date") << GatewayError::Kind::BadTimestamp;
    QTest::newRow("40 names the field")
        << QStringLiteral("40") << QStringLiteral("isv.missing-parameter")
        << QStringLiteral("Missing required arguments:param") << false << -1
        << QStringLiteral("param") << GatewayError::Kind::BadParameter;
    QTest::newRow("41") << QStringLiteral("41") << QStringLiteral("isv.invalid-parameter")
                        << QStringLiteral("op_poi_id is invalid") << false << -1
                        << QStringLiteral("op_poi_id") << GatewayError::Kind::BadParameter;
    QTest::newRow("43") << QStringLiteral("43") << none << none << false << -1 << none
                        << GatewayError::Kind::BadParameter;
    QTest::newRow("unknown code") << QStringLiteral("999") << none << none << false << -1
                                  << QStringLiteral("999") << GatewayError::Kind::Other;
    QTest::newRow("unknown code, isp")
        << QStringLiteral("999") << QStringLiteral("isp.overload") << none << true << -1
        << QStringLiteral("999") << GatewayError::Kind::ServiceFault;
    QTest::newRow("25 with isp sub_code") << QStringLiteral("25") << QStringLiteral("isp.x") << none
                                          << true << -1 << none << GatewayError::Kind::BadSignature;
    QTest::newRow("non-numeric code") << QStringLiteral("abc") << none << none << false << -1
                                      << QStringLiteral("abc") << GatewayError::Kind::Other;
}

void TestResponseParser::classifiesGatewayError()
{
    QFETCH(QString, code);
    QFETCH(QString, subCode);
    QFETCH(QString, subMsg);
    QFETCH(bool, retriable);
    QFETCH(int, banSeconds);
    QFETCH(QString, hintMentions);
    QFETCH(GatewayError::Kind, kind);

    GatewayError error;
    error.code = code;
    error.subCode = subCode;
    error.subMsg = subMsg;
    error.retriable = !retriable; // must be overwritten
    error.banSeconds = 1234;
    classifyGatewayError(error);
    QCOMPARE(error.retriable, retriable);
    QCOMPARE(error.banSeconds, banSeconds);
    QCOMPARE(error.kind, kind);
    const QString advice = gatewayAdvice(error);
    QVERIFY(!advice.isEmpty());
    if (!hintMentions.isEmpty())
        QVERIFY2(advice.contains(hintMentions, Qt::CaseInsensitive), qPrintable(advice));
}

void TestResponseParser::parsesPolicy_data()
{
    QTest::addColumn<QByteArray>("json"); // wrapped in an array so scalars can be given too
    QTest::addColumn<bool>("valid");
    QTest::addColumn<PolicyDocument>("expected");

    QTest::newRow("snake_case bare") << QByteArray(PolicyBare) << true << standardPolicy();
    QTest::newRow("snake_case wrapped") << QByteArray(PolicyWrapped) << true << standardPolicy();
    QTest::newRow("PascalCase") << QByteArray(PolicyPascal) << true << standardPolicy();
    QTest::newRow("JSON string") << quoteJson(PolicyPascal) << true << standardPolicy();
    QTest::newRow("RAM single statement object") << QByteArray(
        R"({"Version":"1","Statement":{"Effect":"Allow","Action":["oss:PutObject","oss:GetObject"],"Resource":["acs:oss:*:*:bucket/*"]}})")
                                                 << true << standardPolicy();
    QTest::newRow("RAM extra members ignored") << QByteArray(
        R"({"Version":"1","Statement":[{"Effect":"Allow","Action":["oss:PutObject","oss:GetObject"],"Resource":["acs:oss:*:*:bucket/*"],"Condition":{"IpAddress":{"acs:SourceIp":"10.0.0.0/8"}}}]})")
                                               << true << standardPolicy();
    QTest::newRow("empty object") << QByteArray("{}") << true << PolicyDocument();
    QTest::newRow("null") << QByteArray("null") << true << PolicyDocument();
    QTest::newRow("number") << QByteArray("1") << false << PolicyDocument();
    QTest::newRow("array") << QByteArray("[]") << false << PolicyDocument();
    QTest::newRow("unrelated object") << QByteArray(R"({"name":"x"})") << false << PolicyDocument();
    QTest::newRow("string not JSON") << QByteArray(R"("Allow all")") << false << PolicyDocument();
    QTest::newRow("string holding an array") << QByteArray(R"("[]")") << false << PolicyDocument();
    QTest::newRow("Statement a number")
        << QByteArray(R"({"Version":"1","Statement":3})") << false << PolicyDocument();
    QTest::newRow("statement wrapping a string")
        << QByteArray(R"({"version":"1","statement":{"datas":"x"}})") << false << PolicyDocument();
    QTest::newRow("statement wrapped three deep") << QByteArray(
        R"({"version":"1","statement":{"datas":{"datas":{"datas":[{"effect":"Allow"}]}}}})")
                                                  << false << PolicyDocument();
    QTest::newRow("statement with none of effect, action, resource")
        << QByteArray(R"({"version":"1","statement":[{"sid":"1"}]})") << false << PolicyDocument();
    QTest::newRow("statement wrapping an empty list")
        << QByteArray(R"({"version":"1","statement":{"datas":[]}})") << true
        << PolicyDocument{"1", {}};
    QTest::newRow("resp_code-size integer in a list, as text kept exact")
        << QByteArray(
               R"({"version":"1","statement":[{"effect":"Allow","action":[9007199254740991],"resource":["r"]}]})")
        << true << PolicyDocument{"1", {PolicyStatement{"Allow", {"9007199254740991"}, {"r"}}}};
}

void TestResponseParser::parsesPolicy()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(PolicyDocument, expected);

    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]");
    QVERIFY(document.isArray());
    const std::optional<PolicyDocument> policy = parsePolicy(document.array().at(0));
    QCOMPARE(policy.has_value(), valid);
    if (valid)
        QVERIFY(*policy == expected);
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
