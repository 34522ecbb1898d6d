// `tokendesk-cli policy explain`.
#include "policycommand.h"

#include "commandline.h"
#include "exitcodes.h"
#include "fetcherror.h"
#include "output.h"
#include "policyevaluator.h"
#include "responseparser.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace TokenDesk {

namespace {

// Policies are small; this keeps a mistaken `policy explain /dev/zero` from eating memory.
constexpr qint64 MaxDocumentBytes = MaxResponseBytes;

// A member by name in any letter case ("policy", "Policy"); undefined when absent.
QJsonValue memberAnyCase(const QJsonObject &object, QLatin1String name)
{
    const QJsonValue exact = object.value(name);
    if (!exact.isUndefined())
        return exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

struct Located
{
    std::optional<PolicyDocument> policy;
    QString problem; // translated, when policy is empty
};

QString expectedShapes()
{
    return QCoreApplication::translate(
        "PolicyCommand",
        "expected a policy ({\"version\", \"statement\"} or RAM's {\"Version\", "
        "\"Statement\"}), a \"tokendesk-cli fetch -o json\" object with \"policy\", or "
        "an API response with result.policy");
}

Located parsedAt(const QJsonValue &value, const QString &where)
{
    std::optional<PolicyDocument> policy = parsePolicy(value);
    if (!policy) {
        return {std::nullopt,
                QCoreApplication::translate(
                    "PolicyCommand",
                    "%1 is not a policy document: it needs \"version\" and a \"statement\" list "
                    "whose items have \"effect\", \"action\" and \"resource\"")
                    .arg(where)};
    }
    return {policy, {}};
}

// Finds the policy in any of the shapes `policy explain` accepts.
Located locatePolicy(const QJsonValue &root)
{
    if (root.isString())
        return parsedAt(root, QCoreApplication::translate("PolicyCommand", "the JSON string"));
    if (!root.isObject())
        return {std::nullopt,
                QCoreApplication::translate("PolicyCommand", "the document is not a JSON object; %1")
                    .arg(expectedShapes())};

    QJsonObject response = root.toObject();
    if (response.contains(QLatin1String("error_response"))) {
        return {std::nullopt,
                QCoreApplication::translate(
                    "PolicyCommand",
                    "it holds the gateway's error_response, not a credential with a policy")};
    }
    // The wrapped shape: one root key, <method>_response.
    if (response.size() == 1) {
        const auto only = response.constBegin();
        if (only.key().endsWith(QLatin1String("_response")) && only.value().isObject())
            response = only.value().toObject();
    }
    const QJsonValue result = memberAnyCase(response, QLatin1String("result"));
    if (result.isObject()) {
        const QJsonValue policy = memberAnyCase(result.toObject(), QLatin1String("policy"));
        if (policy.isUndefined() || policy.isNull())
            return {std::nullopt,
                    QCoreApplication::translate("PolicyCommand",
                                                "the response's result has no \"policy\"")};
        return parsedAt(policy, QStringLiteral("result.policy"));
    }
    const QJsonValue policy = memberAnyCase(response, QLatin1String("policy"));
    if (!policy.isUndefined()) {
        if (policy.isNull())
            return {std::nullopt,
                    QCoreApplication::translate("PolicyCommand", "\"policy\" is null")};
        return parsedAt(policy, QStringLiteral("\"policy\""));
    }
    // A bare policy: it has to say so with a version or a statement list.
    if (!memberAnyCase(response, QLatin1String("statement")).isUndefined()
        || !memberAnyCase(response, QLatin1String("version")).isUndefined())
        return parsedAt(response, QCoreApplication::translate("PolicyCommand", "the document"));
    return {std::nullopt, expectedShapes()};
}

// The whole input, or nullopt with `problem` set.
std::optional<QByteArray> readInput(const QString &path, QString &problem)
{
    QFile file;
    bool opened = false;
    if (path.isEmpty() || path == QLatin1String("-"))
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        problem = file.errorString();
        return std::nullopt;
    }
    const QByteArray bytes = file.read(MaxDocumentBytes + 1);
    if (bytes.size() > MaxDocumentBytes) {
        problem = QCoreApplication::translate("PolicyCommand", "larger than %1 bytes")
                      .arg(MaxDocumentBytes);
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        problem = file.errorString();
        return std::nullopt;
    }
    return bytes;
}

std::optional<QJsonValue> parseJson(const QByteArray &bytes, QString &problem)
{
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty()) {
        problem = QCoreApplication::translate("PolicyCommand", "it is empty");
        return std::nullopt;
    }
    // A policy sent as JSON text may be piped in as one JSON string; QJsonDocument only takes
    // objects and arrays at the top, so the string rides in an array.
    const bool isString = trimmed.startsWith('"');
    QJsonParseError error;
    const QByteArray json = isString ? QByteArray('[' + trimmed + ']') : trimmed;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        problem =
            QCoreApplication::translate(
                "PolicyCommand", "it is not valid JSON (%1 at byte %2); only JSON is read, not XML")
                .arg(error.errorString())
                .arg(isString ? error.offset - 1 : error.offset);
        return std::nullopt;
    }
    if (isString)
        return document.array().first();
    if (document.isArray()) {
        problem = QCoreApplication::translate("PolicyCommand", "it is a JSON array");
        return std::nullopt;
    }
    return QJsonValue(document.object());
}

