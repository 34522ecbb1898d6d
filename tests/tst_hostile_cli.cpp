// The second round of hostile and broken inputs (issue 13), end to end: the real tokendesk-cli
// against HostileGateway, one row per input, each with its exit code, its one line on standard
// error, and the app secret nowhere in the output.
#include "hostilegateway.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <functional>

#include <unistd.h>

using namespace TestSupport;

namespace {

constexpr auto AppSecret = "hostile-app-secret-Qx7wPz";

QStringList requestArgs(const QString &gateway)
{
    return {"fetch",  "--gateway", gateway, "--app-key", "12345678", "--tenant",
            "t-1",    "--store",   "poi-1", "--scene",   "s1",       "--usage-scene",
            "upload", "--product", "oss",   "--timeout", "10"};
}

enum class Stdin { Closed, KeptOpen };
enum class Stdout { Pipe, DevFull, Closed };

// One row: the gateway's answer to every request, what the CLI is given, what must come out.
struct HostileCase
{
    HostileCase(const char *caseName, std::function<HostileAnswer()> gatewayAnswer,
                int expectedExit, const QByteArray &mentions)
        : name(caseName)
        , answer(std::move(gatewayAnswer))
        , exitCode(expectedExit)
        , stderrMentions(mentions)
    { }
    HostileCase &args(const QStringList &extra)
    {
        extraArgs = extra;
        return *this;
    }
    // --secret-stdin, fed `data`; the pipe closed after it unless `mode` keeps it open.
    HostileCase &secretOnStdin(const QByteArray &data, Stdin mode = Stdin::Closed)
    {
        stdinData = data.isNull() ? QByteArray("") : data;
        stdinMode = mode;
        return *this;
    }
    HostileCase &output(Stdout mode)
    {
        stdoutMode = mode;
        return *this;
    }
    // Appended as the bytes the printf %b escapes say: QProcess would send them as UTF-8.
    HostileCase &rawArgument(const QByteArray &escapes)
    {
        rawLastArgument = escapes;
        return *this;
    }
    HostileCase &printing(const QByteArrayList &texts)
    {
        stdoutMentions = texts;
        return *this;
    }
    HostileCase &never(const QByteArrayList &texts)
    {
        neverShown = texts;
        return *this;
    }
    // At most this many requests reach the gateway (default: one try and both retries).
    HostileCase &requests(int count)
    {
        maxRequests = count;
        return *this;
    }

