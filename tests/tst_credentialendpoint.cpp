// Tests of CredentialEndpoint: its pure parts (Host check, capability path, bodies) and the
// endpoint itself over real loopback HTTP, with a CallbackCredentialSource the test answers.
#include "credentialendpoint.h"
#include "loopbackhttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace TokenDesk;
using namespace TestSupport;

namespace {

constexpr int WaitMs = 15000;

TokenResponse credential(const QString &id, const QDateTime &expiration)
{
    TokenResponse response;
    response.credential.accessKeyId = id;
    response.credential.accessKeySecret = QStringLiteral("ks-") + id + QStringLiteral("-\"q\\");
    response.credential.securityToken = QStringLiteral("CAIS-token-of-") + id;
    response.credential.expiration = expiration;
    response.credential.expirationText = expiration.toString(Qt::ISODate);
    return response;
}

FetchError refused()
{
    FetchError error;
    error.kind = FetchError::Kind::Gateway;
    error.message = QStringLiteral("The gateway refused the request.");
    error.gateway.code = QStringLiteral("25");
    error.gateway.msg = QStringLiteral("Invalid signature");
    return error;
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

class TestCredentialEndpoint : public QObject
{
    Q_OBJECT

private:
    int m_starts = 0;
    std::unique_ptr<CallbackCredentialSource> m_source;
    std::unique_ptr<RefreshingCredential> m_credential;
    std::unique_ptr<CredentialEndpoint> m_endpoint;

    quint16 port() const { return quint16(m_endpoint->uri().port()); }
    QByteArray path() const { return m_endpoint->uri().path().toLatin1(); }
    QByteArray host() const { return "127.0.0.1:" + QByteArray::number(port()); }
    HttpReply get(const QByteArray &extra = {})
    {
        return httpExchange(port(), httpRequest("GET", path(), host(), extra));
    }

private Q_SLOTS:
    void init()
    {
        m_starts = 0;
        m_source = std::make_unique<CallbackCredentialSource>([this] { ++m_starts; });
        m_credential = std::make_unique<RefreshingCredential>(m_source.get());
        m_endpoint = std::make_unique<CredentialEndpoint>(m_credential.get());
        QVERIFY(m_endpoint->listen());
    }
    void cleanup()
    {
        m_endpoint.reset();
        m_credential.reset();
        m_source.reset();
    }

    // --- pure parts ---------------------------------------------------------------------------

    void loopbackHost_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("127.0.0.1:PORT") << QByteArray("127.0.0.1:8123") << true;
        QTest::newRow("localhost:PORT") << QByteArray("localhost:8123") << true;
        QTest::newRow("LOCALHOST:PORT") << QByteArray("LocalHost:8123") << true;
        QTest::newRow("[::1]:PORT") << QByteArray("[::1]:8123") << true;
        QTest::newRow("surrounding blanks") << QByteArray(" 127.0.0.1:8123 ") << true;
        QTest::newRow("evil.com:PORT") << QByteArray("evil.com:8123") << false;
        QTest::newRow("localhost.evil.com:PORT") << QByteArray("localhost.evil.com:8123") << false;
        QTest::newRow("evil127.0.0.1:PORT") << QByteArray("evil127.0.0.1:8123") << false;
        QTest::newRow("wrong port") << QByteArray("127.0.0.1:8124") << false;
        QTest::newRow("port prefix") << QByteArray("127.0.0.1:18123") << false;
        // The Python credentials SDK sends the bare name; the name is what stops rebinding.
        QTest::newRow("no port") << QByteArray("127.0.0.1") << true;
        QTest::newRow("localhost, no port") << QByteArray("localhost") << true;
        QTest::newRow("[::1], no port") << QByteArray("[::1]") << true;
        QTest::newRow("evil.com, no port") << QByteArray("evil.com") << false;
        QTest::newRow("::1 without brackets") << QByteArray("::1:8123") << false;
        QTest::newRow("other loopback address") << QByteArray("127.0.0.2:8123") << false;
        QTest::newRow("0.0.0.0") << QByteArray("0.0.0.0:8123") << false;
        QTest::newRow("userinfo") << QByteArray("evil.com@127.0.0.1:8123") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("port only") << QByteArray(":8123") << false;
    }
    void loopbackHost()
    {
        QFETCH(QByteArray, host);
        QFETCH(bool, accepted);
        QCOMPARE(isLoopbackHost(host, 8123), accepted);
    }

    void capabilityPath_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("minChars"); // base64url characters after the slash
        QTest::newRow("default") << 256 << 43;
        QTest::newRow("128 bits") << 128 << 22;
        QTest::newRow("fewer asked: still 128") << 64 << 22;
        QTest::newRow("odd size") << 136 << 23;
    }
    void capabilityPath()
    {
        QFETCH(int, bits);
        QFETCH(int, minChars);
        static const QRegularExpression shape(QStringLiteral("^/[A-Za-z0-9_-]+$"));
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString path = bits == 256 ? newCapabilityPath() : newCapabilityPath(bits);
            QVERIFY2(shape.match(path).hasMatch(), qPrintable(path));
            QVERIFY2(path.size() - 1 >= minChars, qPrintable(path));
            // Decodes to at least 128 bits.
            const QByteArray raw =
                QByteArray::fromBase64(path.mid(1).toLatin1(), QByteArray::Base64UrlEncoding);
            QVERIFY(raw.size() * 8 >= 128);
            seen.insert(path);
        }
        QCOMPARE(seen.size(), 200);
    }

    void listenGivesNewPathEachTime()
    {
        const QUrl first = m_endpoint->uri();
        QCOMPARE(first.scheme(), "http");
        QCOMPARE(first.host(), "127.0.0.1");
        QVERIFY(first.port() > 0);
        QVERIFY(first.path().size() > 40);
        m_endpoint->close();
        QVERIFY(m_endpoint->uri().isEmpty());
        QVERIFY(m_endpoint->listen());
        QVERIFY(m_endpoint->uri().path() != first.path());
    }

    void browserRequest_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("browser");
        QTest::newRow("origin") << QByteArray("origin") << true;
        QTest::newRow("sec-fetch-site") << QByteArray("sec-fetch-site") << true;
        QTest::newRow("sec-fetch-mode") << QByteArray("sec-fetch-mode") << true;
        QTest::newRow("user-agent") << QByteArray("user-agent") << false;
        QTest::newRow("referer") << QByteArray("x-forwarded-for") << false;
    }
    void browserRequest()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, browser);
        HttpRequest request;
        request.method = "GET";
        request.target = "/x";
        request.headers.append({QByteArray("host"), QByteArray("127.0.0.1:1")});
        QVERIFY(!isBrowserRequest(request));
        request.headers.append({name, QByteArray("cross-site")});
        QCOMPARE(isBrowserRequest(request), browser);
    }

    void credentialsBody_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same clock") << qint64(0) << "2026-11-28T12:00:00Z";
        // The gateway runs 90 s ahead: the SDK compares with this machine's clock.
        QTest::newRow("gateway ahead") << qint64(90) << "2026-11-28T11:58:30Z";
        QTest::newRow("gateway behind") << qint64(-30) << "2026-11-28T12:00:30Z";
    }
    void credentialsBody()
    {
        QFETCH(qint64, offset);
        QFETCH(QString, expected);
        const TokenResponse response =
            credential("STS.id", QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
        const QByteArray body = credentialsUriBody(response, offset);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(
            json.keys(),
            QStringList({"AccessKeyId", "AccessKeySecret", "Code", "Expiration", "SecurityToken"}));
        QCOMPARE(json.value("Code").toString(), "Success");
        QCOMPARE(json.value("AccessKeyId").toString(), "STS.id");
        QCOMPARE(json.value("AccessKeySecret").toString(), "ks-STS.id-\"q\\");
        QCOMPARE(json.value("SecurityToken").toString(), "CAIS-token-of-STS.id");
        QCOMPARE(json.value("Expiration").toString(), expected);
        QVERIFY(body.indexOf("\"Code\"") < body.indexOf("\"AccessKeyId\""));
    }

    void failureBodyNamesFailure_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("gateway") << int(FetchError::Kind::Gateway) << "RefreshFailed.Gateway";
        QTest::newRow("refused") << int(FetchError::Kind::Refused) << "RefreshFailed.Refused";
        QTest::newRow("network") << int(FetchError::Kind::Network) << "RefreshFailed.Network";
        QTest::newRow("malformed")
            << int(FetchError::Kind::Malformed) << "RefreshFailed.InvalidResponse";
        QTest::newRow("invalid input")
            << int(FetchError::Kind::InvalidInput) << "RefreshFailed.InvalidInput";
    }
    void failureBodyNamesFailure()
    {
        QFETCH(int, kind);
        QFETCH(QString, code);
        FetchError error = refused();
        error.kind = FetchError::Kind(kind);
        error.message = QStringLiteral("Something \"quoted\" failed.");
        const QJsonObject json = QJsonDocument::fromJson(failureBody(error)).object();
        QCOMPARE(json.keys(), QStringList({"Code", "Message"}));
        QCOMPARE(json.value("Code").toString(), code);
        QVERIFY2(json.value("Message").toString().contains("Something \"quoted\" failed."),
                 qPrintable(json.value("Message").toString()));
    }

    void logLine()
    {
        EndpointRequest request;
        request.method = "GET";
        request.status = 200;
        request.detail = QStringLiteral("credential, expires in 3540 s");
        request.micros = 300;
        QCOMPARE(formatEndpointRequest(request), "GET 200 credential, expires in 3540 s (0.3 ms)");
        request.method = QByteArray(100, 'X'); // a hostile method is cut short
        QVERIFY(formatEndpointRequest(request).startsWith(QString(16, 'X') + " 200"));
    }

    // --- over loopback ------------------------------------------------------------------------

    void answersHeldCredential()
    {
        const QDateTime expiry = nowUtc().addSecs(3600);
        m_credential->hold(credential("STS.held", expiry), 0);
        QSignalSpy answered(m_endpoint.get(), &CredentialEndpoint::requestAnswered);
        const HttpReply reply = get();
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("content-type").startsWith("application/json"));
        QCOMPARE(reply.header("cache-control"), "no-store");
        const QJsonObject json = reply.json();
        QCOMPARE(json.value("Code").toString(), "Success");
        QCOMPARE(json.value("AccessKeyId").toString(), "STS.held");
        QCOMPARE(json.value("SecurityToken").toString(), "CAIS-token-of-STS.held");
        QCOMPARE(QDateTime::fromString(json.value("Expiration").toString(), Qt::ISODate),
                 expiry.addMSecs(-expiry.time().msec()));
        QCOMPARE(m_starts, 0);
        QCOMPARE(answered.size(), 1);
        const auto entry = answered.at(0).at(0).value<EndpointRequest>();
        QCOMPARE(entry.status, 200);
        QVERIFY(entry.credentialPath);
        QCOMPARE(entry.method, "GET");
        QCOMPARE(m_endpoint->answered(), 1);
        QVERIFY(m_endpoint->lastRequestAt().isValid());
        // The log entry holds no secret and not the path.
        const QString line = formatEndpointRequest(entry);
        QVERIFY(!line.contains("ks-STS") && !line.contains("CAIS"));
        QVERIFY(!line.contains(m_endpoint->uri().path().mid(1)));
        // A query string does not change the path.
        QCOMPARE(httpExchange(port(), httpRequest("GET", path() + "?x=1", host())).status, 200);
        // The other loopback names in Host are accepted.
        for (const QByteArray &name : {QByteArray("localhost:"), QByteArray("[::1]:")}) {
            const HttpReply other =
                httpExchange(port(), httpRequest("GET", path(), name + QByteArray::number(port())));
            QCOMPARE(other.status, 200);
        }
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target"); // "PATH" is the endpoint's path
        QTest::addColumn<QByteArray>("host");   // "HOST" is 127.0.0.1:PORT, "PORT" the port
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<int>("status");
        QTest::newRow("wrong path")
            << QByteArray("GET") << QByteArray("/") << QByteArray("HOST") << QByteArray() << 404;
        QTest::newRow("path prefix") << QByteArray("GET") << QByteArray("PATH-x")
                                     << QByteArray("HOST") << QByteArray() << 404;
        QTest::newRow("path, trailing slash") << QByteArray("GET") << QByteArray("PATH/")
                                              << QByteArray("HOST") << QByteArray() << 404;
        QTest::newRow("POST") << QByteArray("POST") << QByteArray("PATH") << QByteArray("HOST")
                              << QByteArray("Content-Length: 0\r\n") << 405;
        QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray("PATH") << QByteArray("HOST")
                                << QByteArray() << 405;
        QTest::newRow("foreign Host") << QByteArray("GET") << QByteArray("PATH")
                                      << QByteArray("evil.com:PORT") << QByteArray() << 403;
        QTest::newRow("foreign Host, wrong path")
            << QByteArray("GET") << QByteArray("/") << QByteArray("evil.com:PORT") << QByteArray()
            << 403;
        QTest::newRow("Host, wrong port") << QByteArray("GET") << QByteArray("PATH")
                                          << QByteArray("127.0.0.1:1") << QByteArray() << 403;
        QTest::newRow("Origin") << QByteArray("GET") << QByteArray("PATH") << QByteArray("HOST")
                                << QByteArray("Origin: http://evil.com\r\n") << 403;
        QTest::newRow("Sec-Fetch-Mode")
            << QByteArray("GET") << QByteArray("PATH") << QByteArray("HOST")
            << QByteArray("Sec-Fetch-Mode: no-cors\r\n") << 403;
    }
    void refusals()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, extra);
        QFETCH(int, status);
        m_credential->hold(credential("STS.held", nowUtc().addSecs(3600)), 0);
        target.replace("PATH", path());
        host.replace("HOST", this->host()).replace("PORT", QByteArray::number(port()));
        QSignalSpy answered(m_endpoint.get(), &CredentialEndpoint::requestAnswered);
        const HttpReply reply = httpExchange(port(), httpRequest(method, target, host, extra));
        QCOMPARE(reply.status, status);
        // No refusal carries the credential.
        QVERIFY(!reply.body.contains("STS.held") && !reply.body.contains("ks-STS"));
        if (status == 405)
            QCOMPARE(reply.header("allow"), "GET");
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.at(0).at(0).value<EndpointRequest>().status, status);
        // And the endpoint still serves a proper request.
        QCOMPARE(get().status, 200);
    }

    void malformedRequestGets400()
    {
        m_credential->hold(credential("STS.held", nowUtc().addSecs(3600)), 0);
        QSignalSpy answered(m_endpoint.get(), &CredentialEndpoint::requestAnswered);
        const HttpReply reply = httpExchange(port(), "THIS IS NOT HTTP\r\n\r\n");
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.body.contains("STS.held"));
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.at(0).at(0).value<EndpointRequest>().status, 400);
        QVERIFY(m_endpoint->isListening());
        QCOMPARE(get().status, 200);
    }

    void failureWithNothingHeldGives503()
    {
        // Nothing held, and the source fails whenever asked.
        m_credential.reset();
        m_endpoint.reset();
        m_source = std::make_unique<CallbackCredentialSource>([this] {
            ++m_starts;
            m_source->fail(refused());
        });
        m_credential = std::make_unique<RefreshingCredential>(m_source.get());
        m_endpoint = std::make_unique<CredentialEndpoint>(m_credential.get());
        QVERIFY(m_endpoint->listen());

        for (int i = 0; i < 3; ++i) {
            const HttpReply reply = get();
            QCOMPARE(reply.status, 503);
            QVERIFY(reply.header("content-type").startsWith("application/json"));
            const QJsonObject json = reply.json();
            QCOMPARE(json.value("Code").toString(), "RefreshFailed.Gateway");
            QVERIFY2(json.value("Message").toString().contains("refused"), reply.body.constData());
            QVERIFY(m_endpoint->isListening());
        }
        // Three requests inside the failure hold: one upstream fetch.
        QCOMPARE(m_starts, 1);
        // The endpoint goes on answering the other checks as before.
        QCOMPARE(httpExchange(port(), httpRequest("GET", "/", host())).status, 404);
    }

    void concurrentRequestsShareOneFetch_data()
    {
        QTest::addColumn<bool>("heldBefore");
        QTest::newRow("held credential in its margin") << true;
        QTest::newRow("nothing held") << false;
    }
    void concurrentRequestsShareOneFetch()
    {
        QFETCH(bool, heldBefore);
        // 100 s left of a 3600 s credential: inside the 300 s margin, so the next request
        // refreshes, and every request waits for that refresh.
        if (heldBefore) {
            m_credential->hold(credential("STS.old", nowUtc().addSecs(3600)), 0);
            m_credential->setClock([] { return nowUtc().addSecs(3500); });
        }
        constexpr int N = 16;
        const auto exchanges = startExchanges(N, port(), httpRequest("GET", path(), host()));
        QVERIFY(QTest::qWaitFor([this] { return m_starts == 1 && m_source->isPending(); }, WaitMs));
        // Every client has sent its request before the fetch ends. (If the server had not
        // read some of them yet, those would find the new credential fresh: still one fetch.)
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto &exchange : exchanges) {
                    if (!exchange->requestWritten())
                        return false;
                }
                return true;
            },
            WaitMs));
        for (const auto &exchange : exchanges)
            QVERIFY(!exchange->isDone()); // nobody is answered before the refresh ends
        QCOMPARE(m_endpoint->answered(), 0);

        m_source->deliver(credential("STS.new", nowUtc().addSecs(7200)), 0);
        QVERIFY(waitForAll(exchanges));
        for (const auto &exchange : exchanges) {
            QCOMPARE(exchange->reply().status, 200);
            QCOMPARE(exchange->reply().json().value("AccessKeyId").toString(), "STS.new");
        }
        QCOMPARE(m_starts, 1);
        QCOMPARE(m_credential->upstreamFetches(), 1);
        QCOMPARE(m_endpoint->answered(), N);
    }

    void clientGoneBeforeAnswer()
    {
        // A client that hangs up while its request waits for a refresh does not break the
        // endpoint when the answer comes.
        {
            HttpExchange gone(port(), httpRequest("GET", path(), host()));
            QVERIFY(QTest::qWaitFor([&] { return m_starts == 1; }, WaitMs));
        }
        m_source->deliver(credential("STS.new", nowUtc().addSecs(3600)), 0);
        QCOMPARE(get().status, 200);
        QCOMPARE(m_starts, 1);
    }
};

QTEST_GUILESS_MAIN(TestCredentialEndpoint)
#include "tst_credentialendpoint.moc"
