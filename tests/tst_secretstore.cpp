// Secret stores without a keychain: the memory store, the QtKeychain error mapping, and
// profile storage in QSettings.
#include "appsettings.h"
#include "keychainsecretstore.h"
#include "profile.h"
#include "requestoptions.h"
#include "secretstoretest.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace TokenDesk;
using Outcome = SecretStore::Outcome;
using Operation = SecretStore::Operation;

Q_DECLARE_METATYPE(TokenDesk::SecretStore::Operation)

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryStoreRoundTrip()
    {
        MemorySecretStore store;
        auto read = [&store](const QString &name) {
            return TestSupport::awaitSecretStore(
                [&](QObject *c, auto done) { store.readSecret(name, c, done); });
        };
        QCOMPARE(read(QStringLiteral("p")).outcome, Outcome::NotFound);
        QVERIFY(read(QStringLiteral("p")).message.contains(QLatin1String("secret set --profile p")));
        QVERIFY(TestSupport::awaitSecretStore([&](QObject *c, auto done) {
                    store.writeSecret(QStringLiteral("p"), "one", c, done);
                }).ok());
        QCOMPARE(read(QStringLiteral("p")).secret, QByteArray("one"));
        QVERIFY(TestSupport::awaitSecretStore([&](QObject *c, auto done) {
                    store.writeSecret(QStringLiteral("p"), "two", c, done);
                }).ok());
        QCOMPARE(read(QStringLiteral("p")).secret, QByteArray("two"));
        QCOMPARE(read(QStringLiteral("other")).outcome, Outcome::NotFound);
        QVERIFY(TestSupport::awaitSecretStore([&](QObject *c, auto done) {
                    store.removeSecret(QStringLiteral("p"), c, done);
                }).ok());
        QCOMPARE(read(QStringLiteral("p")).outcome, Outcome::NotFound);
        QCOMPARE(TestSupport::awaitSecretStore([&](QObject *c, auto done) {
                     store.removeSecret(QStringLiteral("p"), c, done);
                 }).outcome,
                 Outcome::NotFound);
    }

    void callbackIsLaterAndGuardedByContext()
    {
        MemorySecretStore store;
        bool called = false;
        auto *context = new QObject;
        store.readSecret(QStringLiteral("p"), context,
                         [&called](const SecretStore::Result &) { called = true; });
        QVERIFY(!called); // never synchronous
        delete context;   // the caller went away before the answer
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void keychainFailureMapping_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("ok") << int(QKeychain::NoError) << Operation::Read << true << Outcome::Ok
                            << "";
        QTest::newRow("not found")
            << int(QKeychain::EntryNotFound) << Operation::Read << true << Outcome::NotFound
            << "tokendesk-cli secret set --profile prod";
        QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << Operation::Write
                                        << true << Outcome::Denied << "Unlock";
        QTest::newRow("denied, locked") << int(QKeychain::AccessDenied) << Operation::Read << true
                                        << Outcome::Denied << "locked";
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << Operation::Write
                                    << false << Outcome::Unavailable << "TOKENDESK_APP_SECRET";
        QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << Operation::Read
                                         << true << Outcome::Unavailable << "gnome-keyring";
        QTest::newRow("other, no bus") << int(QKeychain::OtherError) << Operation::Write << false
                                       << Outcome::Unavailable << "KWallet";
        QTest::newRow("other, bus up") << int(QKeychain::OtherError) << Operation::Remove << true
                                       << Outcome::Failed << "error 7";
        QTest::newRow("could not delete")
            << int(QKeychain::CouldNotDeleteEntry) << Operation::Remove << true << Outcome::Failed
            << "error 2";
    }
    void keychainFailureMapping()
    {
        QFETCH(int, code);
        QFETCH(Operation, operation);
        QFETCH(bool, reachable);
        QFETCH(Outcome, outcome);
        QFETCH(QString, mentions);
        const SecretStore::Result result =
            keychainFailure(code, operation, reachable, QStringLiteral("prod"));
        QCOMPARE(result.outcome, outcome);
        QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
        QVERIFY(result.secret.isEmpty());
    }

    void proxyPasswordMessagesNameIt_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not found")
            << int(QKeychain::EntryNotFound) << Operation::Read << true << "Settings";
        QTest::newRow("denied") << int(QKeychain::AccessDenied) << Operation::Write << true
                                << "store the proxy password in";
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << Operation::Read << true
                                    << "read the proxy password from";
        QTest::newRow("no bus") << int(QKeychain::OtherError) << Operation::Remove << false
                                << "remove the proxy password from";
    }
    void proxyPasswordMessagesNameIt()
    {
        // The proxy password shares the keychain with the app secrets; a message about it
        // must not send the user to fix an app secret.
        QFETCH(int, code);
        QFETCH(Operation, operation);
        QFETCH(bool, reachable);
        QFETCH(QString, mentions);
        const SecretStore::Result result =
            keychainFailure(code, operation, reachable, proxyPasswordKey());
        QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
        QVERIFY2(!result.message.contains("app secret"), qPrintable(result.message));
        QVERIFY2(!result.message.contains("TOKENDESK_APP_SECRET"), qPrintable(result.message));
        QVERIFY2(!result.message.contains("profile"), qPrintable(result.message));
    }

    void profileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "prod" << true;
        QTest::newRow("dots dashes") << "tenant-7.sandbox_2" << true;
        QTest::newRow("64") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("65") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("space") << "my prod" << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("leading dash") << "-rf" << false;
        QTest::newRow("leading dot") << ".hidden" << false;
        QTest::newRow("cjk") << "生产" << false;
        QTest::newRow("newline") << "a\nb" << false;
    }
    void profileNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(profileNameProblem(name).isEmpty(), valid);
    }

    void profileStoreRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        QVERIFY(store.names().isEmpty());
        Profile profile;
        profile.name = QStringLiteral("sandbox");
        profile.settings.gateway = QUrl(QStringLiteral("http://gw.api.tbsandbox.com/router/rest"));
        profile.settings.appKey = QStringLiteral("1234");
        profile.settings.signMethod = SignMethod::Md5;
        profile.settings.simplify = true;
        profile.lastRequest.tenantCode = QStringLiteral("租户-1");
        profile.lastRequest.token = QStringLiteral("must-not-persist");
        store.save(profile);
        Profile other = profile;
        other.name = QStringLiteral("Alpha");
        store.save(other);
        QCOMPARE(store.names(), QStringList({"Alpha", "sandbox"}));
        const auto loaded = store.load(QStringLiteral("sandbox"));
        QVERIFY(loaded);
        QCOMPARE(loaded->settings.gateway, profile.settings.gateway);
        QCOMPARE(loaded->settings.appKey, QStringLiteral("1234"));
        QCOMPARE(loaded->settings.signMethod, SignMethod::Md5);
        QVERIFY(loaded->settings.simplify);
        QCOMPARE(loaded->lastRequest.tenantCode, QStringLiteral("租户-1"));
        QVERIFY(loaded->lastRequest.token.isEmpty());
        QVERIFY(store.remove(QStringLiteral("sandbox")));
        QVERIFY(!store.remove(QStringLiteral("sandbox")));
        QCOMPARE(store.names(), QStringList({"Alpha"}));
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("must-not-persist"));
    }

    void commandLineOverridesProfile()
    {
        Profile profile;
        profile.name = QStringLiteral("p");
        profile.settings.gateway = QUrl(QStringLiteral("https://a.example/router/rest"));
        profile.settings.appKey = QStringLiteral("from-profile");
        profile.settings.signMethod = SignMethod::Md5;
        profile.settings.simplify = true;
        RequestOptions options;
        options.settings.appKey = QStringLiteral("from-cli");
        options.given = QStringList{QStringLiteral("app-key")};
        applyProfile(options, profile);
        QCOMPARE(options.settings.appKey, QStringLiteral("from-cli"));
        QCOMPARE(options.settings.gateway, profile.settings.gateway);
        QCOMPARE(options.settings.signMethod, SignMethod::Md5);
        QVERIFY(options.settings.simplify);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
