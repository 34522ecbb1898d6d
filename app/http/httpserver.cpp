// Connections, limits and framing for TokenDesk's HTTP servers; what to answer is the handler's.
#include "httpserver.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHttp, "tokendesk.http", QtWarningMsg)

namespace TokenDesk {

namespace {

constexpr qint64 ReadChunkBytes = 16 * 1024;
// Qt stops reading from the kernel beyond this, so a client that pipelines faster than we
// answer is held back by TCP instead of by our memory.
constexpr qint64 SocketReadBufferBytes = 64 * 1024;
// No further request is served while this much of earlier answers is still unsent: a client
// that never reads cannot make us queue answers forever.
constexpr qint64 WriteHighWaterBytes = 256 * 1024;
// After a final answer, what we read and discard so the close is graceful rather than a reset
// that could destroy the answer in flight; beyond this the client is just flooding.
constexpr qint64 MaxDrainBytes = 1024 * 1024;

} // namespace

const char *httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

QByteArray httpDate(const QDateTime &instant)
{
    return QLocale::c()
        .toString(instant.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

HttpResponse HttpResponse::text(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/plain;charset=UTF-8";
    response.body = body;
    return response;
}

class HttpServer::Connection : public QObject
{
public:
    explicit Connection(QTcpSocket *s)
        : QObject(s)
        , socket(s)
        , idleTimer(new QTimer(this))
    {
        idleTimer->setSingleShot(true);
    }

    QTcpSocket *const socket;
    QTimer *const idleTimer;
    HttpRequestParser parser;
    quint64 sequence = 0;   // requests handed to the handler so far
    bool waiting = false;   // an answer is pending; input stays unread until it is sent
    bool inHandler = false; // dispatch() is calling the handler: an answer now needs no resume
    bool closing = false;   // the last answer is out; only draining until the socket closes
    qint64 drained = 0;
};

// ---- responder -----------------------------------------------------------------------------

void HttpResponder::respond(const HttpResponse &response) const
{
    if (!m_server || !m_connection)
        return;
    m_server->answer(static_cast<HttpServer::Connection *>(m_connection.data()), m_sequence,
                     response, m_keepAlive);
}

// ---- set-up --------------------------------------------------------------------------------

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_dateSource([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    close();
}

void HttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        // The owner says it in its own words (serve: one line naming --port).
        qCInfo(lcHttp) << "cannot listen:" << m_error;
        return false;
    }
    m_error.clear();
    return true;
}

void HttpServer::close()
{
    m_server->close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
    }
}

bool HttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_server->serverAddress();
}

QString HttpServer::errorString() const
{
    return m_error;
}

void HttpServer::setDateSource(std::function<QDateTime()> source)
{
    if (source)
        m_dateSource = std::move(source);
}

void HttpServer::setServerName(const QByteArray &name)
{
    m_serverName = name;
}

void HttpServer::setIdleTimeoutMs(int ms)
{
    m_idleTimeoutMs = qMax(1, ms);
}

int HttpServer::openConnections() const
{
    return int(m_connections.size());
}

// ---- connections ---------------------------------------------------------------------------

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= MaxConnections)
            rejectBusy(socket);
        else
            accept(socket);
    }
}

