#include "ui/documents/tradeseriesexport.h"
#include "ui/documents/graphicfile.h"

#include "ui/documents/chartlegend.h"
#include "ui/documents/printing.h"

#include "core/io/atomicfile.h"
#include "core/trade/tradeseriesmodel.h"
#include "ui/documents/tradeserieschart.h"
#include "ui/documents/tradeseriespanels.h"

#include <QAbstractAxis>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>

namespace azkz {

void paintTradeSeries(QPainter &painter, const QRectF &target, const SharedDataset &dataset,
    const TradeViewSettings &settings, Language language)
{
    TradeSeriesModel model(dataset, language);
    model.setSettings(settings);
    QGraphicsScene scene;
    scene.setFont(withoutLigatures(QFont(exportFontFamily())));
    QList<TradeSeriesChart *> charts; // one a panel (the mirror view's flows and gaps)
    for (int panel = 0; panel < int(model.panels().size()); ++panel) {
        charts.append(new TradeSeriesChart(model, {}, panel));
        scene.addItem(charts.constLast());
    }
    TradeSeriesChart *chart = charts.constFirst();
    // One type scale for the size drawn: the title largest, then the axes and the legend, then
    // the source. "fl" stays two letters in a PDF's text, so that searching and copying find it.
    // Scaled by the height, as a landscape picture has it: a tall one (the mirror view's panels
    // in the report) keeps the type of its width.
    const qreal scale = std::min(target.height(), target.width() * 0.62);
    const auto sized = [scale](int divisor, int least, int most, bool bold = false) {
        QFont font = withoutLigatures(QFont(exportFontFamily()));
        font.setPixelSize(std::clamp(qRound(scale / divisor), least, most));
        font.setBold(bold);
        return font;
    };
    const QFont titleFont = sized(28, 13, 30, true);
    const QFont labels = sized(48, 10, 20);
    const QFont captionFont = sized(48, 10, 20, true);
    for (TradeSeriesChart *panel : charts) {
        panel->legend()->setVisible(false);
        for (QAbstractAxis *axis : panel->axes()) {
            axis->setLabelsFont(labels);
            axis->setTitleFont(captionFont);
        }
    }
    const QFont sourceFont = sized(60, 10, 16); // 10 px: 7.5 pt where the picture is placed at 96 dpi
    // Under the legend, what the chart's marks mean where the view has them, then the sources.
    const QString notes = model.chartNotes();
    // A small picture names each source by its publisher: the whole citations take its plot.
    const QString sources = model.sourcesLine(target.height() < 500);
    const QString source = notes.isEmpty() ? sources : notes + QLatin1Char('\n') + sources;
    const QRectF textBox
        = QFontMetricsF(sourceFont).boundingRect(QRectF(0, 0, target.width() - 24, 1e6), Qt::TextWordWrap, source);
    const qreal sourceHeight = textBox.height() + 12;
    // The legend under the plot, every series named whole, on as many lines as it needs.
    const QList<LegendEntry> entries = panelsLegend(charts);
    const QFont legendFont = labels;
    const qreal legendTall = legendHeight(entries, legendFont, target.width() - 24);
    // The title above, left-aligned and whole, on two lines if it must (Qt Charts' own cuts it
    // with "..." on a small chart); a second line starts with the years, kept together.
    QString title = chart->plainTitle();
    chart->setTitle(QString());
    // The unit under it, as a subtitle: an axis title along a short plot is cut.
    const QString unit = chart->axes(Qt::Vertical).isEmpty() ? QString() : model.unitLabel(); // none without figures
    for (TradeSeriesChart *panel : charts) {
        for (QAbstractAxis *axis : panel->axes(Qt::Vertical))
            axis->setTitleText(QString());
    }
    const qsizetype lastComma = title.lastIndexOf(QStringLiteral(", "));
    if (QFontMetricsF(titleFont).horizontalAdvance(title) > target.width() - 24 && lastComma > 0)
        title[lastComma + 1] = QLatin1Char('\n');
    const qreal headingTall = QFontMetricsF(titleFont)
                                  .boundingRect(QRectF(0, 0, target.width() - 24, 1e6), Qt::TextWordWrap, title)
                                  .height();
    const qreal titleTall = headingTall + (unit.isEmpty() ? 0 : QFontMetricsF(labels).height() + 2) + 10;
    const QRectF chartRect(0, titleTall, target.width(), target.height() - titleTall - sourceHeight - legendTall - 6);
    const QList<QRectF> captions = layOutPanels(charts, QRectF(QPointF(0, 0), chartRect.size()), labels);
    scene.setSceneRect(QRectF(QPointF(0, 0), chartRect.size()));
    painter.save();
    painter.fillRect(target, Qt::white);
    painter.translate(target.topLeft());
    scene.render(&painter, chartRect, QRectF(QPointF(0, 0), chartRect.size()));
    painter.setFont(titleFont);
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.drawText(
        QRectF(12, 8, target.width() - 24, headingTall), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, title);
    for (int i = 0; i < int(charts.size()); ++i) {
        paintLegend(painter, captions.at(i).translated(chartRect.topLeft()), charts.at(i)->panelLegend(), labels,
            QColor(0x22, 0x22, 0x22));
    }
    painter.setFont(labels);
    painter.drawText(QRectF(12, 8 + headingTall + 2, target.width() - 24, titleTall - headingTall),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, unit);
    paintLegend(painter, QRectF(12, chartRect.bottom(), target.width() - 24, legendTall), entries, legendFont,
        QColor(0x22, 0x22, 0x22));
    painter.setFont(sourceFont);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.drawText(QRectF(12, target.height() - sourceHeight + 4, target.width() - 24, sourceHeight),
        Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, source);
    painter.restore();
}

namespace {
Graphic seriesGraphic(
    const SharedDataset &dataset, const TradeViewSettings &settings, Language language, QSize size, qreal ratio)
{
    Graphic graphic;
    graphic.pixels = (QSizeF(size) * ratio).toSize();
    graphic.devicePixelRatio = ratio;
    graphic.title = dataset->title.in(language);
    graphic.paint = [&dataset, settings, language](QPainter &painter, const QRectF &target) {
        paintTradeSeries(painter, target, dataset, settings, language);
    };
    return graphic;
}
} // namespace

QImage tradeSeriesImage(
    const SharedDataset &dataset, const TradeViewSettings &settings, Language language, QSize size, qreal ratio)
{
    return graphicImage(seriesGraphic(dataset, settings, language, size, ratio));
}

ExportResult exportTradeSeries(const SharedDataset &dataset, const TradeViewSettings &settings, Language language,
    const QString &path, ExportFormat format, QSize size, qreal ratio)
{
    const Graphic graphic = seriesGraphic(dataset, settings, language, size, format == ExportFormat::Png ? ratio : 1);
    return ExportResult::fromWrite(
        writeAtomically(path, [&](QIODevice &device) { return writeGraphic(device, format, graphic); }));
}

} // namespace azkz
