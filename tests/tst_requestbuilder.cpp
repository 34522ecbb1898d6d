// The request builder: parameters, param JSON, timestamp zone, body and query encoding.
#include "requestbuilder.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace TokenDesk;

Q_DECLARE_METATYPE(TokenDesk::SignMethod)
Q_DECLARE_METATYPE(TokenDesk::TokenRequest)

namespace {

TokenRequest vectorRequest()
{
    TokenRequest request;
    request.productCode = QStringLiteral("oss");
    request.sceneCode = QStringLiteral("s1");
    request.usageScene = QStringLiteral("upload");
    request.storeId = QStringLiteral("poi-1");
    request.tenantCode = QStringLiteral("t-1");
    return request;
}

ConnectionSettings vectorSettings(SignMethod method)
{
    ConnectionSettings settings;
    settings.appKey = QStringLiteral("12345678");
    settings.signMethod = method;
    return settings;
}

// Decodes an application/x-www-form-urlencoded string as a server would.
QMap<QString, QString> decodeForm(const QByteArray &encoded)
{
    QMap<QString, QString> out;
    for (const QByteArray &pair : encoded.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = pair.left(eq), value = pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                   QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

} // namespace

class TestRequestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reproducesPublicVector_data()
    {
        QTest::addColumn<SignMethod>("method");
        QTest::addColumn<QString>("sign");
        QTest::newRow("md5") << SignMethod::Md5 << "0871A9B291C89B7BE08DEC2E0C599E20";
        QTest::newRow("hmac") << SignMethod::Hmac << "923EC34E9A49327BFABFA62BB63F02B9";
        QTest::newRow("hmac-sha256")
            << SignMethod::HmacSha256
            << "295384A293D93D6A87D017C880281A16828B941624194FFF1A2EEA1DF906139A";
    }
    void reproducesPublicVector()
    {
        QFETCH(SignMethod, method);
        QFETCH(QString, sign);
        const BuiltRequest built =
            buildRequest(vectorSettings(method), vectorRequest(), "test-secret",
                         QStringLiteral("2026-11-28 12:00:00"));
        QCOMPARE(built.parameters.value(QStringLiteral("sign")), sign);
        QCOMPARE(built.parameters.value(QStringLiteral("param")),
                 QStringLiteral("{\"product_code\":\"oss\",\"scene_code\":\"s1\",\"usage_scene\":"
                                "\"upload\",\"op_poi_id\":\"poi-1\",\"op_tenant_code\":\"t-1\"}"));
    }

    void chineseVector()
    {
        TokenRequest request = vectorRequest();
        request.sceneCode = QStringLiteral("场景一");
        request.usageScene = QStringLiteral("上传");
        const BuiltRequest built =
            buildRequest(vectorSettings(SignMethod::HmacSha256), request, "test-secret",
                         QStringLiteral("2026-11-28 12:00:00"));
        QCOMPARE(
            built.parameters.value(QStringLiteral("sign")),
            QStringLiteral("385EAC60E02A19DFE26AE956622F2435F8D2495C365D91CE92293841F0D2387A"));
        // UTF-8 as is, never \u escapes, in the signed text and on the wire.
        QVERIFY(built.parameters.value(QStringLiteral("param")).contains(QStringLiteral("场景一")));
        QVERIFY(
            decodeForm(built.body).value(QStringLiteral("param")).contains(QStringLiteral("上传")));
    }

    void timestampIsGmtPlus8_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utc") << QDateTime(QDate(2026, 11, 28), QTime(4, 0), QTimeZone::utc())
                             << "2026-11-28 12:00:00";
        QTest::newRow("utc crosses midnight")
            << QDateTime(QDate(2026, 12, 31), QTime(20, 30, 5), QTimeZone::utc())
            << "2027-01-01 04:30:05";
        QTest::newRow("new york") << QDateTime(QDate(2026, 11, 28), QTime(23, 0),
                                               QTimeZone("America/New_York"))
                                  << "2026-11-29 12:00:00";
        QTest::newRow("offset -3")
            << QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone(-3 * 3600))
            << "2026-06-01 11:00:00";
    }
    void timestampIsGmtPlus8()
    {
        QFETCH(QDateTime, instant);
        QFETCH(QString, expected);
        QCOMPARE(formatTopTimestamp(instant), expected);
        QCOMPARE(parseTopTimestamp(expected), instant);
        const BuiltRequest built =
            buildRequest(vectorSettings(SignMethod::Md5), vectorRequest(), "s", instant);
        QCOMPARE(built.parameters.value(QStringLiteral("timestamp")), expected);
    }

    void parseTopTimestampRejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("iso") << "2026-11-28T12:00:00";
        QTest::newRow("bad month") << "2026-13-28 12:00:00";
        QTest::newRow("words") << "yesterday";
    }
    void parseTopTimestampRejectsGarbage()
    {
        QFETCH(QString, text);
        QVERIFY(!parseTopTimestamp(text).isValid());
    }

    void paramJson_data()
    {
        QTest::addColumn<TokenRequest>("request");
        QTest::addColumn<QString>("expected");
        TokenRequest full = vectorRequest();
        full.requestId = QStringLiteral("r-1");
        full.token = QStringLiteral("tk");
        QTest::newRow("all members, documented order")
            << full
            << "{\"product_code\":\"oss\",\"scene_code\":\"s1\",\"request_id\":\"r-1\","
               "\"usage_scene\":\"upload\",\"op_poi_id\":\"poi-1\",\"op_tenant_code\":\"t-1\","
               "\"token\":\"tk\"}";
        TokenRequest blanks = vectorRequest();
        blanks.requestId = QStringLiteral("   ");
        blanks.token = QString();
        QTest::newRow("blank optional members omitted")
            << blanks
            << "{\"product_code\":\"oss\",\"scene_code\":\"s1\",\"usage_scene\":\"upload\","
               "\"op_poi_id\":\"poi-1\",\"op_tenant_code\":\"t-1\"}";
        TokenRequest quotes = vectorRequest();
        quotes.tenantCode = QStringLiteral("a\"b\\c");
        QTest::newRow("quotes escaped")
            << quotes
            << "{\"product_code\":\"oss\",\"scene_code\":\"s1\",\"usage_scene\":\"upload\","
               "\"op_poi_id\":\"poi-1\",\"op_tenant_code\":\"a\\\"b\\\\c\"}";
    }
    void paramJson()
    {
        QFETCH(TokenRequest, request);
        QFETCH(QString, expected);
        QCOMPARE(TokenDesk::paramJson(request), expected);
        // And it is valid JSON that reads back to the same values.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(expected.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("op_tenant_code")).toString(),
                 request.tenantCode);
    }

    void systemParametersInQueryParamInBody()
    {
        ConnectionSettings settings = vectorSettings(SignMethod::HmacSha256);
        settings.simplify = true;
        TokenRequest request = vectorRequest();
        request.tenantCode = QStringLiteral("  t-1 ");
        request.token = QStringLiteral("a+b&c=d %");
        const BuiltRequest built =
            buildRequest(settings, request, "test-secret", QStringLiteral("2026-11-28 12:00:00"));
        const QMap<QString, QString> query =
            decodeForm(built.url.query(QUrl::FullyEncoded).toUtf8());
        QCOMPARE(query.keys(),
                 QStringList({"app_key", "format", "method", "sign", "sign_method", "simplify",
                              "timestamp", "v"}));
        QCOMPARE(query.value(QStringLiteral("timestamp")), QStringLiteral("2026-11-28 12:00:00"));
        QCOMPARE(query.value(QStringLiteral("simplify")), QStringLiteral("true"));
        QCOMPARE(query.value(QStringLiteral("v")), QStringLiteral("2.0"));
        QCOMPARE(built.url.path(), QStringLiteral("/router/rest"));
        QCOMPARE(built.url.scheme(), QStringLiteral("https"));

        const QMap<QString, QString> body = decodeForm(built.body);
        QCOMPARE(body.keys(), QStringList({"param"}));
        const QString param = body.value(QStringLiteral("param"));
        QCOMPARE(param, built.parameters.value(QStringLiteral("param")));
        QVERIFY(param.contains(QStringLiteral("\"op_tenant_code\":\"t-1\""))); // trimmed
        QVERIFY(param.contains(QStringLiteral("a+b&c=d %")));                  // survives encoding
        // Every sent parameter is listed, sign included, and the secret nowhere.
        QCOMPARE(built.parameters.size(), query.size() + 1);
        QVERIFY(!built.url.toEncoded().contains("test-secret"));
        QVERIFY(!built.body.contains("test-secret"));
    }

    void simplifyOnlyWithJson()
    {
        ConnectionSettings settings = vectorSettings(SignMethod::Md5);
        settings.simplify = true;
        settings.format = WireFormat::Xml;
        const BuiltRequest built =
            buildRequest(settings, vectorRequest(), "s", QStringLiteral("2026-11-28 12:00:00"));
        QVERIFY(!built.parameters.contains(QStringLiteral("simplify")));
        QCOMPARE(built.parameters.value(QStringLiteral("format")), QStringLiteral("xml"));
    }

    void networkRequestHeaders()
    {
        const BuiltRequest built = buildRequest(vectorSettings(SignMethod::Md5), vectorRequest(),
                                                "s", QStringLiteral("2026-11-28 12:00:00"));
        const QNetworkRequest request = built.networkRequest();
        QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/x-www-form-urlencoded;charset=UTF-8"));
        const QByteArray agent = request.header(QNetworkRequest::UserAgentHeader).toByteArray();
        QVERIFY2(agent.startsWith("TokenDesk/"), agent.constData());
        QCOMPARE(request.url(), built.url);
    }

    void validation_data()
    {
        QTest::addColumn<TokenRequest>("request");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("valid") << vectorRequest() << QStringList();
        QTest::newRow("all empty") << TokenRequest()
                                   << QStringList({"op_tenant_code", "op_poi_id", "scene_code",
                                                   "usage_scene", "product_code"});
        TokenRequest spaces = vectorRequest();
        spaces.storeId = QStringLiteral("   \t ");
        QTest::newRow("blank store") << spaces << QStringList({"op_poi_id"});
        TokenRequest control = vectorRequest();
        control.sceneCode = QStringLiteral("s\n1");
        QTest::newRow("newline") << control << QStringList({"scene_code"});
        TokenRequest nul = vectorRequest();
        nul.productCode = QStringLiteral("oss") + QChar(0) + QStringLiteral("x");
        QTest::newRow("nul") << nul << QStringList({"product_code"});
        TokenRequest bidi = vectorRequest();
        bidi.tenantCode = QStringLiteral("t") + QChar(0x202E) + QStringLiteral("1");
        QTest::newRow("bidi override") << bidi << QStringList({"op_tenant_code"});
        TokenRequest longOne = vectorRequest();
        longOne.usageScene = QString(TokenRequest::MaxFieldLength + 1, QLatin1Char('u'));
        QTest::newRow("too long") << longOne << QStringList({"usage_scene"});
        TokenRequest longest = vectorRequest();
        longest.usageScene = QString(TokenRequest::MaxFieldLength, QChar(0x4E0A));
        QTest::newRow("longest allowed, CJK") << longest << QStringList();
        TokenRequest badOptional = vectorRequest();
        badOptional.token = QStringLiteral("a\tb");
        QTest::newRow("bad optional token") << badOptional << QStringList({"token"});
    }
    void validation()
    {
        QFETCH(TokenRequest, request);
        QFETCH(QStringList, fields);
        QStringList found;
        for (const FieldProblem &problem : request.validate()) {
            found << problem.field;
            QVERIFY(!problem.message.isEmpty());
        }
        QCOMPARE(found, fields);
    }

    void connectionSettingsValidation_data()
    {
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QString>("appKey");
        QTest::addColumn<int>("problems");
        QTest::addColumn<bool>("insecure");
        QTest::newRow("default") << "https://eco.taobao.com/router/rest"
                                 << "123" << 0 << false;
        QTest::newRow("http remote") << "http://gw.api.taobao.com/router/rest"
                                     << "1" << 0 << true;
        QTest::newRow("http loopback") << "http://127.0.0.1:9/router/rest"
                                       << "1" << 0 << false;
        QTest::newRow("http localhost") << "http://localhost:9/router/rest"
                                        << "1" << 0 << false;
        QTest::newRow("ftp") << "ftp://example.com/"
                             << "1" << 1 << false;
        QTest::newRow("no host") << "https:///router"
                                 << "1" << 1 << false;
        QTest::newRow("no key") << "https://eco.taobao.com/router/rest"
                                << "" << 1 << false;
        QTest::newRow("key with space") << "https://eco.taobao.com/router/rest"
                                        << "1 2" << 1 << false;
    }
    void connectionSettingsValidation()
    {
        QFETCH(QString, gateway);
        QFETCH(QString, appKey);
        QFETCH(int, problems);
        QFETCH(bool, insecure);
        ConnectionSettings settings;
        settings.gateway = QUrl(gateway);
        settings.appKey = appKey;
        QCOMPARE(settings.validate().size(), problems);
        QCOMPARE(settings.isInsecureGateway(), insecure);
    }

    // isLoopbackAddress() stands in for QHostAddress::isLoopback() so that the window need not
    // load QtNetwork to check a gateway; QHostAddress is the oracle, on hosts as QUrl gives them.
    void loopbackAddressAgreesWithQHostAddress_data()
    {
        QTest::addColumn<QString>("authority");
        for (const char *authority : {"127.0.0.1",
                                      "127.1.2.3",
                                      "127.255.255.255",
                                      "127.1",
                                      "2130706433",
                                      "128.0.0.1",
                                      "126.255.255.255",
                                      "10.0.0.1",
                                      "0.0.0.0",
                                      "[::1]",
                                      "[0:0:0:0:0:0:0:1]",
                                      "[::ffff:127.0.0.1]",
                                      "[::ffff:7f00:1]",
                                      "[::ffff:10.0.0.1]",
                                      "[::2]",
                                      "[::]",
                                      "[fe80::1]",
                                      "localhost",
                                      "example.com",
                                      "127.0.0.1.example.com",
                                      "0127.0.0.1",
                                      "127.000.000.001",
                                      "1.2.3.4.5",
                                      "256.0.0.1"}) {
            QTest::newRow(authority) << QString::fromLatin1(authority);
        }
    }
    void loopbackAddressAgreesWithQHostAddress()
    {
        QFETCH(QString, authority);
        const QString host = QUrl(QStringLiteral("http://") + authority + u'/').host();
        const QHostAddress address(host);
        QCOMPARE(isLoopbackAddress(host), !address.isNull() && address.isLoopback());
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
