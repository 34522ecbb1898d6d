// Terminal handling, with each platform's code in this one file.
#include "terminal.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <poll.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace TokenDesk {

namespace {

// Turns terminal echo off for its lifetime, restoring the previous mode even on early return.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode))
            m_active = SetConsoleMode(m_handle, m_mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
#else
        if (tcgetattr(STDIN_FILENO, &m_mode) == 0) {
            termios quiet = m_mode;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
};

enum class ReadByte { Byte, End, TimedOut };

// One byte of standard input, unbuffered: no stdio or QTextStream buffer keeps a second copy of
// the secret, and nothing is read past the line. Waits no longer than `deadline`.
ReadByte readStdinByte(char &c, const QDeadlineTimer &deadline)
{
#ifdef Q_OS_WIN
    Q_UNUSED(deadline); // pipes on Windows cannot be polled; the whole-request timeout still holds
    const int read = std::fgetc(stdin);
    if (read == EOF)
        return ReadByte::End;
    c = static_cast<char>(read);
    return ReadByte::Byte;
#else
    for (;;) {
        if (!deadline.isForever()) {
            pollfd in{STDIN_FILENO, POLLIN, 0};
            const qint64 left = deadline.remainingTime();
            const int ready =
                left <= 0 ? 0 : ::poll(&in, 1, static_cast<int>(qMin<qint64>(left, 60000)));
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready == 0) {
                if (deadline.hasExpired())
                    return ReadByte::TimedOut;
                continue;
            }
        }
        const ssize_t read = ::read(STDIN_FILENO, &c, 1);
        if (read == 1)
            return ReadByte::Byte;
        if (read < 0 && errno == EINTR)
            continue;
        return ReadByte::End; // end of input, or an error that ends it just as well
    }
#endif
}

} // namespace

QString secretTooLongMessage()
{
    return QCoreApplication::translate(
               "Terminal",
               "The secret on standard input is longer than %1 bytes; an app secret is far "
               "shorter. Pipe in only the secret, ending in a newline.")
        .arg(MaxSecretLineBytes);
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

bool stdoutIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdout)) != 0;
#else
    return isatty(STDOUT_FILENO) != 0;
#endif
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(STDERR_FILENO) != 0;
#endif
}

SecretLine readSecretLine(QByteArray &secret, std::chrono::milliseconds timeout)
{
    secret.clear();
    const bool terminal = stdinIsTerminal();
    if (terminal) {
        std::fputs("App secret: ", stderr);
        std::fflush(stderr);
    }
    SecretLine outcome = SecretLine::Empty;
    {
        EchoOff echoOff;
        QDeadlineTimer deadline(terminal || timeout.count() <= 0 ? QDeadlineTimer::Forever
                                                                 : QDeadlineTimer(timeout));
        for (;;) {
            char c = 0;
            const ReadByte read = readStdinByte(c, deadline);
            if (read == ReadByte::TimedOut) {
                outcome = SecretLine::TimedOut;
                break;
            }
            if (read == ReadByte::End)
                break;
            outcome = SecretLine::Read;
            if (c == '\n')
                break;
            if (secret.size() >= MaxSecretLineBytes) {
                outcome = SecretLine::TooLong;
                break;
            }
            secret.append(c);
        }
    }
    if (terminal)
        std::fputs("\n", stderr);
    if (outcome != SecretLine::Read) {
        secret.fill('\0');
        secret.clear();
    }
    if (secret.endsWith('\r'))
        secret.chop(1);
    return outcome;
}

} // namespace TokenDesk
