// The whole program on a dataset far larger than the built-in one (EVENTS generated events of
// the built-in ones' shapes, see generateddataset.h): --validate against the floor of parsing
// the file with QJsonDocument and touching every event, and from process start to the first
// painted window on each tab against that floor plus a bare window (fresh processes, time and
// peak memory); then in one running window: opening the Timeline tab, each keystroke of a
// search including the first, the memory with the timeline open, and 50 reloads of the file.
// Medians over several runs; run by `./build.sh bench` (`scale_bench EVENTS`).
// `scale_bench first-paint|validate|parse|parse-and-window FILE [TAB]` are its child modes.
#include "app/commandline.h"
#include "app/startup.h"
#include "barewindow.h"
#include "core/load/datasetsource.h"
#include "generateddataset.h"
#include "measure.h"
#include "ui/window/languagemanager.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

using namespace azkz;
using namespace azkz::bench;

namespace {
constexpr int Runs = 5;

std::unique_ptr<MainWindow> openWindow(
    const QString &file, const QString &tab, LanguageManager &languages, QSettings &settings)
{
    QString errors;
    QTextStream err(&errors);
    setApplicationIdentity();
    auto window
        = createMainWindow(parseCommandLine({QStringLiteral("azkz-relations"), QStringLiteral("--lang"),
                               QStringLiteral("en"), QStringLiteral("--dataset"), file, QStringLiteral("--tab"), tab}),
            languages, settings, err);
    window->resize(1100, 760);
    return window;
}

// The floor: the file parsed by QJsonDocument and every event touched (its id read).
qsizetype parseAndTouch(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return -1;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll());
    qsizetype touched = 0;
    for (const QJsonValue &event : document.object().value(QStringLiteral("events")).toArray())
        touched += event.toObject().value(QStringLiteral("id")).toString().size();
    return touched;
}

// The children that end by printing their peak memory (the parent times them to that line).
int printPeak(qsizetype work)
{
    std::printf("%.1f\n", memoryMiB().second);
    return work >= 0 ? 0 : 1;
}

int validateChild(int argc, char *argv[])
{
    QCoreApplication application(argc, argv); // as main() does for --validate
    LanguageManager languages;
    languages.setLanguage(Language::English);
    QString said;
    QTextStream out(&said);
    return printPeak(validateDataset(QString::fromLocal8Bit(argv[2]), out) == 0 ? 0 : -1);
}

// The floor of a first window: the file parsed, then a bare window of four tabs of text.
int parseAndWindowChild(int argc, char *argv[])
{
    if (parseAndTouch(QString::fromLocal8Bit(argv[2])) < 0)
        return 1;
    QApplication application(argc, argv);
    FirstPaint watcher;
    const auto window = bareWindow(Tab::Overview);
    window->installEventFilter(&watcher);
    window->show();
    return application.exec();
}

int firstPaintChild(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    LanguageManager languages;
    FirstPaint watcher;
    const auto window
        = openWindow(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), languages, settings);
    window->installEventFilter(&watcher);
    window->show();
    return application.exec();
}

double timedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && QByteArray(argv[1]) == "first-paint")
        return firstPaintChild(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "validate")
        return validateChild(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "parse")
        return printPeak(parseAndTouch(QString::fromLocal8Bit(argv[2])));
    if (argc == 3 && QByteArray(argv[1]) == "parse-and-window")
        return parseAndWindowChild(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("generated.json"));
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(generatedDataset(count)) < 0)
            return 1;
    }
    std::printf("the whole program on %d generated events (%.1f MB), medians of %d runs\n", count,
        QFileInfo(file).size() / 1e6, Runs);
    // A child's time to the line it prints, and the peak memory that line gives: medians.
    const auto child = [](const QStringList &arguments) {
        QList<double> times, peaks;
        for (int run = 0; run < Runs; ++run) {
            double peak = 0;
            times.append(timeToFirstPaint(arguments, &peak));
            peaks.append(peak);
        }
        return std::pair{median(times), median(peaks)};
    };
    const auto [validate, validatePeak] = child({QStringLiteral("validate"), file});
    const auto [parse, parsePeak] = child({QStringLiteral("parse"), file});
    std::printf("  --validate:              %7.1f ms, peak %6.1f MiB against %7.1f ms, %6.1f MiB parsing it with "
                "QJsonDocument (x%.2f, x%.2f; aim: within x1.5, x1.0)\n",
        validate, validatePeak, parse, parsePeak, validate / parse, validatePeak / parsePeak);
    const auto [floor, floorPeak] = child({QStringLiteral("parse-and-window"), file});
    for (Tab tab : AllTabs) {
        const auto [first, firstPeak] = child({QStringLiteral("first-paint"), file, tabName(tab)});
        std::printf("  first painted window on %-9s %7.1f ms, peak %6.1f MiB against %7.1f ms, %6.1f MiB parsing it "
                    "and a bare window (x%.2f; aim: within x2)\n",
            qPrintable(tabName(tab)), first, firstPeak, floor, floorPeak, first / floor);
    }

    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    LanguageManager languages;
    const auto window = openWindow(file, QStringLiteral("overview"), languages, settings);
    window->show();
    QCoreApplication::processEvents();
    const double openTimeline = timedMs([&] {
        window->showTab(Tab::Timeline);
        window->repaint();
    });
    const double withTimeline = memoryMiB().first;
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("timelineSearch"));
    const QString typed = QStringLiteral("aliyev");
    QList<double> keystrokes;
    double first = 0;
    for (int run = 0; run < Runs; ++run) {
        search->clear();
        QCoreApplication::processEvents();
        for (qsizetype n = 1; n <= typed.size(); ++n) {
            const double ms = timedMs([&] {
                search->setText(typed.left(n));
                window->repaint();
            });
            keystrokes.append(ms);
            if (n == 1)
                first = std::max(first, ms);
        }
    }
    auto reload = [&] { // read on a thread: to when the new dataset is shown
        window->datasetSource().reload();
        while (window->datasetSource().isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    };
    QList<double> reloads;
    for (int i = 0; i < 3; ++i)
        reloads.append(timedMs(reload));
    // The resident set, and what the allocations hold: the allocator keeps some of the pages
    // freed with an old dataset, shared with the new one's, so the two can differ.
    const double before = memoryMiB().first, allocatedBefore = allocatedMiB();
    double halfway = 0;
    for (int i = 1; i <= 50; ++i) {
        reloads.append(timedMs(reload));
        if (i == 25)
            halfway = memoryMiB().first;
    }
    const double after = memoryMiB().first, allocatedAfter = allocatedMiB();
    std::printf("  open the Timeline tab:          %7.1f ms (aim: under 300 ms)\n", openTimeline);
    std::printf("  resident memory, timeline open: %7.1f MiB (aim: under 200 MiB)\n", withTimeline);
    std::printf("  search keystroke with repaint:  median %.1f ms, first letter at most %.1f ms, max %.1f ms (aim: "
                "under 16 ms)\n",
        median(keystrokes), first, *std::max_element(keystrokes.cbegin(), keystrokes.cend()));
    std::printf("  reload of the file:             median %7.1f ms\n", median(reloads));
    std::printf("  50 reloads: resident memory %.1f MiB before, %.1f after 25, %.1f after 50 (%+.1f MiB); "
                "allocated %.1f MiB before, %.1f after (%+.1f MiB)\n",
        before, halfway, after, after - before, allocatedBefore, allocatedAfter, allocatedAfter - allocatedBefore);
    return 0;
}
