// CLI output helpers.
#include "output.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <unistd.h>
#endif

namespace TokenDesk {

namespace {

#ifndef Q_OS_WIN
// Runs before main(), before Qt opens any descriptor: a standard output closed by the caller
// (`tokendesk-cli fetch >&-`) would otherwise be reused by the next open() (an event fd or a
// socket), and the credential written there. /dev/null holds its place; the flag makes every
// result write fail instead of vanishing into it.
bool occupyClosedStdout()
{
    if (::fcntl(STDOUT_FILENO, F_GETFD) != -1 || errno != EBADF)
        return false;
    const int fd = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (fd >= 0 && fd != STDOUT_FILENO)
        ::close(fd); // something else took descriptor 1 first; nothing is written there
    return true;
}
const bool stdoutWasClosed = occupyClosedStdout();
#else
const bool stdoutWasClosed = false;
#endif

QString closedMessage()
{
    return QCoreApplication::translate("Output", "standard output is closed");
}

} // namespace

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeError(const QString &message)
{
    const QByteArray bytes = QByteArrayLiteral("tokendesk-cli: ") + message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

std::optional<QString> standardOutputProblem()
{
    if (stdoutWasClosed)
        return closedMessage();
    return std::nullopt;
}

std::optional<QString> writeOutChecked(const QString &text)
{
    if (stdoutWasClosed)
        return closedMessage();
#ifndef Q_OS_WIN
    // A reader that went away (`| head -c0`) is an error to report with exit 6, not a signal
    // that kills the program with no word.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    const QByteArray bytes = text.toUtf8();
    errno = 0;
    const size_t written =
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    const bool flushed = std::fflush(stdout) == 0;
    if (written == static_cast<size_t>(bytes.size()) && flushed && !std::ferror(stdout))
        return std::nullopt;
    const int error = errno;
    std::clearerr(stdout);
    return error != 0 ? QString::fromLocal8Bit(std::strerror(error))
                      : QCoreApplication::translate("Output", "write error");
}

} // namespace TokenDesk
