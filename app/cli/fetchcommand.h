// `tokendesk-cli fetch`: one signed request, its answer printed in the chosen format.
#pragma once

#include "credentialformatter.h"
#include "profile.h"
#include "requestoptions.h"
#include "secretstore.h"
#include "tokenclient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

namespace TokenDesk {

class FetchCommand : public QObject
{
    Q_OBJECT

public:
    FetchCommand(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);

    // Parses `arguments` (starting with the program name, then "fetch"). Returns an exit code
    // when the command is already over (usage error, --help, --dry-run), or -1 when a fetch is
    // running; it then ends the event loop with the exit code.
    int start(const QStringList &arguments);

private:
    // Signs and prints (--dry-run) or starts the fetch; same return convention as start().
    int run(const QByteArray &secret);
    void onTokenReceived(const TokenDesk::TokenResponse &response);
    void onFetchFailed(const TokenDesk::FetchError &error);
    // Prints the result; ExitSuccess, or ExitOutput (with its error line) when it could not be
    // written.
    int writeResult(const QString &text);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    RequestOptions m_options;
    QString m_fixedTimestamp;
    bool m_dryRun = false;
    QNetworkAccessManager m_network;
    TokenClient m_client;
    ExportFormat m_output = ExportFormat::Json;
};

} // namespace TokenDesk
