// tokendesk-bench-batch: `tokendesk-cli fetch --batch` over 1,000 rows against
// tokendesk-gateway-sim --latency 20 (a child process), at -j 1, -j 8 and -j 32 in the same run:
// wall time, speed-up over -j 1, and the CLI's peak resident memory (ru_maxrss of that one
// child, from wait4). The goals (issue 11): at least 6x at -j 8, and peak RSS at -j 32 no more
// than 1.3x that of -j 1.
//
// Figures are printed, never judged by the exit code; only a run whose output is wrong (a row
// missing or failed) exits 1.
#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

using namespace BenchSupport;

constexpr auto AppKey = "12345678";
constexpr auto Secret = "batch-bench-secret-0123456789";
constexpr int DefaultRows = 1000;
constexpr int DefaultLatencyMs = 20;
constexpr int SimStartMs = 10000;

struct Run
{
    int jobs = 0;
    double seconds = 0;
    qint64 maxRssKiB = -1;
    int status = -1;
    int okLines = 0;
    int lines = 0;
};

// Runs the CLI with stdout and stderr to files and waits for exactly that child, so its
// rusage is its own (RUSAGE_CHILDREN would be the largest of every run so far).
Run runCli(const QString &cli, const QStringList &arguments, const QString &outPath,
           const QString &errPath, int jobs)
{
    Run run;
    run.jobs = jobs;
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(cli));
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &value : storage)
        argv.push_back(value.data());
    argv.push_back(nullptr);

    // The secret goes in the environment, never on the command line.
    std::vector<QByteArray> envStorage;
    for (char **entry = environ; *entry; ++entry) {
        if (!QByteArray(*entry).startsWith("TOKENDESK_APP_SECRET="))
            envStorage.emplace_back(*entry);
    }
    envStorage.push_back(QByteArray("TOKENDESK_APP_SECRET=") + Secret);
    std::vector<char *> envp;
    for (QByteArray &value : envStorage)
        envp.push_back(value.data());
    envp.push_back(nullptr);

    const QByteArray outFile = QFile::encodeName(outPath);
    const QByteArray errFile = QFile::encodeName(errPath);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outFile.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errFile.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    rusage usage = {};
    pid_t waited = -1;
    do {
        waited = wait4(pid, &status, 0, &usage);
    } while (waited < 0 && errno == EINTR);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (waited != pid)
        return run;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.maxRssKiB = usage.ru_maxrss; // KiB on Linux

    QFile out(outPath);
    if (out.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = out.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            ++run.lines;
            if (line.contains("\"ok\":true"))
                ++run.okLines;
        }
    }
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-bench-batch"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "fetch --batch at -j 1, 8 and 32 against the simulator with latency: wall time, "
        "speed-up, peak RSS."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows (default %1).").arg(DefaultRows),
                                        QStringLiteral("N"));
    const QCommandLineOption latencyOption(
        QStringLiteral("latency"),
        QStringLiteral("Simulator latency in ms (default %1).").arg(DefaultLatencyMs),
        QStringLiteral("MS"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"),
        QStringLiteral("60 rows, 5 ms latency: checks that it works (for CTest)."));
    parser.addOptions({rowsOption, latencyOption, smokeOption});
    parser.process(app);

    const bool smoke = parser.isSet(smokeOption);
    int rows = smoke ? 60 : DefaultRows;
    int latency = smoke ? 5 : DefaultLatencyMs;
    bool ok = true;
    if (parser.isSet(rowsOption))
        rows = parser.value(rowsOption).toInt(&ok);
    if (ok && parser.isSet(latencyOption))
        latency = parser.value(latencyOption).toInt(&ok);
    if (!ok || rows < 1 || latency < 0) {
        err() << "tokendesk-bench-batch: --rows needs a positive number, --latency one >= 0"
              << Qt::endl;
        return 2;
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    QByteArray csv = "tenant,store,scene,usage_scene,product\n";
    for (int i = 0; i < rows; ++i)
        csv += "tenant-" + QByteArray::number(i % 50) + ",poi-" + QByteArray::number(i)
            + ",s1,upload,oss\n";
    const QString rowsPath = dir.filePath(QStringLiteral("rows.csv"));
    QFile rowsFile(rowsPath);
    if (!rowsFile.open(QIODevice::WriteOnly) || rowsFile.write(csv) != csv.size())
        return 1;
    rowsFile.close();

    QProcess sim;
    const QUrl simUrl = startListeningChild(
        sim, QStringLiteral(TOKENDESK_SIM_PATH),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--latency"),
         QString::number(latency), QStringLiteral("--app"),
         QLatin1String(AppKey) + QLatin1Char(':') + QLatin1String(Secret)},
        SimStartMs);
    if (simUrl.isEmpty()) {
        err() << "tokendesk-bench-batch: the simulator did not start" << Qt::endl;
        sim.kill();
        sim.waitForFinished(2000);
        return 1;
    }
    const QString gateway = simUrl.toString();

    const QString load = loadAverage();
    std::vector<Run> runs;
    for (int jobs : {1, 8, 32}) {
        const QStringList arguments{QStringLiteral("fetch"),
                                    QStringLiteral("--batch"),
                                    rowsPath,
                                    QStringLiteral("-j"),
                                    QString::number(jobs),
                                    QStringLiteral("--gateway"),
                                    gateway,
                                    QStringLiteral("--app-key"),
                                    QLatin1String(AppKey)};
        runs.push_back(runCli(QStringLiteral(TOKENDESK_CLI_PATH), arguments,
                              dir.filePath(QStringLiteral("out-%1.ndjson").arg(jobs)),
                              dir.filePath(QStringLiteral("err-%1.txt").arg(jobs)), jobs));
    }
    sim.terminate();
    if (!sim.waitForFinished(3000)) {
        sim.kill();
        sim.waitForFinished(2000);
    }

    out() << "TokenDesk fetch --batch: " << rows << " rows, tokendesk-gateway-sim --latency "
          << latency << " (build " << QStringLiteral(TOKENDESK_BENCH_BUILD_TYPE)
          << ", load average " << load << " at start)" << Qt::endl;
    out() << QStringLiteral("-j").rightJustified(4) << QStringLiteral("wall s").rightJustified(9)
          << QStringLiteral("rows/s").rightJustified(9)
          << QStringLiteral("speed-up").rightJustified(10)
          << QStringLiteral("peak RSS").rightJustified(11)
          << QStringLiteral("RSS/-j1").rightJustified(9) << QStringLiteral("  rows ok") << Qt::endl;
    bool correct = true;
    const Run &first = runs.front();
    for (const Run &run : runs) {
        const double speedUp = run.seconds > 0 ? first.seconds / run.seconds : 0;
        const double rssRatio =
            first.maxRssKiB > 0 ? double(run.maxRssKiB) / double(first.maxRssKiB) : 0;
        out() << QString::number(run.jobs).rightJustified(4)
              << fixed(run.seconds, 2).rightJustified(9)
              << fixed(run.seconds > 0 ? rows / run.seconds : 0, 1).rightJustified(9)
              << QString(fixed(speedUp, 2) + QLatin1Char('x')).rightJustified(10)
              << mib(run.maxRssKiB).rightJustified(11)
              << QString(fixed(rssRatio, 2) + QLatin1Char('x')).rightJustified(9)
              << QStringLiteral("  ") << run.okLines << "/" << rows << Qt::endl;
        if (run.status != 0 || run.okLines != rows || run.lines != rows) {
            correct = false;
            err() << "tokendesk-bench-batch: -j " << run.jobs << " exited " << run.status
                  << " with " << run.okLines << " of " << rows << " rows ok" << Qt::endl;
        }
    }
    if (runs.size() == 3 && first.seconds > 0 && first.maxRssKiB > 0) {
        const double speedUp8 = first.seconds / runs[1].seconds;
        const double rss32 = double(runs[2].maxRssKiB) / double(first.maxRssKiB);
        out() << Qt::endl
              << "goal: speed-up at -j 8 >= 6x        " << fixed(speedUp8, 2) << "x  "
              << (speedUp8 >= 6.0 ? "met" : "MISSED") << Qt::endl
              << "goal: peak RSS -j 32 <= 1.3x -j 1   " << fixed(rss32, 2) << "x  "
              << (rss32 <= 1.3 ? "met" : "MISSED") << Qt::endl;
    }
    return correct ? 0 : 1;
}
