// libFuzzer target: HttpRequestParser::feed() with the input split into pieces the way a socket
// might deliver it. The first byte picks the piece size. Whatever the split, the parser must
// give the same requests and the same error as when the bytes arrive in one piece.
#include "httprequestparser.h"

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

struct Outcome
{
    QList<TokenDesk::HttpRequest> requests;
    TokenDesk::HttpRequestParser::State state = TokenDesk::HttpRequestParser::State::NeedMore;
    int errorStatus = 0;
};

void drain(TokenDesk::HttpRequestParser &parser, Outcome &outcome)
{
    while (parser.state() == TokenDesk::HttpRequestParser::State::Complete) {
        TokenDesk::HttpRequest request = parser.takeRequest();
        (void)request.keepAlive();
        (void)request.header("host");
        outcome.requests.append(std::move(request));
    }
}

Outcome run(const QByteArray &input, qsizetype pieceSize)
{
    TokenDesk::HttpRequestParser parser;
    Outcome outcome;
    for (qsizetype at = 0; at < input.size(); at += pieceSize) {
        parser.feed(input.mid(at, pieceSize));
        drain(parser, outcome);
        if (parser.state() == TokenDesk::HttpRequestParser::State::Error)
            break;
    }
    outcome.state = parser.state();
    if (outcome.state == TokenDesk::HttpRequestParser::State::Error) {
        outcome.errorStatus = parser.errorStatus();
        if (outcome.errorStatus < 400 || outcome.errorStatus > 599 || parser.errorReason().isEmpty())
            std::abort();
    }
    return outcome;
}

bool sameRequest(const TokenDesk::HttpRequest &a, const TokenDesk::HttpRequest &b)
{
    return a.method == b.method && a.target == b.target && a.version == b.version
        && a.headers == b.headers && a.body == b.body;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 512 * 1024)
        return 0;
    const qsizetype pieceSize = qsizetype(data[0] % 64) + 1;
    const QByteArray input(reinterpret_cast<const char *>(data + 1),
                           static_cast<qsizetype>(size - 1));

    const Outcome whole = run(input, qMax<qsizetype>(1, input.size()));
    const Outcome pieces = run(input, pieceSize);

    // Error statuses may differ with the split (a 431 can be seen before a 400 further on), but
    // every request completed by one must be completed identically by the other, in order.
    const qsizetype common = qMin(whole.requests.size(), pieces.requests.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (!sameRequest(whole.requests.at(i), pieces.requests.at(i)))
            std::abort();
    }
    if (whole.state != TokenDesk::HttpRequestParser::State::Error
        && pieces.state != TokenDesk::HttpRequestParser::State::Error
        && whole.requests.size() != pieces.requests.size())
        std::abort();
    return 0;
}
