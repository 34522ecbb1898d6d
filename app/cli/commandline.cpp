// What every subcommand's command line says the same way: its help screen and its errors.
#include "commandline.h"

#include "fetcherror.h"
#include "output.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace TokenDesk {

namespace {

// Qt gives unknown options without their dashes; show them as they were typed.
QString dashed(const QString &name)
{
    const QString longForm = QStringLiteral("--") + name;
    const QStringList arguments = QCoreApplication::arguments();
    for (const QString &argument : arguments) {
        if (argument == longForm || argument.startsWith(longForm + QLatin1Char('=')))
            return longForm;
    }
    return name.size() == 1 ? QStringLiteral("-") + name : longForm;
}

// Qt's own sentence for `option`, as Qt's catalogue (qtbase_*.qm) translates it. Through
// variables, so that lupdate does not copy Qt's messages into TokenDesk's catalogue.
QString qtSentence(const char *sourceText, const QString &option)
{
    static const char *const qtContext = "QCommandLineParser";
    return QCoreApplication::translate(qtContext, sourceText).arg(option);
}

// Qt names the option only inside its own sentence ("Missing value after '--tenant'."), in
// whichever language it speaks; finding which argument it named keeps the name without
// parsing that sentence.
QString rephrasedValueError(const QString &qtError)
{
    static const char *const missingValue = "Missing value after '%1'.";
    static const char *const unexpectedValue = "Unexpected value after '%1'.";
    const QStringList arguments = QCoreApplication::arguments();
    for (const QString &argument : arguments) {
        if (!argument.startsWith(QLatin1Char('-')))
            continue;
        const QString option = argument.section(QLatin1Char('='), 0, 0);
        if (qtError == qtSentence(missingValue, argument))
            return QCoreApplication::translate("CommandLine", "The option %1 needs a value.")
                .arg(argument);
        if (qtError == qtSentence(unexpectedValue, option))
            return QCoreApplication::translate("CommandLine", "The option %1 takes no value.")
                .arg(option);
    }
    return QString();
}

} // namespace

QString programName()
{
    const QString started = QCoreApplication::arguments().value(0);
    const QString name = QFileInfo(started).fileName();
    return name.isEmpty() ? QStringLiteral("tokendesk-cli") : name;
}

QString commandHelpText(const QCommandLineParser &parser, const QString &command,
                        const QString &arguments)
{
    // Qt's usage line shows the path the program was started by, and every positional
    // argument, the subcommand's own words among them: write ours instead.
    const QString qtHelp = parser.helpText();
    const qsizetype endOfUsage = qtHelp.indexOf(QLatin1Char('\n'));
    QString usage = programName() + QLatin1Char(' ') + command + QLatin1String(" [options]");
    if (!arguments.isEmpty())
        usage += QLatin1Char(' ') + arguments;
    return QCoreApplication::translate("CommandLine", "Usage: %1").arg(usage)
        + (endOfUsage < 0 ? QStringLiteral("\n") : qtHelp.mid(endOfUsage));
}

QString commandLineError(const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        QStringList names;
        for (const QString &name : unknown)
            names << dashed(name);
        const int count = int(names.size());
        return QCoreApplication::translate("CommandLine", "Unknown option(s): %1.", nullptr, count)
            .arg(names.join(QLatin1String(", ")));
    }
    const QString rephrased = rephrasedValueError(parser.errorText());
    if (!rephrased.isEmpty())
        return rephrased;
    return QCoreApplication::translate("CommandLine", "The command line is not valid: %1")
        .arg(parser.errorText());
}

void writeProblems(const QStringList &problems)
{
    for (const QString &problem : problems)
        writeError(problem);
}

} // namespace TokenDesk
