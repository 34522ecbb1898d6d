// `tokendesk-cli fetch --batch`.
#include "batchcommand.h"

#include "credentialformatter.h"
#include "exitcodes.h"
#include "output.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <cstdio>

using namespace std::chrono_literals;

namespace TokenDesk {

BatchCommand::BatchCommand(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : FetchCommand(profiles, secrets, parent)
{
    m_banTimer.setSingleShot(true);
    connect(&m_banTimer, &QTimer::timeout, this, &BatchCommand::startMore);
}

BatchCommand::~BatchCommand() = default;

bool BatchCommand::isBatch(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--batch") || argument.startsWith(QLatin1String("--batch=")))
            return true;
    }
    return false;
}

QString BatchCommand::commandDescription() const
{
    return tr("Fetch one credential per row of a CSV list (tenant,store,scene,usage_scene,"
              "product) and print one JSON object per row as it finishes (NDJSON).");
}

void BatchCommand::addCommandOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("batch"),
                      tr("Read the rows from FILE, or from standard input when FILE is -."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {{QStringLiteral("j"), QStringLiteral("jobs")},
         tr("At most N requests in flight (1 to %1, default %2).").arg(MaxJobs).arg(DefaultJobs),
         QStringLiteral("N"),
         QString::number(DefaultJobs)});
}

void BatchCommand::readCommandOptions(const QCommandLineParser &parser, QStringList &problems)
{
    bool ok = false;
    m_jobs = parser.value(QStringLiteral("jobs")).trimmed().toInt(&ok);
    if (!ok || m_jobs < 1 || m_jobs > MaxJobs)
        problems << tr("-j takes a whole number from 1 to %1.").arg(MaxJobs);
    if (parser.isSet(QStringLiteral("request-id")))
        problems << tr("--request-id does not go with --batch: every row gets a fresh one.");
    m_inputPath = parser.value(QStringLiteral("batch"));
    if (m_inputPath.isEmpty()) {
        problems << tr("--batch needs a file name, or - for standard input.");
    } else if (m_inputPath != QLatin1String("-")) {
        // Read now, so a missing file is a usage error before any secret is looked up.
        QFile file(m_inputPath);
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("Cannot read the batch file %1: %2.").arg(m_inputPath, file.errorString());
        } else if (file.size() > MaxInputBytes) {
            problems << tr("The batch file %1 is larger than %2 MiB.")
                            .arg(m_inputPath)
                            .arg(MaxInputBytes / (1024 * 1024));
        } else {
            m_inputBytes = file.readAll();
        }
    }
}

bool BatchCommand::readInput(QByteArray &bytes)
{
    if (m_inputPath != QLatin1String("-")) {
        bytes = std::exchange(m_inputBytes, QByteArray());
        return true;
    }
    // Through stdio, after --secret-stdin's line if it took one.
    char buffer[65536];
    size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
        bytes.append(buffer, qsizetype(got));
        if (bytes.size() > MaxInputBytes) {
            writeError(
                tr("The batch input is larger than %1 MiB.").arg(MaxInputBytes / (1024 * 1024)));
            return false;
        }
    }
    return true;
}

void BatchCommand::exitSoon(int code)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code] { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
}

void BatchCommand::startFetching(const QByteArray &secret)
{
    Q_UNUSED(secret) // FetchCommand keeps it: secret()
    QByteArray bytes;
    if (!readInput(bytes)) {
        exitSoon(ExitUsage);
        return;
    }
    const BatchInput input = parseBatchRows(QString::fromUtf8(bytes), options().request);
    if (!input.error.isEmpty()) {
        writeError(input.error);
        exitSoon(ExitUsage);
        return;
    }
    m_rows = input.rows;
    m_bans = QList<int>(m_rows.size(), 0);
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_pending.push_back(i);

    m_signals = std::make_unique<SignalRelay>();
    connect(m_signals.get(), &SignalRelay::terminationRequested, this,
            [this](int signal, bool) { onTerminationRequested(signal); });
    m_progress = stderrIsTerminal();
    m_outputOnTerminal = stdoutIsTerminal();
    m_clock.start();
    QMetaObject::invokeMethod(this, &BatchCommand::startMore, Qt::QueuedConnection);
}

BatchCommand::Worker *BatchCommand::idleWorker()
{
    for (const auto &worker : m_workers) {
        if (worker->row < 0)
            return worker.get();
    }
    if (int(m_workers.size()) >= m_jobs)
        return nullptr;
    const size_t managerIndex = m_workers.size() / ClientsPerNetworkManager;
    QNetworkAccessManager *manager = network();
    if (managerIndex > 0) {
        if (m_networks.size() < managerIndex)
            m_networks.push_back(std::make_unique<QNetworkAccessManager>());
        manager = m_networks[managerIndex - 1].get();
    }
    auto worker = std::make_unique<Worker>();
    worker->client = std::make_unique<TokenClient>(manager);
    // A ban stops every client of this app key, so no client waits one out alone.
    worker->client->setWaitsOutBans(false);
    worker->client->setTimeout(options().timeout);
    Worker *raw = worker.get();
    connect(raw->client.get(), &TokenClient::tokenReceived, this,
            [this, raw](const TokenResponse &response) { onRowSucceeded(raw, response); });
    connect(raw->client.get(), &TokenClient::fetchFailed, this,
            [this, raw](const FetchError &error) { onRowFailed(raw, error); });
    m_workers.push_back(std::move(worker));
    return raw;
}

