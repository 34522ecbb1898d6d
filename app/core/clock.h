// An injectable source of "now", so countdowns and expiry logic are tested by moving time by
// hand instead of sleeping.
#pragma once

#include <QDateTime>

namespace TokenDesk {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    static SystemClock *instance()
    {
        static SystemClock clock;
        return &clock;
    }
};

// For tests: time stands still until advanced.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_now(std::move(start))
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace TokenDesk
