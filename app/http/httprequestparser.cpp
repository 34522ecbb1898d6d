// Incremental HTTP/1.1 request parser with hard limits, so a hostile client can neither grow
// memory without bound nor confuse the simulator about where one request ends.
#include "httprequestparser.h"

namespace TokenDesk {

namespace {

// Everything the parser may hold at once: one request's header and body. A caller that keeps
// feeding without taking requests has sent more than any legitimate pipeline would.
constexpr qsizetype MaxBufferedBytes =
    qsizetype(HttpRequestParser::MaxHeaderBytes) + HttpRequestParser::MaxBodyBytes;

// RFC 9110 token characters (method and header names).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Visible ASCII and obs-text; no controls, no spaces (the request target).
bool isVisible(const QByteArray &text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return false;
    }
    return true;
}

// Header values: visible characters, spaces and tabs; a bare CR or LF would let a value smuggle
// another header.
bool isFieldValue(const QByteArray &text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool isDigits(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// "HTTP/1.1" -> true with major/minor; anything not of the form HTTP/d.d -> false.
bool parseVersion(const QByteArray &text, int &major, int &minor)
{
    if (text.size() != 8 || !text.startsWith("HTTP/") || text.at(6) != '.')
        return false;
    const char ma = text.at(5);
    const char mi = text.at(7);
    if (ma < '0' || ma > '9' || mi < '0' || mi > '9')
        return false;
    major = ma - '0';
    minor = mi - '0';
    return true;
}

// Where the header section ends (index just past the blank line), or -1. Bare LF line ends are
// accepted, as RFC 9112 allows a recipient to.
qsizetype findHeaderEnd(const QByteArray &buffer, qsizetype from)
{
    for (qsizetype i = from; i < buffer.size(); ++i) {
        if (buffer.at(i) != '\n')
            continue;
        if (i + 1 < buffer.size() && buffer.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < buffer.size() && buffer.at(i + 1) == '\r' && buffer.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool HttpRequest::keepAlive() const
{
    bool close = false;
    bool keep = false;
    for (const auto &[name, value] : headers) {
        if (name != "connection")
            continue;
        const QList<QByteArray> options = value.split(',');
        for (const QByteArray &option : options) {
            const QByteArray o = option.trimmed().toLower();
            close = close || o == "close";
            keep = keep || o == "keep-alive";
        }
    }
    if (close)
        return false;
    // HTTP/1.1 is persistent unless told otherwise; HTTP/1.0 only when asked.
    return version == "HTTP/1.1" || keep;
}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray &bytes)
{
    if (m_state == State::Error)
        return m_state;
    m_buffer += bytes;
    if (m_state == State::NeedMore)
        parse();
    if (m_state != State::Error && m_buffer.size() > MaxBufferedBytes)
        return fail(413, "too much data buffered");
    return m_state;
}

HttpRequest HttpRequestParser::takeRequest()
{
    if (m_state != State::Complete)
        return {};
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    m_state = State::NeedMore;
    m_headersDone = false;
    m_bodyLength = 0;
    m_scanFrom = 0;
    // A pipelined request may already be waiting in the buffer.
    if (!m_buffer.isEmpty())
        parse();
    return request;
}

HttpRequestParser::State HttpRequestParser::fail(int status, const char *reason)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorReason = QByteArray(reason);
    m_request = HttpRequest();
    // Nothing more will be parsed; release what the client sent.
    m_buffer = QByteArray();
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parse()
{
    if (!m_headersDone) {
        // A client may send a stray CRLF after a previous body (RFC 9112 §2.2). Each skipped
        // byte leaves the buffer, so this cannot grow anything.
        while (!m_buffer.isEmpty() && (m_buffer.at(0) == '\r' || m_buffer.at(0) == '\n')) {
            if (m_buffer.at(0) == '\r' && m_buffer.size() > 1 && m_buffer.at(1) != '\n')
                return fail(400, "bad request line");
            if (m_buffer.at(0) == '\r' && m_buffer.size() == 1)
                return m_state; // wait for the LF
            m_buffer.remove(0, 1);
        }
        const qsizetype end = findHeaderEnd(m_buffer, m_scanFrom);
        if (end < 0) {
            if (m_buffer.size() >= MaxHeaderBytes)
                return fail(431, "request header fields too large");
            // Re-scan only the tail that could hold the start of the blank line.
            m_scanFrom = qMax<qsizetype>(0, m_buffer.size() - 3);
            return m_state;
        }
        if (end > MaxHeaderBytes)
            return fail(431, "request header fields too large");
        if (parseHead(m_buffer.left(end)) == State::Error)
            return m_state;
        m_buffer.remove(0, end);
        m_headersDone = true;
    }
    if (m_buffer.size() < m_bodyLength)
        return m_state;
    m_request.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_state = State::Complete;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    // The split leaves two empty entries after the final blank line.
    while (!lines.isEmpty() && (lines.last().isEmpty() || lines.last() == "\r"))
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (lines.isEmpty())
        return fail(400, "empty request");
    if (parseRequestLine(lines.first()) == State::Error)
        return m_state;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (parseHeaderLine(lines.at(i)) == State::Error)
            return m_state;
    }
    return checkFraming();
}

HttpRequestParser::State HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3)
        return fail(400, "bad request line");
    const QByteArray &method = parts.at(0);
    const QByteArray &target = parts.at(1);
    const QByteArray &version = parts.at(2);
    if (!isToken(method) || target.isEmpty() || !isVisible(target))
        return fail(400, "bad request line");
    int major = 0;
    int minor = 0;
    if (!parseVersion(version, major, minor))
        return fail(400, "bad HTTP version");
    if (major != 1)
        return fail(505, "HTTP version not supported");
    m_request.method = method;
    m_request.target = target;
    m_request.version = version;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHeaderLine(const QByteArray &line)
{
    // Obsolete line folding is a known smuggling vector; RFC 9112 lets a server reject it.
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(400, "folded header");
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(400, "bad header");
    const QByteArray name = line.left(colon);
    if (!isToken(name))
        return fail(400, "bad header name");
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (!isFieldValue(value))
        return fail(400, "bad header value");
    m_request.headers.append({name.toLower(), value});
    return m_state;
}

HttpRequestParser::State HttpRequestParser::checkFraming()
{
    QByteArray length;
    int hosts = 0;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name == "transfer-encoding")
            return fail(501, "transfer-encoding not implemented");
        if (name == "host")
            ++hosts;
        if (name != "content-length")
            continue;
        // "Content-Length: 5, 5" and repeated headers are allowed only when they all agree.
        const QList<QByteArray> values = value.split(',');
        for (const QByteArray &v : values) {
            const QByteArray digits = v.trimmed();
            if (!isDigits(digits))
                return fail(400, "bad content-length");
            if (!length.isEmpty() && length != digits)
                return fail(400, "conflicting content-length");
            length = digits;
        }
    }
    // HTTP/1.1 requires exactly one Host (RFC 9112 §3.2).
    if (hosts > 1 || (hosts == 0 && m_request.version == "HTTP/1.1"))
        return fail(400, "missing or repeated host");
    if (length.isEmpty()) {
        m_bodyLength = 0;
        return m_state;
    }
    // Strip leading zeros before judging the size, so "000…5" is not mistaken for huge.
    qsizetype firstNonZero = 0;
    while (firstNonZero < length.size() - 1 && length.at(firstNonZero) == '0')
        ++firstNonZero;
    const QByteArray significant = length.mid(firstNonZero);
    if (significant.size() > 9 || significant.toLongLong() > MaxBodyBytes)
        return fail(413, "payload too large");
    m_bodyLength = significant.toLongLong();
    return m_state;
}

} // namespace TokenDesk
