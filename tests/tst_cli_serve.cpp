// The real tokendesk-cli's serve, exec and configure-aliyun against a GatewaySimulator in this
// process (so the test sees every upstream fetch), with a real loopback HTTP client, and Python's
// shlex and urllib as clients this project did not write. The served credential lives 20 s, so
// its refresh happens inside the test.
#include "gatewaysimulator.h"
#include "loopbackhttp.h"
#include "posixtestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace TokenDesk;
using namespace TestSupport;

namespace {

constexpr auto AppKey = "12345678";
constexpr auto AppSecret = "test-secret";
constexpr int WaitMs = 30000;
constexpr int LifetimeSeconds = 20;

QStringList requestArgs(const QUrl &gateway, const QString &appKey = QLatin1String(AppKey))
{
    return {"--gateway",     gateway.toString(),
            "--app-key",     appKey,
            "--tenant",      "t-1",
            "--store",       "poi-1",
            "--scene",       "sc",
            "--usage-scene", "us",
            "--product",     "oss"};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
}

// The variables a child process printed with `env`.
QHash<QString, QString> parseEnv(const QByteArray &out)
{
    QHash<QString, QString> variables;
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            variables.insert(QString::fromUtf8(line.left(equals)),
                             QString::fromUtf8(line.mid(equals + 1)));
    }
    return variables;
}

// A port on which nothing listens.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// tokendesk-cli started without blocking: the simulator lives in this process, so the test's
// event loop must run while the CLI talks to it. Killed if still running at the end.
class CliRun
{
public:
    explicit CliRun(const QStringList &arguments, const QString &home,
                    const QProcessEnvironment &extra = {}, bool withSecret = true,
                    const QString &program = QStringLiteral(TOKENDESK_CLI_PATH))
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TOKENDESK_APP_SECRET"));
        // Never the user's settings, profiles or ~/.aliyun.
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        if (withSecret) // in the environment, never as an argument
            env.insert(QStringLiteral("TOKENDESK_APP_SECRET"), QLatin1String(AppSecret));
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        m_process.setProcessEnvironment(env);
        m_process.start(program, arguments);
    }
    ~CliRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    CliRun(const CliRun &) = delete;
    CliRun &operator=(const CliRun &) = delete;

    QProcess &process() { return m_process; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    bool hasEnded() const { return m_process.state() == QProcess::NotRunning; }
    bool waitForOutput(const QByteArray &text, int timeoutMs = WaitMs)
    {
        return QTest::qWaitFor([&] { return out().contains(text) || hasEnded(); }, timeoutMs)
            && out().contains(text);
    }
    bool waitForFinished(int timeoutMs = WaitMs)
    {
        return QTest::qWaitFor([this] { return hasEnded(); }, timeoutMs);
    }
    // The exit code, or -1 for a crash (or when still running).
    int exitCode() const
    {
        return m_process.state() == QProcess::NotRunning
                && m_process.exitStatus() == QProcess::NormalExit
            ? m_process.exitCode()
            : -1;
    }
    void signal(int number) { ::kill(pid_t(m_process.processId()), number); }
    const QByteArray &out()
    {
        m_out += m_process.readAllStandardOutput();
        return m_out;
    }
    const QByteArray &err()
    {
        m_err += m_process.readAllStandardError();
        return m_err;
    }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

// The lines that serve's log gives requests: "tokendesk-cli: serve: GET 200 ..." ("-" for one
// the parser refused).
QByteArrayList requestLogLines(const QByteArray &err)
{
    static const QRegularExpression shape(QStringLiteral("serve: (GET|POST|-) \\d{3} "));
    QByteArrayList lines;
    for (const QByteArray &line : err.split('\n')) {
        if (shape.match(QString::fromUtf8(line)).hasMatch())
            lines << line;
    }
    return lines;
}

} // namespace

