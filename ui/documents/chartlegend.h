// A chart's legend as a document draws it: every series named whole (Qt Charts' own legend cuts
// a long name with "…", and a name is what says whose figures a line is), the entries flowing
// onto as many lines as the width needs, each long one wrapped.
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

class QPainter;
class QRectF;

namespace azkz {

struct LegendEntry {
    QString name;
    QColor colour;
    bool dashed = false; // a dashed line's sample, not a square
    bool heading = false; // no sample: a bold name, the entries after it under it (a panel's)
};

// How tall the legend is across width.
qreal legendHeight(const QList<LegendEntry> &entries, const QFont &font, qreal width);
// Draws it in area (as tall as legendHeight says), in colour text.
void paintLegend(
    QPainter &painter, const QRectF &area, const QList<LegendEntry> &entries, const QFont &font, const QColor &text);

} // namespace azkz
