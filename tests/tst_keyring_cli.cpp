// tokendesk-cli profiles and secrets through the real keychain (private session bus and
// throwaway gnome-keyring from packaging/with-test-keyring.sh), the keychain-unavailable path,
// and a search of every place a secret could leak to after a full flow (fetch in every format,
// configure-aliyun, exec and serve).
#include "cliprocess.h"
#include "credentialformatter.h"
#include "loopbackhttp.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace TestSupport;

namespace {

QByteArray randomSecret(const char *prefix)
{
    return QByteArray(prefix) + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
}

} // namespace

class TestKeyringCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // HOME, XDG_CONFIG_HOME and XDG_CACHE_HOME of every CLI run here
    QByteArray m_appSecret = randomSecret("app-secret-");
    QDateTime m_started = QDateTime::currentDateTime().addSecs(-1);

    QProcessEnvironment env() const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("HOME"), m_home.path());
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        return e;
    }
    CliResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(arguments, input, env());
    }
    QStringList requestArgs() const
    {
        return {QStringLiteral("--tenant"),      QStringLiteral("t-1"),
                QStringLiteral("--store"),       QStringLiteral("poi-1"),
                QStringLiteral("--scene"),       QStringLiteral("s1"),
                QStringLiteral("--usage-scene"), QStringLiteral("upload"),
                QStringLiteral("--product"),     QStringLiteral("oss")};
    }

    // Every regular file under `root` (modified since the test started, when `recentOnly`)
    // that contains any of `needles`.
    QStringList filesContaining(const QString &root, const QByteArrayList &needles,
                                bool recentOnly) const
    {
        QStringList hits;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info(path);
            if (recentOnly && info.lastModified() < m_started)
                continue;
            if (info.size() > 64 * 1024 * 1024)
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QByteArray &needle : needles) {
                if (content.contains(needle))
                    hits << path;
            }
        }
        return hits;
    }

    // The commands that hand the credential to other tools (configure-aliyun, exec, serve),
    // with the secret in the keychain: none prints it, and the credentials they hand on join
    // `needles` for the search of the disk.
    void handOnCredential(QByteArrayList &needles)
    {
        CliResult r = cli(QStringList{QStringLiteral("configure-aliyun"), QStringLiteral("--name"),
                                      QStringLiteral("flow"), QStringLiteral("--profile"),
                                      QStringLiteral("flow")}
                          + requestArgs());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains(m_appSecret) && !r.err.contains(m_appSecret));
        QVERIFY(QFileInfo::exists(m_home.filePath(QStringLiteral(".aliyun/config.json"))));

        r = cli(
            QStringList{QStringLiteral("exec"), QStringLiteral("--profile"), QStringLiteral("flow")}
            + requestArgs() + QStringList{QStringLiteral("--"), QStringLiteral("env")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains(m_appSecret) && !r.err.contains(m_appSecret));
        QVERIFY(!r.out.contains("TOKENDESK_APP_SECRET="));
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.startsWith("ALIBABA_CLOUD_ACCESS_KEY_SECRET=")
                || line.startsWith("ALIBABA_CLOUD_SECURITY_TOKEN="))
                needles << line.mid(line.indexOf('=') + 1);
        }
        QCOMPARE(needles.size(), 5);
        QVERIFY(!r.err.contains(needles[3]) && !r.err.contains(needles[4]));

        QProcess serve;
        QProcessEnvironment serveEnv = QProcessEnvironment::systemEnvironment();
        serveEnv.remove(QStringLiteral("TOKENDESK_APP_SECRET"));
        serveEnv.insert(env());
        serve.setProcessEnvironment(serveEnv);
        serve.start(QStringLiteral(TOKENDESK_CLI_PATH),
                    QStringList{QStringLiteral("serve"), QStringLiteral("--profile"),
                                QStringLiteral("flow")}
                        + requestArgs());
        QVERIFY(QTest::qWaitFor(
            [&] { return serve.canReadLine() || serve.state() == QProcess::NotRunning; }, 30000));
        const QUrl uri(QString::fromLatin1(serve.readLine().trimmed().split('=').value(1)));
        QVERIFY2(uri.isValid() && uri.port() > 0, serve.readAllStandardError().constData());
        const HttpReply reply =
            httpExchange(quint16(uri.port()),
                         httpRequest("GET", uri.path().toLatin1(),
                                     "127.0.0.1:" + QByteArray::number(uri.port())));
        QCOMPARE(reply.status, 200);
        needles << reply.json().value(QStringLiteral("AccessKeySecret")).toString().toUtf8()
                << reply.json().value(QStringLiteral("SecurityToken")).toString().toUtf8();
        serve.terminate();
        QVERIFY(QTest::qWaitFor([&] { return serve.state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(serve.exitCode(), 0);
        const QByteArray served = serve.readAllStandardOutput() + serve.readAllStandardError();
        for (const QByteArray &needle : std::as_const(needles))
            QVERIFY(!served.contains(needle));
        QCOMPARE(needles.size(), 7);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("TOKENDESK_TEST_KEYRING"),
                 "run through packaging/with-test-keyring.sh (ctest does this)");
        QVERIFY(m_home.isValid());
    }

    void profileRoundTrip()
    {
        SimProcess sim({}, [this] {
            QProcessEnvironment e;
            e.insert(QStringLiteral("TOKENDESK_SIM_APPS"),
                     QStringLiteral("12345678:") + QString::fromLatin1(m_appSecret));
            return e;
        }());
        QVERIFY(sim.isRunning());

        // No profile yet: nothing on standard output for scripts, a hint for people.
        CliResult r = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.contains("profile add"), r.err.constData());

        r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("trip"),
                 QStringLiteral("--gateway"), sim.gateway(), QStringLiteral("--app-key"),
                 QStringLiteral("12345678"), QStringLiteral("--sign-method"),
                 QStringLiteral("hmac")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("trip"),
                 QStringLiteral("--gateway"), sim.gateway(), QStringLiteral("--app-key"),
                 QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2); // exists; --replace needed
        QVERIFY(r.err.contains("--replace"));

        r = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(r.out, QByteArray("trip\n"));

        // No secret yet: a fetch says how to store one.
        r = cli(QStringList{QStringLiteral("fetch"), QStringLiteral("--profile"),
                            QStringLiteral("trip")}
                + requestArgs());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("secret set --profile trip"), r.err.constData());
        r = cli({QStringLiteral("secret"), QStringLiteral("status"), QStringLiteral("--profile"),
                 QStringLiteral("trip")});
        QCOMPARE(r.exitCode, 1);

        r = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--profile"),
                 QStringLiteral("trip")},
                m_appSecret + "\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(m_appSecret) && !r.err.contains(m_appSecret));
        r = cli({QStringLiteral("secret"), QStringLiteral("status"), QStringLiteral("--profile"),
                 QStringLiteral("trip")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("trip")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("sign_method: hmac\n"));
        QVERIFY(r.out.contains("secret:      stored"));
        QVERIFY(!r.out.contains(m_appSecret));

        r = cli(QStringList{QStringLiteral("fetch"), QStringLiteral("--profile"),
                            QStringLiteral("trip")}
                + requestArgs());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out)
                    .object()
                    .value(QStringLiteral("access_key_id"))
                    .toString()
                    .startsWith(QLatin1String("STS.")));

        // A command-line option beats the profile: a wrong app key is refused by the gateway.
        r = cli(QStringList{QStringLiteral("fetch"), QStringLiteral("--profile"),
                            QStringLiteral("trip"), QStringLiteral("--app-key"),
                            QStringLiteral("99999999")}
                + requestArgs());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("code=29"));

        r = cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("trip")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(r.out, QByteArray());
        // The keychain entry went with it: a new profile of the same name starts empty.
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("trip"),
                      QStringLiteral("--gateway"), sim.gateway(), QStringLiteral("--app-key"),
                      QStringLiteral("1")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("status"),
                      QStringLiteral("--profile"), QStringLiteral("trip")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("trip")})
                     .exitCode,
                 0);
    }

    void keychainUnavailable()
    {
        QCOMPARE(
            cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nobus"),
                 QStringLiteral("--gateway"), QStringLiteral("https://eco.taobao.com/router/rest"),
                 QStringLiteral("--app-key"), QStringLiteral("1")})
                .exitCode,
            0);
        const QString settingsDir = m_home.filePath(QStringLiteral("config"));
        const QStringList before = filesContaining(settingsDir, {QByteArray("nobus")}, false);

        QProcessEnvironment noBus = env();
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("<unset>"));
        noBus.insert(QStringLiteral("DISPLAY"), QStringLiteral("<unset>"));
        noBus.insert(QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("<unset>"));
        const QByteArray secret = randomSecret("nobus-secret-");
        QElapsedTimer timer;
        timer.start();
        const CliResult r = runCli({QStringLiteral("secret"), QStringLiteral("set"),
                                    QStringLiteral("--profile"), QStringLiteral("nobus")},
                                   secret + "\n", noBus, 20000);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        // "Within a few seconds": far below the 10 s job timeout, since nothing is there to wait for.
        QVERIFY2(elapsed < 8000, qPrintable(QString::number(elapsed)));
        QVERIFY2(r.err.contains("gnome-keyring") && r.err.contains("TOKENDESK_APP_SECRET"),
                 r.err.constData());
        QVERIFY(!r.err.contains(secret));
        // It wrote nothing: the settings are as they were and the secret is nowhere.
        QCOMPARE(filesContaining(settingsDir, {QByteArray("nobus")}, false), before);
        QCOMPARE(filesContaining(m_home.path(), {secret}, false), QStringList());
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("status"),
                      QStringLiteral("--profile"), QStringLiteral("nobus")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("nobus")})
                     .exitCode,
                 0);
    }

    void noSecretLeaksAfterFullFlow()
    {
        QProcessEnvironment simEnv;
        simEnv.insert(QStringLiteral("TOKENDESK_SIM_APPS"),
                      QStringLiteral("12345678:") + QString::fromLatin1(m_appSecret));
        SimProcess sim({}, simEnv);
        QVERIFY(sim.isRunning());
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("flow"),
                      QStringLiteral("--gateway"), sim.gateway(), QStringLiteral("--app-key"),
                      QStringLiteral("12345678")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--profile"),
                      QStringLiteral("flow")},
                     m_appSecret + "\n")
                     .exitCode,
                 0);

        QByteArrayList needles{m_appSecret};
        for (const QString &format : TokenDesk::exportFormatNames()) {
            const CliResult r =
                cli(QStringList{QStringLiteral("fetch"), QStringLiteral("--profile"),
                                QStringLiteral("flow"), QStringLiteral("-o"), format}
                    + requestArgs());
            QVERIFY2(r.exitCode == 0,
                     qPrintable(format + QLatin1Char(' ') + QString::fromUtf8(r.err)));
            QVERIFY(!r.out.contains(m_appSecret));
            if (format == QLatin1String("json")) {
                const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
                needles << doc.value(QStringLiteral("access_key_secret")).toString().toUtf8()
                        << doc.value(QStringLiteral("token")).toString().toUtf8();
            }
        }
        QCOMPARE(needles.size(), 3);
        QVERIFY(needles[1].size() >= 20 && needles[2].size() >= 100);
        handOnCredential(needles);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("flow")})
                     .exitCode,
                 0);

        QStringList hits;
        hits << filesContaining(m_home.path(), needles,
                                false); // HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME
        hits << filesContaining(QStringLiteral(TOKENDESK_BUILD_DIR "/Testing/Temporary"), needles,
                                true);
        // Temp files anyone wrote while this test ran, including the throwaway keyring's folder.
        hits << filesContaining(QDir::tempPath(), needles, true);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestKeyringCli)
#include "tst_keyring_cli.moc"
