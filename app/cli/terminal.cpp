// Terminal handling, with each platform's code in this one file.
#include "terminal.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
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

} // namespace

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

bool readSecretLine(QByteArray &secret)
{
    secret.clear();
    const bool terminal = stdinIsTerminal();
    if (terminal) {
        std::fputs("App secret: ", stderr);
        std::fflush(stderr);
    }
    bool gotAny = false;
    {
        EchoOff echoOff;
        int c = 0;
        // Byte by byte through stdio: no QTextStream buffer keeps a second copy around.
        while ((c = std::fgetc(stdin)) != EOF) {
            gotAny = true;
            if (c == '\n')
                break;
            secret.append(static_cast<char>(c));
        }
    }
    if (terminal)
        std::fputs("\n", stderr);
    if (secret.endsWith('\r'))
        secret.chop(1);
    return gotAny;
}

} // namespace TokenDesk
