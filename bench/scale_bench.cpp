// The whole program on a dataset far larger than the built-in one (100,000 generated events
// by default, about 26 MB): from process start to the first painted window on each tab and
// the peak memory then (fresh processes), and in one running window: opening the Timeline
// tab, each keystroke of a search including the first, the memory with the timeline open,
// and 50 reloads of the file. Medians over several runs; run by `./build.sh bench`.
// `scale_bench first-paint FILE TAB` is its child mode.
#include "app/commandline.h"
#include "app/startup.h"
#include "core/load/datasetsource.h"
#include "generateddataset.h"
#include "measure.h"
#include "ui/window/languagemanager.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
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

double firstPaint(const QString &file, const QString &tab, double *peak)
{
    return timeToFirstPaint({QStringLiteral("first-paint"), file, tab}, peak);
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
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("generated.json"));
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(generatedDataset(count)) < 0)
            return 1;
    }
    std::printf("the whole program on %d generated events (%.1f MB), medians of %d runs\n", count,
        QFileInfo(file).size() / 1e6, Runs);
    for (const char *tab : {"overview", "missions", "timeline", "trade"}) {
        QList<double> times, peaks;
        for (int run = 0; run < Runs; ++run) {
            double peak = 0;
            times.append(firstPaint(file, QLatin1String(tab), &peak));
            peaks.append(peak);
        }
        std::printf("  first painted window on %-9s %7.1f ms, peak %6.1f MiB (aim: under 1 s, 200 MiB)\n", tab,
            median(times), median(peaks));
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
    auto reload = [&] {
        window->datasetSource().reload();
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
