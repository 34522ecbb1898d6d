// One AppSettings value with every field away from its default, for round-trip tests.
#pragma once

#include "appsettings.h"

namespace TestSupport {

inline TokenDesk::AppSettings everythingChanged()
{
    TokenDesk::AppSettings s;
    s.clipboardClearSeconds = 0;
    s.warningMinutes = 12;
    s.notifications = false;
    s.autoRefresh = true;
    s.autoRefreshMinutes = 9;
    s.proxyMode = TokenDesk::AppSettings::ProxyMode::Manual;
    s.proxyHost = QStringLiteral("proxy.example.com");
    s.proxyPort = 3128;
    s.proxyUser = QStringLiteral("alice");
    s.requestTimeoutSeconds = 42;
    s.language = QStringLiteral("zh_CN");
    return s;
}

} // namespace TestSupport
