// The real tokendesk-cli under the pseudo-locale (every translation wrapped in ⟦…⟧), through
// every error class of the exit-code table: each message line it prints must be wrapped, so no
// message escaped the translator. Only the `[...]` detail (the gateway's own words), values and
// option names may stand outside the markers. Also: a missing or damaged translation file leaves
// the CLI in English with exactly one warning.
#include "hostilegateway.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace TestSupport;

namespace {

constexpr auto AppSecret = "pseudo-app-secret-3Kd9";
const QString Open = QStringLiteral("\u27e6");
const QString Close = QStringLiteral("\u27e7");

// This build's pseudo-locale, or another one's (made from an older build's .ts, with
// TOKENDESK_CLI_UNDER_TEST, to count what that build left unwrapped).
QString pseudoCatalogue()
{
    const QString other = qEnvironmentVariable("TOKENDESK_PSEUDO_CATALOGUE");
    return other.isEmpty()
        ? QStringLiteral(TOKENDESK_BUILD_DIR "/resources/translations/tokendesk_pseudo.qm")
        : other;
}

// The CLI under test: this build's, or another one's when TOKENDESK_CLI_UNDER_TEST names it.
QString cliPath()
{
    const QString other = qEnvironmentVariable("TOKENDESK_CLI_UNDER_TEST");
    return other.isEmpty() ? QStringLiteral(TOKENDESK_CLI_PATH) : other;
}

struct Run
{
    int exitCode = -1;
    QString err;
};

struct Setting
{
    bool withSecret = true;
    QString stdoutFile;        // e.g. /dev/full; empty: a pipe
    bool noSessionBus = false; // so that no keychain is reachable
};

Run runCli(const QStringList &arguments, const QString &catalogue, const Setting &setting)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TOKENDESK_APP_SECRET"));
    env.remove(QStringLiteral("TOKENDESK_LANGUAGE"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("TOKENDESK_TRANSLATION_FILE"), catalogue);
    if (setting.noSessionBus)
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent"));
    if (setting.withSecret)
        env.insert(QStringLiteral("TOKENDESK_APP_SECRET"), QLatin1String(AppSecret));
    // No profiles of the user's: a private configuration home.
    static QTemporaryDir home;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    process.setProcessEnvironment(env);
    if (!setting.stdoutFile.isEmpty())
        process.setStandardOutputFile(setting.stdoutFile);
    process.start(cliPath(), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    process.waitForFinished(1000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run runCli(const QStringList &arguments, const QString &catalogue, bool withSecret = true)
{
    Setting setting;
    setting.withSecret = withSecret;
    return runCli(arguments, catalogue, setting);
}

QStringList requestArgs(const QString &gateway)
{
    return {"fetch",  "--gateway", gateway, "--app-key", "12345678", "--tenant",
            "t-1",    "--store",   "poi-1", "--scene",   "s1",       "--usage-scene",
            "upload", "--product", "oss",   "--timeout", "10"};
}

QByteArray gatewayError(const QByteArray &code, const QByteArray &subCode = {},
                        const QByteArray &subMsg = {})
{
    QByteArray members = "\"code\":" + code + ",\"msg\":\"Gateway words\"";
    if (!subCode.isEmpty())
        members += ",\"sub_code\":\"" + subCode + "\"";
    if (!subMsg.isEmpty())
        members += ",\"sub_msg\":\"" + subMsg + "\"";
    return "{\"error_response\":{" + members + ",\"request_id\":\"gw-1\"}}";
}

QByteArray refusal(const QByteArray &message)
{
    return "{\"alibaba_security_deepvision_proxy_security_common_token_get_response\":{"
           "\"resp_code\":\"NO_PERMISSION\",\"resp_success\":false,\"message\":"
        + message + ",\"request_id\":\"gw-2\"}}";
}

// A port nothing listens on.
quint16 closedPort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ::bind(s, reinterpret_cast<sockaddr *>(&address), sizeof address);
    ::getsockname(s, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(s);
    return ntohs(address.sin_port);
}

// A listening socket that never accepts: the request goes out, no answer ever comes.
struct SilentServer
{
    SilentServer()
    {
        socket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        ::bind(socket, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(socket, 8);
        ::getsockname(socket, reinterpret_cast<sockaddr *>(&address), &length);
        port = ntohs(address.sin_port);
    }
    ~SilentServer() { ::close(socket); }
    int socket = -1;
    quint16 port = 0;
};

// The message part of a stderr line: without the program's name and the `[...]` detail.
QString messageOf(QString line)
{
    const QString prefix = QStringLiteral("tokendesk-cli: ");
    if (line.startsWith(prefix))
        line = line.mid(prefix.size());
    if (line.endsWith(QLatin1Char(']'))) {
        const qsizetype detail = line.lastIndexOf(QLatin1String(" ["));
        if (detail > 0)
            line = line.left(detail);
    }
    return line.trimmed();
}

// Wrapped: the whole message is one ⟦…⟧ (arguments inside it may be values or wrapped too).
bool isWrapped(const QString &message)
{
    return message.startsWith(Open) && message.endsWith(Close);
}

} // namespace

class TestPseudoLocaleCli : public QObject
{
    Q_OBJECT

private:
    int m_unwrapped = 0;
    int m_lines = 0;

    void expectWrapped(const Run &run, int exitCode)
    {
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty(), "no message at all");
        QStringList unwrapped;
        for (const QString &line : lines) {
            ++m_lines;
            if (!isWrapped(messageOf(line)))
                unwrapped << line;
        }
        m_unwrapped += int(unwrapped.size());
        QVERIFY2(
            unwrapped.isEmpty(),
            qPrintable(QStringLiteral("not translated:\n") + unwrapped.join(QLatin1Char('\n'))));
        QVERIFY2(!run.err.contains(QLatin1String(AppSecret)), "the app secret was printed");
        QCOMPARE(run.exitCode, exitCode);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(pseudoCatalogue()), qPrintable(pseudoCatalogue()));
    }

    void cleanupTestCase()
    {
        // The figure for the closing note of issue 14.
        qInfo("pseudo-locale: %d of %d message lines unwrapped", m_unwrapped, m_lines);
    }

    void gatewayAnswers_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("exitCode");

        const QByteArray ok = "200 OK";
        QTest::newRow("7 with ban")
            << ok
            << gatewayError("7", "accesscontrol.limited-by-app-access-count",
                            "This ban will last for 3600 more seconds")
            << 3;
        QTest::newRow("7 with a 1 s ban")
            << ok
            << gatewayError("7", "accesscontrol.limited-by-app-access-count",
                            "This ban will last for 1 more second")
            << 3;
        QTest::newRow("7 without ban") << ok << gatewayError("7") << 3;
        QTest::newRow("10") << ok << gatewayError("10") << 3;
        QTest::newRow("11 whitelist")
            << ok << gatewayError("11", "isv.permission-ip-whitelist-limit") << 3;
        QTest::newRow("11 permission")
            << ok << gatewayError("11", "isv.permission-api-package-limit") << 3;
        QTest::newRow("15 isp") << ok << gatewayError("15", "isp.remote-service-error") << 3;
        QTest::newRow("15 isv") << ok << gatewayError("15", "isv.invalid-parameter") << 3;
        QTest::newRow("50 isp") << ok << gatewayError("50", "isp.unknown-error") << 3;
        QTest::newRow("50") << ok << gatewayError("50") << 3;
        QTest::newRow("21") << ok << gatewayError("21") << 3;
        QTest::newRow("22") << ok << gatewayError("22") << 3;
        QTest::newRow("25") << ok << gatewayError("25") << 3;
        QTest::newRow("26") << ok << gatewayError("26") << 3;
        QTest::newRow("27") << ok << gatewayError("27") << 3;
        QTest::newRow("28") << ok << gatewayError("28") << 3;
        QTest::newRow("29") << ok << gatewayError("29") << 3;
        QTest::newRow("30") << ok << gatewayError("30") << 3;
        QTest::newRow("31") << ok << gatewayError("31") << 3;
        QTest::newRow("40 naming the field")
            << ok << gatewayError("40", "isv.missing-parameter", "Missing op_poi_id") << 3;
        QTest::newRow("41") << ok << gatewayError("41") << 3;
        QTest::newRow("43") << ok << gatewayError("43") << 3;
        QTest::newRow("unknown code") << ok << gatewayError("999") << 3;
        QTest::newRow("unknown code, isp") << ok << gatewayError("999", "isp.overload") << 3;
        QTest::newRow("non-numeric code") << ok << gatewayError("\"abc\"") << 3;
        QTest::newRow("resp_success false") << ok << refusal("\"no permission\"") << 3;
        QTest::newRow("resp_success false, no message") << ok << refusal("\"\"") << 3;
        QTest::newRow("HTTP 502") << QByteArray("502 Bad Gateway")
                                  << QByteArray("<html>bad gateway</html>") << 4;
        QTest::newRow("HTTP 404") << QByteArray("404 Not Found") << QByteArray("<html/>") << 4;
        QTest::newRow("HTTP 407") << QByteArray("407 Proxy Authentication Required")
                                  << QByteArray("<html/>") << 4;
        QTest::newRow("HTTP 500") << QByteArray("500 Internal Server Error") << QByteArray("oops")
                                  << 4;
        QTest::newRow("malformed") << ok << QByteArray("this is not json") << 5;
        QTest::newRow("truncated") << ok << QByteArray("{\"error_response\":{\"code\":") << 5;
        QTest::newRow("oversized") << ok << QByteArray(2 * 1024 * 1024, ' ') << 5;
        QTest::newRow("missing field")
            << ok
            << QByteArray("{\"alibaba_security_deepvision_proxy_security_common_token_get_"
                          "response\":{\"resp_code\":200,\"resp_success\":true,\"result\":{"
                          "\"access_key_id\":\"STS.x\"}}}")
            << 5;
        QTest::newRow("expired") << ok
                                 << credentialAnswer(quoted(
                                        isoUtc(QDateTime::currentDateTimeUtc().addSecs(-600))))
                                 << 5;
    }

    void gatewayAnswers()
    {
        QFETCH(QByteArray, status);
        QFETCH(QByteArray, body);
        QFETCH(int, exitCode);
        HostileAnswer answer = jsonAnswer(body);
        answer.status = status;
        HostileGateway gateway(answer);
        QVERIFY(gateway.isListening());
        expectWrapped(runCli(requestArgs(gateway.url()), pseudoCatalogue()), exitCode);
    }

    void connectionRefused()
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1/router/rest").arg(closedPort());
        expectWrapped(runCli(requestArgs(url), pseudoCatalogue()), 4);
    }

