// tokendesk-bench: the core's costs, each printed beside a baseline measured in the same run.
//
// 1. build+sign+parse one request: buildRequest() (hmac-sha256) plus parseResponse() of a real
//    wrapped-JSON answer from the simulator, against bare QJsonDocument::fromJson() of the same
//    bytes. JSON parsing is the floor any client pays for an answer, so the ratio says how much
//    signing, building and typed parsing add on top of it.
// 2. loopback fetch latency: TokenClient::fetch() to tokenReceived, against a raw
//    QNetworkAccessManager POST of the same signed request to the same in-process simulator,
//    both on one keep-alive QNAM. The transport is then identical, so the ratio is what the
//    client itself (validation, signing, queued start, deadline, parsing) adds to a round trip.
//
// Timing figures are printed, never judged: the exit code is non-zero only when something failed
// functionally (a fetch failed, a body did not parse into a TokenResponse).
#include "gatewaysimulator.h"
#include "requestbuilder.h"
#include "responseparser.h"
#include "tokenclient.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace TokenDesk;

namespace {

using namespace BenchSupport;

constexpr auto AppKey = "12345678";
constexpr auto Secret = "bench-secret-0123456789abcdef";
constexpr int Rounds = 5;
constexpr double CostTarget = 3.0;
constexpr double LatencyTarget = 1.2;
constexpr int DefaultFetches = 300;
constexpr int FetchTimeoutMs = 10000; // one loopback fetch; far beyond any sane latency

TokenRequest benchRequest()
{
    TokenRequest request;
    request.tenantCode = QStringLiteral("tenant-8842");
    request.storeId = QStringLiteral("poi-310115-0042");
    request.sceneCode = QStringLiteral("场景一");
    request.usageScene = QStringLiteral("upload");
    request.productCode = QStringLiteral("oss");
    request.requestId = QStringLiteral("0f8e2c1a-7b4d-4e59-9a36-2d1c5b8e7f90");
    return request;
}

// ---- 1. build + sign + parse -----------------------------------------------------------------

// Keeps results observable so the optimiser cannot drop the work being timed.
volatile qsizetype g_sink = 0;

qint64 timeLoop(const std::function<void()> &op, qint64 iterations)
{
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < iterations; ++i)
        op();
    return timer.nsecsElapsed();
}

// Iterations that take about `targetNs`, found by doubling until a run is long enough to trust.
qint64 calibrate(const std::function<void()> &op, qint64 targetNs)
{
    qint64 iterations = 1;
    qint64 elapsed = 0;
    while ((elapsed = timeLoop(op, iterations)) < targetNs / 8 && iterations < (qint64(1) << 30))
        iterations *= 2;
    return std::max<qint64>(1, iterations * targetNs / std::max<qint64>(elapsed, 1));
}

struct CostResult
{
    std::vector<double> tokendeskNs; // per round, ns/op
    std::vector<double> baselineNs;
    qint64 tokendeskIterations = 0;
    qint64 baselineIterations = 0;
};

CostResult measureCost(const ConnectionSettings &settings, const QByteArray &body, bool smoke)
{
    const TokenRequest request = benchRequest();
    const QByteArray secret(Secret);
    const QDateTime timestamp = QDateTime::currentDateTimeUtc();

    const std::function<void()> tokendesk = [&] {
        const BuiltRequest built = buildRequest(settings, request, secret, timestamp);
        const ParseResult result = parseResponse(body);
        const auto *token = std::get_if<TokenResponse>(&result);
        g_sink = g_sink + built.body.size() + (token ? token->credential.securityToken.size() : 0);
    };
    const std::function<void()> baseline = [&] {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        g_sink = g_sink + (document.isObject() ? document.object().size() : 0);
    };

    const qint64 targetNs = smoke ? 20'000'000 : 700'000'000;
    CostResult result;
    result.tokendeskIterations = calibrate(tokendesk, targetNs);
    result.baselineIterations = calibrate(baseline, targetNs);
    for (int round = 0; round < Rounds; ++round) {
        result.tokendeskNs.push_back(double(timeLoop(tokendesk, result.tokendeskIterations))
                                     / double(result.tokendeskIterations));
        result.baselineNs.push_back(double(timeLoop(baseline, result.baselineIterations))
                                    / double(result.baselineIterations));
    }
    return result;
}

// ---- 2. loopback fetch latency ---------------------------------------------------------------

struct RawAnswer
{
    bool ok = false;
    qint64 ns = 0;
    QByteArray body;
    QString problem;
};

