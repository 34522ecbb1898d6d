// Expiry arithmetic for the countdown: pure, with the time passed in.
#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>

namespace TokenDesk {

struct CountdownState
{
    enum class Phase { Normal, Warning, Expired, Unknown };

    Phase phase = Phase::Unknown;
    qint64 secondsLeft = 0;    // clamped at 0
    double fractionLeft = 0.0; // of the lifetime from `issued` to `expiry`, 0..1
    QString text;              // "h:mm:ss" ("0:00:00" once expired; "–" when unknown)
};

// `issued` is when the credential arrived, `expiry` when it stops working; `warning` is the
// threshold under which the phase is Warning. An invalid expiry gives Phase::Unknown.
CountdownState countdownAt(const QDateTime &issued, const QDateTime &expiry, const QDateTime &now,
                           std::chrono::seconds warning = std::chrono::minutes(5));

// "h:mm:ss" for a number of seconds (negative treated as 0). Hours are not capped.
QString formatSecondsLeft(qint64 seconds);

} // namespace TokenDesk