    void timeout()
    {
        SilentServer silent;
        const QString url = QStringLiteral("http://127.0.0.1:%1/router/rest").arg(silent.port);
        QStringList args = requestArgs(url);
        args.replace(args.size() - 1, QStringLiteral("1"));
        expectWrapped(runCli(args, pseudoCatalogue()), 4);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withSecret");
        const QString gw = QStringLiteral("http://127.0.0.1:9/router/rest");
        QStringList missingField = requestArgs(gw);
        missingField.remove(5, 2); // --tenant t-1
        QStringList missingFields = missingField;
        missingFields.remove(5, 2); // --store poi-1
        QTest::newRow("missing secret") << requestArgs(gw) << false;
        QTest::newRow("missing field") << missingField << true;
        QTest::newRow("missing fields") << missingFields << true;
        QTest::newRow("bad option") << (requestArgs(gw) << QStringLiteral("--bogus")) << true;
        QTest::newRow("option without its value")
            << (requestArgs(gw) << QStringLiteral("--request-id")) << true;
        QTest::newRow("value for a flag")
            << (requestArgs(gw) << QStringLiteral("--simplify=yes")) << true;
        QTest::newRow("bad sign method")
            << (requestArgs(gw) << QStringLiteral("--sign-method") << QStringLiteral("rsa"))
            << true;
        QTest::newRow("bad timeout")
            << (requestArgs(gw) << QStringLiteral("--timeout") << QStringLiteral("-1")) << true;
        QTest::newRow("bad gateway URL") << QStringList{
            "fetch", "--gateway", "notaurl", "--app-key", "12345678", "--tenant",
            "t",     "--store",   "s",       "--scene",   "c",        "--usage-scene",
            "u",     "--product", "p"} << true;
        QTest::newRow("unknown profile")
            << QStringList{"fetch", "--profile", "nobody", "--tenant", "t"} << true;
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << true;
        QTest::newRow("no command") << QStringList{} << true;
        QTest::newRow("policy explain, nothing required given")
            << QStringList{"policy", "explain"} << true;
        QTest::newRow("policy, bad option") << QStringList{"policy", "explain", "--bogus"} << true;
        QTest::newRow("profile add, bad option")
            << QStringList{"profile", "add", "x", "--bogus"} << true;
        QTest::newRow("secret, bad option") << QStringList{"secret", "status", "--bogus"} << true;
        QTest::newRow("configure-aliyun, no name") << QStringList{"configure-aliyun"} << true;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withSecret);
        const Run run = runCli(arguments, pseudoCatalogue(), withSecret);
        // "no command" also prints the usage on stdout; only stderr is checked here.
        expectWrapped(run, 2);
    }

    // Exit 6: the credential came, standard output could not take it.
    void outputNotWritten()
    {
        HostileGateway gateway(jsonAnswer(
            credentialAnswer(quoted(isoUtc(QDateTime::currentDateTimeUtc().addSecs(3600))))));
        QVERIFY(gateway.isListening());
        Setting full;
        full.stdoutFile = QStringLiteral("/dev/full");
        expectWrapped(runCli(requestArgs(gateway.url()), pseudoCatalogue(), full), 6);
    }

    // Exit 2 from the keychain: a profile whose secret cannot be read, no keychain reachable.
    void keychainUnreachable()
    {
        const Run added =
            runCli({"profile", "add", "pseudo", "--gateway", "https://eco.taobao.com/router/rest",
                    "--app-key", "12345678", "--replace"},
                   pseudoCatalogue());
        QCOMPARE(added.exitCode, 0);
        QStringList args = requestArgs(QString());
        args.remove(1, 4); // --gateway and --app-key: the profile's
        args << "--profile"
             << "pseudo";
        Setting noKeychain;
        noKeychain.withSecret = false;
        noKeychain.noSessionBus = true;
        expectWrapped(runCli(args, pseudoCatalogue(), noKeychain), 2);
    }

    // The same failure through the real simulator, which checks the signature as TOP does.
    void wrongSecretAtTheSimulator()
    {
        QProcess sim;
        sim.start(QStringLiteral(TOKENDESK_SIM_PATH), {"--port", "0"});
        QVERIFY(sim.waitForStarted(10000));
        QByteArray line;
        while (!line.contains('\n') && sim.waitForReadyRead(10000))
            line += sim.readAllStandardOutput();
        const QString url = QString::fromLatin1(line.mid(line.indexOf("http://")).trimmed());
        // The simulator's app 12345678 has another secret than AppSecret.
        expectWrapped(runCli(requestArgs(url), pseudoCatalogue()), 3);
        sim.terminate();
        sim.waitForFinished(3000);
    }

    // A catalogue that is missing or damaged: English, one warning, the error still told.
    void brokenCatalogue_data()
    {
        QTest::addColumn<QByteArray>("content"); // null: the file does not exist
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("garbage") << QByteArray("this is not a .qm file\n");
        QFile real(pseudoCatalogue());
        QVERIFY(real.open(QIODevice::ReadOnly));
        const QByteArray whole = real.readAll();
        QTest::newRow("truncated") << whole.left(whole.size() / 2);
        // Damage spread over the whole file, at a few strides, so offsets and lengths are hit.
        for (const int stride : {97, 211, 1009, 4099}) {
            QByteArray flipped = whole;
            for (qsizetype i = 20; i < flipped.size(); i += stride)
                flipped[i] = char(flipped[i] ^ 0x5a);
            QTest::newRow(qPrintable(QStringLiteral("bytes flipped every %1").arg(stride)))
                << flipped;
        }
    }

    void brokenCatalogue()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokendesk_broken.qm"));
        if (!content.isNull()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const Run run = runCli({"policy", "explain"}, path);
        QCOMPARE(run.exitCode, 2);
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList warnings = lines.filter(QStringLiteral("could not be loaded"));
        // A damaged file may still load (Qt checks little); then it must not blank the texts.
        if (content.isNull() || content.size() < 100 || content.startsWith("this")
            || !run.err.contains(Open)) {
            QCOMPARE(warnings.size(), 1);
            QVERIFY2(warnings.first().contains(path), qPrintable(run.err));
            QCOMPARE(lines.size(), 4); // the warning, the two missing options, where to read more
            QVERIFY2(run.err.contains(QLatin1String("--action ACTION is required.")),
                     qPrintable(run.err));
        }
        QVERIFY(warnings.size() <= 1);
        for (const QString &line : lines)
            QVERIFY2(!messageOf(line).remove(Open).remove(Close).trimmed().isEmpty(),
                     qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestPseudoLocaleCli)
#include "tst_pseudolocale_cli.moc"
