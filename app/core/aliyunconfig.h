// An aliyun CLI External profile in ~/.aliyun/config.json, whose process_command runs
// `tokendesk-cli fetch ... -o aliyun-process`: written by `configure-aliyun` and by the window's
// Copy as menu. The profile holds a command, never a credential or the app secret.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace TokenDesk {

struct RequestOptions;

// The words of a `tokendesk-cli fetch ... -o aliyun-process` command for `options`: --profile
// when there is one (then only the connection options that were given on top of it), else the
// whole connection; the five request fields, --token and a non-default --timeout. Never
// --request-id (each run needs a fresh one) and never the app secret: the command finds it as
// fetch does, in the profile's keychain entry or in TOKENDESK_APP_SECRET.
QStringList aliyunProcessCommand(const QString &program, const RequestOptions &options);

struct AliyunExternalProfile
{
    QString name;
    QStringList command; // program and arguments, joined with POSIX quoting when written
    QString regionId;    // empty: keep the profile's old one, else cn-hangzhou
};

// `command` as one line that POSIX shlex (which the SDKs split process_command with) and sh
// both split back into the same words: every word in single quotes.
QString shellJoin(const QStringList &command);

// The new text of config.json with `profile` added, or replacing the profile of that name.
// `existing` is the current text (empty when there is no file). Every other profile and key is
// kept. A text that is not a JSON object with a "profiles" array gets an error, never a rewrite.
struct AliyunConfigEdit
{
    QByteArray text;
    QString error; // translated, one sentence; empty on success
    bool ok() const { return error.isEmpty(); }
};
AliyunConfigEdit upsertExternalProfile(const QByteArray &existing,
                                       const AliyunExternalProfile &profile);

// $HOME/.aliyun/config.json, where the aliyun CLI and the credentials SDKs look.
QString defaultAliyunConfigPath();

// Reads `path`, adds the profile and writes it back atomically (QSaveFile) at mode 0600, in a
// directory created at mode 0700 if missing. Returns an error sentence, or empty on success. On
// any error the file is left as it was.
QString writeExternalProfile(const QString &path, const AliyunExternalProfile &profile);

} // namespace TokenDesk
