// Incremental, bounded HTTP/1.1 request parser for the gateway simulator. Pure: bytes in,
// a request or an error out. Separate from the socket code so it can be fuzzed on its own.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace TokenDesk {

struct HttpRequest
{
    QByteArray method;                            // "POST"
    QByteArray target;                            // "/router/rest?app_key=..."
    QByteArray version;                           // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
    bool keepAlive() const;
};

class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Error };

    static constexpr int MaxHeaderBytes = 16 * 1024;
    static constexpr int MaxBodyBytes = 256 * 1024;

    // Feeds bytes; returns the state after consuming what it could. On Complete, takeRequest()
    // yields the request and any bytes after it stay buffered for the next one (pipelining).
    State feed(const QByteArray &bytes);
    State state() const { return m_state; }
    HttpRequest takeRequest();

    // On Error: the status to answer with (400, 413, 431, 501, 505) and a short reason.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }

private:
    State parse();
    State parseHead(const QByteArray &head);
    State parseRequestLine(const QByteArray &line);
    State parseHeaderLine(const QByteArray &line);
    State checkFraming();
    State fail(int status, const char *reason);

    QByteArray m_buffer;
    HttpRequest m_request;
    State m_state = State::NeedMore;
    bool m_headersDone = false;
    qsizetype m_bodyLength = 0;
    qsizetype m_scanFrom = 0; // where the search for the blank line resumes
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace TokenDesk
