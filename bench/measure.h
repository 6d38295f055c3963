// What the benchmarks measure with: medians, and the process's memory from /proc.
#pragma once

#include <QFile>
#include <QList>

#include <algorithm>
#include <utility>

namespace azkz::bench {

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The process's memory in MiB: the resident set now and its peak.
inline std::pair<double, double> memoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double rss = 0, peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
            if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
        }
    }
    return {rss, peak};
}

} // namespace azkz::bench
