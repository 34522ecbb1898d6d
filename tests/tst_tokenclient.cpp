// The token client over real loopback HTTP against the gateway simulator.
#include "gatewaysimulator.h"
#include "tokenclient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;
using Scenario = GatewaySimulator::Scenario;

Q_DECLARE_METATYPE(TokenDesk::SignMethod)
Q_DECLARE_METATYPE(TokenDesk::WireFormat)
Q_DECLARE_METATYPE(TokenDesk::FetchError::Kind)

namespace {

constexpr auto AppKey = "12345678";
constexpr auto Secret = "test-secret";

TokenRequest demoRequest()
{
    TokenRequest request;
    request.tenantCode = QStringLiteral("t-1");
    request.storeId = QStringLiteral("poi-1");
    request.sceneCode = QStringLiteral("场景一");
    request.usageScene = QStringLiteral("upload");
    request.productCode = QStringLiteral("oss");
    request.requestId = QStringLiteral("req-42");
    return request;
}

} // namespace

class TestTokenClient : public QObject
{
    Q_OBJECT

private:
    GatewaySimulator *m_sim = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    TokenClient *m_client = nullptr;

    ConnectionSettings settings() const
    {
        ConnectionSettings s;
        s.gateway = m_sim->url();
        s.appKey = QLatin1String(AppKey);
        return s;
    }

    // Runs one fetch to its end and returns the one signal's spy index: 0 token, 1 failure.
    struct Outcome
    {
        bool ok = false;
        TokenResponse token;
        FetchError error;
        int retries = 0;
        qint64 elapsedMs = 0;
    };
    Outcome run(const ConnectionSettings &s, const TokenRequest &request = demoRequest(),
                const QByteArray &secret = Secret)
    {
        QSignalSpy tokens(m_client, &TokenClient::tokenReceived);
        QSignalSpy failures(m_client, &TokenClient::fetchFailed);
        QSignalSpy retries(m_client, &TokenClient::retrying);
        QElapsedTimer timer;
        timer.start();
        m_client->fetch(s, request, secret);
        // A fetch always ends within its own deadline; the margin is for a slow machine.
        [&] { QTRY_VERIFY_WITH_TIMEOUT(tokens.size() + failures.size() > 0, 30000); }();
        Outcome outcome;
        outcome.elapsedMs = timer.elapsed();
        outcome.retries = int(retries.size());
        // Exactly one answer, and it stays one.
        QTest::qWait(20);
        [&] { QCOMPARE(tokens.size() + failures.size(), 1); }();
        outcome.ok = !tokens.isEmpty();
        if (outcome.ok)
            outcome.token = tokens.first().first().value<TokenResponse>();
        else
            outcome.error = failures.first().first().value<FetchError>();
        return outcome;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = new GatewaySimulator(this);
        m_sim->addApp(QLatin1String(AppKey), Secret);
        QVERIFY(m_sim->listen());
        m_network = new QNetworkAccessManager(this);
        m_client = new TokenClient(m_network, this);
        m_client->setRetryBackoff(10ms);
    }
    void cleanup()
    {
        delete m_client;
        delete m_network;
        delete m_sim;
    }

