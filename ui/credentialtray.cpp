// The tray icon and its menu.
#include "credentialtray.h"

#include "clock.h"
#include "countdown.h"

#include <QApplication>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>

namespace TokenDesk {

CredentialTray::CredentialTray(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : SystemClock::instance())
{
    // The tooltip only says minutes, so a coarse once-a-minute update is all it needs; it
    // runs only while there is a credential to count down.
    m_tooltipTimer.setInterval(std::chrono::minutes(1));
    m_tooltipTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_tooltipTimer, &QTimer::timeout, this, &CredentialTray::updateToolTip);

    m_menu = new QMenu;
    connect(m_menu, &QMenu::aboutToShow, this, &CredentialTray::menuAboutToShow);
    QAction *refetch = m_menu->addAction(tr("&Get token again"));
    connect(refetch, &QAction::triggered, this, &CredentialTray::refetchRequested);
    m_menu->addSeparator();
    QAction *copyId = m_menu->addAction(tr("Copy access key &ID"));
    connect(copyId, &QAction::triggered, this, &CredentialTray::copyIdRequested);
    QAction *copySecret = m_menu->addAction(tr("Copy access key &secret"));
    connect(copySecret, &QAction::triggered, this, &CredentialTray::copySecretRequested);
    QAction *copyToken = m_menu->addAction(tr("Copy security &token"));
    connect(copyToken, &QAction::triggered, this, &CredentialTray::copyTokenRequested);
    m_serveAction = m_menu->addAction(tr("Ser&ve to local tools"));
    m_serveAction->setCheckable(true);
    connect(m_serveAction, &QAction::triggered, this, &CredentialTray::serveToggled);
    m_credentialActions = {copyId, copySecret, copyToken, m_serveAction};
    m_sessionsSeparator = m_menu->addSeparator();
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Show &window")), &QAction::triggered, this,
            &CredentialTray::showWindowRequested);
    connect(m_menu->addAction(tr("&Quit")), &QAction::triggered, this,
            &CredentialTray::quitRequested);
    setExpiry({}); // no credential yet: nothing to copy
}

void CredentialTray::showIcon()
{
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(QStyle::SP_DialogOkButton);
    m_tray->setIcon(icon);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT showWindowRequested();
            });
    updateToolTip();
    m_tray->show();
}

CredentialTray::~CredentialTray()
{
    delete m_menu;
}

bool CredentialTray::isAvailable() const
{
    return m_tray != nullptr;
}

void CredentialTray::setExpiry(const QDateTime &expiry)
{
    m_expiry = expiry;
    for (QAction *action : std::as_const(m_credentialActions))
        action->setEnabled(expiry.isValid());
    if (expiry.isValid())
        m_tooltipTimer.start();
    else
        m_tooltipTimer.stop();
    updateToolTip();
}

void CredentialTray::setSessions(const QList<SessionEntry> &sessions)
{
    // Each entry is a submenu's own action: deleting the submenu removes and deletes it.
    for (QAction *action : std::as_const(m_sessionActions))
        delete action->menu();
    m_sessionActions.clear();
    const QList<QAction *> all = m_menu->actions();
    const qsizetype at = all.indexOf(m_sessionsSeparator);
    QAction *before = at >= 0 && at + 1 < all.size() ? all.at(at + 1) : nullptr;
    for (const SessionEntry &entry : sessions) {
        // A child of the tray menu, so it goes with it.
        auto *submenu = new QMenu(tr("%1 (%2)").arg(entry.title, entry.timeLeft), m_menu);
        const quint64 id = entry.id;
        connect(submenu->addAction(tr("Copy access key ID")), &QAction::triggered, this,
                [this, id] { Q_EMIT sessionCopyRequested(id, 0); });
        connect(submenu->addAction(tr("Copy access key secret")), &QAction::triggered, this,
                [this, id] { Q_EMIT sessionCopyRequested(id, 1); });
        connect(submenu->addAction(tr("Copy security token")), &QAction::triggered, this,
                [this, id] { Q_EMIT sessionCopyRequested(id, 2); });
        connect(submenu->addAction(tr("Refresh")), &QAction::triggered, this,
                [this, id] { Q_EMIT sessionRefreshRequested(id); });
        QAction *action = submenu->menuAction();
        m_menu->insertAction(before, action);
        m_sessionActions.append(action);
    }
}

void CredentialTray::setServing(bool serving)
{
    if (m_serveAction)
        m_serveAction->setChecked(serving);
}

bool CredentialTray::notify(const QString &title, const QString &message, bool critical)
{
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return false;
    m_tray->showMessage(title, message,
                        critical ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    return true;
}

QString CredentialTray::toolTip() const
{
    if (!m_expiry.isValid())
        return tr("TokenDesk: no credential");
    const qint64 left = m_clock->now().secsTo(m_expiry);
    if (left <= 0)
        return tr("TokenDesk: the credential has expired");
    return tr("TokenDesk: credential expires at %1 (%2 min left)")
        .arg(QLocale().toString(m_expiry.toLocalTime().time(), QLocale::ShortFormat))
        .arg((left + 59) / 60);
}

void CredentialTray::updateToolTip()
{
    if (m_tray)
        m_tray->setToolTip(toolTip());
    if (m_expiry.isValid() && m_clock->now() >= m_expiry)
        m_tooltipTimer.stop();
}

} // namespace TokenDesk
