// The one platform-specific question about keychains: is there a service to talk to at all?
#include "keychainsecretstore.h"

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QStringList>
#endif

namespace TokenDesk {

bool keychainServiceReachable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // With no session bus, QtKeychain fails with OtherError, the same code as many other
    // failures; asking the bus directly tells the cases apart without reading message text.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && qEnvironmentVariableIsEmpty("DISPLAY"))
        return false; // nothing to connect to, and no X11 to autolaunch one with
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusConnectionInterface *busInterface = bus.interface();
    if (!busInterface)
        return false;
    const QStringList services = {QStringLiteral("org.freedesktop.secrets"),
                                  QStringLiteral("org.kde.kwalletd6"),
                                  QStringLiteral("org.kde.kwalletd5")};
    for (const QString &service : services) {
        if (busInterface->isServiceRegistered(service))
            return true;
    }
    const QDBusReply<QStringList> activatable = busInterface->activatableServiceNames();
    if (activatable.isValid()) {
        for (const QString &service : services) {
            if (activatable.value().contains(service))
                return true;
        }
    }
    return false;
#else
    return true;
#endif
}

} // namespace TokenDesk
