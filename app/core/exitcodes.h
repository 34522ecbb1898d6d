// Exit codes of tokendesk-cli, as ../shared/docs/interfaces.md fixes them.
#pragma once

namespace TokenDesk {

enum ExitCode : int {
    ExitSuccess = 0,
    ExitNegative = 1,  // a negative answer to a question (secret status, policy explain)
    ExitUsage = 2,     // usage error, invalid input, missing secret or profile, keychain failure
    ExitRefused = 3,   // error_response, or resp_success false
    ExitNetwork = 4,   // no usable HTTP answer: connection, TLS, timeout, HTTP 4xx/5xx
    ExitMalformed = 5, // not a valid response: malformed, truncated, oversized, missing fields,
                       // an expiry that is missing, unreadable or already past
    ExitOutput = 6,    // the output could not be written: full disk, closed stdout, broken pipe
};

} // namespace TokenDesk
