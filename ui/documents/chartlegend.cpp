#include "ui/documents/chartlegend.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <cmath>

namespace azkz {

namespace {

struct Placed {
    QRectF swatch;
    QRectF text;
};

// Where each entry goes: left to right, a new line when the next does not fit; an entry wider
// than the whole width has a line of its own, its name wrapped.
QList<Placed> layOut(const QList<LegendEntry> &entries, const QFont &font, qreal width, qreal *height)
{
    const QFontMetricsF plainMetrics(font);
    const qreal line = plainMetrics.height();
    const qreal swatchSize = std::round(line * 0.7);
    const qreal gap = std::round(line * 0.35), spacing = std::round(line * 1.2);
    QList<Placed> placed;
    qreal x = 0, y = 0, rowHeight = 0;
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    for (const LegendEntry &entry : entries) {
        const QFontMetricsF &metrics = entry.heading ? boldMetrics : plainMetrics;
        const qreal swatch = entry.heading ? -gap : swatchSize; // no sample, no gap after it
        const qreal textWidth = metrics.horizontalAdvance(entry.name) + 1;
        qreal entryWidth = swatch + gap + textWidth;
        if (x > 0 && x + entryWidth > width) {
            x = 0;
            y += rowHeight + gap;
            rowHeight = 0;
        }
        QRectF text(x + swatch + gap, y, textWidth, line);
        if (entryWidth > width) { // alone on its line, wrapped
            text = metrics.boundingRect(QRectF(x + swatch + gap, y, width - swatch - gap, 1e6),
                Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, entry.name);
            entryWidth = width;
        }
        placed.append({QRectF(x, y + (line - swatch) / 2, swatch, swatch), text});
        rowHeight = std::max(rowHeight, text.height());
        x += entryWidth + spacing;
    }
    *height = entries.isEmpty() ? 0 : y + rowHeight;
    return placed;
}

} // namespace

qreal legendHeight(const QList<LegendEntry> &entries, const QFont &font, qreal width)
{
    qreal height = 0;
    layOut(entries, font, width, &height);
    return height;
}

void paintLegend(
    QPainter &painter, const QRectF &area, const QList<LegendEntry> &entries, const QFont &font, const QColor &text)
{
    qreal height = 0;
    const QList<Placed> placed = layOut(entries, font, area.width(), &height);
    painter.save();
    painter.translate(area.topLeft());
    painter.setFont(font);
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const QRectF &swatch = placed.at(i).swatch;
        if (entries.at(i).heading) {
            QFont bold = font;
            bold.setBold(true);
            painter.setFont(bold);
        } else if (entries.at(i).dashed) { // the line as the chart draws it
            QPen dashes(entries.at(i).colour, std::max(2.0, swatch.height() / 5));
            dashes.setDashPattern({1.5, 1}); // two dashes within the swatch, inside the margin
            dashes.setCapStyle(Qt::FlatCap);
            painter.setPen(dashes);
            painter.drawLine(QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()));
        } else {
            painter.fillRect(swatch, entries.at(i).colour);
        }
        painter.setPen(text);
        painter.drawText(placed.at(i).text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, entries.at(i).name);
        painter.setFont(font);
    }
    painter.restore();
}

} // namespace azkz
