// The arithmetic of the time axis, apart from any widget: each event's extent in fractional
// years, the data's extent, the view (the years across a width in pixels) with zoom and pan
// bounded to that extent, year <-> x, the lanes that keep markers from overlapping, and the
// round steps of the year ticks. Qt Core only; the axis widget draws what this computes.
#pragma once

#include "core/data/dataset.h"

#include <QList>

#include <cmath>
#include <limits>

#include <optional>
#include <utility>

namespace azkz {

class TimeScale final
{
public:
    // An event's extent in fractional years (1992.66 is late August 1992).
    struct Span {
        double start = 0;
        double end = 0;
        bool point = false; // a day or a month: drawn as a dot
    };
    static constexpr int MaxLanes = 6; // more events side by side share the last lane
    static constexpr int MaxPictureLanes = 12; // a printed picture's, which has the room
    static constexpr double MinSpanYears = 0.5; // a year, a decade or a span is at least this long
    static constexpr double MinViewYears = 0.5; // half a year across the width at most zoom
    // A marker's extent in pixels: a point is PointWidth wide, centred on its date; a bar is at
    // least BarMinWidth wide for the lanes; markers closer than LaneGap share no lane.
    static constexpr double PointWidth = 12;
    static constexpr double BarMinWidth = 12;
    static constexpr double LaneGap = 4;

    TimeScale() = default;
    explicit TimeScale(const Dataset &dataset);

    // Where a date point starts and ends. QDate has no year 0 (nor some others a dataset may
    // hold): such a point is placed by its year alone rather than at NaN or infinity.
    static double startOf(const DatePoint &point);
    static double endOf(const DatePoint &point);
    // A round step of years (1, 2 or 5 times a power of ten) at least minimum long.
    static double roundStep(double minimum);

    // The widest view zooming out and panning allow: the data's extent with a margin.
    std::pair<double, double> dataRange() const { return {m_dataStart, m_dataEnd}; }
    std::pair<double, double> viewRange() const { return {m_viewStart, m_viewEnd}; }
    double viewYears() const { return m_viewEnd - m_viewStart; }
    qsizetype eventCount() const { return m_spans.size(); }
    const Span &span(int event) const { return m_spans.at(event); }

    // The width in pixels the view is drawn across.
    void setWidth(int width);
    int width() const { return m_width; }
    double toX(double year) const;
    double toYear(double x) const;
    // A picture's broken axis: the years of the view before `until` take only `fraction` of the
    // width (an empty stretch of decades), the rest the remainder. A NaN until: no break.
    void setCompressedBefore(double until, double fraction);
    std::optional<double> breakYear() const; // where the axis is broken, if it is

    // Each returns whether the view moved. The view stays inside the data's extent: zooming
    // out stops at "fit all", panning stops at the ends, non-finite years are ignored.
    bool setView(double start, double end);
    bool fitAll() { return setView(m_dataStart, m_dataEnd); }
    // The view around the events shown (a search, a filter of years), with a margin; all the
    // data when none is shown.
    bool fitVisibleEvents();
    bool zoomBy(double factor, double anchorX); // the year under anchorX stays there
    bool zoomBy(double factor) { return zoomBy(factor, m_width / 2.0); }
    bool panBy(double years) { return setView(m_viewStart + years, m_viewEnd + years); }
    // Centres the event, keeping the zoom, when none of it is in view.
    bool bringIntoView(int event);

    // Lanes at the current view for the events shown, in the order given (later events go
    // where earlier ones leave room). Laid out again after every change of view or width.
    void setVisibleEvents(const QList<int> &events);
    const QList<int> &visibleEvents() const { return m_visible; }
    int lane(int event) const { return m_lane.value(event, -1); } // -1: not shown
    int laneCount() const { return m_laneCount; }
    void setMaxLanes(int lanes); // MaxLanes unless a picture asks for up to MaxPictureLanes
    int maxLanes() const { return m_maxLanes; }
    // The marker's left and right edges in pixels, as the lanes place it.
    std::pair<double, double> markerExtent(int event) const;

    // The years of the ticks: a round step at least minSpacing pixels apart, each computed from
    // the first (never by adding to the last), at most maxTicks of them.
    QList<double> tickYears(double minSpacing, int maxTicks = 1000) const;
    // When zoomed in to months (four or more ticks a year fit): the first days of months a
    // round number apart (1, 2 or 3), at least minSpacing pixels, as (year, month); empty
    // when tickYears is the scale to draw.
    QList<std::pair<int, int>> tickMonths(double minSpacing, int maxTicks = 1000) const;

private:
    void layoutLanes();

    QList<Span> m_spans; // each event's extent, computed once
    QList<int> m_visible;
    QList<int> m_lane; // each event's lane at the current view; -1 when not shown
    int m_laneCount = 0;
    int m_maxLanes = MaxLanes;
    int m_width = 0;
    double m_dataStart = 1900;
    double m_dataEnd = 2030;
    double m_viewStart = 1900;
    double m_viewEnd = 2030;
    double m_break = std::numeric_limits<double>::quiet_NaN(); // the broken axis's knee, in years
    double m_breakFraction = 0;
};

} // namespace azkz
