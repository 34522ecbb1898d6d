// `tokendesk-cli fetch --batch FILE|-`: one fetch per CSV row, at most -j at a time, one NDJSON
// line per row as it finishes. Shares fetch's request options and its way to find the secret.
#pragma once

#include "batchrows.h"
#include "fetchcommand.h"
#include "signalrelay.h"

#include <QElapsedTimer>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

namespace TokenDesk {

class BatchCommand : public FetchCommand
{
    Q_OBJECT

public:
    BatchCommand(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);
    ~BatchCommand() override;

    // Whether a `fetch` command line asks for a batch (--batch FILE, --batch=FILE).
    static bool isBatch(const QStringList &arguments);

    static constexpr int DefaultJobs = 4;
    static constexpr int MaxJobs = 64;
    // How often one row may meet a rate-limit ban (code 7) before it counts as failed.
    static constexpr int MaxBanRetries = 3;
    // The ban assumed when a code 7 names no length.
    static constexpr int UnknownBanSeconds = 5;
    // Qt 6.4's QNetworkAccessManager runs at most six HTTP/1.1 requests per host at once and
    // queues the rest, so -j 8 would stay at six; one manager serves each six clients.
    static constexpr int ClientsPerNetworkManager = 6;
    // The largest input read, far more than any list of stores.
    static constexpr qint64 MaxInputBytes = 64 * 1024 * 1024;

protected:
    QString commandDescription() const override;
    void addCommandOptions(QCommandLineParser &parser) override;
    void readCommandOptions(const QCommandLineParser &parser, QStringList &problems) override;
    bool requiresRequestFields() const override { return false; }
    void startFetching(const QByteArray &secret) override;

private:
    struct Worker
    {
        std::unique_ptr<TokenClient> client;
        qsizetype row = -1; // index into m_rows while busy
    };

    bool readInput(QByteArray &bytes);
    void startMore();
    Worker *idleWorker();
    void onRowSucceeded(Worker *worker, const TokenResponse &response);
    void onRowFailed(Worker *worker, const FetchError &error);
    void rowDone(qsizetype row, int exitCode, const QString &line);
    void beginBan(int seconds);
    void onTerminationRequested(int signal);
    void finishIfDone();
    // Redraws the progress line at most every 100 ms unless `force`; `last` ends it.
    void showProgress(bool force, bool last = false);
    // Ends the event loop once it runs (also when called before it does).
    static void exitSoon(int code);

    QString m_inputPath; // "-" for standard input
    QByteArray m_inputBytes;
    int m_jobs = DefaultJobs;
    QList<BatchRow> m_rows;
    QList<int> m_bans; // code-7 answers per row
    std::deque<qsizetype> m_pending;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks; // beyond network()
    std::vector<std::unique_ptr<Worker>> m_workers;
    int m_inFlight = 0;
    QTimer m_banTimer;
    std::unique_ptr<SignalRelay> m_signals;
    int m_stopSignal = 0; // SIGINT/SIGTERM received: start no more rows
    int m_worstExit = 0;
    int m_done = 0;
    int m_failed = 0;
    bool m_progress = false;
    bool m_outputOnTerminal = false; // output lines and the progress line share the screen
    bool m_finished = false;
    bool m_outputFailed = false; // a line could not be written: exit 6
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
};

} // namespace TokenDesk
