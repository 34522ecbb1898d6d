// End-to-end tests of the tokendesk-cli binary against the tokendesk-gateway-sim binary and a
// canned loopback server: arguments, output formats, exit codes, error lines.
#include "cliprocess.h"
#include "hostilegateway.h"
#include "minihttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

constexpr auto Secret = "test-secret";

QStringList requestArgs(const QString &gateway)
{
    return {
        QStringLiteral("fetch"),     QStringLiteral("--gateway"), gateway,
        QStringLiteral("--app-key"), QStringLiteral("12345678"),  QStringLiteral("--tenant"),
        QStringLiteral("t-1"),       QStringLiteral("--store"),   QStringLiteral("poi-1"),
        QStringLiteral("--scene"),   QStringLiteral("s1"),        QStringLiteral("--usage-scene"),
        QStringLiteral("upload"),    QStringLiteral("--product"), QStringLiteral("oss")};
}

// A wrapped JSON answer whose credential holds every character a shell treats specially.
QByteArray hostileAnswer(const QString &secret, const QString &token)
{
    QJsonObject result{
        {QStringLiteral("access_key_id"), QStringLiteral("STS.id with spaces")},
        {QStringLiteral("access_key_secret"), secret},
        {QStringLiteral("token"), token},
        {QStringLiteral("expiration"), QStringLiteral("2099-01-01T00:00:00Z")},
        {QStringLiteral("tenant_code"), QStringLiteral("t-1\n; rm -rf ~")},
    };
    QJsonObject response{{QStringLiteral("result"), result},
                         {QStringLiteral("resp_code"), 200},
                         {QStringLiteral("resp_success"), true},
                         {QStringLiteral("request_id"), QStringLiteral("abc")}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("alibaba_security_deepvision_proxy_security_common_"
                                           "token_get_response"),
                            response}})
        .toJson(QJsonDocument::Compact);
}

// Starts tokendesk-cli asynchronously with the test secret in its environment: the canned
// server lives on this thread's event loop, so a blocking run would deadlock.
void startCli(QProcess &cli, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOKENDESK_APP_SECRET"), QLatin1String(Secret));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(TOKENDESK_CLI_PATH), arguments);
}

