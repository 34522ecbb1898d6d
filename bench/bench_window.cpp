// tokendesk-bench-window: what the window costs, beside a bare Qt Widgets window measured in the
// same run, under the same display.
//
// Programs, each started with a fresh XDG config/cache/data directory and TOKENDESK_BENCH_PROBE=1
// (both print "shown" once their window is exposed and its first frame painted; ui/benchhook.h):
//   bare     tokendesk-bare-window: a QMainWindow with one QLabel, same size and app setup
//   welcome  tokendesk with no profile: the first-run window
//   demo     tokendesk --demo --fetch: embedded simulator, a credential and a live countdown
//
// 1. startup: ms from QProcess::start() to the "shown" line; launches interleaved, order
//    rotated every round, one uncounted warm-up launch each. Target: welcome <= 1.3x bare.
// 2. memory: VmRSS 1 s after "shown", median over the first few launches. Target <= 1.3x bare.
// 3. idle CPU: the three programs side by side, 3 s after "shown", CPU time over --idle-seconds
//    (30) from per-thread schedstat (ns; utime+stime where that is missing). Target: demo
//    (countdown live) <= 0.2% of one core.
// 4. outside (X11 only, in the same launches as 1 and 2): what a user sees, with nothing from
//    inside the program. ms from QProcess::start() to the MapNotify of the program's top-level
//    window, and VmRSS 1 s after that map. The bench holds its own X connection with
//    SubstructureNotify selected on the root window, so the X server sends it the MapNotify the
//    moment the window is mapped: event-driven, no polling interval, and no window manager is
//    needed. The window is the program's when its _NET_WM_PID is the child's pid. Target: all
//    four (inside/outside x first run/--demo --fetch) <= 1.3x bare.
//
// Run it under an X server: xvfb-run -a -s '-screen 0 1280x900x24 -noreset' (packaging/bench.sh
// does). -noreset: an Xvfb that resets as its last client leaves refuses connections for a moment
// (docs: ../shared/docs/testing-headless.md); the bench's own X connection also keeps it up.
// Figures are printed, never judged: the exit code is non-zero only when a program failed to
// start or never showed its window.
#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <unistd.h>

#if TOKENDESK_BENCH_HAVE_XCB
#include <xcb/xcb.h>
#endif

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace {

using namespace BenchSupport;

constexpr double StartupTarget = 1.3;
constexpr double MemoryTarget = 1.3;
constexpr double IdleCpuTargetPercent = 0.2;
constexpr int DefaultLaunches = 41;
constexpr int DefaultRssRuns = 5;
constexpr int DefaultIdleSeconds = 30;
constexpr int RssSettleMs = 1000;
constexpr int IdleSettleMs = 3000;
// The 50-session window fetches its sessions one after another once shown; past this they are in.
constexpr int SessionsSettleMs = 5000;
constexpr int ShowTimeoutMs = 30000; // far beyond any sane startup, even a Debug build under load
constexpr int MapTimeoutMs = 5000;   // after "shown": the window is mapped before it is exposed

// One monotonic clock for the launches and the X events, so the two can be subtracted.
QElapsedTimer &benchClock()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock;
}

double minimum(const std::vector<double> &values)
{
    return values.empty() ? 0.0 : *std::min_element(values.begin(), values.end());
}

// The event loop runs (child output is read) while waiting; never a busy wait.
void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A "Key:   1234 kB" line of /proc/PID/status, in KiB; -1 if missing.
qint64 statusKiB(const QByteArray &status, const QByteArray &key)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Memory
{
    double rss = 0; // KiB
    double anon = 0;
    double file = 0;
    double shmem = 0;
};

std::optional<Memory> readMemory(qint64 pid)
{
    const QByteArray status = readProcFile(pid, "status");
    const qint64 rss = statusKiB(status, "VmRSS");
    if (rss < 0)
        return std::nullopt;
    return Memory{double(rss), double(statusKiB(status, "RssAnon")),
                  double(statusKiB(status, "RssFile")), double(statusKiB(status, "RssShmem"))};
}

struct CpuSample
{
    qint64 ticks = -1;              // utime + stime of the whole process
    QHash<QString, qint64> wakeups; // voluntary context switches, per thread id
    // Time on a CPU per thread id, in nanoseconds, from /proc/PID/task/TID/schedstat. utime and
    // stime count whole 10 ms clock ticks, too coarse for a program that should use well under
    // one tick a second; schedstat counts nanoseconds.
    QHash<QString, qint64> cpuNs;
};

