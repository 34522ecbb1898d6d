// What every benchmark program prints with and summarises by: one copy for all of them.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <vector>

#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
#include <malloc.h>
#define TOKENDESK_HAVE_MALLINFO2 1
#endif

namespace BenchSupport {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

// Nearest-rank percentile.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(p / 100.0 * static_cast<double>(values.size()) + 0.999);
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

inline QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

inline QString mib(double kib)
{
    return fixed(kib / 1024.0, 1) + QStringLiteral(" MiB");
}

// /proc reports whole KiB; a process's memory is far below where double loses precision.
inline QString mib(qint64 kib)
{
    return mib(static_cast<double>(kib));
}

// The 1-minute load average at this moment: other work on a 2-core machine skews every figure,
// so each run records it and a noisy run is recognisable.
inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readLine().split(' ').value(0));
}

// This process's resident memory (VmRSS), in KiB; -1 where /proc is missing.
inline qint64 residentKiB()
{
    // /proc files report size 0, so QFile::atEnd() is true at once: read everything instead.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Bytes handed out by malloc and not yet freed: unlike RSS, free-list fragmentation does not
// move it, so steady growth here is a leak (or a cache that never stops growing). -1 where
// glibc's mallinfo2() is missing.
inline qint64 heapInUseKiB()
{
#ifdef TOKENDESK_HAVE_MALLINFO2
    return qint64(mallinfo2().uordblks / 1024);
#else
    return -1;
#endif
}

// Starts a program that prints "Listening on URL" as its first line (tokendesk-gateway-sim) and
// returns that URL; an empty one when the line did not come within `timeoutMs`.
inline QUrl startListeningChild(QProcess &process, const QString &program,
                                const QStringList &arguments, int timeoutMs = 10000)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    QElapsedTimer started;
    started.start();
    QByteArray line;
    while (!line.endsWith('\n') && started.elapsed() < timeoutMs
           && process.state() != QProcess::NotRunning) {
        if (process.bytesAvailable() > 0 || process.waitForReadyRead(200))
            line += process.readLine();
    }
    const QByteArray prefix("Listening on ");
    if (!line.startsWith(prefix))
        return {};
    return QUrl::fromEncoded(line.mid(prefix.size()).trimmed());
}

} // namespace BenchSupport
