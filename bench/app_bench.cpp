// The program against a bare Qt program doing the least of the same work: time to the first
// painted window and its peak memory (fresh processes), the chart's PNG export against a
// bare QChart render of the same figures, the dataset load, every export, and memory across
// 1,000 language switches. Medians over several runs, with ratios.
// Run by `./build.sh bench` (Release); `app_bench first-paint app|bare TAB` is its child mode.
#include "app/commandline.h"
#include "app/startup.h"
#include "barewindow.h"
#include "core/load/datasetloader.h"
#include "core/trade/tradecsv.h"
#include "core/trade/trademodel.h"
#include "measure.h"
#include "ui/documents/chartexport.h"
#include "ui/documents/reportwriter.h"
#include "ui/timeline/timeaxis.h"
#include "ui/window/languagemanager.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <optional>

using namespace azkz;
using namespace azkz::bench;

namespace {
constexpr int Runs = 7;
constexpr int FirstPaintRuns = 21; // alternately the program and the bare one: each run is short and noisy

double timed(const std::function<void()> &work)
{
    QList<double> times;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

int firstPaintChild(int argc, char *argv[], bool app, Tab tab)
{
    // As main() does: the dataset is read while Qt connects to the display.
    const CommandLine commandLine = parseCommandLine({QStringLiteral("azkz-relations"), QStringLiteral("--lang"),
        QStringLiteral("en"), QStringLiteral("--tab"), tabName(tab)});
    std::optional<EarlyDataset> dataset;
    if (app)
        dataset.emplace(commandLine);
    QApplication application(argc, argv);
    FirstPaint watcher;
    std::unique_ptr<QWidget> window;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    LanguageManager languages;
    if (app) {
        QString errors;
        QTextStream err(&errors);
        setApplicationIdentity();
        window = createMainWindow(commandLine, languages, settings, err, &*dataset);
        window->resize(1100, 760);
    } else {
        window = bareWindow(tab); // the least of the same work
    }
    window->installEventFilter(&watcher);
    window->show();
    return application.exec();
}

// A bare QChart of the same figures, rendered to the same image as the export.
QImage bareChart(const Dataset &dataset)
{
    QGraphicsScene scene;
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *bars = new QBarSeries;
    auto *exports = new QBarSet(QStringLiteral("Exports"));
    auto *imports = new QBarSet(QStringLiteral("Imports"));
    auto *turnover = new QLineSeries;
    QStringList years;
    for (qsizetype i = 0; i < dataset.trade.years.size(); ++i) {
        const TradeYear &year = dataset.trade.years.at(i);
        *exports << year.exports;
        *imports << year.imports;
        turnover->append(i, year.turnover);
        years.append(QString::number(year.year));
    }
    bars->append({exports, imports});
    chart->addSeries(bars);
    chart->addSeries(turnover);
    auto *x = new QBarCategoryAxis;
    x->setCategories(years);
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 1200, 700));
    QImage image(QSize(2400, 1400), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(0, 0, 1200, 700), QRectF(0, 0, 1200, 700));
    return image;
}

