// A loopback HTTP server that answers every request with one canned response, for feeding
// the client and the CLI answers the simulator would never send (hostile values, garbage).
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace TestSupport {

class MiniHttpServer : public QTcpServer
{
public:
    explicit MiniHttpServer(int status, const QByteArray &contentType, const QByteArray &body,
                            QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_status(status)
        , m_contentType(contentType)
        , m_body(body)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    // Answer once the headers and the declared body have arrived.
                    const qsizetype end = m_received.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = m_received.left(end).toLower();
                    const qsizetype at = head.indexOf("content-length:");
                    const qsizetype length = at < 0
                        ? 0
                        : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                    if (m_received.size() < end + 4 + length)
                        return;
                    m_received.clear();
                    socket->write("HTTP/1.1 " + QByteArray::number(m_status)
                                  + " Canned\r\n"
                                    "Content-Type: "
                                  + m_contentType
                                  + "\r\n"
                                    "Content-Length: "
                                  + QByteArray::number(m_body.size())
                                  + "\r\n"
                                    "Connection: close\r\n\r\n"
                                  + m_body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/router/rest").arg(serverPort()));
    }

private:
    int m_status;
    QByteArray m_contentType;
    QByteArray m_body;
    QByteArray m_received;
};

} // namespace TestSupport
