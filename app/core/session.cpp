// Session identity and the session list's texts.
#include "session.h"

#include <QCoreApplication>

namespace TokenDesk {

namespace {

struct SessionText
{
    Q_DECLARE_TR_FUNCTIONS(Session)
};

} // namespace

QDateTime Session::localExpiry() const
{
    const QDateTime expiry = response.credential.expiration;
    return expiry.isValid() ? expiry.toUTC().addSecs(-gatewayClockOffset) : QDateTime();
}

bool Session::answers(const QString &otherConnection, const TokenRequest &other) const
{
    const TokenRequest a = request.trimmed();
    const TokenRequest b = other.trimmed();
    return connection == otherConnection && a.tenantCode == b.tenantCode && a.storeId == b.storeId
        && a.sceneCode == b.sceneCode && a.usageScene == b.usageScene
        && a.productCode == b.productCode && a.token == b.token;
}

QString Session::title() const
{
    const TokenRequest r = request.trimmed();
    return r.tenantCode + QLatin1String(" / ") + r.storeId + QLatin1String(" / ") + r.productCode;
}

QString sessionTimeLeftText(const CountdownState &state)
{
    switch (state.phase) {
    case CountdownState::Phase::Unknown:
        return SessionText::tr("expiry unknown");
    case CountdownState::Phase::Expired:
        return SessionText::tr("expired");
    case CountdownState::Phase::Normal:
    case CountdownState::Phase::Warning:
        break;
    }
    if (state.secondsLeft < 60)
        return SessionText::tr("%n s", nullptr, int(state.secondsLeft));
    // Whole minutes, rounded up: "1 min" until the last minute begins.
    return SessionText::tr("%n min", nullptr, int((state.secondsLeft + 59) / 60));
}

QString sessionAccessibleText(const Session &session, const CountdownState &state)
{
    const TokenRequest r = session.request.trimmed();
    QString left;
    switch (state.phase) {
    case CountdownState::Phase::Unknown:
        left = SessionText::tr("expiry unknown");
        break;
    case CountdownState::Phase::Expired:
        left = SessionText::tr("expired");
        break;
    case CountdownState::Phase::Normal:
    case CountdownState::Phase::Warning:
        left = state.secondsLeft < 60
            ? SessionText::tr("%n second(s) left", nullptr, int(state.secondsLeft))
            : SessionText::tr("%n minute(s) left", nullptr, int((state.secondsLeft + 59) / 60));
        break;
    }
    return SessionText::tr("Tenant %1, store %2, product %3, %4")
        .arg(r.tenantCode, r.storeId, r.productCode, left);
}

} // namespace TokenDesk
