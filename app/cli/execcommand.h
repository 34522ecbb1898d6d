// `tokendesk-cli exec [request options] -- COMMAND [ARG]...`: fetch, then run COMMAND with the
// credential in its environment and a credentials URI served from this process, so that
// long-running SDK clients refresh; exit with COMMAND's status.
#pragma once

#include "servecommand.h"

#include <QStringList>

#include <sys/types.h>

namespace TokenDesk {

class ExecCommand : public ServeCommand
{
    Q_OBJECT

public:
    using ServeCommand::ServeCommand;

    // Splits at the first "--": the options before it go to start(), COMMAND and its arguments
    // after it run. Same return convention as start().
    int startExec(const QStringList &arguments);

protected:
    QString commandName() const override;
    QString commandDescription() const override;
    QString usageArguments() const override;
    void addCommandOptions(QCommandLineParser &parser) override;
    void readCommandOptions(const QCommandLineParser &parser, QStringList &problems) override;
    void onTokenReceived(const TokenDesk::TokenResponse &response) override;
    void onTerminationRequested(int signal, bool fromTerminal) override;
    bool watchesChildren() const override { return true; }
    bool logsEveryRequest() const override { return false; }
    bool writesToStandardOutput() const override { return false; }

private:
    void onChildChanged();

    QStringList m_command;
    bool m_uriOnly = false; // --uri-only: no static credential, so default chains use the URI
    pid_t m_child = -1;
};

// The exit status a shell reports for a child's wait status: its code, or 128 + the signal.
int exitStatusFromWait(int waitStatus);

} // namespace TokenDesk
