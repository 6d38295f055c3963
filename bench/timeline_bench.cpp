// The timeline at 100,000 events: how long a generated dataset takes to load and validate,
// how long the Timeline tab takes to filter per keystroke while a search is typed (the
// page's own path: filter, regroup the list, lay out the axis), and the memory used.
// Medians over several runs; run by `./build.sh bench` in a Release build.
#include "datasetloader.h"
#include "timelinepage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace azkz;

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The process's memory in MiB: the resident set now and its peak.
std::pair<double, double> memoryMiB()
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

// The embedded dataset with its events replaced by `count` generated ones, valid throughout.
QByteArray generatedDataset(int count)
{
    QFile file(embeddedDatasetPath());
    file.open(QIODevice::ReadOnly);
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    static const char *const namesAz[]
        = {"Əliyev", "Süleymanov", "Bakı", "Astana", "Aktau", "Xəzər", "Qazaxıstan", "neft"};
    static const char *const namesEn[]
        = {"Aliyev", "Suleimenov", "Baku", "Astana", "Aktau", "Caspian", "Kazakhstan", "oil"};
    static const char *const categories[] = {"diplomacy", "parliament", "economy", "politics", "society"};
    QRandomGenerator random(20261127);
    QList<QDate> dates;
    for (int i = 0; i < count; ++i)
        dates.append(QDate(1900, 1, 1).addDays(random.bounded(45000)));
    std::sort(dates.begin(), dates.end());
    QJsonArray events;
    for (int i = 0; i < count; ++i) {
        const int a = random.bounded(8), b = random.bounded(8);
        QJsonObject event;
        event[QStringLiteral("id")] = QStringLiteral("e%1").arg(i);
        event[QStringLiteral("date")] = dates.at(i).toString(Qt::ISODate);
        event[QStringLiteral("category")] = QLatin1String(categories[i % 5]);
        event[QStringLiteral("title")] = QJsonObject{
            {QStringLiteral("az"), QStringLiteral("Hadisə %1: %2").arg(i).arg(QString::fromUtf8(namesAz[a]))},
            {QStringLiteral("en"), QStringLiteral("Event %1: %2").arg(i).arg(QLatin1String(namesEn[a]))}};
        event[QStringLiteral("text")]
            = QJsonObject{{QStringLiteral("az"),
                              QStringLiteral("%1 və %2 arasında görüş keçirilib.")
                                  .arg(QString::fromUtf8(namesAz[a]), QString::fromUtf8(namesAz[b]))},
                {QStringLiteral("en"),
                    QStringLiteral("A meeting was held between %1 and %2.")
                        .arg(QLatin1String(namesEn[a]), QLatin1String(namesEn[b]))}};
        event[QStringLiteral("refs")] = QJsonArray{1 + i % 11};
        events.append(event);
    }
    root[QStringLiteral("events")] = events;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
} // namespace

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

    QElapsedTimer pageTimer;
    pageTimer.start();
    TimelinePage page(*result.dataset, Language::English);
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
