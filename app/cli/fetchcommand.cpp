// `tokendesk-cli fetch`.
#include "fetchcommand.h"

#include "commandline.h"
#include "exitcodes.h"
#include "jsontext.h"
#include "output.h"
#include "requestbuilder.h"
#include "requestoptions.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QNetworkProxyFactory>

namespace TokenDesk {

namespace {

// The option a user types for each API field, so errors point at what to fix.
QString optionForField(const QString &apiName)
{
    static const QHash<QString, QString> options = {
        {QStringLiteral("op_tenant_code"), QStringLiteral("--tenant")},
        {QStringLiteral("op_poi_id"), QStringLiteral("--store")},
        {QStringLiteral("scene_code"), QStringLiteral("--scene")},
        {QStringLiteral("usage_scene"), QStringLiteral("--usage-scene")},
        {QStringLiteral("product_code"), QStringLiteral("--product")},
        {QStringLiteral("request_id"), QStringLiteral("--request-id")},
        {QStringLiteral("token"), QStringLiteral("--token")},
    };
    return options.value(apiName);
}

QString dryRunJson(const BuiltRequest &built)
{
    OrderedJsonObject params;
    for (auto it = built.parameters.cbegin(); it != built.parameters.cend(); ++it)
        params.add(it.key(), it.value());
    QUrl url = built.url;
    url.setQuery(QString());
    return OrderedJsonObject()
               .add(QStringLiteral("url"), url.toString(QUrl::FullyEncoded))
               .addRaw(QStringLiteral("params"), params.toString(1))
               .toString()
        + QLatin1Char('\n');
}

} // namespace

FetchCommand::FetchCommand(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_client(&m_network)
{
    // Operators behind a corporate proxy expect the system's setting to apply (http_proxy on
    // Linux, the system settings elsewhere). The window applies its own proxy setting instead
    // (MainWindow::applySettings), so this is the program's choice, not TokenClient's.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    connect(&m_client, &TokenClient::tokenReceived, this, &FetchCommand::onTokenReceived);
    connect(&m_client, &TokenClient::fetchFailed, this, &FetchCommand::onFetchFailed);
    connect(&m_client, &TokenClient::retrying, this, [](int attempt, const QString &reason) {
        writeError(
            tr("retrying (%1 of %2): %3").arg(attempt).arg(TokenClient::MaxRetries).arg(reason));
    });
    connect(&m_client, &TokenClient::clockSkewDetected, this, [](qint64 seconds) {
        writeError(tr("note: this computer's clock is %1 s %2 the gateway's; correcting it for "
                      "this request. Synchronise the system clock (NTP).")
                       .arg(qAbs(seconds))
                       .arg(seconds > 0 ? tr("behind") : tr("ahead of")));
    });
}

QString FetchCommand::commandName() const
{
    return QStringLiteral("fetch");
}

QString FetchCommand::usageArguments() const
{
    return QString();
}

QString FetchCommand::commandDescription() const
{
    return tr("Fetch a temporary credential from the TOP security-token API.");
}

void FetchCommand::addCommandOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("timestamp"),
                      tr("Fix the GMT+8 timestamp (reproducible dry runs)."),
                      QStringLiteral("yyyy-MM-dd HH:mm:ss")});
    parser.addOption(
        {QStringLiteral("dry-run"), tr("Print the signed request as JSON and send nothing.")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")},
         tr("Output format: %1. Default json.").arg(exportFormatNames().join(QLatin1String(", "))),
         QStringLiteral("FORMAT"),
         QStringLiteral("json")});
}

void FetchCommand::readCommandOptions(const QCommandLineParser &parser, QStringList &problems)
{
    const auto format = exportFormatFromName(parser.value(QStringLiteral("output")));
    if (!format) {
        problems << tr("Unknown output format \"%1\"; use one of: %2.")
                        .arg(parser.value(QStringLiteral("output")),
                             exportFormatNames().join(QLatin1String(", ")));
    } else {
        m_output = *format;
    }
    if (parser.isSet(QStringLiteral("timestamp"))) {
        m_fixedTimestamp = parser.value(QStringLiteral("timestamp")).trimmed();
        if (!parseTopTimestamp(m_fixedTimestamp).isValid())
            problems << tr("--timestamp must look like \"2026-11-28 12:00:00\" (GMT+8).");
    }
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
}

std::optional<RequestOptions> readCheckedRequestOptions(const QCommandLineParser &parser,
                                                        const ProfileStore &profiles,
                                                        QStringList problems,
                                                        bool requireRequestFields)
{
    RequestOptions options = readRequestOptions(parser, problems);
    if (!options.profile.isEmpty()) {
        const auto profile = profiles.load(options.profile);
        if (!profile) {
            writeError(FetchCommand::tr("No profile named \"%1\". See tokendesk-cli profile list, "
                                        "or create it with tokendesk-cli profile add.")
                           .arg(options.profile));
            return std::nullopt;
        }
        applyProfile(options, *profile); // options on the command line win
    }
    // A fresh request id unless one was given; an explicitly empty --request-id "" omits it,
    // which reproduces requests (and the public test vectors) made without one.
    if (!parser.isSet(QStringLiteral("request-id")))
        options.request.requestId = TokenRequest::newRequestId();
    problems << options.settings.validate();
    static const QStringList rowFields = {
        QStringLiteral("op_tenant_code"), QStringLiteral("op_poi_id"), QStringLiteral("scene_code"),
        QStringLiteral("usage_scene"), QStringLiteral("product_code")};
    for (const FieldProblem &problem : options.request.validate()) {
        if (requireRequestFields || !rowFields.contains(problem.field))
            problems << FetchCommand::tr("%1 (option %2).")
                            .arg(asClause(problem.message), optionForField(problem.field));
    }
    if (!problems.isEmpty()) {
        writeProblems(problems);
        return std::nullopt;
    }
    if (options.settings.isInsecureGateway()) {
        writeError(FetchCommand::tr("warning: %1 is plain http: the credential will cross the "
                                    "network unencrypted.")
                       .arg(options.settings.gateway.host()));
    }
    return options;
}