void BatchCommand::startMore()
{
    // Never during a ban (the timer runs until it is over), nor after SIGINT.
    while (!m_stopSignal && !m_banTimer.isActive() && !m_pending.empty()) {
        const qsizetype index = m_pending.front();
        const BatchRow &row = m_rows.at(index);
        if (!row.problem.isEmpty()) {
            m_pending.pop_front();
            BatchRowError error;
            error.exitCode = ExitUsage;
            error.message = row.problem;
            rowDone(index, ExitUsage, batchErrorLine(row.line, error));
            continue;
        }
        Worker *worker = idleWorker();
        if (!worker)
            break;
        m_pending.pop_front();
        TokenRequest request = row.request;
        request.requestId = TokenRequest::newRequestId();
        worker->row = index;
        ++m_inFlight;
        worker->client->fetch(options().settings, request, secret());
    }
    finishIfDone();
}

void BatchCommand::onRowSucceeded(Worker *worker, const TokenResponse &response)
{
    const qsizetype index = std::exchange(worker->row, -1);
    --m_inFlight;
    // expires_in counts in the gateway's time, as in fetch.
    const qint64 offset = worker->client->gatewayClockOffset();
    const FormattedCredential formatted = formatCredential(
        response, ExportFormat::Json, QDateTime::currentDateTimeUtc().addSecs(offset));
    const int line = m_rows.at(index).line;
    if (formatted.ok()) {
        rowDone(index, ExitSuccess, batchSuccessLine(line, formatted.text));
    } else {
        BatchRowError error;
        error.exitCode = ExitMalformed;
        error.message = formatted.error;
        rowDone(index, error.exitCode, batchErrorLine(line, error));
    }
    startMore();
}

void BatchCommand::onRowFailed(Worker *worker, const FetchError &error)
{
    const qsizetype index = std::exchange(worker->row, -1);
    --m_inFlight;
    if (error.kind == FetchError::Kind::Gateway
        && error.gateway.code.trimmed() == QLatin1String("7") && ++m_bans[index] <= MaxBanRetries) {
        // The ban is the app key's: hold every row, then this one goes first.
        m_pending.push_front(index);
        beginBan(error.gateway.banSeconds >= 0 ? error.gateway.banSeconds : UnknownBanSeconds);
        finishIfDone();
        return;
    }
    BatchRowError rowError;
    rowError.exitCode = error.exitCode();
    rowError.message = error.oneLine();
    if (error.kind == FetchError::Kind::Gateway) {
        rowError.code = error.gateway.code;
        rowError.subCode = error.gateway.subCode;
    } else if (error.kind == FetchError::Kind::Refused) {
        rowError.respCode = error.refusal.respCode;
    }
    rowDone(index, rowError.exitCode, batchErrorLine(m_rows.at(index).line, rowError));
    startMore();
}

void BatchCommand::rowDone(qsizetype row, int exitCode, const QString &line)
{
    Q_UNUSED(row)
    ++m_done;
    if (exitCode != ExitSuccess)
        ++m_failed;
    m_worstExit = qMax(m_worstExit, exitCode);
    // On a shared screen, the output line must not land inside the progress line.
    const bool shared = m_progress && m_outputOnTerminal;
    if (shared)
        std::fputs("\r\033[K", stderr);
    if (const std::optional<QString> problem = writeOutChecked(line); problem && !m_outputFailed) {
        // Rows whose lines go nowhere would be fetched for nothing: start no more.
        writeError(tr("The output could not be written: %1.").arg(*problem));
        m_outputFailed = true;
        m_pending.clear();
        m_banTimer.stop();
    }
    showProgress(shared);
}

void BatchCommand::beginBan(int seconds)
{
    // As TokenClient does: a little past the end, so the first call is not early by a tick.
    const auto wait = std::chrono::milliseconds(std::chrono::seconds(seconds) + 100ms);
    if (!m_banTimer.isActive() || m_banTimer.remainingTimeAsDuration() < wait)
        m_banTimer.start(wait);
    showProgress(true);
}

void BatchCommand::onTerminationRequested(int signal)
{
    if (m_stopSignal) {
        // The second one: give up on the rows in flight.
        showProgress(true, true);
        QCoreApplication::exit(128 + m_stopSignal);
        return;
    }
    m_stopSignal = signal;
    m_banTimer.stop();
    showProgress(true);
    finishIfDone();
}

void BatchCommand::finishIfDone()
{
    if (m_finished || m_inFlight > 0)
        return;
    if (!m_stopSignal && (!m_pending.empty() || m_banTimer.isActive()))
        return;
    m_finished = true;
    showProgress(true, true);
    exitSoon(m_outputFailed ? int(ExitOutput) : m_stopSignal ? 128 + m_stopSignal : m_worstExit);
}

void BatchCommand::showProgress(bool force, bool last)
{
    if (!m_progress)
        return;
    const qint64 elapsed = m_clock.elapsed();
    // A terminal redrawn a thousand times a second helps nobody.
    if (!force && !last && m_lastProgressMs >= 0 && elapsed - m_lastProgressMs < 100)
        return;
    m_lastProgressMs = elapsed;
    const double rate = elapsed > 0 ? m_done * 1000.0 / double(elapsed) : 0.0;
    QString text = tr("%1 of %2 rows done, %3 failed, %4 rows/s")
                       .arg(m_done)
                       .arg(m_rows.size())
                       .arg(m_failed)
                       .arg(rate, 0, 'f', 1);
    if (m_banTimer.isActive())
        text += QLatin1String(", ") + tr("rate limited: waiting");
    if (m_stopSignal && !last)
        text += QLatin1String(", ")
            + tr("stopping: waiting for %n request(s) in flight", nullptr, m_inFlight);
    const QByteArray bytes = "\r\033[K" + text.toUtf8() + (last ? "\n" : "");
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace TokenDesk