CpuSample readCpu(qint64 pid)
{
    CpuSample sample;
    const QByteArray stat = readProcFile(pid, "stat");
    // The command name may hold spaces and parentheses: fields count from the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return sample;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After the name, field 3 (state) is index 0, so utime (14) and stime (15) are 11 and 12.
    if (fields.size() < 13)
        return sample;
    sample.ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(tid) + QStringLiteral("/status"));
        if (file.open(QIODevice::ReadOnly))
            sample.wakeups.insert(tid, statusKiB(file.readAll(), "voluntary_ctxt_switches"));
        QFile schedstat(tasks.filePath(tid) + QStringLiteral("/schedstat"));
        if (schedstat.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const qint64 ns = schedstat.readAll().split(' ').value(0).toLongLong(&ok);
            if (ok)
                sample.cpuNs.insert(tid, ns);
        }
    }
    return sample;
}

// CPU time between two samples in nanoseconds, or -1 when schedstat is unavailable. Threads
// born in between count in full; a thread that ended in between takes its time with it.
qint64 cpuNsBetween(const CpuSample &before, const CpuSample &after)
{
    if (before.cpuNs.isEmpty() || after.cpuNs.isEmpty())
        return -1;
    qint64 total = 0;
    for (auto it = after.cpuNs.cbegin(); it != after.cpuNs.cend(); ++it)
        total += it.value() - before.cpuNs.value(it.key(), 0);
    return total;
}

// Wakeups between two samples, over the threads alive at both (a thread's count goes with it).
qint64 wakeupsBetween(const CpuSample &before, const CpuSample &after)
{
    qint64 total = 0;
    for (auto it = after.wakeups.cbegin(); it != after.wakeups.cend(); ++it) {
        if (before.wakeups.contains(it.key()))
            total += it.value() - before.wakeups.value(it.key());
    }
    return total;
}

// The outside measure: when a program's top-level window is mapped, seen from the X server.
// Subscribes to SubstructureNotify on every root window; each MapNotify (not override-redirect,
// so no menus or tooltips) is stamped on arrival. Disabled (available() false) without X11.
class MapWatcher : public QObject
{
public:
    explicit MapWatcher(bool enable)
    {
#if TOKENDESK_BENCH_HAVE_XCB
        if (!enable || qEnvironmentVariableIsEmpty("DISPLAY")) {
            m_unavailable = QStringLiteral("needs an X server");
            return;
        }
        m_connection = xcb_connect(nullptr, nullptr);
        if (xcb_connection_has_error(m_connection)) {
            m_unavailable = QStringLiteral("cannot connect to the X server at DISPLAY %1")
                                .arg(qEnvironmentVariable("DISPLAY"));
            xcb_disconnect(m_connection);
            m_connection = nullptr;
            return;
        }
        const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
        for (auto it = xcb_setup_roots_iterator(xcb_get_setup(m_connection)); it.rem;
             xcb_screen_next(&it)) {
            xcb_change_window_attributes(m_connection, it.data->root, XCB_CW_EVENT_MASK, &mask);
        }
        // only_if_exists = 0: a fresh Xvfb (xvfb-run -a) knows only the predefined atoms, and
        // _NET_WM_PID is not one of them until a client interns it. Asking with only_if_exists
        // = 1 then answers None and the outside measure was silently skipped, although the
        // programs started later do intern it and set it on their windows.
        static const char name[] = "_NET_WM_PID";
        xcb_intern_atom_reply_t *atom = xcb_intern_atom_reply(
            m_connection, xcb_intern_atom(m_connection, 0, sizeof name - 1, name), nullptr);
        if (atom) {
            m_pidAtom = atom->atom;
            std::free(atom);
        }
        if (m_pidAtom == 0)
            m_unavailable = QStringLiteral("the X server gave no _NET_WM_PID atom");
        xcb_flush(m_connection);
        m_notifier =
            new QSocketNotifier(xcb_get_file_descriptor(m_connection), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] { drain(); });
        drain();
#else
        Q_UNUSED(enable)
        m_unavailable = QStringLiteral("needs a build with libxcb");
#endif
    }

    ~MapWatcher() override
    {
#if TOKENDESK_BENCH_HAVE_XCB
        if (m_connection)
            xcb_disconnect(m_connection);
#endif
    }

    MapWatcher(const MapWatcher &) = delete;
    MapWatcher &operator=(const MapWatcher &) = delete;

    bool available() const
    {
#if TOKENDESK_BENCH_HAVE_XCB
        return m_connection && m_pidAtom != 0;
#else
        return false;
#endif
    }

    // The benchClock() time at which a top-level window of `pid` was first mapped at or after
    // `sinceNs`, or -1 if none has been yet. Maps seen before `sinceNs` are dropped.
    qint64 mappedNs(qint64 pid, qint64 sinceNs)
    {
#if TOKENDESK_BENCH_HAVE_XCB
        drain();
        for (Map &map : m_maps) {
            if (map.ns < sinceNs)
                continue;
            if (map.pid == 0)
                map.pid = windowPid(map.window);
            if (map.pid == pid) {
                m_lastSize = windowSize(map.window);
                return map.ns;
            }
        }
        m_maps.erase(std::remove_if(m_maps.begin(), m_maps.end(),
                                    [sinceNs](const Map &map) { return map.ns < sinceNs; }),
                     m_maps.end());
#else
        Q_UNUSED(pid)
        Q_UNUSED(sinceNs)
#endif
        return -1;
    }

    // Why available() is false, for the report ("" when it is available).
    QString unavailableReason() const
    {
        return m_unavailable;
    }

    // The size of the window whose map mappedNs() last returned ("" if unknown).
    QString lastSize() const
    {
        return m_lastSize;
    }

    // Called whenever a map arrives, so a waiting launch can look again.
    std::function<void()> onMap;

