// ModuleNetworkBackend, the window's side of the network module: with the real module built
// beside the window it loads it and fetches from the module's demo gateway over loopback; with a
// missing module or one from another build every request fails with words that name the file
// and say what to do, and nothing crashes.
#include "appsettings.h"
#include "connectionsettings.h"
#include "modulenetworkbackend.h"
#include "secretstore.h"
#include "tokenrequest.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace TokenDesk;

namespace {

TokenRequest sampleRequest()
{
    return {"t-1", "poi-1", "s1", "upload", "oss", TokenRequest::newRequestId(), {}};
}

struct Outcome
{
    std::optional<TokenResponse> token;
    std::optional<FetchError> error;
    bool done() const { return token || error; }
};

Outcome fetchOnce(NetworkBackend &backend, const ConnectionSettings &settings,
                  const QByteArray &secret)
{
    Outcome outcome;
    std::unique_ptr<TokenFetcher> fetcher = backend.createFetcher();
    TokenFetcher::Handlers handlers;
    handlers.tokenReceived = [&](const TokenResponse &response) { outcome.token = response; };
    handlers.fetchFailed = [&](const FetchError &error) { outcome.error = error; };
    fetcher->setHandlers(std::move(handlers));
    fetcher->setTimeout(std::chrono::seconds(20));
    fetcher->fetch(settings, sampleRequest(), secret);
    if (!QTest::qWaitFor([&] { return outcome.done(); }, 30000))
        qWarning("the fetch never ended");
    return outcome;
}

} // namespace

class TestModuleNetworkBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theBuiltModuleFetches()
    {
        ModuleNetworkBackend backend(QStringLiteral(TOKENDESK_NETWORK_MODULE));
        QVERIFY(!backend.isLoaded());
        AppSettings noProxy;
        noProxy.proxyMode = AppSettings::ProxyMode::None;
        backend.applyProxy(noProxy, QString()); // remembered; no reason to load
        QVERIFY(!backend.isLoaded());

        QObject owner;
        const QByteArray secret = "module-test-secret";
        const DemoGateway gateway = backend.startDemoGateway("12345678", secret, &owner);
        QVERIFY2(gateway.simulator, qPrintable(gateway.error + backend.loadError()));
        QVERIFY(backend.isLoaded());
        QCOMPARE(gateway.url.host(), QStringLiteral("127.0.0.1"));

        ConnectionSettings settings;
        settings.gateway = gateway.url;
        settings.appKey = "12345678";
        const Outcome outcome = fetchOnce(backend, settings, secret);
        QVERIFY2(outcome.token, outcome.error ? qPrintable(outcome.error->message) : "no answer");
        QVERIFY(outcome.token->credential.accessKeyId.startsWith("STS."));

        // The keychain goes to the module's (QtKeychain) and answers, whatever it says here.
        SecretStore *keychain = backend.keychain();
        std::optional<SecretStore::Result> read;
        keychain->readSecret("tst-module-absent", &owner,
                             [&](const SecretStore::Result &result) { read = result; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY(read->outcome != SecretStore::Outcome::Ok); // nothing is stored under that name
    }

    void aMissingModuleFailsInWords_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/libtokendesk-network.so")
                                 << QStringLiteral("the file is missing");
        QTest::newRow("not a library")
            << QStringLiteral(TOKENDESK_NOT_A_LIBRARY) << QStringLiteral(TOKENDESK_NOT_A_LIBRARY);
        QTest::newRow("another build") << QStringLiteral(TOKENDESK_OTHER_BUILD_MODULE)
                                       << QStringLiteral("it is not this version's");
    }
    void aMissingModuleFailsInWords()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("could not load its network module"));
        ModuleNetworkBackend backend(path);
        QVERIFY(!backend.load());
        QVERIFY(!backend.isLoaded());
        const QString problem = backend.loadError();
        QVERIFY2(problem.contains(path), qPrintable(problem));
        QVERIFY2(problem.contains("Reinstall TokenDesk"), qPrintable(problem));
        QVERIFY2(problem.contains(reason), qPrintable(problem));

        ConnectionSettings settings;
        settings.gateway = QUrl("http://127.0.0.1:9/router/rest");
        settings.appKey = "12345678";
        const Outcome outcome = fetchOnce(backend, settings, "secret");
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->message, problem);

        QObject owner;
        const DemoGateway gateway = backend.startDemoGateway("12345678", "secret", &owner);
        QVERIFY(!gateway.simulator);
        QCOMPARE(gateway.error, problem);

        std::unique_ptr<CredentialServer> server = backend.createCredentialServer({});
        QVERIFY(!server->start(TokenResponse(), 0));
        QCOMPARE(server->errorString(), problem);

        std::optional<SecretStore::Result> read;
        backend.keychain()->readSecret("p", &owner,
                                       [&](const SecretStore::Result &result) { read = result; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->outcome, SecretStore::Outcome::Unavailable);
        QCOMPARE(read->message, problem);
    }
};

QTEST_GUILESS_MAIN(TestModuleNetworkBackend)
#include "tst_modulenetworkbackend.moc"