QString helpText(const QCommandLineParser &parser)
{
    return commandHelpText(parser, QStringLiteral("policy explain"), QStringLiteral("[FILE]"))
        + QCoreApplication::translate(
               "PolicyCommand",
               "\nThe document is JSON (XML responses are not read): a policy in snake_case or "
               "RAM's\n"
               "PascalCase, possibly as a JSON string; the output of \"tokendesk-cli fetch -o "
               "json\"\n"
               "(its \"policy\"); or an API response, wrapped or simplified (its result.policy).\n"
               "\n"
               "Decides as RAM does: actions match case-insensitively and resources\n"
               "case-sensitively, with * and ? wildcards; a matching Deny wins over any Allow;\n"
               "no matching statement is an implicit deny.\n"
               "\n"
               "Prints one line naming the decision and the deciding statement (numbered from 1).\n"
               "Exit codes: 0 Allow, 1 Deny or implicit deny, 2 usage error or unreadable "
               "document.\n");
}

} // namespace

int runPolicyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "PolicyCommand",
        "Explain whether a policy allows ACTION on RESOURCE, and which statement decides."));
    parser.addHelpOption();
    const QCommandLineOption action(
        QStringLiteral("action"),
        QCoreApplication::translate("PolicyCommand", "The action, e.g. oss:GetObject."),
        QStringLiteral("ACTION"));
    const QCommandLineOption resource(
        QStringLiteral("resource"),
        QCoreApplication::translate("PolicyCommand", "The resource, e.g. acs:oss:*:*:bucket/key."),
        QStringLiteral("RESOURCE"));
    parser.addOptions({action, resource});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("PolicyCommand",
                                    "The policy document; standard input when absent or \"-\"."),
        QStringLiteral("[FILE]"));

    const QString seeHelp =
        QCoreApplication::translate("PolicyCommand", "See tokendesk-cli policy explain --help.");
    if (!parser.parse(arguments)) {
        writeError(joinSentences(commandLineError(parser), seeHelp));
        return ExitUsage;
    }
    // What follows "policy": the subcommand and the FILE.
    const QStringList positional = parser.positionalArguments().mid(1);
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(helpText(parser));
        return ExitSuccess;
    }
    if (positional.isEmpty()) {
        writeError(QCoreApplication::translate("PolicyCommand",
                                               "\"policy\" needs a subcommand: explain. %1")
                       .arg(seeHelp));
        return ExitUsage;
    }
    if (positional.first() != QLatin1String("explain")) {
        writeError(QCoreApplication::translate("PolicyCommand", "unknown policy command \"%1\". %2")
                       .arg(positional.first(), seeHelp));
        return ExitUsage;
    }
    if (positional.size() > 2) {
        writeError(QCoreApplication::translate(
                       "PolicyCommand", "Unexpected argument \"%1\": give at most one FILE. %2")
                       .arg(positional.at(2), seeHelp));
        return ExitUsage;
    }
    QStringList problems;
    if (parser.value(action).isEmpty())
        problems << QCoreApplication::translate("PolicyCommand", "--action ACTION is required.");
    if (parser.value(resource).isEmpty())
        problems << QCoreApplication::translate("PolicyCommand", "--resource RESOURCE is required.");
    if (!problems.isEmpty()) {
        writeProblems(problems << seeHelp);
        return ExitUsage;
    }

    const QString path = positional.value(1);
    const bool fromStdin = path.isEmpty() || path == QLatin1String("-");
    const QString source =
        fromStdin ? QCoreApplication::translate("PolicyCommand", "standard input") : path;
    if (fromStdin && stdinIsTerminal())
        writeError(QCoreApplication::translate(
            "PolicyCommand", "reading the policy from standard input (end it with Ctrl-D)."));

    QString problem;
    const std::optional<QByteArray> bytes = readInput(path, problem);
    if (!bytes) {
        writeError(
            QCoreApplication::translate("PolicyCommand", "cannot read %1: %2").arg(source, problem));
        return ExitUsage;
    }
    const std::optional<QJsonValue> root = parseJson(*bytes, problem);
    if (!root) {
        writeError(QCoreApplication::translate("PolicyCommand", "no policy found in %1: %2.")
                       .arg(source, problem));
        return ExitUsage;
    }
    const Located located = locatePolicy(*root);
    if (!located.policy) {
        writeError(QCoreApplication::translate("PolicyCommand", "no policy found in %1: %2.")
                       .arg(source, located.problem));
        return ExitUsage;
    }

    const PolicyDecision decision =
        evaluatePolicy(*located.policy, parser.value(action), parser.value(resource));
    if (decision.isAllowed()) {
        const PolicyStatement &statement = located.policy->statements.at(decision.statementIndex);
        for (const QString &warning : broadGrantWarnings(statement)) {
            writeError(QCoreApplication::translate("PolicyCommand", "warning: statement %1: %2")
                           .arg(QString::number(decision.statementIndex + 1), warning));
        }
    }
    writeOut(decision.explanation() + QLatin1Char('\n'));
    return decision.isAllowed() ? ExitSuccess : ExitNegative;
}

} // namespace TokenDesk