private:
#if TOKENDESK_BENCH_HAVE_XCB
    struct Map
    {
        xcb_window_t window;
        qint64 ns;
        qint64 pid; // 0: not looked up yet; -1: none
    };

    void drain()
    {
        if (!m_connection)
            return;
        // Stamped before anything else: the events in this batch arrived just now.
        const qint64 now = benchClock().nsecsElapsed();
        bool mapped = false;
        while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection)) {
            if ((event->response_type & 0x7f) == XCB_MAP_NOTIFY) {
                const auto *map = reinterpret_cast<xcb_map_notify_event_t *>(event);
                if (!map->override_redirect) {
                    m_maps.push_back({map->window, now, 0});
                    mapped = true;
                }
            }
            std::free(event);
        }
        if (mapped && onMap)
            onMap();
    }

    qint64 windowPid(xcb_window_t window)
    {
        xcb_get_property_reply_t *reply = xcb_get_property_reply(
            m_connection,
            xcb_get_property(m_connection, 0, window, m_pidAtom, XCB_ATOM_CARDINAL, 0, 1), nullptr);
        qint64 pid = -1;
        if (reply && reply->format == 32 && xcb_get_property_value_length(reply) == 4)
            pid = *static_cast<const uint32_t *>(xcb_get_property_value(reply));
        std::free(reply);
        return pid;
    }

    QString windowSize(xcb_window_t window)
    {
        xcb_get_geometry_reply_t *reply =
            xcb_get_geometry_reply(m_connection, xcb_get_geometry(m_connection, window), nullptr);
        QString size;
        if (reply)
            size = QStringLiteral("%1x%2").arg(reply->width).arg(reply->height);
        std::free(reply);
        return size;
    }

    xcb_connection_t *m_connection = nullptr;
    xcb_atom_t m_pidAtom = 0;
    QSocketNotifier *m_notifier = nullptr;
    std::vector<Map> m_maps;
#endif
    QString m_lastSize;
    QString m_unavailable;
};

struct Program
{
    QString key; // bare, welcome, demo, demo50
    QString path;
    QStringList arguments;
    QList<QPair<QString, QString>> environment = {}; // added to the launch's environment
};

