#include "ui/documents/tradeseriespanels.h"

#include "ui/documents/tradeserieschart.h"

#include <QAbstractAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>

#include <algorithm>

namespace azkz {

QList<QRectF> layOutPanels(const QList<TradeSeriesChart *> &charts, const QRectF &area, const QFont &captionFont)
{
    // Each panel's caption, and under the last its years, come first; the plots share the rest,
    // a flow's panel counting 2 and the gaps' strip 1.
    QList<qreal> overheads;
    qreal overhead = 0, total = 0;
    for (const TradeSeriesChart *chart : charts) {
        const QList<LegendEntry> legend = chart->panelLegend();
        overheads.append(legend.isEmpty() ? 0 : legendHeight(legend, captionFont, area.width() - 16) + 6);
        overhead += overheads.constLast() + 6; // the chart's margins
        total += chart->drawsShares() ? 1 : 2;
    }
    const QList<QAbstractAxis *> years = charts.constLast()->axes(Qt::Horizontal);
    if (!years.isEmpty())
        overhead += QFontMetricsF(years.constFirst()->labelsFont()).height() * 1.5 + 8;
    const qreal plots = std::max<qreal>(charts.size(), area.height() - overhead);
    // A plot holds its value labels (Qt Charts gives each its share of the axis less 10 px): the
    // gaps' strip, whose zero is inside, has room for three, the flows for two each; where there
    // is not room for all, the flows' come first, the strip keeping its share.
    const QList<QAbstractAxis *> values = charts.constFirst()->axes(Qt::Vertical);
    // A value label's height, with Qt Charts' 10 px of padding and 2 spare.
    const qreal label = values.isEmpty() ? 0 : QFontMetricsF(values.constFirst()->labelsFont()).height() + 12;
    const qreal flowsLeast = (total - 1) * label; // 2 labels for each flow counting 2
    const qreal share = plots / std::max(1.0, total);
    const qreal strip = std::min(std::max(3 * label, share), std::max(share, plots - flowsLeast));
    const auto plotHeight = [&](const TradeSeriesChart *chart) {
        if (total <= 2) // one panel
            return plots;
        return chart->drawsShares() ? strip : (plots - strip) * 2 / std::max(1.0, total - 1);
    };
    QList<QRectF> captions;
    qreal y = area.top();
    for (int i = 0; i < int(charts.size()); ++i) {
        TradeSeriesChart *chart = charts.at(i);
        const qreal captionTall = overheads.at(i);
        qreal tall = captionTall + 6 + plotHeight(chart);
        if (i == int(charts.size()) - 1)
            tall = area.bottom() - y; // with the years under it
        captions.append(QRectF(area.left() + 8, y + 2, area.width() - 16, captionTall));
        chart->setMargins(QMargins(4, 4, 12, 2));
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        chart->setGeometry(QRectF(area.left(), y + captionTall, area.width(), std::max<qreal>(1, tall - captionTall)));
        // As many value labels as the plot's height holds, each with room around it.
        if (label > 0) { // the panels' value labels share one font
            // Qt Charts cuts a label taller than its share of the axis less 10 px of padding.
            chart->setValueTicks(std::clamp(int(chart->plotArea().height() / label) - 1, 1, 5));
            chart->layout()->invalidate();
            chart->layout()->activate();
        }
        y += tall;
    }
    if (charts.size() > 1) {
        // Aligned by the left margins, so that Qt Charts still lays out each axis's labels.
        qreal left = 0;
        for (const TradeSeriesChart *chart : charts)
            left = std::max(left, chart->plotArea().left());
        for (TradeSeriesChart *chart : charts) {
            QMargins margins = chart->margins();
            margins.setLeft(margins.left() + qRound(left - chart->plotArea().left()));
            chart->setMargins(margins);
            chart->layout()->invalidate();
            chart->layout()->activate();
        }
    }
    return captions;
}

QList<LegendEntry> panelsLegend(const QList<TradeSeriesChart *> &charts)
{
    QList<LegendEntry> entries;
    for (const TradeSeriesChart *chart : charts) {
        for (const LegendEntry &entry : chart->legendEntries()) {
            const bool listed = std::any_of(entries.cbegin(), entries.cend(), [&entry](const LegendEntry &e) {
                return e.name == entry.name && e.colour == entry.colour && e.dashed == entry.dashed;
            });
            if (!listed)
                entries.append(entry);
        }
    }
    return entries;
}

} // namespace azkz
