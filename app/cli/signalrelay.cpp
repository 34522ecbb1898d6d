// The self-pipe behind SignalRelay.
#include "signalrelay.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace TokenDesk {

namespace {

int relayPipe[2] = {-1, -1};

// Async-signal-safe: one write of two bytes, the signal and whether the kernel sent it.
void onSignal(int signal, siginfo_t *info, void *)
{
    const int savedErrno = errno;
    const char bytes[2] = {char(signal), char(info && info->si_code == SI_KERNEL ? 1 : 0)};
    [[maybe_unused]] const auto written = ::write(relayPipe[1], bytes, sizeof bytes);
    errno = savedErrno;
}

void install(int signal)
{
    struct sigaction action = {};
    action.sa_sigaction = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_SIGINFO | (signal == SIGCHLD ? SA_NOCLDSTOP : 0);
    sigaction(signal, &action, nullptr);
}

void restore(int signal)
{
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(signal, &action, nullptr);
}

} // namespace

SignalRelay::SignalRelay(bool watchChildren, QObject *parent)
    : QObject(parent)
{
    if (::pipe2(relayPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return; // the default actions (terminate) still apply
    m_notifier = new QSocketNotifier(relayPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalRelay::onReadable);
    install(SIGINT);
    install(SIGTERM);
    if (watchChildren)
        install(SIGCHLD);
}

SignalRelay::~SignalRelay()
{
    if (!m_notifier)
        return;
    restore(SIGINT);
    restore(SIGTERM);
    restore(SIGCHLD);
    ::close(relayPipe[0]);
    ::close(relayPipe[1]);
    relayPipe[0] = relayPipe[1] = -1;
}

void SignalRelay::onReadable()
{
    char bytes[2];
    while (::read(relayPipe[0], bytes, sizeof bytes) == sizeof bytes) {
        if (bytes[0] == SIGCHLD)
            Q_EMIT childChanged();
        else
            Q_EMIT terminationRequested(bytes[0], bytes[1] != 0);
    }
}

} // namespace TokenDesk
