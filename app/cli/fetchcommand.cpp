// `tokendesk-cli fetch`.
#include "fetchcommand.h"

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

int FetchCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fetch a temporary credential from the TOP security-token API."));
    parser.addHelpOption();
    addRequestOptions(parser);
    const QCommandLineOption secretStdin(
        QStringLiteral("secret-stdin"),
        tr("Read the app secret from the first line of standard input."));
    const QCommandLineOption timestamp(QStringLiteral("timestamp"),
                                       tr("Fix the GMT+8 timestamp (reproducible dry runs)."),
                                       QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Print the signed request as JSON and send nothing."));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        tr("Output format: %1. Default json.").arg(exportFormatNames().join(QLatin1String(", "))),
        QStringLiteral("FORMAT"), QStringLiteral("json"));
    parser.addOptions({secretStdin, timestamp, dryRun, output});
    parser.addPositionalArgument(QStringLiteral("fetch"), tr("The command."));

    if (!parser.parse(arguments)) {
        writeError(parser.errorText() + QLatin1Char(' ') + tr("See tokendesk-cli fetch --help."));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() > 1) {
        writeError(tr("Unexpected argument \"%1\". See tokendesk-cli fetch --help.")
                       .arg(parser.positionalArguments().at(1)));
        return ExitUsage;
    }

    QStringList problems;
    RequestOptions options = readRequestOptions(parser, problems);
    if (!options.profile.isEmpty()) {
        const auto profile = m_profiles->load(options.profile);
        if (!profile) {
            writeError(tr("No profile named \"%1\". See tokendesk-cli profile list, or create it "
                          "with tokendesk-cli profile add.")
                           .arg(options.profile));
            return ExitUsage;
        }
        applyProfile(options, *profile); // options on the command line win
    }
    const auto format = exportFormatFromName(parser.value(output));
    if (!format) {
        problems << tr("Unknown output format \"%1\"; use one of: %2.")
                        .arg(parser.value(output), exportFormatNames().join(QLatin1String(", ")));
    } else {
        m_output = *format;
    }
    QString fixedTimestamp;
    if (parser.isSet(timestamp)) {
        fixedTimestamp = parser.value(timestamp).trimmed();
        if (!parseTopTimestamp(fixedTimestamp).isValid())
            problems << tr("--timestamp must look like \"2026-11-28 12:00:00\" (GMT+8).");
    }
    // A fresh request id unless one was given; an explicitly empty --request-id "" omits it,
    // which reproduces requests (and the public test vectors) made without one.
    if (!parser.isSet(QStringLiteral("request-id")))
        options.request.requestId = TokenRequest::newRequestId();
    problems << options.settings.validate();
    for (const FieldProblem &problem : options.request.validate())
        problems << problem.message + QStringLiteral(" (%1)").arg(optionForField(problem.field));
    if (!problems.isEmpty()) {
        writeError(problems.join(QLatin1Char(' ')));
        return ExitUsage;
    }
    if (options.settings.isInsecureGateway()) {
        writeError(tr("warning: %1 is plain http: the credential will cross the network "
                      "unencrypted.")
                       .arg(options.settings.gateway.host()));
    }

    if (const std::optional<QString> problem = standardOutputProblem()) {
        // Checked before any secret is read or request sent: the credential would go nowhere.
        writeError(tr("The output could not be written: %1.").arg(*problem));
        return ExitOutput;
    }

    m_options = options;
    m_fixedTimestamp = fixedTimestamp;
    m_dryRun = parser.isSet(dryRun);

    // The secret: --secret-stdin, then TOKENDESK_APP_SECRET, then the profile's keychain
    // entry. Never an option value: it would show in `ps` and in shell history.
    QByteArray secret;
    if (parser.isSet(secretStdin)) {
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
    m_client.setTimeout(m_options.timeout);
    m_client.fetch(m_options.settings, m_options.request, secret);
    return -1;
}

void FetchCommand::onTokenReceived(const TokenResponse &response)
{
    // expires_in counts in the gateway's time (see TokenClient::gatewayClockOffset()).
    const FormattedCredential formatted = formatCredential(
        response, m_output, QDateTime::currentDateTimeUtc().addSecs(m_client.gatewayClockOffset()));
    if (!formatted.ok()) {
        // Rare (real values are base64), and no retry would change the value.
        writeError(formatted.error + QLatin1Char(' ') + tr("Choose another -o format."));
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