// One POST of an already signed request; the event loop runs until the reply has finished.
RawAnswer rawPost(QNetworkAccessManager *network, const BuiltRequest &built)
{
    const QNetworkRequest request = built.networkRequest();
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);

    RawAnswer answer;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = network->post(request, built.body);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    guard.start(FetchTimeoutMs);
    loop.exec();
    // Reading the body is part of the round trip (the client reads it too).
    answer.body = reply->readAll();
    answer.ns = timer.nsecsElapsed();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!reply->isFinished()) {
        answer.problem = QStringLiteral("raw POST timed out");
        reply->abort();
    } else if (reply->error() != QNetworkReply::NoError || status != 200) {
        answer.problem =
            QStringLiteral("raw POST failed: HTTP %1, %2").arg(status).arg(reply->errorString());
    } else {
        answer.ok = true;
    }
    reply->deleteLater(); // as the client does; the next event loop deletes it
    return answer;
}

struct ClientAnswer
{
    bool ok = false;
    qint64 ns = 0;
    QString problem;
};

class ClientRunner
{
public:
    ClientRunner(TokenClient *client, ConnectionSettings settings)
        : m_client(client)
        , m_settings(std::move(settings))
        , m_request(benchRequest())
    {
        QObject::connect(m_client, &TokenClient::tokenReceived, &m_context,
                         [this](const TokenResponse &response) {
                             m_answer.ok = !response.credential.securityToken.isEmpty();
                             if (!m_answer.ok)
                                 m_answer.problem = QStringLiteral("token without a credential");
                             if (m_loop)
                                 m_loop->quit();
                         });
        QObject::connect(
            m_client, &TokenClient::fetchFailed, &m_context, [this](const FetchError &error) {
                m_answer.problem = QStringLiteral("fetch failed: %1").arg(error.oneLine());
                if (m_loop)
                    m_loop->quit();
            });
    }

    // One fetch, from the call to the signal that ends it.
    ClientAnswer fetch()
    {
        QEventLoop loop;
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        m_loop = &loop;
        m_answer = ClientAnswer{};
        m_answer.problem = QStringLiteral("fetch timed out");

        QElapsedTimer timer;
        timer.start();
        m_client->fetch(m_settings, m_request, QByteArray(Secret));
        guard.start(FetchTimeoutMs);
        loop.exec();
        m_answer.ns = timer.nsecsElapsed();
        m_loop = nullptr;
        if (m_answer.ok)
            m_answer.problem.clear();
        else if (m_client->isBusy())
            m_client->cancel();
        return m_answer;
    }

private:
    TokenClient *m_client;
    ConnectionSettings m_settings;
    TokenRequest m_request;
    QObject m_context; // disconnects the lambdas when the runner goes
    QEventLoop *m_loop = nullptr;
    ClientAnswer m_answer;
};

struct LatencyResult
{
    std::vector<double> tokendeskUs;
    std::vector<double> baselineUs;
};

// ---- output ------------------------------------------------------------------------------

QString micros(double us)
{
    return (us < 100.0 ? fixed(us, 1) : fixed(us, 0)) + QStringLiteral(" us");
}

void printRow(const QString &figure, const QString &tokendesk, const QString &baseline,
              const QString &ratio, const QString &target)
{
    out() << figure.leftJustified(42) << tokendesk.leftJustified(14) << baseline.leftJustified(14)
          << ratio.leftJustified(9) << target << Qt::endl;
}

QString verdict(double ratio, double target)
{
    return QStringLiteral("<= %1x %2")
        .arg(target)
        .arg(ratio <= target ? QStringLiteral("ok") : QStringLiteral("MISSED"));
}

