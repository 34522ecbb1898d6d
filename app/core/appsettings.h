// The window's preferences (Settings…): clipboard, expiry warning, notifications, auto-refresh,
// proxy, request timeout and language. Never a secret: the proxy password is in the keychain.
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QNetworkProxy>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace TokenDesk {

// Syncs `settings` to its file and says why that failed (translated), or an empty string.
QString settingsWriteProblem(QSettings &settings);

struct AppSettings
{
    enum class ProxyMode { System, None, Manual };

    // Bounds the dialog's spin boxes use and validate() checks.
    static constexpr int MaxClipboardClearSeconds = 600;
    static constexpr int MinWarningMinutes = 1, MaxWarningMinutes = 60;
    static constexpr int MinAutoRefreshMinutes = 1, MaxAutoRefreshMinutes = 60;
    static constexpr int MinRequestTimeoutSeconds = 1, MaxRequestTimeoutSeconds = 120;

    int clipboardClearSeconds = 30; // 0 = never clear on a timer
    int warningMinutes = 5;         // the countdown warns when less than this is left
    bool notifications = true;      // once at the warning threshold and once at expiry
    bool autoRefresh = false;       // opt-in: fetch again when autoRefreshMinutes are left
    int autoRefreshMinutes = 5;
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;     // Manual only
    quint16 proxyPort = 0; // Manual only
    QString proxyUser;     // Manual only; its password is a secret, see proxyPasswordKey()
    int requestTimeoutSeconds = 15;
    QString language; // "" = follow the system, "en", "zh_CN"

    // Reads the "settings/" group. Missing or unreadable values get the defaults; values out of
    // range (a hand-edited file) are clamped to the bounds above; an unknown language or proxy
    // mode counts as "system".
    static AppSettings load(QSettings &settings);
    // Writes the "settings/" group and syncs. Never writes a password. Returns why the file
    // could not be written (translated), or an empty string when it was.
    QString save(QSettings &settings) const;
    // Problems, translated; empty means usable.
    QStringList validate() const;

    std::chrono::milliseconds clipboardClearDelay() const
    {
        return std::chrono::seconds(clipboardClearSeconds);
    }
    std::chrono::milliseconds requestTimeout() const
    {
        return std::chrono::seconds(requestTimeoutSeconds);
    }

    friend bool operator==(const AppSettings &a, const AppSettings &b);
    friend bool operator!=(const AppSettings &a, const AppSettings &b) { return !(a == b); }
};

// The SecretStore key of the manual proxy's password. Deliberately not a valid profile name
// (see profileNameProblem()), so it can never be taken for, or overwrite, a profile's app secret.
QString proxyPasswordKey();

// The proxy to give the window's QNetworkAccessManager. Pure: the caller applies it, as
//     QNetworkProxyFactory::setUseSystemConfiguration(s.proxyMode ==
//     AppSettings::ProxyMode::System); network->setProxy(proxyFor(s, password));
//     network->clearConnectionCache(); // connections made through the old proxy are not reused
// System gives QNetworkProxy::DefaultProxy (the application proxy, which the factory call above
// turns into the system's); None gives NoProxy; Manual an HttpProxy with host, port, user and
// `password` (read from the SecretStore under proxyPasswordKey(); empty when none is stored).
QNetworkProxy proxyFor(const AppSettings &settings, const QString &password);

// Which translation to load at start-up: "zh_CN" or "en". An explicit choice wins; otherwise
// any Chinese system locale gives "zh_CN" and everything else "en". Pure.
QString languageToLoad(const AppSettings &settings, const QLocale &system);

// When to fetch a new credential automatically, or nothing: auto-refresh is off, a time is
// invalid, or the credential's whole lifetime (issued → expiry) is not longer than the
// auto-refresh lead, where refreshing would fetch again at once, in a loop.
std::optional<QDateTime> autoRefreshTime(const AppSettings &settings, const QDateTime &issued,
                                         const QDateTime &expiry);

} // namespace TokenDesk
