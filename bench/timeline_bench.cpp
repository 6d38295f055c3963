// The timeline at 100,000 events: how long a generated dataset takes to load and validate,
// how long the Timeline tab takes to filter per keystroke while a search is typed (the
// page's own path: filter, regroup the list, lay out the axis), and the memory used.
// Medians over several runs; run by `./build.sh bench` in a Release build.
#include "core/load/datasetloader.h"
#include "core/settings/settings.h"
#include "generateddataset.h"
#include "measure.h"
#include "ui/timeline/timelinepage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace azkz;
using namespace azkz::bench;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int runs = 5;

    const QByteArray json = generatedDataset(count);
    QList<double> loads;
    LoadResult result;
    for (int run = 0; run < runs; ++run) {
        result = LoadResult(); // the previous run's dataset freed outside the timing
        QElapsedTimer timer;
        timer.start();
        result = parseDataset(json, QStringLiteral("generated.json"));
        loads.append(timer.nsecsElapsed() / 1e6);
    }
    if (!result.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.problemLines().mid(0, 5).join(QLatin1Char('\n'))));
        return 1;
    }
    const auto [afterLoad, peakLoad] = memoryMiB();

    QTemporaryDir folder; // the page's settings, empty
    QSettings store(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings settings(store);
    QElapsedTimer pageTimer;
    pageTimer.start();
    TimelinePage page(std::make_shared<const Dataset>(std::move(*result.dataset)), Language::English, settings);
    page.resize(1200, 800);
    page.show();
    QCoreApplication::processEvents();
    const double pageMs = pageTimer.nsecsElapsed() / 1e6;

    auto *search = page.findChild<QLineEdit *>(QStringLiteral("timelineSearch"));
    auto *shown = page.findChild<QLabel *>(QStringLiteral("timelineCount"));
    const QString typed = QStringLiteral("aliyev");
    QList<double> keystrokes;
    for (int run = 0; run < runs; ++run) {
        search->clear();
        for (qsizetype n = 1; n <= typed.size(); ++n) {
            QElapsedTimer timer;
            timer.start();
            search->setText(typed.left(n)); // filters, regroups the list and lays out the axis
            keystrokes.append(timer.nsecsElapsed() / 1e6);
            QCoreApplication::processEvents();
        }
    }
    const auto [rss, peak] = memoryMiB();
    std::printf("timeline benchmark: %d events, %d runs, dataset %.1f MB\n", count, runs, json.size() / 1e6);
    std::printf("  load and validate:          median %8.1f ms\n", median(loads));
    std::printf("  open the Timeline tab:             %8.1f ms\n", pageMs);
    std::printf("  filter per keystroke:       median %8.1f ms (typing \"%s\"; %s; max %.1f ms)\n", median(keystrokes),
        qPrintable(typed), qPrintable(shown->text()), *std::max_element(keystrokes.cbegin(), keystrokes.cend()));
    std::printf("  memory: after load %.0f MiB, now %.0f MiB, peak %.0f MiB (peak during load %.0f MiB)\n", afterLoad,
        rss, peak, peakLoad);
    return 0;
}