// One started program, its window shown (or a reason why not). Killed when it goes.
class Launch
{
public:
    // With a `watcher` that is available(), also waits for the window's MapNotify (outside).
    explicit Launch(const Program &program, MapWatcher *watcher = nullptr)
        : m_program(program)
        , m_watcher(watcher && watcher->available() ? watcher : nullptr)
    {
        m_process.setProgram(program.path);
        m_process.setArguments(program.arguments);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // A first run every time: no profile, no saved geometry, no draft, no caches.
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"}) {
            const QString dir = m_home.filePath(QLatin1String(name));
            QDir().mkpath(dir);
            env.insert(QLatin1String(name), dir);
        }
        env.insert(QStringLiteral("TOKENDESK_BENCH_PROBE"), QStringLiteral("1"));
        for (const auto &[name, value] : program.environment)
            env.insert(name, value);
        m_process.setProcessEnvironment(env);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            m_stdout += m_process.readAllStandardOutput();
            if (!m_shownNs && m_stdout.contains("shown\n")) {
                m_shownNs = m_timer.nsecsElapsed();
                if (m_loop)
                    m_loop->quit();
            }
        });
        QObject::connect(&m_process, &QProcess::finished, &m_process, [this] {
            if (m_loop)
                m_loop->quit();
        });
        QObject::connect(&m_process, &QProcess::errorOccurred, &m_process, [this] {
            if (m_loop)
                m_loop->quit();
        });
    }

    ~Launch()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Starts the program and runs the event loop until it has shown its window. False, with
    // problem() set, if it failed to start, exited or did not show within the limit.
    bool startAndWaitShown()
    {
        if (!m_home.isValid()) {
            m_problem = QStringLiteral("cannot create a temporary directory");
            return false;
        }
        QEventLoop loop;
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        m_loop = &loop;
        m_startNs = benchClock().nsecsElapsed();
        m_timer.start();
        m_process.start();
        guard.start(ShowTimeoutMs);
        if (!m_shownNs && m_process.state() != QProcess::NotRunning)
            loop.exec();
        if (m_shownNs && m_watcher && !lookForMap()) {
            // Mapped before it was exposed, so normally already seen; wait for it otherwise.
            m_watcher->onMap = [this, &loop] {
                if (lookForMap())
                    loop.quit();
            };
            guard.start(MapTimeoutMs);
            if (m_process.state() != QProcess::NotRunning)
                loop.exec();
            m_watcher->onMap = nullptr;
            if (!lookForMap()) {
                m_loop = nullptr;
                m_problem = QStringLiteral("showed its window, but the X server never reported "
                                           "it mapped (no MapNotify with its _NET_WM_PID)");
                return false;
            }
        }
        m_loop = nullptr;
        if (m_shownNs)
            return true;
        m_stderr = m_process.readAllStandardError();
        if (m_process.error() == QProcess::FailedToStart)
            m_problem = QStringLiteral("failed to start: %1").arg(m_process.errorString());
        else if (m_process.state() == QProcess::NotRunning)
            m_problem = QStringLiteral("exited (status %1) before showing its window")
                            .arg(m_process.exitCode());
        else
            m_problem =
                QStringLiteral("did not show its window within %1 s").arg(ShowTimeoutMs / 1000);
        return false;
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    double elapsedMs() const { return double(m_timer.nsecsElapsed()) / 1e6; }
    double shownMs() const { return double(m_shownNs) / 1e6; }
    // Outside: QProcess::start() to the MapNotify; -1 without a watcher.
    double mappedMs() const { return m_mappedNs < 0 ? -1.0 : double(m_mappedNs - m_startNs) / 1e6; }
    bool measuredOutside() const { return m_mappedNs >= 0; }
    QString mappedSize() const { return m_mappedSize; } // "WxH" as mapped, outside only
    QString problem() const
    {
        QString text =
            QStringLiteral("%1 (%2): %3")
                .arg(m_program.key, m_program.arguments.join(QLatin1Char(' ')), m_problem);
        const QString tail = QString::fromLocal8Bit(m_stderr).trimmed().right(600);
        if (!tail.isEmpty())
            text += QStringLiteral("\n    stderr: ") + tail;
        return text;
    }

private:
    bool lookForMap()
    {
        if (m_mappedNs < 0 && m_watcher) {
            m_mappedNs = m_watcher->mappedNs(m_process.processId(), m_startNs);
            if (m_mappedNs >= 0)
                m_mappedSize = m_watcher->lastSize();
        }
        return m_mappedNs >= 0;
    }

    Program m_program;
    MapWatcher *m_watcher = nullptr;
    qint64 m_startNs = 0;
    qint64 m_mappedNs = -1;
    QString m_mappedSize;
    QTemporaryDir m_home;
    QProcess m_process;
    QElapsedTimer m_timer;
    QEventLoop *m_loop = nullptr;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_problem;
    qint64 m_shownNs = 0;
};

struct Series
{
    std::vector<double> startupMs;
    std::vector<Memory> memory;
    std::vector<double> mappedMs;    // outside: start to MapNotify
    std::vector<double> rssAfterMap; // outside: VmRSS 1 s after the map, KiB
    QString mappedSize;              // outside: the window's size when mapped

    double memoryMedian(double Memory::*field) const
    {
        std::vector<double> values;
        for (const Memory &m : memory)
            values.push_back(m.*field);
        return median(values);
    }
};

struct Idle
{
    double cpuPercent = 0;
    double wakeupsPerSecond = 0;
    bool preciseCpu = false; // from schedstat (ns), not clock ticks
    int threads = 0;
};

void printRow(const QString &figure, const QString &tokendesk, const QString &baseline,
              const QString &ratio, const QString &target)
{
    out() << figure.leftJustified(46) << tokendesk.leftJustified(13) << baseline.leftJustified(13)
          << ratio.leftJustified(9) << target << Qt::endl;
}

// A figure that could not be measured (a program failed) is never reported as met.
QString verdict(bool measured, bool met)
{
    if (!measured)
        return QStringLiteral("NOT MEASURED");
    return met ? QStringLiteral("ok") : QStringLiteral("MISSED");
}

QString ratioText(double value, double baseline)
{
    return baseline > 0 ? fixed(value / baseline, 2) + QLatin1Char('x') : QStringLiteral("-");
}

