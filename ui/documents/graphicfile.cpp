#include "ui/documents/graphicfile.h"

#include "ui/documents/chartexport.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace azkz {

QString portableSvg(QString svg, QSize size)
{
    static const QRegularExpression header(QStringLiteral(R"re(<svg width="[^"]*" height="[^"]*")re"));
    svg.replace(header, QStringLiteral(R"(<svg width="%1" height="%2")").arg(size.width()).arg(size.height()));
    static const QRegularExpression family(QStringLiteral(R"re(font-family="([^"]*)")re"));
    QString result;
    qsizetype at = 0;
    for (auto it = family.globalMatch(svg); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString name = match.captured(1);
        if (name == QLatin1String("Sans Serif"))
            name = exportFontFamily();
        result += svg.mid(at, match.capturedStart() - at)
            + QStringLiteral(R"(font-family="'%1', sans-serif")").arg(name.remove(QLatin1Char('\'')));
        at = match.capturedEnd();
    }
    result += svg.mid(at);
    // Qt sets text at whole pixel sizes (a 10 pt body at 96 dpi, 13.33 px, is laid out at 13)
    // and writes the size asked: a viewer setting 13.33 px made every line 2.6 % wider than its
    // place, over the table's column rules. The size written is the size laid out.
    static const QRegularExpression fontSize(QStringLiteral(R"re(font-size="([0-9]*\.[0-9]+)")re"));
    QString sized;
    at = 0;
    for (auto it = fontSize.globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        sized += result.mid(at, match.capturedStart() - at)
            + QStringLiteral(R"(font-size="%1")").arg(qRound(match.captured(1).toDouble()));
        at = match.capturedEnd();
    }
    return sized + result.mid(at);
}

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
        QBuffer drawing;
        drawing.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&drawing);
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
        if (!painter.end())
            return false;
        const QByteArray text = portableSvg(QString::fromUtf8(drawing.data()), graphic.pixels).toUtf8();
        return device.write(text) == text.size();
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
