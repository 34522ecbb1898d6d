// tokendesk-bench-soak: 2,000 consecutive fetches in one process, resident memory and open file
// descriptors sampled as they go. Each fetch is what one `tokendesk-cli fetch` does, with the
// CLI's own core: a fresh QNetworkAccessManager and TokenClient, fetch, format the credential as
// -o json, tear both down. The simulator runs as a separate process (tokendesk-gateway-sim), so
// its memory and sockets are not counted.
//
// Figures are printed, never judged by the exit code, except what is not noise: a failed fetch
// or a descriptor count that grows (a leaked socket never comes back).
#include "credentialformatter.h"
#include "tokenclient.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace TokenDesk;

namespace {

using namespace BenchSupport;

constexpr auto AppKey = "12345678";
constexpr auto Secret = "soak-secret-0123456789abcdef";
constexpr int DefaultFetches = 2000;
constexpr int DefaultSampleEvery = 100;
constexpr int SimStartMs = 10000;
constexpr int FetchTimeoutMs = 10000;
// Growth over the second half of the run that still counts as noise. The first fetches load
// Qt's network plugins and proxy settings, and malloc's per-thread caches fill (their chunks
// count as in use): heap in use climbs for about 1,000 fetches, then stays flat within a few
// KiB. A leak of 64 bytes per fetch shows as +62 KiB over 1,000 fetches.
constexpr qint64 RssNoiseKiB = 256;
constexpr qint64 HeapNoiseKiB = 64;

// The directory listing holds one descriptor of its own while it reads; it is the same one
// every time, so counts stay comparable.
qint64 openDescriptors()
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    if (!fds.exists())
        return -1;
    return fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size();
}

struct Sample
{
    int fetches;
    qint64 rssKiB;
    qint64 heapKiB;
    qint64 fds;
};

class Soak : public QObject
{
public:
    Soak(ConnectionSettings settings, int fetches, int sampleEvery)
        : m_settings(std::move(settings))
        , m_fetches(fetches)
        , m_sampleEvery(sampleEvery)
    {
        m_request.tenantCode = QStringLiteral("tenant-8842");
        m_request.storeId = QStringLiteral("poi-310115-0042");
        m_request.sceneCode = QStringLiteral("场景一");
        m_request.usageScene = QStringLiteral("upload");
        m_request.productCode = QStringLiteral("oss");
        m_guard.setSingleShot(true);
        connect(&m_guard, &QTimer::timeout, this, [this] {
            fail(QStringLiteral("fetch %1 got no answer within %2 ms")
                     .arg(m_done + 1)
                     .arg(FetchTimeoutMs));
        });
    }

    void start()
    {
        m_samples.push_back({0, residentKiB(), heapInUseKiB(), openDescriptors()});
        m_total.start();
        next();
    }

    const std::vector<Sample> &samples() const { return m_samples; }
    const std::vector<double> &latenciesUs() const { return m_latenciesUs; }
    qint64 totalMs() const { return m_totalMs; }
    const QString &failure() const { return m_failure; }
    int done() const { return m_done; }

private:
    // Like FetchCommand: the network manager and client live exactly as long as one fetch.
    void next()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<TokenClient>(m_network.get());
        connect(m_client.get(), &TokenClient::tokenReceived, this, &Soak::onToken);
        connect(m_client.get(), &TokenClient::fetchFailed, this, [this](const FetchError &error) {
            fail(QStringLiteral("fetch %1 failed: %2").arg(m_done + 1).arg(error.oneLine()));
        });
        m_request.requestId = TokenRequest::newRequestId();
        m_fetchTimer.start();
        m_guard.start(FetchTimeoutMs);
        m_client->fetch(m_settings, m_request, QByteArray(Secret));
    }

    void onToken(const TokenResponse &response)
    {
        m_guard.stop();
        const FormattedCredential formatted =
            formatCredential(response, ExportFormat::Json, QDateTime::currentDateTimeUtc());
        if (!formatted.ok() || formatted.text.isEmpty()) {
            fail(QStringLiteral("fetch %1: the credential did not format").arg(m_done + 1));
            return;
        }
        m_latenciesUs.push_back(double(m_fetchTimer.nsecsElapsed()) / 1000.0);
        ++m_done;
        // The client emits from inside its own slot; tear it down once that has returned.
        QTimer::singleShot(0, this, [this] {
            m_client.reset();
            m_network.reset();
            if (m_done % m_sampleEvery == 0 || m_done == m_fetches)
                m_samples.push_back({m_done, residentKiB(), heapInUseKiB(), openDescriptors()});
            if (m_done < m_fetches) {
                next();
            } else {
                m_totalMs = m_total.elapsed();
                QCoreApplication::exit(0);
            }
        });
    }

    void fail(const QString &why)
    {
        m_guard.stop();
        m_failure = why;
        m_totalMs = m_total.elapsed();
        QCoreApplication::exit(1);
    }

    ConnectionSettings m_settings;
    TokenRequest m_request;
    const int m_fetches;
    const int m_sampleEvery;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenClient> m_client;
    QTimer m_guard;
    QElapsedTimer m_fetchTimer;
    QElapsedTimer m_total;
    qint64 m_totalMs = 0;
    int m_done = 0;
    std::vector<Sample> m_samples;
    std::vector<double> m_latenciesUs;
    QString m_failure;
};

