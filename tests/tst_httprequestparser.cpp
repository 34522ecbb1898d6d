// The simulator's HTTP parser: complete and split requests, pipelining, and every refusal.
#include "httprequestparser.h"

#include <QRandomGenerator>
#include <QTest>

using TokenDesk::HttpRequest;
using TokenDesk::HttpRequestParser;
using State = HttpRequestParser::State;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeRequest_data();
    void completeRequest();
    void byteByByte();
    void pipelinedPair();
    void errors_data();
    void errors();
    void headerLimitEdge_data();
    void headerLimitEdge();
    void bodyLimitEdge();
    void keepAlive_data();
    void keepAlive();
    void errorIsFinal();
    void feedingWithoutTakingIsBounded();
    void randomInputNeverHangs();
};

namespace {

const QByteArray SimplePost = "POST /router/rest?app_key=1 HTTP/1.1\r\n"
                              "Host: 127.0.0.1\r\n"
                              "Content-Type: application/x-www-form-urlencoded\r\n"
                              "Content-Length: 12\r\n"
                              "\r\n"
                              "param=%7B%7D";

// A request whose header section (request line to blank line inclusive) is exactly `size` bytes.
QByteArray requestWithHeaderSize(int size)
{
    const QByteArray start = "GET / HTTP/1.1\r\nHost: h\r\nX-Pad: ";
    const QByteArray end = "\r\n\r\n";
    const qsizetype pad = size - start.size() - end.size();
    return start + QByteArray(pad, 'a') + end;
}

} // namespace

void TestHttpRequestParser::completeRequest_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("post with body")
        << SimplePost << QByteArray("POST") << QByteArray("/router/rest?app_key=1")
        << QByteArray("param=%7B%7D");
    QTest::newRow("get without body")
        << QByteArray("GET /router/rest?a=b HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("GET")
        << QByteArray("/router/rest?a=b") << QByteArray();
    QTest::newRow("bare LF line ends")
        << QByteArray("POST /x HTTP/1.1\nHost: x\nContent-Length: 2\n\nab") << QByteArray("POST")
        << QByteArray("/x") << QByteArray("ab");
    QTest::newRow("HTTP/1.0 without host") << QByteArray("GET / HTTP/1.0\r\n\r\n")
                                           << QByteArray("GET") << QByteArray("/") << QByteArray();
    QTest::newRow("leading CRLF ignored") << QByteArray("\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
                                          << QByteArray("GET") << QByteArray("/") << QByteArray();
    QTest::newRow("repeated equal content-length")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3, "
                      "3\r\n\r\nabc")
        << QByteArray("POST") << QByteArray("/") << QByteArray("abc");
    QTest::newRow("leading zeros in content-length")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0000000000002\r\n\r\nab")
        << QByteArray("POST") << QByteArray("/") << QByteArray("ab");
}

void TestHttpRequestParser::completeRequest()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);

    HttpRequestParser parser;
    QCOMPARE(parser.feed(bytes), State::Complete);
    const HttpRequest request = parser.takeRequest();
    QCOMPARE(request.method, method);
    QCOMPARE(request.target, target);
    QCOMPARE(request.body, body);
    QCOMPARE(parser.state(), State::NeedMore);
}

void TestHttpRequestParser::byteByByte()
{
    HttpRequestParser parser;
    for (qsizetype i = 0; i < SimplePost.size() - 1; ++i)
        QCOMPARE(parser.feed(SimplePost.mid(i, 1)), State::NeedMore);
    QCOMPARE(parser.feed(SimplePost.right(1)), State::Complete);
    const HttpRequest request = parser.takeRequest();
    QCOMPARE(request.body, QByteArray("param=%7B%7D"));
    QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(request.header("host"), QByteArray("127.0.0.1"));
    QCOMPARE(request.version, QByteArray("HTTP/1.1"));
}

void TestHttpRequestParser::pipelinedPair()
{
    const QByteArray first = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc";
    const QByteArray second = "GET /b HTTP/1.1\r\nHost: x\r\n\r\n";
    const QByteArray partialThird = "GET /c HTTP/1.1\r\n";

    HttpRequestParser parser;
    QCOMPARE(parser.feed(first + second + partialThird), State::Complete);
    HttpRequest request = parser.takeRequest();
    QCOMPARE(request.target, QByteArray("/a"));
    QCOMPARE(request.body, QByteArray("abc"));
    // The second was already buffered and is parsed as soon as the first is taken.
    QCOMPARE(parser.state(), State::Complete);
    request = parser.takeRequest();
    QCOMPARE(request.target, QByteArray("/b"));
    QVERIFY(request.body.isEmpty());
    QCOMPARE(parser.state(), State::NeedMore);
    QCOMPARE(parser.feed("Host: x\r\n\r\n"), State::Complete);
    QCOMPARE(parser.takeRequest().target, QByteArray("/c"));
}

