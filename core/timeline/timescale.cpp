#include "core/timeline/timescale.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace azkz {

namespace {
double fractionalYear(const QDate &date)
{
    return date.year() + (date.dayOfYear() - 1) / double(date.daysInYear());
}
} // namespace

double TimeScale::startOf(const DatePoint &point)
{
    const QDate first = point.first();
    return first.isValid() ? fractionalYear(first) : double(point.year);
}

double TimeScale::endOf(const DatePoint &point)
{
    const QDate last = point.last();
    if (last.isValid())
        return fractionalYear(last) + 1.0 / 365;
    return double(point.year) + (point.precision == DatePrecision::Decade ? 10 : 1);
}

double TimeScale::roundStep(double minimum)
{
    if (!(minimum > 1))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(minimum)));
    for (double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= minimum)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

TimeScale::TimeScale(const Dataset &dataset)
{
    // The data's extent: every finite date of events and eras.
    double first = std::numeric_limits<double>::max(), last = std::numeric_limits<double>::lowest();
    auto extend = [&](const std::optional<DatePoint> &from, const std::optional<DatePoint> &to) {
        for (const auto &point : {from, to}) {
            if (point) {
                first = std::min(first, startOf(*point));
                last = std::max(last, endOf(*point));
            }
        }
    };
    for (const Event &event : dataset.events)
        extend(event.date.from, event.date.to);
    for (const Era &era : dataset.eras)
        extend(era.from, era.to);
    if (first <= last) {
        const double pad = std::max(1.0, (last - first) * 0.03);
        m_dataStart = first - pad;
        m_dataEnd = last + pad;
    }
    // Each event's extent; an open end reaches the data's.
    m_spans.reserve(dataset.events.size());
    for (const Event &event : dataset.events) {
        const DateSpec &date = event.date;
        const double start = date.from ? startOf(*date.from) : m_dataStart;
        const double end = date.to ? endOf(*date.to) : m_dataEnd;
        const bool point = !date.isSpan && date.from
            && (date.from->precision == DatePrecision::Day || date.from->precision == DatePrecision::Month);
        m_spans.append({start, std::max(end, start + (point ? 0.0 : MinSpanYears)), point});
    }
    m_visible.resize(m_spans.size());
    std::iota(m_visible.begin(), m_visible.end(), 0);
    m_viewStart = m_dataStart;
    m_viewEnd = m_dataEnd;
    layoutLanes();
}

void TimeScale::setWidth(int width)
{
    if (width == m_width)
        return;
    m_width = width;
    layoutLanes();
}

double TimeScale::toX(double year) const
{
    if (!breakYear())
        return (year - m_viewStart) / (m_viewEnd - m_viewStart) * m_width;
    const double knee = m_breakFraction * m_width;
    if (year < m_break)
        return (year - m_viewStart) / (m_break - m_viewStart) * knee;
    return knee + (year - m_break) / (m_viewEnd - m_break) * (m_width - knee);
}

double TimeScale::toYear(double x) const
{
    if (!breakYear())
        return m_viewStart + x / m_width * (m_viewEnd - m_viewStart);
    const double knee = m_breakFraction * m_width;
    if (x < knee)
        return m_viewStart + x / std::max(knee, 1e-9) * (m_break - m_viewStart);
    return m_break + (x - knee) / std::max(m_width - knee, 1e-9) * (m_viewEnd - m_break);
}

void TimeScale::setMaxLanes(int lanes)
{
    m_maxLanes = std::clamp(lanes, 1, int(MaxPictureLanes));
    layoutLanes();
}

void TimeScale::setCompressedBefore(double until, double fraction)
{
    m_break = until;
    m_breakFraction = std::clamp(fraction, 0.05, 0.95);
    layoutLanes();
}

std::optional<double> TimeScale::breakYear() const
{
    if (std::isnan(m_break) || m_break <= m_viewStart || m_break >= m_viewEnd)
        return std::nullopt;
    return m_break;
}

bool TimeScale::setView(double start, double end)
{
    if (!std::isfinite(start) || !std::isfinite(end))
        return false;
    const double extent = m_dataEnd - m_dataStart;
    const double span = std::clamp(end - start, std::min(MinViewYears, extent), extent);
    const double oldStart = m_viewStart, oldEnd = m_viewEnd;
    if (span >= extent) {
        m_viewStart = m_dataStart;
        m_viewEnd = m_dataEnd;
    } else {
        m_viewStart = std::clamp((start + end - span) / 2, m_dataStart, m_dataEnd - span);
        m_viewEnd = m_viewStart + span;
    }
    if (m_viewStart == oldStart && m_viewEnd == oldEnd)
        return false;
    layoutLanes();
    return true;
}

