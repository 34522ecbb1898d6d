// A small, bounded HTTP/1.1 server over QTcpServer for TokenDesk's own servers: the loopback
// credential endpoint (app/serve) and the gateway simulator (app/gatewaysim). Every limit here
// exists for a hostile client. Why not QtHttpServer: docs/architecture.md.
#pragma once

#include "httprequestparser.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace TokenDesk {

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, after the standard ones

    // Failure behaviours for the gateway simulator's scenarios; a real server leaves them off.
    bool closeWithoutAnswer = false; // close the connection after reading the request
    bool truncateBody = false;       // announce the whole body, send half of it, close

    // A plain-text answer ("Not Found\n").
    static HttpResponse text(int status, const QByteArray &body);
};

const char *httpReasonPhrase(int status);
// "Sun, 06 Dec 2026 03:47:58 GMT" (RFC 9110 IMF-fixdate).
QByteArray httpDate(const QDateTime &instant);

class HttpServer;

// Answers one request, at once or later (a handler that waits for a fetch keeps a copy).
// Answering a request whose client has gone, or answering twice, does nothing.
class HttpResponder
{
public:
    void respond(const HttpResponse &response) const;

private:
    friend class HttpServer;
    QPointer<HttpServer> m_server;
    QPointer<QObject> m_connection;
    quint64 m_sequence = 0; // which request on that connection this answers
    bool m_keepAlive = false;
};

class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest &, const HttpResponder &)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Called once per complete, well-formed request. While its answer is pending, the
    // connection reads no further request (answers go out in order, as HTTP/1.1 requires).
    void setHandler(Handler handler);

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress serverAddress() const;
    QString errorString() const;

    // The instant the Date header states; default the system clock. The simulator passes its
    // own (shifted) clock so clients can read its skew.
    void setDateSource(std::function<QDateTime()> source);
    void setServerName(const QByteArray &name); // the Server header

    static constexpr int MaxConnections = 64;
    static constexpr int IdleTimeoutMs = 10000; // a connection that sends nothing is closed
    // Applies to the whole request: a client that trickles bytes is closed just like one that
    // sends none. Tests shorten it.
    void setIdleTimeoutMs(int ms);

    int openConnections() const;

Q_SIGNALS:
    // A request the parser refused (answered with `status`), for the owner's log.
    void requestRejected(int status, const QByteArray &reason);

private:
    friend class HttpResponder;
    class Connection;

    void onNewConnection();
    void accept(QTcpSocket *socket);
    void rejectBusy(QTcpSocket *socket);
    void onReadyRead(Connection *connection);
    void onBytesWritten(Connection *connection);
    void processInput(Connection *connection);
    void dispatch(Connection *connection, const HttpRequest &request);
    void answer(Connection *connection, quint64 sequence, const HttpResponse &response,
                bool keepAlive);
    void send(Connection *connection, const HttpResponse &response, bool keepAlive);
    QByteArray serialize(const HttpResponse &response, bool keepAlive) const;
    void forget(QTcpSocket *socket);
    void dropConnection(QTcpSocket *socket);

    QTcpServer *m_server;
    QHash<QTcpSocket *, Connection *> m_connections;
    Handler m_handler;
    std::function<QDateTime()> m_dateSource;
    QByteArray m_serverName = "TokenDesk";
    int m_idleTimeoutMs = IdleTimeoutMs;
    QString m_error;
};

} // namespace TokenDesk