void HttpServer::rejectBusy(QTcpSocket *socket)
{
    qCInfo(lcHttp) << "too many connections; refusing one";
    HttpResponse response = HttpResponse::text(503, "Too many connections\n");
    response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    socket->write(serialize(response, false));
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // A peer that never reads would keep the socket half-closed forever.
    QTimer::singleShot(m_idleTimeoutMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->disconnectFromHost();
}

void HttpServer::accept(QTcpSocket *socket)
{
    auto *connection = new Connection(socket);
    m_connections.insert(socket, connection);
    socket->setReadBufferSize(SocketReadBufferBytes);
    connect(socket, &QTcpSocket::readyRead, connection,
            [this, connection] { onReadyRead(connection); });
    connect(socket, &QTcpSocket::bytesWritten, connection,
            [this, connection] { onBytesWritten(connection); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(connection->idleTimer, &QTimer::timeout, this, [this, socket] {
        qCInfo(lcHttp) << "closing an idle or too slow connection";
        dropConnection(socket);
    });
    connection->idleTimer->start(m_idleTimeoutMs);
}

void HttpServer::forget(QTcpSocket *socket)
{
    if (m_connections.remove(socket))
        socket->deleteLater();
}

void HttpServer::dropConnection(QTcpSocket *socket)
{
    socket->abort();
    forget(socket);
}

void HttpServer::onReadyRead(Connection *connection)
{
    if (connection->closing) {
        const qint64 available = connection->socket->bytesAvailable();
        connection->drained += connection->socket->skip(available);
        if (connection->drained > MaxDrainBytes)
            dropConnection(connection->socket);
        return;
    }
    processInput(connection);
}

void HttpServer::onBytesWritten(Connection *connection)
{
    // The client is reading our answers, so it is alive; and room may have opened for the
    // next pipelined request.
    if (connection->closing || connection->waiting)
        return;
    connection->idleTimer->start(m_idleTimeoutMs);
    processInput(connection);
}

void HttpServer::processInput(Connection *connection)
{
    QTcpSocket *socket = connection->socket;
    for (;;) {
        if (connection->closing || connection->waiting)
            return;
        HttpRequestParser &parser = connection->parser;
        if (parser.state() == HttpRequestParser::State::Complete) {
            dispatch(connection, parser.takeRequest());
            continue;
        }
        if (parser.state() == HttpRequestParser::State::Error) {
            qCInfo(lcHttp) << "bad request:" << parser.errorStatus() << parser.errorReason();
            Q_EMIT requestRejected(parser.errorStatus(), parser.errorReason());
            send(connection, HttpResponse::text(parser.errorStatus(), parser.errorReason() + '\n'),
                 false);
            return;
        }
        if (socket->bytesToWrite() > WriteHighWaterBytes)
            return; // resumed by bytesWritten
        const QByteArray chunk = socket->read(ReadChunkBytes);
        if (chunk.isEmpty())
            return;
        parser.feed(chunk);
    }
}

void HttpServer::dispatch(Connection *connection, const HttpRequest &request)
{
    HttpResponder responder;
    responder.m_server = this;
    responder.m_connection = connection;
    responder.m_sequence = ++connection->sequence;
    responder.m_keepAlive = request.keepAlive();
    // The idle timer would otherwise close the connection while a slow answer is prepared;
    // a client that leaves meanwhile destroys the connection, and the answer goes nowhere.
    connection->waiting = true;
    connection->idleTimer->stop();
    connection->inHandler = true;
    if (m_handler)
        m_handler(request, responder);
    else
        responder.respond(HttpResponse::text(404, "Not Found\n"));
    connection->inHandler = false;
}

void HttpServer::answer(Connection *connection, quint64 sequence, const HttpResponse &response,
                        bool keepAlive)
{
    // Only the request being waited for may be answered, and only once.
    if (!connection->waiting || sequence != connection->sequence)
        return;
    connection->waiting = false;
    if (response.closeWithoutAnswer) {
        connection->closing = true;
        connection->socket->disconnectFromHost();
        return;
    }
    send(connection, response, keepAlive && !response.truncateBody);
    // Answered from within dispatch(), processInput() is still looping and reads on; from a
    // timer or a finished fetch, it must be resumed for the pipelined requests.
    if (!connection->inHandler)
        QMetaObject::invokeMethod(
            connection, [this, connection] { processInput(connection); }, Qt::QueuedConnection);
}

void HttpServer::send(Connection *connection, const HttpResponse &response, bool keepAlive)
{
    QTcpSocket *socket = connection->socket;
    QByteArray bytes = serialize(response, keepAlive);
    if (response.truncateBody)
        bytes.chop(response.body.size() - response.body.size() / 2);
    socket->write(bytes);
    connection->idleTimer->start(m_idleTimeoutMs);
    if (keepAlive)
        return;
    connection->closing = true;
    // Read what the client already sent, so closing does not reset the connection (which
    // could destroy the answer before the client reads it).
    connection->drained += socket->skip(socket->bytesAvailable());
    socket->disconnectFromHost();
}

QByteArray HttpServer::serialize(const HttpResponse &response, bool keepAlive) const
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + httpReasonPhrase(response.status) + "\r\n";
    out += "Date: " + httpDate(m_dateSource()) + "\r\n";
    out += "Server: " + m_serverName + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += response.body;
    return out;
}

} // namespace TokenDesk