bool TimeScale::fitVisibleEvents()
{
    double start = std::numeric_limits<double>::infinity();
    double end = -start;
    for (int event : std::as_const(m_visible)) {
        start = std::min(start, m_spans.at(event).start);
        end = std::max(end, m_spans.at(event).end);
    }
    if (!(start <= end))
        return fitAll();
    const double margin = std::max((end - start) * 0.05, MinViewYears);
    return setView(start - margin, end + margin);
}

bool TimeScale::zoomBy(double factor, double anchorX)
{
    const double anchor = toYear(anchorX);
    return setView(anchor - (anchor - m_viewStart) / factor, anchor + (m_viewEnd - anchor) / factor);
}

bool TimeScale::bringIntoView(int event)
{
    if (event < 0 || event >= m_spans.size())
        return false;
    const Span &span = m_spans.at(event);
    if (span.end >= m_viewStart && span.start <= m_viewEnd)
        return false;
    const double middle = (span.start + span.end) / 2, half = (m_viewEnd - m_viewStart) / 2;
    return setView(middle - half, middle + half);
}

void TimeScale::setVisibleEvents(const QList<int> &events)
{
    m_visible = events;
    layoutLanes();
}

std::pair<double, double> TimeScale::markerExtent(int event) const
{
    const Span &span = m_spans.at(event);
    const double left = toX(span.start) - (span.point ? PointWidth / 2 : 0);
    return {left, std::max(toX(span.end), left + BarMinWidth)};
}

void TimeScale::layoutLanes()
{
    // Greedy: each event takes the first lane where it does not touch the one before.
    m_lane.fill(-1, m_spans.size());
    double laneEnds[MaxPictureLanes];
    int lanes = 0;
    for (int event : std::as_const(m_visible)) {
        const auto [left, right] = markerExtent(event);
        int lane = 0;
        while (lane < lanes && laneEnds[lane] + LaneGap > left)
            ++lane;
        lane = std::min(lane, m_maxLanes - 1);
        if (lane >= lanes) {
            laneEnds[lane] = right;
            lanes = lane + 1;
        } else {
            laneEnds[lane] = std::max(laneEnds[lane], right);
        }
        m_lane[event] = lane;
    }
    m_laneCount = lanes;
}

QList<double> TimeScale::tickYears(double minSpacing, int maxTicks) const
{
    // Each side of a break has a step of its own, for its own years a pixel.
    const auto ticks = [&](double from, double to, double pixels, bool last) {
        QList<double> years;
        const double step = roundStep(minSpacing * (to - from) / std::max(pixels, 1.0));
        const double firstTick = std::ceil(from / step) * step;
        for (int i = 0; i < maxTicks && firstTick + i * step <= to; ++i) {
            if (last || firstTick + i * step < to - step / 2) // not onto the other side's first
                years.append(firstTick + i * step);
        }
        return years;
    };
    const auto knee = breakYear();
    if (!knee)
        return ticks(m_viewStart, m_viewEnd, m_width, true);
    QList<double> years = ticks(m_viewStart, *knee, m_breakFraction * m_width, false);
    years += ticks(*knee, m_viewEnd, (1 - m_breakFraction) * m_width, true);
    return years.mid(0, maxTicks);
}

QList<std::pair<int, int>> TimeScale::tickMonths(double minSpacing, int maxTicks) const
{
    const double minimumMonths = 12 * minSpacing * (m_viewEnd - m_viewStart) / std::max(m_width, 1);
    const int steps[] = {1, 2, 3}; // at least four ticks a year, else a tick a year is enough
    const auto step = std::find_if(std::cbegin(steps), std::cend(steps), [&](int m) { return m >= minimumMonths; });
    QList<std::pair<int, int>> months;
    if (step == std::cend(steps))
        return months;
    // From the month the view starts in, counted in whole months since year 0.
    const int yearStart = int(std::floor(m_viewStart));
    const int monthStart = int(std::floor((m_viewStart - yearStart) * 12));
    qint64 index = (qint64(yearStart) * 12 + monthStart) / *step * *step;
    for (; months.size() < maxTicks; index += *step) {
        const int year = int(index / 12), month = int(index % 12) + 1;
        const double at = startOf(DatePoint{year, month, 0, DatePrecision::Month});
        if (at > m_viewEnd)
            break;
        if (at >= m_viewStart)
            months.append({year, month});
    }
    return months;
}

} // namespace azkz
