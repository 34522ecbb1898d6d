// A raw HTTP/1.1 client over QTcpSocket for tests of loopback servers: every byte of the request
// is the test's (a foreign Host, an Origin, garbage), and it runs on the event loop, so a server
// in the same process answers while the test waits.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

namespace TestSupport {

struct HttpReply
{
    int status = 0;                               // 0: no complete answer
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n == name)
                return v;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// "GET /path HTTP/1.1" with Host and Connection: close, plus `extra` header lines.
inline QByteArray httpRequest(const QByteArray &method, const QByteArray &target,
                              const QByteArray &host, const QByteArray &extra = {})
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
        + extra + "\r\n";
}

// One request on its own connection; the answer is read as the event loop delivers it.
class HttpExchange
{
public:
    HttpExchange(quint16 port, const QByteArray &request)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket,
                         [this, request] { m_socket.write(request); });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] {
            m_bytes += m_socket.readAll();
            parse();
        });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] {
            m_bytes += m_socket.readAll();
            parse();
            m_closed = true;
        });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket,
                         [this](QAbstractSocket::SocketError error) {
                             if (error != QAbstractSocket::RemoteHostClosedError)
                                 m_closed = true;
                         });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    ~HttpExchange()
    {
        // The socket's destructor emits disconnected: not into members that are gone.
        QObject::disconnect(&m_socket, nullptr, nullptr, nullptr);
        m_socket.abort();
    }
    HttpExchange(const HttpExchange &) = delete;
    HttpExchange &operator=(const HttpExchange &) = delete;

    bool isDone() const { return m_reply.status != 0 || m_closed; }
    bool wait(int timeoutMs = 15000)
    {
        return QTest::qWaitFor([this] { return isDone(); }, timeoutMs);
    }
    const HttpReply &reply() const { return m_reply; }
    bool requestWritten() const
    {
        return m_socket.state() == QAbstractSocket::ConnectedState && m_socket.bytesToWrite() == 0;
    }

private:
    void parse()
    {
        const qsizetype end = m_bytes.indexOf("\r\n\r\n");
        if (end < 0 || m_reply.status != 0)
            return;
        const QList<QByteArray> lines = m_bytes.left(end).split('\n');
        HttpReply reply;
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            reply.headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (m_bytes.size() < end + 4 + length)
            return; // more to come
        reply.body = m_bytes.mid(end + 4, length);
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        reply.status = statusLine.value(1).toInt();
        m_reply = reply;
    }

    QTcpSocket m_socket;
    QByteArray m_bytes;
    HttpReply m_reply;
    bool m_closed = false;
};

// Sends one request and waits for the answer; status 0 when none came.
inline HttpReply httpExchange(quint16 port, const QByteArray &request, int timeoutMs = 15000)
{
    HttpExchange exchange(port, request);
    exchange.wait(timeoutMs);
    return exchange.reply();
}

// `count` requests sent at once, each on its own connection.
inline std::vector<std::unique_ptr<HttpExchange>> startExchanges(int count, quint16 port,
                                                                 const QByteArray &request)
{
    std::vector<std::unique_ptr<HttpExchange>> exchanges;
    for (int i = 0; i < count; ++i)
        exchanges.push_back(std::make_unique<HttpExchange>(port, request));
    return exchanges;
}

inline bool waitForAll(const std::vector<std::unique_ptr<HttpExchange>> &exchanges,
                       int timeoutMs = 30000)
{
    return QTest::qWaitFor(
        [&] {
            for (const auto &exchange : exchanges) {
                if (!exchange->isDone())
                    return false;
            }
            return true;
        },
        timeoutMs);
}

} // namespace TestSupport
