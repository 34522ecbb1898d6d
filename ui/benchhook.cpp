// The startup probe: the first Expose of the window, after its first frame.
#include "benchhook.h"

#include <QEvent>
#include <QWidget>
#include <QWindow>

#include <cstdio>
#include <cstdlib>

namespace TokenDesk {

namespace {

class ExposeProbe : public QObject
{
public:
    ExposeProbe(QObject *parent, bool exitWhenShown)
        : QObject(parent)
        , m_exitWhenShown(exitWhenShown)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Expose || m_reported)
            return false;
        auto *window = static_cast<QWindow *>(watched);
        // Let the window handle the expose first: QWidgetWindow paints and flushes the first
        // frame synchronously while handling it, and that frame is what "shown" should include.
        // Returning true below keeps it from being delivered twice.
        watched->event(event);
        if (window->isExposed()) {
            m_reported = true;
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            // For valgrind: the count ends at the first frame, without the teardown.
            if (m_exitWhenShown)
                std::_Exit(0);
            deleteLater();
        }
        return true;
    }

private:
    const bool m_exitWhenShown;
    bool m_reported = false;
};

} // namespace

void installStartupProbe(QWidget *window)
{
    const int probe = qEnvironmentVariableIntValue("TOKENDESK_BENCH_PROBE");
    if (!window || (probe != 1 && probe != 2))
        return;
    // show() has created the native window; create it here if the caller has not shown it yet.
    QWindow *handle = window->windowHandle();
    if (!handle) {
        window->winId();
        handle = window->windowHandle();
    }
    if (handle)
        handle->installEventFilter(new ExposeProbe(handle, probe == 2));
}

} // namespace TokenDesk
