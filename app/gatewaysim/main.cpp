// tokendesk-gateway-sim: the GatewaySimulator as a program, for demos and for tests that need a
// separate process.
#include "gatewaysimulator.h"
#include "logging.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using TokenDesk::GatewaySimulator;

namespace {

constexpr auto DefaultApp = "12345678:test-secret";
constexpr auto AppsEnvironment = "TOKENDESK_SIM_APPS";

void printError(const QString &message)
{
    std::fprintf(stderr, "tokendesk-gateway-sim: %s\n", qPrintable(message));
}

struct App
{
    QString key;
    QByteArray secret;
};

// "KEY:SECRET"; the secret may itself contain ':'.
std::optional<App> parseApp(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0 || colon == text.size() - 1)
        return std::nullopt;
    return App{text.left(colon).trimmed(), text.mid(colon + 1).toUtf8()};
}

std::optional<qint64> parseInteger(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

#ifdef Q_OS_UNIX
// Self-pipe: the handler only writes a byte; the event loop notices and quits normally, so
// the server closes its sockets and the process exits with status 0.
int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::pipe(signalPipe) != 0)
        return; // the default action (terminate) still applies
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        qCInfo(lcSim) << "signal received; stopping";
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#else
void quitOnTerminationSignals(QCoreApplication &) { }
#endif

