// The time axis's event markers, over a TimeScale: a dot for a day or a month, a bar for a year,
// a decade or a span, in the colour of the event's category; the other dates claimed for a
// disputed one, joined to it; of the markers one pixel of a lane holds only the one seen, and
// the selected event last, highlighted.
#pragma once

#include "core/timeline/timescale.h"

#include <QColor>
#include <QList>
#include <QPixmap>
#include <QRectF>

#include <optional>

class QPainter;
class QPalette;

namespace azkz {

class EventsModel;

class AxisMarkers final
{
public:
    // The lanes start under the era names, one lane this tall each.
    static constexpr int TopMargin = 22;
    static constexpr int LaneHeight = 18;

    // The colour of the category (its index among the dataset's), also the filter bar's key.
    static QColor categoryColour(qsizetype category);

    // Refers to events, which must outlive it.
    explicit AxisMarkers(const EventsModel &events);

    // Where the event's marker is, in the axis's pixels; nothing for an event with no lane.
    std::optional<QRectF> eventRect(const TimeScale &scale, int event) const;
    // Where the open marks of the other dates claimed for a disputed event are; none when sources
    // agree on its date. The axis shows the event's tooltip there and picks it on a click.
    QList<QRectF> otherClaimRects(const TimeScale &scale, int event) const;
    // The visible events' markers across width pixels (selected: an event index, or -1).
    void paint(QPainter &painter, const TimeScale &scale, int width, int selected, const QPalette &palette) const;

private:
    void paintMarker(QPainter &painter, const TimeScale &scale, int event, const QRectF &area, bool selected,
        const QPalette &palette) const;
    void paintOtherClaims(QPainter &painter, const TimeScale &scale, int event, const QRectF &area,
        const QColor &colour, const QPalette &palette) const;
    QList<QRectF> otherClaimRects(const TimeScale &scale, int event, const QRectF &area) const;

    const EventsModel &m_events;
    QList<qsizetype> m_categoryOf; // each event's category's colour
    QList<bool> m_otherClaims; // each event's: sources disagree on its date
    mutable QList<QPixmap> m_dots; // each category colour's dot, drawn once
};

} // namespace azkz
