// tokendesk-bench-serve: "serve: answer a held credential". The credentials_uri endpoint
// (CredentialEndpoint over a RefreshingCredential that holds a credential, so no upstream fetch
// happens) beside a bare server in the same run: p50 and p99 latency at 1 and 16 concurrent
// keep-alive clients, and resident memory over 100,000 answers.
//
// The bare server is the same HttpServer (app/http) whose handler answers a fixed body of the
// same bytes with the same headers: what is left of the ratio is the endpoint's own work (Host
// and path checks, the refresh rules, the JSON body, the per-request log entry, which serve
// formats and this program formats and discards).
//
// The client is hand-written over POSIX sockets in a thread of its own: one poll() loop drives
// all its connections, each with one request in flight (HTTP/1.1 keep-alive, no pipelining). The
// servers run in the main thread's event loop, as serve does, so the client never shares that
// loop with them.
//
// Figures are printed, never judged by the exit code; only a functional failure (an answer that
// is not 200 with the whole body, an upstream fetch, a client timeout) makes it exit non-zero.
#include "credentialendpoint.h"
#include "credentialsource.h"
#include "httpserver.h"
#include "refreshingcredential.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

using namespace TokenDesk;

namespace {

using namespace BenchSupport;

constexpr double LatencyTarget = 1.5; // p50 against the bare server (issue 10)
constexpr int ClientTimeoutMs = 5000; // no answer for this long: a functional failure
constexpr int RunLimitMs = 120000;    // one measured run, whatever happens

// ---- the client ------------------------------------------------------------------------------

struct ClientRun
{
    std::vector<double> latenciesUs; // after the warm-up
    qint64 answers = 0;              // including the warm-up
    qint64 bodyBytes = 0;            // of the last answer
    std::string failure;             // empty when every answer was a 200 with its whole body
};

// A connection with at most one request in flight.
struct Connection
{
    int fd = -1;
    std::string in;
    std::chrono::steady_clock::time_point sentAt;
};

// The length of one complete answer at the start of `in`, 0 while incomplete, -1 when it is not
// a 200 with a Content-Length.
qint64 completeAnswer(const std::string &in, qint64 *bodyBytes)
{
    const size_t headerEnd = in.find("\r\n\r\n");
    if (headerEnd == std::string::npos)
        return 0;
    if (in.compare(0, 13, "HTTP/1.1 200 ") != 0)
        return -1;
    const std::string headers = in.substr(0, headerEnd);
    size_t at = std::string::npos;
    for (const char *name : {"\r\nContent-Length:", "\r\ncontent-length:"}) {
        at = headers.find(name);
        if (at != std::string::npos)
            break;
    }
    if (at == std::string::npos)
        return -1;
    const qint64 length = std::atoll(headers.c_str() + at + 17);
    *bodyBytes = length;
    const qint64 total = qint64(headerEnd) + 4 + length;
    return qint64(in.size()) >= total ? total : 0;
}

int connectLoopback(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    // As an SDK's HTTP client does: small requests go out at once.
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

bool sendAll(int fd, const std::string &bytes)
{
    size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += size_t(n);
    }
    return true;
}

// `total` answers over `connections` keep-alive connections; the first `warmUp` are not timed.
// `onAnswers` is called (from this thread) after every `every` answers, with the count so far.
ClientRun runClient(quint16 port, const std::string &request, int connections, qint64 total,
                    qint64 warmUp, qint64 every = 0,
                    const std::function<void(qint64)> &onAnswers = {})
{
    ClientRun run;
    run.latenciesUs.reserve(size_t(std::max<qint64>(0, total - warmUp)));
    std::vector<Connection> open(static_cast<size_t>(connections));
    std::vector<pollfd> polled(static_cast<size_t>(connections));
    qint64 issued = 0;
    const auto fail = [&](const std::string &why) {
        run.failure = why;
        for (const Connection &c : open) {
            if (c.fd >= 0)
                ::close(c.fd);
        }
        return run;
    };
    for (size_t i = 0; i < open.size(); ++i) {
        open[i].fd = connectLoopback(port);
        if (open[i].fd < 0)
            return fail("cannot connect to 127.0.0.1:" + std::to_string(port));
    }
    for (Connection &c : open) {
        if (issued >= total)
            break;
        c.sentAt = std::chrono::steady_clock::now();
        if (!sendAll(c.fd, request))
            return fail("send failed");
        ++issued;
    }
    char buffer[16384];
    while (run.answers < total) {
        for (size_t i = 0; i < open.size(); ++i)
            polled[i] = {open[i].fd, POLLIN, 0};
        const int ready = ::poll(polled.data(), nfds_t(polled.size()), ClientTimeoutMs);
        if (ready == 0)
            return fail("no answer within " + std::to_string(ClientTimeoutMs) + " ms");
        if (ready < 0)
            return fail(std::string("poll: ") + std::strerror(errno));
        for (size_t i = 0; i < open.size(); ++i) {
            if (!(polled[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            Connection &c = open[i];
            const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                return fail("the server closed a keep-alive connection");
            c.in.append(buffer, size_t(n));
            const qint64 length = completeAnswer(c.in, &run.bodyBytes);
            if (length < 0)
                return fail("an answer that is not 200 with a Content-Length: "
                            + c.in.substr(0, c.in.find("\r\n")));
            if (length == 0)
                continue;
            const auto now = std::chrono::steady_clock::now();
            c.in.erase(0, size_t(length));
            if (run.answers >= warmUp)
                run.latenciesUs.push_back(
                    std::chrono::duration<double, std::micro>(now - c.sentAt).count());
            ++run.answers;
            if (every > 0 && run.answers % every == 0 && onAnswers)
                onAnswers(run.answers);
            if (issued < total) {
                c.sentAt = std::chrono::steady_clock::now();
                if (!sendAll(c.fd, request))
                    return fail("send failed");
                ++issued;
            }
        }
    }
    for (const Connection &c : open)
        ::close(c.fd);
    return run;
}

// Runs the client in its own thread while this thread's event loop serves; returns when the
// client is done (or, bounded, after RunLimitMs: then the run is a failure).
ClientRun serveWhileClientRuns(const std::function<ClientRun()> &client)
{
    QEventLoop loop;
    ClientRun result;
    std::atomic<bool> finished{false};
    std::thread thread([&] {
        result = client();
        finished = true;
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    QTimer::singleShot(RunLimitMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!finished) {
        // The client's own poll() timeout ends it soon after the servers stop answering.
        QEventLoop drain;
        QTimer poller;
        QObject::connect(&poller, &QTimer::timeout, &drain, [&] {
            if (finished)
                drain.quit();
        });
        poller.start(50);
        drain.exec();
    }
    thread.join();
    return result;
}

// ---- the servers -----------------------------------------------------------------------------

// A credential that expires in an hour: fresh for the whole run, so the endpoint never asks its
// source for another.
TokenResponse heldCredential()
{
    TokenResponse response;
    SecurityToken &credential = response.credential;
    credential.accessKeyId = QStringLiteral("STS.NTKbenchAccessKeyId0123456");
    credential.accessKeySecret = QStringLiteral("benchAccessKeySecret0123456789abcdefghijk");
    credential.securityToken = QString(600, QLatin1Char('T'));
    credential.expiration = QDateTime::currentDateTimeUtc().addSecs(3600);
    credential.expirationText = credential.expiration.toString(Qt::ISODate);
    response.respCode = QStringLiteral("0");
    response.requestId = QStringLiteral("bench");
    return response;
}

struct Target
{
    QString name;
    quint16 port = 0;
    std::string request;
};

std::string getRequest(const QByteArray &path, quint16 port)
{
    return "GET " + path.toStdString() + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port)
        + "\r\nAccept: application/json\r\nUser-Agent: tokendesk-bench-serve\r\n\r\n";
}

struct Latency
{
    std::vector<double> tokendeskUs;
    std::vector<double> baselineUs;
};

void printRow(const QString &figure, const QString &tokendesk, const QString &baseline,
              const QString &ratio, const QString &target)
{
    out() << figure.leftJustified(44) << tokendesk.leftJustified(14) << baseline.leftJustified(14)
          << ratio.leftJustified(9) << target << Qt::endl;
}

QString micros(double us)
{
    return fixed(us, us < 100 ? 1 : 0) + QStringLiteral(" us");
}

QString ratioText(double tokendesk, double baseline)
{
    return baseline > 0 ? fixed(tokendesk / baseline, 2) + QLatin1Char('x') : QStringLiteral("-");
}

struct MemorySample
{
    qint64 answers;
    qint64 rssKiB;
    qint64 heapKiB;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-bench-serve"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "serve: answer a held credential, beside a bare HttpServer answering the same bytes."));
    parser.addHelpOption();
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"), QStringLiteral("A few hundred requests: checks that it works."));
    const QCommandLineOption requestsOption(
        QStringLiteral("requests"),
        QStringLiteral("Timed requests per server, round and concurrency (default 10000)."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption answersOption(
        QStringLiteral("answers"),
        QStringLiteral("Answers in the memory run, per server (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOptions({smokeOption, requestsOption, answersOption});
    parser.process(app);

    const bool smoke = parser.isSet(smokeOption);
    const qint64 requests =
        smoke ? 200 : std::max(100LL, parser.value(requestsOption).toLongLong());
    const qint64 memoryAnswers =
        smoke ? 2000 : std::max(1000LL, parser.value(answersOption).toLongLong());
    const qint64 firstSample = memoryAnswers / 10;
    const int rounds = smoke ? 1 : 3;
    const int warmUp = smoke ? 20 : 500;

    QStringList failures;
    const QString loadAverage = BenchSupport::loadAverage();

    // The endpoint, holding a credential; its source only counts the fetches it is asked for.
    int upstreamFetches = 0;
    CallbackCredentialSource source([&upstreamFetches] { ++upstreamFetches; });
    RefreshingCredential credential(&source);
    const TokenResponse held = heldCredential();
    credential.hold(held, 0);
    CredentialEndpoint endpoint(&credential);
    qint64 logBytes = 0;
    // serve writes this line to standard error for every request; here it is formatted only.
    QObject::connect(&endpoint, &CredentialEndpoint::requestAnswered, &endpoint,
                     [&logBytes](const EndpointRequest &request) {
                         logBytes += formatEndpointRequest(request).size();
                     });
    if (!endpoint.listen()) {
        err() << "tokendesk-bench-serve: the endpoint cannot listen: " << endpoint.errorString()
              << Qt::endl;
        return 1;
    }

    // The bare server: the same HTTP library, the same bytes, no endpoint.
    HttpResponse fixedAnswer;
    fixedAnswer.contentType = "application/json;charset=UTF-8";
    fixedAnswer.body = credentialsUriBody(held, 0);
    fixedAnswer.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    HttpServer bare;
    bare.setHandler([&fixedAnswer](const HttpRequest &, const HttpResponder &responder) {
        responder.respond(fixedAnswer);
    });
    if (!bare.listen()) {
        err() << "tokendesk-bench-serve: the bare server cannot listen: " << bare.errorString()
              << Qt::endl;
        return 1;
    }

    const QUrl uri = endpoint.uri();
    const Target tokendesk{QStringLiteral("endpoint"), quint16(uri.port()),
                           getRequest(uri.path(QUrl::FullyEncoded).toLatin1(), quint16(uri.port()))};
    const Target baseline{QStringLiteral("bare"), bare.port(), getRequest("/", bare.port())};

    qint64 tokendeskBody = 0;
    qint64 baselineBody = 0;
    const auto measure = [&](const Target &target, int connections, qint64 count, qint64 warm,
                             qint64 every = 0, const std::function<void(qint64)> &onAnswers = {}) {
        ClientRun run = serveWhileClientRuns([&] {
            return runClient(target.port, target.request, connections, count + warm, warm, every,
                             onAnswers);
        });
        if (!run.failure.empty()) {
            failures << QStringLiteral("%1 server, %2 clients: %3")
                            .arg(target.name)
                            .arg(connections)
                            .arg(QString::fromStdString(run.failure));
        }
        (&target == &tokendesk ? tokendeskBody : baselineBody) = run.bodyBytes;
        return run;
    };

    // Latency: rounds interleave the two servers, so drift in the machine's load hits both.
    const std::vector<int> concurrencies{1, 16};
    std::vector<Latency> latency(concurrencies.size());
    for (size_t c = 0; c < concurrencies.size(); ++c) {
        for (int round = 0; round < rounds; ++round) {
            for (const Target *target : {&baseline, &tokendesk}) {
                ClientRun run = measure(*target, concurrencies[c], requests, warmUp);
                auto &into = target == &tokendesk ? latency[c].tokendeskUs : latency[c].baselineUs;
                into.insert(into.end(), run.latenciesUs.begin(), run.latenciesUs.end());
            }
        }
    }

    // Memory: `memoryAnswers` answers from each server at 16 clients, sampled after a tenth and
    // at the end. The samples are taken from the client thread while the server keeps going, so
    // the figure is the process as it serves. Bare first: what it leaves behind is then in both.
    std::vector<MemorySample> bareMemory;
    std::vector<MemorySample> endpointMemory;
    const auto sampler = [](std::vector<MemorySample> &into) {
        return [&into](qint64 answers) {
            into.push_back({answers, residentKiB(), heapInUseKiB()});
        };
    };
    const qint64 memoryStep = firstSample;
    bareMemory.push_back({0, residentKiB(), heapInUseKiB()});
    // Every answer counts as a warm-up here, so the client keeps no latencies: a vector of
    // 100,000 of them would add its own 8 bytes per answer to the RSS being watched.
    measure(baseline, 16, 0, memoryAnswers, memoryStep, sampler(bareMemory));
    endpointMemory.push_back({0, residentKiB(), heapInUseKiB()});
    measure(tokendesk, 16, 0, memoryAnswers, memoryStep, sampler(endpointMemory));

    if (upstreamFetches != 0 || credential.upstreamFetches() != 0)
        failures << QStringLiteral("the endpoint asked for %1 upstream fetches; it holds a "
                                   "fresh credential and should ask for none")
                        .arg(upstreamFetches);
    if (tokendeskBody != baselineBody)
        failures << QStringLiteral("the bodies differ: endpoint %1 bytes, bare %2 bytes")
                        .arg(tokendeskBody)
                        .arg(baselineBody);
    const qint64 expectedAnswers =
        qint64(concurrencies.size()) * rounds * (requests + warmUp) + memoryAnswers;
    if (failures.isEmpty() && endpoint.answered() != expectedAnswers)
        failures << QStringLiteral("the endpoint answered %1 requests, expected %2")
                        .arg(endpoint.answered())
                        .arg(expectedAnswers);

    QString buildType = QStringLiteral(TOKENDESK_BENCH_BUILD_TYPE);
    if (buildType.isEmpty())
        buildType = QStringLiteral("no build type");
    const int cores = QThread::idealThreadCount();
    out() << "TokenDesk serve benchmark (" << buildType << ", Qt " << qVersion() << ", " << cores
          << " cores)" << (smoke ? " SMOKE RUN, figures meaningless" : "") << Qt::endl;
    out() << "# endpoint: CredentialEndpoint + RefreshingCredential holding a fresh credential "
             "(no upstream fetch), log line formatted per request; bare: HttpServer answering "
             "the same "
          << baselineBody << "-byte body with the same headers" << Qt::endl;
    out() << "# client: POSIX sockets in its own thread, one poll() loop, keep-alive, one "
             "request in flight per connection; "
          << rounds << " interleaved rounds of " << requests << " timed requests (after " << warmUp
          << " warm-ups) per server and concurrency" << Qt::endl;
    out() << "# memory: " << memoryAnswers << " answers per server at 16 clients, VmRSS and "
          << "malloc in use sampled every " << memoryStep << "; load average at start "
          << loadAverage << Qt::endl;
    if (loadAverage.toDouble() >= cores)
        out() << "# WARNING: load average " << loadAverage << " on " << cores
              << " cores: compare runs on an idle machine" << Qt::endl;

    printRow(QStringLiteral("figure"), QStringLiteral("tokendesk"), QStringLiteral("baseline"),
             QStringLiteral("ratio"), QStringLiteral("target"));
    for (size_t c = 0; c < concurrencies.size(); ++c) {
        const double p50 = percentile(latency[c].tokendeskUs, 50);
        const double p50Bare = percentile(latency[c].baselineUs, 50);
        const double p99 = percentile(latency[c].tokendeskUs, 99);
        const double p99Bare = percentile(latency[c].baselineUs, 99);
        const QString clients = concurrencies[c] == 1
            ? QStringLiteral("1 client")
            : QStringLiteral("%1 clients").arg(concurrencies[c]);
        const double ratio = p50Bare > 0 ? p50 / p50Bare : 0.0;
        printRow(QStringLiteral("serve latency p50, %1 (N=%2)")
                     .arg(clients)
                     .arg(latency[c].tokendeskUs.size()),
                 micros(p50), micros(p50Bare), ratioText(p50, p50Bare),
                 QStringLiteral("<= %1x %2")
                     .arg(LatencyTarget)
                     .arg(ratio <= LatencyTarget ? QStringLiteral("ok") : QStringLiteral("MISSED")));
        printRow(QStringLiteral("serve latency p99, %1").arg(clients), micros(p99), micros(p99Bare),
                 ratioText(p99, p99Bare), QStringLiteral("-"));
    }
    const auto at = [](const std::vector<MemorySample> &samples, qint64 answers) {
        for (const MemorySample &sample : samples) {
            if (sample.answers == answers)
                return sample;
        }
        return MemorySample{answers, -1, -1};
    };
    const MemorySample endpointFirst = at(endpointMemory, firstSample);
    const MemorySample endpointLast = at(endpointMemory, memoryAnswers);
    const MemorySample bareFirst = at(bareMemory, firstSample);
    const MemorySample bareLast = at(bareMemory, memoryAnswers);
    const auto growth = [](qint64 from, qint64 to) -> QString {
        const qint64 kib = to - from;
        return (kib >= 0 ? QStringLiteral("+") : QString()) + QString::number(kib)
            + QStringLiteral(" KiB");
    };
    printRow(QStringLiteral("VmRSS after %1 answers").arg(firstSample), mib(endpointFirst.rssKiB),
             mib(bareFirst.rssKiB), QStringLiteral("-"), QStringLiteral("-"));
    printRow(QStringLiteral("VmRSS after %1 answers").arg(memoryAnswers), mib(endpointLast.rssKiB),
             mib(bareLast.rssKiB), QStringLiteral("-"), QStringLiteral("-"));
    printRow(QStringLiteral("VmRSS growth %1 -> %2 answers").arg(firstSample).arg(memoryAnswers),
             growth(endpointFirst.rssKiB, endpointLast.rssKiB),
             growth(bareFirst.rssKiB, bareLast.rssKiB), QStringLiteral("-"),
             QStringLiteral("flat"));
    printRow(QStringLiteral("malloc in use growth %1 -> %2").arg(firstSample).arg(memoryAnswers),
             growth(endpointFirst.heapKiB, endpointLast.heapKiB),
             growth(bareFirst.heapKiB, bareLast.heapKiB), QStringLiteral("-"),
             QStringLiteral("flat"));
    out() << Qt::endl << "# samples (answers: VmRSS KiB / malloc in use KiB)" << Qt::endl;
    for (const auto &[name, samples] : {std::pair{QStringLiteral("endpoint"), &endpointMemory},
                                        std::pair{QStringLiteral("bare"), &bareMemory}}) {
        out() << "#   " << name << ':';
        for (const MemorySample &sample : *samples)
            out() << ' ' << sample.answers << ": " << sample.rssKiB << '/' << sample.heapKiB;
        out() << Qt::endl;
    }
    out() << "# " << endpoint.answered() << " answers from the endpoint, " << logBytes
          << " bytes of log lines formatted, " << upstreamFetches << " upstream fetches"
          << Qt::endl;

    for (const QString &failure : std::as_const(failures))
        err() << "tokendesk-bench-serve: FAILED: " << failure << Qt::endl;
    return failures.isEmpty() ? 0 : 1;
}
