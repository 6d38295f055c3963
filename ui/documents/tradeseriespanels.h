// The panels of a long-series view laid out together: the mirror view's flows and its gaps'
// strip, one above another, sharing their years; the screen and the files use the same layout.
#pragma once

#include "ui/documents/chartlegend.h"

#include <QList>
#include <QRectF>

namespace azkz {

class TradeSeriesChart;

// Lays the charts of a view's panels out one above another in area (their parent's coordinates):
// each panel's caption (its panelLegend(), in captionFont), then its chart; the gaps' strip half
// as tall as a flow's panel; the plots aligned left and right. Returns where each caption goes.
QList<QRectF> layOutPanels(const QList<TradeSeriesChart *> &charts, const QRectF &area, const QFont &captionFont);
// The legend of all panels, each entry once.
QList<LegendEntry> panelsLegend(const QList<TradeSeriesChart *> &charts);

} // namespace azkz
