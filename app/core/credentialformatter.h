// Renders a fetched credential for terminals, scripts and config files. One API for the CLI's
// -o and the window's "Copy as…". Pure: the time comes in as a parameter.
#pragma once

#include "securitytoken.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace TokenDesk {

enum class ExportFormat { Json, Env, Fish, PowerShell, Cmd, Dotenv };

// Wire names as in interfaces.md: json, env, fish, powershell, cmd, dotenv.
QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QStringList exportFormatNames();

// False for the formats that a later release adds; callers say "not yet supported".
bool isExportFormatSupported(ExportFormat format);

// Seconds from `now` to the expiry, clamped at 0; nullopt when the expiry is unknown.
std::optional<qint64> secondsUntilExpiry(const SecurityToken &credential, const QDateTime &now);

// The credential in `format`, ending with a newline. `now` feeds expires_in and comments.
QString formatCredential(const TokenResponse &response, ExportFormat format, const QDateTime &now);

// The policy as interfaces.md's json output spells it, lists unwrapped.
QString policyJson(const PolicyDocument &policy, int depth = 0);

// 'value' for POSIX shells: every byte but NUL survives eval.
QString posixShellQuote(const QString &value);

} // namespace TokenDesk
