#include "ui/documents/axismarkers.h"

#include "core/timeline/eventsmodel.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <vector>

namespace azkz {

namespace {
const QColor CategoryColors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
    QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b)};
} // namespace

QColor AxisMarkers::categoryColour(qsizetype category)
{
    return CategoryColors[category % std::size(CategoryColors)];
}

AxisMarkers::AxisMarkers(const EventsModel &events) : m_events(events)
{
    const int count = events.rowCount();
    m_categoryOf.reserve(count);
    m_otherClaims.reserve(count);
    for (int event = 0; event < count; ++event) {
        m_categoryOf.append(events.categoryIndex(event) % std::size(CategoryColors));
        m_otherClaims.append(!events.otherClaimedDates(event).isEmpty());
    }
    m_dots.resize(std::size(CategoryColors));
}

std::optional<QRectF> AxisMarkers::eventRect(const TimeScale &scale, int event) const
{
    const int lane = scale.lane(event);
    if (lane < 0)
        return std::nullopt;
    const TimeScale::Span &span = scale.span(event);
    const double y = TopMargin + lane * LaneHeight + 4;
    if (span.point)
        return QRectF(
            scale.toX(span.start) - TimeScale::PointWidth / 2, y, TimeScale::PointWidth, TimeScale::PointWidth);
    const double left = scale.toX(span.start);
    return QRectF(left, y + 2, std::max(scale.toX(span.end) - left, 6.0), 8);
}

void AxisMarkers::paint(
    QPainter &painter, const TimeScale &scale, int width, int selected, const QPalette &palette) const
{
    // Events: a dot for a day or month, a bar for a year, decade or span, later ones on top. With
    // many events most fall on a pixel another covers: of the markers of one shape that start
    // on the same pixel of a lane, only the one drawn last (the one seen) is drawn. The
    // selected event is drawn last of all, above the others; the events whose date is
    // disputed are always drawn, with their other claimed dates.
    const int columns = width + 1;
    std::vector<int> taken(size_t(scale.maxLanes()) * columns, 0); // the shape drawn there, +1
    const QList<int> &visible = scale.visibleEvents();
    QList<int> drawn;
    for (qsizetype i = visible.size() - 1; i >= 0; --i) {
        const int event = visible.at(i);
        const auto area = eventRect(scale, event);
        if (!area || area->right() < 0 || area->left() > width || event == selected)
            continue;
        if (!m_otherClaims.at(event)) {
            const auto column = size_t(std::clamp(qRound(area->left()), 0, columns - 1));
            const int shape = scale.span(event).point ? 1 : 2 + qRound(std::min(area->width(), 1e6));
            int &slot = taken[size_t(scale.lane(event)) * columns + column];
            if (slot == shape)
                continue;
            slot = shape;
        }
        drawn.append(event);
    }
    for (qsizetype i = drawn.size() - 1; i >= 0; --i)
        paintMarker(painter, scale, drawn.at(i), *eventRect(scale, drawn.at(i)), false, palette);
    if (const auto area = selected >= 0 ? eventRect(scale, selected) : std::nullopt)
        paintMarker(painter, scale, selected, *area, true, palette);
}

void AxisMarkers::paintMarker(QPainter &painter, const TimeScale &scale, int event, const QRectF &area, bool selected,
    const QPalette &palette) const
{
    const qsizetype category = m_categoryOf.at(event);
    const QColor colour = categoryColour(category);
    const bool point = scale.span(event).point;
    // The other claimed dates first: a close one must not cover the event's own mark.
    if (m_otherClaims.at(event))
        paintOtherClaims(painter, scale, event, area, colour, palette);
    // On a screen or an image a dot is drawn once a category and blitted after (a thousand
    // antialiased ellipses take milliseconds); a PDF or an SVG gets vectors, not pictures.
    const int device = painter.device()->devType();
    const bool raster = device == QInternal::Widget || device == QInternal::Pixmap || device == QInternal::Image;
    if (point && !selected && raster) {
        const qreal ratio = painter.device()->devicePixelRatioF();
        QPixmap &dot = m_dots[category];
        if (dot.isNull() || dot.devicePixelRatio() != ratio) {
            const int side = int(TimeScale::PointWidth) + 2;
            dot = QPixmap(QSize(side, side) * ratio);
            dot.setDevicePixelRatio(ratio);
            dot.fill(Qt::transparent);
            QPainter dotPainter(&dot);
            dotPainter.setRenderHint(QPainter::Antialiasing);
            dotPainter.setPen(QPen(colour.darker(130), 1));
            dotPainter.setBrush(colour);
            dotPainter.drawEllipse(QRectF(1, 1, TimeScale::PointWidth, TimeScale::PointWidth));
        }
        painter.drawPixmap(area.topLeft() - QPointF(1, 1), dot);
    } else {
        painter.setPen(QPen(selected ? palette.color(QPalette::Highlight) : colour.darker(130), selected ? 3 : 1));
        painter.setBrush(colour);
        if (point)
            painter.drawEllipse(area);
        else
            painter.drawRoundedRect(area, 3, 3);
    }
}

void AxisMarkers::paintOtherClaims(QPainter &painter, const TimeScale &scale, int event, const QRectF &area,
    const QColor &colour, const QPalette &palette) const
{
    // Where sources disagree on the date, each other claimed date is marked too: an open mark
    // in the event's lane, joined to it by a dashed line.
    for (const QRectF &mark : otherClaimRects(scale, event, area)) {
        painter.setPen(QPen(colour.darker(130), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawLine(QPointF(area.center().x(), area.center().y()), mark.center());
        painter.setPen(QPen(colour.darker(130), 2));
        painter.setBrush(palette.color(QPalette::Base));
        painter.drawEllipse(mark);
    }
}

QList<QRectF> AxisMarkers::otherClaimRects(const TimeScale &scale, int event) const
{
    const std::optional<QRectF> area = m_otherClaims.value(event) ? eventRect(scale, event) : std::nullopt;
    return area ? otherClaimRects(scale, event, *area) : QList<QRectF>();
}

QList<QRectF> AxisMarkers::otherClaimRects(const TimeScale &scale, int event, const QRectF &area) const
{
    QList<QRectF> marks;
    for (const DatePoint &claimed : m_events.otherClaimedDates(event)) {
        const double x = scale.toX(TimeScale::startOf(claimed));
        marks.append(QRectF(x - 5, area.center().y() - 5, 10, 10));
    }
    return marks;
}

} // namespace azkz
