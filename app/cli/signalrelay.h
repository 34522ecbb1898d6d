// Unix signals as Qt signals: a handler that only writes to a pipe, read by the event loop, so
// that stopping (serve) and forwarding (exec) run as ordinary code.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace TokenDesk {

class SignalRelay : public QObject
{
    Q_OBJECT

public:
    // Catches SIGINT and SIGTERM, and SIGCHLD when `watchChildren`. One relay per process.
    explicit SignalRelay(bool watchChildren = false, QObject *parent = nullptr);
    ~SignalRelay() override;

Q_SIGNALS:
    // `fromTerminal`: the kernel sent it (Ctrl+C in the terminal reaches the whole foreground
    // process group, a child included), as opposed to a process calling kill().
    void terminationRequested(int signal, bool fromTerminal);
    void childChanged();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace TokenDesk
