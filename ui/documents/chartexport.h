// The trade chart leaving the program: PNG, SVG and PDF files, an image for the clipboard,
// and a printed page. Each draws a fresh chart from the model at the target size, with the
// source line under it, so that the output does not depend on the window's size.
#pragma once

#include "core/io/exportformat.h"
#include "ui/documents/exportresult.h"
#include "ui/documents/tradechart.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace azkz {

class TradeModel;

struct ChartOutput {
    QSize size = QSize(1200, 700); // the layout, in logical pixels (PNG, SVG)
    qreal devicePixelRatio = 2; // PNG only
    // The written file's size in pixels, as --size and the export dialog give it; when set, it
    // replaces size: a PNG is laid out at pixels / devicePixelRatio, an SVG is pixels px wide.
    std::optional<QSize> pixels;
    TradeChart::Settings settings;

    QSize pixelSize(ExportFormat format) const;
};

// The pixel ratio a PNG of this many pixels is laid out at when none is asked: 2 (finer text and
// lines) while that leaves a layout of 600x400 or more (the least the charts are tested at),
// else 1 (a 1200x630 picture laid out at 600x315 had no room for its plots).
qreal defaultPixelRatio(QSize pixels);

// A family installed everywhere this program runs (DejaVu Sans on Debian), so that SVG
// viewers and PDF readers show the text as it was drawn.
QString exportFontFamily();

// Draws the chart and, under it unless withSource is false, the source line into target
// (logical units of painter). Always light: white paper, the chart's light colours.
void paintChart(QPainter &painter, const QRectF &target, const SharedDataset &dataset, const TradeModel &model,
    const TradeChart::Settings &settings, bool withSource = true);
QImage chartImage(const SharedDataset &dataset, const TradeModel &model, const ChartOutput &output);
// Writes the file atomically.
ExportResult exportChart(const SharedDataset &dataset, const TradeModel &model, const QString &path,
    ExportFormat format, const ChartOutput &output);
// One page (landscape by default): the chart, the table and, under it, the note and the
// source line in the table's size; dark text on white whatever the application's palette.
void printTradePage(QPagedPaintDevice &device, const SharedDataset &dataset, const TradeModel &model,
    const TradeChart::Settings &settings);

} // namespace azkz