int FetchCommand::start(const QStringList &arguments)
{
    const QString name = commandName();
    QCommandLineParser parser;
    parser.setApplicationDescription(commandDescription());
    parser.addHelpOption();
    addRequestOptions(parser);
    parser.addOption({QStringLiteral("secret-stdin"),
                      tr("Read the app secret from the first line of standard input.")});
    addCommandOptions(parser);

    if (!parser.parse(arguments)) {
        writeError(
            joinSentences(commandLineError(parser), tr("See tokendesk-cli %1 --help.").arg(name)));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(commandHelpText(parser, name, usageArguments()));
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() > 1) {
        writeError(tr("Unexpected argument \"%1\". See tokendesk-cli %2 --help.")
                       .arg(parser.positionalArguments().at(1), name));
        return ExitUsage;
    }

    QStringList problems;
    readCommandOptions(parser, problems);
    const std::optional<RequestOptions> checked =
        readCheckedRequestOptions(parser, *m_profiles, problems, requiresRequestFields());
    if (!checked)
        return ExitUsage;
    RequestOptions options = *checked;
    if (writesToStandardOutput()) {
        if (const std::optional<QString> problem = standardOutputProblem()) {
            // Checked before any secret is read or request sent: the credential would go nowhere.
            writeError(tr("The output could not be written: %1.").arg(*problem));
            return ExitOutput;
        }
    }
    m_options = options;

    // The secret: --secret-stdin, then TOKENDESK_APP_SECRET, then the profile's keychain
    // entry. Never an option value: it would show in `ps` and in shell history.
    QByteArray secret;
    if (parser.isSet(QStringLiteral("secret-stdin"))) {
        // A pipe whose writer never writes nor closes must not outlast the request deadline.
        switch (readSecretLine(secret, options.timeout)) {
        case SecretLine::TimedOut:
            writeError(tr("--secret-stdin was given but standard input sent no secret within "
                          "%1 s.")
                           .arg(static_cast<double>(options.timeout.count()) / 1000.0));
            return ExitUsage;
        case SecretLine::TooLong:
            writeError(secretTooLongMessage());
            return ExitUsage;
        case SecretLine::Empty:
        case SecretLine::Read:
            break;
        }
        if (secret.isEmpty()) {
            writeError(tr("--secret-stdin was given but standard input held no secret."));
            return ExitUsage;
        }
    } else {
        secret = qgetenv("TOKENDESK_APP_SECRET");
    }
    if (!secret.isEmpty())
        return run(secret);
    if (options.profile.isEmpty()) {
        writeError(tr("No app secret. Use --profile NAME with a secret stored by tokendesk-cli "
                      "secret set, pipe it in with --secret-stdin, or set TOKENDESK_APP_SECRET."));
        return ExitUsage;
    }
    m_secrets->readSecret(options.profile, this, [this](const SecretStore::Result &result) {
        if (!result.ok()) {
            writeError(result.message);
            QCoreApplication::exit(ExitUsage);
            return;
        }
        const int immediate = run(result.secret);
        if (immediate >= 0)
            QCoreApplication::exit(immediate);
    });
    return -1;
}

int FetchCommand::run(const QByteArray &secret)
{
    m_secret = secret;
    if (m_dryRun) {
        const BuiltRequest built = m_fixedTimestamp.isEmpty()
            ? buildRequest(m_options.settings, m_options.request, secret,
                           QDateTime::currentDateTimeUtc())
            : buildRequest(m_options.settings, m_options.request, secret, m_fixedTimestamp);
        return writeResult(dryRunJson(built));
    }
    if (!m_fixedTimestamp.isEmpty()) {
        const QDateTime fixed = parseTopTimestamp(m_fixedTimestamp);
        m_client.setClock([fixed] { return fixed; });
    }
    startFetching(secret);
    return -1;
}

void FetchCommand::startFetching(const QByteArray &secret)
{
    m_client.setTimeout(m_options.timeout);
    m_client.fetch(m_options.settings, m_options.request, secret);
}

void FetchCommand::onTokenReceived(const TokenResponse &response)
{
    // expires_in counts in the gateway's time (see TokenClient::gatewayClockOffset()). The SDKs
    // that read aliyun-process compare its expiration with this machine's clock instead.
    const qint64 offset = m_client.gatewayClockOffset();
    const FormattedCredential formatted = formatCredential(
        m_output == ExportFormat::AliyunProcess ? onLocalClock(response, offset) : response,
        m_output, QDateTime::currentDateTimeUtc().addSecs(offset));
    if (!formatted.ok()) {
        // Rare (real values are base64), and no retry would change the value.
        writeError(joinSentences(formatted.error, tr("Choose another -o format.")));
        QCoreApplication::exit(ExitUsage);
        return;
    }
    QCoreApplication::exit(writeResult(formatted.text));
}

int FetchCommand::writeResult(const QString &text)
{
    // A script that saves the credential with `> file` must learn that the file did not get it.
    if (const std::optional<QString> problem = writeOutChecked(text)) {
        writeError(tr("The output could not be written: %1.").arg(*problem));
        return ExitOutput;
    }
    return ExitSuccess;
}

void FetchCommand::onFetchFailed(const FetchError &error)
{
    writeError(error.oneLine());
    QCoreApplication::exit(error.exitCode());
}

} // namespace TokenDesk
