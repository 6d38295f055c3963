#include "tradeseriesexport.h"

#include "printing.h"

#include "atomicfile.h"
#include "tradeserieschart.h"
#include "tradeseriesmodel.h"

#include <QAbstractAxis>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace azkz {

void paintTradeSeries(QPainter &painter, const QRectF &target, const Dataset &dataset,
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

QImage tradeSeriesImage(
    const Dataset &dataset, const TradeViewSettings &settings, Language language, QSize size, qreal ratio)
{
    QImage image((QSizeF(size) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintTradeSeries(painter, QRectF(QPointF(0, 0), QSizeF(size)), dataset, settings, language);
    return image;
}

ExportResult exportTradeSeries(const Dataset &dataset, const TradeViewSettings &settings, Language language,
    const QString &path, ChartFormat format, QSize size, qreal ratio)
{
    return ExportResult::fromWrite(writeAtomically(path, [&](QIODevice &device) {
        switch (format) {
        case ChartFormat::Png:
            return tradeSeriesImage(dataset, settings, language, size, ratio).save(&device, "PNG");
        case ChartFormat::Svg: {
            QSvgGenerator svg;
            svg.setOutputDevice(&device);
            svg.setSize(size);
            svg.setViewBox(QRect(QPoint(0, 0), size));
            svg.setTitle(dataset.title.in(language).toHtmlEscaped());
            QPainter painter;
            if (!painter.begin(&svg))
                return false;
            paintTradeSeries(painter, QRectF(QPointF(0, 0), QSizeF(size)), dataset, settings, language);
            return painter.end();
        }
        case ChartFormat::Pdf: {
            QPdfWriter pdf(&device);
            pdf.setTitle(dataset.title.in(language));
            pdf.setCreator(QStringLiteral("azkz-relations"));
            pdf.setPageSize(QPageSize(QPageSize::A4));
            pdf.setPageOrientation(QPageLayout::Landscape);
            pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
            QPainter painter;
            if (!painter.begin(&pdf))
                return false;
            const QRectF page = painter.viewport();
            const qreal scale = page.width() / 1200.0;
            painter.scale(scale, scale);
            paintTradeSeries(painter, QRectF(0, 0, 1200, page.height() / scale), dataset, settings, language);
            return painter.end();
        }
        }
        return false;
    }));
}

} // namespace azkz