QJsonArray toJson(const std::vector<double> &values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // As tokendesk-cli does: requests consult the system's proxy setting (none here).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("TokenDesk core benchmarks, each figure beside a same-run baseline."));
    parser.addHelpOption();
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"),
        QStringLiteral("Tiny iteration counts: checks that everything works (for CTest)."));
    const QCommandLineOption iterationsOption(
        QStringLiteral("iterations"),
        QStringLiteral("Loopback fetches per side (default %1).").arg(DefaultFetches),
        QStringLiteral("N"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Also print the results as one JSON object."));
    parser.addOptions({smokeOption, iterationsOption, jsonOption});
    parser.process(app);

    const bool smoke = parser.isSet(smokeOption);
    int fetches = smoke ? 20 : DefaultFetches;
    if (parser.isSet(iterationsOption)) {
        bool ok = false;
        fetches = parser.value(iterationsOption).toInt(&ok);
        if (!ok || fetches < 1) {
            err() << "tokendesk-bench: --iterations needs a positive number" << Qt::endl;
            return 2;
        }
    }
    const int warmUp = smoke ? 3 : 30;

    QStringList failures;
    // Other work on a 2-core machine skews every figure; recorded so a noisy run is recognisable.
    const QString loadAverage = BenchSupport::loadAverage();

    GatewaySimulator simulator;
    simulator.addApp(QLatin1String(AppKey), QByteArray(Secret));
    if (!simulator.listen()) {
        err() << "tokendesk-bench: the simulator cannot listen: " << simulator.errorString()
              << Qt::endl;
        return 1;
    }
    ConnectionSettings settings;
    settings.gateway = simulator.url();
    settings.appKey = QLatin1String(AppKey);
    settings.signMethod = SignMethod::HmacSha256;
    settings.format = WireFormat::Json;

    QNetworkAccessManager network;
    // Created before any raw request: its constructor switches the process to the system proxy
    // configuration, which then applies to both sides alike.
    TokenClient client(&network);
    ClientRunner runner(&client, settings);

    const auto freshRequest = [&] {
        return buildRequest(settings, benchRequest(), QByteArray(Secret),
                            QDateTime::currentDateTimeUtc());
    };

    // A real answer, fetched once, is what the cost benchmark parses.
    const RawAnswer sample = rawPost(&network, freshRequest());
    if (!sample.ok) {
        err() << "tokendesk-bench: " << sample.problem << Qt::endl;
        return 1;
    }
    if (!std::holds_alternative<TokenResponse>(parseResponse(sample.body))) {
        err() << "tokendesk-bench: the simulator's answer did not parse into a TokenResponse"
              << Qt::endl;
        return 1;
    }

    // ---- 1
    const CostResult cost = measureCost(settings, sample.body, smoke);
    const double costTokendesk = median(cost.tokendeskNs);
    const double costBaseline = median(cost.baselineNs);
    const double costRatio = costTokendesk / costBaseline;

    // ---- 2
    const auto rawOnce = [&](LatencyResult *into) {
        const BuiltRequest built = freshRequest(); // signed outside the timed part
        const RawAnswer answer = rawPost(&network, built);
        if (!answer.ok) {
            failures << answer.problem;
            return;
        }
        if (!std::holds_alternative<TokenResponse>(parseResponse(answer.body)))
            failures << QStringLiteral("a raw answer did not parse into a TokenResponse");
        if (into)
            into->baselineUs.push_back(double(answer.ns) / 1000.0);
    };
    const auto clientOnce = [&](LatencyResult *into) {
        const ClientAnswer answer = runner.fetch();
        if (!answer.ok) {
            failures << answer.problem;
            return;
        }
        if (into)
            into->tokendeskUs.push_back(double(answer.ns) / 1000.0);
    };

    // Warm-up opens the keep-alive connection and fills caches on both paths.
    for (int i = 0; i < warmUp && failures.isEmpty(); ++i) {
        rawOnce(nullptr);
        clientOnce(nullptr);
    }
    LatencyResult latency;
    // Interleaved, alternating which goes first, so drift and ordering effects hit both sides.
    for (int i = 0; i < fetches && failures.size() < 5; ++i) {
        if (i % 2) {
            rawOnce(&latency);
            clientOnce(&latency);
        } else {
            clientOnce(&latency);
            rawOnce(&latency);
        }
    }
    const double fetchTokendesk = median(latency.tokendeskUs);
    const double fetchBaseline = median(latency.baselineUs);
    const double fetchTokendeskP90 = percentile(latency.tokendeskUs, 90);
    const double fetchBaselineP90 = percentile(latency.baselineUs, 90);
    const double fetchRatio = fetchBaseline > 0 ? fetchTokendesk / fetchBaseline : 0.0;
    const double fetchRatioP90 = fetchBaselineP90 > 0 ? fetchTokendeskP90 / fetchBaselineP90 : 0.0;

    QString buildType = QStringLiteral(TOKENDESK_BENCH_BUILD_TYPE);
    if (buildType.isEmpty())
        buildType = QStringLiteral("no build type");
    const int cores = QThread::idealThreadCount();
    out() << "TokenDesk benchmarks (" << buildType << ", Qt " << qVersion() << ", " << cores
          << " cores)" << (smoke ? " SMOKE RUN, figures meaningless" : "") << " — medians of "
          << Rounds << " rounds" << Qt::endl;
    out() << "# build+sign+parse: buildRequest (hmac-sha256) + parseResponse of a "
          << sample.body.size()
          << "-byte simulator answer; baseline QJsonDocument::fromJson of the same bytes, the "
             "floor any client pays"
          << Qt::endl;
    out() << "# fetch: TokenClient::fetch -> tokenReceived vs a raw QNAM POST of the same signed "
             "request; one keep-alive QNAM, interleaved, "
          << warmUp
          << " warm-ups each; the simulator runs in this process and event loop (same "
             "for both)"
          << Qt::endl;
    // glibc re-reads the zone for every local-time conversion when TZ is unset, which moves
    // the parse figure a lot; say which case this run measured.
    const QByteArray tz = qgetenv("TZ");
    out() << "# TZ " << (tz.isEmpty() ? QStringLiteral("unset") : QString::fromLocal8Bit(tz))
          << ", load average at start " << loadAverage << Qt::endl;
    if (loadAverage.toDouble() >= cores) {
        out() << "# WARNING: load average " << loadAverage << " on " << cores
              << " cores: latency medians may land in the preempted mode; compare runs on an "
                 "idle machine"
              << Qt::endl;
    }
    printRow(QStringLiteral("figure"), QStringLiteral("tokendesk"), QStringLiteral("baseline"),
             QStringLiteral("ratio"), QStringLiteral("target"));
    printRow(QStringLiteral("build+sign+parse one request"), micros(costTokendesk / 1000.0),
             micros(costBaseline / 1000.0), fixed(costRatio, 2) + QLatin1Char('x'),
             verdict(costRatio, CostTarget));
    printRow(QStringLiteral("loopback fetch latency (median, N=%1)").arg(latency.tokendeskUs.size()),
             micros(fetchTokendesk), micros(fetchBaseline), fixed(fetchRatio, 2) + QLatin1Char('x'),
             verdict(fetchRatio, LatencyTarget));
    printRow(QStringLiteral("loopback fetch latency (p90, N=%1)").arg(latency.tokendeskUs.size()),
             micros(fetchTokendeskP90), micros(fetchBaselineP90),
             fixed(fetchRatioP90, 2) + QLatin1Char('x'), QStringLiteral("-"));

    if (parser.isSet(jsonOption)) {
        const QJsonObject json{
            {QStringLiteral("build_type"), buildType},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("cores"), cores},
            {QStringLiteral("smoke"), smoke},
            {QStringLiteral("tz"), QString::fromLocal8Bit(tz)},
            {QStringLiteral("load_average"), loadAverage},
            {QStringLiteral("ok"), failures.isEmpty()},
            {QStringLiteral("failures"), QJsonArray::fromStringList(failures)},
            {QStringLiteral("build_sign_parse"),
             QJsonObject{{QStringLiteral("tokendesk_ns"), costTokendesk},
                         {QStringLiteral("baseline_ns"), costBaseline},
                         {QStringLiteral("ratio"), costRatio},
                         {QStringLiteral("target"), CostTarget},
                         {QStringLiteral("met"), costRatio <= CostTarget},
                         {QStringLiteral("response_bytes"), sample.body.size()},
                         {QStringLiteral("tokendesk_iterations"), cost.tokendeskIterations},
                         {QStringLiteral("baseline_iterations"), cost.baselineIterations},
                         {QStringLiteral("tokendesk_rounds_ns"), toJson(cost.tokendeskNs)},
                         {QStringLiteral("baseline_rounds_ns"), toJson(cost.baselineNs)}}},
            {QStringLiteral("fetch_latency"),
             QJsonObject{{QStringLiteral("n"), qint64(latency.tokendeskUs.size())},
                         {QStringLiteral("warm_up"), warmUp},
                         {QStringLiteral("tokendesk_median_us"), fetchTokendesk},
                         {QStringLiteral("tokendesk_p90_us"), fetchTokendeskP90},
                         {QStringLiteral("baseline_median_us"), fetchBaseline},
                         {QStringLiteral("baseline_p90_us"), fetchBaselineP90},
                         {QStringLiteral("ratio"), fetchRatio},
                         {QStringLiteral("target"), LatencyTarget},
                         {QStringLiteral("met"), fetchRatio <= LatencyTarget}}},
        };
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
    }

    if (!failures.isEmpty()) {
        err() << "tokendesk-bench: FAILED:" << Qt::endl;
        for (const QString &failure : failures)
            err() << "  " << failure << Qt::endl;
        return 1;
    }
    return 0;
}
