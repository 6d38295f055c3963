#include "ui/documents/tradeseriesexport.h"
#include "ui/documents/graphicfile.h"

#include "ui/documents/printing.h"

#include "core/io/atomicfile.h"
#include "core/trade/tradeseriesmodel.h"
#include "ui/documents/tradeserieschart.h"

#include <QAbstractAxis>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace azkz {

void paintTradeSeries(QPainter &painter, const QRectF &target, const SharedDataset &dataset,
    const TradeViewSettings &settings, Language language)
{
    TradeSeriesModel model(dataset, language);
    model.setSettings(settings);
    QGraphicsScene scene;
    scene.setFont(withoutLigatures(QFont(exportFontFamily())));
    auto *chart = new TradeSeriesChart(model);
    scene.addItem(chart);
    // "fl" stays two letters in a PDF's text, so that searching and copying find it.
    chart->setTitleFont(withoutLigatures(chart->titleFont()));
    chart->legend()->setFont(withoutLigatures(chart->legend()->font()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(withoutLigatures(axis->labelsFont()));
        axis->setTitleFont(withoutLigatures(axis->titleFont()));
    }
    QFont sourceFont = withoutLigatures(QFont(exportFontFamily()));
    sourceFont.setPixelSize(std::max(9, qRound(target.height() / 60)));
    const QString source = model.sourcesLine();
    const QRectF textBox
        = QFontMetricsF(sourceFont).boundingRect(QRectF(0, 0, target.width() - 24, 1e6), Qt::TextWordWrap, source);
    const qreal sourceHeight = textBox.height() + 12;
    const QRectF chartRect(0, 0, target.width(), target.height() - sourceHeight);
    chart->setGeometry(chartRect);
    scene.setSceneRect(chartRect);
    painter.setFont(sourceFont);
    painter.save();
    painter.fillRect(target, Qt::white);
    painter.translate(target.topLeft());
    scene.render(&painter, chartRect, chartRect);
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
