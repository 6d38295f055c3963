// Longitudes on a circle: an outline that crosses the ±180° meridian is one shape, and the
// shortest arc that holds a set of places may cross that meridian too (a Pacific pair is
// framed across it, not the long way round through Africa).
#pragma once

#include <QList>
#include <QPointF>

namespace azkz {

// A span of longitudes from west to east, in degrees; east may pass 180 (a span across the
// date line runs from 177 to 188.6, not from -180 to 180).
struct LongitudeSpan {
    double west = 0;
    double east = 0;
    double width() const { return east - west; }
};

// The shortest span that holds every one of spans, its west in [-180, 180); the whole circle
// (-180 to 180) when no shorter one does, or when spans is empty.
LongitudeSpan shortestSpan(const QList<LongitudeSpan> &spans);

// longitude moved by whole turns to lie within 180° of centre.
double nearestTurn(double longitude, double centre);

// ring with no jump of more than 180° between neighbours (a ring that crosses the date line
// goes on past 180 instead of jumping to -180), its westmost point in [-180, 180).
QList<QPointF> unwrapped(QList<QPointF> ring);

// Whether a to b runs along the ±180° meridian: the cut a map's outlines are split at, which
// is not a border.
bool onDateLine(const QPointF &a, const QPointF &b);

} // namespace azkz
