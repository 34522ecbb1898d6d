// End-to-end tests of `tokendesk-cli fetch --batch`: the real binary against an in-process
// GatewaySimulator over loopback, with a rate limit and latency, SIGINT, and bad input.
#include "gatewaysimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace TokenDesk;

namespace {

constexpr auto AppKey = "12345678";
// Long and unusual, so finding it anywhere in the output cannot be a coincidence.
constexpr auto Secret = "batch-secret-Zq8vK3pW";
constexpr int WaitMs = 90000;

struct BatchRun
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> objects;
        const QList<QByteArray> raw = out.split('\n');
        for (const QByteArray &line : raw) {
            if (!line.isEmpty())
                objects << QJsonDocument::fromJson(line).object();
        }
        return objects;
    }
};

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Loopback only: no proxy from the environment may see the test traffic.
    for (const char *name :
         {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("TOKENDESK_APP_SECRET"), QLatin1String(Secret));
    return env;
}

void startBatch(QProcess &process, const QStringList &arguments, const QByteArray &input)
{
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(TOKENDESK_CLI_PATH), arguments);
    if (!process.waitForStarted(10000))
        return;
    process.write(input);
    process.closeWriteChannel();
}

// Waits with the event loop running, so the in-process simulator answers meanwhile.
BatchRun finish(QProcess &process)
{
    BatchRun run;
    run.finished =
        QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, WaitMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(1000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out += process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    return run;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

} // namespace

class TestCliBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<GatewaySimulator>();
        m_sim->addApp(QLatin1String(AppKey), Secret);
        QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
        QVERIFY(m_dir.isValid());
    }
    void cleanup() { m_sim.reset(); }

    void twoHundredRowsUnderARateLimit();
    void sigintPrintsEveryFinishedRow();
    void emptyInput_data();
    void emptyInput();
    void jobsOutOfRange_data();
    void jobsOutOfRange();
    void exitStatusIsTheHighestRowCode();

private:
    QStringList batchArgs(const QString &input, const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("fetch"),
                           QStringLiteral("--batch"),
                           input,
                           QStringLiteral("--gateway"),
                           m_sim->url().toString(),
                           QStringLiteral("--app-key"),
                           QLatin1String(AppKey)}
        + extra;
    }
    static void verifyNoSecret(const BatchRun &run)
    {
        QVERIFY(!run.out.contains(Secret));
        QVERIFY(!run.err.contains(Secret));
    }

    std::unique_ptr<GatewaySimulator> m_sim;
    QTemporaryDir m_dir;
};

void TestCliBatch::twoHundredRowsUnderARateLimit()
{
    m_sim->setRateLimit(40);
    // A comment and a header first, then 200 good rows with three bad ones among them. Every
    // good row asks for its own tenant, so each answer can be matched to its row.
    QByteArray csv = "# stores for the test\ntenant,store,scene,usage_scene,product\n";
    int line = 2;
    QHash<int, QString> tenantOfLine;
    QHash<int, QByteArray> badLines;
    for (int i = 0; i < 200; ++i) {
        if (i == 10 || i == 100 || i == 150) {
            const QByteArray bad = i == 10 ? "t-bad,poi-bad,s1,upload\n"
                : i == 100                 ? "t-bad,poi-bad,s1,upload,oss,extra\n"
                                           : "\"t-bad\",,s1,upload,oss\n";
            csv += bad;
            badLines.insert(++line, bad);
        }
        const QString tenant = QStringLiteral("t-%1").arg(i);
        csv += tenant.toUtf8() + ",poi-" + QByteArray::number(i) + ",s1,upload,oss\n";
        tenantOfLine.insert(++line, tenant);
    }
    const QString file = writeFile(m_dir, QStringLiteral("rows.csv"), csv);
    QVERIFY(!file.isEmpty());

    QProcess cli;
    startBatch(cli, batchArgs(file), {});
    const BatchRun run = finish(cli);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2); // the bad rows' usage error is the highest row code
    verifyNoSecret(run);

    const QList<QJsonObject> lines = run.lines();
    QCOMPARE(lines.size(), 203);
    QSet<int> seen;
    for (const QJsonObject &object : lines) {
        const int row = object.value(QLatin1String("row")).toInt();
        QVERIFY2(!seen.contains(row), "each row is printed once");
        seen.insert(row);
        if (badLines.contains(row)) {
            QCOMPARE(object.value(QLatin1String("ok")), QJsonValue(false));
            const QJsonObject error = object.value(QLatin1String("error")).toObject();
            QCOMPARE(error.value(QLatin1String("exit_code")).toInt(), 2);
            QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
            continue;
        }
        QVERIFY2(tenantOfLine.contains(row), qPrintable(QString::number(row)));
        QVERIFY2(object.value(QLatin1String("ok")).toBool(),
                 QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(object.value(QLatin1String("tenant_code")).toString(), tenantOfLine.value(row));
        for (const char *field : {"access_key_id", "access_key_secret", "token", "expiration",
                                  "expires_in", "policy", "request_id"})
            QVERIFY2(object.contains(QLatin1String(field)), field);
    }
    // The error lines name what was wrong with each bad row.
    const auto messageOf = [&lines](int row) {
        for (const QJsonObject &object : lines) {
            if (object.value(QLatin1String("row")).toInt() == row)
                return object.value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString();
        }
        return QString();
    };
    const QList<int> bad = badLines.keys();
    int missing = 0, tooMany = 0;
    for (int row : bad) {
        missing += messageOf(row).contains(QLatin1String("Missing field")) ? 1 : 0;
        tooMany += messageOf(row).contains(QLatin1String("Too many columns")) ? 1 : 0;
    }
    QCOMPARE(missing, 1);
    QCOMPARE(tooMany, 1);

    // The limit was reached, and the CLI never called while it knew of a ban.
    QVERIFY(m_sim->bansStarted() > 0);
    QCOMPARE(m_sim->callsDuringBan(), 0);
    QCOMPARE(m_sim->requestCount(), 200 + m_sim->rateLimitedCount());
}

