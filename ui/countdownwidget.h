// Time left on the credential: h:mm:ss plus a bar of the lifetime left, with warning and
// expired states. Ticks at 1 Hz only while visible; hidden, it wakes nothing.
#pragma once

#include "countdown.h"
#include "statuscolours.h" // attentionColour(), shared with the session list

#include <QBasicTimer>
#include <QColor>
#include <QDateTime>
#include <QWidget>

#include <chrono>
#include <memory>

namespace Ui {
class CountdownWidget;
}

namespace TokenDesk {

class Clock;

class CountdownWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CountdownWidget(QWidget *parent = nullptr);
    ~CountdownWidget() override;

    // The clock is not owned; default SystemClock::instance().
    void setClock(const Clock *clock);
    void setWarningThreshold(std::chrono::seconds threshold); // default 5 min

    // Starts counting down to `expiry` from `issued`; an invalid expiry shows "unknown".
    void setDeadline(const QDateTime &issued, const QDateTime &expiry);
    void clear(); // nothing to count

    CountdownState state() const { return m_state; }

    // Re-reads the clock now (the 1 Hz timer calls it; tests call it after moving a ManualClock).
    void refresh();

    // True while the 1 Hz timer runs: only while shown, with a deadline not yet passed.
    bool isTicking() const { return m_timer.isActive(); }

Q_SIGNALS:
    void phaseChanged(TokenDesk::CountdownState::Phase phase);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void timerEvent(QTimerEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTimer();
    void render();
    void pinTimeLabelSize(); // keeps a tick from relaying out (and repainting) the whole window

    const std::unique_ptr<Ui::CountdownWidget> m_ui;
    const Clock *m_clock;
    std::chrono::seconds m_warning{300};
    QDateTime m_issued;
    QDateTime m_expiry;
    CountdownState m_state;
    QBasicTimer m_timer;
    bool m_onScreen = false;    // between showEvent and hideEvent (minimising sends hideEvent too)
    bool m_hasDeadline = false; // setDeadline() called since the last clear()
    QColor m_attentionColour;   // applied to the children; invalid: their palette is inherited
};

} // namespace TokenDesk
