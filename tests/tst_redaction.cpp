// Tests of the request inspector's redaction: no secret survives in any spelling, reports hold
// what support needs and never the app secret.
#include "redaction.h"
#include "requestbuilder.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace TokenDesk;

namespace {

const QString KeySecret = "kS3cr/t+Val=ue/With/Slashes";
const QString Token = "CAIS8gF1q6Ft5B2yfSjIr5bnJ/34rLtPz4aGNlTTWlTMbc/pp+Hk2Tz2IHhMf3NuAe0Y"
                      "sf8+lWtQ5/0TlqZ9QplMaRnvFK9sTkUZ3Lpv9Ldmp+jT0Q==";
const QString AppSecret = "app-secret-9f2c4e7d";

// Undoes every encoding the redactor understands, repeatedly, so a test can ask whether any
// piece of a secret is still readable.
QString decodeAll(QString text)
{
    for (int round = 0; round < 3; ++round) {
        static const QRegularExpression unicodeEscape("\\\\+u([0-9a-fA-F]{4})");
        QString out;
        qsizetype last = 0;
        auto it = unicodeEscape.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += text.mid(last, m.capturedStart() - last);
            out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
            last = m.capturedEnd();
        }
        out += text.mid(last);
        text = out;
        text.replace(QRegularExpression("\\\\+/"), "/");
        text.replace(QRegularExpression("\\\\+\""), "\"");
        text.replace("&amp;", "&").replace("&#x2F;", "/").replace("&#47;", "/");
        text.replace("&#43;", "+").replace("&#x3D;", "=");
        text = QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
    }
    return text;
}

QString jsonEscapeSlashes(QString s)
{
    return s.replace("/", "\\/");
}

