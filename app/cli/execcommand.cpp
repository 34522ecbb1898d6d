// `tokendesk-cli exec`.
#include "execcommand.h"

#include "credentialformatter.h"
#include "exitcodes.h"
#include "output.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <spawn.h>
#include <sys/wait.h>
#include <vector>

namespace TokenDesk {

namespace {

// What a shell answers when a command cannot be run: 127 not found, 126 found but not runnable.
constexpr int ExitCommandNotFound = 127;
constexpr int ExitCommandNotRunnable = 126;

} // namespace

int exitStatusFromWait(int waitStatus)
{
    if (WIFEXITED(waitStatus))
        return WEXITSTATUS(waitStatus);
    if (WIFSIGNALED(waitStatus))
        return 128 + WTERMSIG(waitStatus);
    return ExitNetwork; // not reached for a child that ended
}

int ExecCommand::startExec(const QStringList &arguments)
{
    const qsizetype separator = arguments.indexOf(QStringLiteral("--"));
    if (separator < 0) {
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h")))
            return start(arguments);
        writeError(tr("exec needs the command after \"--\": tokendesk-cli exec [request options] "
                      "-- COMMAND [ARG]..."));
        return ExitUsage;
    }
    m_command = arguments.mid(separator + 1);
    if (m_command.isEmpty() || m_command.first().isEmpty()) {
        writeError(tr("exec needs a command after \"--\"."));
        return ExitUsage;
    }
    return start(arguments.mid(0, separator));
}

QString ExecCommand::commandName() const
{
    return QStringLiteral("exec");
}

QString ExecCommand::usageArguments() const
{
    return QStringLiteral("-- COMMAND [ARG]...");
}

QString ExecCommand::commandDescription() const
{
    return tr("Fetch a credential, then run COMMAND (after \"--\") with it in the environment "
              "(the six variables of -o env) and with ALIBABA_CLOUD_CREDENTIALS_URI pointing at "
              "a credentials URI this process serves and refreshes. Exits with COMMAND's status.");
}

void ExecCommand::addCommandOptions(QCommandLineParser &parser)
{
    ServeCommand::addCommandOptions(parser);
    parser.addOption(
        {QStringLiteral("uri-only"),
         tr("Give COMMAND only ALIBABA_CLOUD_CREDENTIALS_URI (and "
            "ALIBABA_CLOUD_ECS_METADATA_DISABLED=true), not the six credential variables, so "
            "that the SDKs' default credential chains reach the URI and refresh.")});
}

void ExecCommand::readCommandOptions(const QCommandLineParser &parser, QStringList &problems)
{
    ServeCommand::readCommandOptions(parser, problems);
    m_uriOnly = parser.isSet(QStringLiteral("uri-only"));
}

void ExecCommand::onTokenReceived(const TokenResponse &response)
{
    if (!startServing(response))
        return;
    connect(m_signals.get(), &SignalRelay::childChanged, this, &ExecCommand::onChildChanged);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The app secret stays with TokenDesk: the child gets the credential, never what mints it.
    environment.remove(QStringLiteral("TOKENDESK_APP_SECRET"));
    // The SDKs' default chains read these variables before the URI (README, "The SDKs"): with
    // --uri-only none of them may reach COMMAND, not even from our own environment.
    for (const auto &[name, value] : credentialEnvironment(response.credential)) {
        if (m_uriOnly)
            environment.remove(name);
        else
            environment.insert(name, value);
    }
    if (m_uriOnly)
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ECS_METADATA_DISABLED"),
                           QStringLiteral("true"));
    environment.insert(QStringLiteral("ALIBABA_CLOUD_CREDENTIALS_URI"),
                       endpoint()->uri().toString(QUrl::FullyEncoded));

    std::vector<QByteArray> storage;
    for (const QString &argument : std::as_const(m_command))
        storage.push_back(argument.toLocal8Bit());
    const qsizetype argumentCount = qsizetype(storage.size());
    for (const QString &entry : environment.toStringList())
        storage.push_back(entry.toLocal8Bit());
    std::vector<char *> argv;
    std::vector<char *> envp;
    for (qsizetype i = 0; i < qsizetype(storage.size()); ++i)
        (i < argumentCount ? argv : envp).push_back(storage[size_t(i)].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);

    // The child starts with the default signal actions, not this process's handlers.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGCHLD);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
    const int error =
        posix_spawnp(&m_child, argv.front(), nullptr, &attributes, argv.data(), envp.data());
    posix_spawnattr_destroy(&attributes);
    for (QByteArray &bytes : storage)
        bytes.fill('\0'); // the credential's copies in this process go as soon as they can

    if (error != 0) {
        m_child = -1;
        writeError(tr("Cannot run \"%1\": %2.")
                       .arg(m_command.first(), QString::fromLocal8Bit(std::strerror(error))));
        QCoreApplication::exit(error == ENOENT ? ExitCommandNotFound : ExitCommandNotRunnable);
        return;
    }
    // A child that ended before the handler was in place left no byte in the pipe.
    onChildChanged();
}

void ExecCommand::onChildChanged()
{
    if (m_child <= 0)
        return;
    int status = 0;
    const pid_t ended = ::waitpid(m_child, &status, WNOHANG);
    if (ended != m_child)
        return;
    m_child = -1;
    endpoint()->close();
    QCoreApplication::exit(exitStatusFromWait(status));
}

void ExecCommand::onTerminationRequested(int signal, bool fromTerminal)
{
    if (m_child <= 0) {
        ServeCommand::onTerminationRequested(signal, fromTerminal);
        return;
    }
    // Ctrl+C in a terminal already reached the child with the whole foreground process group;
    // a second copy would make many programs (Python, for one) stop where they clean up.
    if (!fromTerminal)
        ::kill(m_child, signal);
}

} // namespace TokenDesk
