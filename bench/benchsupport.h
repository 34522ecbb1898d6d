// What every benchmark program prints with and summarises by: one copy for all of them.
#pragma once

#include <QString>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

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

} // namespace BenchSupport
