// Where a locator map draws its city dots and their names, worked out apart from the widget so
// that crowded cases can be tested by the hundred.
//
// Dots that would touch are moved apart round their common place (each keeps a thin line to
// where it really is); each name then goes beside its own dot, at the nearest place round it
// that keeps it inside the map, off every dot and every name placed before it, and nearer its
// own dot than any other; further out, with a leader line, where nothing next to the dot is
// free. Where a crowd leaves a name no such place, the crowd's dots are spread round a wider
// circle. A reader never takes one city's name for another's.
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>

namespace azkz::maplayout {

struct PlacedLabel {
    QRectF rect;
    bool leader = false; // away from its dot: drawn with a line to it
};

struct Layout {
    QList<QPointF> dots; // where each place's dot is drawn
    QList<PlacedLabel> labels; // and its name, a rectangle of its size
};

// The dots of places (each of the given radius) and their names (of sizes), inside area.
Layout layOut(const QList<QPointF> &places, const QList<QSizeF> &sizes, qreal radius, const QRectF &area);

// A rectangle moved as little as it takes to lie inside area (its top left, where it is larger).
QRectF keptInside(QRectF rect, const QRectF &area);

// The distance from point to the nearest point of rect (0 inside it).
qreal distance(const QPointF &point, const QRectF &rect);

} // namespace azkz::maplayout
