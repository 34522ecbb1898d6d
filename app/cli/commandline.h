// What every subcommand's command line says the same way: its help screen and its errors.
#pragma once

#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
    class QCommandLineParser;
QT_END_NAMESPACE

namespace TokenDesk {

// The program's name as people type it: the base name it was started by ("tokendesk-cli"),
// never a path.
QString programName();

// The parser's help screen, its usage line naming the program and the subcommand, e.g.
// "Usage: tokendesk-cli fetch [options]", followed by `arguments` (e.g. "[FILE]").
QString commandHelpText(const QCommandLineParser &parser, const QString &command,
                        const QString &arguments = QString());

// A translated sentence for the parser's error: the unknown options, or the option whose value
// is missing or unexpected.
QString commandLineError(const QCommandLineParser &parser);

// Writes each problem on a line of its own to stderr.
void writeProblems(const QStringList &problems);

} // namespace TokenDesk
