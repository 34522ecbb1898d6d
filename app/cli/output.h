// Where the CLI writes: UTF-8 to stdout for results, one line per error to stderr.
#pragma once

#include <QString>

namespace TokenDesk {

void writeOut(const QString &text);
// Writes "tokendesk-cli: <message>" and a newline to stderr.
void writeError(const QString &message);

} // namespace TokenDesk