class TestCliServe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<GatewaySimulator> m_sim;

    CliRun *cli(const QStringList &arguments, const QProcessEnvironment &extra = {},
                bool withSecret = true)
    {
        return new CliRun(arguments, m_home.path(), extra, withSecret);
    }
    // configure-aliyun --name td --config `config` with the request options, run to its end.
    std::unique_ptr<CliRun> configure(const QString &config, const QStringList &extra = {},
                                      const QString &tenant = QStringLiteral("t-1"))
    {
        QStringList request = requestArgs(m_sim->url());
        request[request.indexOf("t-1")] = tenant;
        std::unique_ptr<CliRun> run(cli(
            QStringList{"configure-aliyun", "--name", "td", "--config", config} + extra + request));
        run->waitForFinished();
        return run;
    }
    // serve's one stdout line, checked; the URI's port and path.
    static bool readServeUri(CliRun &serve, quint16 *port, QByteArray *path)
    {
        if (!serve.waitForOutput("\n"))
            return false;
        static const QRegularExpression shape(
            QStringLiteral("^ALIBABA_CLOUD_CREDENTIALS_URI=http://127\\.0\\.0\\.1:(\\d+)(/"
                           "[A-Za-z0-9_-]{22,})\n$"));
        const QRegularExpressionMatch match = shape.match(QString::fromLatin1(serve.out()));
        if (!match.hasMatch())
            return false;
        *port = quint16(match.captured(1).toUInt());
        *path = match.captured(2).toLatin1();
        return true;
    }
    // Lets the clock reach `instant` (the event loop keeps running meanwhile).
    static bool waitUntil(const QDateTime &instant)
    {
        return QTest::qWaitFor([&] { return QDateTime::currentDateTimeUtc() >= instant; },
                               int(QDateTime::currentDateTimeUtc().msecsTo(instant)) + WaitMs);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void init()
    {
        m_sim = std::make_unique<GatewaySimulator>();
        m_sim->addApp(QLatin1String(AppKey), AppSecret);
        m_sim->setLifetimeSeconds(LifetimeSeconds);
        QVERIFY(m_sim->listen());
    }
    void cleanup() { m_sim.reset(); }

    // --- serve ------------------------------------------------------------------------------

    // One run through a credential's life: answer, refresh, gateway gone, 503, SIGTERM.
    void serveLifecycle()
    {
        std::unique_ptr<CliRun> serve(cli(QStringList{"serve"} + requestArgs(m_sim->url())));
        quint16 port = 0;
        QByteArray path;
        QVERIFY2(readServeUri(*serve, &port, &path),
                 QByteArray(serve->out() + serve->err()).constData());
        QCOMPARE(m_sim->requestCount(), 1);
        const QByteArray host = "127.0.0.1:" + QByteArray::number(port);
        const QByteArray get = httpRequest("GET", path, host);
        int requests = 0;
        QByteArrayList secrets{AppSecret, path.mid(1)}; // never in the log

        // The first credential, in the shape the SDKs' credentials_uri provider reads.
        HttpReply reply = httpExchange(port, get);
        ++requests;
        QCOMPARE(reply.status, 200);
        QJsonObject json = reply.json();
        QCOMPARE(
            json.keys(),
            QStringList({"AccessKeyId", "AccessKeySecret", "Code", "Expiration", "SecurityToken"}));
        QCOMPARE(json.value("Code").toString(), "Success");
        const QString firstId = json.value("AccessKeyId").toString();
        QVERIFY(!firstId.isEmpty());
        secrets << json.value("AccessKeySecret").toString().toUtf8()
                << json.value("SecurityToken").toString().toUtf8();
        const QDateTime firstExpiry =
            QDateTime::fromString(json.value("Expiration").toString(), Qt::ISODate);
        QVERIFY(firstExpiry.isValid());
        QVERIFY(firstExpiry > QDateTime::currentDateTimeUtc());
        QVERIFY(firstExpiry <= QDateTime::currentDateTimeUtc().addSecs(LifetimeSeconds + 1));

        // Refusals, which never reach the gateway.
        const QList<QPair<QByteArray, int>> refusals{
            {httpRequest("GET", "/", host), 404},
            {httpRequest("GET", path + "x", host), 404},
            {httpRequest("POST", path, host, "Content-Length: 0\r\n"), 405},
            {httpRequest("GET", path, "evil.com:" + QByteArray::number(port)), 403},
            {httpRequest("GET", path, host, "Origin: http://evil.com\r\n"), 403},
            {"NOT HTTP AT ALL\r\n\r\n", 400},
        };
        for (const auto &[request, status] : refusals) {
            reply = httpExchange(port, request);
            ++requests;
            QVERIFY2(reply.status == status, request.constData());
            QVERIFY(!reply.body.contains(secrets.last()));
        }
        QCOMPARE(m_sim->requestCount(), 1);

        // Inside the refresh margin (half of 20 s), 16 requests at once, while the gateway takes
        // its time: they share one upstream fetch and all get the new credential.
        m_sim->setSlowDelayMs(1500);
        m_sim->setScenario(GatewaySimulator::Scenario::SlowAnswer);
        QVERIFY(waitUntil(firstExpiry.addSecs(-7)));
        const auto together = startExchanges(16, port, get);
        requests += 16;
        QVERIFY(waitForAll(together));
        QString secondId;
        for (const auto &exchange : together) {
            QCOMPARE(exchange->reply().status, 200);
            const QJsonObject fresh = exchange->reply().json();
            if (secondId.isEmpty())
                secondId = fresh.value("AccessKeyId").toString();
            QCOMPARE(fresh.value("AccessKeyId").toString(), secondId);
            secrets << fresh.value("AccessKeySecret").toString().toUtf8()
                    << fresh.value("SecurityToken").toString().toUtf8();
        }
        QVERIFY(secondId != firstId);
        QCOMPARE(m_sim->requestCount(), 2);
        const QDateTime secondExpiry = QDateTime::fromString(
            together.front()->reply().json().value("Expiration").toString(), Qt::ISODate);
        QVERIFY(secondExpiry > firstExpiry);
        QVERIFY(serve->err().contains("fetched a new credential"));

        // The gateway goes away. In the margin the refresh fails, and the held credential is
        // still served.
        m_sim->close();
        QVERIFY(waitUntil(secondExpiry.addSecs(-7)));
        reply = httpExchange(port, get);
        ++requests;
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("AccessKeyId").toString(), secondId);
        QVERIFY(QTest::qWaitFor([&] { return serve->err().contains("refresh failed"); }, WaitMs));

        // Once it has expired: 503 with a JSON reason, and serve goes on running.
        QVERIFY(waitUntil(secondExpiry.addSecs(1)));
        for (int i = 0; i < 2; ++i) {
            reply = httpExchange(port, get);
            ++requests;
            QCOMPARE(reply.status, 503);
            json = reply.json();
            QVERIFY2(json.value("Code").toString().startsWith("RefreshFailed"),
                     reply.body.constData());
            QVERIFY2(!json.value("Message").toString().isEmpty(), reply.body.constData());
            QVERIFY(!reply.body.contains(secondId.toUtf8()));
            QVERIFY(serve->isRunning());
        }
        QCOMPARE(httpExchange(port, httpRequest("GET", "/", host)).status, 404);
        ++requests;

        serve->signal(SIGTERM);
        QVERIFY(serve->waitForFinished());
        QCOMPARE(serve->exitCode(), 0);
        // Exactly the one line on stdout, from start to end.
        QCOMPARE(serve->out().count('\n'), 1);

        // One log line per request, and no secret anywhere in the log.
        const QByteArray err = serve->err();
        QCOMPARE(requestLogLines(err).size(), requests);
        for (const QByteArray &secret : std::as_const(secrets)) {
            QVERIFY(secret.size() >= 8);
            QVERIFY2(!err.contains(secret), secret.constData());
        }
    }

    void serveStopsOnSignal_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void serveStopsOnSignal()
    {
        QFETCH(int, signalNumber);
        m_sim->setLifetimeSeconds(3600);
        std::unique_ptr<CliRun> serve(cli(QStringList{"serve"} + requestArgs(m_sim->url())));
        quint16 port = 0;
        QByteArray path;
        QVERIFY(readServeUri(*serve, &port, &path));
        serve->signal(signalNumber);
        QVERIFY(serve->waitForFinished());
        QCOMPARE(serve->exitCode(), 0);
        QVERIFY(serve->err().contains("stopping"));
        // The port is closed with it.
        QCOMPARE(httpExchange(port, httpRequest("GET", path, "127.0.0.1")).status, 0);
    }

    // A first fetch that fails ends serve as fetch would, before it prints or listens.
    void serveFailedFetch_data()
    {
        QTest::addColumn<bool>("wrongKey");
        QTest::addColumn<bool>("gatewayDown");
        QTest::addColumn<bool>("withSecret");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("wrong app key") << true << false << true << 3;
        QTest::newRow("gateway down") << false << true << true << 4;
        QTest::newRow("no secret") << false << false << false << 2;
    }
    void serveFailedFetch()
    {
        QFETCH(bool, wrongKey);
        QFETCH(bool, gatewayDown);
        QFETCH(bool, withSecret);
        QFETCH(int, exitCode);
        QUrl gateway = m_sim->url();
        if (gatewayDown)
            gateway.setPort(closedPort());
        std::unique_ptr<CliRun> serve(
            cli(QStringList{"serve"} + requestArgs(gateway, wrongKey ? "87654321" : AppKey), {},
                withSecret));
        QVERIFY(serve->waitForFinished());
        QCOMPARE(serve->exitCode(), exitCode);
        QCOMPARE(serve->out(), QByteArray());
        QVERIFY(!serve->err().contains(AppSecret));
    }

    // --- exec -------------------------------------------------------------------------------

    void execEnvironment()
    {
        std::unique_ptr<CliRun> exec(
            cli(QStringList{"exec"} + requestArgs(m_sim->url()) + QStringList{"--", "env"}));
        QVERIFY(exec->waitForFinished());
        QVERIFY2(exec->exitCode() == 0, exec->err().constData());
        const QHash<QString, QString> env = parseEnv(exec->out());
        for (const char *name : {"ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
                                 "ALIBABA_CLOUD_SECURITY_TOKEN", "OSS_ACCESS_KEY_ID",
                                 "OSS_ACCESS_KEY_SECRET", "OSS_SESSION_TOKEN"})
            QVERIFY2(!env.value(name).isEmpty(), name);
        QCOMPARE(env.value("OSS_ACCESS_KEY_ID"), env.value("ALIBABA_CLOUD_ACCESS_KEY_ID"));
        QCOMPARE(env.value("OSS_SESSION_TOKEN"), env.value("ALIBABA_CLOUD_SECURITY_TOKEN"));
        QVERIFY(QRegularExpression("^http://127\\.0\\.0\\.1:\\d+/[A-Za-z0-9_-]{22,}$")
                    .match(env.value("ALIBABA_CLOUD_CREDENTIALS_URI"))
                    .hasMatch());
        // The app secret stays with TokenDesk, though exec itself had it in its environment.
        QVERIFY(!env.contains("TOKENDESK_APP_SECRET"));
        QVERIFY(!exec->out().contains(AppSecret));
        QVERIFY(!exec->err().contains(AppSecret));
        // The credential is for the child only, not for exec's own output.
        QVERIFY(!exec->err().contains(env.value("ALIBABA_CLOUD_ACCESS_KEY_SECRET").toUtf8()));
        QCOMPARE(m_sim->requestCount(), 1);
    }

    // The child reads the URI with a client this project did not write (Python's urllib), and
    // tries a wrong path too. exec logs only the answers that were not 200 (its child shares
    // the terminal), and never a secret.
    void execChildReadsUri()
    {
        const QString script = QStringLiteral(
            "import json, os, urllib.error, urllib.request\n"
            "opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))\n"
            "uri = os.environ['ALIBABA_CLOUD_CREDENTIALS_URI']\n"
            "body = json.load(opener.open(uri))\n"
            "try:\n"
            "    opener.open(uri + 'x')\n"
            "    wrong = 200\n"
            "except urllib.error.HTTPError as error:\n"
            "    wrong = error.code\n"
            "print(json.dumps({'env': os.environ['ALIBABA_CLOUD_ACCESS_KEY_ID'], 'served': body,\n"
            "                  'wrong': wrong}))\n");
        std::unique_ptr<CliRun> exec(cli(QStringList{"exec"} + requestArgs(m_sim->url())
                                         + QStringList{"--", "python3", "-c", script}));
        QVERIFY(exec->waitForFinished());
        QVERIFY2(exec->exitCode() == 0, exec->err().constData());
        const QJsonObject out = QJsonDocument::fromJson(exec->out()).object();
        const QJsonObject served = out.value("served").toObject();
        QCOMPARE(served.value("Code").toString(), "Success");
        QCOMPARE(served.value("AccessKeyId").toString(), out.value("env").toString());
        QVERIFY(!served.value("SecurityToken").toString().isEmpty());
        QCOMPARE(out.value("wrong").toInt(), 404);
        const QByteArrayList logged = requestLogLines(exec->err());
        QVERIFY2(logged.size() == 1 && logged[0].contains(" 404 "), exec->err().constData());
        for (const char *key : {"AccessKeySecret", "SecurityToken"})
            QVERIFY(!exec->err().contains(served.value(key).toString().toUtf8()));
        QCOMPARE(m_sim->requestCount(), 1);
    }

    void execExitStatus_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("exit 0") << "exit 0" << 0;
        QTest::newRow("exit 7") << "exit 7" << 7;
        QTest::newRow("exit 255") << "exit 255" << 255;
        QTest::newRow("killed by SIGKILL") << "kill -KILL $$" << 128 + SIGKILL;
        QTest::newRow("killed by SIGTERM") << "kill -TERM $$" << 128 + SIGTERM;
        QTest::newRow("killed by SIGHUP") << "kill -HUP $$" << 128 + SIGHUP;
    }
    void execExitStatus()
    {
        QFETCH(QString, script);
        QFETCH(int, exitCode);
        m_sim->setLifetimeSeconds(3600);
        std::unique_ptr<CliRun> exec(cli(QStringList{"exec"} + requestArgs(m_sim->url())
                                         + QStringList{"--", "sh", "-c", script}));
        QVERIFY(exec->waitForFinished());
        QCOMPARE(exec->exitCode(), exitCode);
    }

    // SIGTERM or SIGINT sent to exec (by kill, not a terminal) reaches the child; exec exits
    // with the child's status.
    void execForwardsSignals_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("exitCode");
        const QString trapping = QStringLiteral(
            "trap 'kill $p; exit %1' %2; sleep 60 & p=$!; echo ready; wait $p; exit 1");
        QTest::newRow("SIGTERM, trapped") << int(SIGTERM) << trapping.arg(42).arg("TERM") << 42;
        QTest::newRow("SIGINT, trapped") << int(SIGINT) << trapping.arg(43).arg("INT") << 43;
        QTest::newRow("SIGTERM, default action")
            << int(SIGTERM) << QStringLiteral("echo ready; exec sleep 60") << 128 + SIGTERM;
    }
    void execForwardsSignals()
    {
        QFETCH(int, signalNumber);
        QFETCH(QString, script);
        QFETCH(int, exitCode);
        m_sim->setLifetimeSeconds(3600);
        std::unique_ptr<CliRun> exec(cli(QStringList{"exec"} + requestArgs(m_sim->url())
                                         + QStringList{"--", "sh", "-c", script}));
        QVERIFY2(exec->waitForOutput("ready\n"), exec->err().constData());
        exec->signal(signalNumber);
        QVERIFY(exec->waitForFinished());
        QCOMPARE(exec->exitCode(), exitCode);
    }

    void execFailedFetch_data() { serveFailedFetch_data(); }
    void execFailedFetch()
    {
        QFETCH(bool, wrongKey);
        QFETCH(bool, gatewayDown);
        QFETCH(bool, withSecret);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString marker = dir.filePath("child-ran");
        QUrl gateway = m_sim->url();
        if (gatewayDown)
            gateway.setPort(closedPort());
        std::unique_ptr<CliRun> exec(
            cli(QStringList{"exec"} + requestArgs(gateway, wrongKey ? "87654321" : AppKey)
                    + QStringList{"--", "sh", "-c", "touch \"$0\"", marker},
                {}, withSecret));
        QVERIFY(exec->waitForFinished());
        QCOMPARE(exec->exitCode(), exitCode);
        QVERIFY(!QFile::exists(marker));
        QVERIFY(!exec->err().contains(AppSecret));
        // The same command with a fetch that works does run: the marker is a real witness.
        if (wrongKey) {
            std::unique_ptr<CliRun> ok(cli(QStringList{"exec"} + requestArgs(m_sim->url())
                                           + QStringList{"--", "sh", "-c", "touch \"$0\"", marker}));
            QVERIFY(ok->waitForFinished());
            QCOMPARE(ok->exitCode(), 0);
            QVERIFY(QFile::exists(marker));
        }
    }

    void execCannotRun_data()
    {
        QTest::addColumn<QString>("command"); // "FILE": a file that is not executable
        QTest::addColumn<int>("exitCode");
        QTest::newRow("not on PATH") << "tokendesk-no-such-command-7f3a" << 127;
        QTest::newRow("no such path") << "/nonexistent/tokendesk/cmd" << 127;
        QTest::newRow("not executable") << "FILE" << 126;
    }
    void execCannotRun()
    {
        QFETCH(QString, command);
        QFETCH(int, exitCode);
        m_sim->setLifetimeSeconds(3600);
        QTemporaryDir dir;
        if (command == "FILE") {
            command = dir.filePath("script.sh");
            writeFile(command, "#!/bin/sh\nexit 0\n");
            QVERIFY(setMode(command, 0644));
        }
        std::unique_ptr<CliRun> exec(cli(QStringList{"exec"} + requestArgs(m_sim->url())
                                         + QStringList{"--", command, "arg"}));
        QVERIFY(exec->waitForFinished());
        QCOMPARE(exec->exitCode(), exitCode);
        QVERIFY2(exec->err().contains("Cannot run"), exec->err().constData());
    }

    void execNeedsCommand_data()
    {
        QTest::addColumn<QStringList>("tail");
        QTest::newRow("no --") << QStringList{"sh", "-c", "exit 0"};
        QTest::newRow("nothing after --") << QStringList{"--"};
    }
    void execNeedsCommand()
    {
        QFETCH(QStringList, tail);
        std::unique_ptr<CliRun> exec(cli(QStringList{"exec"} + requestArgs(m_sim->url()) + tail));
        QVERIFY(exec->waitForFinished());
        QCOMPARE(exec->exitCode(), 2);
        QCOMPARE(m_sim->requestCount(), 0);
    }

    // --- configure-aliyun -------------------------------------------------------------------

    void configureMissingFile()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath("new/.aliyun/config.json");
        const std::unique_ptr<CliRun> run = configure(config);
        QVERIFY2(run->exitCode() == 0, run->err().constData());
        QCOMPARE(modeOf(config), 0600);
        QCOMPARE(modeOf(dir.filePath("new/.aliyun")), 0700);
        const QJsonObject root = QJsonDocument::fromJson(readFile(config)).object();
        QCOMPARE(root.value("current").toString(), "td");
        const QJsonArray profiles = root.value("profiles").toArray();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles[0].toObject().value("mode").toString(), "External");
        QVERIFY(!readFile(config).contains(AppSecret));
        QVERIFY(!run->out().contains(AppSecret) && !run->err().contains(AppSecret));
        QCOMPARE(m_sim->requestCount(), 0); // configuring fetches nothing
    }

    void configureDefaultPathIsHome()
    {
        QTemporaryDir home;
        std::unique_ptr<CliRun> run(
            new CliRun(QStringList{"configure-aliyun", "--name", "td"} + requestArgs(m_sim->url()),
                       home.path()));
        QVERIFY(run->waitForFinished());
        QVERIFY2(run->exitCode() == 0, run->err().constData());
        const QString config = home.filePath(".aliyun/config.json");
        QCOMPARE(modeOf(config), 0600);
        QCOMPARE(modeOf(home.filePath(".aliyun")), 0700);
        QVERIFY(run->out().contains(config.toUtf8()));
    }

    void configureValidFile()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath("config.json");
        const QByteArray before = R"({
  "current": "default",
  "profiles": [
    {"name": "default", "mode": "AK", "access_key_id": "AKID", "access_key_secret": "AKS",
     "region_id": "cn-shanghai", "custom": [1, {"x": true}]},
    {"name": "td", "mode": "External", "process_command": "old command",
     "region_id": "cn-shenzhen", "sts_token": "STALE", "access_key_secret": "STALE-SECRET"},
    {"name": "last", "mode": "RamRoleArn"}
  ],
  "meta_path": "/somewhere",
  "future_key": {"nested": "kept"}
})";
        writeFile(config, before);
        QVERIFY(setMode(config, 0644));
        const std::unique_ptr<CliRun> run = configure(config);
        QVERIFY2(run->exitCode() == 0, run->err().constData());
        QCOMPARE(modeOf(config), 0600);

        const QJsonObject old = QJsonDocument::fromJson(before).object();
        const QJsonObject now = QJsonDocument::fromJson(readFile(config)).object();
        QCOMPARE(now.value("current"), old.value("current"));
        QCOMPARE(now.value("meta_path"), old.value("meta_path"));
        QCOMPARE(now.value("future_key"), old.value("future_key"));
        const QJsonArray profiles = now.value("profiles").toArray();
        QCOMPARE(profiles.size(), 3);
        QCOMPARE(profiles[0], old.value("profiles").toArray()[0]);
        QCOMPARE(profiles[2], old.value("profiles").toArray()[2]);
        const QJsonObject td = profiles[1].toObject();
        QCOMPARE(td.value("name").toString(), "td");
        QCOMPARE(td.value("mode").toString(), "External");
        QCOMPARE(td.value("region_id").toString(), "cn-shenzhen");
        QVERIFY(td.value("process_command").toString().contains("aliyun-process"));
        QVERIFY(!td.contains("sts_token") && !td.contains("access_key_secret"));
        QVERIFY(!readFile(config).contains("STALE"));
    }

    void configureCorruptFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated") << QByteArray("{\"profiles\": [ {\"name\": \"default\"");
        QTest::newRow("not JSON") << QByteArray("profiles = default\n");
        QTest::newRow("an array") << QByteArray("[1, 2]");
        QTest::newRow("profiles not a list") << QByteArray("{\"profiles\": \"default\"}");
    }
    void configureCorruptFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString config = dir.filePath("config.json");
        writeFile(config, content);
        QVERIFY(setMode(config, 0644));
        const std::unique_ptr<CliRun> run = configure(config);
        QCOMPARE(run->exitCode(), 2);
        // One clear line naming the file and saying it was left alone.
        const QByteArray err = run->err().trimmed();
        QCOMPARE(err.count('\n'), 0);
        QVERIFY2(err.contains(config.toUtf8()) && err.contains("left as it is"), err.constData());
        QCOMPARE(run->out(), QByteArray());
        QCOMPARE(readFile(config), content);
        QCOMPARE(modeOf(config), 0644);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"config.json"});
    }

    // The written process_command, split by Python's shlex as the SDKs split it, runs and
    // prints aliyun-process JSON, finding the secret in the environment.
    void configuredCommandRuns()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath("config.json");
        const QString tenant = QStringLiteral("it's \"t\" $(touch x) 租户");
        const std::unique_ptr<CliRun> run = configure(config, {}, tenant);
        QVERIFY2(run->exitCode() == 0, run->err().constData());
        const QByteArray file = readFile(config);
        QVERIFY(!file.contains(AppSecret));
        const QString command = QJsonDocument::fromJson(file)
                                    .object()
                                    .value("profiles")
                                    .toArray()[0]
                                    .toObject()
                                    .value("process_command")
                                    .toString();

        QStringList words = shlexSplit(command);
        QVERIFY2(words.size() > 4, qPrintable(command));
        QCOMPARE(QFileInfo(words.first()).canonicalFilePath(),
                 QFileInfo(TOKENDESK_CLI_PATH).canonicalFilePath());
        QCOMPARE(words.value(words.indexOf("--tenant") + 1), tenant);
        QVERIFY(!words.contains("--request-id"));
        QCOMPARE(words.mid(words.size() - 2), QStringList({"-o", "aliyun-process"}));

        const QString program = words.takeFirst();
        CliRun fetch(words, m_home.path(), {}, true, program);
        QVERIFY(fetch.waitForFinished());
        QVERIFY2(fetch.exitCode() == 0, fetch.err().constData());
        const QJsonObject out = QJsonDocument::fromJson(fetch.out()).object();
        QCOMPARE(out.value("mode").toString(), "StsToken");
        for (const char *key : {"access_key_id", "access_key_secret", "sts_token"})
            QVERIFY2(!out.value(key).toString().isEmpty(), key);
        QVERIFY(QDateTime::fromString(out.value("expiration").toString(), Qt::ISODate).isValid());
        QCOMPARE(m_sim->requestCount(), 1);

        // Without the secret in the environment it says so, and fetches nothing.
        CliRun noSecret(words, m_home.path(), {}, false, program);
        QVERIFY(noSecret.waitForFinished());
        QCOMPARE(noSecret.exitCode(), 2);
        QVERIFY(noSecret.err().contains("TOKENDESK_APP_SECRET"));
        QCOMPARE(m_sim->requestCount(), 1);
    }

    void configureRefusesRequestId()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath("config.json");
        const std::unique_ptr<CliRun> run = configure(config, {"--request-id", "fixed"});
        QCOMPARE(run->exitCode(), 2);
        QVERIFY(run->err().contains("--request-id"));
        QVERIFY(!QFile::exists(config));
    }
};

QTEST_GUILESS_MAIN(TestCliServe)
#include "tst_cli_serve.moc"
