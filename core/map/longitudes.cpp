#include "core/map/longitudes.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace azkz {

namespace {
constexpr double Turn = 360;

// x in [0, 360).
double wrapped(double x)
{
    const double r = std::fmod(x, Turn);
    return r < 0 ? r + Turn : r;
}
} // namespace

double nearestTurn(double longitude, double centre)
{
    return centre + wrapped(longitude - centre + Turn / 2) - Turn / 2;
}

LongitudeSpan shortestSpan(const QList<LongitudeSpan> &spans)
{
    const LongitudeSpan world{-Turn / 2, Turn / 2};
    // The shortest span starts where one of the spans starts: try each, and take for each
    // start the farthest east any span then reaches.
    double bestWidth = std::numeric_limits<double>::infinity();
    double bestWest = world.west;
    for (const LongitudeSpan &start : spans) {
        if (start.width() >= Turn)
            return world;
        double width = 0;
        for (const LongitudeSpan &span : spans)
            width = std::max(width, wrapped(span.west - start.west) + span.width());
        if (width < bestWidth) {
            bestWidth = width;
            bestWest = start.west;
        }
    }
    if (!(bestWidth < Turn))
        return world;
    const double west = wrapped(bestWest + Turn / 2) - Turn / 2;
    return {west, west + bestWidth};
}

QList<QPointF> unwrapped(QList<QPointF> ring)
{
    double offset = 0;
    for (qsizetype i = 1; i < ring.size(); ++i) {
        const double step = ring.at(i).x() + offset - ring.at(i - 1).x();
        if (step > Turn / 2)
            offset -= Turn;
        else if (step < -Turn / 2)
            offset += Turn;
        ring[i].rx() += offset;
    }
    const auto west = std::min_element(
        ring.cbegin(), ring.cend(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    if (west != ring.cend()) {
        const double shift = wrapped(west->x() + Turn / 2) - Turn / 2 - west->x();
        for (QPointF &point : ring)
            point.rx() += shift;
    }
    return ring;
}

bool onDateLine(const QPointF &a, const QPointF &b)
{
    const auto onIt = [](double x) { return std::abs(wrapped(x) - Turn / 2) < 1e-9; };
    return onIt(a.x()) && onIt(b.x());
}

} // namespace azkz
