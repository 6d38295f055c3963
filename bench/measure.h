// What the benchmarks measure with: medians, and the process's memory from /proc.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QList>
#include <QProcess>

#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif

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

// What the program's allocations hold now, in MiB (freed memory the allocator keeps in the
// resident set is not counted): from glibc's heap statistics, 0 elsewhere.
inline double allocatedMiB()
{
#ifdef __GLIBC__
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024 * 1024);
#else
    return 0;
#endif
}

// In a child process: on the watched window's first paint, prints the peak memory in MiB as
// a line (which the parent times) and quits.
class FirstPaint final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QMetaObject::invokeMethod(
                qApp,
                [] {
                    std::printf("%.1f\n", memoryMiB().second);
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

// Milliseconds from starting this program with arguments to the line a child prints, as
// FirstPaint does (its tearing down after that is not timed); *peak, the memory that line gives. The child
// runs offscreen, or on the platform AZKZ_BENCH_PLATFORM names ("xcb" for an X server).
inline double timeToFirstPaint(const QStringList &arguments, double *peak)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(
        QStringLiteral("QT_QPA_PLATFORM"), qEnvironmentVariable("AZKZ_BENCH_PLATFORM", QStringLiteral("offscreen")));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QCoreApplication::applicationFilePath(), arguments);
    while (!process.canReadLine() && process.waitForReadyRead(120000)) { }
    const double ms = timer.nsecsElapsed() / 1e6;
    process.waitForFinished(120000);
    *peak = process.readAllStandardOutput().trimmed().toDouble();
    return ms;
}

} // namespace azkz::bench
