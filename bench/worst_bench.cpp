// The cost of the files built to cost the most per byte (worstcases.h), against the built-in
// dataset: for --validate and each export, the median wall time of 7 fresh processes and their
// peak memory, then per input byte (the "cost per byte" of a file). Run by
// `./build.sh bench` as `worst_bench PROGRAM`.
#include "worstcases.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
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
// Started with posix_spawn, which shares the bench's memory until exec (a fork would copy its
// page tables, and the child's peak would count the bench's own generated files).
Cost runOnce(const QByteArrayList &args)
{
    std::vector<char *> argv;
    for (const QByteArray &arg : args)
        argv.push_back(const_cast<char *>(arg.constData()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t child = 0;
    const int failed = ::posix_spawn(&child, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (failed != 0)
        return {};
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

// `worst_bench --write DIR`: the files written by a child of their own, so that the bench stays
// small: a child's peak memory counts its parent's at the moment it starts.
int writeCases(const QString &dir)
{
    QList<bench::WorstCase> cases{{QStringLiteral("built-in"), [] {
                                       QFile file(embeddedDatasetPath());
                                       file.open(QIODevice::ReadOnly);
                                       return file.readAll();
                                   }()}};
    cases += bench::worstCases();
    QStringList names;
    for (const bench::WorstCase &worst : cases) {
        QFile file(QDir(dir).filePath(
            QString(worst.name).replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(worst.json) != worst.json.size())
            return 1;
        names.append(QFileInfo(file).fileName());
    }
    QFile list(QDir(dir).filePath(QStringLiteral("cases.txt")));
    return list.open(QIODevice::WriteOnly) && list.write(names.join(QLatin1Char('\n')).toUtf8()) > 0 ? 0 : 1;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--write")
        return writeCases(QFile::decodeName(argv[2]));
    qputenv("QT_QPA_PLATFORM", "offscreen"); // for the children
    if (argc < 2) {
        std::fprintf(stderr, "usage: worst_bench PATH-TO-azkz-relations\n");
        return 2;
    }
    const QByteArray program = argv[1];
    QTemporaryDir dir;
    if (runOnce({QFile::encodeName(QCoreApplication::applicationFilePath()), "--write", QFile::encodeName(dir.path())})
            .exitCode
        != 0) {
        std::fprintf(stderr, "worst_bench: the files could not be written\n");
        return 1;
    }
    QFile list(dir.filePath(QStringLiteral("cases.txt")));
    list.open(QIODevice::ReadOnly);
    std::printf("Worst cases: median of %d fresh processes; peak memory the largest of them; per input byte\n", Runs);
    std::printf(
        "%-18s %-16s %9s %9s %8s %12s %12s\n", "file", "what", "MB", "time s", "peak MiB", "µs per KB", "bytes/byte");
    for (const QByteArray &name : list.readAll().split('\n')) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        const qint64 bytes = QFileInfo(path).size();
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
            std::printf("%-18s %-16s %9.1f %9.3f %8.0f %12.1f %12.1f%s\n", name.chopped(5).constData(), what,
                bytes / 1e6, cost.seconds, cost.peakKib / 1024.0, cost.seconds * 1e6 / (bytes / 1024.0),
                cost.peakKib * 1024.0 / bytes, cost.exitCode == 0 ? "" : "  (refused)");
            std::fflush(stdout);
        }
    }
    return 0;
}
