// Watches one credential's expiry and says, once each, when the warning threshold is crossed,
// when it has expired, and when an opt-in auto-refresh is due. Driven by an injectable clock:
// it schedules a single timer for the next event instead of ticking.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace TokenDesk {

class Clock;

class ExpiryWatcher : public QObject
{
    Q_OBJECT

public:
    // The clock is not owned; it must outlive the watcher.
    explicit ExpiryWatcher(const Clock *clock, QObject *parent = nullptr);

    void setWarningThreshold(std::chrono::seconds threshold); // default 5 min
    // Auto-refresh when less than `before` remains; off by default.
    void setAutoRefresh(bool enabled, std::chrono::seconds before = std::chrono::minutes(5));

    // Starts watching a new credential; every signal may fire again for it.
    void watch(const QDateTime &expiry);
    void stop();
    QDateTime expiry() const { return m_expiry; }

    // Compares the clock with the thresholds now and emits what is due (each at most once per
    // credential), then schedules the next check. Tests call it after moving a ManualClock.
    void check();

Q_SIGNALS:
    void warningReached(qint64 secondsLeft);
    void expired();
    void refreshDue(qint64 secondsLeft);

private:
    void scheduleNext(const QDateTime &now);

    const Clock *m_clock;
    std::chrono::seconds m_warning{300};
    bool m_autoRefresh = false;
    std::chrono::seconds m_refreshBefore{300};
    QDateTime m_expiry;
    bool m_warned = false;
    bool m_expiredSent = false;
    bool m_refreshSent = false;
    QTimer m_timer;
};

} // namespace TokenDesk
