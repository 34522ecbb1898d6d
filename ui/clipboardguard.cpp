// ClipboardGuard: marks copies as secret for clipboard managers and clears them after a delay.
#include "clipboardguard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMimeData>

#include <algorithm>
#include <limits>

namespace TokenDesk {

namespace {

// Only ever logs what happened and when; never the copied text, nor its length.
Q_LOGGING_CATEGORY(lcClipboard, "tokendesk.clipboard", QtWarningMsg)

// Null when there is no QGuiApplication (yet, or any more: the guard may outlive it).
QClipboard *systemClipboard()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return nullptr;
    return QGuiApplication::clipboard();
}

} // namespace

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
    // aboutToQuit runs while the event loop and the clipboard still work; the destructor is the
    // fallback for a guard destroyed without a quit (and for quit paths that skip the signal).
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    // No cleared() here: receivers may already be half torn down.
    clearOwned();
}

std::unique_ptr<QMimeData> ClipboardGuard::createMimeData(const QString &text)
{
    auto mime = std::make_unique<QMimeData>();
    mime->setText(text);
    // Only this platform's own markers, as KeePassXC does (src/gui/Clipboard.cpp). On X11 and
    // Wayland every MIME type in here is advertised to every other client as a target, and on
    // Windows and macOS Qt turns each one into a registered clipboard format or pasteboard type:
    // another platform's marker means nothing there, is only noise to every paste target, and
    // the macOS one would be a second flavour for clipboard tools to read.
#if defined(Q_OS_WIN)
    // Registered clipboard formats, "Cloud Clipboard and Clipboard History Formats" on
    // learn.microsoft.com. Qt registers `application/x-qt-windows-mime;value="Name"` as the
    // clipboard format Name and passes the bytes through unchanged. The exclude format takes
    // any data; the two Can... formats take a DWORD, 0 meaning no (little-endian, like Windows).
    const auto windowsFormat = [](const QString &name) {
        return QStringLiteral("application/x-qt-windows-mime;value=\"") + name
            + QStringLiteral("\"");
    };
    const QByteArray dwordZero(4, '\0');
    const QByteArray dwordOne("\x01\x00\x00\x00", 4);
    mime->setData(windowsFormat(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing")),
                  dwordOne);
    mime->setData(windowsFormat(QStringLiteral("CanIncludeInClipboardHistory")), dwordZero);
    mime->setData(windowsFormat(QStringLiteral("CanUploadToCloudClipboard")), dwordZero);
#elif defined(Q_OS_MACOS)
    // The nspasteboard.org convention. Its value is ignored by readers, so unlike KeePassXC this
    // does not store the secret a second time in it.
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"),
                  QByteArrayLiteral("secret"));
#else
    // X11 and Wayland: honoured by Klipper, CopyQ, clipcat, GPaste and others.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#endif
    return mime;
}

void ClipboardGuard::setClearDelay(std::chrono::milliseconds delay)
{
    // QTimer counts in int milliseconds; anything longer (about 24 days) is the same as "later".
    constexpr std::chrono::milliseconds longest{std::numeric_limits<int>::max()};
    m_clearDelay = std::clamp(delay, std::chrono::milliseconds::zero(), longest);
}

std::chrono::milliseconds ClipboardGuard::clearDelay() const
{
    return m_clearDelay;
}

bool ClipboardGuard::ownsClipboard() const
{
    if (!m_guarding)
        return false;
    const QClipboard *clipboard = systemClipboard();
    return clipboard && clipboard->text(QClipboard::Clipboard) == m_copiedText;
}

void ClipboardGuard::copy(const QString &text)
{
    QClipboard *clipboard = systemClipboard();
    if (!clipboard) {
        qCWarning(lcClipboard, "Nothing copied: there is no clipboard without a QGuiApplication");
        return;
    }
    m_timer.stop();
    // The X11/Wayland primary selection is deliberately left alone (KeePassXC sets it too): it
    // is meant for highlighted text, not a Copy button, and a secret there is one stray
    // middle-click away from a chat window or a terminal. Only the clipboard needs guarding.
    clipboard->setMimeData(createMimeData(text).release(), QClipboard::Clipboard);
    // An empty copy has nothing to guard, and comparing against "" would take other apps'
    // non-text contents (an image, files) for ours.
    m_guarding = !text.isEmpty();
    m_copiedText = m_guarding ? text : QString();
    if (m_guarding && m_clearDelay > std::chrono::milliseconds::zero()) {
        m_timer.start(m_clearDelay);
        qCDebug(lcClipboard, "Copied; clears in %lld ms",
                static_cast<long long>(m_clearDelay.count()));
    } else {
        qCDebug(lcClipboard, "Copied; no timed clear");
    }
    Q_EMIT copied();
}

void ClipboardGuard::clearNow()
{
    if (clearOwned())
        Q_EMIT cleared();
}

bool ClipboardGuard::clearOwned()
{
    m_timer.stop();
    if (!m_guarding)
        return false;
    const bool owned = ownsClipboard();
    m_guarding = false;
    m_copiedText.clear();
    if (!owned) {
        qCDebug(lcClipboard, "Clipboard replaced since the copy; left as it is");
        return false;
    }
    if (QClipboard *clipboard = systemClipboard())
        clipboard->clear(QClipboard::Clipboard);
    qCDebug(lcClipboard, "Clipboard cleared");
    return true;
}

} // namespace TokenDesk
