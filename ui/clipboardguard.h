// ClipboardGuard: every copy in the window goes through it, marked secret and cleared after a delay.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

QT_BEGIN_NAMESPACE
    class QMimeData;
QT_END_NAMESPACE

namespace TokenDesk {

// Puts text on the system clipboard marked as sensitive (so clipboard managers and the Windows
// clipboard history skip it) and takes it off again after clearDelay(), on quit and on
// destruction, but only while the clipboard still holds exactly what this guard put there: what
// the user copied from elsewhere in the meantime is never touched.
//
// Needs a QGuiApplication. Clearing needs the process to be running (see docs/clipboard.md for
// what is left behind when it is killed).
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultClearDelay{std::chrono::seconds(30)};

    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // The text plus this platform's "do not record" markers; what copy() puts on the clipboard.
    static std::unique_ptr<QMimeData> createMimeData(const QString &text);

    // Zero means never clear on a timer (quit and destruction still clear). Negative counts as
    // zero. Takes effect from the next copy(); a countdown already running keeps its deadline.
    void setClearDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds clearDelay() const;

    // True while the clipboard still holds the text of the last copy() that has not been cleared.
    bool ownsClipboard() const;

public Q_SLOTS:
    // Replaces the clipboard (never the X11/Wayland primary selection) and restarts the
    // countdown, so only the latest copy is guarded. Empty text is copied but not guarded.
    void copy(const QString &text);

    // Clears now, under the same rule as the timer: only what this guard put there, and only if
    // nobody replaced it since. Does nothing (and emits nothing) otherwise.
    void clearNow();

Q_SIGNALS:
    void copied();
    // The guarded text was removed from the clipboard. Not emitted when someone else had
    // already replaced it: then there was nothing of ours left to remove.
    void cleared();

private:
    bool clearOwned();

    QTimer m_timer;
    std::chrono::milliseconds m_clearDelay = defaultClearDelay;
    QString m_copiedText;
    bool m_guarding = false;
};

} // namespace TokenDesk
