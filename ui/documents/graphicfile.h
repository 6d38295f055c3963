// One picture (a chart with its source line) as a PNG image, an SVG drawing or a PDF page: the
// three formats' setup in one place, for every chart the program writes.
#pragma once

#include "core/io/exportformat.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>

class QIODevice;
class QPainter;
class QRectF;

namespace azkz {

struct Graphic {
    // The written file's size in pixels (PNG) or px (SVG); PDF is an A4 landscape page.
    QSize pixels = QSize(2400, 1400);
    // PNG only: the picture is laid out at pixels / devicePixelRatio logical pixels.
    qreal devicePixelRatio = 2;
    QString title; // SVG <title>, PDF title (plain text)
    QString description; // SVG <desc> (plain text)
    // Draws the picture into the rectangle, in the painter's logical units.
    std::function<void(QPainter &, const QRectF &)> paint;
};

// The picture on white, at graphic.pixels with its pixel ratio.
QImage graphicImage(const Graphic &graphic);
// Writes the picture to device in format (PNG, SVG or PDF); false when the device refuses.
// On the PDF page the picture is laid out 1200 logical pixels wide and scaled to the page.
bool writeGraphic(QIODevice &device, ExportFormat format, const Graphic &graphic);

// What QSvgGenerator writes, made to show the same in a browser: the size in px as asked (it
// gives millimetres at its own resolution: a 1200 px drawing showed 1600 px wide), and each
// font family with a generic fallback ("Sans Serif", Qt's name for the default face, which
// Chromium set in a serif face, becomes the face the program draws with).
QString portableSvg(QString svg, QSize size);

} // namespace azkz
