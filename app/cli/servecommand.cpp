// `tokendesk-cli serve`.
#include "servecommand.h"

#include "exitcodes.h"
#include "output.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace TokenDesk {

QString ServeCommand::commandName() const
{
    return QStringLiteral("serve");
}

QString ServeCommand::commandDescription() const
{
    return tr("Serve the credential to local tools on a loopback credentials URI, fetching a new "
              "one before it expires, until interrupted. Prints one line, "
              "ALIBABA_CLOUD_CREDENTIALS_URI=URI.");
}

void ServeCommand::addCommandOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("port"),
                      tr("Loopback port to listen on; default 0, any free port."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("refresh-margin"),
                      tr("Fetch again when less than this is left; default 300, or half the "
                         "credential's lifetime when that is shorter."),
                      QStringLiteral("SECONDS")});
}

void ServeCommand::readCommandOptions(const QCommandLineParser &parser, QStringList &problems)
{
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).trimmed().toUInt(&ok);
    if (!ok || port > 65535)
        problems << tr("--port must be a whole number from 0 to 65535.");
    else
        m_port = quint16(port);
    if (parser.isSet(QStringLiteral("refresh-margin"))) {
        const qint64 margin =
            parser.value(QStringLiteral("refresh-margin")).trimmed().toLongLong(&ok);
        if (!ok || margin < 0 || margin > 24 * 3600)
            problems << tr("--refresh-margin must be a whole number of seconds from 0 to 86400.");
        else
            m_refreshMargin = margin;
    }
}

bool ServeCommand::startServing(const TokenResponse &response)
{
    m_source = std::make_unique<TokenClientSource>(network(), options().settings, options().request,
                                                   secret(), options().timeout);
    m_credential = std::make_unique<RefreshingCredential>(m_source.get());
    m_credential->setRefreshMargin(m_refreshMargin);
    m_credential->hold(response, client().gatewayClockOffset());
    connect(m_credential.get(), &RefreshingCredential::refreshed, this,
            [](const TokenResponse &fresh, qint64 offset) {
                const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(offset);
                writeError(tr("serve: fetched a new credential; it expires in %1 s.")
                               .arg(now.secsTo(fresh.credential.expiration)));
            });
    connect(m_credential.get(), &RefreshingCredential::refreshFailed, this,
            [this](const FetchError &error) {
                const qint64 left = m_credential->secondsLeft();
                writeError(left > 0 ? tr("serve: the refresh failed; the held credential is still "
                                         "served for %1 s: %2")
                                          .arg(left)
                                          .arg(error.oneLine())
                                    : tr("serve: the refresh failed and no valid credential is "
                                         "left; requests get 503 until a refresh succeeds: %1")
                                          .arg(error.oneLine()));
            });

    m_endpoint = std::make_unique<CredentialEndpoint>(m_credential.get());
    connect(m_endpoint.get(), &CredentialEndpoint::requestAnswered, this,
            [this](const EndpointRequest &request) {
                if (request.status != 200 || logsEveryRequest())
                    writeError(QStringLiteral("serve: ") + formatEndpointRequest(request));
            });
    if (!m_endpoint->listen(m_port)) {
        writeError(tr("Cannot listen on 127.0.0.1 port %1: %2. Choose another --port, or 0 for "
                      "any free one.")
                       .arg(m_port)
                       .arg(m_endpoint->errorString()));
        QCoreApplication::exit(ExitUsage);
        return false;
    }
    m_signals = std::make_unique<SignalRelay>(watchesChildren());
    connect(m_signals.get(), &SignalRelay::terminationRequested, this,
            &ServeCommand::onTerminationRequested);
    return true;
}

void ServeCommand::onTokenReceived(const TokenResponse &response)
{
    if (!startServing(response))
        return;
    const int written = writeResult(QStringLiteral("ALIBABA_CLOUD_CREDENTIALS_URI=%1\n")
                                        .arg(m_endpoint->uri().toString(QUrl::FullyEncoded)));
    if (written != ExitSuccess) {
        // Nobody can learn the URI: serving would only hold the credential for no one.
        m_endpoint->close();
        QCoreApplication::exit(written);
    }
}

void ServeCommand::onTerminationRequested(int, bool)
{
    writeError(tr("serve: stopping."));
    m_endpoint->close();
    QCoreApplication::exit(ExitSuccess);
}

} // namespace TokenDesk
