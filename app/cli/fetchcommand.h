// `tokendesk-cli fetch`: one signed request, its answer printed in the chosen format.
#pragma once

#include "credentialformatter.h"
#include "tokenclient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

namespace TokenDesk {

class FetchCommand : public QObject
{
    Q_OBJECT

public:
    explicit FetchCommand(QObject *parent = nullptr);

    // Parses `arguments` (starting with the program name, then "fetch"). Returns an exit code
    // when the command is already over (usage error, --help, --dry-run), or -1 when a fetch is
    // running; it then ends the event loop with the exit code.
    int start(const QStringList &arguments);

private:
    void onTokenReceived(const TokenDesk::TokenResponse &response);
    void onFetchFailed(const TokenDesk::FetchError &error);

    QNetworkAccessManager m_network;
    TokenClient m_client;
    ExportFormat m_output = ExportFormat::Json;
};

} // namespace TokenDesk
