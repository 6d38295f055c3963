#include "ui/documents/graphicfile.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace azkz {

QImage graphicImage(const Graphic &graphic)
{
    QImage image(graphic.pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(graphic.devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Logical units: with a ratio above 1, a device-sized rectangle would draw a quarter of the picture.
    graphic.paint(painter, QRectF(QPointF(0, 0), QSizeF(image.size()) / graphic.devicePixelRatio));
    return image;
}

bool writeGraphic(QIODevice &device, ExportFormat format, const Graphic &graphic)
{
    switch (format) {
    case ExportFormat::Png:
        return graphicImage(graphic).save(&device, "PNG");
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&device);
        svg.setSize(graphic.pixels);
        svg.setViewBox(QRect(QPoint(0, 0), graphic.pixels));
        // QSvgGenerator writes both as they are, inside <title> and <desc>.
        svg.setTitle(graphic.title.toHtmlEscaped());
        if (!graphic.description.isEmpty())
            svg.setDescription(graphic.description.toHtmlEscaped());
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        graphic.paint(painter, QRectF(QPointF(0, 0), QSizeF(graphic.pixels)));
        return painter.end();
    }
    case ExportFormat::Pdf: {
        QPdfWriter pdf(&device);
        pdf.setTitle(graphic.title);
        pdf.setCreator(QStringLiteral("azkz-relations"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        QPainter painter;
        if (!painter.begin(&pdf))
            return false;
        // Laid out at a screen-like size, then scaled onto the page as vectors.
        const QRectF page = painter.viewport();
        const qreal scale = page.width() / 1200.0;
        painter.scale(scale, scale);
        graphic.paint(painter, QRectF(0, 0, 1200, page.height() / scale));
        return painter.end();
    }
    case ExportFormat::Csv:
        break;
    }
    return false;
}

} // namespace azkz
