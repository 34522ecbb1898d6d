// A hostile gateway for the tests: a raw-socket HTTP server on loopback, in a thread of its own
// (so a test can run the CLI blocking), answering every request with one scripted answer that no
// well-behaved server, the simulator included, would send.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <array>
#include <atomic>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace TestSupport {

struct HostileAnswer
{
    QByteArray status = "200 OK";
    QList<QByteArray> headers; // complete header lines without CRLF, e.g. "Date: ..."
    QByteArray body;
    bool redirectToSelf = false; // 307 to the very URL that was asked for, every time
};

// The access_key_secret of credentialAnswer(): it must never reach an error message.
constexpr auto HostileCredentialSecret = "credential-secret-8HkdL2mNq";

inline QByteArray isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate).toLatin1();
}

inline QByteArray dateHeader(const QDateTime &time)
{
    return "Date: "
        + QLocale::c()
              .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
              .toLatin1();
}

// A wrapped JSON answer; `expiration` and `policy` are raw JSON text (empty: member absent), and
// so is `respCode`, so that numbers JSON cannot carry exactly reach the client as sent.
inline QByteArray credentialAnswer(const QByteArray &expiration, const QByteArray &policy = {},
                                   const QByteArray &respCode = "200")
{
    QByteArray result = "\"access_key_id\":\"STS.hostile\",\"access_key_secret\":\""
        + QByteArray(HostileCredentialSecret) + "\",\"token\":\"CAIS-token-value\"";
    if (!expiration.isEmpty())
        result += ",\"expiration\":" + expiration;
    if (!policy.isEmpty())
        result += ",\"policy\":" + policy;
    return "{\"alibaba_security_deepvision_proxy_security_common_token_get_response\":{"
           "\"resp_code\":"
        + respCode + ",\"resp_success\":true,\"request_id\":\"rid-1\",\"result\":{" + result
        + "}}}";
}

inline QByteArray quoted(const QByteArray &text)
{
    return '"' + text + '"';
}

inline quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

inline void appendLittleEndian(QByteArray &out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

// RFC 1952 gzip of `data`: qCompress's zlib stream (4-byte size prefix, 2-byte header, 4-byte
// Adler-32 trailer stripped) is the raw deflate data gzip wraps.
inline QByteArray gzip(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 9);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    out += zlib.mid(6, zlib.size() - 6 - 4);
    appendLittleEndian(out, crc32(data));
    appendLittleEndian(out, quint32(data.size()));
    return out;
}

inline HostileAnswer jsonAnswer(const QByteArray &body, QList<QByteArray> headers = {})
{
    HostileAnswer answer;
    answer.headers = std::move(headers);
    answer.headers << "Content-Type: application/json;charset=UTF-8";
    answer.body = body;
    return answer;
}

// An HTTP error status with a body.
inline HostileAnswer statusAnswer(const QByteArray &statusLine, const QByteArray &body)
{
    HostileAnswer answer = jsonAnswer(body);
    answer.status = statusLine;
    return answer;
}

class HostileGateway
{
public:
    explicit HostileGateway(HostileAnswer answer)
        : m_answer(std::move(answer))
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_listener < 0
            || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_listener, 8) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~HostileGateway()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_listener >= 0)
            ::close(m_listener);
    }
    HostileGateway(const HostileGateway &) = delete;
    HostileGateway &operator=(const HostileGateway &) = delete;

    bool isListening() const { return m_port != 0; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/router/rest").arg(m_port); }
    // Requests answered so far.
    int requests() const { return m_requests; }

private:
    void serve()
    {
        while (!m_stop) {
            pollfd listening{m_listener, POLLIN, 0};
            if (::poll(&listening, 1, 50) <= 0)
                continue;
            const int connection = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (connection < 0)
                continue;
            answer(connection);
            ::close(connection);
        }
    }

    // Reads one request (headers and the declared body), then answers and closes.
    void answer(int connection)
    {
        QByteArray received;
        qsizetype headerEnd = -1;
        qsizetype bodyLength = 0;
        while (!m_stop) {
            pollfd readable{connection, POLLIN, 0};
            if (::poll(&readable, 1, 50) <= 0)
                continue;
            char buffer[16384];
            const ssize_t got = ::recv(connection, buffer, sizeof buffer, 0);
            if (got <= 0)
                return;
            received.append(buffer, got);
            if (headerEnd < 0) {
                headerEnd = received.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    continue;
                const QByteArray head = received.left(headerEnd).toLower();
                const qsizetype at = head.indexOf("\ncontent-length:");
                if (at >= 0) {
                    const qsizetype end = head.indexOf('\r', at + 1);
                    bodyLength =
                        head.mid(at + 16, end < 0 ? -1 : end - at - 16).trimmed().toLongLong();
                }
            }
            if (received.size() >= headerEnd + 4 + bodyLength)
                break;
        }
        if (headerEnd < 0)
            return;
        ++m_requests;
        QByteArray response;
        if (m_answer.redirectToSelf) {
            const QByteArray target = received.left(received.indexOf("\r\n")).split(' ').value(1);
            response = "HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:"
                + QByteArray::number(m_port) + target + "\r\nContent-Length: 0\r\n\r\n";
        } else {
            response = "HTTP/1.1 " + m_answer.status + "\r\n";
            for (const QByteArray &header : m_answer.headers)
                response += header + "\r\n";
            response += "Content-Length: " + QByteArray::number(m_answer.body.size())
                + "\r\nConnection: close\r\n\r\n" + m_answer.body;
        }
        qsizetype sent = 0;
        while (sent < response.size() && !m_stop) {
            const ssize_t n = ::send(connection, response.constData() + sent,
                                     size_t(response.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return; // the client gave up (a size limit); that is its right
            sent += n;
        }
    }

    HostileAnswer m_answer;
    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_requests{0};
    std::thread m_thread;
};

} // namespace TestSupport
