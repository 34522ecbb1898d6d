// The little the CLI needs from a terminal: reading a secret line without echo.
// The only platform-specific code in the CLI lives in terminal.cpp.
#pragma once

#include <QByteArray>

namespace TokenDesk {

bool stdinIsTerminal();
// For progress lines, which only a person at a terminal wants.
bool stdoutIsTerminal();
bool stderrIsTerminal();

// Reads the first line of standard input without its line ending. When standard input is a
// terminal, echo is off while typing so the secret never shows on screen.
// Returns false on end of input before any byte.
bool readSecretLine(QByteArray &secret);

} // namespace TokenDesk