void TestCliBatch::sigintPrintsEveryFinishedRow()
{
    m_sim->setLatencyMs(250);
    QByteArray csv;
    for (int i = 0; i < 60; ++i)
        csv += "t-" + QByteArray::number(i) + ",poi,s1,upload,oss\n";

    QProcess cli;
    startBatch(cli, batchArgs(QStringLiteral("-")), csv);
    QByteArray out;
    // Interrupt once some rows are done and others are in flight.
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += cli.readAllStandardOutput();
            return out.count('\n') >= 4 || cli.state() == QProcess::NotRunning;
        },
        WaitMs));
    QCOMPARE(cli.state(), QProcess::Running);
    QCOMPARE(::kill(pid_t(cli.processId()), SIGINT), 0);
    BatchRun run = finish(cli);
    run.out.prepend(out);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 130);
    verifyNoSecret(run);

    // Every request that reached the gateway was waited for and printed, and no more started.
    const QList<QJsonObject> lines = run.lines();
    QCOMPARE(lines.size(), m_sim->requestCount());
    QVERIFY(lines.size() < 60);
    QSet<int> rows;
    for (const QJsonObject &object : lines) {
        QVERIFY(object.value(QLatin1String("ok")).toBool());
        rows.insert(object.value(QLatin1String("row")).toInt());
    }
    QCOMPARE(rows.size(), lines.size());
}

void TestCliBatch::emptyInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("fromStdin");
    QTest::newRow("empty, standard input") << QByteArray() << true;
    QTest::newRow("empty file") << QByteArray() << false;
    QTest::newRow("header only") << QByteArray("tenant,store,scene,usage_scene,product\n") << false;
    QTest::newRow("header only, standard input")
        << QByteArray("tenant,store,scene,usage_scene,product\n") << true;
    QTest::newRow("comments and blank lines") << QByteArray("# nothing yet\n\n   \n") << false;
}

void TestCliBatch::emptyInput()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, fromStdin);
    const QString input =
        fromStdin ? QStringLiteral("-") : writeFile(m_dir, QStringLiteral("empty.csv"), content);
    QProcess cli;
    startBatch(cli, batchArgs(input), fromStdin ? content : QByteArray());
    const BatchRun run = finish(cli);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(m_sim->requestCount(), 0);
    verifyNoSecret(run);
}

void TestCliBatch::jobsOutOfRange_data()
{
    QTest::addColumn<QString>("jobs");
    QTest::newRow("0") << QStringLiteral("0");
    QTest::newRow("65") << QStringLiteral("65");
    QTest::newRow("-1") << QStringLiteral("-1");
    QTest::newRow("not a number") << QStringLiteral("many");
}

void TestCliBatch::jobsOutOfRange()
{
    QFETCH(QString, jobs);
    QProcess cli;
    startBatch(cli, batchArgs(QStringLiteral("-"), {QStringLiteral("-j"), jobs}),
               "t1,p1,s1,u1,oss\n");
    const BatchRun run = finish(cli);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.contains("-j takes a whole number from 1 to 64"), run.err.constData());
    QCOMPARE(m_sim->requestCount(), 0);
    verifyNoSecret(run);
}

void TestCliBatch::exitStatusIsTheHighestRowCode()
{
    // The gateway refuses every call (exit 3, with TOP's code and sub_code); one row is bad
    // (exit 2). A refusal is no reason to stop: every row gets its line.
    m_sim->setScenario(GatewaySimulator::Scenario::InvalidArguments);
    QProcess cli;
    startBatch(cli, batchArgs(QStringLiteral("-"), {QStringLiteral("-j"), QStringLiteral("2")}),
               "t1,p1,s1,u1,oss\nt2,p2\nt3,p3,s3,u3,oss\n");
    const BatchRun run = finish(cli);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 3);
    verifyNoSecret(run);
    const QList<QJsonObject> lines = run.lines();
    QCOMPARE(lines.size(), 3);
    for (const QJsonObject &object : lines) {
        QCOMPARE(object.value(QLatin1String("ok")), QJsonValue(false));
        const int row = object.value(QLatin1String("row")).toInt();
        const QJsonObject error = object.value(QLatin1String("error")).toObject();
        if (row == 2) {
            QCOMPARE(error.value(QLatin1String("exit_code")).toInt(), 2);
            QVERIFY(!error.contains(QLatin1String("code")));
        } else {
            QVERIFY(row == 1 || row == 3);
            QCOMPARE(error.value(QLatin1String("exit_code")).toInt(), 3);
            QCOMPARE(error.value(QLatin1String("code")), QJsonValue(41));
            QCOMPARE(error.value(QLatin1String("sub_code")).toString(),
                     QStringLiteral("isv.invalid-parameter"));
            QVERIFY(error.value(QLatin1String("message")).toString().contains(QLatin1String("41")));
        }
    }
}

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_cli_batch.moc"