QString siblingPath(const QString &name)
{
    return QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-bench-window"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "TokenDesk window benchmarks (startup, memory, idle CPU), each beside a bare Qt Widgets "
        "window measured in the same run.\n"
        "Needs an X server: run it as\n"
        "  xvfb-run -a -s '-screen 0 1280x900x24 -noreset' tokendesk-bench-window\n"
        "(packaging/bench.sh does), or with --smoke and QT_QPA_PLATFORM=offscreen.\n"
        "Timing figures never fail the run; the exit code is 1 only if a program did not "
        "start or never showed its window."));
    parser.addHelpOption();
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"),
        QStringLiteral("One launch each and a 2 s idle: checks that everything works (CTest)."));
    const QCommandLineOption launchesOption(
        QStringLiteral("launches"),
        QStringLiteral("Counted launches per program (default %1).").arg(DefaultLaunches),
        QStringLiteral("N"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-seconds"),
        QStringLiteral("Length of the idle CPU window (default %1).").arg(DefaultIdleSeconds),
        QStringLiteral("S"));
    const QCommandLineOption tokendeskOption(
        QStringLiteral("tokendesk"),
        QStringLiteral("The tokendesk binary (default: the one from this build)."),
        QStringLiteral("PATH"), QStringLiteral(TOKENDESK_BENCH_TOKENDESK));
    const QCommandLineOption bareOption(
        QStringLiteral("bare"),
        QStringLiteral("The baseline window (default: tokendesk-bare-window beside this one)."),
        QStringLiteral("PATH"), siblingPath(QStringLiteral("tokendesk-bare-window")));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Also print the results as one JSON object."));
    parser.addOptions(
        {smokeOption, launchesOption, idleOption, tokendeskOption, bareOption, jsonOption});
    parser.process(app);

    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (platform.isEmpty() && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        out() << "tokendesk-bench-window: no display (DISPLAY is not set), nothing measured. Run "
                 "it under xvfb-run -a -s '-screen 0 1280x900x24 -noreset' (packaging/bench.sh "
                 "does), "
                 "or use --smoke with QT_QPA_PLATFORM=offscreen."
              << Qt::endl;
        return 0;
    }

    const bool smoke = parser.isSet(smokeOption);
    const auto positive = [&](const QCommandLineOption &option, int fallback, int *into) {
        if (!parser.isSet(option)) {
            *into = fallback;
            return true;
        }
        bool ok = false;
        *into = parser.value(option).toInt(&ok);
        if (!ok || *into < 1) {
            err() << "tokendesk-bench-window: --" << option.names().constFirst()
                  << " needs a positive number" << Qt::endl;
            return false;
        }
        return true;
    };
    int launches = 0;
    int idleSeconds = 0;
    if (!positive(launchesOption, smoke ? 1 : DefaultLaunches, &launches)
        || !positive(idleOption, smoke ? 2 : DefaultIdleSeconds, &idleSeconds))
        return 2;
    const int rssRuns = std::min(launches, DefaultRssRuns);
    const int warmUps = smoke ? 0 : 1;
    const int idleSettleMs = smoke ? 1000 : IdleSettleMs;

    const QString tokendesk = parser.value(tokendeskOption);
    const std::vector<Program> programs = {
        {QStringLiteral("bare"), parser.value(bareOption), {}},
        {QStringLiteral("welcome"), tokendesk, {}},
        {QStringLiteral("demo"), tokendesk, {QStringLiteral("--demo"), QStringLiteral("--fetch")}},
    };
    for (const Program &program : programs) {
        if (!QFile::exists(program.path)) {
            err() << "tokendesk-bench-window: " << program.path
                  << " does not exist (build the tokendesk and tokendesk-bare-window targets)"
                  << Qt::endl;
            return 1;
        }
    }

    // Other work on a 2-core machine skews every figure; recorded so a noisy run is recognisable.
    const QString loadAverage = [] {
        QFile file(QStringLiteral("/proc/loadavg"));
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("unknown");
        return QString::fromLatin1(file.readLine().split(' ').value(0));
    }();

    QStringList failures;
    std::vector<Series> series(programs.size());
    // Outside only on a real X server: the smoke run (offscreen) has none.
    MapWatcher mapWatcher(platform.isEmpty() || platform == QLatin1String("xcb"));

    // ---- 1 and 2: interleaved launches, the order rotated each round.
    for (int round = 0; round < warmUps + launches && failures.size() < 3; ++round) {
        const bool counted = round >= warmUps;
        const bool withMemory = counted && round - warmUps < rssRuns;
        for (size_t k = 0; k < programs.size(); ++k) {
            const size_t index = (k + size_t(round)) % programs.size();
            Launch launch(programs[index], &mapWatcher);
            if (!launch.startAndWaitShown()) {
                failures << launch.problem();
                continue;
            }
            if (!counted)
                continue;
            series[index].startupMs.push_back(launch.shownMs());
            if (launch.measuredOutside()) {
                series[index].mappedMs.push_back(launch.mappedMs());
                series[index].mappedSize = launch.mappedSize();
            }
            if (withMemory) {
                // Inside: 1 s after "shown"; outside: 1 s after the map. The map comes first
                // (a window is exposed once mapped), so read in that order.
                const double now = launch.elapsedMs();
                const double mapRead = launch.mappedMs() + RssSettleMs;
                const double shownRead = launch.shownMs() + RssSettleMs;
                if (launch.measuredOutside()) {
                    waitMs(int(std::max(0.0, mapRead - now)));
                    const auto memory = readMemory(launch.pid());
                    if (memory && launch.isRunning())
                        series[index].rssAfterMap.push_back(memory->rss);
                }
                waitMs(int(std::max(0.0, shownRead - launch.elapsedMs())));
                const auto memory = readMemory(launch.pid());
                if (memory && launch.isRunning())
                    series[index].memory.push_back(*memory);
                else
                    failures << QStringLiteral("%1 exited while its memory was measured")
                                    .arg(programs[index].key);
            }
        }
    }

    // ---- 3: idle CPU, side by side so they share whatever noise there is; with a fourth
    // window holding 50 live sessions (the demo fetches them one by one after it shows, so it
    // gets longer to settle), for the session list's one-timer design (docs/architecture.md).
    std::vector<Program> idlePrograms = programs;
    idlePrograms.push_back({QStringLiteral("demo50"),
                            tokendesk,
                            {QStringLiteral("--demo"), QStringLiteral("--fetch")},
                            {{QStringLiteral("TOKENDESK_DEMO_SESSIONS"), QStringLiteral("50")}}});
    std::vector<Idle> idle(idlePrograms.size());
    bool idleMeasured = false;
    if (failures.isEmpty()) {
        std::vector<std::unique_ptr<Launch>> running;
        for (const Program &program : idlePrograms) {
            running.push_back(std::make_unique<Launch>(program));
            if (!running.back()->startAndWaitShown())
                failures << running.back()->problem();
        }
        if (failures.isEmpty()) {
            waitMs(idleSettleMs + SessionsSettleMs);
            std::vector<CpuSample> before;
            for (const auto &launch : running)
                before.push_back(readCpu(launch->pid()));
            QElapsedTimer wall;
            wall.start();
            waitMs(idleSeconds * 1000);
            const double seconds = double(wall.nsecsElapsed()) / 1e9;
            const double tick = double(sysconf(_SC_CLK_TCK));
            for (size_t i = 0; i < running.size(); ++i) {
                const CpuSample after = readCpu(running[i]->pid());
                if (!running[i]->isRunning() || before[i].ticks < 0 || after.ticks < 0) {
                    failures << QStringLiteral("%1 exited during the idle measurement")
                                    .arg(idlePrograms[i].key);
                    continue;
                }
                const qint64 ns = cpuNsBetween(before[i], after);
                idle[i].cpuPercent = ns >= 0
                    ? 100.0 * double(ns) / 1e9 / seconds
                    : 100.0 * double(after.ticks - before[i].ticks) / tick / seconds;
                idle[i].preciseCpu = ns >= 0;
                idle[i].wakeupsPerSecond = double(wakeupsBetween(before[i], after)) / seconds;
                idle[i].threads = int(after.wakeups.size());
            }
            idleMeasured = failures.isEmpty();
        }
    }

    // ---- output
    QString buildType = QStringLiteral(TOKENDESK_BENCH_BUILD_TYPE);
    if (buildType.isEmpty())
        buildType = QStringLiteral("no build type");
    const int cores = QThread::idealThreadCount();
    const QString display = platform.isEmpty()
        ? QStringLiteral("DISPLAY ") + qEnvironmentVariable("DISPLAY")
        : QStringLiteral("QT_QPA_PLATFORM ") + platform;
    const Series &bare = series[0];
    const Series &welcome = series[1];
    const Series &demo = series[2];
    out() << "TokenDesk window benchmarks (" << buildType << ", Qt " << qVersion() << ", " << cores
          << " cores, " << display << ")" << (smoke ? " SMOKE RUN, figures meaningless" : "")
          << Qt::endl;
    out() << "# baseline: tokendesk-bare-window (QMainWindow + QLabel, 1200x740, same app setup); "
             "welcome = tokendesk, first run; demo = tokendesk --demo --fetch"
          << Qt::endl;
    out() << "# startup: QProcess::start() -> \"shown\" (first Expose, first frame painted), "
          << launches << " launches each, interleaved, " << warmUps << " warm-up; memory: VmRSS "
          << RssSettleMs << " ms after shown, " << rssRuns << " runs; idle: side by side, "
          << idleSettleMs / 1000 << " s after shown, over " << idleSeconds << " s" << Qt::endl;
    if (mapWatcher.available()) {
        out() << "# outside: QProcess::start() -> MapNotify of the program's top-level window "
                 "(_NET_WM_PID), seen on the bench's own X connection (SubstructureNotify on the "
                 "root, no polling); VmRSS "
              << RssSettleMs << " ms after the map; same launches" << Qt::endl;
    } else {
        out() << "# outside: not measured (" << mapWatcher.unavailableReason() << ")" << Qt::endl;
    }
    // The bare window stands in for TokenDesk's first-run window only at the same size: a larger
    // window keeps a larger backing store (shmem) and paints more pixels.
    if (!bare.mappedSize.isEmpty() && !welcome.mappedSize.isEmpty()) {
        out() << "# window sizes as mapped: bare " << bare.mappedSize << ", first run "
              << welcome.mappedSize << ", --demo " << demo.mappedSize << Qt::endl;
        if (bare.mappedSize != welcome.mappedSize) {
            out() << "# WARNING: the bare window is not the size of TokenDesk's first-run window: "
                     "make bench/bare_window.cpp match it, or memory and paint are not compared "
                     "like for like"
                  << Qt::endl;
        }
    }
    out() << "# load average at start " << loadAverage << Qt::endl;
    if (loadAverage.toDouble() >= cores) {
        out() << "# WARNING: load average " << loadAverage << " on " << cores
              << " cores: startup medians are inflated; compare runs on an idle machine"
              << Qt::endl;
    }
    const double startupBare = median(bare.startupMs);
    const double startupWelcome = median(welcome.startupMs);
    const double startupDemo = median(demo.startupMs);
    const double rssBare = bare.memoryMedian(&Memory::rss);
    const double rssWelcome = welcome.memoryMedian(&Memory::rss);
    const double rssDemo = demo.memoryMedian(&Memory::rss);
    const auto ms = [](double value) -> QString { return fixed(value, 0) + QStringLiteral(" ms"); };
    const auto percent = [](double value) -> QString { return fixed(value, 3) + QLatin1Char('%'); };
    printRow(QStringLiteral("figure"), QStringLiteral("tokendesk"), QStringLiteral("bare"),
             QStringLiteral("ratio"), QStringLiteral("target"));
    printRow(
        QStringLiteral("start to shown, first run (median, N=%1)").arg(welcome.startupMs.size()),
        ms(startupWelcome), ms(startupBare), ratioText(startupWelcome, startupBare),
        QStringLiteral("<= %1x %2")
            .arg(StartupTarget)
            .arg(verdict(!welcome.startupMs.empty() && !bare.startupMs.empty(),
                         startupWelcome <= StartupTarget * startupBare)));
    printRow(QStringLiteral("start to shown, first run (min)"), ms(minimum(welcome.startupMs)),
             ms(minimum(bare.startupMs)),
             ratioText(minimum(welcome.startupMs), minimum(bare.startupMs)), QStringLiteral("-"));
    printRow(QStringLiteral("start to shown, --demo --fetch (median)"), ms(startupDemo),
             ms(startupBare), ratioText(startupDemo, startupBare),
             QStringLiteral("<= %1x %2")
                 .arg(StartupTarget)
                 .arg(verdict(!demo.startupMs.empty() && !bare.startupMs.empty(),
                              startupDemo <= StartupTarget * startupBare)));
    printRow(
        QStringLiteral("VmRSS after shown, first run (median, N=%1)").arg(welcome.memory.size()),
        mib(rssWelcome), mib(rssBare), ratioText(rssWelcome, rssBare),
        QStringLiteral("<= %1x %2")
            .arg(MemoryTarget)
            .arg(verdict(!welcome.memory.empty() && !bare.memory.empty(),
                         rssWelcome <= MemoryTarget * rssBare)));
    for (const auto &[name, field] : {std::pair{QStringLiteral("anon"), &Memory::anon},
                                      std::pair{QStringLiteral("file-backed"), &Memory::file},
                                      std::pair{QStringLiteral("shmem"), &Memory::shmem}}) {
        const double td = welcome.memoryMedian(field);
        const double base = bare.memoryMedian(field);
        printRow(QStringLiteral("  of which %1").arg(name), mib(td), mib(base), ratioText(td, base),
                 QStringLiteral("-"));
    }
    printRow(QStringLiteral("VmRSS after shown, --demo --fetch (median)"), mib(rssDemo),
             mib(rssBare), ratioText(rssDemo, rssBare),
             QStringLiteral("<= %1x %2")
                 .arg(MemoryTarget)
                 .arg(verdict(!demo.memory.empty() && !bare.memory.empty(),
                              rssDemo <= MemoryTarget * rssBare)));
    // Outside: what a user sees. Rows only when an X server could be watched.
    if (mapWatcher.available()) {
        const auto outsideRow = [&](const QString &figure, const std::vector<double> &td,
                                    const std::vector<double> &base, bool memory) {
            const double value = median(td);
            const double baseline = median(base);
            const double target = memory ? MemoryTarget : StartupTarget;
            printRow(figure, memory ? mib(value) : ms(value), memory ? mib(baseline) : ms(baseline),
                     ratioText(value, baseline),
                     QStringLiteral("<= %1x %2")
                         .arg(target)
                         .arg(verdict(!td.empty() && !base.empty(), value <= target * baseline)));
        };
        outsideRow(
            QStringLiteral("outside: exec to mapped, first run (N=%1)").arg(welcome.mappedMs.size()),
            welcome.mappedMs, bare.mappedMs, false);
        outsideRow(QStringLiteral("outside: exec to mapped, --demo --fetch"), demo.mappedMs,
                   bare.mappedMs, false);
        outsideRow(QStringLiteral("outside: VmRSS 1 s after map, first run"), welcome.rssAfterMap,
                   bare.rssAfterMap, true);
        outsideRow(QStringLiteral("outside: VmRSS 1 s after map, --demo --fetch"), demo.rssAfterMap,
                   bare.rssAfterMap, true);
    }
    printRow(QStringLiteral("idle CPU, --demo countdown live (%1 s)").arg(idleSeconds),
             percent(idle[2].cpuPercent), percent(idle[0].cpuPercent), QStringLiteral("-"),
             QStringLiteral("<= %1% %2")
                 .arg(IdleCpuTargetPercent)
                 .arg(verdict(idleMeasured, idle[2].cpuPercent <= IdleCpuTargetPercent)));
    printRow(QStringLiteral("idle CPU, --demo with 50 live sessions"), percent(idle[3].cpuPercent),
             percent(idle[0].cpuPercent), QStringLiteral("-"),
             QStringLiteral("<= %1% %2")
                 .arg(IdleCpuTargetPercent)
                 .arg(verdict(idleMeasured, idle[3].cpuPercent <= IdleCpuTargetPercent)));
    printRow(QStringLiteral("idle CPU, first run, no countdown"), percent(idle[1].cpuPercent),
             percent(idle[0].cpuPercent), QStringLiteral("-"), QStringLiteral("-"));
    printRow(QStringLiteral("idle wakeups/s, --demo (all threads)"),
             fixed(idle[2].wakeupsPerSecond, 1), fixed(idle[0].wakeupsPerSecond, 1),
             QStringLiteral("-"), QStringLiteral("-"));
    printRow(QStringLiteral("idle wakeups/s, first run"), fixed(idle[1].wakeupsPerSecond, 1),
             fixed(idle[0].wakeupsPerSecond, 1), QStringLiteral("-"), QStringLiteral("-"));
    printRow(QStringLiteral("threads, --demo / first run"),
             QStringLiteral("%1 / %2").arg(idle[2].threads).arg(idle[1].threads),
             QString::number(idle[0].threads), QStringLiteral("-"), QStringLiteral("-"));
    if (std::all_of(idle.cbegin(), idle.cend(), [](const Idle &i) { return i.preciseCpu; })) {
        out() << "# idle CPU from /proc/PID/task/*/schedstat (nanoseconds on a CPU)" << Qt::endl;
    } else {
        out() << "# idle CPU from utime+stime: resolution is one clock tick ("
              << 1000 / sysconf(_SC_CLK_TCK)
              << " ms): " << fixed(100.0 / double(sysconf(_SC_CLK_TCK)) / idleSeconds, 3)
              << "% of a core over this window" << Qt::endl;
    }

    if (parser.isSet(jsonOption)) {
        const auto toJson = [](const std::vector<double> &values) {
            QJsonArray array;
            for (double value : values)
                array.append(value);
            return array;
        };
        QJsonObject programsJson;
        for (size_t i = 0; i < programs.size(); ++i) {
            programsJson.insert(
                programs[i].key,
                QJsonObject{
                    {QStringLiteral("startup_ms"), toJson(series[i].startupMs)},
                    {QStringLiteral("startup_median_ms"), median(series[i].startupMs)},
                    {QStringLiteral("rss_median_kib"), series[i].memoryMedian(&Memory::rss)},
                    {QStringLiteral("mapped_ms"), toJson(series[i].mappedMs)},
                    {QStringLiteral("mapped_median_ms"), median(series[i].mappedMs)},
                    {QStringLiteral("rss_after_map_median_kib"), median(series[i].rssAfterMap)},
                    {QStringLiteral("idle_cpu_percent"), idle[i].cpuPercent},
                    {QStringLiteral("idle_wakeups_per_s"), idle[i].wakeupsPerSecond}});
        }
        const QJsonObject json{
            {QStringLiteral("build_type"), buildType},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("cores"), cores},
            {QStringLiteral("smoke"), smoke},
            {QStringLiteral("load_average"), loadAverage},
            {QStringLiteral("idle_seconds"), idleSeconds},
            {QStringLiteral("ok"), failures.isEmpty()},
            {QStringLiteral("failures"), QJsonArray::fromStringList(failures)},
            {QStringLiteral("programs"), programsJson},
            {QStringLiteral("startup_ratio"), startupBare > 0 ? startupWelcome / startupBare : 0},
            {QStringLiteral("rss_ratio"), rssBare > 0 ? rssWelcome / rssBare : 0},
        };
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
    }

    if (!failures.isEmpty()) {
        err() << "tokendesk-bench-window: FAILED:" << Qt::endl;
        for (const QString &failure : failures)
            err() << "  " << failure << Qt::endl;
        return 1;
    }
    return 0;
}