    const char *name;
    std::function<HostileAnswer()> answer;
    int exitCode;
    QByteArray stderrMentions; // in the one stderr line; empty: stderr must be empty
    QStringList extraArgs;
    QByteArray stdinData; // null: the secret comes from the environment
    Stdin stdinMode = Stdin::Closed;
    Stdout stdoutMode = Stdout::Pipe;
    QByteArray rawLastArgument;
    QByteArrayList stdoutMentions;
    QByteArrayList neverShown; // in neither stdout nor stderr (nor the app secret, ever)
    int maxRequests = 3;
};

QList<HostileCase> hostileCases()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto expiringIn = [now](qint64 seconds) { return quoted(isoUtc(now.addSecs(seconds))); };
    // A credential for an hour, its expiration and the Date header `skew` seconds off ours.
    const auto answer = [now, expiringIn](qint64 expiresIn, qint64 skew = 0,
                                          const QByteArray &policy = {}) {
        return [=] {
            return jsonAnswer(credentialAnswer(expiringIn(expiresIn), policy),
                              {dateHeader(now.addSecs(skew))});
        };
    };
    const auto body = [](const QByteArray &text, const QList<QByteArray> &headers = {}) {
        return [=] { return jsonAnswer(text, headers); };
    };
    const auto good = answer(3600);
    const QByteArray nested = R"({"version":"1","statement":{"datas":{"datas":{"datas":[)"
                              R"({"effect":"Allow","action":["oss:*"],"resource":["*"]}]}}}})";
    const auto redirectLoop = [] {
        HostileAnswer loop;
        loop.redirectToSelf = true;
        return loop;
    };
    const auto bomb = [] {
        static const QByteArray gzipped = gzip(QByteArray(64 * 1024 * 1024, ' '));
        return jsonAnswer(gzipped, {"Content-Encoding: gzip"});
    };
    // clang-format off
    return {
        HostileCase("control: a good answer", good, 0, {})
            .printing({"\"expiration\": \"", "\"expires_in\": 3"}),
        HostileCase("--secret-stdin, pipe open and silent", good, 2,
                    "standard input sent no secret within 1 s")
            .args({"--timeout", "1"}).secretOnStdin("", Stdin::KeptOpen).requests(0),
        HostileCase("--secret-stdin, 1 MiB without a newline", good, 2, "longer than 4096 bytes")
            .secretOnStdin(QByteArray(1024 * 1024, 'a')).requests(0),
        HostileCase("-o env > /dev/full", good, 6,
                    "The output could not be written: No space left on device")
            .args({"-o", "env"}).output(Stdout::DevFull),
        HostileCase("standard output closed", good, 6,
                    "The output could not be written: standard output is closed")
            .output(Stdout::Closed).requests(0),
        HostileCase("expiration \"tomorrow\"", body(credentialAnswer(quoted("tomorrow"))), 5,
                    "field \"expiration\" is not a date and time (\"tomorrow\")"),
        HostileCase("expiration missing", body(credentialAnswer({})), 5,
                    "result has no \"expiration\""),
        HostileCase("expiration empty", body(credentialAnswer(quoted(""))), 5,
                    "result has no \"expiration\""),
        HostileCase("expiration an hour in the past", answer(-3600), 5,
                    "credential that had already expired")
            .never({"clock differs"}),
        HostileCase("expired by the gateway's clock, ours two hours slow", answer(3600, 7200), 5,
                    "This computer's clock differs from the gateway's by 7"),
        HostileCase("our clock two hours fast, credential good by the gateway's",
                    answer(-3600, -7200), 0, {})
            .printing({"\"expires_in\": 3"}),
        HostileCase("policy.statement {\"datas\": \"x\"}",
                    answer(3600, 0, R"({"version":"1","statement":{"datas":"x"}})"), 5,
                    "\"policy\" that is not a policy document"),
        HostileCase("policy.statement nested three deep", answer(3600, 0, nested), 5,
                    "\"policy\" that is not a policy document"),
        HostileCase("307 to the same URL, forever", redirectLoop, 4, "too many redirects")
            .never({"Internal problem", "Unknown error", "retrying"}).requests(2),
        HostileCase("gzip bomb, 64 MiB of spaces", bomb, 5, "larger than 1 MiB")
            .never({"Decompression failed"}).requests(1),
        HostileCase("gzip that does not decode",
                    body("\x1f\x8b\x08\x00garbage, not deflate", {"Content-Encoding: gzip"}), 5,
                    "does not decode as its Content-Encoding \"gzip\"")
            .never({"Could not reach"}).requests(1),
        HostileCase("HTTP 400 with a body",
                    [] { return statusAnswer("400 Bad Request", "{\"error\":\"bad request\"}"); },
                    4, "The gateway answered with HTTP status 400")
            .never({"Could not reach", ".."}).requests(1),
        HostileCase("HTTP 500 with a body",
                    [] { return statusAnswer("500 Internal Server Error", "<html>oops</html>"); },
                    4, "The gateway answered with HTTP status 500")
            .never({"Could not reach", ".."}).requests(1),
        HostileCase("--timeout nan", good, 2, "timeout must be a number")
            .args({"--timeout", "nan"}).requests(0),
        HostileCase("--store with invalid UTF-8", good, 2,
                    "The value of --store is not valid UTF-8")
            .args({"--store"}).rawArgument("\\377\\376").requests(0),
        HostileCase("--gateway with a query", good, 2, "must not carry a query")
            .args({"--gateway", "http://127.0.0.1:9/router/rest?app_key=evil&sign=1"})
            .requests(0),
        HostileCase("resp_code 123456789012345678901234567890",
                    body(credentialAnswer(expiringIn(3600), {},
                                          "123456789012345678901234567890")),
                    5, "field \"resp_code\" holds a number too large")
            .never({"e+29"}),
    };
    // clang-format on
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const HostileCase &test, const QString &gateway)
{
    QStringList arguments = requestArgs(gateway) + test.extraArgs;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const bool secretOnStdin = !test.stdinData.isNull();
    if (secretOnStdin) {
        arguments << "--secret-stdin";
        env.remove("TOKENDESK_APP_SECRET");
    } else {
        env.insert("TOKENDESK_APP_SECRET", AppSecret);
    }
    QProcess process;
    QString program = TOKENDESK_CLI_PATH;
    if (!test.rawLastArgument.isEmpty()) {
        // QProcess passes arguments as UTF-8; bytes that are not go through the shell.
        env.insert("RAW_ARGUMENT", QString::fromLatin1(test.rawLastArgument));
        arguments.prepend(program);
        arguments =
            QStringList{"-c", "exec \"$@\" \"$(printf %b \"$RAW_ARGUMENT\")\"", "sh"} + arguments;
        program = "/bin/sh";
    }
    process.setProcessEnvironment(env);
    if (test.stdoutMode == Stdout::DevFull)
        process.setStandardOutputFile("/dev/full");
    if (test.stdoutMode == Stdout::Closed)
        process.setChildProcessModifier([] { ::close(STDOUT_FILENO); });
    process.start(program, arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    if (secretOnStdin)
        process.write(test.stdinData);
    if (test.stdinMode == Stdin::Closed)
        process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(1000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestHostileCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileInput_data()
    {
        QTest::addColumn<int>("index");
        const QList<HostileCase> cases = hostileCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(cases.at(i).name) << i;
    }
    void hostileInput()
    {
        QFETCH(int, index);
        const HostileCase test = hostileCases().at(index);
        HostileGateway gateway(test.answer());
        QVERIFY(gateway.isListening());

        const Run run = runCli(test, gateway.url());
        const QByteArray both = run.out + run.err;
        QVERIFY2(run.exitCode == test.exitCode,
                 qPrintable(QStringLiteral("exit %1, stderr: %2")
                                .arg(run.exitCode)
                                .arg(QString::fromUtf8(run.err))));
        if (test.stderrMentions.isEmpty()) {
            QVERIFY2(run.err.isEmpty(), run.err.constData());
        } else {
            // Exactly one line, the program's, saying what the row says.
            QVERIFY2(run.err.startsWith("tokendesk-cli: ") && run.err.count('\n') == 1
                         && run.err.endsWith('\n'),
                     run.err.constData());
            QVERIFY2(run.err.contains(test.stderrMentions), run.err.constData());
        }
        for (const QByteArray &text : test.stdoutMentions)
            QVERIFY2(run.out.contains(text), run.out.constData());
        QVERIFY2(!both.contains(AppSecret), both.constData());
        for (const QByteArray &text : test.neverShown)
            QVERIFY2(!both.contains(text), text.constData());
        if (test.exitCode != 0)
            QVERIFY2(!run.err.contains(HostileCredentialSecret), run.err.constData());
        QVERIFY2(gateway.requests() <= test.maxRequests,
                 qPrintable(QString::number(gateway.requests())));
        if (test.exitCode == 0) {
            // The JSON result always carries an ISO-8601 UTC expiry and an integer expires_in.
            const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
            const QString expiration = doc.value("expiration").toString();
            QVERIFY2(expiration.endsWith('Z')
                         && QDateTime::fromString(expiration, Qt::ISODate).isValid(),
                     qPrintable(expiration));
            QVERIFY(doc.value("expires_in").isDouble());
            const double expiresIn = doc.value("expires_in").toDouble();
            QVERIFY2(expiresIn > 3500 && expiresIn <= 3600, qPrintable(QString::number(expiresIn)));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostile_cli.moc"
