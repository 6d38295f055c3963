// The briefing PDF against Chromium printing the source article as a PDF, side by side:
// wall time and peak memory (/usr/bin/time -v, maximum resident set size) of fresh
// processes, medians of 5 runs each, and the ratios the issue asks for (under 0.1 of the
// time, under 0.25 of the memory).
// Usage: report_bench PROGRAM ARTICLE.txt [CHROMIUM]   (run by `./build.sh bench`)
// Chromium runs several processes: /usr/bin/time reports the largest one's peak, not their
// sum, so its memory is understated and the ratio is, if anything, in Chromium's favour.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

constexpr int Runs = 5;

struct Sample {
    double seconds = 0;
    double peakMiB = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// One run of the command under /usr/bin/time -v; nullopt when it failed.
std::optional<Sample> measure(const QString &program, const QStringList &args, const QString &output)
{
    QFile::remove(output);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/usr/bin/time"), QStringList{QStringLiteral("-v"), program} + args);
    if (!process.waitForFinished(120000) || process.exitCode() != 0 || !QFile::exists(output)) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        return std::nullopt;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    static const QRegularExpression peak(QStringLiteral(R"(Maximum resident set size \(kbytes\): (\d+))"));
    const QString report = QString::fromLocal8Bit(process.readAllStandardError());
    return Sample{seconds, peak.match(report).captured(1).toDouble() / 1024};
}

// The article as simple HTML: a paragraph a line, escaped; the table rows as they are.
QByteArray articleHtml(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"az\"><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body{font-family:'DejaVu Sans';font-size:10pt;margin:0}</style></head><body>")
                       .arg(lines.value(0).toHtmlEscaped());
    for (const QString &line : lines)
        html += QStringLiteral("<p>%1</p>\n").arg(line.toHtmlEscaped());
    return (html + QStringLiteral("</body></html>\n")).toUtf8();
}

std::pair<double, double> run(const char *name, const QString &program, const QStringList &args, const QString &output)
{
    QList<double> seconds, memory;
    measure(program, args, output); // warm the file cache; not counted
    for (int i = 0; i < Runs; ++i) {
        const std::optional<Sample> sample = measure(program, args, output);
        if (!sample)
            return {0, 0};
        seconds.append(sample->seconds);
        memory.append(sample->peakMiB);
    }
    std::printf("%-32s %8.3f s %8.1f MiB   (median of %d)\n", name, median(seconds), median(memory), Runs);
    return {median(seconds), median(memory)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: report_bench PROGRAM ARTICLE.txt [CHROMIUM]\n");
        return 2;
    }
    QString chromium = args.value(3);
    if (chromium.isEmpty())
        chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("article.html"));
    QFile page(html);
    if (!page.open(QIODevice::WriteOnly) || page.write(articleHtml(args.at(2))) <= 0) {
        std::fprintf(stderr, "cannot write the article as HTML\n");
        return 1;
    }
    page.close();

    std::printf("Briefing PDF against Chromium printing the article (%s), fresh processes:\n", qPrintable(args.at(2)));
    const QString report = dir.filePath(QStringLiteral("report.pdf"));
    const auto ours = run("azkz-relations --export-report", args.at(1),
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-report"), report}, report);
    if (chromium.isEmpty()) {
        std::printf("chromium not found: no comparison\n");
        return ours.first > 0 ? 0 : 1;
    }
    const QString printed = dir.filePath(QStringLiteral("article.pdf"));
    const auto theirs = run("chromium --headless --print-to-pdf", chromium,
        {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
            QStringLiteral("--no-pdf-header-footer"),
            QStringLiteral("--user-data-dir=") + dir.filePath(QStringLiteral("profile")),
            QStringLiteral("--print-to-pdf=") + printed, QStringLiteral("file://") + html},
        printed);
    if (ours.first <= 0 || theirs.first <= 0)
        return 1;
    std::printf("ratio (ours / Chromium): time %.2fx (goal < 0.10), peak memory %.2fx (goal < 0.25)\n",
        ours.first / theirs.first, ours.second / theirs.second);
    return 0;
}
