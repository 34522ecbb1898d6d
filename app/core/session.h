// A session: one fetched credential with the request and connection it answers. The window keeps
// several at once, in memory only (nothing here is ever written to disk). Pure helpers for the
// session list: identity, time-left text, the accessible description.
#pragma once

#include "countdown.h"
#include "securitytoken.h"
#include "tokenrequest.h"

#include <QDateTime>
#include <QString>

namespace TokenDesk {

struct Session
{
    quint64 id = 0;
    QString connection;      // profile name, or the window's session-only connection
    QString connectionTitle; // as the Profile box shows it ("Demo", "prod")
    TokenRequest request;    // without request_id: the same request fetched again is this session
    TokenResponse response;
    qint64 gatewayClockOffset = 0; // TokenClient::gatewayClockOffset() of the fetch
    QDateTime issued;              // our clock, when the credential arrived

    // When the credential stops working, on our clock.
    QDateTime localExpiry() const;
    // Whether `connection` + `request` ask for this session's credential (request_id aside).
    bool answers(const QString &connection, const TokenRequest &request) const;
    // "t-1 / poi-9 / oss"
    QString title() const;
};

// The row text for the time left: "52 min", "45 s", "expired"; minutes above one minute, so a
// row changes once a minute and 50 rows do not repaint every second.
QString sessionTimeLeftText(const CountdownState &state);

// What a screen reader says for a row: tenant, store, product and the time left.
QString sessionAccessibleText(const Session &session, const CountdownState &state);

} // namespace TokenDesk
