// Where the CLI writes: UTF-8 to stdout for results, one line per error to stderr.
#pragma once

#include <QString>

#include <optional>

namespace TokenDesk {

void writeOut(const QString &text);
// Writes "tokendesk-cli: <message>" and a newline to stderr.
void writeError(const QString &message);

// Writes a result to stdout and flushes it. nullopt when every byte reached the file, pipe or
// terminal; else why not (a full disk, a closed standard output, a reader that went away),
// for a line on stderr. Never raises SIGPIPE.
std::optional<QString> writeOutChecked(const QString &text);

// Why standard output cannot take a result, known before anything is written: it was closed
// when the program started. nullopt when it is open.
std::optional<QString> standardOutputProblem();

} // namespace TokenDesk