double childRun(const QString &mode, Tab tab, double *peak)
{
    return timeToFirstPaint({QStringLiteral("first-paint"), mode, tabName(tab)}, peak);
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && QByteArray(argv[1]) == "first-paint")
        return firstPaintChild(argc, argv, QByteArray(argv[2]) == "app",
            tabFromName(QString::fromLatin1(argv[3])).value_or(Tab::Overview));

    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    LanguageManager languages;
    languages.setLanguage(Language::English);

    // Fresh processes: start to the first painted window, on each tab (the program opens on the
    // tab it was left on).
    struct FirstPaints {
        QList<double> app, bare, appPeak, barePeak;
    };
    std::array<FirstPaints, std::size(AllTabs)> starts;
    for (int run = 0; run < FirstPaintRuns; ++run) {
        for (Tab tab : AllTabs) {
            double peak = 0;
            FirstPaints &on = starts[int(tab)];
            on.app.append(childRun(QStringLiteral("app"), tab, &peak));
            on.appPeak.append(peak);
            on.bare.append(childRun(QStringLiteral("bare"), tab, &peak));
            on.barePeak.append(peak);
        }
    }

    const QByteArray json = [] {
        QFile file(embeddedDatasetPath());
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    const double load = timed([&] { parseDataset(json, QStringLiteral("embedded")); });
    const SharedDataset dataset
        = std::make_shared<const Dataset>(*parseDataset(json, QStringLiteral("embedded")).dataset);
    const TradeModel model(dataset, Language::English);
    QTemporaryDir dir;
    const double png = timed([&] {
        (void)exportChart(dataset, model, dir.filePath(QStringLiteral("c.png")), ExportFormat::Png, ChartOutput());
    });
    const double bare = timed([&] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        bareChart(*dataset).save(&buffer, "PNG");
    });
    const double svg = timed([&] {
        (void)exportChart(dataset, model, dir.filePath(QStringLiteral("c.svg")), ExportFormat::Svg, ChartOutput());
    });
    const double pdf = timed([&] {
        (void)exportChart(dataset, model, dir.filePath(QStringLiteral("c.pdf")), ExportFormat::Pdf, ChartOutput());
    });
    const double csv = timed([&] {
        const QByteArray bytes = tradeCsv(model, *dataset);
        QFile file(dir.filePath(QStringLiteral("t.csv")));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
    });
    const double report
        = timed([&] { (void)exportReport(dataset, Language::English, dir.filePath(QStringLiteral("r.pdf"))); });
    // Its floor: the same document printed by a bare QTextDocument into a QPdfWriter (Qt's own
    // page breaks, no running header or footer, no pagination rules, no atomic file).
    const double reportFloor = timed([&] {
        const std::unique_ptr<QTextDocument> document = buildReport(dataset, Language::English);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setResolution(600);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        document->print(&pdf);
    });

    // Memory across 1,000 language switches in a full window.
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QString errors;
    QTextStream err(&errors);
    auto window = createMainWindow(
        parseCommandLine({QStringLiteral("azkz-relations"), QStringLiteral("--lang"), QStringLiteral("en")}), languages,
        settings, err);
    window->show();
    QCoreApplication::processEvents();
    for (int i = 0; i < 20; ++i) { // warm up: caches, fonts, glyphs
        languages.setLanguage(i % 2 ? Language::English : Language::Azerbaijani);
        QCoreApplication::processEvents();
    }
    const double before = memoryMiB().first;
    for (int i = 0; i < 1000; ++i) {
        languages.setLanguage(i % 2 ? Language::English : Language::Azerbaijani);
        QCoreApplication::processEvents();
    }
    const double after = memoryMiB().first;

    // The time axis after 100 zoom steps each way (zoom is bounded to the data's extent; it
    // froze the window after about 40 steps out when it was not).
    window->showTab(Tab::Timeline);
    QCoreApplication::processEvents();
    auto *axis = window->findChild<TimeAxis *>();
    for (int i = 0; i < 100; ++i)
        axis->zoomBy(0.5);
    const double zoomedOut = timed([&] { axis->grab(); });
    for (int i = 0; i < 100; ++i)
        axis->zoomBy(2.0);
    const double zoomedIn = timed([&] { axis->grab(); });

    std::printf("program against a bare Qt program on %s (medians of %d runs; first paints of %d)\n",
        qPrintable(qEnvironmentVariable("AZKZ_BENCH_PLATFORM", QStringLiteral("offscreen"))), Runs, FirstPaintRuns);
    for (Tab tab : AllTabs) {
        const FirstPaints &on = starts[int(tab)];
        const double appMs = median(on.app), bareMs = median(on.bare);
        std::printf("  first painted window on %-9s %6.1f ms against %6.1f ms (x%.2f; aim: within x1.5), peak "
                    "memory %.1f against %.1f MiB (x%.2f)\n",
            qPrintable(tabName(tab)), appMs, bareMs, appMs / bareMs, median(on.appPeak), median(on.barePeak),
            median(on.appPeak) / median(on.barePeak));
    }
    std::printf(
        "  chart as PNG 2400x1400:%7.1f ms against %7.1f ms  (x%.2f; aim: within x1.5)\n", png, bare, png / bare);
    std::printf("  dataset load and validate: %7.2f ms\n", load);
    std::printf("  exports: SVG %.1f ms, PDF %.1f ms, CSV %.2f ms\n", svg, pdf, csv);
    std::printf("  briefing PDF:          %7.1f ms against %7.1f ms  (x%.2f; a bare QTextDocument printing it; aim: "
                "within x1.5)\n",
        report, reportFloor, report / reportFloor);
    std::printf("  1,000 language switches: resident memory %.1f MiB before, %.1f MiB after (%+.1f MiB)\n", before,
        after, after - before);
    std::printf(
        "  time axis paint after 100 zoom steps: out %.2f ms, in %.2f ms (aim: under 16 ms)\n", zoomedOut, zoomedIn);
    return 0;
}