// Feeds `script` to a shell that loads it and prints the six variables NUL-separated.
QList<QByteArray> loadInShell(const QString &shell, const QStringList &arguments,
                              const QByteArray &script)
{
    QProcess process;
    process.start(shell, arguments);
    if (!process.waitForStarted())
        return {};
    process.write(script);
    process.closeWriteChannel();
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput().split('\0');
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    // The six variables a shell loaded from the output, each byte for byte as sent.
    static void verifyHostileValues(const QList<QByteArray> &values, const QString &secret,
                                    const QString &token)
    {
        QCOMPARE(values.size(), 7);
        QCOMPARE(QString::fromUtf8(values[0]), QStringLiteral("STS.id with spaces"));
        QCOMPARE(QString::fromUtf8(values[1]), secret);
        QCOMPARE(QString::fromUtf8(values[2]), token);
        QCOMPARE(values[3], values[0]);
        QCOMPARE(values[4], values[1]);
        QCOMPARE(values[5], values[2]);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/pwned")));
    }

private Q_SLOTS:
    void versionAndHelp()
    {
        const CliResult version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("tokendesk-cli "));
        const CliResult help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("tokendesk-cli fetch"));
        const CliResult fetchHelp = runCli({QStringLiteral("fetch"), QStringLiteral("--help")});
        QCOMPARE(fetchHelp.exitCode, 0);
        for (const char *option : {"--tenant", "--store", "--usage-scene", "--secret-stdin",
                                   "--dry-run", "--timestamp", "--timeout", "--output"})
            QVERIFY2(fetchHelp.out.contains(option), option);
    }

    // Every subcommand's help names the program as people type it, then the subcommand: no
    // path, no subcommand listed as an argument of its own.
    void subcommandHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("usage");
        QTest::newRow("fetch") << QStringList{"fetch", "--help"}
                               << QByteArray("Usage: tokendesk-cli fetch [options]\n");
        QTest::newRow("fetch --batch") << QStringList{"fetch", "--batch", "-", "--help"}
                                       << QByteArray("Usage: tokendesk-cli fetch [options]\n");
        QTest::newRow("serve") << QStringList{"serve", "--help"}
                               << QByteArray("Usage: tokendesk-cli serve [options]\n");
        QTest::newRow("exec") << QStringList{"exec", "--help"}
                              << QByteArray("Usage: tokendesk-cli exec [options] -- COMMAND "
                                            "[ARG]...\n");
        QTest::newRow("configure-aliyun")
            << QStringList{"configure-aliyun", "--help"}
            << QByteArray("Usage: tokendesk-cli configure-aliyun [options]\n");
        QTest::newRow("policy explain")
            << QStringList{"policy", "explain", "--help"}
            << QByteArray("Usage: tokendesk-cli policy explain [options] [FILE]\n");
    }

    void subcommandHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, usage);
        const QProcessEnvironment english = [] {
            QProcessEnvironment env;
            env.insert(QStringLiteral("TOKENDESK_LANGUAGE"), QStringLiteral("en"));
            return env;
        }();
        const CliResult help = runCli(arguments, {}, english);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(usage), help.out.left(200).constData());
        QVERIFY2(!help.out.contains("The command"), help.out.constData());
        QVERIFY2(!help.out.contains(TOKENDESK_CLI_PATH), "the program's path is shown");
        QVERIFY2(help.out.contains("--help"), help.out.constData());
    }

    // Several missing options: one line each, the option's name inside its own sentence.
    void missingOptionsOnePerLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArrayList>("options");
        const QStringList base = requestArgs(QStringLiteral("http://127.0.0.1:9/router/rest"));
        QTest::newRow("fetch without tenant and store")
            << QStringList(base.mid(0, 5) + base.mid(9))
            << QByteArrayList{"(option --tenant).", "(option --store)."};
        QTest::newRow("policy explain without action and resource")
            << QStringList{"policy", "explain"}
            << QByteArrayList{"--action ACTION is required.", "--resource RESOURCE is required."};
    }

    void missingOptionsOnePerLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArrayList, options);
        QProcessEnvironment env;
        env.insert(QStringLiteral("TOKENDESK_LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("TOKENDESK_APP_SECRET"), QStringLiteral("s"));
        const CliResult result = runCli(arguments, {}, env);
        QCOMPARE(result.exitCode, 2);
        const QByteArrayList lines = result.err.trimmed().split('\n');
        QVERIFY2(lines.size() >= options.size(), result.err.constData());
        for (qsizetype i = 0; i < options.size(); ++i) {
            QVERIFY2(lines.at(i).startsWith("tokendesk-cli: "), result.err.constData());
            QVERIFY2(lines.at(i).endsWith(options.at(i)), result.err.constData());
            // Exactly one sentence per line: no option name trails behind a full stop.
            QCOMPARE(lines.at(i).count(". "), 0);
        }
    }

    // "Wait 3 second(s)" reads as English does, through tokendesk_en.ts's plural forms.
    void rateLimitPlurals_data()
    {
        QTest::addColumn<QByteArray>("subMsg");
        QTest::addColumn<QByteArray>("advice");
        QTest::newRow("1") << QByteArray("This ban will last for 1 more second")
                           << QByteArray("Wait 1 second before trying again.");
        QTest::newRow("3600") << QByteArray("This ban will last for 3600 more seconds")
                              << QByteArray("Wait 3600 seconds before trying again.");
    }

    void rateLimitPlurals()
    {
        QFETCH(QByteArray, subMsg);
        QFETCH(QByteArray, advice);
        TestSupport::HostileGateway gateway(TestSupport::jsonAnswer(
            "{\"error_response\":{\"code\":7,\"msg\":\"App Call Limited\",\"sub_msg\":\"" + subMsg
            + "\"}}"));
        QVERIFY(gateway.isListening());
        QProcessEnvironment env = secretEnv("s");
        env.insert(QStringLiteral("TOKENDESK_LANGUAGE"), QStringLiteral("en"));
        const CliResult result = runCli(requestArgs(gateway.url()), {}, env);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(advice), result.err.constData());
        QVERIFY2(!result.err.contains("(s)"), result.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("mentions");
        const QStringList base = requestArgs(QStringLiteral("http://127.0.0.1:9/router/rest"));
        QTest::newRow("no command") << QStringList() << QByteArray("no command");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QByteArray("unknown command");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("fetch"), QStringLiteral("--nope")} << QByteArray("nope");
        QTest::newRow("missing tenant")
            << QStringList(base.mid(0, 5) + base.mid(7)) << QByteArray("--tenant");
        QTest::newRow("bad sign method") << QStringList(
            base + QStringList{QStringLiteral("--sign-method"), QStringLiteral("sha1")})
                                         << QByteArray("sha1");
        QTest::newRow("bad gateway scheme")
            << QStringList(requestArgs(QStringLiteral("ftp://x/"))) << QByteArray("https://");
        QTest::newRow("bad timestamp")
            << QStringList(base + QStringList{QStringLiteral("--timestamp"), QStringLiteral("now")})
            << QByteArray("--timestamp");
        QTest::newRow("bad timeout")
            << QStringList(base + QStringList{QStringLiteral("--timeout"), QStringLiteral("-1")})
            << QByteArray("timeout");
        QTest::newRow("unknown output")
            << QStringList(base + QStringList{QStringLiteral("-o"), QStringLiteral("yaml")})
            << QByteArray("yaml");
        QTest::newRow("unknown policy command")
            << QStringList{QStringLiteral("policy"), QStringLiteral("frobnicate")}
            << QByteArray("unknown policy command");
        QTest::newRow("unknown profile") << QStringList(
            base + QStringList{QStringLiteral("--profile"), QStringLiteral("no-such-profile")})
                                         << QByteArray("No profile named");
        QTest::newRow("no secret") << base << QByteArray("TOKENDESK_APP_SECRET");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, mentions);
        const CliResult result = runCli(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(mentions), result.err.constData());
        QVERIFY(result.err.startsWith("tokendesk-cli: "));
    }

    void dryRunReproducesPublicVector()
    {
        QStringList args = requestArgs(QStringLiteral("https://eco.taobao.com/router/rest"));
        args << QStringLiteral("--sign-method") << QStringLiteral("md5")
             << QStringLiteral("--request-id") << QString() << QStringLiteral("--timestamp")
             << QStringLiteral("2026-11-28 12:00:00") << QStringLiteral("--dry-run")
             << QStringLiteral("--secret-stdin");
        const CliResult result = runCli(args, QByteArray(Secret) + "\n");
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.out.contains(Secret));
        QVERIFY(!result.err.contains(Secret));
        const QJsonObject doc = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(doc.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://eco.taobao.com/router/rest"));
        const QJsonObject params = doc.value(QStringLiteral("params")).toObject();
        QCOMPARE(params.value(QStringLiteral("sign")).toString(),
                 QStringLiteral("0871A9B291C89B7BE08DEC2E0C599E20"));
        QCOMPARE(params.keys(),
                 QStringList({"app_key", "format", "method", "param", "sign", "sign_method",
                              "timestamp", "v"}));
        for (const QJsonValue &value : params)
            QVERIFY(value.isString());
    }

    void dryRunUsesEnvironmentSecretAndFreshRequestId()
    {
        QStringList args = requestArgs(QStringLiteral("https://eco.taobao.com/router/rest"));
        args << QStringLiteral("--dry-run");
        const CliResult a = runCli(args, {}, secretEnv(Secret));
        const CliResult b = runCli(args, {}, secretEnv(Secret));
        QCOMPARE(a.exitCode, 0);
        const auto param = [](const CliResult &r) {
            return QJsonDocument::fromJson(r.out)
                .object()
                .value(QStringLiteral("params"))
                .toObject()
                .value(QStringLiteral("param"))
                .toString();
        };
        QVERIFY(param(a).contains(QLatin1String("\"request_id\":\"")));
        QVERIFY(param(a) != param(b));
    }

    void fetchJsonFromSimulator()
    {
        SimProcess sim;
        QVERIFY(sim.isRunning());
        const CliResult result = runCli(requestArgs(sim.gateway()), {}, secretEnv(Secret));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(result.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QStringList keys = {"access_key_id",    "access_key_secret",  "token",
                                  "expiration",       "expires_in",         "product_code",
                                  "scene_code",       "tenant_code",        "field_id",
                                  "end_point_public", "end_point_internal", "policy",
                                  "resp_code",        "resp_request_id",    "message",
                                  "request_id"};
        for (const QString &key : keys)
            QVERIFY2(doc.contains(key), qPrintable(key));
        QCOMPARE(doc.size(), keys.size());
        QVERIFY(
            doc.value(QStringLiteral("access_key_id")).toString().startsWith(QLatin1String("STS.")));
        QVERIFY(doc.value(QStringLiteral("expiration")).toString().endsWith(QLatin1Char('Z')));
        const int expiresIn = doc.value(QStringLiteral("expires_in")).toInt();
        QVERIFY(expiresIn > 3500 && expiresIn <= 3600);
        const QJsonArray statements = doc.value(QStringLiteral("policy"))
                                          .toObject()
                                          .value(QStringLiteral("statement"))
                                          .toArray();
        QVERIFY(statements.size() >= 2);
        QVERIFY(statements.first().toObject().value(QStringLiteral("action")).isArray());
        QCOMPARE(doc.value(QStringLiteral("tenant_code")).toString(), QStringLiteral("t-1"));
        QVERIFY(!result.out.contains(Secret));
    }

    void expiresInCountsTheGatewaysTime()
    {
        // The gateway's clock runs 15 minutes ahead of ours: the client corrects the timestamp,
        // and expires_in is the credential's true hour, not an hour and a quarter.
        SimProcess sim({QStringLiteral("--scenario"), QStringLiteral("clock-skew"),
                        QStringLiteral("--clock-skew"), QStringLiteral("900")});
        QVERIFY(sim.isRunning());
        const CliResult result = runCli(requestArgs(sim.gateway()), {}, secretEnv(Secret));
        QCOMPARE(result.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(result.out).object();
        const int expiresIn = doc.value(QStringLiteral("expires_in")).toInt();
        QVERIFY2(expiresIn > 3500 && expiresIn <= 3600, qPrintable(QString::number(expiresIn)));
        // The expiration itself stays as the gateway wrote it, for tools that read it.
        const QDateTime expiration =
            QDateTime::fromString(doc.value(QStringLiteral("expiration")).toString(), Qt::ISODate);
        const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(expiration);
        QVERIFY2(ahead > 4400 && ahead <= 4500, qPrintable(QString::number(ahead)));
    }

    void fetchEveryWireShape_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("simplified") << QStringList{QStringLiteral("--simplify")};
        QTest::newRow("xml") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("hmac") << QStringList{QStringLiteral("--sign-method"),
                                             QStringLiteral("hmac")};
    }
    void fetchEveryWireShape()
    {
        QFETCH(QStringList, extra);
        SimProcess sim;
        QVERIFY(sim.isRunning());
        const CliResult result = runCli(requestArgs(sim.gateway()) + extra
                                            + QStringList{QStringLiteral("--secret-stdin")},
                                        QByteArray(Secret) + "\r\n");
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(result.out).object().contains(QStringLiteral("token")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("simArgs");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArrayList>("mentions");
        QTest::newRow("wrong secret") << QStringList() << QByteArray("not-the-secret-8z") << 3
                                      << QByteArrayList{"code=25", "request_id=", "secret"};
        QTest::newRow("refusal") << QStringList{QStringLiteral("--scenario"),
                                                QStringLiteral("business-refusal")}
                                 << QByteArray(Secret) << 3 << QByteArrayList{"resp_code=4001"};
        QTest::newRow("invalid arguments")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("invalid-arguments")}
            << QByteArray(Secret) << 3 << QByteArrayList{"code=41", "sub_code=isv.", "sub_msg="};
        QTest::newRow("rate limited, long ban")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("rate-limited"),
                           QStringLiteral("--ban-seconds"), QStringLiteral("60")}
            << QByteArray(Secret) << 3 << QByteArrayList{"code=7", "60"};
        QTest::newRow("502") << QStringList{QStringLiteral("--scenario"),
                                            QStringLiteral("http-502-html")}
                             << QByteArray(Secret) << 4 << QByteArrayList{"502"};
        QTest::newRow("truncated")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("truncated-body")}
            << QByteArray(Secret) << 5 << QByteArrayList{"cut off"};
        QTest::newRow("oversized")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("oversized-body")}
            << QByteArray(Secret) << 5 << QByteArrayList{"MiB"};
        QTest::newRow("slow, timeout")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("slow-answer")}
            << QByteArray(Secret) << 4 << QByteArrayList{"within 1 s"};
    }
    void exitCodes()
    {
        QFETCH(QStringList, simArgs);
        QFETCH(QByteArray, secret);
        QFETCH(int, exitCode);
        QFETCH(QByteArrayList, mentions);
        SimProcess sim(simArgs);
        QVERIFY(sim.isRunning());
        const CliResult result =
            runCli(requestArgs(sim.gateway())
                       + QStringList{QStringLiteral("--timeout"), QStringLiteral("1")},
                   {}, secretEnv(secret));
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.out.isEmpty());
        // One line a person can act on, never the secret.
        QVERIFY2(result.err.endsWith('\n') && result.err.count('\n') >= 1, result.err.constData());
        const QByteArray lastLine = result.err.trimmed().split('\n').last();
        for (const QByteArray &mention : mentions)
            QVERIFY2(lastLine.contains(mention), lastLine.constData());
        QVERIFY(!result.err.contains(secret));
    }

    void connectionRefusedIsExit4()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString gateway =
            QStringLiteral("http://127.0.0.1:%1/router/rest").arg(closed.serverPort());
        closed.close();
        const CliResult result = runCli(requestArgs(gateway), {}, secretEnv(Secret));
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains("Could not reach"), result.err.constData());
    }

    void malformedIsExit5_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("html 200") << 200 << QByteArray("<html><body>Welcome</body></html>") << 5;
        QTest::newRow("truncated json") << 200 << QByteArray("{\"alibaba_security") << 5;
        QTest::newRow("array root") << 200 << QByteArray("[1,2,3]") << 5;
        QTest::newRow("empty") << 200 << QByteArray() << 5;
        QTest::newRow("404 page") << 404 << QByteArray("<h1>Not Found</h1>") << 4;
    }
    void malformedIsExit5()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, exitCode);
        MiniHttpServer server(status, "text/html", body);
        QVERIFY(server.isListening());
        QProcess cli; // run asynchronously: the server lives on this thread's event loop
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKENDESK_APP_SECRET"), QLatin1String(Secret));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(TOKENDESK_CLI_PATH), requestArgs(server.url().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 30000);
        QCOMPARE(cli.exitCode(), exitCode);
    }

    void envOutputSurvivesEvalInBash()
    {
        const QString secret = QStringLiteral("a'b\"c$d`e\\f!g h 'i' $(touch /tmp/pwned) 租");
        const QString token = QStringLiteral("CAIS' ; echo \"$HOME\" `id` \\\\ !! \t end");
        MiniHttpServer server(200, "application/json", hostileAnswer(secret, token));
        QProcess cli;
        startCli(cli,
                 requestArgs(server.url().toString())
                     + QStringList{QStringLiteral("-o"), QStringLiteral("env")});
        QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 30000);
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray script = cli.readAllStandardOutput();
        QVERIFY(script.startsWith("# "));
        QVERIFY(script.contains("expires 2099-01-01T00:00:00Z"));
        QVERIFY(!script.contains("rm -rf")); // network text never reaches a comment line

        // eval in bash, then print each variable NUL-separated to compare byte for byte.
        const QList<QByteArray> values = loadInShell(
            QStringLiteral("bash"),
            {QStringLiteral("-c"),
             QStringLiteral("set -e; eval \"$(cat)\"; printf '%s\\0' "
                            "\"$ALIBABA_CLOUD_ACCESS_KEY_ID\" \"$ALIBABA_CLOUD_ACCESS_KEY_SECRET\" "
                            "\"$ALIBABA_CLOUD_SECURITY_TOKEN\" \"$OSS_ACCESS_KEY_ID\" "
                            "\"$OSS_ACCESS_KEY_SECRET\" \"$OSS_SESSION_TOKEN\"")},
            script);
        verifyHostileValues(values, secret, token);
    }

    void everyOutputFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("contains");
        const QByteArray comment("# TokenDesk temporary credential; expires ");
        QTest::newRow("json") << "json" << QByteArray("{\n  \"access_key_id\": \"STS.")
                              << QByteArray("\n  \"expires_in\": ");
        QTest::newRow("env") << "env" << comment
                             << QByteArray("\nexport ALIBABA_CLOUD_ACCESS_KEY_ID='STS.");
        QTest::newRow("fish") << "fish" << comment
                              << QByteArray("\nset -gx ALIBABA_CLOUD_ACCESS_KEY_ID 'STS.");
        QTest::newRow("powershell")
            << "powershell" << comment << QByteArray("\n$Env:ALIBABA_CLOUD_ACCESS_KEY_ID = 'STS.");
        QTest::newRow("cmd") << "cmd" << QByteArray("@rem TokenDesk temporary credential; expires ")
                             << QByteArray("\n@set \"ALIBABA_CLOUD_ACCESS_KEY_ID=STS.");
        QTest::newRow("dotenv") << "dotenv" << comment
                                << QByteArray("\nALIBABA_CLOUD_ACCESS_KEY_ID='STS.");
        QTest::newRow("ossutil") << "ossutil" << comment
                                 << QByteArray("\n[Credentials]\nendpoint=https://"
                                               "oss-cn-hangzhou.aliyuncs.com\naccessKeyID=STS.");
        QTest::newRow("aliyun") << "aliyun"
                                << QByteArray("{\n  \"name\": \"tokendesk\",\n  \"mode\": "
                                              "\"StsToken\",\n  \"access_key_id\": \"STS.")
                                << QByteArray("\n  \"region_id\": \"cn-hangzhou\",");
    }
    void everyOutputFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, contains);
        SimProcess sim;
        QVERIFY(sim.isRunning());
        const CliResult result =
            runCli(requestArgs(sim.gateway()) + QStringList{"-o", format}, {}, secretEnv(Secret));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(start), result.out.constData());
        QVERIFY2(result.out.contains(contains), result.out.constData());
        QVERIFY(result.out.endsWith('\n'));
    }

    void unrepresentableCredentialIsExit2_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("cmd") << "cmd";
        QTest::newRow("dotenv") << "dotenv";
        QTest::newRow("ossutil") << "ossutil";
    }
    void unrepresentableCredentialIsExit2()
    {
        QFETCH(QString, format);
        // '%' and '"' for cmd, a quote for dotenv, a line break for ossutil.
        const QString secret = QStringLiteral("50% \"off\" it's\nnew");
        MiniHttpServer server(200, "application/json", hostileAnswer(secret, "CAIS-token"));
        QProcess cli;
        startCli(cli, requestArgs(server.url().toString()) + QStringList{"-o", format});
        QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 30000);
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardOutput().isEmpty());
        const QByteArray err = cli.readAllStandardError();
        const QByteArray lastLine = err.trimmed().split('\n').last();
        QVERIFY2(lastLine.startsWith("tokendesk-cli: "), err.constData());
        QVERIFY2(lastLine.contains(QByteArray("(" + format.toUtf8() + ")")), err.constData());
        QVERIFY2(lastLine.contains("AccessKey secret"), err.constData());
        QVERIFY2(lastLine.contains("Choose another -o format."), err.constData());
        QVERIFY(!err.contains(secret.toUtf8()));
    }

    void fishOutputSurvivesSourceInFish()
    {
        QProcess probe;
        probe.start(QStringLiteral("fish"), {"--version"});
        if (!probe.waitForStarted() || !probe.waitForFinished(10000))
            QSKIP("fish is not installed (apt-get install fish)");
        const QString secret = QStringLiteral("a'b\"c$d`e\\f!g h 'i' $(touch /tmp/pwned) 租 \\'");
        const QString token = QStringLiteral("CAIS' ; echo \"$HOME\" (id) \\\\ !! \t end\n");
        MiniHttpServer server(200, "application/json", hostileAnswer(secret, token));
        QProcess cli;
        startCli(cli, requestArgs(server.url().toString()) + QStringList{"-o", "fish"});
        QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 30000);
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray script = cli.readAllStandardOutput();
        QVERIFY(script.startsWith("# TokenDesk"));

        // As a user would: tokendesk-cli fetch -o fish | source
        const QList<QByteArray> values = loadInShell(
            QStringLiteral("fish"),
            {"--no-config", "-c",
             "source; and printf '%s\\0' \"$ALIBABA_CLOUD_ACCESS_KEY_ID\" "
             "\"$ALIBABA_CLOUD_ACCESS_KEY_SECRET\" \"$ALIBABA_CLOUD_SECURITY_TOKEN\" "
             "\"$OSS_ACCESS_KEY_ID\" \"$OSS_ACCESS_KEY_SECRET\" \"$OSS_SESSION_TOKEN\""},
            script);
        verifyHostileValues(values, secret, token);
    }

    // --- policy explain -------------------------------------------------------------------
    // Policies are built with QJsonObject: moc's preprocessor reads "/*" inside a raw string
    // literal as the start of a comment.

    void policyExplain_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("line");

        const auto statement = [](const char *effect, const QJsonValue &action,
                                  const QJsonValue &resource) {
            return QJsonObject{{"effect", effect}, {"action", action}, {"resource", resource}};
        };
        const QJsonObject snake{
            {"version", "1"},
            {"statement",
             QJsonArray{statement("Allow", QJsonArray{"oss:GetObject", "oss:PutObject"},
                                  QJsonArray{"acs:oss:*:*:bucket/*"}),
                        statement("Deny", QJsonArray{"oss:*"},
                                  QJsonArray{"acs:oss:*:*:bucket/private/*"})}}};
        const QByteArray snakeText = QJsonDocument(snake).toJson(QJsonDocument::Compact);
        const QJsonObject pascal{
            {"Version", "1"},
            {"Statement",
             QJsonArray{QJsonObject{{"Effect", "Allow"},
                                    {"Action", "oss:GetObject"},
                                    {"Resource", "acs:oss:*:*:bucket/*"}},
                        QJsonObject{{"Effect", "Deny"},
                                    {"Action", "oss:GetObject"},
                                    {"Resource", "acs:oss:*:*:bucket/private/*"}}}}};
        const QByteArray pascalText = QJsonDocument(pascal).toJson();
        // The policy as a JSON string, alone and inside the API's two response shapes.
        const QByteArray asString =
            QJsonDocument(QJsonArray{QString::fromUtf8(snakeText)}).toJson(QJsonDocument::Compact);
        const QByteArray stringOnly = asString.mid(1, asString.size() - 2);
        const QJsonObject result{{"access_key_id", "STS.x"}, {"policy", QString(snakeText)}};
        const QByteArray wrapped =
            QJsonDocument(
                QJsonObject{{"alibaba_security_deepvision_proxy_security_common_token_get_response",
                             QJsonObject{{"result", result}, {"resp_success", true}}}})
                .toJson();
        const QByteArray simplified =
            QJsonDocument(
                QJsonObject{{"result", QJsonObject{{"policy", pascal}}}, {"resp_code", 200}})
                .toJson();
        const QByteArray fetchOutput =
            QJsonDocument(QJsonObject{{"access_key_id", "STS.x"}, {"policy", snake}}).toJson();

        const QString object = "acs:oss:*:*:bucket/dir/a.jpg";
        const QString secret = "acs:oss:*:*:bucket/private/a.jpg";
        QTest::newRow("snake allow") << snakeText << "oss:PutObject" << object << 0
                                     << QByteArray("Allow by statement 1 (Allow oss:PutObject "
                                                   "on acs:oss:*:*:bucket/*)\n");
        QTest::newRow("snake deny after allow")
            << snakeText << "oss:GetObject" << secret << 1
            << QByteArray("Deny by statement 2 (Deny oss:* on acs:oss:*:*:bucket/private/*)\n");
        QTest::newRow("snake implicit deny")
            << snakeText << "oss:DeleteBucket"
            << "acs:oss:*:*:bucket" << 1
            << QByteArray("implicit deny: no statement matches oss:DeleteBucket on "
                          "acs:oss:*:*:bucket\n");
        QTest::newRow("action case-insensitive")
            << snakeText << "OSS:getobject" << object << 0 << QByteArray("Allow by statement 1");
        QTest::newRow("pascal single strings allow")
            << pascalText << "oss:GetObject" << object << 0 << QByteArray("Allow by statement 1");
        QTest::newRow("pascal single strings deny")
            << pascalText << "oss:GetObject" << secret << 1 << QByteArray("Deny by statement 2");
        QTest::newRow("json string")
            << stringOnly << "oss:GetObject" << secret << 1 << QByteArray("Deny by statement 2");
        QTest::newRow("wrapped response, policy as string")
            << wrapped << "oss:PutObject" << object << 0 << QByteArray("Allow by statement 1");
        QTest::newRow("simplified response")
            << simplified << "oss:ListObjects" << object << 1 << QByteArray("implicit deny: ");
        QTest::newRow("fetch -o json object")
            << fetchOutput << "oss:GetObject" << object << 0 << QByteArray("Allow by statement 1");
        QTest::newRow("empty policy")
            << QByteArray("{\"version\":\"1\",\"statement\":[]}") << "oss:GetObject" << object << 1
            << QByteArray("implicit deny: ");
    }
    void policyExplain()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, action);
        QFETCH(QString, resource);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, line);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath("policy.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(document);
        file.close();
        const QStringList base{"policy", "explain", "--action", action, "--resource", resource};
        const CliResult viaStdin = runCli(base, document);
        const CliResult viaDash = runCli(base + QStringList{"-"}, document);
        const CliResult viaFile = runCli(base + QStringList{file.fileName()});
        for (const CliResult &result : {viaStdin, viaDash, viaFile}) {
            QCOMPARE(result.exitCode, exitCode);
            QVERIFY2(result.out.startsWith(line), result.out.constData());
            QCOMPARE(result.out.count('\n'), 1);
            QVERIFY2(result.err.isEmpty() || result.err.startsWith("tokendesk-cli: warning: "),
                     result.err.constData());
        }
    }

    void policyExplainFetchOutputFromSimulator()
    {
        SimProcess sim;
        QVERIFY(sim.isRunning());
        for (const QStringList &shape :
             {QStringList(), QStringList{"--simplify"}, QStringList{"--format", "xml"}}) {
            const CliResult fetched =
                runCli(requestArgs(sim.gateway()) + shape, {}, secretEnv(Secret));
            QCOMPARE(fetched.exitCode, 0);
            // As a user would: tokendesk-cli fetch | tokendesk-cli policy explain ...
            const QString store = "acs:oss:*:*:deepvision-t-1/poi-1/photo.jpg";
            const CliResult allow =
                runCli({"policy", "explain", "--action", "oss:PutObject", "--resource", store},
                       fetched.out);
            QCOMPARE(allow.exitCode, 0);
            QVERIFY2(allow.out.startsWith("Allow by statement 1 (Allow oss:PutObject on "
                                          "acs:oss:*:*:deepvision-t-1/poi-1/*)"),
                     allow.out.constData());
            const CliResult deny =
                runCli({"policy", "explain", "--action", "oss:DeleteObject", "--resource", store},
                       fetched.out);
            QCOMPARE(deny.exitCode, 1);
            QVERIFY2(deny.out.startsWith("Deny by statement 2"), deny.out.constData());
            const CliResult implicit =
                runCli({"policy", "explain", "--action", "oss:GetObject", "--resource",
                        "acs:oss:*:*:deepvision-t-2/poi-1/photo.jpg"},
                       fetched.out);
            QCOMPARE(implicit.exitCode, 1);
            QVERIFY2(implicit.out.startsWith("implicit deny: no statement matches oss:GetObject"),
                     implicit.out.constData());
            // The credential piped through never comes back out.
            const QByteArray keySecret = QJsonDocument::fromJson(fetched.out)
                                             .object()
                                             .value("access_key_secret")
                                             .toString()
                                             .toUtf8();
            QVERIFY(!keySecret.isEmpty());
            QVERIFY(!allow.out.contains(keySecret) && !allow.err.contains(keySecret));
        }
    }

    void policyExplainErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("mentions");
        const QStringList explain{"policy",        "explain",    "--action",
                                  "oss:GetObject", "--resource", "r"};
        const QByteArray policy = "{\"version\":\"1\",\"statement\":[]}";
        QTest::newRow("bad json") << explain << QByteArray("{\"version\": \"1\", oops")
                                  << QByteArray("not valid JSON");
        QTest::newRow("empty input") << explain << QByteArray() << QByteArray("empty");
        QTest::newRow("xml") << explain << QByteArray("<r><policy/></r>")
                             << QByteArray("not valid JSON");
        QTest::newRow("not a policy") << explain << QByteArray("{\"foo\": 1}")
                                      << QByteArray("no policy found in standard input");
        QTest::newRow("invalid policy")
            << explain << QByteArray("{\"version\":\"1\",\"statement\":[{\"effect\":[]}]}")
            << QByteArray("not a policy document");
        QTest::newRow("error_response")
            << explain << QByteArray("{\"error_response\":{\"code\":25,\"msg\":\"x\"}}")
            << QByteArray("error_response");
        QTest::newRow("result without policy")
            << explain << QByteArray("{\"result\":{\"access_key_id\":\"x\"}}")
            << QByteArray("no \"policy\"");
        QTest::newRow("missing --action") << QStringList{"policy", "explain", "--resource", "r"}
                                          << policy << QByteArray("--action");
        QTest::newRow("missing --resource") << QStringList{"policy", "explain", "--action", "a"}
                                            << policy << QByteArray("--resource");
        QTest::newRow("missing file")
            << QStringList(explain + QStringList{"/nonexistent/policy.json"}) << policy
            << QByteArray("cannot read /nonexistent/policy.json");
        QTest::newRow("two files") << QStringList(explain + QStringList{"a", "b"}) << policy
                                   << QByteArray("at most one FILE");
        QTest::newRow("no subcommand") << QStringList{"policy"} << policy << QByteArray("explain");
        QTest::newRow("unknown option")
            << QStringList(explain + QStringList{"--nope"}) << policy << QByteArray("nope");
    }
    void policyExplainErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, mentions);
        const CliResult result = runCli(arguments, input);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith("tokendesk-cli: "), result.err.constData());
        QVERIFY2(result.err.contains(mentions), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void policyExplainHelpAndWarnings()
    {
        const CliResult help = runCli({"policy", "explain", "--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char *text : {"--action", "--resource", "FILE", "JSON", "implicit deny"})
            QVERIFY2(help.out.contains(text), text);
        QVERIFY(runCli({"--help"}).out.contains("policy explain"));

        const QByteArray broad = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
                                 "\"Action\":\"*\",\"Resource\":\"*\"}]}";
        const CliResult result =
            runCli({"policy", "explain", "--action", "ecs:RunInstances", "--resource", "x"}, broad);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("Allow by statement 1 (Allow * on *)\n"));
        QVERIFY2(result.err.contains("tokendesk-cli: warning: statement 1: Allows every action"),
                 result.err.constData());
        QVERIFY(result.err.contains("every resource"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