    void everyShape_data()
    {
        QTest::addColumn<WireFormat>("format");
        QTest::addColumn<bool>("simplify");
        QTest::addColumn<SignMethod>("method");
        QTest::addColumn<QString>("expirationStyle");
        QTest::newRow("wrapped json, hmac-sha256, iso")
            << WireFormat::Json << false << SignMethod::HmacSha256 << "iso";
        QTest::newRow("simplified json, hmac, top")
            << WireFormat::Json << true << SignMethod::Hmac << "top";
        QTest::newRow("xml, md5, epoch") << WireFormat::Xml << false << SignMethod::Md5 << "epoch";
        QTest::newRow("xml ignores simplify, epoch-ms")
            << WireFormat::Xml << true << SignMethod::HmacSha256 << "epoch-ms";
    }
    void everyShape()
    {
        QFETCH(WireFormat, format);
        QFETCH(bool, simplify);
        QFETCH(SignMethod, method);
        QFETCH(QString, expirationStyle);
        m_sim->setExpirationStyle(expirationStyle);
        ConnectionSettings s = settings();
        s.format = format;
        s.simplify = simplify;
        s.signMethod = method;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Outcome outcome = run(s);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.oneLine()));
        const SecurityToken &c = outcome.token.credential;
        QVERIFY(c.accessKeyId.startsWith(QLatin1String("STS.")));
        QVERIFY(c.accessKeySecret.size() >= 30);
        QVERIFY(c.securityToken.size() >= 100);
        QCOMPARE(c.tenantCode, QStringLiteral("t-1"));
        QCOMPARE(c.fieldId, QStringLiteral("poi-1"));
        QCOMPARE(c.sceneCode, QStringLiteral("场景一"));
        QCOMPARE(c.productCode, QStringLiteral("oss"));
        QVERIFY(c.endPointPublic.startsWith(QLatin1String("https://")));
        QVERIFY(!c.endPointInternal.isEmpty());
        QVERIFY(c.expiration.isValid());
        const qint64 lifetime = before.secsTo(c.expiration);
        QVERIFY2(lifetime > 3500 && lifetime <= 3601, qPrintable(QString::number(lifetime)));
        QVERIFY(c.policy.statements.size() >= 2);
        QCOMPARE(outcome.token.respRequestId, QStringLiteral("req-42"));
        QVERIFY(!outcome.token.requestId.isEmpty());
        QCOMPARE(outcome.retries, 0);
        QVERIFY(!m_client->isBusy());
    }

    void failures_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<FetchError::Kind>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("attempts");
        QTest::newRow("business refusal")
            << Scenario::BusinessRefusal << FetchError::Kind::Refused << 3 << "" << 1;
        QTest::newRow("invalid arguments, no retry")
            << Scenario::InvalidArguments << FetchError::Kind::Gateway << 3 << "41" << 1;
        QTest::newRow("unavailable, retried twice")
            << Scenario::Unavailable << FetchError::Kind::Gateway << 3 << "10" << 3;
        QTest::newRow("isp error, retried twice")
            << Scenario::IspError << FetchError::Kind::Gateway << 3 << "15" << 3;
        QTest::newRow("502 html, retried twice")
            << Scenario::Http502Html << FetchError::Kind::Network << 4 << "" << 3;
        QTest::newRow("truncated body")
            << Scenario::TruncatedBody << FetchError::Kind::Malformed << 5 << "" << 1;
        QTest::newRow("oversized body")
            << Scenario::OversizedBody << FetchError::Kind::Malformed << 5 << "" << 1;
        QTest::newRow("closed without answer, retried twice")
            << Scenario::CloseWithoutAnswer << FetchError::Kind::Network << 4 << "" << 3;
        QTest::newRow("redirect to another address")
            << Scenario::RedirectToHttp << FetchError::Kind::Network << 4 << "" << 1;
    }
    void failures()
    {
        QFETCH(Scenario, scenario);
        QFETCH(FetchError::Kind, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        QFETCH(int, attempts);
        m_sim->setScenario(scenario);
        const Outcome outcome = run(settings());
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, kind);
        QCOMPARE(outcome.error.exitCode(), exitCode);
        QCOMPARE(outcome.error.gateway.code, code);
        QCOMPARE(outcome.error.attempts, attempts);
        // Qt may resend once by itself when a kept-alive connection closes under a request.
        QVERIFY(m_sim->requestCount() >= attempts);
        QVERIFY(!outcome.error.message.isEmpty());
        const QString line = outcome.error.oneLine();
        QVERIFY(!line.contains(QLatin1Char('\n')));
        QVERIFY(!line.contains(QLatin1String(Secret)));
        if (kind == FetchError::Kind::Gateway) {
            QVERIFY(line.contains(QLatin1String("code=") + code));
            QVERIFY(line.contains(QLatin1String("request_id=")));
        }
    }

    void transientFailuresAreRetried_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::newRow("503 once") << Scenario::Http503Once;
        QTest::newRow("code 10 once") << Scenario::UnavailableOnce;
        QTest::newRow("same-origin redirect") << Scenario::RedirectSameOrigin;
    }
    void transientFailuresAreRetried()
    {
        QFETCH(Scenario, scenario);
        m_sim->setScenario(scenario);
        const Outcome outcome = run(settings());
        QVERIFY2(outcome.ok, qPrintable(outcome.error.oneLine()));
        QCOMPARE(outcome.retries, scenario == Scenario::RedirectSameOrigin ? 0 : 1);
    }

    void wrongSecretIsNotRetried()
    {
        const Outcome outcome = run(settings(), demoRequest(), "not-the-secret");
        QCOMPARE(outcome.error.kind, FetchError::Kind::Gateway);
        QCOMPARE(outcome.error.gateway.code, QStringLiteral("25"));
        QCOMPARE(outcome.error.attempts, 1);
        QVERIFY(!outcome.error.gateway.hint.isEmpty());
        QVERIFY(!outcome.error.oneLine().contains(QLatin1String("not-the-secret")));
    }

    void unknownAppKey()
    {
        ConnectionSettings s = settings();
        s.appKey = QStringLiteral("99999999");
        const Outcome outcome = run(s);
        QCOMPARE(outcome.error.gateway.code, QStringLiteral("29"));
        QCOMPARE(outcome.error.exitCode(), 3);
    }

    void shortBanIsWaitedOut()
    {
        m_sim->setScenario(Scenario::RateLimited);
        m_sim->setBanSeconds(1);
        const Outcome outcome = run(settings());
        // The ban never lifts in this scenario, so after waiting twice the client reports it.
        QCOMPARE(outcome.error.gateway.code, QStringLiteral("7"));
        QCOMPARE(outcome.error.gateway.banSeconds, 1);
        QCOMPARE(outcome.error.attempts, 3);
        QVERIFY2(outcome.elapsedMs >= 2000, qPrintable(QString::number(outcome.elapsedMs)));
    }

    void longBanIsReportedAtOnce()
    {
        m_sim->setScenario(Scenario::RateLimited);
        m_sim->setBanSeconds(120);
        const Outcome outcome = run(settings());
        QCOMPARE(outcome.error.gateway.code, QStringLiteral("7"));
        QCOMPARE(outcome.error.attempts, 1);
        QVERIFY(outcome.error.message.contains(QLatin1String("120")));
    }

    void clockSkewIsCorrectedOnce()
    {
        m_sim->setScenario(Scenario::ClockSkew);
        m_sim->setClockSkewSeconds(900);
        QSignalSpy skews(m_client, &TokenClient::clockSkewDetected);
        const Outcome outcome = run(settings());
        QVERIFY2(outcome.ok, qPrintable(outcome.error.oneLine()));
        QCOMPARE(skews.size(), 1);
        const qint64 skew = skews.first().first().toLongLong();
        QVERIFY2(qAbs(skew - 900) <= 5, qPrintable(QString::number(skew)));
        QCOMPARE(m_sim->requestCount(), 2);
    }

    void ourClockFarOffIsCorrected()
    {
        // The same from the other side: our clock is a day behind.
        m_client->setClock([] { return QDateTime::currentDateTimeUtc().addDays(-1); });
        QSignalSpy skews(m_client, &TokenClient::clockSkewDetected);
        const Outcome outcome = run(settings());
        QVERIFY2(outcome.ok, qPrintable(outcome.error.oneLine()));
        QCOMPARE(skews.size(), 1);
        QVERIFY(qAbs(skews.first().first().toLongLong() - 86400) <= 5);
    }

    void slowAnswerHitsTheDeadline()
    {
        m_sim->setScenario(Scenario::SlowAnswer);
        m_sim->setSlowDelayMs(20000);
        m_client->setTimeout(400ms);
        const Outcome outcome = run(settings());
        QCOMPARE(outcome.error.kind, FetchError::Kind::Network);
        QCOMPARE(outcome.error.exitCode(), 4);
        QVERIFY(outcome.error.message.contains(QLatin1String("0.4")));
        QVERIFY2(outcome.elapsedMs < 10000, qPrintable(QString::number(outcome.elapsedMs)));
    }

    void refusedConnectionIsRetriedThenReported()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        ConnectionSettings s = settings();
        s.gateway = QUrl(QStringLiteral("http://127.0.0.1:%1/router/rest").arg(port));
        const Outcome outcome = run(s);
        QCOMPARE(outcome.error.kind, FetchError::Kind::Network);
        QCOMPARE(outcome.error.attempts, 3);
        QCOMPARE(outcome.retries, 2);
        QVERIFY(outcome.error.message.contains(QString::number(port)));
    }

    void cancelInFlight()
    {
        m_sim->setScenario(Scenario::SlowAnswer);
        QSignalSpy failures(m_client, &TokenClient::fetchFailed);
        QSignalSpy handled(m_sim, &GatewaySimulator::requestHandled);
        m_client->fetch(settings(), demoRequest(), Secret);
        QVERIFY(m_client->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 1, 5000);
        m_client->cancel();
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().first().value<FetchError>().kind, FetchError::Kind::Cancelled);
        QVERIFY(!m_client->isBusy());
        m_client->cancel(); // idle: nothing more
        QCOMPARE(failures.size(), 1);
    }

    void invalidInputFailsWithoutSending()
    {
        TokenRequest request = demoRequest();
        request.tenantCode.clear();
        const Outcome outcome = run(settings(), request);
        QCOMPARE(outcome.error.kind, FetchError::Kind::InvalidInput);
        QCOMPARE(outcome.error.exitCode(), 2);
        QVERIFY(outcome.error.message.contains(QLatin1String("op_tenant_code")));
        QCOMPARE(m_sim->requestCount(), 0);

        const Outcome noSecret = run(settings(), demoRequest(), QByteArray());
        QCOMPARE(noSecret.error.kind, FetchError::Kind::InvalidInput);
    }

    void secondFetchCancelsTheFirst()
    {
        m_sim->setScenario(Scenario::SlowAnswer);
        QSignalSpy tokens(m_client, &TokenClient::tokenReceived);
        QSignalSpy failures(m_client, &TokenClient::fetchFailed);
        QSignalSpy handled(m_sim, &GatewaySimulator::requestHandled);
        m_client->fetch(settings(), demoRequest(), Secret);
        QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 1, 5000); // the first is in flight
        m_sim->setScenario(Scenario::Normal);
        m_client->fetch(settings(), demoRequest(), Secret);
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().first().value<FetchError>().kind, FetchError::Kind::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 1, 10000);
        QCOMPARE(failures.size(), 1);
    }

    void fetchReplacedBeforeItWasSent()
    {
        QSignalSpy tokens(m_client, &TokenClient::tokenReceived);
        QSignalSpy failures(m_client, &TokenClient::fetchFailed);
        m_client->fetch(settings(), demoRequest(), Secret);
        m_client->fetch(settings(), demoRequest(), Secret);
        QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 1, 10000);
        QCOMPARE(failures.size(), 1);
        QCOMPARE(m_sim->requestCount(), 1); // the replaced fetch never went out
    }
};

QTEST_GUILESS_MAIN(TestTokenClient)
#include "tst_tokenclient.moc"
