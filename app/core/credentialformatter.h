// Renders a fetched credential for terminals, scripts and config files. One API for the CLI's
// -o and the window's "Copy as…". Pure: the time comes in as a parameter.
#pragma once

#include "securitytoken.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace TokenDesk {

enum class ExportFormat {
    Json,
    Env,
    Fish,
    PowerShell,
    Cmd,
    Dotenv,
    Ossutil,
    Aliyun,
    AliyunProcess, // what an aliyun External profile's process_command prints
};

// Wire names as in interfaces.md: json, env, fish, powershell, cmd, dotenv, ossutil, aliyun,
// aliyun-process.
QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QStringList exportFormatNames();
// A translated name for menus ("PowerShell", "ossutil config section").
QString exportFormatTitle(ExportFormat format);

// Seconds from `now` to the expiry, clamped at 0; nullopt when the expiry is unknown.
std::optional<qint64> secondsUntilExpiry(const SecurityToken &credential, const QDateTime &now);

// Either the text or why the credential cannot be written in the format without changing a
// value (cmd cannot carry '%', no shell can carry NUL…). Never both.
struct FormattedCredential
{
    QString text;  // ends with a newline; empty on failure
    QString error; // one translated sentence naming the format, the value and the character
    bool ok() const { return error.isEmpty(); }
};

// The credential in `format`. `now` feeds expires_in and the expiry comments.
FormattedCredential formatCredential(const TokenResponse &response, ExportFormat format,
                                     const QDateTime &now);

// The response with its expiration moved onto this machine's clock, for readers that compare it
// with their own clock (the SDKs reading aliyun-process or the credentials URI): with the gateway
// `gatewayClockOffset` seconds ahead of us, the credential ends that much earlier by our clock.
TokenResponse onLocalClock(TokenResponse response, qint64 gatewayClockOffset);

// The policy as interfaces.md's json output spells it, lists unwrapped.
QString policyJson(const PolicyDocument &policy, int depth = 0);

// The six variables of the shell formats, by name: the Alibaba Cloud credential chain's and
// ossutil's (interfaces.md). For programs that set them directly (exec).
QList<QPair<QString, QString>> credentialEnvironment(const SecurityToken &credential);

// 'value' for POSIX shells: every character but NUL survives eval.
QString posixShellQuote(const QString &value);

// The region an endpoint names (https://oss-cn-shanghai.aliyuncs.com -> cn-shanghai), or
// cn-hangzhou when it names none.
QString regionFromEndpoint(const QString &endpoint);

} // namespace TokenDesk
