// The window's preferences in QSettings, their bounds, and the pure functions that apply them.
#include "appsettings.h"

#include <QCoreApplication>

#include <algorithm>

namespace TokenDesk {

namespace {

QString key(const char *field)
{
    return QLatin1String("settings/") + QLatin1String(field);
}

// An int setting: the default when missing or not a number, else clamped to [low, high].
int readInt(QSettings &settings, const char *field, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key(field)).toInt(&ok);
    return ok ? std::clamp(value, low, high) : fallback;
}

bool readBool(QSettings &settings, const char *field, bool fallback)
{
    const QVariant value = settings.value(key(field));
    return value.isValid() ? value.toBool() : fallback;
}

constexpr struct
{
    AppSettings::ProxyMode mode;
    const char *name;
} ProxyModeNames[] = {
    {AppSettings::ProxyMode::System, "system"},
    {AppSettings::ProxyMode::None, "none"},
    {AppSettings::ProxyMode::Manual, "manual"},
};

QString proxyModeName(AppSettings::ProxyMode mode)
{
    for (const auto &entry : ProxyModeNames) {
        if (entry.mode == mode)
            return QLatin1String(entry.name);
    }
    return {};
}

AppSettings::ProxyMode proxyModeFromName(const QString &name)
{
    for (const auto &entry : ProxyModeNames) {
        if (name == QLatin1String(entry.name))
            return entry.mode;
    }
    return AppSettings::ProxyMode::System;
}

bool isKnownLanguage(const QString &language)
{
    return language.isEmpty() || language == QLatin1String("en")
        || language == QLatin1String("zh_CN");
}

} // namespace

AppSettings AppSettings::load(QSettings &settings)
{
    AppSettings s;
    s.clipboardClearSeconds = readInt(settings, "clipboard_clear_seconds", s.clipboardClearSeconds,
                                      0, MaxClipboardClearSeconds);
    s.warningMinutes = readInt(settings, "warning_minutes", s.warningMinutes, MinWarningMinutes,
                               MaxWarningMinutes);
    s.notifications = readBool(settings, "notifications", s.notifications);
    s.autoRefresh = readBool(settings, "auto_refresh", s.autoRefresh);
    s.autoRefreshMinutes = readInt(settings, "auto_refresh_minutes", s.autoRefreshMinutes,
                                   MinAutoRefreshMinutes, MaxAutoRefreshMinutes);
    s.proxyMode = proxyModeFromName(settings.value(key("proxy_mode")).toString());
    s.proxyHost = settings.value(key("proxy_host")).toString().trimmed();
    s.proxyPort = static_cast<quint16>(readInt(settings, "proxy_port", 0, 0, 65535));
    s.proxyUser = settings.value(key("proxy_user")).toString();
    s.requestTimeoutSeconds = readInt(settings, "request_timeout_seconds", s.requestTimeoutSeconds,
                                      MinRequestTimeoutSeconds, MaxRequestTimeoutSeconds);
    const QString language = settings.value(key("language")).toString();
    s.language = isKnownLanguage(language) ? language : QString();
    return s;
}

QString AppSettings::save(QSettings &settings) const
{
    settings.setValue(key("clipboard_clear_seconds"), clipboardClearSeconds);
    settings.setValue(key("warning_minutes"), warningMinutes);
    settings.setValue(key("notifications"), notifications);
    settings.setValue(key("auto_refresh"), autoRefresh);
    settings.setValue(key("auto_refresh_minutes"), autoRefreshMinutes);
    settings.setValue(key("proxy_mode"), proxyModeName(proxyMode));
    // Kept when another mode is chosen, so switching back finds them again.
    settings.setValue(key("proxy_host"), proxyHost);
    settings.setValue(key("proxy_port"), proxyPort);
    settings.setValue(key("proxy_user"), proxyUser);
    settings.setValue(key("request_timeout_seconds"), requestTimeoutSeconds);
    settings.setValue(key("language"), language);
    return settingsWriteProblem(settings);
}

QString settingsWriteProblem(QSettings &settings)
{
    // The "Profile" context: profiles were the first to report this, and keep their translations.
    settings.sync();
    switch (settings.status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return QCoreApplication::translate("Profile", "Cannot write %1: permission denied.")
            .arg(settings.fileName());
    case QSettings::FormatError:
        return QCoreApplication::translate("Profile",
                                           "Cannot read %1: it is not a valid settings "
                                           "file.")
            .arg(settings.fileName());
    }
    return {};
}