struct Options
{
    QCommandLineOption port{QStringLiteral("port"),
                            QStringLiteral("Port to listen on (default 0: any free port)."),
                            QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption app{
        QStringLiteral("app"),
        QStringLiteral("An app the gateway accepts; repeatable. Also read from the environment "
                       "variable %1 as \"KEY:SECRET,KEY2:SECRET2\", which keeps the secret out "
                       "of the process list. Without either, the demo app %2 is accepted: its "
                       "secret is public, for demos and tests only.")
            .arg(QLatin1String(AppsEnvironment), QLatin1String(DefaultApp)),
        QStringLiteral("KEY:SECRET")};
    QCommandLineOption scenario{
        QStringLiteral("scenario"),
        QStringLiteral("What to answer after verification: %1.")
            .arg(GatewaySimulator::scenarioNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("normal")};
    QCommandLineOption lifetime{QStringLiteral("lifetime"),
                                QStringLiteral("Credential lifetime in seconds (default 3600)."),
                                QStringLiteral("SECONDS"), QStringLiteral("3600")};
    QCommandLineOption banSeconds{
        QStringLiteral("ban-seconds"),
        QStringLiteral("Ban announced by the rate-limited scenario (default 2)."),
        QStringLiteral("N"), QStringLiteral("2")};
    QCommandLineOption slowMs{QStringLiteral("slow-ms"),
                              QStringLiteral("Delay of the slow-answer scenario (default 20000)."),
                              QStringLiteral("N"), QStringLiteral("20000")};
    QCommandLineOption clockSkew{
        QStringLiteral("clock-skew"),
        QStringLiteral("How far ahead the gateway's clock runs in the clock-skew scenario "
                       "(default 900; may be negative)."),
        QStringLiteral("SECONDS"), QStringLiteral("900")};
    QCommandLineOption expirationStyle{
        QStringLiteral("expiration-style"),
        QStringLiteral("How expiration is written: iso (default), top, epoch or epoch-ms."),
        QStringLiteral("STYLE"), QStringLiteral("iso")};
    QCommandLineOption bind{QStringLiteral("bind"),
                            QStringLiteral("Address to listen on (default 127.0.0.1)."),
                            QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")};
    QCommandLineOption latency{QStringLiteral("latency"),
                               QStringLiteral("Delay every answer by MS milliseconds (default 0)."),
                               QStringLiteral("MS"), QStringLiteral("0")};
    QCommandLineOption rate{
        QStringLiteral("rate"),
        QStringLiteral("At most N calls per second for each app key (default 0: no limit). "
                       "Past it, code 7 App Call Limited with \"This ban will last for K more "
                       "seconds\" until the second is over, as TOP answers; on exit, one line "
                       "on stderr counts the bans and any call made during one."),
        QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption verbose{QStringLiteral("verbose"),
                               QStringLiteral("Log each request to stderr (never secrets).")};
};

QList<App> collectApps(const QCommandLineParser &parser, const Options &options, bool &ok)
{
    QStringList texts = parser.values(options.app);
    const QString environment = qEnvironmentVariable(AppsEnvironment);
    const QStringList fromEnvironment = environment.split(u',', Qt::SkipEmptyParts);
    texts += fromEnvironment;
    if (texts.isEmpty())
        texts.append(QLatin1String(DefaultApp));
    QList<App> apps;
    ok = true;
    for (const QString &text : std::as_const(texts)) {
        const auto app = parseApp(text.trimmed());
        if (!app) {
            // Never echo the value: it holds a secret.
            printError(QStringLiteral("an app must be given as KEY:SECRET"));
            ok = false;
            return {};
        }
        apps.append(*app);
    }
    return apps;
}

// Applies every option to the simulator; false (after printing why) on a bad value.
bool configure(GatewaySimulator &sim, const QCommandLineParser &parser, const Options &options)
{
    bool appsOk = false;
    const QList<App> apps = collectApps(parser, options, appsOk);
    if (!appsOk)
        return false;
    for (const App &app : apps)
        sim.addApp(app.key, app.secret);

    const auto scenario = GatewaySimulator::scenarioFromName(parser.value(options.scenario));
    if (!scenario) {
        printError(QStringLiteral("unknown scenario; one of: %1")
                       .arg(GatewaySimulator::scenarioNames().join(QStringLiteral(", "))));
        return false;
    }
    sim.setScenario(*scenario);

    const auto lifetime = parseInteger(parser.value(options.lifetime), 1, 7 * 24 * 3600);
    const auto ban = parseInteger(parser.value(options.banSeconds), 0, 24 * 3600);
    const auto slow = parseInteger(parser.value(options.slowMs), 0, 600 * 1000);
    const auto skew =
        parseInteger(parser.value(options.clockSkew), -10 * 365 * 86400LL, 10 * 365 * 86400LL);
    if (!lifetime || !ban || !slow || !skew) {
        printError(QStringLiteral("--lifetime, --ban-seconds, --slow-ms and --clock-skew take "
                                  "whole numbers in a sensible range"));
        return false;
    }
    sim.setLifetimeSeconds(int(*lifetime));
    sim.setBanSeconds(int(*ban));
    sim.setSlowDelayMs(int(*slow));
    sim.setClockSkewSeconds(*skew);

    const auto latency = parseInteger(parser.value(options.latency), 0, 600 * 1000);
    const auto rate = parseInteger(parser.value(options.rate), 0, 1000 * 1000);
    if (!latency || !rate) {
        printError(QStringLiteral("--latency takes 0 to 600000 (ms) and --rate 0 to 1000000"));
        return false;
    }
    sim.setLatencyMs(int(*latency));
    sim.setRateLimit(int(*rate));

    const QString style = parser.value(options.expirationStyle).trimmed().toLower();
    const QStringList styles{QStringLiteral("iso"), QStringLiteral("top"), QStringLiteral("epoch"),
                             QStringLiteral("epoch-ms")};
    if (!styles.contains(style)) {
        printError(QStringLiteral("--expiration-style is one of: iso, top, epoch, epoch-ms"));
        return false;
    }
    sim.setExpirationStyle(style);
    return true;
}

std::optional<QHostAddress> bindAddress(const QString &text)
{
    if (text.trimmed().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(text.trimmed()))
        return std::nullopt;
    return address;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-gateway-sim"));
    QCoreApplication::setApplicationVersion(QLatin1String(TokenDesk::Version));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local stand-in for the TOP gateway: serves "
        "alibaba.security.deepvision.proxy.security.common.token.get on "
        "http://127.0.0.1:PORT/router/rest, verifying app key, timestamp and signature as the "
        "real gateway does, and minting fake credentials. Prints one line, \"Listening on "
        "URL\", once it is ready."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options;
    parser.addOptions({options.port, options.app, options.scenario, options.lifetime,
                       options.banSeconds, options.slowMs, options.clockSkew,
                       options.expirationStyle, options.bind, options.latency, options.rate,
                       options.verbose});
    parser.process(app);

    if (parser.isSet(options.verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.sim.info=true"));

    GatewaySimulator sim;
    if (!configure(sim, parser, options))
        return 2;
    const auto port = parseInteger(parser.value(options.port), 0, 65535);
    const auto address = bindAddress(parser.value(options.bind));
    if (!port || !address) {
        printError(QStringLiteral("--port takes 0 to 65535 and --bind an IP address"));
        return 2;
    }
    if (!sim.listen(*address, quint16(*port))) {
        printError(QStringLiteral("cannot listen: %1").arg(sim.errorString()));
        return 1;
    }

    quitOnTerminationSignals(app);
    // Tests read the port from this line, so it goes out at once and alone.
    std::fprintf(stdout, "Listening on %s\n", sim.url().toEncoded().constData());
    std::fflush(stdout);
    const int status = app.exec();
    if (sim.rateLimit() > 0 || parser.isSet(options.verbose)) {
        // For scripts and benchmarks that run the simulator as a program: what the limit did.
        std::fprintf(stderr,
                     "tokendesk-gateway-sim: %d requests, %d bans, %d rate-limited answers, %d "
                     "calls during a ban\n",
                     sim.requestCount(), sim.bansStarted(), sim.rateLimitedCount(),
                     sim.callsDuringBan());
    }
    return status;
}
