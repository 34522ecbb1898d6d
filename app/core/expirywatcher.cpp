// Expiry notifications and auto-refresh timing.
#include "expirywatcher.h"

#include "clock.h"

namespace TokenDesk {

ExpiryWatcher::ExpiryWatcher(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : SystemClock::instance())
{
    m_timer.setSingleShot(true);
    // A coarse timer is enough for minute-scale thresholds and lets the system batch wake-ups.
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ExpiryWatcher::check);
}

void ExpiryWatcher::setWarningThreshold(std::chrono::seconds threshold)
{
    m_warning = threshold;
    if (m_expiry.isValid())
        check();
}

void ExpiryWatcher::setAutoRefresh(bool enabled, std::chrono::seconds before)
{
    m_autoRefresh = enabled;
    m_refreshBefore = before;
    if (m_expiry.isValid())
        check();
}

void ExpiryWatcher::watch(const QDateTime &expiry)
{
    m_expiry = expiry;
    m_warned = m_expiredSent = m_refreshSent = false;
    if (!expiry.isValid()) {
        m_timer.stop();
        return;
    }
    // A credential that arrives already inside the warning window needs no warning: the
    // operator is looking at it. It still gets the expiry notice.
    const qint64 left = m_clock->now().secsTo(expiry);
    if (left <= m_warning.count())
        m_warned = true;
    // Nor an immediate refresh: a lifetime shorter than the refresh window would otherwise
    // fetch again and again.
    if (left <= m_refreshBefore.count())
        m_refreshSent = true;
    check();
}

void ExpiryWatcher::stop()
{
    m_expiry = QDateTime();
    m_timer.stop();
}

void ExpiryWatcher::check()
{
    if (!m_expiry.isValid())
        return;
    const QDateTime now = m_clock->now();
    const qint64 msLeft = now.msecsTo(m_expiry);
    const qint64 secondsLeft = msLeft <= 0 ? 0 : (msLeft + 999) / 1000;
    if (msLeft <= 0) {
        if (!m_expiredSent) {
            m_expiredSent = true;
            m_warned = true;
            Q_EMIT expired();
        }
        m_timer.stop();
        return;
    }
    if (m_autoRefresh && !m_refreshSent && secondsLeft <= m_refreshBefore.count()) {
        m_refreshSent = true;
        Q_EMIT refreshDue(secondsLeft);
    }
    if (!m_warned && secondsLeft <= m_warning.count()) {
        m_warned = true;
        Q_EMIT warningReached(secondsLeft);
    }
    scheduleNext(now);
}

void ExpiryWatcher::scheduleNext(const QDateTime &now)
{
    qint64 nextMs = now.msecsTo(m_expiry); // expiry itself
    const auto consider = [&](bool pending, std::chrono::seconds before) {
        const qint64 at = now.msecsTo(m_expiry) - before.count() * 1000;
        if (pending && at > 0)
            nextMs = qMin(nextMs, at);
    };
    consider(!m_warned, m_warning);
    consider(m_autoRefresh && !m_refreshSent, m_refreshBefore);
    // Re-check at least hourly, so a clock that jumps (suspend, NTP) is noticed.
    nextMs = qBound(qint64(0), nextMs, qint64(3600) * 1000);
    m_timer.start(std::chrono::milliseconds(nextMs + 50));
}

} // namespace TokenDesk
