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

namespace {

// The time left in words: short for a row ("52 min"), whole for a screen reader ("52 minutes
// left"). Minutes above one minute, rounded up: "1 min" until the last minute begins.
QString timeLeftWords(const CountdownState &state, bool spoken)
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
    const int seconds = int(state.secondsLeft);
    const int minutes = int((state.secondsLeft + 59) / 60);
    if (state.secondsLeft < 60)
        return spoken ? SessionText::tr("%n second(s) left", nullptr, seconds)
                      : SessionText::tr("%n s", nullptr, seconds);
    return spoken ? SessionText::tr("%n minute(s) left", nullptr, minutes)
                  : SessionText::tr("%n min", nullptr, minutes);
}

} // namespace

QString sessionTimeLeftText(const CountdownState &state)
{
    return timeLeftWords(state, false);
}

QString sessionAccessibleText(const Session &session, const CountdownState &state)
{
    const TokenRequest r = session.request.trimmed();
    return SessionText::tr("Tenant %1, store %2, product %3, %4")
        .arg(r.tenantCode, r.storeId, r.productCode, timeLeftWords(state, true));
}

} // namespace TokenDesk