QString signedKiB(qint64 kib)
{
    return (kib >= 0 ? QStringLiteral("+") : QString()) + QString::number(kib)
        + QStringLiteral(" KiB");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // As tokendesk-cli does: requests consult the system's proxy setting (none here).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-bench-soak"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Consecutive fetches in one process (the CLI's core), memory and descriptors sampled."));
    parser.addHelpOption();
    const QCommandLineOption fetchesOption(
        QStringLiteral("fetches"), QStringLiteral("Fetches (default %1).").arg(DefaultFetches),
        QStringLiteral("N"));
    const QCommandLineOption everyOption(
        QStringLiteral("sample-every"),
        QStringLiteral("Fetches between samples (default %1).").arg(DefaultSampleEvery),
        QStringLiteral("N"));
    const QCommandLineOption simOption(QStringLiteral("sim"),
                                       QStringLiteral("The tokendesk-gateway-sim to start."),
                                       QStringLiteral("PATH"), QStringLiteral(TOKENDESK_SIM_PATH));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"), QStringLiteral("60 fetches, a sample every 20 (for CTest)."));
    parser.addOptions({fetchesOption, everyOption, simOption, smokeOption});
    parser.process(app);

    const bool smoke = parser.isSet(smokeOption);
    int fetches = smoke ? 60 : DefaultFetches;
    int sampleEvery = smoke ? 20 : DefaultSampleEvery;
    const auto positive = [&](const QCommandLineOption &option, int &value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        value = parser.value(option).toInt(&ok);
        return ok && value > 0;
    };
    if (!positive(fetchesOption, fetches) || !positive(everyOption, sampleEvery)) {
        err() << "tokendesk-bench-soak: --fetches and --sample-every need a positive number"
              << Qt::endl;
        return 2;
    }

    // The simulator as a child: its first line is "Listening on http://127.0.0.1:PORT/...".
    QProcess sim;
    const QUrl gateway =
        startListeningChild(sim, parser.value(simOption),
                            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--app"),
                             QLatin1String(AppKey) + QLatin1Char(':') + QLatin1String(Secret)},
                            SimStartMs);
    if (gateway.isEmpty()) {
        err() << "tokendesk-bench-soak: " << parser.value(simOption)
              << " did not start listening: " << sim.errorString() << Qt::endl;
        sim.kill();
        sim.waitForFinished(2000);
        return 1;
    }
    ConnectionSettings settings;
    settings.gateway = gateway;
    settings.appKey = QLatin1String(AppKey);
    settings.signMethod = SignMethod::HmacSha256;
    settings.format = WireFormat::Json;

    Soak soak(settings, fetches, sampleEvery);
    QTimer::singleShot(0, &soak, [&soak] { soak.start(); });
    const int status = app.exec();
    sim.terminate();
    if (!sim.waitForFinished(3000)) {
        sim.kill();
        sim.waitForFinished(2000);
    }

    const std::vector<Sample> &samples = soak.samples();
    out() << "TokenDesk soak: " << soak.done() << " of " << fetches
          << " consecutive fetches in one process (the CLI's core; build "
          << QStringLiteral(TOKENDESK_BENCH_BUILD_TYPE) << ")" << Qt::endl;
    out() << QStringLiteral("fetches").rightJustified(8)
          << QStringLiteral("VmRSS KiB").rightJustified(12)
          << QStringLiteral("heap KiB").rightJustified(10)
          << QStringLiteral("fds").rightJustified(6) << Qt::endl;
    for (const Sample &sample : samples) {
        out() << QString::number(sample.fetches).rightJustified(8)
              << QString::number(sample.rssKiB).rightJustified(12)
              << QString::number(sample.heapKiB).rightJustified(10)
              << QString::number(sample.fds).rightJustified(6) << Qt::endl;
    }
    if (status != 0 || samples.size() < 3) {
        err() << "tokendesk-bench-soak: "
              << (soak.failure().isEmpty() ? QStringLiteral("too few samples") : soak.failure())
              << Qt::endl;
        return 1;
    }

    // The reference is the sample half-way through, after the warm-up (see RssNoiseKiB).
    const Sample &reference =
        *std::find_if(samples.begin(), samples.end(), [&](const Sample &sample) {
            return sample.fetches * 2 >= samples.back().fetches;
        });
    const Sample &last = samples.back();
    const qint64 maxRss =
        std::max_element(samples.begin() + 1, samples.end(), [](const Sample &a, const Sample &b) {
            return a.rssKiB < b.rssKiB;
        })->rssKiB;
    const qint64 growth = last.rssKiB - reference.rssKiB;
    const qint64 heapGrowth = last.heapKiB - reference.heapKiB;
    const bool rssOk = growth <= RssNoiseKiB;
    const bool heapOk = heapGrowth <= HeapNoiseKiB;
    const bool fdOk = last.fds <= reference.fds;
    const std::vector<double> &latencies = soak.latenciesUs();

    out() << Qt::endl;
    out() << "RSS at start (before any fetch)      " << mib(samples.front().rssKiB) << Qt::endl;
    out() << "RSS after " << QString::number(reference.fetches).leftJustified(27)
          << mib(reference.rssKiB) << Qt::endl;
    out() << "RSS after " << QString::number(last.fetches).leftJustified(27) << mib(last.rssKiB)
          << Qt::endl;
    out() << "RSS max                              " << mib(maxRss) << Qt::endl;
    out() << "RSS growth " << reference.fetches << " -> " << last.fetches << "               "
          << signedKiB(growth) << "   (target <= +" << RssNoiseKiB
          << " KiB: " << (rssOk ? "ok" : "MISSED") << ")" << Qt::endl;
    out() << "heap in use (malloc) growth " << reference.fetches << " -> " << last.fetches << "  "
          << signedKiB(heapGrowth) << "   (" << reference.heapKiB << " -> " << last.heapKiB
          << " KiB; target <= +" << HeapNoiseKiB << " KiB: " << (heapOk ? "ok" : "MISSED") << ")"
          << Qt::endl;
    out() << "open fds " << samples.front().fds << " at start, " << reference.fds << " after "
          << reference.fetches << ", " << last.fds << " after " << last.fetches << "   ("
          << (fdOk ? "no leak" : "LEAK") << ")" << Qt::endl;
    out() << "fetch latency (QNAM+client created per fetch): median "
          << QString::number(percentile(latencies, 50) / 1000.0, 'f', 2) << " ms, p95 "
          << QString::number(percentile(latencies, 95) / 1000.0, 'f', 2) << " ms; total "
          << QString::number(double(soak.totalMs()) / 1000.0, 'f', 1) << " s" << Qt::endl;
    // Machine-readable summary for packaging/bench.sh.
    out() << "SOAK fetches=" << last.fetches << " rss_start_kib=" << samples.front().rssKiB
          << " ref_fetches=" << reference.fetches << " rss_ref_kib=" << reference.rssKiB
          << " rss_last_kib=" << last.rssKiB << " rss_max_kib=" << maxRss
          << " growth_kib=" << growth << " heap_ref_kib=" << reference.heapKiB
          << " heap_last_kib=" << last.heapKiB << " heap_growth_kib=" << heapGrowth
          << " fd_ref=" << reference.fds << " fd_last=" << last.fds
          << " median_ms=" << QString::number(percentile(latencies, 50) / 1000.0, 'f', 2)
          << Qt::endl;

    if (!fdOk) {
        err() << "tokendesk-bench-soak: open descriptors grew from " << reference.fds << " to "
              << last.fds << Qt::endl;
        return 1;
    }
    return 0;
}
