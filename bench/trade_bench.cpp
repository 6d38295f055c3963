// The trade tab's long series: how long a view or range change takes to redraw (model,
// chart rebuild and a paint of the chart view), for the built-in dataset and for a
// synthetic one of 200 years and 12 series. Medians of several runs; run by
// `./build.sh bench` in a Release build.
#include "core/load/datasetloader.h"
#include "core/trade/tradeseriesmodel.h"
#include "ui/documents/tradeserieschart.h"
#include "ui/trade/tradeseriesview.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace azkz;

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// 200 years, 12 series: each side's exports and imports from three sources each.
Dataset synthetic()
{
    Dataset d;
    d.countries = {{QStringLiteral("a"), {QStringLiteral("A"), QStringLiteral("A")}, QString()},
        {QStringLiteral("b"), {QStringLiteral("B"), QStringLiteral("B")}, QString()}};
    d.trade.reporter = QStringLiteral("a");
    d.trade.partner = QStringLiteral("b");
    for (int i = 0; i < 12; ++i) {
        TradeSeries s;
        s.id = QStringLiteral("s%1").arg(i);
        s.reporter = i % 2 == 0 ? QStringLiteral("a") : QStringLiteral("b");
        s.partner = i % 2 == 0 ? QStringLiteral("b") : QStringLiteral("a");
        s.flow = (i / 2) % 2 == 0 ? TradeFlow::Exports : TradeFlow::Imports;
        s.unit = QStringLiteral("million-usd");
        s.sourceId = QStringLiteral("src%1").arg(i / 4);
        for (int year = 1826; year < 2026; ++year) {
            if ((year + i) % 37 == 0)
                continue; // a gap now and then
            const double v = 50 + (year * 7 + i * 13) % 300 + i;
            s.values.append({year, QString::number(v), v, year % 50 == 0 ? ValueFlag::Estimate : ValueFlag::None, {}});
        }
        d.trade.series.append(s);
    }
    return d;
}

// Each view and range change, timed to the end of the chart view's repaint.
void measure(const char *name, const Dataset &dataset, int runs)
{
    TradeSeriesModel model(std::make_shared<const Dataset>(dataset), Language::English);
    TradeSeriesView view(model);
    view.resize(1200, 600);
    view.show();
    QApplication::processEvents();
    const TradeTable full = model.table();
    const QList<TradeViewSettings> changes = {{TradeViewKind::Reporter, 0, 0, TradeUnit::Million},
        {TradeViewKind::Partner, 0, 0, TradeUnit::Million}, {TradeViewKind::Mirror, 0, 0, TradeUnit::Million},
        {TradeViewKind::Turnover, 0, 0, TradeUnit::Thousand}, {TradeViewKind::Balance, 0, 0, TradeUnit::Million},
        {TradeViewKind::Mirror, full.firstYear + 5, full.lastYear - 5, TradeUnit::Million}};
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        for (const TradeViewSettings &settings : changes) {
            QElapsedTimer timer;
            timer.start();
            model.setSettings(settings);
            view.viewport()->repaint();
            times.append(timer.nsecsElapsed() / 1e6);
        }
    }
    std::printf("%s: %lld years, %lld series; view or range change, redrawn: median %.2f ms, max %.2f ms (%lld "
                "changes)\n",
        name, qlonglong(full.years.size()), qlonglong(dataset.trade.series.size()), median(times),
        *std::max_element(times.cbegin(), times.cend()), qlonglong(times.size()));
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // as the other benchmarks: no display needed
    QApplication app(argc, argv);
    const LoadResult builtIn = loadDataset(embeddedDatasetPath());
    if (!builtIn.isValid())
        return 1;
    measure("built-in dataset", *builtIn.dataset, 10);
    measure("synthetic", synthetic(), 5);
    return 0;
}