QStringList AppSettings::validate() const
{
    QStringList problems;
    if (clipboardClearSeconds < 0 || clipboardClearSeconds > MaxClipboardClearSeconds) {
        problems << QCoreApplication::translate(
                        "AppSettings", "The clipboard clear delay must be 0 (never) to %1 seconds.")
                        .arg(MaxClipboardClearSeconds);
    }
    if (warningMinutes < MinWarningMinutes || warningMinutes > MaxWarningMinutes) {
        problems << QCoreApplication::translate("AppSettings",
                                                "The warning threshold must be %1 to %2 minutes.")
                        .arg(MinWarningMinutes)
                        .arg(MaxWarningMinutes);
    }
    if (autoRefresh
        && (autoRefreshMinutes < MinAutoRefreshMinutes
            || autoRefreshMinutes > MaxAutoRefreshMinutes)) {
        problems << QCoreApplication::translate(
                        "AppSettings", "Auto-refresh must start %1 to %2 minutes before expiry.")
                        .arg(MinAutoRefreshMinutes)
                        .arg(MaxAutoRefreshMinutes);
    }
    if (proxyMode == ProxyMode::Manual) {
        const QString host = proxyHost.trimmed();
        if (host.isEmpty()) {
            problems << QCoreApplication::translate("AppSettings", "A manual proxy needs a host.");
        } else if (host.contains(QLatin1String("://")) || host.contains(QLatin1Char('/'))) {
            problems << QCoreApplication::translate(
                "AppSettings", "Enter the proxy host name only, without http:// or a path.");
        } else if (std::any_of(host.cbegin(), host.cend(), [](QChar c) { return c.isSpace(); })) {
            problems << QCoreApplication::translate("AppSettings",
                                                    "The proxy host cannot contain spaces.");
        }
        if (proxyPort == 0)
            problems << QCoreApplication::translate("AppSettings",
                                                    "A manual proxy needs a port from 1 to 65535.");
        // HTTP Basic authentication joins user and password with ':'.
        if (proxyUser.contains(QLatin1Char(':')))
            problems << QCoreApplication::translate("AppSettings",
                                                    "The proxy user name cannot contain ':'.");
    }
    if (requestTimeoutSeconds < MinRequestTimeoutSeconds
        || requestTimeoutSeconds > MaxRequestTimeoutSeconds) {
        problems << QCoreApplication::translate("AppSettings",
                                                "The request timeout must be %1 to %2 seconds.")
                        .arg(MinRequestTimeoutSeconds)
                        .arg(MaxRequestTimeoutSeconds);
    }
    if (!isKnownLanguage(language))
        problems
            << QCoreApplication::translate("AppSettings", "Unknown language \"%1\".").arg(language);
    return problems;
}

bool operator==(const AppSettings &a, const AppSettings &b)
{
    return a.clipboardClearSeconds == b.clipboardClearSeconds
        && a.warningMinutes == b.warningMinutes && a.notifications == b.notifications
        && a.autoRefresh == b.autoRefresh && a.autoRefreshMinutes == b.autoRefreshMinutes
        && a.proxyMode == b.proxyMode && a.proxyHost == b.proxyHost && a.proxyPort == b.proxyPort
        && a.proxyUser == b.proxyUser && a.requestTimeoutSeconds == b.requestTimeoutSeconds
        && a.language == b.language;
}

QString proxyPasswordKey()
{
    return QStringLiteral("proxy:password");
}

QString languageToLoad(const AppSettings &settings, const QLocale &system)
{
    if (settings.language == QLatin1String("en") || settings.language == QLatin1String("zh_CN"))
        return settings.language;
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

std::optional<QDateTime> autoRefreshTime(const AppSettings &settings, const QDateTime &issued,
                                         const QDateTime &expiry)
{
    if (!settings.autoRefresh || !issued.isValid() || !expiry.isValid())
        return std::nullopt;
    const qint64 lead = qint64(settings.autoRefreshMinutes) * 60;
    if (issued.secsTo(expiry) <= lead)
        return std::nullopt;
    return expiry.addSecs(-lead);
}

} // namespace TokenDesk
