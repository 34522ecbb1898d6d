// Small POSIX facts for tests of files and command lines: a file's mode bits, and the words
// Python's shlex (how the Alibaba Cloud SDKs split process_command) makes of a line.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <sys/stat.h>

namespace TestSupport {

// The permission bits of `path` (0600), or -1 when it does not exist.
inline int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

inline bool setMode(const QString &path, int mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

// The words Python's shlex.split makes of `line`.
inline QStringList shlexSplit(const QString &line)
{
    QProcess python;
    python.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import json, shlex, sys; "
                        "print(json.dumps(shlex.split(sys.stdin.buffer.read().decode())))")});
    if (!python.waitForStarted(10000))
        return {QStringLiteral("<python3 did not start>")};
    python.write(line.toUtf8());
    python.closeWriteChannel();
    python.waitForFinished(20000);
    QStringList words;
    for (const QJsonValue &word : QJsonDocument::fromJson(python.readAllStandardOutput()).array())
        words << word.toString();
    return words;
}

} // namespace TestSupport
