// Countdown arithmetic.
#include "countdown.h"

namespace TokenDesk {

QString formatSecondsLeft(qint64 seconds)
{
    const qint64 s = qMax<qint64>(0, seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

CountdownState countdownAt(const QDateTime &issued, const QDateTime &expiry, const QDateTime &now,
                           std::chrono::seconds warning)
{
    CountdownState state;
    if (!expiry.isValid() || !now.isValid()) {
        state.text = QStringLiteral("\u2013");
        return state;
    }
    // Milliseconds, rounded up: a credential with 0.4 s left is not yet expired.
    const qint64 msLeft = now.msecsTo(expiry);
    state.secondsLeft = msLeft <= 0 ? 0 : (msLeft + 999) / 1000;
    const qint64 lifetimeMs = issued.isValid() ? issued.msecsTo(expiry) : 0;
    state.fractionLeft = lifetimeMs > 0 ? qBound(0.0, double(msLeft) / double(lifetimeMs), 1.0)
                                        : (msLeft > 0 ? 1.0 : 0.0);
    state.text = formatSecondsLeft(state.secondsLeft);
    if (msLeft <= 0)
        state.phase = CountdownState::Phase::Expired;
    else if (state.secondsLeft <= warning.count())
        state.phase = CountdownState::Phase::Warning;
    else
        state.phase = CountdownState::Phase::Normal;
    return state;
}

} // namespace TokenDesk
