#include "ui/documents/chartexport.h"
#include "ui/documents/graphicfile.h"

#include "core/io/atomicfile.h"
#include "core/trade/tradecsv.h"
#include "core/trade/trademodel.h"
#include "ui/documents/htmltable.h"
#include "ui/documents/printing.h"

#include <QAbstractAxis>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextDocument>

#include <algorithm>

namespace azkz {

namespace {
// Below this, the value axis has no room for its unit written along it.
constexpr qreal MinimumLayoutHeight = 360;
} // namespace

QSize ChartOutput::pixelSize(ExportFormat format) const
{
    if (pixels)
        return *pixels;
    return format == ExportFormat::Png ? (QSizeF(size) * devicePixelRatio).toSize() : size;
}

QString exportFontFamily()
{
    const QString preferred = QStringLiteral("DejaVu Sans");
    return QFontDatabase::families().contains(preferred)
        ? preferred
        : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

void paintChart(QPainter &painter, const QRectF &target, const SharedDataset &dataset, const TradeModel &model,
    const TradeChart::Settings &settings, bool withSource)
{
    // The chart is laid out at the size it is drawn at, in a scene of its own.
    QGraphicsScene scene;
    scene.setFont(QFont(exportFontFamily())); // every text item, and every SVG group, names a real family
    scene.setPalette(printPalette()); // not the application's, which may be dark
    auto *chart = new TradeChart(dataset, model);
    chart->setFontFamily(exportFontFamily());
    chart->setSettings(settings);
    scene.addItem(chart);
    // One type scale for the size drawn, as the long series': the title largest, then the axes
    // and the legend, then the source (the theme's 8.5 px text was smaller than the source).
    const qreal drawn = std::max(target.height(), MinimumLayoutHeight);
    const auto sized = [&](const QFont &font, qreal divisor, int least, int most) {
        QFont scaled = font;
        scaled.setPixelSize(std::clamp(qRound(drawn / divisor), least, most));
        return scaled;
    };
    chart->setTitleFont(sized(chart->titleFont(), 28, 13, 30));
    chart->legend()->setFont(sized(chart->legend()->font(), 48, 10, 20));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(sized(axis->labelsFont(), 48, 10, 20));
        axis->setTitleFont(sized(axis->titleFont(), 48, 10, 20));
    }

    // A small target gets everything laid out larger and drawn scaled down: the title and the
    // axis unit shrink with the rest, and are never cut.
    const qreal enlarge = std::max({1.0, (chart->titleWidth() + 80) / std::max(target.width(), 1.0),
        MinimumLayoutHeight / std::max(target.height(), 1.0)});
    const QRectF area(QPointF(0, 0), target.size() * enlarge);

    QFont sourceFont(exportFontFamily());
    sourceFont.setPixelSize(std::max(10, qRound(area.height() / 60))); // 7.5 pt placed at 96 dpi
    const QString source = tradeSourceLine(*dataset, model.language());
    const QFontMetricsF metrics(sourceFont);
    const QRectF textBox = metrics.boundingRect(QRectF(0, 0, area.width() - 24, 1e6), Qt::TextWordWrap, source);
    const qreal sourceHeight = withSource ? textBox.height() + 12 : 0;

    const QRectF chartRect(0, 0, area.width(), area.height() - sourceHeight);
    chart->setGeometry(chartRect);
    scene.setSceneRect(chartRect);
    painter.setFont(sourceFont); // before save(): the state restored at the end names a real family too
    painter.save();
    painter.fillRect(target, Qt::white);
    painter.translate(target.topLeft());
    painter.scale(1 / enlarge, 1 / enlarge);
    scene.render(&painter, chartRect, chartRect);
    if (withSource) {
        painter.setFont(sourceFont);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(QRectF(12, area.bottom() - sourceHeight + 4, area.width() - 24, sourceHeight),
            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, source);
    }
    painter.restore();
}

namespace {
Graphic chartGraphic(
    const SharedDataset &dataset, const TradeModel &model, ExportFormat format, const ChartOutput &output)
{
    Graphic graphic;
    graphic.pixels = output.pixelSize(format);
    graphic.devicePixelRatio = format == ExportFormat::Png ? output.devicePixelRatio : 1;
    graphic.title = dataset->title.in(model.language());
    graphic.description = tradeSourceLine(*dataset, model.language());
    graphic.paint = [&dataset, &model, settings = output.settings](QPainter &painter, const QRectF &target) {
        paintChart(painter, target, dataset, model, settings);
    };
    return graphic;
}
} // namespace

QImage chartImage(const SharedDataset &dataset, const TradeModel &model, const ChartOutput &output)
{
    return graphicImage(chartGraphic(dataset, model, ExportFormat::Png, output));
}

ExportResult exportChart(const SharedDataset &dataset, const TradeModel &model, const QString &path,
    ExportFormat format, const ChartOutput &output)
{
    const Graphic graphic = chartGraphic(dataset, model, format, output);
    return ExportResult::fromWrite(
        writeAtomically(path, [&](QIODevice &device) { return writeGraphic(device, format, graphic); }));
}

void printTradePage(QPagedPaintDevice &device, const SharedDataset &dataset, const TradeModel &model,
    const TradeChart::Settings &settings)
{
    QPainter painter(&device);
    const QRectF page = painter.viewport();
    const qreal scale = page.width() / 1200.0;
    painter.scale(scale, scale);
    const QRectF area(0, 0, 1200, page.height() / scale);

    QTextDocument table;
    QFont font(exportFontFamily());
    font.setPixelSize(14);
    table.setDefaultFont(withoutLigatures(font));
    table.setTextWidth(area.width());
    table.setDocumentMargin(0);
    const Language language = model.language();
    // The source line in the table's own size, readable on paper, under the table it documents.
    table.setHtml(htmlTable(model)
        + QStringLiteral("<p>%1</p><p>%2</p>")
              .arg(dataset->trade.note.in(language).toHtmlEscaped(),
                  tradeSourceLine(*dataset, language).toHtmlEscaped()));
    const qreal tableHeight = table.size().height();
    paintChart(painter, QRectF(0, 0, area.width(), area.height() - tableHeight - 16), dataset, model, settings, false);
    painter.translate(0, area.height() - tableHeight);
    drawDocumentLight(painter, table); // the application's palette may be dark: paper is white
}

qreal defaultPixelRatio(QSize pixels)
{
    return pixels.width() >= 2 * 600 && pixels.height() >= 2 * 400 ? 2 : 1;
}

} // namespace azkz
