// The long trade series chart leaving the program, for a given view, range, unit and
// language, without the page: PNG, SVG and PDF files and an image. The report can call
// paintTradeSeries() with its own painter.
#pragma once

#include "core/trade/tradeseries.h"
#include "ui/documents/chartexport.h"

namespace azkz {

// Draws the chart of the view and, under it, the sources line into target (logical units).
void paintTradeSeries(QPainter &painter, const QRectF &target, const SharedDataset &dataset,
    const TradeViewSettings &settings, Language language);
QImage tradeSeriesImage(
    const SharedDataset &dataset, const TradeViewSettings &settings, Language language, QSize size, qreal ratio);
// Writes the file atomically.
ExportResult exportTradeSeries(const SharedDataset &dataset, const TradeViewSettings &settings, Language language,
    const QString &path, ExportFormat format, QSize size, qreal ratio = 2);

} // namespace azkz
