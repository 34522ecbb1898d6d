// `tokendesk-cli fetch`: one signed request, its answer printed in the chosen format. Also the
// base of the commands that start with the same fetch (serve, exec): they share its request
// options, its checks and its way to find the app secret, and differ in what they add and what
// they do with the credential.
#pragma once

#include "credentialformatter.h"
#include "profile.h"
#include "requestoptions.h"
#include "secretstore.h"
#include "tokenclient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace TokenDesk {

// The request options of a parsed command line with the named profile applied, checked with
// `problems` (the command's own) added: nullopt, after one line on stderr naming every problem,
// when anything is wrong. Shared by every command that takes the request options.
// `requireRequestFields` false lets tenant, store, scene, usage scene and product be missing
// (fetch --batch reads them from its rows and checks each row).
std::optional<RequestOptions> readCheckedRequestOptions(const QCommandLineParser &parser,
                                                        const ProfileStore &profiles,
                                                        QStringList problems,
                                                        bool requireRequestFields = true);

class FetchCommand : public QObject
{
    Q_OBJECT

public:
    FetchCommand(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);

    // Parses `arguments` (starting with the program name, then the command). Returns an exit
    // code when the command is already over (usage error, --help, --dry-run), or -1 when a fetch
    // is running; it then ends the event loop with the exit code.
    int start(const QStringList &arguments);

protected:
    // "fetch", "serve", "exec": for the help and the error messages.
    virtual QString commandName() const;
    virtual QString commandDescription() const;
    // What the usage line shows after "[options]", e.g. exec's "-- COMMAND [ARG]...".
    virtual QString usageArguments() const;
    // The command's own options, beside the request options.
    virtual void addCommandOptions(QCommandLineParser &parser);
    // Reads them once parsing succeeded; problems in words go to `problems`.
    virtual void readCommandOptions(const QCommandLineParser &parser, QStringList &problems);
    // Whether the command's result goes to standard output (checked before anything is sent);
    // exec's child owns it instead.
    virtual bool writesToStandardOutput() const { return true; }
    // The first fetch succeeded. The default prints it in the -o format and ends the program.
    virtual void onTokenReceived(const TokenDesk::TokenResponse &response);
    virtual void onFetchFailed(const TokenDesk::FetchError &error);
    // Whether the request fields must all come from the command line (not for fetch --batch).
    virtual bool requiresRequestFields() const { return true; }
    // Starts what the command fetches once the secret is known. The default: the one fetch.
    virtual void startFetching(const QByteArray &secret);

    const RequestOptions &options() const { return m_options; }
    // The secret the first fetch was signed with, for commands that fetch again (serve).
    const QByteArray &secret() const { return m_secret; }
    QNetworkAccessManager *network() { return &m_network; }
    // Prints the result; ExitSuccess, or ExitOutput (with its error line) when it could not be
    // written.
    int writeResult(const QString &text);
    const TokenClient &client() const { return m_client; }

private:
    // Signs and prints (--dry-run) or starts the fetch; same return convention as start().
    int run(const QByteArray &secret);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    RequestOptions m_options;
    QByteArray m_secret;
    QString m_fixedTimestamp;
    bool m_dryRun = false;
    QNetworkAccessManager m_network;
    TokenClient m_client;
    ExportFormat m_output = ExportFormat::Json;
};

} // namespace TokenDesk
