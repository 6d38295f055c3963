// The trade chart leaving the program: PNG, SVG and PDF files, an image for the clipboard,
// and a printed page. Each draws a fresh chart from the model at the target size, with the
// source line under it, so that the output does not depend on the window's size.
#pragma once

#include "tradechart.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace azkz {

class TradeModel;

enum class ChartFormat { Png, Svg, Pdf };
// From the file's suffix: .png, .svg or .pdf.
std::optional<ChartFormat> chartFormatForPath(const QString &path);

struct ChartOutput {
    QSize size = QSize(1200, 700); // the layout, in logical pixels (PNG, SVG)
    qreal devicePixelRatio = 2; // PNG only
    // The written file's size in pixels, as --size and the export dialog give it; when set, it
    // replaces size: a PNG is laid out at pixels / devicePixelRatio, an SVG is pixels px wide.
    std::optional<QSize> pixels;
    TradeChart::Settings settings;

    QSize pixelSize(ChartFormat format) const;
};

// A family installed everywhere this program runs (DejaVu Sans on Debian), so that SVG
// viewers and PDF readers show the text as it was drawn.
QString exportFontFamily();

// Draws the chart and, under it, the source line into target (logical units of painter).
void paintChart(QPainter &painter, const QRectF &target, const Dataset &dataset, const TradeModel &model,
    const TradeChart::Settings &settings);
QImage chartImage(const Dataset &dataset, const TradeModel &model, const ChartOutput &output);
// Writes the file atomically. Returns an empty string on success, else what went wrong.
QString exportChart(const Dataset &dataset, const TradeModel &model, const QString &path, ChartFormat format,
    const ChartOutput &output);
// One landscape page: the chart, the table and the source line.
void printTradePage(
    QPagedPaintDevice &device, const Dataset &dataset, const TradeModel &model, const TradeChart::Settings &settings);

} // namespace azkz
