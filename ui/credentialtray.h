// The tray icon, when the desktop has a tray: the time left in its tooltip, a menu to fetch
// again, copy a value (through the ClipboardGuard via the panel), show the window or quit, and
// the expiry notifications.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace TokenDesk {

class Clock;

class CredentialTray : public QObject
{
    Q_OBJECT

public:
    // `clock` is not owned.
    explicit CredentialTray(const Clock *clock, QObject *parent = nullptr);
    ~CredentialTray() override;

    // Puts the icon in the desktop's tray, if it has one; until then, and where it has none,
    // there is only the menu and notify() returns false. Separate from the constructor because
    // asking whether there is a tray takes round trips to the session bus and the X server
    // (~1-2 ms), which the window makes after its first frame, not before it.
    void showIcon();
    // Whether the icon is in a tray: false before showIcon() and where the desktop has none.
    bool isAvailable() const;

    void setExpiry(const QDateTime &expiry); // invalid: no credential
    // Whether "Serve to local tools" is on; its menu entry follows without emitting.
    void setServing(bool serving);

    // The live sessions, each an entry with Copy and Refresh (rebuilt before the menu opens).
    struct SessionEntry
    {
        quint64 id = 0;
        QString title;    // "t-1 / poi-9 / oss"
        QString timeLeft; // "52 min"
    };
    void setSessions(const QList<SessionEntry> &sessions);
    // The menu, built even where there is no tray (tests read it).
    QMenu *menu() const { return m_menu; }
    // Shows a desktop notification; false when there is no tray to show it with.
    bool notify(const QString &title, const QString &message, bool critical = false);

    QString toolTip() const; // what the tooltip says now (tests)

Q_SIGNALS:
    void refetchRequested();
    void copyIdRequested();
    void copySecretRequested();
    void copyTokenRequested();
    void serveToggled(bool on); // "Serve to local tools" in the menu
    void sessionRefreshRequested(quint64 id);
    void sessionCopyRequested(quint64 id, int part); // a CredentialPanel::Part
    void menuAboutToShow();
    void showWindowRequested();
    void quitRequested();

private:
    void updateToolTip();

    const Clock *m_clock;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QList<QAction *> m_credentialActions;
    QAction *m_serveAction = nullptr;
    QAction *m_sessionsSeparator = nullptr; // the session entries go right after it
    QList<QAction *> m_sessionActions;
    QDateTime m_expiry;
    QTimer m_tooltipTimer;
};

} // namespace TokenDesk
