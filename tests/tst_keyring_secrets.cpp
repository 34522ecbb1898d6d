// KeychainSecretStore against a real Secret Service (gnome-keyring in a private session bus,
// started by packaging/with-test-keyring.sh, which CTest wraps around this test).
#include "keychainsecretstore.h"
#include "secretstoretest.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace TokenDesk;
using Outcome = SecretStore::Outcome;

class TestKeyringSecrets : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_store;
    // A fresh profile name per run, so a leftover entry can never make a test pass.
    QString m_profile =
        QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);

    SecretStore::Result read()
    {
        return TestSupport::awaitSecretStore(
            [this](QObject *c, auto done) { m_store.readSecret(m_profile, c, done); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Run outside the harness, this test would silently test nothing: refuse instead.
        QVERIFY2(qEnvironmentVariableIsSet("TOKENDESK_TEST_KEYRING"),
                 "run through packaging/with-test-keyring.sh (ctest does this)");
        QVERIFY(keychainServiceReachable());
    }

    void storeReadOverwriteClear()
    {
        QCOMPARE(read().outcome, Outcome::NotFound);

        const QByteArray first("s3cret with spaces, 'quotes' \"and\" 租户 \\ $HOME");
        QVERIFY(TestSupport::awaitSecretStore([&](QObject *c, auto done) {
                    m_store.writeSecret(m_profile, first, c, done);
                }).ok());
        SecretStore::Result result = read();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.secret, first);

        const QByteArray second("second-secret");
        QVERIFY(TestSupport::awaitSecretStore([&](QObject *c, auto done) {
                    m_store.writeSecret(m_profile, second, c, done);
                }).ok());
        QCOMPARE(read().secret, second);

        QVERIFY(TestSupport::awaitSecretStore([&](QObject *c, auto done) {
                    m_store.removeSecret(m_profile, c, done);
                }).ok());
        result = read();
        QCOMPARE(result.outcome, Outcome::NotFound);
        QVERIFY(result.message.contains(m_profile));
    }

    void entryIsTheAppsOwnService()
    {
        // What other tools see: QtKeychain files it under server=app id, user=profile name.
        QVERIFY(TestSupport::awaitSecretStore([&](QObject *c, auto done) {
                    m_store.writeSecret(m_profile, "visible", c, done);
                }).ok());
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                      KeychainSecretStore::serviceName()});
        if (!lookup.waitForStarted(5000))
            QSKIP("secret-tool is not installed (package libsecret-tools)");
        QVERIFY(lookup.waitForFinished(10000));
        const QByteArray out = lookup.readAllStandardOutput() + lookup.readAllStandardError();
        QVERIFY2(out.contains(m_profile.toUtf8()), out.constData());
        QVERIFY(TestSupport::awaitSecretStore([&](QObject *c, auto done) {
                    m_store.removeSecret(m_profile, c, done);
                }).ok());
    }

    void removingNothingIsNotFound()
    {
        const SecretStore::Result result =
            TestSupport::awaitSecretStore([this](QObject *c, auto done) {
                m_store.removeSecret(m_profile + QStringLiteral("-none"), c, done);
            });
        QVERIFY(result.outcome == Outcome::NotFound || result.ok());
    }
};

QTEST_GUILESS_MAIN(TestKeyringSecrets)
#include "tst_keyring_secrets.moc"
