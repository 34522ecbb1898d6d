// proxyFor(): the one part of the settings that needs QtNetwork, in a file of its own so that
// the window, which reads its settings at start-up, does not link QtNetwork for it
// (docs/architecture.md, "The network module").
#include "appsettings.h"

#include <QNetworkProxy>

namespace TokenDesk {

QNetworkProxy proxyFor(const AppSettings &settings, const QString &password)
{
    switch (settings.proxyMode) {
    case AppSettings::ProxyMode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case AppSettings::ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case AppSettings::ProxyMode::Manual:
        break;
    }
    QNetworkProxy proxy(QNetworkProxy::HttpProxy, settings.proxyHost.trimmed(), settings.proxyPort);
    if (!settings.proxyUser.isEmpty()) {
        proxy.setUser(settings.proxyUser);
        proxy.setPassword(password);
    }
    return proxy;
}

} // namespace TokenDesk