void TestHttpRequestParser::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");

    // The start of a TLS ClientHello, what an https client sends to a plain-http port.
    static const char tlsHello[] = "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n";
    QTest::newRow("garbage") << QByteArray(tlsHello, sizeof tlsHello - 1) << 400;
    QTest::newRow("two words") << QByteArray("GET /\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("bad version") << QByteArray("GET / HTTX/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("control in target")
        << QByteArray("GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost x\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("folded header")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  2\r\n\r\n") << 400;
    QTest::newRow("missing host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
    QTest::newRow("negative length")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("garbage length")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\n\r\n") << 400;
    QTest::newRow("empty length") << QByteArray(
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length:\r\n\r\n")
                                  << 400;
    QTest::newRow("conflicting lengths") << QByteArray(
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n")
                                         << 400;
    QTest::newRow("conflicting list")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 4\r\n\r\n") << 400;
    QTest::newRow("body too large")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 262145\r\n\r\n") << 413;
    QTest::newRow("huge length") << QByteArray(
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n")
                                 << 413;
    QTest::newRow("headers too large")
        << QByteArray(HttpRequestParser::MaxHeaderBytes + 1, 'a') << 431;
    QTest::newRow("chunked") << QByteArray(
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                             << 501;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    QTest::newRow("HTTP/0.9") << QByteArray("GET / HTTP/0.9\r\n\r\n") << 505;
}

void TestHttpRequestParser::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);

    HttpRequestParser parser;
    QCOMPARE(parser.feed(bytes), State::Error);
    QCOMPARE(parser.errorStatus(), status);
    QVERIFY(!parser.errorReason().isEmpty());

    // The same verdict when the bytes trickle in.
    HttpRequestParser trickled;
    State state = State::NeedMore;
    for (qsizetype i = 0; i < bytes.size() && state == State::NeedMore; ++i)
        state = trickled.feed(bytes.mid(i, 1));
    QCOMPARE(state, State::Error);
    QCOMPARE(trickled.errorStatus(), status);
}

void TestHttpRequestParser::headerLimitEdge_data()
{
    QTest::addColumn<int>("headerSize");
    QTest::addColumn<State>("expected");

    QTest::newRow("one below") << HttpRequestParser::MaxHeaderBytes - 1 << State::Complete;
    QTest::newRow("exactly at") << HttpRequestParser::MaxHeaderBytes << State::Complete;
    QTest::newRow("one above") << HttpRequestParser::MaxHeaderBytes + 1 << State::Error;
}

void TestHttpRequestParser::headerLimitEdge()
{
    QFETCH(int, headerSize);
    QFETCH(State, expected);

    const QByteArray bytes = requestWithHeaderSize(headerSize);
    QCOMPARE(bytes.size(), headerSize);
    HttpRequestParser parser;
    QCOMPARE(parser.feed(bytes), expected);
    if (expected == State::Error)
        QCOMPARE(parser.errorStatus(), 431);

    HttpRequestParser split;
    split.feed(bytes.left(headerSize / 2));
    QCOMPARE(split.feed(bytes.mid(headerSize / 2)), expected);
}

void TestHttpRequestParser::bodyLimitEdge()
{
    const QByteArray head = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: "
        + QByteArray::number(HttpRequestParser::MaxBodyBytes) + "\r\n\r\n";
    HttpRequestParser parser;
    QCOMPARE(parser.feed(head), State::NeedMore);
    QCOMPARE(parser.feed(QByteArray(HttpRequestParser::MaxBodyBytes - 1, 'b')), State::NeedMore);
    QCOMPARE(parser.feed("b"), State::Complete);
    QCOMPARE(parser.takeRequest().body.size(), HttpRequestParser::MaxBodyBytes);
}

void TestHttpRequestParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("keepAlive");

    QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray(
        "GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n")
                               << false;
    QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
}

void TestHttpRequestParser::keepAlive()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, keepAlive);

    HttpRequestParser parser;
    QCOMPARE(parser.feed(bytes), State::Complete);
    QCOMPARE(parser.takeRequest().keepAlive(), keepAlive);
}

void TestHttpRequestParser::errorIsFinal()
{
    HttpRequestParser parser;
    QCOMPARE(parser.feed("BAD\r\n\r\n"), State::Error);
    QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), State::Error);
    QCOMPARE(parser.errorStatus(), 400);
}

void TestHttpRequestParser::feedingWithoutTakingIsBounded()
{
    const QByteArray request = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
    HttpRequestParser parser;
    QCOMPARE(parser.feed(request), State::Complete);
    // A caller that never takes the request cannot make the parser hold more than one
    // request's worth of bytes.
    State state = State::Complete;
    const QByteArray chunk(64 * 1024, 'x');
    for (int i = 0; i < 10 && state == State::Complete; ++i)
        state = parser.feed(chunk);
    QCOMPARE(state, State::Error);
    QCOMPARE(parser.errorStatus(), 413);
}

void TestHttpRequestParser::randomInputNeverHangs()
{
    // Mutations of a valid request, fed in random slices: every run ends in a request, an
    // error or a wait for more, and never takes more than a request's worth of memory.
    QRandomGenerator random(20261128); // fixed: a failure must be reproducible
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes = SimplePost + SimplePost;
        const int mutations = random.bounded(1, 6);
        for (int m = 0; m < mutations; ++m)
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        HttpRequestParser parser;
        qsizetype offset = 0;
        while (offset < bytes.size() && parser.state() != State::Error) {
            const qsizetype n = random.bounded(1, 40);
            parser.feed(bytes.mid(offset, n));
            offset += n;
            while (parser.state() == State::Complete)
                QVERIFY(parser.takeRequest().body.size() <= HttpRequestParser::MaxBodyBytes);
        }
        if (parser.state() == State::Error)
            QVERIFY(QList<int>({400, 413, 431, 501, 505}).contains(parser.errorStatus()));
    }
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
