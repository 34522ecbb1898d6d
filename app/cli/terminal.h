// The little the CLI needs from a terminal: reading a secret line without echo.
// The only platform-specific code in the CLI lives in terminal.cpp.
#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

namespace TokenDesk {

bool stdinIsTerminal();
// For progress lines, which only a person at a terminal wants.
bool stdoutIsTerminal();
bool stderrIsTerminal();

// The longest secret line read; an app secret is a few dozen bytes.
inline constexpr qsizetype MaxSecretLineBytes = 4096;

enum class SecretLine {
    Read,     // a line (possibly empty) was read
    Empty,    // end of input before any byte
    TimedOut, // standard input is not a terminal and sent no full line in time
    TooLong,  // more than MaxSecretLineBytes before the line ended; reading stopped there
};

// Reads the first line of standard input without its line ending, never more than
// MaxSecretLineBytes. When standard input is a terminal, echo is off while typing so the secret
// never shows on screen, and there is no deadline (a person is typing). Otherwise, a `timeout`
// above zero bounds the wait for the line: a pipe whose writer stays open and silent would
// otherwise hold the program forever.
SecretLine readSecretLine(QByteArray &secret,
                          std::chrono::milliseconds timeout = std::chrono::milliseconds(0));

// The error line for a secret line of more than MaxSecretLineBytes.
QString secretTooLongMessage();

} // namespace TokenDesk
