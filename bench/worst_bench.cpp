// The cost of the files built to cost the most per byte (worstcases.h), against the built-in
// dataset: for --validate and each export, the median wall time of 7 fresh processes and their
// peak memory, then per input byte (the "cost per byte" of a file). Run by
// `./build.sh bench` as `worst_bench PROGRAM`.
#include "worstcases.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace azkz;

namespace {

constexpr int Runs = 7;

struct Cost {
    double seconds = 0; // median
    long peakKib = 0; // the largest of the runs
    int exitCode = -1;
};

// One run of the program, its output thrown away: wall time, peak resident memory, exit code.
Cost runOnce(const QByteArrayList &args)
{
    std::vector<char *> argv;
    for (const QByteArray &arg : args)
        argv.push_back(const_cast<char *>(arg.constData()));
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t child = ::fork();
    if (child == 0) {
        std::freopen("/dev/null", "w", stdout);
        std::freopen("/dev/null", "w", stderr);
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
        ::execv(argv.front(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    ::wait4(child, &status, 0, &usage);
    return {timer.nsecsElapsed() / 1e9, usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

Cost measure(const QByteArrayList &args)
{
    std::vector<double> times;
    Cost result;
    for (int run = 0; run < Runs; ++run) {
        const Cost once = runOnce(args);
        times.push_back(once.seconds);
        result.peakKib = std::max(result.peakKib, once.peakKib);
        result.exitCode = once.exitCode;
    }
    std::sort(times.begin(), times.end());
    result.seconds = times.at(times.size() / 2);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: worst_bench PATH-TO-azkz-relations\n");
        return 2;
    }
    const QByteArray program = argv[1];
    QTemporaryDir dir;
    QList<bench::WorstCase> cases{{QStringLiteral("built-in"), [] {
                                       QFile file(embeddedDatasetPath());
                                       file.open(QIODevice::ReadOnly);
                                       return file.readAll();
                                   }()}};
    cases += bench::worstCases();
    std::printf("Worst cases: median of %d fresh processes; peak memory the largest of them; per input byte\n", Runs);
    std::printf(
        "%-18s %-16s %9s %9s %8s %12s %12s\n", "file", "what", "MB", "time s", "peak MiB", "µs per KB", "bytes/byte");
    for (const bench::WorstCase &worst : cases) {
        const QString path
            = dir.filePath(QString(worst.name).replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".json"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(worst.json);
        file.close();
        const QByteArray input = QFile::encodeName(path);
        const QByteArray out = QFile::encodeName(dir.filePath(QStringLiteral("out")));
        const QList<std::pair<const char *, QByteArrayList>> runs{
            {"--validate", {program, "--validate", input}},
            {"report PDF", {program, "--dataset", input, "--export-report", out + ".pdf"}},
            {"timeline PDF", {program, "--dataset", input, "--export-timeline", out + "-t.pdf"}},
            {"timeline PNG", {program, "--dataset", input, "--export-timeline", out + ".png"}},
        };
        for (const auto &[what, args] : runs) {
            const Cost cost = measure(args);
            const double kilobytes = worst.json.size() / 1024.0;
            std::printf("%-18s %-16s %9.1f %9.3f %8.0f %12.1f %12.1f%s\n", qPrintable(worst.name), what,
                worst.json.size() / 1e6, cost.seconds, cost.peakKib / 1024.0, cost.seconds * 1e6 / kilobytes,
                cost.peakKib * 1024.0 / worst.json.size(), cost.exitCode == 0 ? "" : "  (refused)");
            std::fflush(stdout);
        }
    }
    return 0;
}