QString unicodeEscapeAll(const QString &s, bool upper)
{
    QString out;
    for (const QChar c : s)
        out += QString("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return upper ? out.toUpper().replace("\\U", "\\u") : out;
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsNeverSurvive_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("marks"); // how many redactions are expected
        const QString wrapped = "{\"x_response\":{\"result\":{\"access_key_id\":\"STS.id\","
                                "\"access_key_secret\":\"%1\",\"token\":\"%2\"},\"request_id\":"
                                "\"r1\"}}";
        QTest::newRow("plain json") << wrapped.arg(KeySecret, Token) << 2;
        QTest::newRow("slashes escaped")
            << wrapped.arg(jsonEscapeSlashes(KeySecret), jsonEscapeSlashes(Token)) << 2;
        QTest::newRow("all unicode escaped, lower")
            << wrapped.arg(unicodeEscapeAll(KeySecret, false), unicodeEscapeAll(Token, false)) << 2;
        QTest::newRow("all unicode escaped, upper")
            << wrapped.arg(unicodeEscapeAll(KeySecret, true), unicodeEscapeAll(Token, true)) << 2;
        QString mixed = KeySecret;
        mixed.replace("/", "\\u002F").replace("+", "\\u002b");
        QTest::newRow("mixed escapes") << wrapped.arg(mixed, Token) << 2;
        QTest::newRow("doubly escaped (json inside json)") << wrapped.arg(
            QString(KeySecret).replace("/", "\\\\\\/"), QString(Token).replace("/", "\\\\/"))
                                                           << 2;
        QString xmlSecret = KeySecret;
        xmlSecret.replace("/", "&#x2F;").replace("+", "&#43;");
        QTest::newRow("xml entities") << "<r><access_key_secret>" + xmlSecret
                + "</access_key_secret><token>" + Token + "</token></r><!--top-->"
                                      << 2;
        QTest::newRow("percent-encoded")
            << "url=https://h/p?x=" + QString::fromLatin1(QUrl::toPercentEncoding(Token)) << 1;
        QTest::newRow("repeated") << KeySecret + " " + KeySecret + KeySecret + "\n" + Token << 4;
        QTest::newRow("truncated token at the end")
            << "{\"token\":\"" + Token.left(Token.size() / 2) << 1;
        QTest::newRow("five-character prefix") << "x" + KeySecret.left(5) + "y" << 1;
        QTest::newRow("prefix cut by an escape boundary")
            << "\"" + jsonEscapeSlashes(Token.left(30)) << 1;
    }
    void secretsNeverSurvive()
    {
        QFETCH(QString, body);
        QFETCH(int, marks);
        const QString redacted = redactResponseBody(body.toUtf8(), {KeySecret, Token, QString()});
        QCOMPARE(redacted.count(redactionMark()), marks);
        const QString decoded = decodeAll(redacted);
        for (const QString &secret : {KeySecret, Token}) {
            QVERIFY2(!redacted.contains(secret.left(5)), qPrintable(redacted));
            QVERIFY2(!decoded.contains(secret.left(5)), qPrintable(decoded));
        }
    }

    void surroundingsKept()
    {
        const QByteArray body = "{\"access_key_secret\":\"" + KeySecret.toUtf8()
            + "\",\"access_key_id\":\"STS.keep-me\",\"token\":\"" + Token.toUtf8() + "\"}";
        QCOMPARE(redactResponseBody(body, {KeySecret, Token}),
                 QString("{\"access_key_secret\":\"••••(redacted)\",\"access_key_id\":"
                         "\"STS.keep-me\",\"token\":\"••••(redacted)\"}"));
        QCOMPARE(redactionMark(), QString("••••(redacted)"));
    }

    void shortPieceKept()
    {
        // Up to four characters of a secret's start are not worth hiding (and would hide "CAIS"
        // everywhere); a fifth is.
        const QString body = "abc " + Token.left(4) + " def";
        QCOMPARE(redactResponseBody(body.toUtf8(), {Token}), body);
    }

    void extraSecretsAndNoSecrets()
    {
        const QByteArray body = "{\"field_id\":\"poi-1\",\"other\":\"extra-value-1\"}";
        QCOMPARE(redactResponseBody(body, {}), QString::fromUtf8(body));
        QCOMPARE(redactResponseBody(body, {QString(), QString()}), QString::fromUtf8(body));
        QCOMPARE(redactResponseBody(body, {"extra-value-1"}),
                 QString("{\"field_id\":\"poi-1\",\"other\":\"••••(redacted)\"}"));
        // A short secret is still redacted where it appears whole.
        QCOMPARE(redactResponseBody("a-xy-b", {"xy"}), QString("a-••••(redacted)-b"));
    }

    void nonAsciiSecret()
    {
        const QString secret = "密钥/秘密-value";
        const QByteArray escaped = "\"\\u5bc6\\u94a5\\/\\u79d8\\u5bc6-value\"";
        QCOMPARE(redactResponseBody(escaped, {secret}), QString("\"••••(redacted)\""));
        QCOMPARE(redactResponseBody(secret.toUtf8(), {secret}), redactionMark());
    }

    void hostileBodiesStayFast_data()
    {
        QTest::addColumn<QByteArray>("body");
        const int size = 1024 * 1024; // the client's cap on a response body
        QTest::newRow("backslashes") << QByteArray(size, '\\');
        QTest::newRow("ampersands") << QByteArray(size, '&');
        QTest::newRow("percent signs") << QByteArray(size, '%');
        QTest::newRow("secret starts over and over") << Token.left(4).toUtf8().repeated(size / 4);
        QTest::newRow("escaped starts") << QByteArray("\\u0043").repeated(size / 7);
    }
    void hostileBodiesStayFast()
    {
        QFETCH(QByteArray, body);
        QElapsedTimer timer;
        timer.start();
        const QString redacted = redactResponseBody(body, {KeySecret, Token, AppSecret});
        QVERIFY(!redacted.isEmpty());
        // A hang guard, not a benchmark: quadratic scanning takes minutes here.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void prettyParam_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("keeps key order")
            << "{\"product_code\":\"oss\",\"scene_code\":\"s1\",\"op_tenant_code\":\"t-1\"}"
            << "{\n  \"product_code\": \"oss\",\n  \"scene_code\": \"s1\",\n"
               "  \"op_tenant_code\": \"t-1\"\n}";
        QTest::newRow("nested and empty")
            << "{\"a\":[1,{\"b\":{}}],\"c\":[]}"
            << "{\n  \"a\": [\n    1,\n    {\n      \"b\": {}\n    }\n  ],\n  \"c\": []\n}";
        QTest::newRow("strings untouched") << "{\"s\":\"a,b:{c} [d] \\\"e\\\\\"}"
                                           << "{\n  \"s\": \"a,b:{c} [d] \\\"e\\\\\"\n}";
        QTest::newRow("unicode as is") << "{\"scene_code\":\"场景一\"}"
                                       << "{\n  \"scene_code\": \"场景一\"\n}";
        QTest::newRow("already pretty") << "{\n    \"a\" :  1\n}"
                                        << "{\n  \"a\": 1\n}";
        QTest::newRow("not json") << "not {json"
                                  << "not {json";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("truncated json") << "{\"a\":"
                                        << "{\"a\":";
    }
    void prettyParam()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TokenDesk::prettyParam(input), expected);
    }

    void reportHoldsSignAndParamButNoAppSecret()
    {
        ConnectionSettings settings;
        settings.gateway = QUrl("https://eco.taobao.com/router/rest");
        settings.appKey = "12345678";
        TokenRequest request;
        request.tenantCode = "t-1";
        request.storeId = "poi-1";
        request.sceneCode = "s1";
        request.usageScene = "upload";
        request.productCode = "oss";
        request.requestId = "req-42";
        const QDateTime sent = QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC);
        const BuiltRequest built = buildRequest(settings, request, AppSecret.toUtf8(), sent);

        // The app secret is never a parameter: only the signature computed from it is.
        QVERIFY(built.parameters.contains("sign"));
        for (auto it = built.parameters.cbegin(); it != built.parameters.cend(); ++it) {
            QVERIFY2(!it.value().contains(AppSecret), qPrintable(it.key()));
            QVERIFY(!it.key().contains(AppSecret));
        }
        QVERIFY(!built.url.toString().contains(AppSecret));
        QVERIFY(!built.body.contains(AppSecret.toUtf8()));

        const QByteArray answer =
            "{\"result\":{\"access_key_id\":\"STS.x\",\"access_key_secret\":\""
            + jsonEscapeSlashes(KeySecret).toUtf8() + "\",\"token\":\"" + Token.toUtf8()
            + "\"},\"resp_success\":true,\"request_id\":\"gw-7\"}";
        RequestRecord record;
        record.sentAt = sent;
        record.url = built.url; // with its query: the report must drop it
        record.parameters = built.parameters;
        record.httpStatus = 200;
        record.elapsedMs = 137;
        record.gatewayRequestId = "gw-7";
        record.redactedBody = redactResponseBody(answer, {KeySecret, Token}).toUtf8();
        QVERIFY(!record.redactedBody.contains(KeySecret.left(5).toUtf8()));

        const QString report = redactedReport(record);
        QVERIFY(!report.contains(AppSecret));
        QVERIFY(!decodeAll(report).contains(KeySecret.left(5)));
        QVERIFY(!decodeAll(report).contains(Token.left(5)));
        QVERIFY2(report.startsWith("POST https://eco.taobao.com/router/rest\n"), qPrintable(report));
        QVERIFY(report.contains("sent: 2026-11-28T04:00:00.000Z\n"));
        QVERIFY(report.contains("  sign = " + built.parameters.value("sign") + "\n"));
        QVERIFY(report.contains("  app_key = 12345678\n"));
        QVERIFY(report.contains("  param =\n    {\n      \"product_code\": \"oss\",\n"));
        QVERIFY(report.contains("\"request_id\": \"req-42\""));
        QVERIFY(report.contains("http_status: 200\n"));
        QVERIFY(report.contains("elapsed: 137 ms\n"));
        QVERIFY(report.contains("request_id: gw-7\n"));
        QVERIFY(report.contains("response (redacted):\n"));
        QVERIFY(report.contains("\"access_key_secret\":\"••••(redacted)\""));
        QVERIFY(report.endsWith('\n'));
        // Status, timing and request id come after every parameter, the answer last.
        QVERIFY(report.indexOf("  v = 2.0") < report.indexOf("http_status:"));
        QVERIFY(report.indexOf("request_id: gw-7") < report.indexOf("response (redacted)"));
        // The query (which carries the parameters again) is not repeated in the URL line.
        QVERIFY(!report.section('\n', 0, 0).contains('?'));
    }

    void reportWithoutAnswer()
    {
        RequestRecord record;
        record.url = QUrl("https://user:pw@eco.taobao.com/router/rest?sign=X#f");
        record.parameters.insert("param", "not json");
        const QString report = redactedReport(record);
        QVERIFY2(report.startsWith("POST https://eco.taobao.com/router/rest\n"), qPrintable(report));
        QVERIFY(report.contains("  param =\n    not json\n"));
        QVERIFY(report.contains("http_status: none\n"));
        QVERIFY(report.contains("elapsed: unknown\n"));
        QVERIFY(report.contains("request_id: none\n"));
        QVERIFY(!report.contains("pw"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
